//! A Rust panic must never leave a frozen page: the hook replaces the widget with a short
//! error view that offers the saved answers as a download. It uses plain DOM calls, because
//! after a panic the Yew app can no longer run.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

use client_fit_core::storage::STORAGE_KEY;
use client_fit_core::text::pick_language;
use client_fit_core::ui_text::{Ui, ui};
use client_fit_ui::{device, store};

/// Installs the panic hook that logs the panic and shows the error view (`show_error_view`).
pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Client Fit stopped: {info}").into());
        show_error_view();
    }));
}

/// Replaces every part of the page the module drew (the app on its own page, or each widget
/// on a host page: one panic stops them all) with the error view. Public for the browser tests.
pub fn show_error_view() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let preferred = device::preferred_languages();
    let language = pick_language(preferred.iter().map(String::as_str));
    let widgets = document.query_selector_all("[data-client-fit]").ok();
    let widgets: Vec<Element> = widgets
        .map(|all| {
            (0..all.length())
                .filter_map(|i| all.get(i)?.dyn_into().ok())
                .collect()
        })
        .unwrap_or_default();
    let mut shown = false;
    for host in &widgets {
        let Some(shadow) = host.shadow_root() else {
            continue;
        };
        let saved = store::raw_saved(&crate::embed::storage_key(host));
        if let Some(view) = error_view(&document, language, saved) {
            // The stylesheet stays; whatever the widget drew goes.
            if let Ok(Some(frozen)) = shadow.query_selector("div") {
                frozen.remove();
            }
            shown |= shadow.append_child(&view).is_ok();
        }
    }
    if shown {
        return;
    }
    let (Some(body), Some(view)) = (
        document.body(),
        error_view(&document, language, store::raw_saved(STORAGE_KEY)),
    ) else {
        return;
    };
    if let Ok(Some(frozen)) = document.query_selector(".cf-app:not(.cf-crash)") {
        frozen.remove();
    }
    let _ = body.append_child(&view);
}

/// The short error view: what happened, the saved answers to download, and a reload.
fn error_view(document: &Document, language: &str, saved: Option<String>) -> Option<Element> {
    let view = document.create_element("div").ok()?;
    view.set_class_name("cf-app cf-crash");
    view.set_attribute("role", "alert").ok()?;
    let add = |tag: &str, class: &str, text: &str| {
        let element = document.create_element(tag).ok()?;
        element.set_class_name(class);
        element.set_text_content(Some(text));
        view.append_child(&element).ok()?;
        Some(element)
    };
    add("h2", "cf-title", ui(language, Ui::ErrorTitle));
    add("p", "cf-intro", ui(language, Ui::ErrorBody));
    if let Some(button) = add(
        "button",
        "cf-button cf-button-primary",
        ui(language, Ui::DownloadAnswers),
    ) {
        let saved = saved.unwrap_or_else(|| "{}".to_owned());
        on_click(&button, move || {
            device::download("client-fit-answers.json", "application/json", &saved);
        });
    }
    if let Some(reload) = add("button", "cf-button", ui(language, Ui::Reload)) {
        on_click(&reload, || {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        });
    }
    Some(view)
}

fn on_click(element: &Element, action: impl Fn() + 'static) {
    let onclick = wasm_bindgen::closure::Closure::<dyn Fn()>::new(action);
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        element.set_onclick(Some(onclick.as_ref().unchecked_ref()));
    }
    // The page lives on after the module stops; the handler must too.
    onclick.forget();
}

//! A Rust panic must never leave a frozen page: the hook replaces the widget with a short
//! error view that offers the saved answers as a download. It uses plain DOM calls, because
//! after a panic the Yew app can no longer run.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::device;
use crate::core::text::pick_language;
use crate::core::ui_text::{Ui, ui};

pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Client Fit stopped: {info}").into());
        show_error_view();
    }));
}

fn show_error_view() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let preferred = device::preferred_languages();
    let language = pick_language(preferred.iter().map(String::as_str));
    let Some(body) = document.body() else {
        return;
    };
    let view = document.create_element("div").ok();
    let Some(view) = view else { return };
    view.set_class_name("cf-app cf-crash");
    let _ = view.set_attribute("role", "alert");
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
        let saved = device::raw_saved().unwrap_or_else(|| "{}".to_owned());
        let onclick = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
            device::download("client-fit-answers.json", "application/json", &saved);
        });
        if let Ok(button) = button.dyn_into::<HtmlElement>() {
            button.set_onclick(Some(onclick.as_ref().unchecked_ref()));
        }
        // The page lives on after the module stops; the handler must too.
        onclick.forget();
    }
    if let Some(reload) = add("button", "cf-button", ui(language, Ui::Reload)) {
        let onclick = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        });
        if let Ok(reload) = reload.dyn_into::<HtmlElement>() {
            reload.set_onclick(Some(onclick.as_ref().unchecked_ref()));
        }
        onclick.forget();
    }
    // Replace the frozen widget with the view.
    for old in [".cf-app:not(.cf-crash)"] {
        if let Ok(Some(frozen)) = document.query_selector(old) {
            frozen.remove();
        }
    }
    let _ = body.append_child(&view);
}

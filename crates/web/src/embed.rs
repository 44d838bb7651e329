//! The embedded widget: reads a host element's options, mounts the app into the element's own
//! shadow root (so neither the host's styles nor ours cross over), and sends the widget's
//! events to that element. A wrong option shows a short error inside the widget's box only.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement, ShadowRootInit, ShadowRootMode};

use yew::{AttrValue, Callback};

use client_fit_core::embed::{Event, OptionError, Theme, accent_text, read_options};
use client_fit_core::storage::STORAGE_KEY;
use client_fit_ui::components::{StartErrorBox, StartErrorBoxProps};
use client_fit_ui::{ClientFit, ClientFitProps};

use crate::first_screen;

/// Mounts a widget into `host`; `base` is the address of the folder holding the widget's files
/// (the loader passes its own). Mounting the same element twice does nothing. The entry point
/// installs the panic hook first (`crate::panic`).
pub fn mount(host: Element, base: String) {
    // The loader may have shown the first screen already (`first_screen`): the live widget
    // takes it over. Any other shadow root means the element holds a widget already.
    let root = match first_screen::waiting(&host) {
        Some(early) => first_screen::take_over(early),
        None if host.shadow_root().is_some() => return,
        None => shadow_box(&host, &base),
    };
    let Some(root) = root else {
        let message = "this element cannot hold a widget: use a <div>";
        web_sys::console::error_2(&format!("Client Fit: {message}").into(), &host);
        host.set_text_content(Some(&format!("Client Fit: {message}")));
        return;
    };
    match props(&host, base) {
        Ok(props) => {
            yew::Renderer::<ClientFit>::with_root_and_props(root, props).render();
        }
        Err(error) => {
            web_sys::console::error_2(&format!("Client Fit: {error}").into(), &host);
            let props = StartErrorBoxProps {
                error: error.into(),
            };
            yew::Renderer::<StartErrorBox>::with_root_and_props(root, props).render();
        }
    }
}

/// The widget's box: an open shadow root holding the stylesheet and one element to render
/// into, hidden until the stylesheet has loaded (or failed) so it never flashes unstyled.
fn shadow_box(host: &Element, base: &str) -> Option<Element> {
    let document = web_sys::window()?.document()?;
    let shadow = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .ok()?;
    let link: HtmlElement = document.create_element("link").ok()?.dyn_into().ok()?;
    link.set_attribute("rel", "stylesheet").ok()?;
    link.set_attribute("href", &format!("{base}client-fit.css"))
        .ok()?;
    let root = document.create_element("div").ok()?;
    root.set_attribute("hidden", "").ok()?;
    let reveal = {
        let root = root.clone();
        Closure::<dyn Fn()>::new(move || {
            let _ = root.remove_attribute("hidden");
        })
        .into_js_value()
    };
    link.set_onload(Some(reveal.unchecked_ref()));
    link.set_onerror(Some(reveal.unchecked_ref()));
    shadow.append_child(&link).ok()?;
    shadow.append_child(&root).ok()?;
    Some(root)
}

/// The component's settings from the element's options: what the host page asked for.
fn props(host: &Element, base: String) -> Result<ClientFitProps, OptionError> {
    let attributes: Vec<(String, String)> = host
        .get_attribute_names()
        .iter()
        .filter_map(|name| name.as_string())
        .filter_map(|name| {
            let value = host.get_attribute(&name)?;
            Some((name.strip_prefix("data-")?.to_owned(), value))
        })
        .collect();
    let block = host
        .query_selector("script[type='application/json']")
        .ok()
        .flatten()
        .and_then(|script| script.text_content());
    let options = read_options(&attributes, block.as_deref())?;
    // The stylesheet themes by the element's `data-theme`: a theme given in the JSON block is
    // set there too (an attribute the host wrote is the same value: it wins when reading).
    let theme = match options.theme {
        Theme::Auto => None,
        Theme::Light => Some("light"),
        Theme::Dark => Some("dark"),
    };
    if let Some(theme) = theme {
        let _ = host.set_attribute("data-theme", theme);
    }
    // The accent goes on the element through the CSS object model, which a strict Content
    // Security Policy allows (a `style` attribute it would not).
    if let (Some(accent), Some(host)) = (&options.accent, host.dyn_ref::<HtmlElement>())
        && let Some(text) = accent_text(accent)
    {
        let style = host.style();
        let _ = style.set_property("--cf-accent", accent);
        let _ = style.set_property("--cf-accent-text", text);
    }
    let to_host = |event: Event| {
        let host = host.clone();
        Some(Callback::from(move |detail: serde_json::Value| {
            emit(&host, event, &detail)
        }))
    };
    Ok(ClientFitProps {
        questionnaire: Some(options.questionnaire),
        profile: Some(Rc::new(options.profile)),
        language: options.language.map(AttrValue::from),
        reveal: options.reveal,
        consultant_name: options.consultant_name.into(),
        consultant_email: options.consultant_email.into(),
        submit_url: options.submit_url.map(AttrValue::from),
        submit_as: options.submit_as,
        storage_key: storage_key(host).into(),
        content_base: base.into(),
        instance: place(host) + 1,
        // The host page's address and history are the host's.
        addresses: false,
        on_ready: to_host(Event::Ready),
        on_change: to_host(Event::Change),
        on_complete: to_host(Event::Complete),
        ..ClientFitProps::app(None, None)
    })
}

/// Where a widget is among the page's widgets, from 0.
fn place(host: &Element) -> u32 {
    let document = web_sys::window().and_then(|w| w.document());
    document
        .and_then(|d| d.query_selector_all("[data-client-fit]").ok())
        .and_then(|all| (0..all.length()).find(|i| all.get(*i).is_some_and(|n| n == **host)))
        .unwrap_or(0)
}

/// Each widget keeps its prospect's answers apart: by the element's id, or by its place.
pub fn storage_key(host: &Element) -> String {
    let name = if host.id().is_empty() {
        place(host).to_string()
    } else {
        host.id()
    };
    format!("{STORAGE_KEY}.widget.{name}")
}

/// Sends one of the widget's events to its element on the host page. The event bubbles and
/// crosses the shadow boundary, so a listener on the element or the document hears it.
pub fn emit(host: &Element, event: Event, detail: &serde_json::Value) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    let detail = js_sys::JSON::parse(&detail.to_string()).unwrap_or(wasm_bindgen::JsValue::NULL);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(event.name(), &init) {
        let _ = host.dispatch_event(&event);
    }
}

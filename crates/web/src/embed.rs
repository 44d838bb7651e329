//! The embedded widget: reads a host element's options, mounts the app into the element's own
//! shadow root (so neither the host's styles nor ours cross over), and sends the widget's
//! events to that element. A wrong option shows a short error inside the widget's box only.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement, ShadowRootInit, ShadowRootMode};

use client_fit_core::embed::{Event, Source, read_options};
use client_fit_core::model::Questionnaire;
use client_fit_core::storage::STORAGE_KEY;
use client_fit_core::text::pick_language;

use client_fit_ui::content::{self, ContentError};
use client_fit_ui::host_events::HostCallbacks;
use client_fit_ui::state::{Embedded, Notice, Start, View};
use client_fit_ui::{components, device, store};

use crate::panic;

/// Mounts a widget into `host`; `base` is the address of the folder holding the widget's files
/// (the loader passes its own). Mounting the same element twice does nothing.
pub fn mount(host: Element, base: String) {
    panic::install_hook();
    if host.shadow_root().is_some() {
        return;
    }
    let Some(root) = shadow_box(&host, &base) else {
        let message = "this element cannot hold a widget: use a <div>";
        web_sys::console::error_2(&format!("Client Fit: {message}").into(), &host);
        host.set_text_content(Some(&format!("Client Fit: {message}")));
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        match prepare(&host, &base).await {
            Ok((start, saved)) => {
                let props = components::AppProps {
                    start: Rc::new(start),
                    saved: Rc::new(saved),
                    callbacks: dom_events(&host),
                };
                yew::Renderer::<components::App>::with_root_and_props(root, props).render();
            }
            Err(message) => {
                web_sys::console::error_2(&format!("Client Fit: {message}").into(), &host);
                root.set_class_name("cf-app cf-embed-error");
                let _ = root.set_attribute("role", "alert");
                root.set_text_content(Some(&format!("Client Fit cannot start here: {message}")));
            }
        }
    });
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

/// Reads the options, the device and the questionnaire: everything the widget starts from.
async fn prepare(
    host: &Element,
    base: &str,
) -> Result<(Start, client_fit_core::storage::Saved), String> {
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
    let options = read_options(&attributes, block.as_deref()).map_err(|e| e.to_string())?;

    let storage_key = storage_key(host);
    let store::Loaded {
        mut saved,
        problems,
        saving,
    } = store::load(&storage_key);
    let notices = problems.into_iter().map(Notice::from).collect();
    let language = options
        .language
        .clone()
        .or_else(|| saved.language.clone())
        .unwrap_or_else(|| {
            let preferred = device::preferred_languages();
            pick_language(preferred.iter().map(String::as_str)).to_owned()
        });
    let (questionnaire, custom_source) = questionnaire(options.questionnaire, base, &language)
        .await
        .map_err(|e| e.to_string())?;
    let custom_sources = custom_source
        .map(|source| (questionnaire.id.clone(), Rc::new(source)))
        .into_iter()
        .collect();
    saved.profile = options.profile;
    saved.history.clear();
    let embedded = Embedded {
        questionnaire: questionnaire.id.clone(),
        reveal: options.reveal,
        consultant_name: options.consultant_name,
        consultant_email: options.consultant_email,
    };
    let start = Start {
        view: View::Assess,
        instance: place(host) + 1,
        begin: Some(questionnaire.id.clone()),
        catalogue: Rc::new(vec![Rc::new(questionnaire)]),
        load_problems: Rc::new(Vec::new()),
        language,
        notices,
        shared: None,
        now_ms: device::now_ms(),
        saving,
        content_base: base.to_owned(),
        embedded: Some(Rc::new(embedded)),
        custom_sources,
        storage_key,
        host: Some(host.clone()),
    };
    Ok((start, saved))
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

/// The widget's questionnaire: built in (fetched in `language`), written inline, or fetched
/// from the host's own site, with its JSON when it is not built in. Another site's file is
/// refused: the host page vouches only for its own.
async fn questionnaire(
    source: Source,
    base: &str,
    language: &str,
) -> Result<(Questionnaire, Option<serde_json::Value>), ContentError> {
    match source {
        Source::Builtin(id) => {
            let url = content::builtin_url(base, &id, language);
            Ok((content::fetch_questionnaire(url).await?, None))
        }
        Source::Inline(custom) => Ok((custom.questionnaire, Some(custom.source))),
        Source::Url(url) => {
            let page = web_sys::window()
                .and_then(|w| w.location().href().ok())
                .unwrap_or_default();
            let resolved = web_sys::Url::new_with_base(&url, &page).ok();
            let page_origin = web_sys::Url::new(&page).ok().map(|u| u.origin());
            match resolved {
                Some(address) if Some(address.origin()) == page_origin => {
                    let custom = content::fetch_custom(address.href()).await?;
                    Ok((custom.questionnaire, Some(custom.source)))
                }
                _ => Err(ContentError::Unreachable {
                    url,
                    reason: "a questionnaire_url must be on this page's own site".to_owned(),
                }),
            }
        }
    }
}

/// The widget's callbacks: each sends its DOM event to the host element.
fn dom_events(host: &Element) -> HostCallbacks {
    let to_host = |event: Event| {
        let host = host.clone();
        Some(yew::Callback::from(move |detail: serde_json::Value| {
            emit(&host, event, &detail)
        }))
    };
    HostCallbacks {
        on_ready: to_host(Event::Ready),
        on_change: to_host(Event::Change),
        on_complete: to_host(Event::Complete),
    }
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

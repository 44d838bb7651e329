//! The takeover of a first screen shown before the wasm arrived (rendered at build time by
//! `crates/prerender`; shown by the embed loader in a widget, by the app's page itself on a
//! first visit): the live widget or app renders beside it, hidden, and when its
//! first screen is in place it replays what the prospect did meanwhile (a choice picked, a
//! text typed, a button pressed, the focus), then takes the static screen's place in the same task, so nothing
//! flickers and no answer is lost.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement,
    HtmlTextAreaElement, MutationObserver, MutationObserverInit, ShadowRoot,
};

/// The marker the loader puts on its static screen (`data-cf-first="shown"`); the mount
/// changes it to `taken`, so a second mount never takes it over twice.
const MARKER: &str = "data-cf-first";

/// A static first screen the loader showed in `host`'s shadow root, not yet taken over.
pub fn waiting(host: &Element) -> Option<Element> {
    host.shadow_root()?
        .query_selector(&format!("[{MARKER}='shown']"))
        .ok()
        .flatten()
}

/// The app's page's static first screen (`scripts/first_screen.mjs` puts it there on a first
/// visit), not yet taken over.
pub fn waiting_on_page() -> Option<Element> {
    let document = web_sys::window()?.document()?;
    document
        .query_selector(&format!("body > [{MARKER}='shown']"))
        .ok()
        .flatten()
}

/// Renders the live app or widget into a new element beside `early`, hidden, and returns it;
/// the first time it draws into it, `early`'s state is replayed and the two swap.
pub fn take_over(early: Element) -> Option<Element> {
    let document = web_sys::window()?.document()?;
    let live = document.create_element("div").ok()?;
    live.set_attribute("hidden", "").ok()?;
    early.set_attribute(MARKER, "taken").ok()?;
    early.parent_node()?.append_child(&live).ok()?;
    let on_first_draw = {
        let (early, live) = (early.clone(), live.clone());
        Closure::<dyn Fn(js_sys::Array, MutationObserver)>::new(
            move |_: js_sys::Array, observer: MutationObserver| {
                observer.disconnect();
                // In the first draw's own microtasks: no task runs between the draw and the
                // swap, so nothing (a person, a test) ever meets the two screens at once. A
                // live field's effect that would undo a replayed value (the start page's
                // draft name) leaves alone what was typed.
                swap(&early, &live);
            },
        )
        .into_js_value()
    };
    let observer = MutationObserver::new(on_first_draw.unchecked_ref()).ok()?;
    let options = MutationObserverInit::new();
    options.set_child_list(true);
    observer.observe_with_options(&live, &options).ok()?;
    Some(live)
}

/// Replays what was done on the static screen `early` onto the live one, removes `early` and
/// shows `live`, keeping the focus where it was.
fn swap(early: &Element, live: &Element) {
    let focused = focused_id(early);
    replay(early, live);
    replay_clicks(early, live);
    early.remove();
    let _ = live.remove_attribute("hidden");
    if let Some(element) = focused.and_then(|id| by_id(live, &id)) {
        let _ = element.dyn_ref::<HtmlElement>().map(HtmlElement::focus);
    }
}

/// The id of the field the person is in on the static screen, if any: the shadow root's
/// focused element for a widget, the document's for the app.
fn focused_id(early: &Element) -> Option<String> {
    let root = early.get_root_node();
    let active = match root.dyn_ref::<ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => web_sys::window()?.document()?.active_element(),
    }?;
    (early.contains(Some(&active)) && !active.id().is_empty()).then(|| active.id())
}

/// The element under `root` with this id (the static and the live screen share ids, so the
/// shadow root's own lookup would find the static one).
fn by_id(root: &Element, id: &str) -> Option<Element> {
    let all = root.query_selector_all("[id]").ok()?;
    (0..all.length())
        .filter_map(|i| all.get(i)?.dyn_into::<Element>().ok())
        .find(|element| element.id() == id)
}

/// Gives each live field what its namesake on the static screen holds, as the prospect would:
/// a click for a choice (which fires its change), the text and an `input` event for a text.
fn replay(early: &Element, live: &Element) {
    let Ok(fields) = early.query_selector_all("input[id], textarea[id], select[id]") else {
        return;
    };
    for field in (0..fields.length()).filter_map(|i| fields.get(i)?.dyn_into::<Element>().ok()) {
        let Some(target) = by_id(live, &field.id()) else {
            continue;
        };
        if let (Some(was), Some(now)) = (
            field.dyn_ref::<HtmlInputElement>(),
            target.dyn_ref::<HtmlInputElement>(),
        ) {
            if matches!(was.type_().as_str(), "radio" | "checkbox") {
                if was.checked() != now.checked() {
                    now.click();
                }
            } else if was.value() != now.value() {
                now.set_value(&was.value());
                notify(&target, "input");
            }
        } else if let (Some(was), Some(now)) = (
            field.dyn_ref::<HtmlTextAreaElement>(),
            target.dyn_ref::<HtmlTextAreaElement>(),
        ) {
            if was.value() != now.value() {
                now.set_value(&was.value());
                notify(&target, "input");
            }
        } else if let (Some(was), Some(now)) = (
            field.dyn_ref::<HtmlSelectElement>(),
            target.dyn_ref::<HtmlSelectElement>(),
        ) && was.value() != now.value()
        {
            now.set_value(&was.value());
            notify(&target, "change");
        }
    }
}

/// Presses the live buttons the prospect pressed on the static screen (the loader lists them
/// by position in `data-cf-clicks`), in order, for as long as the live widget still shows the
/// same question: a "Next" moves on, and a later press was meant for the screen it left.
fn replay_clicks(early: &Element, live: &Element) {
    let Some(clicks) = early.get_attribute("data-cf-clicks") else {
        return;
    };
    let shown = showing(early);
    for place in clicks
        .split_whitespace()
        .filter_map(|p| p.parse::<u32>().ok())
    {
        if showing(live) != shown {
            break;
        }
        let button = live
            .query_selector_all("button")
            .ok()
            .and_then(|all| all.get(place))
            .and_then(|node| node.dyn_into::<HtmlElement>().ok());
        match button {
            Some(button) => button.click(),
            None => break,
        }
    }
}

/// What a screen shows: its question (`data-question`), or its heading when it has none.
fn showing(screen: &Element) -> Option<String> {
    let question = screen.query_selector("[data-question]").ok().flatten();
    match question {
        Some(question) => question.get_attribute("data-question"),
        None => screen
            .query_selector("h2")
            .ok()
            .flatten()
            .and_then(|h| h.text_content()),
    }
}

/// Fires a bubbling `name` event at `target`, as typing or picking would.
fn notify(target: &Element, name: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = Event::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}

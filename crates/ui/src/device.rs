//! The browser side effects the shell needs: clipboard, downloads, focus, the address and the
//! preferred languages (device storage has its own owner, `store`). Each fails softly, returning an error the UI can report, because
//! private modes and embedding pages can refuse any of them.

use gloo::file::{Blob, ObjectUrl};
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, HtmlElement};

/// The browser's preferred languages, best first.
pub fn preferred_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut languages: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    if let Some(language) = navigator.language() {
        languages.push(language);
    }
    languages
}

/// Copies text to the clipboard; the browser may refuse (no permission, not focused) or have
/// no clipboard at all (a page served over plain http), and the text stays on screen to select.
pub fn copy_text(text: &str) {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    // Calling into an undefined `navigator.clipboard` would throw through the module.
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|clipboard| !clipboard.is_undefined() && !clipboard.is_null());
    if has_clipboard {
        // The promise's outcome is not awaited: a refusal leaves the text on screen to select.
        let _ = navigator.clipboard().write_text(text);
    }
}

thread_local! {
    /// The last download's object URL: some browsers read it after `click()` returns, so it is
    /// kept until the next download replaces (and frees) it.
    static LAST_DOWNLOAD: std::cell::RefCell<Option<ObjectUrl>> = const { std::cell::RefCell::new(None) };
}

/// Offers `contents` as a file download.
pub fn download(file_name: &str, mime: &str, contents: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(anchor) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok())
    else {
        return;
    };
    let url = ObjectUrl::from(Blob::new_with_options(contents, Some(mime)));
    anchor.set_href(&url);
    anchor.set_download(file_name);
    // Attached while clicked: some browsers ignore clicks on detached links.
    let body = document.body();
    if let Some(body) = &body {
        let _ = body.append_child(&anchor);
    }
    anchor.click();
    anchor.remove();
    LAST_DOWNLOAD.with(|last| *last.borrow_mut() = Some(url));
}

/// How far the page is scrolled down, in CSS pixels (0 when it cannot be told).
pub fn scrolled() -> f64 {
    web_sys::window()
        .and_then(|window| window.scroll_y().ok())
        .unwrap_or(0.0)
}

/// Scrolls the page back to `y` CSS pixels down (see [`scrolled`]).
pub fn scroll_back_to(y: f64) {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, y);
    }
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Names the page's language on its root element, so screen readers and the browser's own
/// features (hyphenation, translation offers) follow a language switch. Only the app's own
/// page: a widget names its language on its own root and leaves the host page's alone.
pub fn set_page_language(language: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        // Best effort: a page that refuses it keeps working in the language it shows.
        let _ = root.set_attribute("lang", language);
    }
}

/// The page address without its fragment, for share links.
pub fn page_address() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default()
}

/// The fragment after `#`, if any.
pub fn fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let hash = hash.strip_prefix('#').unwrap_or(&hash);
    (!hash.is_empty()).then(|| hash.to_owned())
}

/// A parameter of the page address's query (`?questionnaire=intake`).
pub fn query_parameter(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
        .filter(|value| !value.is_empty())
}

/// Drops the fragment from the address bar without a reload, so a reload does not reopen a
/// share link that was already opened.
pub fn clear_fragment() {
    if let Some(window) = web_sys::window()
        && let Ok(history) = window.history()
    {
        let _ =
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&page_address()));
    }
}

/// Opens the browser's print dialog (the print stylesheet gives a clean report). The result's
/// closed parts are opened first under `root`: a closed part would print as its summary line.
pub fn print(root: &yew::NodeRef) {
    if let Some(root) = root.cast::<web_sys::Element>()
        && let Ok(parts) = root.query_selector_all("details.cf-part")
    {
        for i in 0..parts.length() {
            if let Some(part) = parts
                .get(i)
                .and_then(|p| p.dyn_into::<web_sys::Element>().ok())
            {
                let _ = part.set_attribute("open", "");
            }
        }
    }
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Focuses the text field `id` in the app's tree (as [`focus`]) and selects what it holds, so
/// typing replaces a placeholder text such as "New question".
pub fn focus_and_select(id: &str, root: &yew::NodeRef) {
    focus(id, root);
    if let Some(input) = find(id, root).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.select();
    }
}

/// Moves keyboard focus to an element, for the new section's heading on each step. Ids are
/// looked up from `root`'s own tree: inside a widget they live in its shadow root, out of the
/// document's reach.
pub fn focus(id: &str, root: &yew::NodeRef) {
    if let Some(element) = find(id, root) {
        let _ = element.focus();
    }
}

/// Focuses the first of `ids` that is there and not disabled (as [`focus`]): after a move, the
/// button pressed, or the other one when the part reached the top or the bottom.
pub fn focus_first_enabled(ids: &[&str], root: &yew::NodeRef) {
    if let Some(element) = (ids.iter())
        .filter_map(|id| find(id, root))
        .find(|element| !element.has_attribute("disabled"))
    {
        let _ = element.focus();
    }
}

/// The element `id` in `root`'s own tree (the document, or a widget's shadow root).
fn find(id: &str, root: &yew::NodeRef) -> Option<HtmlElement> {
    let tree = root.get()?.get_root_node();
    let found = match tree.dyn_ref::<web_sys::Document>() {
        Some(document) => document.get_element_by_id(id),
        None => tree
            .dyn_ref::<web_sys::DocumentFragment>()
            .and_then(|fragment| fragment.get_element_by_id(id)),
    };
    found.and_then(|e| e.dyn_into::<HtmlElement>().ok())
}

/// Starts fetching `url` at once (so several files load side by side) and resolves to its
/// text, or a short reason it could not be had (offline, not found, refused).
pub fn fetch_text(url: &str) -> impl std::future::Future<Output = Result<String, String>> + use<> {
    let started = web_sys::window()
        .ok_or_else(|| "no window".to_owned())
        .map(|window| wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(url)));
    async move {
        let reason = |error: wasm_bindgen::JsValue| {
            error
                .as_string()
                .or_else(|| error.dyn_ref::<js_sys::Error>().map(|e| e.message().into()))
                .unwrap_or_else(|| "the request failed".to_owned())
        };
        let response: web_sys::Response = started?.await.map_err(reason)?.unchecked_into();
        if !response.ok() {
            return Err(format!(
                "HTTP {} {}",
                response.status(),
                response.status_text()
            ));
        }
        let text = wasm_bindgen_futures::JsFuture::from(response.text().map_err(reason)?)
            .await
            .map_err(reason)?;
        text.as_string().ok_or_else(|| "not text".to_owned())
    }
}

/// A listener for one event on the window, removed when dropped (an effect's clean-up).
pub struct WindowListener {
    window: Option<web_sys::Window>,
    event: &'static str,
    handler: wasm_bindgen::closure::Closure<dyn Fn(web_sys::Event)>,
}

/// Listens for `event` on the window until the returned listener is dropped.
pub fn listen(event: &'static str, on_event: impl Fn(web_sys::Event) + 'static) -> WindowListener {
    let handler = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(on_event);
    let window = web_sys::window();
    if let Some(window) = &window {
        let _ = window.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
    }
    WindowListener {
        window,
        event,
        handler,
    }
}

impl Drop for WindowListener {
    fn drop(&mut self) {
        if let Some(window) = &self.window {
            let _ = window.remove_event_listener_with_callback(
                self.event,
                self.handler.as_ref().unchecked_ref(),
            );
        }
    }
}

/// The page address's query, with its `?` (empty when there is none).
pub fn page_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Gives the page a new address with `query` (empty: none), keeping its path and dropping its
/// fragment: as a new history entry when `push`, else in place of the current one.
pub fn set_page_query(query: &str, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    let address = format!("{path}{query}");
    if let Ok(history) = window.history() {
        let state = wasm_bindgen::JsValue::NULL;
        let _ = if push {
            history.push_state_with_url(&state, "", Some(&address))
        } else {
            history.replace_state_with_url(&state, "", Some(&address))
        };
    }
}

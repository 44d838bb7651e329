//! The browser side effects the shell needs: device storage, clipboard, downloads, focus and
//! the preferred languages. Each fails softly, returning an error the UI can report, because
//! private modes and embedding pages can refuse any of them.

use gloo::file::{Blob, ObjectUrl};
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, HtmlElement, Storage};

use client_fit_core::storage::{DAMAGED_KEY, LoadError, STORAGE_VERSION, Saved, version_of};

use super::state::Notice;

fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// What was read from the device at start-up.
pub struct Loaded {
    /// What was read (fresh when nothing, or nothing readable, was there).
    pub saved: Saved,
    /// What to tell the person about it.
    pub notices: Vec<Notice>,
    /// False when saving would destroy something: a newer version's save, or a damaged save
    /// that could not be copied aside. The app then runs in memory and says so.
    pub saving: bool,
}

/// Reads what was saved under `key`, and any notice to show about it. A damaged save is copied
/// aside (never deleted) before anything overwrites it, and can be downloaded from its notice.
pub fn load_saved(key: &str) -> Loaded {
    let fresh = |notices, saving| Loaded {
        saved: Saved::new(),
        notices,
        saving,
    };
    let Some(storage) = local_storage() else {
        return fresh(vec![Notice::StorageUnavailable], false);
    };
    match storage.get_item(key) {
        Ok(None) => fresh(Vec::new(), true),
        Ok(Some(text)) => {
            match Saved::from_parts(&text, key, |part| storage.get_item(part).ok().flatten()) {
                // What read is kept; a damaged part is set aside before anything replaces it.
                Ok((saved, damaged)) => {
                    let (notices, saving) = set_aside(&storage, damaged);
                    Loaded {
                        saved,
                        notices,
                        saving,
                    }
                }
                // Left exactly as it is, for the newer version to open again.
                Err((LoadError::Newer(_), _)) => fresh(vec![Notice::SavedByNewer], false),
                Err((LoadError::Damaged(_), text)) => {
                    let (notices, saving) = set_aside(&storage, vec![text]);
                    fresh(notices, saving)
                }
            }
        }
        Err(_) => fresh(vec![Notice::StorageUnavailable], false),
    }
}

/// Copies each damaged text aside (never deleted), with a notice to download it; saving may go
/// on only when every copy was made.
fn set_aside(storage: &Storage, damaged: Vec<String>) -> (Vec<Notice>, bool) {
    let mut notices = Vec::new();
    let mut saving = true;
    for text in damaged {
        // An earlier damaged copy is kept too: each gets its own key.
        let aside = match storage.get_item(DAMAGED_KEY) {
            Ok(None) => DAMAGED_KEY.to_owned(),
            _ => format!("{DAMAGED_KEY}-{}-{}", now_ms(), notices.len()),
        };
        if storage.set_item(&aside, &text).is_err() {
            saving = false;
        }
        notices.push(Notice::SavedDataDamaged(text.into()));
    }
    if !saving {
        notices.push(Notice::StorageUnavailable);
    }
    (notices, saving)
}

/// Saves what changed under `key`, part by part: a history too big for a full storage does not
/// stop the assessment in progress from being saved. An error means some of it lives only in
/// memory now.
pub fn save(key: &str, saved: &Saved) -> Result<(), Notice> {
    let storage = local_storage().ok_or(Notice::StorageUnavailable)?;
    let mut failed = false;
    for (part, text) in saved.to_parts(key) {
        let stored = storage.get_item(&part).ok().flatten();
        // Replacing a version 1 save before its parts are all written would lose them.
        let older = stored
            .as_deref()
            .and_then(version_of)
            .is_some_and(|v| v < u64::from(STORAGE_VERSION));
        if part == key && failed && older {
            continue;
        }
        if stored.as_deref() != Some(text.as_str()) && storage.set_item(&part, &text).is_err() {
            failed = true;
        }
    }
    if failed {
        Err(Notice::StorageUnavailable)
    } else {
        Ok(())
    }
}

/// The raw text saved under `key`, damaged or not, for the emergency download.
/// Everything under `key` in one text when its parts read, else the main text as it is.
pub fn raw_saved(key: &str) -> Option<String> {
    let storage = local_storage()?;
    let Some(main) = storage.get_item(key).ok().flatten() else {
        return storage.get_item(DAMAGED_KEY).ok().flatten();
    };
    let whole = Saved::from_parts(&main, key, |part| storage.get_item(part).ok().flatten());
    Some(whole.map_or(main, |(saved, _)| saved.to_json()))
}

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

/// Opens the browser's print dialog (the print stylesheet gives a clean report).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Moves keyboard focus to an element, for the new section's heading on each step. Ids are
/// looked up from `root`'s own tree: inside a widget they live in its shadow root, out of the
/// document's reach.
pub fn focus(id: &str, root: &yew::NodeRef) {
    let Some(root) = root.get() else {
        return;
    };
    let tree = root.get_root_node();
    let found = match tree.dyn_ref::<web_sys::Document>() {
        Some(document) => document.get_element_by_id(id),
        None => tree
            .dyn_ref::<web_sys::DocumentFragment>()
            .and_then(|fragment| fragment.get_element_by_id(id)),
    };
    if let Some(element) = found.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
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

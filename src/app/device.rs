//! The browser side effects the shell needs: device storage, clipboard, downloads, focus and
//! the preferred languages. Each fails softly, returning an error the UI can report, because
//! private modes and embedding pages can refuse any of them.

use gloo::file::{Blob, ObjectUrl};
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, HtmlElement, Storage};

use crate::core::storage::{DAMAGED_KEY, LoadError, STORAGE_KEY, Saved};

use super::state::Notice;

fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads what was saved, and any notice to show about it. A damaged save is moved aside
/// (never deleted) so it can still be exported.
pub fn load_saved() -> (Saved, Vec<Notice>) {
    let Some(storage) = local_storage() else {
        return (Saved::new(), vec![Notice::StorageUnavailable]);
    };
    match storage.get_item(STORAGE_KEY) {
        Ok(None) => (Saved::new(), Vec::new()),
        Ok(Some(text)) => match Saved::from_json(&text) {
            Ok(saved) => (saved, Vec::new()),
            Err(LoadError::Damaged(_) | LoadError::Newer(_)) => {
                let _ = storage.set_item(DAMAGED_KEY, &text);
                (Saved::new(), vec![Notice::SavedDataDamaged])
            }
        },
        Err(_) => (Saved::new(), vec![Notice::StorageUnavailable]),
    }
}

/// Saves everything; an error means the answers live only in memory now.
pub fn save(saved: &Saved) -> Result<(), Notice> {
    local_storage()
        .ok_or(Notice::StorageUnavailable)?
        .set_item(STORAGE_KEY, &saved.to_json())
        .map_err(|_| Notice::StorageUnavailable)
}

/// The raw saved text, damaged or not, for the emergency download.
pub fn raw_saved() -> Option<String> {
    let storage = local_storage()?;
    storage
        .get_item(STORAGE_KEY)
        .ok()
        .flatten()
        .or_else(|| storage.get_item(DAMAGED_KEY).ok().flatten())
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

/// Copies text to the clipboard; the browser may refuse (no permission, not focused).
pub fn copy_text(text: &str) {
    if let Some(window) = web_sys::window() {
        // The promise's outcome is not awaited: a refusal leaves the text on screen to select.
        let _ = window.navigator().clipboard().write_text(text);
    }
}

/// Offers `contents` as a file download.
pub fn download(file_name: &str, mime: &str, contents: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let url = ObjectUrl::from(Blob::new_with_options(contents, Some(mime)));
    let Some(anchor) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok())
    else {
        return;
    };
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
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

/// Moves keyboard focus to an element, for the new section's heading on each step.
pub fn focus(id: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

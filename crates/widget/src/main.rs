//! The prospect's widget: the wasm the embed loader (`embed/client-fit.js`) starts on a host
//! page. It exports `mount` and nothing else; it is built without the consultant's app (the
//! start page, profile, history, track record and full result), so a prospect downloads only
//! the questions, the review, the end screen, the hand-over and the events.

use wasm_bindgen::prelude::wasm_bindgen;

/// Nothing to start: the loader mounts each widget.
fn main() {}

/// Mounts a widget into `element`; `base` is the address of the folder with the widget's files.
#[wasm_bindgen]
pub fn mount(element: web_sys::Element, base: String) {
    client_fit_web::panic::install_hook();
    client_fit_web::embed::mount(element, base);
}

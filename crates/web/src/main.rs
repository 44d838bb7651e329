//! The browser entry point; everything lives in the library. `main` starts the full app on
//! its own page; `mount` is what the embed loader calls for each widget on a host page.

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {
    client_fit_web::start();
}

/// Mounts a widget into `element`; `base` is the address of the folder with the widget's files.
#[wasm_bindgen]
pub fn mount(element: web_sys::Element, base: String) {
    client_fit_web::panic::install_hook();
    client_fit_web::embed::mount(element, base);
}

//! Client Fit's browser entry points over the `ClientFit` component: the app on its own page
//! (`start`), the widget on a host page (`embed::mount`), the widget's DOM events to its host,
//! and the view a panic leaves behind.

pub mod embed;
pub mod first_screen;
pub mod panic;

#[cfg(feature = "consultant")]
use client_fit_ui::{ClientFit, ClientFitProps, device};

/// Mounts the app into the page body, when the page asks for it (`<body data-client-fit-app>`).
/// The browser entry point; on a host page the embed loader mounts widgets instead. Only with
/// the `consultant` feature: the widget's build has no app of its own.
#[cfg(feature = "consultant")]
pub fn start() {
    let asks = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .is_some_and(|body| body.has_attribute("data-client-fit-app"));
    if asks {
        panic::install_hook();
        launch();
    }
}

/// Shows the consultant's app with what the page's address asks for: a questionnaire to
/// begin (`?questionnaire=intake`) and a share link (`#…`). On a first visit the page shows
/// the first screen rendered at build time (`scripts/first_screen.mjs`): the app takes it over.
#[cfg(feature = "consultant")]
fn launch() {
    let props = ClientFitProps::app(device::query_parameter("questionnaire"), device::fragment());
    match first_screen::waiting_on_page().and_then(first_screen::take_over) {
        Some(root) => yew::Renderer::<ClientFit>::with_root_and_props(root, props).render(),
        None => yew::Renderer::<ClientFit>::with_props(props).render(),
    };
}

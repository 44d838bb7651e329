//! Shared by the rendering and browser tests: an app start on the small fixture questionnaire.
#![allow(dead_code)]

pub mod rng;

use std::rc::Rc;

use client_fit::app::state::{Start, View};
use client_fit::core::lint::load;
use client_fit::core::model::Questionnaire;

pub const MINIMAL: &str = include_str!("../fixtures/minimal.json");

pub fn minimal() -> Questionnaire {
    load(MINIMAL).expect("the fixture loads").questionnaire
}

/// A start with only the fixture questionnaire on offer.
pub fn start(instance: u32, language: &str) -> Rc<Start> {
    Rc::new(Start {
        view: View::Assess,
        instance,
        catalogue: Rc::new(vec![Rc::new(minimal())]),
        load_problems: Rc::new(Vec::new()),
        language: language.to_owned(),
        notices: Vec::new(),
        shared: None,
        begin: None,
        now_ms: 1_795_305_600_000.0,
        saving: true,
        content_base: String::new(),
        embedded: None,
        custom_sources: Vec::new(),
        storage_key: client_fit::core::storage::STORAGE_KEY.to_owned(),
        host: None,
    })
}

/// The whole app rendered to HTML on the host (Yew's server renderer), from a start and a save.
#[cfg(not(target_arch = "wasm32"))]
pub async fn render_app(start: Rc<Start>, saved: client_fit::core::storage::Saved) -> String {
    use client_fit::app::components::{App, AppProps};
    yew::LocalServerRenderer::<App>::with_props(AppProps {
        start,
        saved: Rc::new(saved),
    })
    .hydratable(false)
    .render()
    .await
}

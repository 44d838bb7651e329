//! Shared by the browser tests: an app start on the small fixture questionnaire.
#![allow(dead_code)]

#[path = "../../../core/tests/common/rng.rs"]
pub mod rng;

use std::rc::Rc;

use client_fit_core::lint::load;
use client_fit_core::model::Questionnaire;
use client_fit_ui::state::{Start, View};

pub const MINIMAL: &str = include_str!("../../../core/tests/fixtures/minimal.json");

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
        storage_key: client_fit_core::storage::STORAGE_KEY.to_owned(),
        host: None,
    })
}

/// The whole app rendered to HTML on the host (Yew's server renderer), from a start and a save.
#[cfg(not(target_arch = "wasm32"))]
pub async fn render_app(start: Rc<Start>, saved: client_fit_core::storage::Saved) -> String {
    use client_fit_ui::components::{App, AppProps};
    yew::LocalServerRenderer::<App>::with_props(AppProps {
        start,
        saved: Rc::new(saved),
        callbacks: Default::default(),
    })
    .hydratable(false)
    .render()
    .await
}

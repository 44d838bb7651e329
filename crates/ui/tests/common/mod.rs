//! Shared by the rendering tests and the browser tests (`crates/web/tests/browser.rs`): an
//! app start on the small fixture questionnaire.
#![allow(dead_code)]

// The core's shared test helpers (its seeded random source, the editor's blank words), once.
#[path = "../../../core/tests/common/mod.rs"]
pub(crate) mod core_common;
#[allow(unused_imports)]
pub(crate) use core_common::{MINIMAL, WORDS, minimal, rng};

use std::rc::Rc;

use client_fit_ui::state::Start;

/// A start with only the fixture questionnaire on offer, showing whole sections (the tests of
/// one question at a time turn it on themselves).
pub(crate) fn start(instance: u32, language: &str) -> Rc<Start> {
    let mut start = Start::new(language.to_owned(), Vec::new(), true);
    start.instance = instance;
    start.one_question = false;
    start.catalogue = Rc::new(vec![Rc::new(minimal())]);
    start.now_ms = 1_795_305_600_000.0;
    Rc::new(start)
}

/// The whole app rendered to HTML on the host (Yew's server renderer), from a start and a save.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) async fn render_app(start: Rc<Start>, saved: client_fit_core::storage::Saved) -> String {
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

/// A save with an assessment of the fixture questionnaire at `step`, for `client`, with these
/// answers and a good first impression.
pub(crate) fn saved_at(
    step: client_fit_core::session::Step,
    answers: &[(&str, client_fit_core::answers::Answer)],
    client: &str,
) -> client_fit_core::storage::Saved {
    use client_fit_core::answers::{Answers, Blink};
    let mut session = client_fit_core::session::Session::new(&minimal(), client);
    session.step = step;
    session.work.answers = answers
        .iter()
        .map(|(id, a)| ((*id).to_owned(), a.clone()))
        .collect::<Answers>();
    session.work.blink = Some(Blink {
        impression: client_fit_core::model::Impression::Good,
        why: String::new(),
    });
    client_fit_core::storage::Saved {
        session: Some(session),
        ..client_fit_core::storage::Saved::new()
    }
}

//! Shared by the core's tests: the small fixture questionnaire and a seeded random source.
#![allow(dead_code)]

pub(crate) mod rng;

use client_fit_core::draft::Draft;
use client_fit_core::load::load;
use client_fit_core::model::Questionnaire;
use client_fit_core::own::BlankWords;

/// The text of `tests/fixtures/minimal.json`: a two-dimension screening.
pub(crate) const MINIMAL: &str = include_str!("../fixtures/minimal.json");

/// [`MINIMAL`], loaded (it loads without errors).
pub(crate) fn minimal() -> Questionnaire {
    load(MINIMAL).expect("the fixture loads").questionnaire
}

/// The words of a blank own questionnaire in the editor's tests (`own::blank`).
pub(crate) const WORDS: BlankWords<'static> = BlankWords {
    title: "Mine",
    section: "One",
    question: "Yes?",
    dimension: "Fit",
    good: "Good",
    good_next: "Go.",
    bad: "Bad",
    bad_next: "Stop.",
};

/// `draft` undone to its first version, then redone to its last: the two questionnaires, for
/// the property tests that any sequence of edits can be undone and redone whole.
pub(crate) fn undone_and_redone(draft: Draft) -> (Questionnaire, Questionnaire) {
    let mut back = draft;
    while let Some(earlier) = back.undo() {
        back = earlier;
    }
    let first = back.questionnaire.clone();
    while let Some(later) = back.redo() {
        back = later;
    }
    (first, back.questionnaire)
}

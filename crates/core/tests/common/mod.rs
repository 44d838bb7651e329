//! Shared by the core's tests: the small fixture questionnaire and a seeded random source.
#![allow(dead_code)]

pub(crate) mod rng;

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

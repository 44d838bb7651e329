//! Shared by the core's tests: the small fixture questionnaire and a seeded random source.
#![allow(dead_code)]

pub(crate) mod rng;

use client_fit_core::load::load;
use client_fit_core::model::Questionnaire;

/// The text of `tests/fixtures/minimal.json`: a two-dimension screening.
pub(crate) const MINIMAL: &str = include_str!("../fixtures/minimal.json");

/// [`MINIMAL`], loaded (it loads without errors).
pub(crate) fn minimal() -> Questionnaire {
    load(MINIMAL).expect("the fixture loads").questionnaire
}

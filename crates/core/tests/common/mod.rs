//! Shared by the core's tests: the small fixture questionnaire and a seeded random source.
#![allow(dead_code)]

pub mod rng;

use client_fit_core::load::load;
use client_fit_core::model::Questionnaire;

pub const MINIMAL: &str = include_str!("../fixtures/minimal.json");

pub fn minimal() -> Questionnaire {
    load(MINIMAL).expect("the fixture loads").questionnaire
}

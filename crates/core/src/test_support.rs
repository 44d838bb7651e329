//! Shared by the core's unit tests: the small fixture questionnaire.

use super::load::load;
use super::model::Questionnaire;

/// `tests/fixtures/minimal.json`, loaded.
pub(crate) fn minimal() -> Questionnaire {
    load(include_str!("../tests/fixtures/minimal.json"))
        .expect("the fixture loads")
        .questionnaire
}

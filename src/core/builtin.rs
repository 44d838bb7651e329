//! The questionnaires that ship with Client Fit, compiled in as JSON and parsed on demand.
//! Pure: no browser imports.

use super::lint::{Problem, load};
use super::model::Questionnaire;

/// `(id, JSON)` of each built-in questionnaire, in the order the start page lists them.
pub const BUILTIN: &[(&str, &str)] = &[
    ("screen", include_str!("../../content/screen.json")),
    ("checkup", include_str!("../../content/checkup.json")),
    ("intake", include_str!("../../content/intake.json")),
];

/// Every built-in questionnaire, and the problems of any that failed to load (a build with a
/// broken file still starts, and says which).
pub fn catalogue() -> (Vec<Questionnaire>, Vec<Problem>) {
    let mut questionnaires = Vec::new();
    let mut problems = Vec::new();
    for (_, json) in BUILTIN {
        match load(json) {
            Ok(loaded) => questionnaires.push(loaded.questionnaire),
            Err(found) => problems.extend(found),
        }
    }
    (questionnaires, problems)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_builtin_loads_without_warnings() {
        for (id, json) in super::BUILTIN {
            let loaded = super::load(json).unwrap_or_else(|problems| panic!("{id}: {problems:?}"));
            assert!(loaded.warnings.is_empty(), "{id}: {:?}", loaded.warnings);
            assert_eq!(loaded.questionnaire.id, *id);
        }
    }
}

//! The questionnaires that ship with Client Fit. The page fetches them one language at a time
//! (`content_path`); the whole files are compiled in only where something calls `BUILTIN`
//! (tests, the linter and `client-fit-content`, which writes the per-language files), so the
//! page's wasm does not carry them. Pure: no browser imports.

use super::lint::Problem;
use super::load::load;
use super::model::Questionnaire;

/// The built-in questionnaires' ids, in the order the start page lists them.
pub const IDS: [&str; 3] = ["screen", "checkup", "intake"];

/// The built-in questionnaires written for a prospect to answer (the others ask the
/// consultant's own first impression): what "Put it on your site" offers.
pub const PROSPECT_IDS: [&str; 1] = ["intake"];

/// Where the built site keeps questionnaire `id` in `language`, relative to the site's root.
pub fn content_path(id: &str, language: &str) -> String {
    format!("questionnaires/{id}.{language}.json")
}

/// `(id, JSON)` of each built-in questionnaire, in the order the start page lists them.
pub const BUILTIN: &[(&str, &str)] = &[
    ("screen", include_str!("../../../content/screen.json")),
    ("checkup", include_str!("../../../content/checkup.json")),
    ("intake", include_str!("../../../content/intake.json")),
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

    #[test]
    fn the_ids_list_every_builtin_in_order() {
        let ids: Vec<&str> = super::BUILTIN.iter().map(|(id, _)| *id).collect();
        assert_eq!(ids, super::IDS);
    }
}

//! Shared by the core's tests: the small fixture questionnaire, a seeded random source, and the
//! editor's draft tests' blank draft, changes and one step of their property tests.
#![allow(dead_code)]

pub(crate) mod rng;

use client_fit_core::draft::{Change, Draft};
use client_fit_core::edit::EditError;
use client_fit_core::lint::{Level, Problem, lint};
use client_fit_core::load::load;
use client_fit_core::model::{Lens, Questionnaire};
use client_fit_core::own::{BlankWords, blank};

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

/// A blank own questionnaire in the editor, written with [`WORDS`].
pub(crate) fn draft() -> Draft {
    Draft::new(blank("mine", "en", Lens::Screen, &WORDS))
}

/// `draft` after `change`, which must be taken and change something.
pub(crate) fn change(draft: &Draft, change: Change) -> Draft {
    draft
        .change(&change)
        .unwrap_or_else(|e| panic!("{change:?} refused: {e}"))
        .expect("it changes something")
}

/// `draft` after `change` written in `language`, which must be taken and change something.
pub(crate) fn change_in(draft: &Draft, change: Change, language: &str) -> Draft {
    draft
        .change_in(&change, language)
        .unwrap_or_else(|e| panic!("{change:?} refused: {e}"))
        .expect("it changes something")
}

/// The linter's errors.
pub(crate) fn errors(q: &Questionnaire) -> Vec<Problem> {
    lint(q)
        .into_iter()
        .filter(|p| p.level == Level::Error)
        .collect()
}

/// One step of the editing property tests: `change` on `d`. Taken, it changes the
/// questionnaire (no empty undo step) and adds no error but those `may_add` allows; refused,
/// it says why and nothing changes. The draft after it, or what went wrong.
pub(crate) fn step(
    d: &Draft,
    change: &Change,
    may_add: impl Fn(&Problem) -> bool,
) -> Result<Draft, String> {
    match d.change(change) {
        Ok(Some(next)) if next.questionnaire == d.questionnaire => {
            Err(format!("{change:?} made an undo step of nothing"))
        }
        Ok(Some(next)) => {
            let had = errors(&d.questionnaire);
            let added: Vec<Problem> = (errors(&next.questionnaire).into_iter())
                .filter(|p| !had.contains(p) && !may_add(p))
                .collect();
            match added.is_empty() {
                true => Ok(next),
                false => Err(format!("{change:?} broke it: {added:?}")),
            }
        }
        Ok(None) => Ok(d.clone()),
        Err(EditError::Breaks(problems)) if !problems.is_empty() => Ok(d.clone()),
        Err(EditError::NotFound(what)) if !what.is_empty() => Ok(d.clone()),
        Err(refused) => Err(format!(
            "{change:?} refused without saying why: {refused:?}"
        )),
    }
}

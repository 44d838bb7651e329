//! Editing a questionnaire (`core::edit`), on the built-in intake: a rename reaches every
//! reference, an edit that would break the questionnaire is refused with the linter's reason,
//! and moves and deletes land where they should. `properties.rs` runs random sequences of edits.

use client_fit_core::edit::{Edit, EditError, IdKind, apply};
use client_fit_core::lint::ProblemKind;
use client_fit_core::load::load;
use client_fit_core::model::{Condition, Questionnaire};

fn intake() -> Questionnaire {
    load(include_str!("../../../content/intake.json"))
        .expect("the intake loads")
        .questionnaire
}

fn rename(kind: IdKind, from: &str, to: &str) -> Edit {
    Edit::Rename {
        kind,
        from: from.into(),
        to: to.into(),
    }
}

#[test]
fn renaming_a_question_renames_the_conditions_that_test_it() {
    let q = apply(
        &intake(),
        &rename(IdKind::Question, "decider", "who_decides"),
    )
    .unwrap();
    assert!(q.question("decider").is_none() && q.question("who_decides").is_some());
    assert_eq!(
        q.question("approvers").unwrap().show_if,
        Some(Condition::Is {
            question: "who_decides".into(),
            option: "group".into()
        })
    );
}

#[test]
fn renaming_an_option_renames_the_conditions_that_test_it() {
    let edit = Edit::RenameOption {
        question: "past_projects".into(),
        from: "mixed".into(),
        to: "so_so".into(),
    };
    let q = apply(&intake(), &edit).unwrap();
    let Some(Condition::AnyOf { options, .. }) = &q.question("why_ended").unwrap().show_if else {
        panic!("the condition is still any_of");
    };
    assert!(options.contains(&"so_so".to_owned()) && !options.contains(&"mixed".to_owned()));
}

#[test]
fn renaming_a_flag_or_a_dimension_follows_every_answer_that_uses_it() {
    let before = intake();
    let raised_before = serde_json::to_string(&before)
        .unwrap()
        .matches("\"no_deposit\"")
        .count();
    let q = apply(
        &before,
        &rename(IdKind::Flag, "no_deposit", "deposit_refused"),
    )
    .unwrap();
    let text = serde_json::to_string(&q).unwrap();
    assert_eq!(text.matches("\"no_deposit\"").count(), 0);
    assert_eq!(text.matches("\"deposit_refused\"").count(), raised_before);
    let q = apply(&q, &rename(IdKind::Dimension, "money", "budget_fit")).unwrap();
    let text = serde_json::to_string(&q).unwrap();
    assert!(!text.contains("\"money\":"), "every points map follows");
    assert!(text.contains("\"budget_fit\":"));
}

#[test]
fn an_edit_that_would_break_the_questionnaire_is_refused_with_the_reason() {
    let q = intake();
    // A question a condition tests cannot go.
    match apply(
        &q,
        &Edit::DeleteQuestion {
            id: "decider".into(),
        },
    ) {
        Err(EditError::Breaks(problems)) => {
            assert!(
                problems
                    .iter()
                    .any(|p| p.kind == ProblemKind::UnknownQuestion),
                "{problems:?}"
            );
        }
        other => panic!("{other:?}"),
    }
    // An id already taken.
    match apply(&q, &rename(IdKind::Question, "decider", "budget")) {
        Err(EditError::Breaks(problems)) => {
            assert!(
                problems.iter().any(|p| p.kind == ProblemKind::DuplicateId),
                "{problems:?}"
            );
        }
        other => panic!("{other:?}"),
    }
    // Not an id at all.
    assert!(matches!(
        apply(&q, &rename(IdKind::Question, "decider", "Who Decides?")),
        Err(EditError::Breaks(_))
    ));
    assert!(matches!(
        apply(&q, &Edit::DeleteQuestion { id: "nope".into() }),
        Err(EditError::NotFound(_))
    ));
    // The message names the kind of id in lower case.
    for (kind, word) in [
        (IdKind::Section, "section"),
        (IdKind::Question, "question"),
        (IdKind::Flag, "flag"),
        (IdKind::Dimension, "dimension"),
        (IdKind::Verdict, "verdict"),
        (IdKind::Safeguard, "safeguard"),
        (IdKind::Letter, "letter"),
    ] {
        assert_eq!(
            apply(&q, &rename(kind, "nope", "still_nope")),
            Err(EditError::NotFound(format!("{word} `nope`")))
        );
    }
}

#[test]
fn moves_and_deletes_land_where_they_should() {
    let q = intake();
    let first = q.sections[0].id.clone();
    let moved = apply(&q, &Edit::MoveSection { from: 0, to: 99 }).unwrap();
    assert_eq!(moved.sections.last().unwrap().id, first);
    let id = q.sections[0].questions[0].id.clone();
    let moved = apply(
        &q,
        &Edit::MoveQuestion {
            id: id.clone(),
            section: 1,
            at: 0,
        },
    )
    .unwrap();
    assert_eq!(moved.sections[1].questions[0].id, id);
    assert_eq!(moved.questions().count(), q.questions().count());
    let fewer = apply(&q, &Edit::DeleteQuestion { id }).unwrap();
    assert_eq!(fewer.questions().count(), q.questions().count() - 1);
}

/// Dragging a question or a section onto another gives the move a person means: before or
/// after the one they dropped it on, whichever way it travels, and nothing when it lands where
/// it was.
mod drops {
    use client_fit_core::edit::{Edit, apply, question_drop, section_drop};
    use client_fit_core::model::Questionnaire;
    use proptest::prelude::*;

    fn order(q: &Questionnaire) -> Vec<Vec<String>> {
        q.sections
            .iter()
            .map(|s| s.questions.iter().map(|q| q.id.clone()).collect())
            .collect()
    }

    fn sample() -> Questionnaire {
        // A built-in one: several sections, and conditions that refuse some moves.
        let (_, json) = client_fit_core::builtin::BUILTIN[0];
        client_fit_core::load::load(json).unwrap().questionnaire
    }

    proptest! {
        // Each case lints the questionnaire: a few dozen cover every shape of move.
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn a_dropped_question_lands_beside_its_target(from in 0usize..40, to in 0usize..40, after: bool) {
            let q = sample();
            let all: Vec<(usize, usize, String)> = q.sections.iter().enumerate()
                .flat_map(|(s, each)| each.questions.iter().enumerate().map(move |(i, x)| (s, i, x.id.clone())))
                .collect();
            let (_, _, moved) = &all[from % all.len()];
            let (ts, ti, target) = &all[to % all.len()];
            match question_drop(&q, moved, (*ts, *ti), after) {
                None => {
                    // Only when it would not move: onto itself, or beside where it already is.
                    let flat: Vec<&String> = all.iter().map(|(_, _, id)| id).collect();
                    let m = flat.iter().position(|id| *id == moved).unwrap();
                    let t = flat.iter().position(|id| *id == target).unwrap();
                    prop_assert!(m == t || (after && m == t + 1 && all[m].0 == all[t].0) || (!after && m + 1 == t && all[m].0 == all[t].0));
                }
                Some(edit) => {
                    prop_assert!(matches!(edit, Edit::MoveQuestion { .. }), "a question move");
                    prop_assert!(moved != target);
                    // A move that would break a condition is refused by `apply`, as any move.
                    if let Ok(moved_q) = apply(&q, &edit) {
                        let sections = order(&moved_q);
                        let section = &sections[*ts];
                        let m = section.iter().position(|id| id == moved).unwrap();
                        let t = section.iter().position(|id| id == target).unwrap();
                        prop_assert!(if after { m == t + 1 } else { m + 1 == t }, "{:?}", sections);
                    }
                }
            }
        }
    }

    #[test]
    fn sections_move_before_or_after_their_target() {
        assert_eq!(
            section_drop(0, 2, true),
            Some(Edit::MoveSection { from: 0, to: 2 })
        );
        assert_eq!(
            section_drop(0, 2, false),
            Some(Edit::MoveSection { from: 0, to: 1 })
        );
        assert_eq!(
            section_drop(3, 1, false),
            Some(Edit::MoveSection { from: 3, to: 1 })
        );
        assert_eq!(
            section_drop(3, 1, true),
            Some(Edit::MoveSection { from: 3, to: 2 })
        );
        assert_eq!(section_drop(2, 2, true), None);
        assert_eq!(section_drop(2, 1, true), None);
        assert_eq!(section_drop(2, 3, false), None);
    }
}

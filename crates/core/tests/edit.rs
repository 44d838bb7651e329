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

//! The editor's draft reorders a choice question's options and the dimensions, tags options
//! and sets what a welcomed or avoided tag adds: moves keep every id (so answers, conditions
//! and points still name the same option or dimension), a move past either end changes
//! nothing, each change is one step of undo, and a translation's language is written in as
//! the default's.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use client_fit_core::answers::{Answer, Answers};
use client_fit_core::draft::rules::RulesChange as R;
use client_fit_core::draft::{AnswerSlot, Change, Draft, Shown, condition_for, usable};
use client_fit_core::edit::EditError;
use client_fit_core::lint::lint;
use client_fit_core::model::{Kind, Lens};
use client_fit_core::own::blank;
use client_fit_core::profile::Profile;
use client_fit_core::scoring::score;

use common::{WORDS, change, errors};

/// A blank questionnaire whose first question is a single choice of three options
/// (`option-1`..`option-3`), and a second yes/no question shown only after `option-3`.
fn three_options() -> Draft {
    let d = Draft::new(blank("mine", "en", Lens::Screen, &WORDS));
    let d = change(
        &d,
        Change::QuestionKind {
            id: "question-1".into(),
            kind: Kind::Single,
        },
    );
    let d = change(
        &d,
        Change::AddOption {
            question: "question-1".into(),
            label: "Three".into(),
        },
    );
    let d = change(
        &d,
        Change::AddQuestion {
            section: 0,
            at: 1,
            text: "Deposit?".into(),
        },
    );
    change(
        &d,
        Change::ShowIf {
            at: Shown::Question("question-2".into()),
            condition: Some(condition_for("question-1", &["option-3".into()])),
        },
    )
}

/// `option` chosen on the first question.
fn chose(option: &str) -> Answers {
    let mut answers = Answers::default();
    answers.insert("question-1".into(), Answer::Choice(option.into()));
    answers
}

fn option_ids(d: &Draft) -> Vec<String> {
    let question = d.questionnaire.question("question-1").unwrap();
    question.options.iter().map(|o| o.id.clone()).collect()
}

fn move_option(from: usize, to: usize) -> Change {
    Change::MoveOption {
        question: "question-1".into(),
        from,
        to,
    }
}

#[test]
fn an_option_moves_with_its_id_points_and_the_conditions_that_test_it() {
    let start = three_options();
    assert!(usable(&start.questionnaire));
    let before = start.questionnaire.question("question-1").unwrap().clone();
    // Move up the last option: it is second now.
    let d = change(&start, move_option(2, 1));
    assert_eq!(option_ids(&d), ["option-1", "option-3", "option-2"]);
    let after = d.questionnaire.question("question-1").unwrap();
    assert_eq!(
        after.options[1], before.options[2],
        "its label and points go with it"
    );
    // The condition still names `option-3`, which is still there: nothing to fix.
    assert!(usable(&d.questionnaire), "{:?}", errors(&d.questionnaire));
    assert_eq!(
        d.questionnaire.question("question-2").unwrap().show_if,
        Some(condition_for("question-1", &["option-3".into()]))
    );
    // An answer given by id scores the same whatever the order.
    let answers = chose("option-3");
    let profile = Profile::default();
    let was = score(&start.questionnaire, &answers, &profile);
    let now = score(&d.questionnaire, &answers, &profile);
    assert_eq!(was.overall, now.overall);
    // Down to the end, past it (last), and one step of undo each.
    let d = change(&d, move_option(0, 9));
    assert_eq!(option_ids(&d), ["option-3", "option-2", "option-1"]);
    let back = d.undo().unwrap();
    assert_eq!(option_ids(&back), ["option-1", "option-3", "option-2"]);
    let back = back.undo().unwrap();
    assert_eq!(back.questionnaire, start.questionnaire);
    assert_eq!(
        option_ids(&back.redo().unwrap()),
        option_ids(&change(&start, move_option(2, 1)))
    );
}

#[test]
fn moving_the_last_down_or_to_where_it_is_changes_nothing_and_a_missing_one_is_refused() {
    let d = three_options();
    assert_eq!(d.change(&move_option(2, 2)), Ok(None));
    assert_eq!(d.change(&move_option(2, 3)), Ok(None));
    assert_eq!(d.change(&move_option(0, 0)), Ok(None));
    assert!(matches!(
        d.change(&move_option(3, 0)),
        Err(EditError::NotFound(_))
    ));
    assert!(matches!(
        d.change(&Change::MoveOption {
            question: "nope".into(),
            from: 0,
            to: 1,
        }),
        Err(EditError::NotFound(_))
    ));
    assert!(!d.can_redo());
}

#[test]
fn a_move_written_in_a_translation_moves_the_same_options() {
    let d = change(&three_options(), Change::AddLanguage("es".into()));
    let moved = d.change_in(&move_option(0, 1), "es").unwrap().unwrap();
    assert_eq!(option_ids(&moved), ["option-2", "option-1", "option-3"]);
}

fn tag(option: usize, tag: Option<&str>) -> Change {
    Change::OptionTag {
        question: "question-1".into(),
        option,
        tag: tag.map(str::to_owned),
    }
}

#[test]
fn an_option_is_tagged_trimmed_and_untagged() {
    let d = change(&three_options(), tag(0, Some(" industry:retail ")));
    let question = d.questionnaire.question("question-1").unwrap();
    assert_eq!(question.options[0].tag.as_deref(), Some("industry:retail"));
    assert_eq!(d.change(&tag(0, Some("industry:retail"))), Ok(None));
    // It follows its option when the option moves.
    let moved = change(&d, move_option(0, 2));
    let question = moved.questionnaire.question("question-1").unwrap();
    assert_eq!(question.options[2].tag.as_deref(), Some("industry:retail"));
    // Blank is none.
    let d = change(&d, tag(0, Some("  ")));
    assert_eq!(
        d.questionnaire.question("question-1").unwrap().options[0].tag,
        None
    );
    assert!(matches!(
        d.change(&tag(7, Some("work:web"))),
        Err(EditError::NotFound(_))
    ));
    // A tag is typed as a label is: changes of one option's tag in a row are one step.
    let back = d.undo().unwrap();
    assert_eq!(back.questionnaire, three_options().questionnaire);
    let typed = ["i", "in", "industry:f", "industry:farming"]
        .iter()
        .fold(three_options(), |d, typed| change(&d, tag(1, Some(typed))));
    assert_eq!(
        typed.undo().unwrap().questionnaire,
        three_options().questionnaire
    );
}

#[test]
fn what_a_welcomed_or_avoided_tag_adds_is_set_and_taken_away() {
    let d = change(
        &three_options(),
        Change::AddFlag {
            title: "Out of my field".into(),
            reason: "Work I do not do well.".into(),
            advice: "Refer them on.".into(),
        },
    );
    let untagged = d.questionnaire.question("question-1").unwrap();
    assert!(
        AnswerSlot::tagged(untagged).is_empty(),
        "no tag: nothing to add to"
    );
    let d = change(&d, tag(1, Some("industry:retail")));
    let tagged = d.questionnaire.question("question-1").unwrap();
    assert_eq!(
        AnswerSlot::tagged(tagged),
        [AnswerSlot::Welcome, AnswerSlot::Avoided]
    );
    let d = change(
        &d,
        Change::Points {
            question: "question-1".into(),
            answer: AnswerSlot::Welcome,
            dimension: "fit".into(),
            points: Some(2.0),
        },
    );
    let d = change(
        &d,
        Change::RaiseFlag {
            question: "question-1".into(),
            answer: AnswerSlot::Avoided,
            flag: "flag-1".into(),
            raised: true,
        },
    );
    let question = d.questionnaire.question("question-1").unwrap();
    assert_eq!(
        question.on_welcome.as_ref().unwrap().points.get("fit"),
        Some(&2.0)
    );
    assert_eq!(question.on_avoided.as_ref().unwrap().flags, ["flag-1"]);
    assert!(usable(&d.questionnaire), "{:?}", errors(&d.questionnaire));
    // A profile that welcomes the tag scores the option higher; one that avoids it raises
    // the flag.
    let answers = chose("option-2");
    let plain = score(&d.questionnaire, &answers, &Profile::default());
    let welcoming = Profile {
        welcome: vec!["industry:retail".into()],
        ..Profile::default()
    };
    let welcomed = score(&d.questionnaire, &answers, &welcoming);
    assert!(welcomed.overall > plain.overall, "{welcomed:?} {plain:?}");
    let avoiding = Profile {
        avoided: vec!["industry:retail".into()],
        ..Profile::default()
    };
    let avoided = score(&d.questionnaire, &answers, &avoiding);
    assert!(
        avoided.flags.iter().any(|f| f.flag == "flag-1"),
        "{avoided:?}"
    );
    // Taking everything away leaves nothing in the file.
    let d = change(
        &d,
        Change::Points {
            question: "question-1".into(),
            answer: AnswerSlot::Welcome,
            dimension: "fit".into(),
            points: None,
        },
    );
    let d = change(
        &d,
        Change::RaiseFlag {
            question: "question-1".into(),
            answer: AnswerSlot::Avoided,
            flag: "flag-1".into(),
            raised: false,
        },
    );
    let question = d.questionnaire.question("question-1").unwrap();
    assert_eq!((&question.on_welcome, &question.on_avoided), (&None, &None));
    // With the last tag gone, what is still set stays in sight, to be taken away.
    let d = change(
        &d,
        Change::Points {
            question: "question-1".into(),
            answer: AnswerSlot::Welcome,
            dimension: "fit".into(),
            points: Some(1.0),
        },
    );
    let untagged = change(&d, tag(1, None));
    let question = untagged.questionnaire.question("question-1").unwrap();
    assert_eq!(
        AnswerSlot::tagged(question),
        [AnswerSlot::Welcome, AnswerSlot::Avoided]
    );
    let d = d.undo().unwrap();
    // Not on a yes/no question, which has no options to tag.
    assert!(matches!(
        d.change(&Change::Points {
            question: "question-2".into(),
            answer: AnswerSlot::Welcome,
            dimension: "fit".into(),
            points: Some(1.0),
        }),
        Err(EditError::NotFound(_))
    ));
}

#[test]
fn a_kind_without_options_drops_what_tags_would_add() {
    let d = change(&three_options(), tag(0, Some("work:web")));
    let d = change(
        &d,
        Change::Points {
            question: "question-1".into(),
            answer: AnswerSlot::Avoided,
            dimension: "fit".into(),
            points: Some(-3.0),
        },
    );
    let d = change(
        &d,
        Change::ShowIf {
            at: Shown::Question("question-2".into()),
            condition: None,
        },
    );
    let d = change(
        &d,
        Change::QuestionKind {
            id: "question-1".into(),
            kind: Kind::YesNo,
        },
    );
    let question = d.questionnaire.question("question-1").unwrap();
    assert_eq!((&question.on_welcome, &question.on_avoided), (&None, &None));
    assert!(
        lint(&d.questionnaire)
            .iter()
            .all(|p| !p.message.contains("on_welcome")),
        "no warning left behind"
    );
}

#[test]
fn a_dimension_moves_with_its_id_and_the_points_that_name_it() {
    let d = Draft::new(blank("mine", "en", Lens::Screen, &WORDS));
    let d = change(
        &d,
        Change::Rules(R::AddDimension {
            label: "Money".into(),
        }),
    );
    let d = change(
        &d,
        Change::Rules(R::AddDimension {
            label: "Trust".into(),
        }),
    );
    let ids = |d: &Draft| -> Vec<String> {
        d.questionnaire
            .dimensions
            .iter()
            .map(|x| x.id.clone())
            .collect()
    };
    let start = ids(&d);
    assert_eq!(start, ["fit", "dimension-1", "dimension-2"]);
    let moved = change(&d, Change::Rules(R::MoveDimension { from: 2, to: 1 }));
    assert_eq!(ids(&moved), ["fit", "dimension-2", "dimension-1"]);
    let moved = change(&moved, Change::Rules(R::MoveDimension { from: 0, to: 5 }));
    assert_eq!(ids(&moved), ["dimension-2", "dimension-1", "fit"]);
    assert!(usable(&moved.questionnaire), "the points still name `fit`");
    assert_eq!(
        moved.change(&Change::Rules(R::MoveDimension { from: 2, to: 2 })),
        Ok(None)
    );
    assert_eq!(
        moved.change(&Change::Rules(R::MoveDimension { from: 2, to: 3 })),
        Ok(None)
    );
    assert!(matches!(
        moved.change(&Change::Rules(R::MoveDimension { from: 3, to: 0 })),
        Err(EditError::NotFound(_))
    ));
    assert_eq!(ids(&moved.undo().unwrap().undo().unwrap()), start);
}

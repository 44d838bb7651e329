//! The editor's draft of number rules and of conditions beyond choices: a number question's
//! rules added, deleted and given a test (a fixed number, or a profile field times a factor),
//! a question shown by comparing an earlier number or scale answer, or by a profile field being
//! set; each undone in one step, and the refused ones leaving the draft as it was. A property
//! test: no sequence of these changes makes a usable questionnaire unusable.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use client_fit_core::draft::{
    AnswerSlot, Change, Draft, Shown, compare_condition, compare_for, earlier_numbers,
    earlier_questions, first_condition, fixed,
};
use client_fit_core::edit::EditError;
use client_fit_core::model::{Cmp, Condition, Kind, NumberRule, Questionnaire, Target};
use client_fit_core::profile::ProfileField;

use common::{change, draft, errors};

/// The blank questionnaire with `question-2` a number question and `question-3` a scale one.
fn with_numbers() -> Draft {
    let mut d = draft();
    for (at, kind) in [(1, Kind::Number), (2, Kind::Scale)] {
        d = change(
            &d,
            Change::AddQuestion {
                section: 0,
                at,
                text: "How much?".into(),
            },
        );
        d = change(
            &d,
            Change::QuestionKind {
                id: format!("question-{}", at + 1),
                kind,
            },
        );
    }
    assert!(
        errors(&d.questionnaire).is_empty(),
        "{:?}",
        errors(&d.questionnaire)
    );
    d
}

fn rules(d: &Draft) -> &[NumberRule] {
    &d.questionnaire
        .question("question-2")
        .unwrap()
        .number
        .as_ref()
        .unwrap()
        .rules
}

fn add_rule() -> Change {
    Change::AddNumberRule {
        question: "question-2".into(),
    }
}

fn test(rule: usize, op: Cmp, than: Target) -> Change {
    Change::NumberRuleTest {
        question: "question-2".into(),
        rule,
        op,
        than,
    }
}

fn budget(factor: Option<f64>) -> Target {
    Target {
        value: None,
        profile: Some(ProfileField::MinBudget),
        factor,
    }
}

fn show(at: &str, condition: Option<Condition>) -> Change {
    Change::ShowIf {
        at: Shown::Question(at.into()),
        condition,
    }
}

#[test]
fn a_rule_is_added_with_a_plain_test_and_no_points_and_shows_as_an_answer() {
    let d = change(&with_numbers(), add_rule());
    assert_eq!(
        rules(&d),
        [NumberRule {
            op: Cmp::Ge,
            than: fixed(0.0),
            points: Default::default(),
            flags: Vec::new(),
        }]
    );
    let question = d.questionnaire.question("question-2").unwrap();
    assert_eq!(AnswerSlot::all(question), [AnswerSlot::Rule(0)]);
    assert!(errors(&d.questionnaire).is_empty());
    // Its points are set as any answer's.
    let d = change(
        &d,
        Change::Points {
            question: "question-2".into(),
            answer: AnswerSlot::Rule(0),
            dimension: "fit".into(),
            points: Some(-3.0),
        },
    );
    assert_eq!(rules(&d)[0].points["fit"], -3.0);
    // Undone one step at a time.
    let back = d.undo().unwrap();
    assert!(rules(&back)[0].points.is_empty());
    let back = back.undo().unwrap();
    assert!(rules(&back).is_empty());
    assert_eq!(back.questionnaire, with_numbers().questionnaire);
}

#[test]
fn a_rule_is_deleted_with_its_points_and_undone() {
    let d = change(&change(&with_numbers(), add_rule()), add_rule());
    let d = change(&d, test(1, Cmp::Lt, fixed(500.0)));
    let d = change(
        &d,
        Change::DeleteNumberRule {
            question: "question-2".into(),
            rule: 0,
        },
    );
    assert_eq!(rules(&d).len(), 1);
    assert_eq!(rules(&d)[0].op, Cmp::Lt);
    assert_eq!(rules(&d)[0].than, fixed(500.0));
    let back = d.undo().unwrap();
    assert_eq!(rules(&back).len(), 2);
    assert_eq!(back.redo().unwrap().questionnaire, d.questionnaire);
    // A rule that is not there, or a question that is no number.
    let gone = Change::DeleteNumberRule {
        question: "question-2".into(),
        rule: 5,
    };
    assert!(matches!(d.change(&gone), Err(EditError::NotFound(_))));
    let not_number = Change::AddNumberRule {
        question: "question-1".into(),
    };
    assert!(matches!(d.change(&not_number), Err(EditError::NotFound(_))));
}

#[test]
fn rules_are_moved_and_the_first_that_holds_is_the_one_that_counts() {
    use client_fit_core::answers::{Answer, Answers};
    use client_fit_core::profile::Profile;
    use client_fit_core::scoring::assess;
    // Rule 1: less than 500, −2 points; rule 2: less than 1000, +1. An answer of 300 meets
    // both: the first counts.
    let d = change(&change(&with_numbers(), add_rule()), add_rule());
    let d = change(&d, test(0, Cmp::Lt, fixed(500.0)));
    let d = change(&d, test(1, Cmp::Lt, fixed(1000.0)));
    let points = |rule: usize, value: f64| Change::Points {
        question: "question-2".into(),
        answer: AnswerSlot::Rule(rule),
        dimension: "fit".into(),
        points: Some(value),
    };
    let d = change(&change(&d, points(0, -2.0)), points(1, 1.0));
    let mut answers = Answers::new();
    answers.insert("question-2".into(), Answer::Number(300.0));
    let score = |d: &Draft| assess(&d.questionnaire, &answers, None, &Profile::default()).overall;
    let before = score(&d);
    let moved = change(
        &d,
        Change::MoveNumberRule {
            question: "question-2".into(),
            from: 1,
            to: 0,
        },
    );
    assert_eq!(rules(&moved)[0].than, fixed(1000.0));
    assert_eq!(rules(&moved)[1].than, fixed(500.0));
    assert!(
        score(&moved) > before,
        "{:?} then {:?}",
        before,
        score(&moved)
    );
    // One step of undo; a rule that is not there is refused; a move to where it is changes
    // nothing.
    assert_eq!(moved.undo().unwrap().questionnaire, d.questionnaire);
    let gone = Change::MoveNumberRule {
        question: "question-2".into(),
        from: 7,
        to: 0,
    };
    assert!(matches!(moved.change(&gone), Err(EditError::NotFound(_))));
    let still = Change::MoveNumberRule {
        question: "question-2".into(),
        from: 0,
        to: 0,
    };
    assert!(matches!(moved.change(&still), Ok(None)));
}

#[test]
fn a_rules_test_compares_with_a_number_or_a_profile_field_times_a_factor() {
    let d = change(&with_numbers(), add_rule());
    let d = change(&d, test(0, Cmp::Lt, budget(Some(0.5))));
    assert_eq!(rules(&d)[0].op, Cmp::Lt);
    assert_eq!(rules(&d)[0].than, budget(Some(0.5)));
    let d = change(&d, test(0, Cmp::Le, budget(None)));
    assert_eq!(rules(&d)[0].than, budget(None));
    assert!(errors(&d.questionnaire).is_empty());
    // The same test again changes nothing.
    assert_eq!(d.change(&test(0, Cmp::Le, budget(None))), Ok(None));
    // Each test is its own step of undo.
    let back = d.undo().unwrap();
    assert_eq!(rules(&back)[0].than, budget(Some(0.5)));
}

#[test]
fn a_test_that_compares_with_nothing_or_with_no_finite_number_is_refused() {
    let d = change(&with_numbers(), add_rule());
    let broken = [
        Target::default(),
        fixed(f64::NAN),
        fixed(f64::INFINITY),
        Target {
            value: Some(3.0),
            profile: Some(ProfileField::MinWeeks),
            factor: None,
        },
        Target {
            value: Some(3.0),
            profile: None,
            factor: Some(2.0),
        },
        budget(Some(f64::NAN)),
    ];
    for than in broken {
        let refused = d.change(&test(0, Cmp::Gt, than.clone()));
        assert!(
            matches!(&refused, Err(EditError::Breaks(p)) if !p.is_empty()),
            "{than:?}: {refused:?}"
        );
    }
    assert!(matches!(
        d.change(&test(3, Cmp::Gt, fixed(1.0))),
        Err(EditError::NotFound(_))
    ));
}

#[test]
fn a_question_is_shown_by_comparing_an_earlier_number_or_scale() {
    let d = with_numbers();
    let at = Shown::Question("question-3".into());
    let numbers: Vec<&str> = (earlier_numbers(&d.questionnaire, &at).iter())
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(numbers, ["question-2"]);
    // Choices and yes/no are still the ones `is`/`any_of` test.
    let choices: Vec<&str> = (earlier_questions(&d.questionnaire, &at).iter())
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(choices, ["question-1"]);
    let d = change(
        &d,
        show(
            "question-3",
            Some(compare_for("question-2", Cmp::Ge, 1000.0)),
        ),
    );
    let shown = d
        .questionnaire
        .question("question-3")
        .unwrap()
        .show_if
        .as_ref();
    assert_eq!(
        shown.and_then(compare_condition),
        Some(("question-2", Cmp::Ge, &fixed(1000.0)))
    );
    // Or with a profile field times a factor.
    let half = Condition::Compare {
        question: "question-2".into(),
        op: Cmp::Lt,
        than: budget(Some(0.5)),
    };
    let d = change(&d, show("question-3", Some(half.clone())));
    assert_eq!(
        compare_condition(&half),
        Some(("question-2", Cmp::Lt, &budget(Some(0.5))))
    );
    assert!(errors(&d.questionnaire).is_empty());
    // Both a number and a profile field only a file can hold (and the linter refuses).
    let both = Condition::Compare {
        question: "question-2".into(),
        op: Cmp::Lt,
        than: Target {
            value: Some(1.0),
            profile: Some(ProfileField::MinBudget),
            factor: None,
        },
    };
    assert_eq!(compare_condition(&both), None);
    assert!(errors(&d.questionnaire).is_empty());
    // A scale answer compared too, for a later question.
    let d = change(
        &d,
        Change::AddQuestion {
            section: 0,
            at: 3,
            text: "More?".into(),
        },
    );
    let d = change(
        &d,
        show("question-4", Some(compare_for("question-3", Cmp::Lt, 3.0))),
    );
    assert!(errors(&d.questionnaire).is_empty());
    let back = d.undo().unwrap();
    assert_eq!(
        back.questionnaire.question("question-4").unwrap().show_if,
        None
    );
}

#[test]
fn picking_any_earlier_question_starts_with_a_condition_that_is_accepted() {
    let d = with_numbers();
    let d = change(
        &d,
        Change::AddQuestion {
            section: 0,
            at: 3,
            text: "More?".into(),
        },
    );
    let at = Shown::Question("question-4".into());
    let mut offered = earlier_questions(&d.questionnaire, &at);
    offered.extend(earlier_numbers(&d.questionnaire, &at));
    assert_eq!(offered.len(), 3);
    let firsts: Vec<Condition> = offered.iter().filter_map(|q| first_condition(q)).collect();
    assert_eq!(
        firsts,
        [
            Condition::Is {
                question: "question-1".into(),
                option: "yes".into(),
            },
            compare_for("question-2", Cmp::Gt, 0.0),
            compare_for("question-3", Cmp::Ge, 3.0),
        ]
    );
    for first in firsts {
        let next = change(&d, show("question-4", Some(first)));
        assert!(errors(&next.questionnaire).is_empty());
    }
}

#[test]
fn comparing_a_choice_itself_or_with_nothing_is_refused() {
    let d = with_numbers();
    let refused = [
        // A yes/no answer is not a number.
        show("question-3", Some(compare_for("question-1", Cmp::Ge, 1.0))),
        // Its own answer.
        show("question-2", Some(compare_for("question-2", Cmp::Ge, 1.0))),
        // With nothing.
        show(
            "question-3",
            Some(Condition::Compare {
                question: "question-2".into(),
                op: Cmp::Gt,
                than: Target::default(),
            }),
        ),
        show(
            "question-3",
            Some(compare_for("question-2", Cmp::Gt, f64::NAN)),
        ),
    ];
    for each in refused {
        let result = d.change(&each);
        assert!(
            matches!(&result, Err(EditError::Breaks(_))),
            "{each:?}: {result:?}"
        );
    }
    // A question made a choice once a comparison tests it: refused, as it would not fit.
    let d = change(
        &d,
        show(
            "question-3",
            Some(compare_for("question-2", Cmp::Ge, 1000.0)),
        ),
    );
    let kind = Change::QuestionKind {
        id: "question-2".into(),
        kind: Kind::YesNo,
    };
    assert!(matches!(d.change(&kind), Err(EditError::Breaks(_))));
}

#[test]
fn a_question_or_section_is_shown_when_a_profile_field_is_set() {
    let d = with_numbers();
    let d = change(
        &d,
        show(
            "question-2",
            Some(Condition::ProfileSet(ProfileField::MinBudget)),
        ),
    );
    assert_eq!(
        d.questionnaire.question("question-2").unwrap().show_if,
        Some(Condition::ProfileSet(ProfileField::MinBudget))
    );
    // The first question may hang on the profile too: it names no question.
    let d = change(
        &d,
        show(
            "question-1",
            Some(Condition::ProfileSet(ProfileField::WeeklyHours)),
        ),
    );
    let d = change(
        &d,
        Change::ShowIf {
            at: Shown::Section(0),
            condition: Some(Condition::ProfileSet(ProfileField::PaymentDays)),
        },
    );
    assert!(errors(&d.questionnaire).is_empty());
    let back = d.undo().unwrap().undo().unwrap();
    assert_eq!(
        back.questionnaire.question("question-1").unwrap().show_if,
        None
    );
    assert_eq!(
        compare_condition(&Condition::ProfileSet(ProfileField::MinBudget)),
        None
    );
}

#[cfg(not(miri))]
mod property {
    use super::*;
    use proptest::prelude::*;

    const VALUES: [f64; 6] = [0.0, -2.5, 1000.0, 3.0, f64::NAN, f64::INFINITY];
    const OPS: [Cmp; 5] = [Cmp::Lt, Cmp::Le, Cmp::Gt, Cmp::Ge, Cmp::Eq];

    fn target(a: usize, b: usize) -> Target {
        let profile = ProfileField::ALL[b % ProfileField::ALL.len()];
        match a % 5 {
            0 | 1 => fixed(VALUES[b % VALUES.len()]),
            2 => Target {
                value: None,
                profile: Some(profile),
                factor: None,
            },
            3 => Target {
                value: None,
                profile: Some(profile),
                factor: Some(VALUES[a % VALUES.len()]),
            },
            _ => Target {
                value: b.is_multiple_of(2).then_some(1.0),
                profile: b.is_multiple_of(3).then_some(profile),
                factor: None,
            },
        }
    }

    /// One of these changes picked by numbers, on whatever the questionnaire is at that moment.
    fn pick(q: &Questionnaire, which: u8, a: usize, b: usize) -> Change {
        let questions: Vec<&client_fit_core::model::Question> =
            q.questions().map(|(_, each)| each).collect();
        let question = questions[a % questions.len()];
        let other = questions[b % questions.len()];
        let rules = question.number.as_ref().map_or(0, |n| n.rules.len());
        let op = OPS[(a + b) % OPS.len()];
        match which % 9 {
            0 => Change::AddNumberRule {
                question: question.id.clone(),
            },
            1 if a.is_multiple_of(2) => Change::MoveNumberRule {
                question: question.id.clone(),
                from: b % rules.max(1),
                to: a % (rules + 1),
            },
            1 => Change::DeleteNumberRule {
                question: question.id.clone(),
                rule: b % rules.max(1),
            },
            2 => Change::NumberRuleTest {
                question: question.id.clone(),
                rule: b % rules.max(1),
                op,
                than: target(a, b),
            },
            // Any question's answer compared, earlier or not (the core must refuse a cycle and
            // a question that is no number or scale).
            3 => show(
                &question.id,
                Some(Condition::Compare {
                    question: other.id.clone(),
                    op,
                    than: target(b, a),
                }),
            ),
            4 => Change::ShowIf {
                at: Shown::Section(a % 2),
                condition: Some(Condition::ProfileSet(
                    ProfileField::ALL[b % ProfileField::ALL.len()],
                )),
            },
            5 => show(&question.id, None),
            6 => Change::Points {
                question: question.id.clone(),
                answer: AnswerSlot::Rule(b % rules.max(1)),
                dimension: "fit".into(),
                points: Some(VALUES[a % VALUES.len()]),
            },
            7 => Change::QuestionKind {
                id: question.id.clone(),
                kind: [Kind::Number, Kind::Scale, Kind::YesNo][b % 3],
            },
            _ => Change::AddQuestion {
                section: 0,
                at: b % (questions.len() + 1),
                text: "More?".into(),
            },
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Whatever number rules and conditions are changed in a usable questionnaire, it stays
        /// free of new errors: each change goes through adding none, or is refused and the
        /// draft is as it was. Undoing everything gives back the start.
        #[test]
        fn any_sequence_of_rule_and_condition_changes_keeps_it_usable(
            steps in prop::collection::vec((any::<u8>(), 0usize..8, 0usize..8), 1..30)
        ) {
            let start = Draft::new(with_numbers().questionnaire);
            let mut d = start.clone();
            for (which, a, b) in &steps {
                let change = pick(&d.questionnaire, *which, *a, *b);
                // A kind change may leave a question to be filled in (shown, not refused);
                // every other change adds no error.
                let kind = matches!(change, Change::QuestionKind { .. });
                d = common::step(&d, &change, |_| kind).map_err(TestCaseError::fail)?;
            }
            let (first, _) = common::undone_and_redone(d);
            prop_assert_eq!(&first, &start.questionnaire);
        }
    }
}

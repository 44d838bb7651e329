//! The editor's draft of the scoring parts: points per dimension on every kind of answer,
//! warning signs raised by answers, the warning signs themselves (added, renamed and deleted
//! with every mention), when a question or section is shown, options tagged and moved; each undone in one step, and the
//! refused ones leaving the draft as it was. A property test: no sequence of these changes
//! makes a usable questionnaire unusable.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use client_fit_core::draft::{
    AnswerSlot, Change, Draft, FlagField, Part, Shown, condition_for, earlier_questions,
    parse_points, problems, rename_flag, simple_condition,
};
use client_fit_core::edit::EditError;
use client_fit_core::lint::Level;
use client_fit_core::model::{
    Cmp, Condition, FirstImpressionRules, Kind, NumberRule, Questionnaire, Severity, Target,
};

use common::{change, draft, errors};

fn points(question: &str, answer: AnswerSlot, dimension: &str, n: Option<f64>) -> Change {
    Change::Points {
        question: question.into(),
        answer,
        dimension: dimension.into(),
        points: n,
    }
}

fn raise(question: &str, answer: AnswerSlot, flag: &str, raised: bool) -> Change {
    Change::RaiseFlag {
        question: question.into(),
        answer,
        flag: flag.into(),
        raised,
    }
}

fn add_flag() -> Change {
    Change::AddFlag {
        title: "Late payer".into(),
        reason: "Paid late before.".into(),
        advice: "Ask for a deposit.".into(),
    }
}

/// The blank questionnaire with a second question (`question-2`) and a flag (`flag-1`).
fn two_questions_and_a_flag() -> Draft {
    let d = change(
        &draft(),
        Change::AddQuestion {
            section: 0,
            at: 1,
            text: "Deposit?".into(),
        },
    );
    change(&d, add_flag())
}

fn question<'a>(d: &'a Draft, id: &str) -> &'a client_fit_core::model::Question {
    d.questionnaire.question(id).unwrap()
}

#[test]
fn points_are_set_changed_and_taken_away_on_yes_and_no() {
    let d = draft();
    let d = change(&d, points("question-1", AnswerSlot::Yes, "fit", Some(2.5)));
    assert_eq!(
        question(&d, "question-1").yes.as_ref().unwrap().points["fit"],
        2.5
    );
    let d = change(&d, points("question-1", AnswerSlot::No, "fit", Some(0.0)));
    assert!(
        question(&d, "question-1")
            .no
            .as_ref()
            .unwrap()
            .points
            .is_empty()
    );
    // Taking away what is not there changes nothing.
    assert_eq!(
        d.change(&points("question-1", AnswerSlot::No, "fit", None)),
        Ok(None)
    );
    // Undone in one step, back to the blank's +1.
    let back = d.undo().unwrap();
    assert_eq!(
        question(&back, "question-1").no.as_ref().unwrap().points["fit"],
        -1.0
    );
    assert!(errors(&d.questionnaire).is_empty());
}

#[test]
fn typing_points_into_one_field_is_one_step_of_undo() {
    let d = draft();
    let d = change(&d, points("question-1", AnswerSlot::Yes, "fit", Some(3.0)));
    let d = change(&d, points("question-1", AnswerSlot::Yes, "fit", Some(3.5)));
    let d = change(&d, points("question-1", AnswerSlot::No, "fit", Some(-2.0)));
    let back = d.undo().unwrap();
    assert_eq!(
        question(&back, "question-1").yes.as_ref().unwrap().points["fit"],
        3.5
    );
    let back = back.undo().unwrap();
    assert_eq!(back.questionnaire, draft().questionnaire);
    assert!(!back.can_undo());
}

#[test]
fn points_out_of_range_not_a_number_or_for_no_dimension_are_refused() {
    let d = draft();
    for n in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 10.5, -11.0] {
        let refused = d.change(&points("question-1", AnswerSlot::Yes, "fit", Some(n)));
        assert!(
            matches!(refused, Err(EditError::Breaks(_))),
            "{n}: {refused:?}"
        );
    }
    assert!(matches!(
        d.change(&points("question-1", AnswerSlot::Yes, "money", Some(1.0))),
        Err(EditError::NotFound(_))
    ));
    assert!(matches!(
        d.change(&points(
            "question-1",
            AnswerSlot::Option(0),
            "fit",
            Some(1.0)
        )),
        Err(EditError::NotFound(_))
    ));
    assert!(matches!(
        d.change(&points("nowhere", AnswerSlot::Yes, "fit", Some(1.0))),
        Err(EditError::NotFound(_))
    ));
}

#[test]
fn points_on_options_scale_steps_and_number_rules() {
    let d = change(
        &draft(),
        Change::QuestionKind {
            id: "question-1".into(),
            kind: Kind::Multi,
        },
    );
    let d = change(
        &d,
        points("question-1", AnswerSlot::Option(1), "fit", Some(-4.0)),
    );
    assert_eq!(question(&d, "question-1").options[1].points["fit"], -4.0);
    assert_eq!(
        AnswerSlot::all(question(&d, "question-1")),
        [AnswerSlot::Option(0), AnswerSlot::Option(1)]
    );

    let d = change(
        &d,
        Change::QuestionKind {
            id: "question-1".into(),
            kind: Kind::Scale,
        },
    );
    assert_eq!(AnswerSlot::all(question(&d, "question-1")).len(), 5);
    let d = change(
        &d,
        points("question-1", AnswerSlot::Step(4), "fit", Some(5.0)),
    );
    let steps = &question(&d, "question-1").scale.as_ref().unwrap().steps;
    assert_eq!(steps[4].points["fit"], 5.0);
    assert!(matches!(
        d.change(&points("question-1", AnswerSlot::Step(5), "fit", Some(1.0))),
        Err(EditError::NotFound(_))
    ));

    let mut q = change(
        &d,
        Change::QuestionKind {
            id: "question-1".into(),
            kind: Kind::Number,
        },
    )
    .questionnaire;
    q.sections[0].questions[0]
        .number
        .as_mut()
        .unwrap()
        .rules
        .push(NumberRule {
            op: Cmp::Lt,
            than: Target {
                value: Some(3.0),
                profile: None,
                factor: None,
            },
            points: [("fit".to_owned(), -1.0)].into_iter().collect(),
            flags: Vec::new(),
        });
    let d = Draft::new(q);
    let d = change(
        &d,
        points("question-1", AnswerSlot::Rule(0), "fit", Some(-3.0)),
    );
    let rule = &question(&d, "question-1").number.as_ref().unwrap().rules[0];
    assert_eq!(rule.points["fit"], -3.0);
    assert_eq!(
        AnswerSlot::Rule(0)
            .effect(question(&d, "question-1"))
            .unwrap()
            .points["fit"],
        -3.0
    );
}

#[test]
fn a_flag_is_added_raised_and_no_longer_raised() {
    let d = change(&draft(), add_flag());
    let flag = &d.questionnaire.flags[0];
    assert_eq!(
        (flag.id.as_str(), flag.severity),
        ("flag-1", Severity::Caution)
    );
    assert_eq!(flag.title.get("en", "en"), "Late payer");
    assert!(errors(&d.questionnaire).is_empty(), "usable at once");
    let d = change(&d, add_flag());
    assert_eq!(d.questionnaire.flags[1].id, "flag-2", "the first free id");

    let d = change(&d, raise("question-1", AnswerSlot::No, "flag-1", true));
    assert_eq!(
        question(&d, "question-1").no.as_ref().unwrap().flags,
        ["flag-1"]
    );
    // Raising it again changes nothing; only a defined flag can be raised.
    assert_eq!(
        d.change(&raise("question-1", AnswerSlot::No, "flag-1", true)),
        Ok(None)
    );
    assert!(matches!(
        d.change(&raise("question-1", AnswerSlot::No, "made-up", true)),
        Err(EditError::NotFound(_))
    ));
    let off = change(&d, raise("question-1", AnswerSlot::No, "flag-1", false));
    assert!(
        question(&off, "question-1")
            .no
            .as_ref()
            .unwrap()
            .flags
            .is_empty()
    );
    assert_eq!(off.undo().unwrap().questionnaire, d.questionnaire);
}

#[test]
fn deleting_a_flag_takes_it_off_every_answer_and_the_first_impression() {
    let d = two_questions_and_a_flag();
    let d = change(&d, raise("question-1", AnswerSlot::No, "flag-1", true));
    let d = change(&d, raise("question-2", AnswerSlot::No, "flag-1", true));
    let mut q = d.questionnaire.clone();
    q.first_impression = Some(FirstImpressionRules {
        backed_by: vec!["flag-1".into()],
        ..FirstImpressionRules::default()
    });
    let d = Draft::new(q);
    let gone = change(
        &d,
        Change::DeleteFlag {
            flag: "flag-1".into(),
        },
    );
    let q = &gone.questionnaire;
    assert!(q.flags.is_empty());
    assert!(
        q.questions()
            .all(|(_, each)| each.effects().all(|(_, f)| f.is_empty()))
    );
    assert!(q.first_impression.as_ref().unwrap().backed_by.is_empty());
    assert!(errors(q).is_empty(), "{:?}", errors(q));
    assert_eq!(gone.undo().unwrap().questionnaire, d.questionnaire);
    assert!(matches!(
        gone.change(&Change::DeleteFlag {
            flag: "flag-1".into()
        }),
        Err(EditError::NotFound(_))
    ));
}

#[test]
fn renaming_a_flag_renames_every_mention_and_a_taken_or_bad_id_is_refused() {
    let d = change(&two_questions_and_a_flag(), add_flag());
    let d = change(&d, raise("question-2", AnswerSlot::Yes, "flag-1", true));
    let d = change(&d, rename_flag("flag-1", " late-payer "));
    assert_eq!(d.questionnaire.flags[0].id, "late-payer");
    assert_eq!(
        question(&d, "question-2").yes.as_ref().unwrap().flags,
        ["late-payer"]
    );
    for taken in ["flag-2", "Bad Id", ""] {
        assert!(
            matches!(
                d.change(&rename_flag("late-payer", taken)),
                Err(EditError::Breaks(_))
            ),
            "{taken}"
        );
    }
}

#[test]
fn a_flags_severity_and_texts_change_and_an_empty_text_is_shown_at_the_flag() {
    let d = change(&draft(), add_flag());
    let d = change(
        &d,
        Change::FlagSeverity {
            flag: "flag-1".into(),
            severity: Severity::DealBreaker,
        },
    );
    assert_eq!(d.questionnaire.flags[0].severity, Severity::DealBreaker);
    let text = |field, text: &str| Change::FlagText {
        flag: "flag-1".into(),
        field,
        text: text.into(),
    };
    let d = change(&d, text(FlagField::Reason, "T"));
    let d = change(&d, text(FlagField::Reason, "They paid late."));
    let d = change(&d, text(FlagField::Advice, ""));
    assert_eq!(
        d.questionnaire.flags[0].reason.get("en", "en"),
        "They paid late."
    );
    let found = problems(&d.questionnaire);
    assert!(
        found
            .iter()
            .any(|(part, p)| *part == Part::Flag("flag-1".into())
                && p.level == Level::Error
                && p.at == "flag `flag-1` advice"),
        "{found:?}"
    );
    // The reason typed letter by letter is one step.
    let back = d.undo().unwrap().undo().unwrap();
    assert_eq!(
        back.questionnaire.flags[0].reason.get("en", "en"),
        "Paid late before."
    );
    let elsewhere = Change::FlagText {
        flag: "nowhere".into(),
        field: FlagField::Title,
        text: "x".into(),
    };
    assert!(matches!(d.change(&elsewhere), Err(EditError::NotFound(_))));
}

#[test]
fn a_never_raised_flag_is_shown_at_the_flag() {
    let d = change(&draft(), add_flag());
    let found = problems(&d.questionnaire);
    assert!(
        found
            .iter()
            .any(|(part, p)| *part == Part::Flag("flag-1".into()) && p.level == Level::Warning),
        "{found:?}"
    );
}

#[test]
fn a_question_is_shown_by_an_earlier_questions_answers() {
    let d = two_questions_and_a_flag();
    let at = Shown::Question("question-2".into());
    let earlier: Vec<&str> = earlier_questions(&d.questionnaire, &at)
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(earlier, ["question-1"]);
    assert!(earlier_questions(&d.questionnaire, &Shown::Question("question-1".into())).is_empty());

    let show = |condition| Change::ShowIf {
        at: at.clone(),
        condition,
    };
    let d = change(&d, show(Some(condition_for("question-1", &["yes".into()]))));
    let shown_if = question(&d, "question-2").show_if.clone().unwrap();
    assert_eq!(
        shown_if,
        Condition::Is {
            question: "question-1".into(),
            option: "yes".into()
        }
    );
    assert_eq!(
        simple_condition(&shown_if),
        Some(("question-1", vec!["yes"]))
    );
    let both = condition_for("question-1", &["yes".into(), "no".into()]);
    let d = change(&d, show(Some(both.clone())));
    assert_eq!(question(&d, "question-2").show_if, Some(both));
    let always = change(&d, show(None));
    assert_eq!(question(&always, "question-2").show_if, None);
    assert_eq!(always.undo().unwrap().questionnaire, d.questionnaire);

    // Refused: no answers, an answer the question does not have, a question that is not there,
    // a question shown by its own answer; the draft stays as it was.
    for condition in [
        condition_for("question-1", &[]),
        condition_for("question-1", &["maybe".into()]),
        condition_for("nowhere", &["yes".into()]),
    ] {
        assert!(matches!(
            d.change(&show(Some(condition))),
            Err(EditError::Breaks(_))
        ));
    }
    let own = Change::ShowIf {
        at: Shown::Question("question-1".into()),
        condition: Some(condition_for("question-1", &["yes".into()])),
    };
    assert!(matches!(d.change(&own), Err(EditError::Breaks(_))));
    // A kind that no longer fits the condition testing it is refused too.
    assert!(matches!(
        d.change(&Change::QuestionKind {
            id: "question-1".into(),
            kind: Kind::Scale
        }),
        Err(EditError::Breaks(_))
    ));
}

#[test]
fn a_section_is_shown_by_a_question_of_an_earlier_section() {
    let d = change(
        &draft(),
        Change::AddSection {
            at: 1,
            title: "Money".into(),
            question: "Deposit?".into(),
        },
    );
    let at = Shown::Section(1);
    let earlier: Vec<&str> = earlier_questions(&d.questionnaire, &at)
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(earlier, ["question-1"]);
    let d = change(
        &d,
        Change::ShowIf {
            at,
            condition: Some(condition_for("question-1", &["no".into()])),
        },
    );
    assert!(d.questionnaire.sections[1].show_if.is_some());
    assert!(matches!(
        d.change(&Change::ShowIf {
            at: Shown::Section(2),
            condition: None
        }),
        Err(EditError::NotFound(_))
    ));
}

#[test]
fn typed_points_are_read_or_left_unsent() {
    assert_eq!(parse_points(""), Some(None));
    assert_eq!(parse_points("  "), Some(None));
    assert_eq!(parse_points("2"), Some(Some(2.0)));
    assert_eq!(parse_points("-1.5"), Some(Some(-1.5)));
    assert_eq!(parse_points("-1,5"), Some(Some(-1.5)));
    assert_eq!(parse_points("−2"), Some(Some(-2.0)));
    for half_or_not in ["-", ".", "inf", "NaN", "1e400", "1e3", "abc", "1-2"] {
        assert_eq!(parse_points(half_or_not), None, "{half_or_not}");
    }
}

#[cfg(not(miri))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    const POINTS: [f64; 7] = [1.0, -2.5, 0.0, 10.0, -10.0, 11.0, f64::NAN];
    const SEVERITIES: [Severity; 4] = [
        Severity::Note,
        Severity::Caution,
        Severity::Serious,
        Severity::DealBreaker,
    ];

    /// One scoring change (an option's tag and place too, and what a welcomed or avoided tag
    /// adds; to vary the questions, a kind or a question added) picked by
    /// numbers, on whatever the questionnaire is at that moment.
    fn pick(q: &Questionnaire, which: u8, a: usize, b: usize, words: &str) -> Change {
        let questions: Vec<&client_fit_core::model::Question> =
            q.questions().map(|(_, each)| each).collect();
        let question = questions[a % questions.len()];
        // What a tag adds too, even on a question with no tag or no options (refused there).
        let mut slots = AnswerSlot::all(question);
        slots.extend([AnswerSlot::Welcome, AnswerSlot::Avoided]);
        let slot = slots
            .get(b % slots.len().max(1))
            .copied()
            .unwrap_or(AnswerSlot::Yes);
        let flags: Vec<&str> = q.flags.iter().map(|f| f.id.as_str()).collect();
        let flag = flags
            .get(b % flags.len().max(1))
            .copied()
            .unwrap_or("flag-1");
        // Not number or text: a questionnaire whose one question is made a number without rules
        // yet scores nothing, an error the editor shows (not refuses) until rules are written.
        let kinds = [Kind::Single, Kind::Multi, Kind::YesNo, Kind::Scale];
        match which % 13 {
            0 => points(&question.id, slot, "fit", Some(POINTS[b % POINTS.len()])),
            1 => points(&question.id, slot, "fit", None),
            2 => raise(&question.id, slot, flag, !a.is_multiple_of(3)),
            3 => {
                // Any question's answers, earlier or not (the core must refuse a cycle).
                let other = questions[b % questions.len()];
                let answers = client_fit_core::draft::answer_ids(other);
                let picked: Vec<String> = answers.into_iter().take(a % 3).collect();
                let condition = (!b.is_multiple_of(4)).then(|| condition_for(&other.id, &picked));
                let at = match a % 2 {
                    0 => Shown::Question(question.id.clone()),
                    _ => Shown::Section(b % q.sections.len()),
                };
                Change::ShowIf { at, condition }
            }
            4 => add_flag(),
            5 => Change::FlagSeverity {
                flag: flag.into(),
                severity: SEVERITIES[a % 4],
            },
            6 => Change::FlagText {
                flag: flag.into(),
                field: [FlagField::Title, FlagField::Reason, FlagField::Advice][a % 3],
                text: format!("x{words}"),
            },
            7 => Change::DeleteFlag { flag: flag.into() },
            8 => rename_flag(flag, ["flag-1", "late", "Bad id", ""][a % 4]),
            9 => Change::QuestionKind {
                id: question.id.clone(),
                kind: kinds[b % kinds.len()],
            },
            10 => Change::AddQuestion {
                section: 0,
                at: a,
                text: format!("q{words}"),
            },
            11 => Change::OptionTag {
                question: question.id.clone(),
                option: a % 3,
                tag: ["work:web", "industry:retail", ""]
                    .get(b % 4)
                    .map(|t| t.to_string()),
            },
            _ => Change::MoveOption {
                question: question.id.clone(),
                from: a % 3,
                to: b % 3,
            },
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Whatever scoring changes are made to a usable questionnaire, it stays usable: each
        /// change goes through with no linter error, or is refused and the draft is as it was.
        /// Undoing everything gives back the start.
        #[test]
        fn any_sequence_of_scoring_changes_keeps_it_usable(
            steps in prop::collection::vec((any::<u8>(), 0usize..8, 0usize..8, "[a-z ]{0,6}"), 1..30)
        ) {
            let start = draft();
            prop_assert!(errors(&start.questionnaire).is_empty());
            let mut d = start.clone();
            for (which, a, b, words) in &steps {
                let change = pick(&d.questionnaire, *which, *a, *b, words);
                d = common::step(&d, &change, |_| false).map_err(TestCaseError::fail)?;
            }
            let (first, _) = common::undone_and_redone(d);
            prop_assert_eq!(&first, &start.questionnaire);
        }
    }
}

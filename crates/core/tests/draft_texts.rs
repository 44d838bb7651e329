//! The editor's draft of the texts and settings besides a part's main words: a question's help
//! line, "find out" note and "I don't know yet", a scale's end labels, a number's unit and
//! bounds, a section's intro, and a warning sign's safeguards, cap and letter line. Each is
//! undone in one step (typing in one field is one step), written in the language the editor
//! writes in, and the settings that would add a linter error are refused, the draft as it was.
//! A property test: no sequence of these changes makes a usable questionnaire unusable.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use client_fit_core::draft::rules::RulesChange;
use client_fit_core::draft::{
    Bound, Change, Draft, Part, QuestionNote, ScaleEnd, missing_texts, problems,
};
use client_fit_core::edit::EditError;
use client_fit_core::lint::Level;
use client_fit_core::model::{Kind, Question, Questionnaire, Unit};

use common::{change, change_in, draft, errors};

fn question<'a>(d: &'a Draft, id: &str) -> &'a Question {
    d.questionnaire
        .questions()
        .map(|(_, each)| each)
        .find(|each| each.id == id)
        .unwrap()
}

fn note(id: &str, note: QuestionNote, text: &str) -> Change {
    Change::QuestionNote {
        id: id.into(),
        note,
        text: text.into(),
    }
}

fn bound(id: &str, bound: Bound, value: Option<f64>) -> Change {
    Change::NumberBound {
        id: id.into(),
        bound,
        value,
    }
}

/// The blank questionnaire with a second question, `question-2`, of `kind`.
fn with_second(kind: Kind) -> Draft {
    let d = change(
        &draft(),
        Change::AddQuestion {
            section: 0,
            at: 1,
            text: "How many?".into(),
        },
    );
    change(
        &d,
        Change::QuestionKind {
            id: "question-2".into(),
            kind,
        },
    )
}

/// The blank questionnaire with a warning sign `flag-1` and two safeguards.
fn with_flag_and_safeguards() -> Draft {
    let d = change(
        &draft(),
        Change::AddFlag {
            title: "Late payer".into(),
            reason: "Paid late before.".into(),
            advice: "Ask for a deposit.".into(),
        },
    );
    let add = |d: &Draft, title: &str| {
        change(
            d,
            Change::Rules(RulesChange::AddSafeguard {
                title: title.into(),
                detail: "Do it.".into(),
            }),
        )
    };
    let d = add(&d, "Deposit");
    add(&d, "Written scope")
}

fn safeguard_ids(d: &Draft) -> Vec<String> {
    d.questionnaire
        .safeguards
        .iter()
        .map(|s| s.id.clone())
        .collect()
}

fn en(text: &Option<client_fit_core::text::Text>) -> Option<&str> {
    text.as_ref().and_then(|t| t.lookup("en"))
}

#[test]
fn help_and_find_out_are_written_typed_in_one_step_and_gone_when_emptied() {
    let start = draft();
    let d = change(&start, note("question-1", QuestionNote::Help, "A"));
    let d = change(
        &d,
        note("question-1", QuestionNote::Help, "A yes means paid"),
    );
    assert_eq!(
        en(&question(&d, "question-1").help),
        Some("A yes means paid")
    );
    assert_eq!(question(&d, "question-1").find_out, None);
    // Typing the words was one step.
    assert_eq!(d.undo().unwrap().questionnaire, start.questionnaire);
    let d = change(
        &d,
        note(
            "question-1",
            QuestionNote::FindOut,
            "Ask their last provider",
        ),
    );
    assert_eq!(
        en(&question(&d, "question-1").find_out),
        Some("Ask their last provider")
    );
    // The find-out note is another field: another step.
    assert_eq!(question(&d.undo().unwrap(), "question-1").find_out, None);
    assert!(question(&d.undo().unwrap(), "question-1").help.is_some());
    // Emptied in the default language, an optional text is gone, with no problem left.
    let d = change(&d, note("question-1", QuestionNote::Help, "  "));
    assert_eq!(question(&d, "question-1").help, None);
    assert!(errors(&d.questionnaire).is_empty());
    // Redo after undo brings it back.
    let back = d.undo().unwrap();
    assert!(question(&back, "question-1").help.is_some());
    assert_eq!(back.redo().unwrap().questionnaire, d.questionnaire);
    // A question that is not there.
    assert!(matches!(
        d.change(&note("nope", QuestionNote::Help, "x")),
        Err(EditError::NotFound(_))
    ));
}

#[test]
fn allow_unknown_is_switched_and_undone() {
    let start = draft();
    assert!(question(&start, "question-1").allow_unknown);
    let off = Change::AllowUnknown {
        id: "question-1".into(),
        allow: false,
    };
    let d = change(&start, off.clone());
    assert!(!question(&d, "question-1").allow_unknown);
    assert_eq!(d.change(&off).unwrap(), None);
    assert_eq!(d.undo().unwrap().questionnaire, start.questionnaire);
}

#[test]
fn scale_labels_are_written_and_an_emptied_one_is_a_problem_at_its_question() {
    let d = with_second(Kind::Scale);
    let label = |end, text: &str| Change::ScaleLabel {
        id: "question-2".into(),
        end,
        text: text.into(),
    };
    let d2 = change(&d, label(ScaleEnd::Low, "Not at all"));
    let d2 = change(&d2, label(ScaleEnd::High, "Completely"));
    let scale = question(&d2, "question-2").scale.clone().unwrap();
    assert_eq!(scale.low.lookup("en"), Some("Not at all"));
    assert_eq!(scale.high.lookup("en"), Some("Completely"));
    assert_eq!(
        question(&d2.undo().unwrap(), "question-2")
            .scale
            .as_ref()
            .unwrap()
            .high,
        question(&d, "question-2").scale.as_ref().unwrap().high
    );
    // Emptying a label is not refused: it is shown at its question, as other texts are.
    let empty = change(&d2, label(ScaleEnd::Low, ""));
    let found = problems(&empty.questionnaire);
    assert!(
        found
            .iter()
            .any(|(part, p)| *part == Part::Question("question-2".into())
                && p.level == Level::Error
                && p.at == "question `question-2` scale low")
    );
    // Only a scale question has a scale.
    assert!(matches!(
        d.change(&Change::ScaleLabel {
            id: "question-1".into(),
            end: ScaleEnd::Low,
            text: "x".into(),
        }),
        Err(EditError::NotFound(_))
    ));
}

#[test]
fn a_numbers_unit_and_bounds_are_set_and_min_above_max_is_refused() {
    let d = with_second(Kind::Number);
    let d = change(
        &d,
        Change::NumberUnit {
            id: "question-2".into(),
            unit: Unit::Money,
        },
    );
    assert_eq!(
        question(&d, "question-2").number.as_ref().unwrap().unit,
        Unit::Money
    );
    let before = d.clone();
    let d = change(&d, bound("question-2", Bound::Min, Some(1.0)));
    let d = change(&d, bound("question-2", Bound::Min, Some(10.0)));
    // Typing a bound is one step.
    assert_eq!(d.undo().unwrap().questionnaire, before.questionnaire);
    let d = change(&d, bound("question-2", Bound::Max, Some(100.0)));
    let number = question(&d, "question-2").number.clone().unwrap();
    assert_eq!((number.min, number.max), (Some(10.0), Some(100.0)));
    // A largest below the smallest, or a smallest above the largest: refused, as it was.
    for refused in [
        bound("question-2", Bound::Max, Some(5.0)),
        bound("question-2", Bound::Min, Some(101.0)),
    ] {
        assert!(matches!(d.change(&refused), Err(EditError::Breaks(p)) if !p.is_empty()));
    }
    assert!(matches!(
        d.change(&bound("question-2", Bound::Max, Some(f64::INFINITY))),
        Err(EditError::Breaks(_))
    ));
    // Equal bounds are fine, and none takes a bound away.
    let d = change(&d, bound("question-2", Bound::Max, Some(10.0)));
    let d = change(&d, bound("question-2", Bound::Min, None));
    let number = question(&d, "question-2").number.clone().unwrap();
    assert_eq!((number.min, number.max), (None, Some(10.0)));
    // Only a number question has bounds and a unit.
    assert!(matches!(
        d.change(&bound("question-1", Bound::Min, Some(1.0))),
        Err(EditError::NotFound(_))
    ));
    assert!(matches!(
        d.change(&Change::NumberUnit {
            id: "question-1".into(),
            unit: Unit::Days,
        }),
        Err(EditError::NotFound(_))
    ));
}

#[test]
fn a_sections_intro_is_written_and_gone_when_emptied() {
    let start = draft();
    let intro = |text: &str| Change::SectionIntro {
        section: 0,
        text: text.into(),
    };
    let d = change(&start, intro("About"));
    let d = change(&d, intro("About the money"));
    assert_eq!(
        en(&d.questionnaire.sections[0].intro),
        Some("About the money")
    );
    assert_eq!(d.undo().unwrap().questionnaire, start.questionnaire);
    let d = change(&d, intro(""));
    assert_eq!(d.questionnaire.sections[0].intro, None);
    assert!(matches!(
        d.change(&Change::SectionIntro {
            section: 3,
            text: "x".into()
        }),
        Err(EditError::NotFound(_))
    ));
}

#[test]
fn a_warning_sign_recommends_safeguards_in_their_order() {
    let d = with_flag_and_safeguards();
    let ids = safeguard_ids(&d);
    assert_eq!(ids.len(), 2);
    let recommend = |safeguard: &str, recommended: bool| Change::FlagSafeguard {
        flag: "flag-1".into(),
        safeguard: safeguard.into(),
        recommended,
    };
    let one = change(&d, recommend(&ids[1], true));
    let both = change(&one, recommend(&ids[0], true));
    assert_eq!(both.questionnaire.flags[0].safeguards, ids);
    assert_eq!(both.change(&recommend(&ids[0], true)).unwrap(), None);
    assert_eq!(both.undo().unwrap().questionnaire, one.questionnaire);
    let less = change(&both, recommend(&ids[1], false));
    assert_eq!(less.questionnaire.flags[0].safeguards, vec![ids[0].clone()]);
    assert!(matches!(
        d.change(&recommend("nope", true)),
        Err(EditError::NotFound(_))
    ));
    assert!(errors(&less.questionnaire).is_empty());
}

#[test]
fn a_warning_sign_caps_the_verdict_at_a_defined_tier_or_not_at_all() {
    let d = with_flag_and_safeguards();
    let cap = |tier: Option<&str>| Change::FlagCap {
        flag: "flag-1".into(),
        tier: tier.map(str::to_owned),
    };
    let capped = change(&d, cap(Some("bad")));
    assert_eq!(
        capped.questionnaire.flags[0].caps_at.as_deref(),
        Some("bad")
    );
    assert!(errors(&capped.questionnaire).is_empty());
    let free = change(&capped, cap(None));
    assert_eq!(free.questionnaire.flags[0].caps_at, None);
    assert_eq!(free.undo().unwrap().questionnaire, capped.questionnaire);
    assert!(matches!(
        d.change(&cap(Some("nope"))),
        Err(EditError::NotFound(_))
    ));
    assert!(matches!(
        d.change(&Change::FlagCap {
            flag: "nope".into(),
            tier: None
        }),
        Err(EditError::NotFound(_))
    ));
}

#[test]
fn a_warning_signs_letter_line_is_written_and_gone_when_emptied() {
    let d = with_flag_and_safeguards();
    let line = |text: &str| Change::FlagLetterLine {
        flag: "flag-1".into(),
        text: text.into(),
    };
    let one = change(&d, line("agree"));
    let one = change(&one, line("agree payment dates we both keep"));
    assert_eq!(
        en(&one.questionnaire.flags[0].letter_line),
        Some("agree payment dates we both keep")
    );
    assert_eq!(one.undo().unwrap().questionnaire, d.questionnaire);
    assert_eq!(
        change(&one, line("")).questionnaire.flags[0].letter_line,
        None
    );
}

#[test]
fn texts_are_written_in_a_second_language_without_touching_the_default() {
    let d = with_second(Kind::Scale);
    let d = change(&d, Change::AddLanguage("es".into()));
    let d = change(&d, note("question-1", QuestionNote::Help, "Paid on time"));
    // Written in Spanish: the Spanish words beside the English ones.
    let es = change_in(
        &d,
        note("question-1", QuestionNote::Help, "Pagó a tiempo"),
        "es",
    );
    let help = question(&es, "question-1").help.clone().unwrap();
    assert_eq!(help.lookup("en"), Some("Paid on time"));
    assert_eq!(help.lookup("es"), Some("Pagó a tiempo"));
    // The same field in another language is another step of undo.
    assert_eq!(es.undo().unwrap().questionnaire, d.questionnaire);
    // Emptied in Spanish, only the Spanish words go: missing again, the help still there.
    let emptied = change_in(&es, note("question-1", QuestionNote::Help, ""), "es");
    let help = question(&emptied, "question-1").help.clone().unwrap();
    assert_eq!(help.lookup("en"), Some("Paid on time"));
    assert!(help.0.get("es").is_none());
    assert!(
        missing_texts(&emptied.questionnaire, "es")
            .iter()
            .any(|(_, at)| at == "question `question-1` help")
    );
    // A new optional text written in Spanish gets the default language's words too, so the
    // questionnaire stays usable.
    let intro = change_in(
        &d,
        Change::SectionIntro {
            section: 0,
            text: "Sobre el dinero".into(),
        },
        "es",
    );
    let text = intro.questionnaire.sections[0].intro.clone().unwrap();
    assert_eq!(text.lookup("es"), Some("Sobre el dinero"));
    assert_eq!(text.lookup("en"), Some("Sobre el dinero"));
    // A scale's label in Spanish leaves the English one.
    let low = change_in(
        &d,
        Change::ScaleLabel {
            id: "question-2".into(),
            end: ScaleEnd::Low,
            text: "Nada".into(),
        },
        "es",
    );
    let scale = question(&low, "question-2").scale.clone().unwrap();
    assert_eq!(scale.low.lookup("es"), Some("Nada"));
    assert_eq!(scale.low.lookup("en"), Some("1"));
    // And a letter line in Spanish.
    let d = change(
        &d,
        Change::AddFlag {
            title: "Late".into(),
            reason: "Late before.".into(),
            advice: "Deposit.".into(),
        },
    );
    let d = change(
        &d,
        Change::FlagLetterLine {
            flag: "flag-1".into(),
            text: "pay on time".into(),
        },
    );
    let es = change_in(
        &d,
        Change::FlagLetterLine {
            flag: "flag-1".into(),
            text: "pagar a tiempo".into(),
        },
        "es",
    );
    let line = es.questionnaire.flags[0].letter_line.clone().unwrap();
    assert_eq!(
        (line.lookup("en"), line.lookup("es")),
        (Some("pay on time"), Some("pagar a tiempo"))
    );
}

#[cfg(not(miri))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    const BOUNDS: [Option<f64>; 6] = [
        None,
        Some(0.0),
        Some(5.0),
        Some(-3.5),
        Some(100.0),
        Some(f64::NAN),
    ];
    const UNITS: [Unit; 6] = [
        Unit::Money,
        Unit::Percent,
        Unit::Hours,
        Unit::Days,
        Unit::Weeks,
        Unit::Count,
    ];

    /// One change of these texts and settings picked by numbers, on whatever the questionnaire
    /// is at that moment (`question-2` is a number question, `question-3` a scale).
    fn pick(q: &Questionnaire, which: u8, a: usize, words: &str) -> Change {
        let ids = ["question-1", "question-2", "question-3", "nope"];
        let id = ids[a % ids.len()].to_owned();
        let safeguards: Vec<&str> = q.safeguards.iter().map(|s| s.id.as_str()).collect();
        let tiers = [Some("good"), Some("bad"), None, Some("nope")];
        match which % 10 {
            0 => note(&id, QuestionNote::Help, words),
            1 => note(&id, QuestionNote::FindOut, words),
            2 => Change::AllowUnknown {
                id,
                allow: a.is_multiple_of(2),
            },
            3 => Change::ScaleLabel {
                id,
                end: if a.is_multiple_of(2) {
                    ScaleEnd::Low
                } else {
                    ScaleEnd::High
                },
                text: format!("s{words}"),
            },
            4 => Change::NumberUnit {
                id,
                unit: UNITS[a % UNITS.len()],
            },
            5 => bound(
                &id,
                if a.is_multiple_of(2) {
                    Bound::Min
                } else {
                    Bound::Max
                },
                BOUNDS[a % BOUNDS.len()],
            ),
            6 => Change::SectionIntro {
                section: a % 2,
                text: words.into(),
            },
            7 => Change::FlagSafeguard {
                flag: "flag-1".into(),
                safeguard: safeguards.get(a % 3).copied().unwrap_or("nope").into(),
                recommended: a.is_multiple_of(2),
            },
            8 => Change::FlagCap {
                flag: "flag-1".into(),
                tier: tiers[a % tiers.len()].map(str::to_owned),
            },
            _ => Change::FlagLetterLine {
                flag: "flag-1".into(),
                text: words.into(),
            },
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Whatever of these changes are made to a usable questionnaire, it stays usable (no
        /// text is emptied here but an optional one): each goes through with no linter error,
        /// or is refused and the draft is as it was. Undoing everything gives back the start.
        #[test]
        fn any_sequence_of_text_and_setting_changes_keeps_it_usable(
            steps in prop::collection::vec((any::<u8>(), 0usize..12, "[a-z ]{0,6}"), 1..30)
        ) {
            let d = with_flag_and_safeguards();
            let d = change(&d, Change::AddQuestion { section: 0, at: 1, text: "How many?".into() });
            let d = change(&d, Change::QuestionKind { id: "question-2".into(), kind: Kind::Number });
            let d = change(&d, Change::AddQuestion { section: 0, at: 2, text: "How sure?".into() });
            let d = change(&d, Change::QuestionKind { id: "question-3".into(), kind: Kind::Scale });
            let start = Draft::new(d.questionnaire);
            prop_assert!(errors(&start.questionnaire).is_empty());
            let mut d = start.clone();
            for (which, a, words) in &steps {
                let change = pick(&d.questionnaire, *which, *a, words);
                d = common::step(&d, &change, |_| false).map_err(TestCaseError::fail)?;
            }
            let (first, _) = common::undone_and_redone(d);
            prop_assert_eq!(&first, &start.questionnaire);
        }
    }
}

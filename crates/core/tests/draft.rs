//! The editor's draft of an own questionnaire: text, kind, required and option changes, added
//! sections and questions, refused structural edits, undo and redo (typing in one field is one
//! step), and the problems placed by the part they concern.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use client_fit_core::draft::{Change, Draft, Part, problems, rename_question, usable};
use client_fit_core::edit::{Edit, EditError};
use client_fit_core::lint::Level;
use client_fit_core::model::{Kind, Lens, Questionnaire};
use client_fit_core::own::blank;

use common::{WORDS, draft};

fn change(draft: &Draft, change: Change) -> Draft {
    draft
        .change(&change)
        .unwrap()
        .expect("it changes something")
}

fn title(q: &Questionnaire) -> &str {
    q.title.get("en", "en")
}

#[test]
fn typing_in_one_field_is_one_step_of_undo() {
    let d = draft();
    let d = change(&d, Change::Title("M".into()));
    let d = change(&d, Change::Title("My".into()));
    let d = change(&d, Change::Title("My own".into()));
    let d = change(&d, Change::Intro("Hello".into()));
    let back = d.undo().unwrap();
    assert_eq!(title(&back.questionnaire), "My own");
    assert_eq!(back.questionnaire.intro, None);
    let back = back.undo().unwrap();
    assert_eq!(title(&back.questionnaire), "Mine");
    assert!(!back.can_undo() && back.can_redo());
    let again = back.redo().unwrap().redo().unwrap();
    assert_eq!(again.questionnaire, d.questionnaire);
    assert!(again.redo().is_none());
    // A new change after an undo drops what was undone.
    let other = change(&d.undo().unwrap(), Change::Title("Other".into()));
    assert!(!other.can_redo());
}

#[test]
fn a_change_that_changes_nothing_is_none() {
    let d = draft();
    assert_eq!(d.change(&Change::Title("Mine".into())), Ok(None));
}

#[test]
fn sections_and_questions_are_added_moved_and_deleted_and_stay_usable() {
    let d = draft();
    let d = change(
        &d,
        Change::AddSection {
            at: 1,
            title: "Money".into(),
            question: "Did they agree to a deposit?".into(),
        },
    );
    let d = change(
        &d,
        Change::AddQuestion {
            section: 1,
            at: 0,
            text: "Do they pay on time?".into(),
        },
    );
    let q = &d.questionnaire;
    assert_eq!(q.sections.len(), 2);
    assert_eq!(q.sections[1].id, "section-2");
    let ids: Vec<&str> = q.sections[1]
        .questions
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(ids, ["question-3", "question-2"]);
    assert!(usable(q), "{:?}", problems(q));

    let d = change(&d, Change::Edit(Edit::MoveSection { from: 1, to: 0 }));
    assert_eq!(d.questionnaire.sections[0].id, "section-2");
    let d = change(
        &d,
        Change::Edit(Edit::DeleteQuestion {
            id: "question-1".into(),
        }),
    );
    assert!(d.questionnaire.sections[1].questions.is_empty());
    let d = change(&d, Change::Edit(Edit::DeleteSection { index: 1 }));
    assert_eq!(d.questionnaire.sections.len(), 1);
    assert!(usable(&d.questionnaire));
}

#[test]
fn a_kind_change_brings_what_the_kind_needs_and_options_take_labels() {
    // A second question keeps points coming whatever the first one becomes (a number without
    // rules or a note gives none, and then no tier could be reached).
    let d = change(
        &draft(),
        Change::AddQuestion {
            section: 0,
            at: 1,
            text: "Again?".into(),
        },
    );
    for kind in [
        Kind::Single,
        Kind::Multi,
        Kind::Scale,
        Kind::Number,
        Kind::Text,
    ] {
        let d = change(
            &d,
            Change::QuestionKind {
                id: "question-1".into(),
                kind,
            },
        );
        let errors: Vec<_> = problems(&d.questionnaire)
            .into_iter()
            .filter(|(_, p)| p.level == Level::Error)
            .collect();
        assert!(errors.is_empty(), "{kind:?}: {errors:?}");
    }
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
            label: "Maybe".into(),
        },
    );
    let d = change(
        &d,
        Change::OptionLabel {
            question: "question-1".into(),
            option: 0,
            text: "Always".into(),
        },
    );
    let options = &d.questionnaire.sections[0].questions[0].options;
    let labels: Vec<&str> = options.iter().map(|o| o.label.get("en", "en")).collect();
    assert_eq!(labels, ["Always", "2", "Maybe"]);
    assert_eq!(options[2].id, "option-3");
    let d = change(
        &d,
        Change::Required {
            id: "question-1".into(),
            required: true,
        },
    );
    assert!(d.questionnaire.sections[0].questions[0].required);
}

#[test]
fn an_empty_text_is_an_error_at_its_own_part() {
    let d = change(&draft(), Change::Title(" ".into()));
    let d = change(
        &d,
        Change::QuestionText {
            id: "question-1".into(),
            text: String::new(),
        },
    );
    let found = problems(&d.questionnaire);
    assert!(found.iter().any(|(part, _)| *part == Part::Whole));
    assert!(
        found
            .iter()
            .any(|(part, _)| *part == Part::Question("question-1".into()))
    );
    assert!(!usable(&d.questionnaire));
}

#[test]
fn an_emptied_question_is_one_problem_at_the_question_not_a_missing_translation_too() {
    let d = change(
        &draft(),
        Change::QuestionText {
            id: "question-1".into(),
            text: String::new(),
        },
    );
    let found = problems(&d.questionnaire);
    let errors: Vec<_> = found
        .iter()
        .filter(|(_, p)| p.level == Level::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{found:?}");
    assert_eq!(errors[0].0, Part::Question("question-1".into()));
    assert!(!usable(&d.questionnaire));
}

#[test]
fn a_structural_edit_that_would_break_it_is_refused_and_nothing_changes() {
    let d = draft();
    // Deleting the only question leaves a section with none, and a questionnaire with nothing to
    // ask: refused with the linter's reason, or at least it never leaves an error behind.
    match d.change(&Change::Edit(Edit::DeleteSection { index: 0 })) {
        Err(EditError::Breaks(problems)) => assert!(!problems.is_empty()),
        Ok(Some(after)) => assert!(usable(&after.questionnaire)),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        d.change(&Change::Edit(Edit::MoveSection { from: 5, to: 0 })),
        Err(EditError::NotFound(_))
    ));
    let d = change(
        &d,
        Change::AddQuestion {
            section: 0,
            at: 1,
            text: "Again?".into(),
        },
    );
    assert!(matches!(
        d.change(&rename_question("question-1", "question-2")),
        Err(EditError::Breaks(_))
    ));
    let renamed = change(&d, rename_question("question-1", " budget "));
    assert_eq!(renamed.questionnaire.sections[0].questions[0].id, "budget");
}

#[test]
fn the_linter_s_problems_are_placed_by_section_and_question() {
    let mut q = blank("mine", "en", Lens::Screen, &WORDS);
    q.sections[0].questions[0].kind = Kind::Single;
    let found = problems(&q);
    assert!(
        found.iter().any(
            |(part, p)| *part == Part::Question("question-1".into()) && p.level == Level::Error
        ),
        "{found:?}"
    );
}

mod sequences {
    use super::*;
    use client_fit_core::lint::ProblemKind;
    use proptest::prelude::*;

    /// One change picked by numbers, on whatever the questionnaire is at that moment.
    fn pick(q: &Questionnaire, which: u8, a: usize, b: usize, words: &str) -> Change {
        let sections = q.sections.len().max(1);
        let ids: Vec<String> = q
            .sections
            .iter()
            .flat_map(|s| s.questions.iter().map(|each| each.id.clone()))
            .collect();
        let question = ids.get(a % ids.len().max(1)).cloned().unwrap_or_default();
        let kinds = [
            Kind::Single,
            Kind::Multi,
            Kind::YesNo,
            Kind::Scale,
            Kind::Number,
            Kind::Text,
        ];
        match which % 14 {
            0 => Change::Title(words.into()),
            1 => Change::Intro(words.into()),
            2 => Change::SectionTitle {
                section: a % sections,
                text: words.into(),
            },
            3 => Change::QuestionText {
                id: question,
                text: words.into(),
            },
            4 => Change::QuestionKind {
                id: question,
                kind: kinds[b % kinds.len()],
            },
            5 => Change::Required {
                id: question,
                required: b.is_multiple_of(2),
            },
            6 => Change::AddOption {
                question,
                label: words.into(),
            },
            7 => Change::AddSection {
                at: a,
                title: words.into(),
                question: words.into(),
            },
            8 => Change::AddQuestion {
                section: a % sections,
                at: b,
                text: words.into(),
            },
            9 => Change::Edit(Edit::MoveSection {
                from: a % sections,
                to: b % sections,
            }),
            10 => Change::Edit(Edit::DeleteQuestion { id: question }),
            // Any places, in range or not: the core refuses or clamps.
            12 => Change::MoveOption {
                question,
                from: a % 4,
                to: b % 4,
            },
            13 => Change::OptionTag {
                question,
                option: a % 4,
                tag: ["work:web", " ", "industry:retail"]
                    .get(b % 4)
                    .map(|t| t.to_string()),
            },
            // 11, and what is left over.
            _ => rename_question(&question, &format!("q{b}")),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Structural changes never add a linter error (they are refused with the reason),
        /// text changes may (an empty text) but only at a text; and undoing everything gives
        /// back the start, redoing everything the end.
        #[test]
        fn any_sequence_of_changes_undoes_to_the_start(
            steps in prop::collection::vec((any::<u8>(), 0usize..8, 0usize..8, "[a-z ]{0,6}"), 1..30)
        ) {
            let start = draft();
            let mut d = start.clone();
            for (which, a, b, words) in &steps {
                let change = pick(&d.questionnaire, *which, *a, *b, words);
                // A text typed (or a new part's words) may be empty: the one error it can
                // add is that text missing.
                let typed = matches!(
                    change,
                    Change::Title(_)
                        | Change::Intro(_)
                        | Change::SectionTitle { .. }
                        | Change::QuestionText { .. }
                        | Change::AddOption { .. }
                        | Change::AddSection { .. }
                        | Change::AddQuestion { .. }
                );
                let kind = matches!(change, Change::QuestionKind { .. });
                let may_add = |p: &client_fit_core::lint::Problem| match (typed, kind) {
                    (true, _) => p.kind == ProblemKind::MissingTranslation,
                    // A new kind starts with what it needs but perhaps no points yet (shown at
                    // the question); never a condition it no longer fits.
                    (_, true) => {
                        !matches!(p.kind, ProblemKind::ConditionType | ProblemKind::UnknownOption)
                    }
                    _ => false,
                };
                d = common::step(&d, &change, may_add).map_err(TestCaseError::fail)?;
            }
            let end = d.questionnaire.clone();
            let (first, last) = common::undone_and_redone(d);
            prop_assert_eq!(&first, &start.questionnaire);
            prop_assert_eq!(&last, &end);
        }
    }
}

#[test]
fn an_option_is_deleted_unless_that_would_break_the_question() {
    let d = change(
        &draft(),
        Change::QuestionKind {
            id: "question-1".into(),
            kind: Kind::Single,
        },
    );
    let d = change(
        &d,
        Change::AddOption {
            question: "question-1".into(),
            label: "Maybe".into(),
        },
    );
    let d = change(
        &d,
        Change::DeleteOption {
            question: "question-1".into(),
            option: 0,
        },
    );
    let ids: Vec<&str> = d.questionnaire.sections[0].questions[0]
        .options
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(ids, ["option-2", "option-3"]);
    // One option is not a choice: refused, nothing changed.
    let refused = d.change(&Change::DeleteOption {
        question: "question-1".into(),
        option: 0,
    });
    assert!(matches!(refused, Err(EditError::Breaks(_))), "{refused:?}");
    assert!(matches!(
        d.change(&Change::DeleteOption {
            question: "question-1".into(),
            option: 9,
        }),
        Err(EditError::NotFound(_))
    ));
}

#[test]
fn who_answers_it_can_change() {
    let d = change(&draft(), Change::Lens(Lens::Intake));
    assert_eq!(d.questionnaire.lens, Lens::Intake);
    assert!(usable(&d.questionnaire), "{:?}", problems(&d.questionnaire));
    let d = change(&d, Change::Lens(Lens::Checkup));
    assert!(usable(&d.questionnaire), "{:?}", problems(&d.questionnaire));
}

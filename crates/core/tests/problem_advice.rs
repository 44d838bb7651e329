//! The linter's problems in the editor's words (`problem_advice`): every kind of problem, and
//! every situation a kind covers, reached by a real broken questionnaire (or a file that does
//! not load), reads in all four languages with nothing left to fill, no id and no file path;
//! the situations one kind covers get their own advice; names come from the labels in the
//! language written in.
// Warnings and translations are the full linter's, and the other languages' words the
// all-languages build's.
#![cfg(all(feature = "full-lint", feature = "all-ui-languages"))]

mod common;

use std::collections::HashSet;

use client_fit_core::draft::problems;
use client_fit_core::lint::{Level, Problem, ProblemKind};
use client_fit_core::load::{MAX_FILE_BYTES, load};
use client_fit_core::model::Questionnaire;
use client_fit_core::problem_advice::{Advice, advice, in_words};
use client_fit_core::text::LANGUAGES;
use serde_json::{Value, json};

/// The fixture as JSON, changed by `change`, read without checking it.
fn broken(change: impl FnOnce(&mut Value)) -> Questionnaire {
    let mut value: Value = serde_json::from_str(common::MINIMAL).unwrap();
    change(&mut value);
    serde_json::from_value(value).expect("still the shape of a questionnaire")
}

/// The fixture's question at `index` of its only section.
fn question(q: &mut Value, index: usize) -> &mut Value {
    &mut q["sections"][0]["questions"][index]
}

/// Questionnaires each broken in one way (sometimes more), covering every situation the
/// linter and the editor report on a questionnaire that loads.
fn broken_questionnaires() -> Vec<Questionnaire> {
    type Change = Box<dyn FnOnce(&mut Value)>;
    let changes: Vec<Change> = vec![
        Box::new(|q| q["dimensions"] = json!([])),
        Box::new(|q| q["verdicts"] = json!([])),
        Box::new(|q| q["sections"][0]["questions"] = json!([])),
        Box::new(|q| {
            q["sections"].as_array_mut().unwrap().push(json!(
                {"id": "spare_section", "title": {"en": "Later"}, "questions": []}
            ))
        }),
        Box::new(|q| q["dimensions"][0]["id"] = json!("Money Matters!")),
        Box::new(|q| q["verdicts"][1]["id"] = json!("strong_fit")),
        Box::new(|q| {
            question(q, 1)["options"]
                .as_array_mut()
                .unwrap()
                .truncate(1);
            let yes_no = question(q, 2).as_object_mut().unwrap();
            yes_no.remove("yes");
            yes_no.remove("no");
            question(q, 4)["scale"]["steps"]
                .as_array_mut()
                .unwrap()
                .pop();
            question(q, 0)["number"]["min"] = json!(10);
            question(q, 0)["number"]["max"] = json!(5);
        }),
        Box::new(|q| {
            question(q, 0).as_object_mut().unwrap().remove("number");
        }),
        Box::new(|q| {
            // A text question with options (ignored), and points for welcomed work on a
            // question none of whose options is a kind of work.
            question(q, 3)["options"] = question(q, 1)["options"].clone();
            question(q, 1)["on_welcome"] = json!({"points": {"money": 1}});
        }),
        Box::new(|q| {
            question(q, 3)["show_if"] = json!({"answered": "ghost_question"});
            question(q, 4)["show_if"] =
                json!({"is": {"question": "threatened", "option": "maybe"}});
            question(q, 1)["show_if"] =
                json!({"compare": {"question": "budget", "op": "lt", "than": {}}});
            q["sections"][0]["show_if"] =
                json!({"compare": {"question": "threatened", "op": "lt", "than": {"value": 1}}});
        }),
        Box::new(|q| {
            question(q, 3)["show_if"] =
                json!({"any_of": {"question": "pays_on_time", "options": []}});
            question(q, 0)["number"]["rules"][0]["than"] = json!({});
        }),
        Box::new(|q| {
            question(q, 3)["show_if"] = json!({"answered": "respect"});
            question(q, 4)["show_if"] = json!({"answered": "why_threat"});
        }),
        Box::new(|q| {
            // A chain of conditions longer than the linter follows.
            let questions = q["sections"][0]["questions"].as_array_mut().unwrap();
            for n in 0..40 {
                let mut next =
                    json!({"id": format!("chain-{n}"), "kind": "text", "text": {"en": "Why?"}});
                if n > 0 {
                    next["show_if"] = json!({"answered": format!("chain-{}", n - 1)});
                }
                questions.push(next);
            }
        }),
        Box::new(|q| {
            question(q, 1)["options"][0]["points"]["ghost_dimension"] = json!(1);
            question(q, 1)["options"][1]["points"]["money"] = json!(50);
            q["dimensions"][1]["weight"] = json!(99);
            q["dimensions"].as_array_mut().unwrap().push(
                json!({"id": "spare_dimension", "label": {"en": "Punctuality"}, "weight": 1}),
            );
        }),
        Box::new(|q| {
            // Emptied texts the editor names by their field, and one it does not (the
            // linter's sum for the whole questionnaire stays), and a language half done.
            question(q, 1)["text"] = json!({"en": ""});
            question(q, 1)["options"][1]["label"] = json!({"en": " "});
            q["sections"][0]["title"] = json!({"en": ""});
            question(q, 0)["find_out"] = json!({"en": ""});
            q["languages"] = json!(["en", "es"]);
        }),
        Box::new(|q| q["verdicts"][1]["min"] = json!(40)),
        Box::new(|q| q["verdicts"][1]["min"] = json!(60)),
        Box::new(|q| {
            q["verdicts"][2]["min"] = json!(10);
            q["verdicts"][0]["max"] = json!(90);
        }),
        Box::new(|q| q["verdicts"][0]["max"] = json!(150)),
        Box::new(|q| {
            q["verdicts"][1]["min"] = json!(75);
            q["verdicts"][1]["max"] = json!(75);
        }),
        Box::new(|q| {
            q["dimensions"][0]["weight"] = json!(0);
            q["dimensions"][1]["weight"] = json!(0);
        }),
        Box::new(|q| {
            question(q, 1)["options"][0]["flags"] = json!(["ghost_flag"]);
            question(q, 4)["scale"]["steps"][0]["flags"] = json!([]);
            q["flags"][0]["safeguards"] = json!(["ghost_safeguard"]);
            q["flags"][1]["caps_at"] = json!("ghost_verdict");
            q["verdicts"][2]["letters"] = json!(["ghost_letter"]);
            q["safeguards"]
                .as_array_mut()
                .unwrap()
                .push(json!({"id": "spare_safeguard", "title": {"en": "Contract"}, "detail": {"en": "Sign one."}}));
        }),
        Box::new(|q| {
            q["first_impression"] = json!(
                {"backed_by": ["ghost_flag"], "when_backed": "ghost_verdict", "unbacked_drop": 5}
            );
            q["confidence"] = json!({"judge_at": 2, "firm_at": 0.5});
        }),
        Box::new(|q| {
            q["lens"] = json!("intake");
            q["first_impression"] = json!({"when_backed": "walk_away"});
            q["confidence"] = json!({"judge_at": 0.9, "firm_at": 0.5});
        }),
        Box::new(|q| {
            // No effect at all, and a flagged answer that scores above an unflagged one.
            question(q, 1)["options"][0]["points"] = json!({});
            question(q, 1)["options"][1]["points"] = json!({});
            question(q, 1)["options"][1]["flags"] = json!([]);
            question(q, 2)["yes"]["points"]["conduct"] = json!(5);
        }),
    ];
    changes.into_iter().map(broken).collect()
}

/// The problems of files that do not load at all.
fn unloadable() -> Vec<Problem> {
    let too_large = " ".repeat(MAX_FILE_BYTES + 1);
    [
        too_large.as_str(),
        "{\"format\": 1, \"id\": ",
        r#"{"format": 1, "id": 7}"#,
        r#"{"format": 99}"#,
    ]
    .into_iter()
    .flat_map(|text| match load(text) {
        Err(problems) => problems,
        Ok(_) => panic!("a file of {} bytes loads", text.len()),
    })
    .collect()
}

/// Words a sentence for the consultant must not have: a placeholder left, a backtick, a JSON
/// path, an id of the questionnaire (each of the fixture's and the broken ones' has `_`, or
/// `-` and a digit) or a field of the file (`show_if`, `backed_by`: `_` too).
fn assert_readable(said: &str, problem: &Problem, language: &str) {
    let context = format!("{language} for {problem}: {said}");
    assert!(!said.trim().is_empty(), "{context}");
    for bad in ['{', '}', '`', '[', ']'] {
        assert!(!said.contains(bad), "{bad} in {context}");
    }
    for word in said.split(|c: char| c.is_whitespace() || c == ',' || c == '.') {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        assert!(
            !(word.contains('_') || word.contains('-') && word.chars().any(|c| c.is_ascii_digit())),
            "an id ({word}) in {context}"
        );
    }
}

#[test]
fn every_situation_is_reached_and_reads_in_every_language() {
    let mut reached: HashSet<Advice> = HashSet::new();
    let mut check = |problem: &Problem, q: &Questionnaire| {
        reached.insert(advice(problem));
        let mut seen = HashSet::new();
        for language in LANGUAGES {
            let said = in_words(problem, q, language, "en");
            assert_readable(&said, problem, language);
            seen.insert(said);
        }
        // Each language its own words (the English is never simply shown for the others).
        assert_eq!(seen.len(), LANGUAGES.len(), "{problem}");
    };
    for q in broken_questionnaires() {
        let found = problems(&q);
        assert!(!found.is_empty());
        for (_, problem) in &found {
            check(problem, &q);
        }
    }
    let fixture = common::minimal();
    for problem in unloadable() {
        check(&problem, &fixture);
    }
    // The fallbacks: what the editor says of a place it cannot find (a problem of another
    // questionnaire), of a question lacking something else its kind needs, and of an empty
    // text it has no field for.
    let made = [
        (Level::Error, ProblemKind::RuleOutOfRange, "elsewhere"),
        (Level::Warning, ProblemKind::RuleOutOfRange, "elsewhere"),
        (Level::Error, ProblemKind::KindMismatch, "question `budget`"),
        (
            Level::Error,
            ProblemKind::MissingTranslation,
            "question `budget` help",
        ),
    ];
    for (level, kind, at) in made {
        let problem = Problem {
            level,
            kind,
            at: at.into(),
            line: None,
            column: None,
            message: "something else".into(),
        };
        check(&problem, &fixture);
    }
    let missing: Vec<&Advice> = (Advice::ALL.iter())
        .filter(|a| !reached.contains(a))
        .collect();
    assert!(missing.is_empty(), "never reached: {missing:?}");
}

#[test]
fn every_kind_at_either_level_has_advice_that_reads() {
    // The exhaustive list: a kind added to the linter but not here fails to compile.
    fn listed(kind: ProblemKind) -> usize {
        use ProblemKind::*;
        match kind {
            TooLarge => 0,
            Syntax => 1,
            Type => 2,
            FormatVersion => 3,
            Empty => 4,
            BadId => 5,
            DuplicateId => 6,
            KindMismatch => 7,
            UnknownQuestion => 8,
            UnknownOption => 9,
            ConditionType => 10,
            ConditionCycle => 11,
            ConditionTooDeep => 12,
            UnknownDimension => 13,
            UnusedDimension => 14,
            WeightOutOfRange => 15,
            PointsOutOfRange => 16,
            MissingTranslation => 17,
            VerdictOverlap => 18,
            VerdictGap => 19,
            VerdictUnreachable => 20,
            UnknownFlag => 21,
            FlagNeverRaised => 22,
            UnknownSafeguard => 23,
            UnusedSafeguard => 24,
            UnknownLetter => 25,
            UnknownVerdict => 26,
            NoEffect => 27,
            FlaggedAnswerScoresHigher => 28,
            RuleOutOfRange => 29,
        }
    }
    assert_eq!(ProblemKind::ALL.len(), 30);
    let q = common::minimal();
    for (i, kind) in ProblemKind::ALL.iter().enumerate() {
        assert_eq!(
            listed(*kind),
            i,
            "{kind:?} out of place in ProblemKind::ALL"
        );
        for level in [Level::Error, Level::Warning] {
            for at in ["question `budget`", "verdict `walk_away`", "file"] {
                let problem = Problem {
                    level,
                    kind: *kind,
                    at: at.into(),
                    line: None,
                    column: None,
                    message: "anything".into(),
                };
                for language in LANGUAGES {
                    assert_readable(&in_words(&problem, &q, language, "en"), &problem, language);
                }
            }
        }
    }
}

/// The advice for the first problem of `q` of this kind and level.
fn advice_for(q: &Questionnaire, kind: ProblemKind, level: Level) -> (Advice, Problem) {
    let (_, problem) = problems(q)
        .into_iter()
        .find(|(_, p)| p.kind == kind && p.level == level)
        .unwrap_or_else(|| panic!("no {kind:?} {level:?}"));
    (advice(&problem), problem)
}

#[test]
fn one_kind_in_several_situations_gets_the_advice_for_each() {
    // A kind mismatch that is an error says what is missing; one that is a warning says it
    // is ignored.
    let q = broken(|q| {
        question(q, 1)["options"]
            .as_array_mut()
            .unwrap()
            .truncate(1)
    });
    let (said, _) = advice_for(&q, ProblemKind::KindMismatch, Level::Error);
    assert_eq!(said, Advice::NeedsOptions);
    let q = broken(|q| question(q, 3)["options"] = question(q, 1)["options"].clone());
    let (said, _) = advice_for(&q, ProblemKind::KindMismatch, Level::Warning);
    assert_eq!(said, Advice::KindExtra);

    // Empty: no dimensions, no verdicts, no questions (errors), an empty section (a warning).
    for (change, expected) in [
        (json!({"dimensions": []}), Advice::NoDimensions),
        (json!({"verdicts": []}), Advice::NoVerdicts),
    ] {
        let q = broken(|q| {
            for (key, value) in change.as_object().unwrap() {
                q[key] = value.clone();
            }
        });
        assert_eq!(advice_for(&q, ProblemKind::Empty, Level::Error).0, expected);
    }
    let q = broken(|q| q["sections"][0]["questions"] = json!([]));
    assert_eq!(
        advice_for(&q, ProblemKind::Empty, Level::Error).0,
        Advice::NoQuestions
    );
    assert_eq!(
        advice_for(&q, ProblemKind::Empty, Level::Warning).0,
        Advice::EmptySection
    );

    // A missing translation: the default language's (an error) names it as the main language;
    // another's (a warning) names that language, by its own name.
    let q = broken(|q| {
        q["languages"] = json!(["en", "da"]);
        question(q, 0)["find_out"] = json!({"en": ""});
    });
    let (said, problem) = advice_for(&q, ProblemKind::MissingTranslation, Level::Error);
    assert_eq!(said, Advice::MainLanguageMissing);
    assert!(
        in_words(&problem, &q, "en", "en").contains("English, the questionnaire’s main language")
    );
    let (said, problem) = advice_for(&q, ProblemKind::MissingTranslation, Level::Warning);
    assert_eq!(said, Advice::LanguageIncomplete);
    assert_eq!(
        in_words(&problem, &q, "es", "en"),
        "Algunos textos todavía no están en Dansk y se muestran en el idioma principal: elige \
         Dansk como idioma en el que escribes y completa los campos marcados como pendientes."
    );

    // Gaps: below the lowest tier, above the highest, between two (with their names and the
    // scores, in the interface's way of writing numbers).
    let q = broken(|q| {
        q["verdicts"] = json!([{"id": "only", "min": 10.5, "max": 90, "label": {"en": "Only one", "es": "Solo uno"}, "next": {"en": "Go."}, "leaning": "good"}]);
    });
    let gaps: Vec<String> = (problems(&q).into_iter())
        .filter(|(_, p)| p.kind == ProblemKind::VerdictGap)
        .map(|(_, p)| in_words(&p, &q, "es", "es"))
        .collect();
    assert_eq!(
        gaps,
        [
            "Las puntuaciones de 0 a 10,5 no tienen veredicto: el veredicto más bajo, ‘Solo uno’, debe empezar en 0.",
            "Las puntuaciones de 90 a 100 no tienen veredicto: el veredicto más alto, ‘Solo uno’, debe llegar hasta 100.",
        ]
    );
    let q = broken(|q| q["verdicts"][1]["min"] = json!(60));
    let (said, problem) = advice_for(&q, ProblemKind::VerdictGap, Level::Error);
    assert_eq!(said, Advice::TiersGap);
    assert_eq!(
        in_words(&problem, &q, "en", "en"),
        "Scores from 50 to 60 have no verdict: move the ‘Up to score’ of ‘Walk away’ or the \
         ‘From score’ of ‘Fit with safeguards’ so they meet."
    );
    let q = broken(|q| q["verdicts"][1]["min"] = json!(40));
    let (_, problem) = advice_for(&q, ProblemKind::VerdictOverlap, Level::Error);
    assert!(in_words(&problem, &q, "en", "en").contains("both cover scores from 40 to 50"));

    // Out of reach: a range with nothing in it, or nothing scored at all.
    let q = broken(|q| q["verdicts"][1]["max"] = json!(50));
    assert_eq!(
        advice_for(&q, ProblemKind::VerdictUnreachable, Level::Error).0,
        Advice::TierEmptyRange
    );
    let q = broken(|q| {
        q["dimensions"][0]["weight"] = json!(0);
        q["dimensions"][1]["weight"] = json!(0);
    });
    assert_eq!(
        advice_for(&q, ProblemKind::VerdictUnreachable, Level::Error).0,
        Advice::TierNothingScored
    );
}

#[test]
fn names_are_the_labels_in_the_language_written_in_and_fields_are_the_editors() {
    let q = broken(|q| {
        q["languages"] = json!(["en", "ro"]);
        q["dimensions"].as_array_mut().unwrap().push(
            json!({"id": "spare_dimension", "label": {"en": "Punctuality", "ro": "Punctualitate"}, "weight": 1}),
        );
        question(q, 1)["options"][1]["label"] = json!({"en": ""});
    });
    let (said, problem) = advice_for(&q, ProblemKind::UnusedDimension, Level::Warning);
    assert_eq!(said, Advice::DimensionUnused);
    let ro = in_words(&problem, &q, "da", "ro");
    assert!(ro.contains("‘Punctualitate’"), "{ro}");
    assert!(ro.starts_with("Intet svar giver point"), "{ro}");
    // Without a name in any language, the part is named as the editor numbers it.
    let q = broken(|q| {
        q["dimensions"]
            .as_array_mut()
            .unwrap()
            .push(json!({"id": "spare_dimension", "label": {}, "weight": 1}));
    });
    let (_, problem) = advice_for(&q, ProblemKind::UnusedDimension, Level::Warning);
    assert!(in_words(&problem, &q, "en", "en").contains("‘Dimension 3’"));

    // An emptied option is named by its field, as the editor labels it.
    let q = broken(|q| question(q, 1)["options"][1]["label"] = json!({"en": ""}));
    let (said, problem) = advice_for(&q, ProblemKind::MissingTranslation, Level::Error);
    assert_eq!(said, Advice::TextEmpty);
    assert_eq!(
        in_words(&problem, &q, "es", "en"),
        "‘Opción 2’ está vacío en English: todos los textos necesitan palabras en el idioma \
         principal del cuestionario, así que escríbelo."
    );
}

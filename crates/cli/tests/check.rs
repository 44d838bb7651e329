//! `lint::check`, the prospect's widget's check of a questionnaire file (what `load` runs
//! without the core's `full-lint` feature), against the whole linter on every file of
//! `tests/lint_fixtures/`: it reports exactly the linter's errors, with the same places and
//! messages, but for the few it leaves to the consultant's tools.

use std::path::PathBuf;

use client_fit_core::lint::{Level, MAX_CONDITION_DEPTH, Problem, ProblemKind, check, lint};
use client_fit_core::load::parse;
use client_fit_core::model::{Condition, Question};

fn fixtures() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/lint_fixtures");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.expect("a directory entry").path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, text)
        })
        .collect();
    files.sort();
    files
}

/// The linter's errors `check` does not look for: they are about the file's quality, not
/// about whether scoring and the prospect's screens work (a missing translation falls back to
/// another language, letters are the consultant's, a tier no score reaches is never shown).
fn left_to_the_linter(problem: &Problem) -> bool {
    matches!(
        problem.kind,
        ProblemKind::MissingTranslation | ProblemKind::UnknownLetter
    ) || (problem.kind == ProblemKind::VerdictUnreachable
        && problem.message.starts_with("no answer gives points"))
}

#[test]
fn check_reports_the_linters_errors_that_matter_to_scoring_and_nothing_else() {
    let mut refused = Vec::new();
    for (name, text) in fixtures() {
        // Files that do not parse never reach either: `parse` refuses them the same way.
        let Ok(questionnaire) = parse(&text) else {
            continue;
        };
        let expected: Vec<Problem> = lint(&questionnaire)
            .into_iter()
            .filter(|p| p.level == Level::Error && !left_to_the_linter(p))
            .collect();
        let checked = check(&questionnaire);
        assert_eq!(checked, expected, "{name}");
        if !checked.is_empty() {
            refused.push(name);
        }
    }
    // Not vacuous: each of these mistakes would make scoring or the screens go wrong.
    for name in [
        "bad_id.json",
        "condition_type.json",
        "cycle.json",
        "duplicate_id.json",
        "empty.json",
        "points_out_of_range.json",
        "unknown_dimension.json",
        "unknown_flag.json",
        "unknown_option.json",
        "unknown_question.json",
        "unknown_safeguard.json",
        "unknown_verdict.json",
        "verdict_gap.json",
        "verdict_overlap.json",
        "verdict_unreachable.json",
        "weight_out_of_range.json",
    ] {
        assert!(refused.iter().any(|r| r == name), "{name} passed the check");
    }
}

#[test]
fn check_lets_through_what_only_the_linter_warns_about() {
    for name in [
        "flag_never_raised.json",
        "flagged_scores_higher.json",
        "missing_other_translation.json",
        "missing_translation.json",
        "no_effect.json",
        "unknown_letter.json",
        "unused_dimension.json",
        "unused_safeguard.json",
        "valid.json",
        "verdict_unreachable_no_points.json",
    ] {
        let text = fixtures()
            .into_iter()
            .find(|(n, _)| n == name)
            .map(|(_, text)| text)
            .unwrap_or_else(|| panic!("{name} is missing"));
        let questionnaire = parse(&text).unwrap_or_else(|p| panic!("{name}: {p}"));
        assert_eq!(check(&questionnaire), [], "{name}");
    }
}

#[test]
fn check_refuses_a_chain_of_conditions_too_deep_to_evaluate() {
    // Visibility is worked out recursively: the depth limit is what keeps a long chain from
    // overflowing the wasm stack, so the check keeps it.
    let text = fixtures()
        .into_iter()
        .find(|(n, _)| n == "valid.json")
        .map(|(_, text)| text)
        .expect("valid.json");
    let mut questionnaire = parse(&text).expect("valid.json parses");
    for n in 0..=MAX_CONDITION_DEPTH {
        let mut question: Question = serde_json::from_value(
            serde_json::json!({"id": format!("note{n}"), "kind": "text", "text": {"en": "Note"}}),
        )
        .expect("a text question");
        question.show_if = Some(Condition::Answered(if n == 0 {
            "pays".to_owned()
        } else {
            format!("note{}", n - 1)
        }));
        questionnaire.sections[0].questions.push(question);
    }
    let problems = check(&questionnaire);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].kind, ProblemKind::ConditionTooDeep);
    assert_eq!(
        problems[0].at,
        format!("question `note{MAX_CONDITION_DEPTH}` show_if")
    );
}

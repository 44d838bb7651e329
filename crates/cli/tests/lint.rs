//! The linter, one problem kind at a time: each file under `tests/lint_fixtures/` is the clean
//! `valid.json` with one mistake, and its test checks the kind, the level and the place of what
//! is reported, and that nothing else is. Also the `client-fit-lint` command, end to end.

use std::path::PathBuf;
use std::process::Command;

use client_fit_core::lint::{Level, MAX_CONDITION_DEPTH, Problem, ProblemKind, lint};
use client_fit_core::load::{MAX_FILE_BYTES, load, parse};
use client_fit_core::model::{Condition, Questionnaire};

fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/lint_fixtures")
        .join(name)
}

fn read(name: &str) -> String {
    std::fs::read_to_string(fixture_path(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Every problem in a text, as the command reports them.
fn problems_in(text: &str) -> Vec<Problem> {
    match parse(text) {
        Ok(questionnaire) => lint(&questionnaire),
        Err(problem) => vec![problem],
    }
}

fn problems(name: &str) -> Vec<Problem> {
    problems_in(&read(name))
}

fn valid() -> Questionnaire {
    load(&read("valid.json"))
        .expect("valid.json loads")
        .questionnaire
}

/// Asserts the file has exactly these problems, as `(kind, level, at)`, in any order.
#[track_caller]
fn assert_problems(found: &[Problem], expected: &[(ProblemKind, Level, &str)]) {
    let mut got: Vec<(ProblemKind, Level, &str)> = found
        .iter()
        .map(|p| (p.kind, p.level, p.at.as_str()))
        .collect();
    let mut want = expected.to_vec();
    let key = |p: &(ProblemKind, Level, &str)| format!("{:?}{:?}{}", p.0, p.1, p.2);
    got.sort_by_key(key);
    want.sort_by_key(key);
    assert_eq!(got, want, "all problems: {found:#?}");
}

#[track_caller]
fn assert_only(name: &str, kind: ProblemKind, level: Level, at: &str) -> Problem {
    let found = problems(name);
    assert_problems(&found, &[(kind, level, at)]);
    let problem = found.into_iter().next().unwrap();
    assert!(!problem.message.is_empty());
    problem
}

use Level::{Error, Warning};
use ProblemKind as K;

#[test]
fn the_clean_file_and_the_sample_have_no_problems() {
    assert_problems(&problems("valid.json"), &[]);
    let sample = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures/minimal.json"),
    )
    .unwrap();
    assert_problems(&problems_in(&sample), &[]);
}

// ---------------------------------------------------------------------------------------------
// Reading the file

#[test]
fn syntax_errors_give_the_line_and_column() {
    let problem = assert_only("syntax.json", K::Syntax, Error, "file");
    // The comma is missing at the end of line 4, so the parser stumbles at the start of line 5.
    assert_eq!((problem.line, problem.column), (Some(5), Some(3)));
    assert!(
        problem.to_string().contains("(line 5, column 3)"),
        "{problem}"
    );
}

#[test]
fn a_cut_off_file_says_so() {
    let problem = assert_only("cut_off.json", K::Syntax, Error, "file");
    assert_eq!((problem.line, problem.column), (Some(77), Some(4)));
    assert!(problem.message.contains("cut off"), "{}", problem.message);
}

#[test]
fn type_errors_give_the_json_path_line_and_column() {
    let problem = assert_only("type_error.json", K::Type, Error, "dimensions[0].weight");
    assert_eq!((problem.line, problem.column), (Some(18), Some(23)));
    assert!(problem.message.contains("\"heavy\""), "{}", problem.message);
}

#[test]
fn unknown_fields_are_type_errors_with_their_place() {
    let problem = assert_only(
        "unknown_field.json",
        K::Type,
        Error,
        "sections[0].questions[1].colour",
    );
    assert_eq!((problem.line, problem.column), (Some(77), Some(18)));
    assert!(
        problem.message.contains("unknown field `colour`"),
        "{}",
        problem.message
    );
}

#[test]
fn a_newer_format_is_refused_with_a_clear_message() {
    let problem = assert_only("format_newer.json", K::FormatVersion, Error, "format");
    assert!(problem.message.contains("newer"), "{}", problem.message);
}

#[test]
fn a_missing_format_is_refused() {
    assert_only("format_missing.json", K::FormatVersion, Error, "format");
    // Also when the file is not an object at all, or the format is no whole number.
    assert_problems(
        &problems_in("[1, 2]"),
        &[(K::FormatVersion, Error, "format")],
    );
    let text = read("valid.json").replace("\"format\": 1,", "\"format\": 1.5,");
    assert_problems(&problems_in(&text), &[(K::FormatVersion, Error, "format")]);
}

#[test]
fn too_large_files_are_refused_before_reading() {
    let text = format!(
        "{{\"format\": 1, \"id\": \"{}\"}}",
        "x".repeat(MAX_FILE_BYTES)
    );
    assert_problems(&problems_in(&text), &[(K::TooLarge, Error, "file")]);
}

#[test]
fn trailing_text_after_the_questionnaire_is_a_syntax_error() {
    let text = format!("{}\n{{}}", read("valid.json"));
    let found = problems_in(&text);
    assert_problems(&found, &[(K::Syntax, Error, "file")]);
}

// ---------------------------------------------------------------------------------------------
// Structure and ids

#[test]
fn a_questionnaire_without_questions_is_empty() {
    let found = problems("empty.json");
    let has = |kind, level, at: &str| {
        found
            .iter()
            .any(|p| (p.kind, p.level, p.at.as_str()) == (kind, level, at))
    };
    assert!(has(K::Empty, Error, "sections"), "{found:#?}");
    assert!(has(K::Empty, Warning, "section `basics`"), "{found:#?}");
    assert!(load(&read("empty.json")).is_err());
}

#[test]
fn ids_must_be_unique_and_options_are_named_with_their_question() {
    let found = problems("duplicate_id.json");
    assert_problems(
        &found,
        &[
            (K::DuplicateId, Error, "question `pays`"),
            (K::DuplicateId, Error, "question `pays` option `early`"),
        ],
    );
}

#[test]
fn ids_must_be_lowercase_words() {
    assert_only("bad_id.json", K::BadId, Error, "question `Threat Level`");
    let mut q = valid();
    q.dimensions[0].id = "m".repeat(65);
    q.sections[0].questions[0].options[0].points = [("m".repeat(65), 2.0)].into();
    q.sections[0].questions[0].options[1].points = [("m".repeat(65), -2.0)].into();
    q.sections[0].questions[1]
        .yes
        .as_mut()
        .unwrap()
        .points
        .clear();
    q.sections[0].questions[1]
        .no
        .as_mut()
        .unwrap()
        .points
        .clear();
    let at = format!("dimension `{}`", "m".repeat(65));
    assert_problems(&lint(&q), &[(K::BadId, Error, &at)]);
}

#[test]
fn a_question_must_have_what_its_kind_needs() {
    assert_only(
        "kind_mismatch.json",
        K::KindMismatch,
        Error,
        "question `pays`",
    );
    // Fields another kind would use are ignored, with a warning.
    let mut q = valid();
    q.sections[0].questions[1].options = q.sections[0].questions[0].options.clone();
    assert_problems(
        &lint(&q),
        &[(K::KindMismatch, Warning, "question `threat`")],
    );
    // A scale needs exactly five steps.
    let mut q = valid();
    let scale = serde_json::json!({"id": "respect", "kind": "scale", "text": {"en": "Respect"},
        "scale": {"low": {"en": "Low"}, "high": {"en": "High"}, "steps": [{"points": {"money": 1}}]}});
    q.sections[0]
        .questions
        .push(serde_json::from_value(scale).unwrap());
    assert_problems(&lint(&q), &[(K::KindMismatch, Error, "question `respect`")]);
}

// ---------------------------------------------------------------------------------------------
// Conditions

#[test]
fn conditions_must_name_existing_questions() {
    assert_only(
        "unknown_question.json",
        K::UnknownQuestion,
        Error,
        "question `threat` show_if",
    );
}

#[test]
fn conditions_must_name_existing_options() {
    assert_only(
        "unknown_option.json",
        K::UnknownOption,
        Error,
        "question `threat` show_if",
    );
    // "yes" and "no" are the options of a yes/no question; nothing else is.
    let mut q = valid();
    q.sections[0].questions[0].show_if = Some(condition(
        r#"{"is": {"question": "threat", "option": "maybe"}}"#,
    ));
    assert_problems(
        &lint(&q),
        &[(K::UnknownOption, Error, "question `pays` show_if")],
    );
}

fn condition(json: &str) -> Condition {
    serde_json::from_str(json).unwrap()
}

#[test]
fn conditions_must_test_a_question_in_a_way_its_kind_allows() {
    assert_only(
        "condition_type.json",
        K::ConditionType,
        Error,
        "question `threat` show_if",
    );
    // `any_of` with no options never holds.
    let mut q = valid();
    q.sections[0].questions[1].show_if = Some(condition(
        r#"{"any_of": {"question": "pays", "options": []}}"#,
    ));
    assert_problems(
        &lint(&q),
        &[(K::ConditionType, Error, "question `threat` show_if")],
    );
    // A comparison needs a value or a profile field, not both and not neither.
    let mut q = valid();
    q.sections[0].questions.push(
        serde_json::from_value(serde_json::json!({"id": "budget", "kind": "number", "text": {"en": "Budget"},
            "number": {"unit": "money", "rules": [{"op": "lt", "than": {"value": 5, "profile": "min_budget"},
                "points": {"money": -1}}]}}))
        .unwrap(),
    );
    q.sections[0].questions[1].show_if = Some(condition(
        r#"{"compare": {"question": "budget", "op": "lt", "than": {}}}"#,
    ));
    assert_problems(
        &lint(&q),
        &[
            (K::ConditionType, Error, "question `budget`"),
            (K::ConditionType, Error, "question `threat` show_if"),
        ],
    );
}

#[test]
fn conditions_must_not_depend_on_themselves() {
    let problem = assert_only("cycle.json", K::ConditionCycle, Error, "question `pays`");
    assert!(
        problem.message.contains("pays → threat → pays"),
        "{}",
        problem.message
    );
    // Also through a section's condition naming one of its own questions.
    let mut q = valid();
    q.sections[0].show_if = Some(condition(r#"{"answered": "pays"}"#));
    assert_problems(&lint(&q), &[(K::ConditionCycle, Error, "question `pays`")]);
}

/// A chain of `length` text questions, each shown only when the one before was answered.
fn chain(length: usize) -> Questionnaire {
    let mut q = valid();
    let template = serde_json::json!({"id": "", "kind": "text", "text": {"en": "Note"}});
    for n in 0..length {
        let mut question: client_fit_core::model::Question =
            serde_json::from_value(template.clone()).unwrap();
        question.id = format!("note{n}");
        question.show_if = Some(Condition::Answered(if n == 0 {
            "pays".to_owned()
        } else {
            format!("note{}", n - 1)
        }));
        q.sections[0].questions.push(question);
    }
    q
}

#[test]
fn chains_of_conditions_have_a_depth_limit() {
    assert_problems(&lint(&chain(MAX_CONDITION_DEPTH)), &[]);
    let deepest = format!("question `note{}` show_if", MAX_CONDITION_DEPTH);
    assert_problems(
        &lint(&chain(MAX_CONDITION_DEPTH + 1)),
        &[(K::ConditionTooDeep, Error, &deepest)],
    );
}

#[test]
fn a_very_long_chain_is_reported_not_a_stack_overflow() {
    // Test threads have small stacks; a recursive walk would overflow long before this.
    let length = 50_000;
    let deepest = format!("question `note{}` show_if", length - 1);
    assert_problems(
        &lint(&chain(length)),
        &[(K::ConditionTooDeep, Error, &deepest)],
    );
}

// ---------------------------------------------------------------------------------------------
// Dimensions, weights and points

#[test]
fn points_must_go_to_defined_dimensions() {
    assert_only(
        "unknown_dimension.json",
        K::UnknownDimension,
        Error,
        "question `threat`",
    );
}

#[test]
fn a_dimension_nothing_scores_is_a_warning() {
    assert_only(
        "unused_dimension.json",
        K::UnusedDimension,
        Warning,
        "dimension `scope`",
    );
    // Zero points do not count as using it.
    let mut q = valid();
    q.dimensions.push(q.dimensions[0].clone());
    q.dimensions[1].id = "scope".into();
    q.sections[0].questions[0].options[0]
        .points
        .insert("scope".into(), 0.0);
    assert_problems(
        &lint(&q),
        &[(K::UnusedDimension, Warning, "dimension `scope`")],
    );
}

#[test]
fn weights_must_be_in_range() {
    assert_only(
        "weight_out_of_range.json",
        K::WeightOutOfRange,
        Error,
        "dimension `money`",
    );
    let mut q = valid();
    q.dimensions[0].weight = 10.5;
    assert_problems(
        &lint(&q),
        &[(K::WeightOutOfRange, Error, "dimension `money`")],
    );
    // A negative weight also leaves nothing to score, so no tier above the lowest is reachable.
    q.dimensions[0].weight = -1.0;
    assert_problems(
        &lint(&q),
        &[
            (K::WeightOutOfRange, Error, "dimension `money`"),
            (K::VerdictUnreachable, Error, "verdict `good`"),
        ],
    );
}

#[test]
fn points_must_be_in_range() {
    assert_only(
        "points_out_of_range.json",
        K::PointsOutOfRange,
        Error,
        "question `pays`",
    );
    let mut q = valid();
    q.sections[0].questions[1]
        .yes
        .as_mut()
        .unwrap()
        .points
        .insert("money".into(), -10.5);
    assert_problems(
        &lint(&q),
        &[(K::PointsOutOfRange, Error, "question `threat`")],
    );
    // The limits themselves are fine.
    let mut q = valid();
    q.sections[0].questions[1]
        .yes
        .as_mut()
        .unwrap()
        .points
        .insert("money".into(), -10.0);
    assert_problems(&lint(&q), &[]);
}

#[test]
fn a_scored_question_that_affects_nothing_is_a_warning() {
    assert_only(
        "no_effect.json",
        K::NoEffect,
        Warning,
        "question `referral`",
    );
}

#[test]
fn a_flagged_answer_must_not_score_higher_than_an_unflagged_one() {
    assert_only(
        "flagged_scores_higher.json",
        K::FlaggedAnswerScoresHigher,
        Warning,
        "question `pays`",
    );
}

#[test]
fn a_flagged_answer_must_not_score_higher_through_its_tag_either() {
    // The options alone are fine; a profile welcoming the flagged option's tag is not.
    assert_only(
        "flagged_scores_higher_tag.json",
        K::FlaggedAnswerScoresHigher,
        Warning,
        "question `pays`",
    );
}

#[test]
fn a_flagged_number_rule_must_not_give_points() {
    let mut q = valid();
    let question = serde_json::json!({"id": "budget", "kind": "number", "text": {"en": "Budget"},
    "number": {"unit": "money", "rules": [
        {"op": "lt", "than": {"profile": "min_budget"}, "points": {"money": 1}, "flags": ["slow_payer"]}
    ]}});
    q.sections[0]
        .questions
        .push(serde_json::from_value(question).unwrap());
    // Matching no rule gives 0, which is less than the flagged rule's 1.
    assert_problems(
        &lint(&q),
        &[(K::FlaggedAnswerScoresHigher, Warning, "question `budget`")],
    );
}

#[test]
fn adding_a_flagged_option_to_a_selection_must_not_add_points() {
    let mut q = valid();
    let question = serde_json::json!({"id": "signs", "kind": "multi", "text": {"en": "Signs"},
    "options": [
        {"id": "calm", "label": {"en": "Calm"}, "points": {"money": -1}},
        {"id": "shouts", "label": {"en": "Shouts"}, "points": {"money": 1}, "flags": ["abuse"]}
    ]});
    q.sections[0]
        .questions
        .push(serde_json::from_value(question).unwrap());
    assert_problems(
        &lint(&q),
        &[(K::FlaggedAnswerScoresHigher, Warning, "question `signs`")],
    );
}

// ---------------------------------------------------------------------------------------------
// Translations

#[test]
fn a_text_missing_the_default_language_is_an_error() {
    let problem = assert_only(
        "missing_translation.json",
        K::MissingTranslation,
        Error,
        "language `en`",
    );
    assert!(
        problem.message.contains("question `threat` text"),
        "{}",
        problem.message
    );
}

#[test]
fn a_text_missing_another_declared_language_is_a_warning() {
    let problem = assert_only(
        "missing_other_translation.json",
        K::MissingTranslation,
        Warning,
        "language `da`",
    );
    // Many places, one problem: the first few are named and the rest counted.
    assert!(
        problem.message.contains("and 15 more"),
        "{}",
        problem.message
    );
    assert!(
        load(&read("missing_other_translation.json")).is_ok(),
        "warnings must not stop loading"
    );
}

// ---------------------------------------------------------------------------------------------
// Verdicts

#[test]
fn verdict_tiers_must_not_overlap() {
    assert_only(
        "verdict_overlap.json",
        K::VerdictOverlap,
        Error,
        "verdicts `bad` and `good`",
    );
}

#[test]
fn verdict_tiers_must_not_leave_gaps() {
    assert_only(
        "verdict_gap.json",
        K::VerdictGap,
        Error,
        "verdicts `bad` and `good`",
    );
    let mut q = valid();
    q.verdicts[1].min = 10.0;
    assert_problems(&lint(&q), &[(K::VerdictGap, Error, "verdict `bad`")]);
    let mut q = valid();
    q.verdicts[0].max = 90.0;
    assert_problems(&lint(&q), &[(K::VerdictGap, Error, "verdict `good`")]);
}

#[test]
fn a_wide_tier_over_narrow_ones_overlaps_but_leaves_no_gap() {
    let mut q = valid();
    let mut narrow = q.verdicts[0].clone();
    (narrow.id, narrow.min, narrow.max) = ("narrow".into(), 10.0, 20.0);
    let mut wide = q.verdicts[1].clone();
    (wide.id, wide.max) = ("wide".into(), 60.0);
    q.verdicts[1].max = 30.0;
    q.verdicts.push(narrow);
    q.verdicts.push(wide);
    // bad 0..30, narrow 10..20, wide 0..60, good 60..100.
    let found = lint(&q);
    assert!(found.iter().all(|p| p.kind != K::VerdictGap), "{found:#?}");
    assert!(
        found.iter().any(|p| p.kind == K::VerdictOverlap),
        "{found:#?}"
    );
}

#[test]
fn a_tier_no_score_falls_in_is_unreachable() {
    assert_only(
        "verdict_unreachable.json",
        K::VerdictUnreachable,
        Error,
        "verdict `maybe`",
    );
    // A tier reaching past 100 is one mistake, not also a gap.
    let mut q = valid();
    q.verdicts[0].max = 120.0;
    assert_problems(&lint(&q), &[(K::PointsOutOfRange, Error, "verdict `good`")]);
}

#[test]
fn tiers_above_the_lowest_are_unreachable_when_no_answer_scores() {
    // Only the lowest tier, through a deal-breaker, can still be reached.
    assert_problems(
        &problems("verdict_unreachable_no_points.json"),
        &[
            (K::VerdictUnreachable, Error, "verdict `good`"),
            (K::UnusedDimension, Warning, "dimension `money`"),
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// Flags, safeguards and letters

#[test]
fn raised_flags_must_be_defined() {
    assert_only(
        "unknown_flag.json",
        K::UnknownFlag,
        Error,
        "question `threat`",
    );
}

#[test]
fn a_flag_no_answer_raises_is_a_warning() {
    assert_only(
        "flag_never_raised.json",
        K::FlagNeverRaised,
        Warning,
        "flag `distrust`",
    );
}

#[test]
fn recommended_safeguards_must_be_defined() {
    assert_only(
        "unknown_safeguard.json",
        K::UnknownSafeguard,
        Error,
        "flag `abuse`",
    );
}

#[test]
fn a_safeguard_no_flag_recommends_is_a_warning() {
    assert_only(
        "unused_safeguard.json",
        K::UnusedSafeguard,
        Warning,
        "safeguard `record`",
    );
}

#[test]
fn offered_letters_must_be_defined() {
    assert_only(
        "unknown_letter.json",
        K::UnknownLetter,
        Error,
        "verdict `good`",
    );
}

#[test]
fn a_cap_naming_an_unknown_verdict_is_an_error() {
    assert_only(
        "unknown_verdict.json",
        K::UnknownVerdict,
        Error,
        "flag `slow_payer`",
    );
}

// ---------------------------------------------------------------------------------------------
// Loading

#[test]
fn errors_stop_loading_and_come_first() {
    let errors = load(&read("unknown_letter.json")).unwrap_err();
    assert_eq!(errors[0].kind, K::UnknownLetter);
    let mut text = read("unused_safeguard.json");
    text = text.replace(
        "\"letters\": [\n        \"decline\"\n      ]",
        "\"letters\": [\"welcome\"]",
    );
    let problems = load(&text).unwrap_err();
    let levels: Vec<Level> = problems.iter().map(|p| p.level).collect();
    assert_eq!(levels, [Error, Warning], "{problems:#?}");
}

#[test]
fn warnings_do_not_stop_loading() {
    let loaded = load(&read("unused_safeguard.json")).expect("loads");
    assert_eq!(loaded.warnings.len(), 1);
    assert_eq!(loaded.warnings[0].kind, K::UnusedSafeguard);
}

#[test]
fn every_fixture_file_is_tested() {
    // A new fixture without a test would prove nothing.
    let this = include_str!("lint.rs");
    for entry in std::fs::read_dir(fixture_path("")).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(
            this.contains(&format!("\"{name}\"")),
            "{name} is not used by any test"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The command

fn lint_command(args: &[PathBuf]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_client-fit-lint"))
        .args(args)
        .output()
        .expect("the linter runs")
}

#[test]
fn the_command_exits_0_on_a_clean_file() {
    let output = lint_command(&[fixture_path("valid.json")]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("0 error(s), 0 warning(s)"), "{stdout}");
}

#[test]
fn the_command_exits_0_when_there_are_only_warnings() {
    let output = lint_command(&[fixture_path("unused_safeguard.json")]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("warning: safeguard `record`"), "{stdout}");
}

#[test]
fn the_command_exits_1_on_a_broken_file_and_says_where() {
    let output = lint_command(&[fixture_path("valid.json"), fixture_path("type_error.json")]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("error: dimensions[0].weight (line 18, column 23)"),
        "{stdout}"
    );
    let output = lint_command(&[fixture_path("no-such-file.json")]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
}

#[test]
fn the_command_writes_a_prospects_copy_that_loads_without_the_consultants_texts() {
    let dir = std::env::temp_dir().join(format!("client-fit-lint-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("prospect.json");
    let flag = PathBuf::from("--prospect-copy");
    let output = lint_command(&[flag.clone(), fixture_path("valid.json"), out.clone()]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let text = std::fs::read_to_string(&out).unwrap();
    let copy = load(&text).expect("the copy loads").questionnaire;
    assert!(copy.prospect_copy);
    assert!(copy.letters.is_empty() && copy.safeguards.is_empty());
    assert!(
        copy.flags
            .iter()
            .all(|f| f.advice.is_empty() && f.reason.is_empty())
    );
    assert_eq!(copy.questions().count(), valid().questions().count());
    // A broken file writes nothing; the wrong arguments are a usage error.
    let broken = dir.join("broken.json");
    let output = lint_command(&[
        flag.clone(),
        fixture_path("type_error.json"),
        broken.clone(),
    ]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(!broken.exists());
    let output = lint_command(&[flag.clone(), fixture_path("valid.json")]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    // Never over the questionnaire itself.
    let output = lint_command(&[flag, out.clone(), out.clone()]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), text);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_command_exits_2_without_files() {
    let output = lint_command(&[]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stderr).contains("usage"));
}

#[test]
fn following_the_no_effect_advice_gives_a_file_with_no_problems() {
    let mut q = load(&read("no_effect.json")).expect("loads").questionnaire;
    let advised: Vec<String> = lint(&q)
        .into_iter()
        .filter(|p| p.kind == K::NoEffect)
        .map(|p| {
            p.at.trim_start_matches("question `")
                .trim_end_matches('`')
                .to_owned()
        })
        .collect();
    assert!(!advised.is_empty());
    // The advice: "make it a `text` question".
    for section in &mut q.sections {
        for question in section
            .questions
            .iter_mut()
            .filter(|qn| advised.contains(&qn.id))
        {
            question.kind = client_fit_core::model::Kind::Text;
            question.options.clear();
            question.yes = None;
            question.no = None;
            question.scale = None;
            question.number = None;
        }
    }
    assert_problems(&lint(&q), &[]);
}

#[test]
fn a_question_whose_answer_shows_another_has_an_effect_without_points() {
    let mut q = valid();
    let threat = &mut q.sections[0].questions[1];
    for effect in [threat.yes.as_mut().unwrap(), threat.no.as_mut().unwrap()] {
        effect.points.clear();
        effect.flags.clear();
    }
    // (Its flag is now never raised: a warning of its own, beside the point here.)
    let never = (K::FlagNeverRaised, Warning, "flag `abuse`");
    assert_problems(
        &lint(&q),
        &[(K::NoEffect, Warning, "question `threat`"), never],
    );
    // Once another question's condition tests it, turning it into text would break that: no
    // advice to.
    let mut follow_up = q.sections[0].questions[1].clone();
    follow_up.id = "what_happened".into();
    follow_up.kind = client_fit_core::model::Kind::Text;
    follow_up.yes = None;
    follow_up.no = None;
    follow_up.show_if = Some(Condition::Is {
        question: "threat".into(),
        option: "yes".into(),
    });
    q.sections[0].questions.push(follow_up);
    assert_problems(&lint(&q), &[never]);
}

//! A broken custom questionnaire is refused with a clear message however the core is built: with
//! the default `full-lint` feature (the consultant's app, the CLI) and without it (the
//! prospect's widget, whose `load` runs only `lint::check`). `make test-native` runs this file
//! both ways (`cargo test -p client-fit-core --no-default-features --test widget_load`).

use client_fit_core::backup::Custom;
use client_fit_core::lint::{Level, ProblemKind, Problems};
use client_fit_core::load::load;
use serde_json::{Value, json};

const MINIMAL: &str = include_str!("fixtures/minimal.json");

/// The sample file with `change` applied to its JSON.
fn minimal_with(change: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(MINIMAL).expect("the sample is JSON");
    change(&mut value);
    value.to_string()
}

fn questions(value: &mut Value) -> &mut Vec<Value> {
    value["sections"][0]["questions"]
        .as_array_mut()
        .expect("the sample's first section has questions")
}

/// Loads `text`, expecting it refused for `kind`, and returns the message as the widget shows
/// it (`error: <where>: <what>`).
#[track_caller]
fn refused(text: &str, kind: ProblemKind) -> String {
    let problems = load(text).expect_err("a broken file must be refused");
    // With `full-lint`, the warnings follow the errors.
    assert!(
        (problems.iter()).any(|p| p.kind == kind && p.level == Level::Error),
        "no {kind:?} error in {problems:#?}"
    );
    // The inline and `questionnaire_url` questionnaires go through `Custom::read`.
    let value: Value = serde_json::from_str(text).expect("the file is JSON");
    assert_eq!(Custom::read(value).map(|_| ()), Err(problems.clone()));
    Problems(problems).to_string()
}

#[test]
fn the_sample_loads() {
    assert!(load(MINIMAL).is_ok());
}

#[test]
fn a_repeated_question_id_is_refused() {
    let text = minimal_with(|q| questions(q)[1]["id"] = json!("budget"));
    let message = refused(&text, ProblemKind::DuplicateId);
    assert!(
        message.contains("the question id `budget` is used more than once"),
        "{message}"
    );
}

#[test]
fn a_condition_on_a_question_that_does_not_exist_is_refused() {
    let text = minimal_with(|q| {
        questions(q)[3]["show_if"] = json!({"is": {"question": "threatend", "option": "yes"}});
    });
    let message = refused(&text, ProblemKind::UnknownQuestion);
    assert!(
        message.contains("question `why_threat` show_if")
            && message.contains("names a question `threatend` that does not exist"),
        "{message}"
    );
}

#[test]
fn a_condition_on_an_option_that_does_not_exist_is_refused() {
    let text = minimal_with(|q| {
        questions(q)[3]["show_if"] = json!({"is": {"question": "pays_on_time", "option": "never"}});
    });
    let message = refused(&text, ProblemKind::UnknownOption);
    assert!(message.contains("has no option `never`"), "{message}");
}

#[test]
fn a_condition_cycle_is_refused() {
    let text = minimal_with(|q| {
        questions(q)[2]["show_if"] = json!({"answered": "why_threat"});
    });
    let message = refused(&text, ProblemKind::ConditionCycle);
    assert!(message.contains("depends"), "{message}");
}

#[test]
fn points_for_an_unknown_dimension_and_an_unknown_flag_are_refused() {
    let text = minimal_with(|q| {
        questions(q)[2]["yes"] = json!({"points": {"manners": -3}, "flags": ["abus"]});
    });
    let message = refused(&text, ProblemKind::UnknownDimension);
    assert!(message.contains("dimension `manners`"), "{message}");
    assert!(message.contains("flag `abus`"), "{message}");
}

#[test]
fn verdict_tiers_that_leave_scores_without_a_verdict_are_refused() {
    let text = minimal_with(|q| {
        let verdicts = q["verdicts"].as_array_mut().expect("verdicts");
        verdicts.remove(0);
    });
    refused(&text, ProblemKind::VerdictGap);
}

#[test]
fn a_scale_without_five_steps_is_refused() {
    let text = minimal_with(|q| {
        questions(q)[4]["scale"]["steps"]
            .as_array_mut()
            .expect("steps")
            .pop();
    });
    let message = refused(&text, ProblemKind::KindMismatch);
    assert!(message.contains("exactly five `steps`"), "{message}");
}

/// A flag nothing raises: a warning of the whole linter, which the check leaves to the
/// consultant's tools.
fn with_a_warning() -> String {
    minimal_with(|q| {
        q["flags"].as_array_mut().expect("flags").push(json!({
            "id": "unused", "severity": "note", "title": {"en": "Unused"},
            "reason": {"en": "Never raised."}, "advice": {"en": "None."}
        }));
    })
}

#[cfg(feature = "full-lint")]
#[test]
fn with_full_lint_warnings_come_with_the_questionnaire() {
    let loaded = load(&with_a_warning()).expect("a warning does not stop loading");
    assert!(
        (loaded.warnings.iter()).any(|p| p.kind == ProblemKind::FlagNeverRaised),
        "{:#?}",
        loaded.warnings
    );
}

#[cfg(not(feature = "full-lint"))]
#[test]
fn without_full_lint_only_errors_are_looked_for() {
    let loaded = load(&with_a_warning()).expect("a warning does not stop loading");
    assert_eq!(loaded.warnings, []);
}

/// A save holding one of the consultant's own questionnaires reads however the core is built:
/// whole with `own-questionnaires` (the app), and without its questionnaire in the widget's
/// build, which never makes one and carries no code to read or write one; the rest of the save
/// is kept either way.
#[test]
fn a_save_with_an_own_questionnaire_reads_in_either_build() {
    use client_fit_core::storage::Saved;
    let questionnaire: Value = serde_json::from_str(MINIMAL).expect("the sample is JSON");
    let id = questionnaire["id"].as_str().expect("an id").to_owned();
    let mut save: Value = serde_json::from_str(&Saved::new().to_json()).expect("a save is JSON");
    save["language"] = json!("da");
    save["own"] = json!([{ "id": id, "edited_ms": 1.0, "questionnaire": questionnaire }]);
    let saved = Saved::from_json(&save.to_string()).expect("the save reads");
    assert_eq!(saved.language.as_deref(), Some("da"));
    assert_eq!(saved.own.len(), 1);
    let kept = saved.own[0].questionnaire.as_ref();
    if cfg!(feature = "own-questionnaires") {
        assert_eq!(kept.map(|q| q.id.as_str()), Some(id.as_str()));
    } else {
        assert!(kept.is_none(), "the widget's build reads no questionnaire");
    }
}

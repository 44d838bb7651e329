//! The editor's number rules and conditions beyond choices, natively: the page rendered with
//! Yew's server renderer shows each rule's test (the comparison, what it compares with, the
//! number or the profile field's factor), its delete button and "Add a rule", and the show-if
//! select offering earlier number and scale questions and the profile's fields, with the
//! comparison's fields once one is picked; each labelled and holding the current values.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use client_fit_core::draft::{AnswerSlot, Change, Shown, compare_for};
use client_fit_core::edit::EditError;
use client_fit_core::model::{Cmp, Condition, Kind, Target};
use client_fit_core::profile::ProfileField;
use client_fit_ui::state::State;
use yew::Reducible;

mod common;
mod editor_common;
use editor_common::*;

/// The blank questionnaire with `question-2` a number question and `question-3` a scale one.
fn with_numbers() -> Rc<State> {
    with_questions(&[("How much?", Kind::Number), ("How much?", Kind::Scale)])
}

/// Two rules on question 2: "less than 500", and "less than half your smallest budget".
fn with_rules() -> Rc<State> {
    let mut state = with_numbers();
    for _ in 0..2 {
        state = change(
            state,
            Change::AddNumberRule {
                question: "question-2".into(),
            },
        );
    }
    let test = |rule, op, than| Change::NumberRuleTest {
        question: "question-2".into(),
        rule,
        op,
        than,
    };
    let state = change(
        state,
        test(0, Cmp::Lt, client_fit_core::draft::fixed(500.0)),
    );
    let state = change(
        state,
        test(
            1,
            Cmp::Le,
            Target {
                value: None,
                profile: Some(ProfileField::MinBudget),
                factor: Some(0.5),
            },
        ),
    );
    change(
        state,
        Change::Points {
            question: "question-2".into(),
            answer: AnswerSlot::Rule(0),
            dimension: "fit".into(),
            points: Some(-2.0),
        },
    )
}

#[test]
fn rules_are_kept_through_the_reducer_and_a_broken_test_is_refused_with_why() {
    let state = with_rules();
    let rules = &open(&state)
        .question("question-2")
        .unwrap()
        .number
        .as_ref()
        .unwrap()
        .rules;
    assert_eq!(rules.len(), 2);
    assert_eq!(rules[1].op, Cmp::Le);
    // The kept questionnaire has them too.
    let kept = state.own_questionnaire("a").unwrap();
    assert_eq!(
        kept.question("question-2")
            .unwrap()
            .number
            .as_ref()
            .unwrap()
            .rules,
        *rules
    );
    let before = state.records.own.clone();
    let refused = change(
        state,
        Change::NumberRuleTest {
            question: "question-2".into(),
            rule: 0,
            op: Cmp::Gt,
            than: Target::default(),
        },
    );
    assert!(matches!(
        refused.screen.edit_refused,
        Some(EditError::Breaks(_))
    ));
    assert!(Rc::ptr_eq(&before, &refused.records.own));
    // Undone through the reducer: the last change (the points) first.
    let back = refused.reduce(client_fit_ui::state::Action::UndoOwn { now_ms: 60.0 });
    let rules = &open(&back)
        .question("question-2")
        .unwrap()
        .number
        .as_ref()
        .unwrap()
        .rules;
    assert!(rules[0].points.is_empty());
}

#[tokio::test]
async fn a_number_without_rules_offers_to_add_one_and_a_new_rule_shows_its_fields() {
    let html = render(with_numbers()).await;
    every_field_labelled(&html);
    assert!(html.contains("This number has no rules yet, so it gives no points."));
    assert!(html.contains(">Add a rule</button>"), "{html}");
    assert!(!html.contains("cf7-editor-q2-a0-op"));

    let state = change(
        with_numbers(),
        Change::AddNumberRule {
            question: "question-2".into(),
        },
    );
    let html = render(state).await;
    every_field_labelled(&html);
    assert!(html.contains("Rule 1 holds when the answer is"), "{html}");
    assert_eq!(label(&html, "cf7-editor-q2-a0-op"), "Comparison");
    assert!(
        select(&html, "cf7-editor-q2-a0-op")
            .contains(r#"<option value="ge" selected="selected">at least</option>"#)
    );
    assert!(
        select(&html, "cf7-editor-q2-a0-than")
            .contains(r#"<option value="fixed" selected="selected">a number</option>"#)
    );
    assert_eq!(label(&html, "cf7-editor-q2-a0-number"), "The number");
    assert!(tag(&html, "cf7-editor-q2-a0-number").contains(r#"value="0""#));
    // Its points and warning signs, as any answer's.
    assert!(label(&html, "cf7-editor-q2-a0-points-0").starts_with("Points for ‘Fit’"));
    assert!(tag(&html, "cf7-editor-q2-a0-points-0").contains(r#"value="""#));
    assert!(html.contains(">Delete rule 1</button>"));
    assert!(!html.contains("This number has no rules yet"));
}

#[tokio::test]
async fn each_rule_shows_its_comparison_target_and_number_or_factor() {
    let html = render(with_rules()).await;
    every_field_labelled(&html);
    // Each rule moves up and down (the first that holds counts), but not past either end.
    let up = tag(&html, "cf7-editor-q2-a0-up");
    assert!(up.contains(r#"aria-label="Move up: rule 1""#) && up.contains("disabled"));
    assert!(!tag(&html, "cf7-editor-q2-a0-down").contains("disabled"));
    assert!(!tag(&html, "cf7-editor-q2-a1-up").contains("disabled"));
    let down = tag(&html, "cf7-editor-q2-a1-down");
    assert!(down.contains(r#"aria-label="Move down: rule 2""#) && down.contains("disabled"));
    // Rule 1: less than 500, −2 points.
    assert!(
        select(&html, "cf7-editor-q2-a0-op")
            .contains(r#"<option value="lt" selected="selected">less than</option>"#)
    );
    assert!(tag(&html, "cf7-editor-q2-a0-number").contains(r#"value="500""#));
    assert!(tag(&html, "cf7-editor-q2-a0-points-0").contains(r#"value="-2""#));
    // Rule 2: at most half the smallest budget, the factor in the number's place.
    let than = select(&html, "cf7-editor-q2-a1-than");
    assert_eq!(label(&html, "cf7-editor-q2-a1-than"), "Compared with");
    assert!(
        than.contains(
            r#"<option value="profile-0" selected="selected">Smallest budget worth taking on</option>"#
        ),
        "{than}"
    );
    assert!(than.contains("Hours a week you can give one client"));
    assert!(
        select(&html, "cf7-editor-q2-a1-op")
            .contains(r#"<option value="le" selected="selected">at most</option>"#)
    );
    assert_eq!(
        label(&html, "cf7-editor-q2-a1-number"),
        "Times (empty for 1)"
    );
    assert!(tag(&html, "cf7-editor-q2-a1-number").contains(r#"value="0.5""#));
    assert!(html.contains(">Delete rule 2</button>"));
    // Each rule's answer is named by its test, the profile field by its name.
    assert!(html.contains("Answered ‘rule 1: &lt; 500’"), "{html}");
    assert!(html.contains("Answered ‘rule 2: ≤ 0.5 × Smallest budget worth taking on’"));

    // Deleted: one rule left, the second now the first.
    let state = change(
        with_rules(),
        Change::DeleteNumberRule {
            question: "question-2".into(),
            rule: 0,
        },
    );
    let html = render(state).await;
    assert!(!html.contains("Delete rule 2"));
    assert!(tag(&html, "cf7-editor-q2-a0-number").contains(r#"value="0.5""#));
}

#[tokio::test]
async fn show_if_offers_earlier_numbers_scales_and_profile_fields() {
    let html = render(with_numbers()).await;
    every_field_labelled(&html);
    // Question 3 may hang on question 1 (yes/no) or question 2 (a number), or the profile.
    let offered = select(&html, "cf7-editor-q3-show");
    assert!(offered.contains("By the answer to question 1: Yes?"));
    assert!(
        offered.contains(r#"<option value="question-2">By the answer to question 2: How much?"#)
    );
    assert!(offered.contains("When your profile has this set: Smallest budget worth taking on"));
    assert!(!offered.contains("question-3"));
    // The first question may hang on the profile only.
    let first = select(&html, "cf7-editor-q1-show");
    assert!(first.contains("When your profile has this set: Days a client has to pay an invoice"));
    assert!(!first.contains("By the answer"));

    // Compared: question 3 shown when question 2's answer is at least 1000.
    let state = change(
        with_numbers(),
        Change::ShowIf {
            at: Shown::Question("question-3".into()),
            condition: Some(compare_for("question-2", Cmp::Ge, 1000.0)),
        },
    );
    let html = render(state).await;
    every_field_labelled(&html);
    assert!(
        select(&html, "cf7-editor-q3-show")
            .contains(r#"<option value="question-2" selected="selected">"#)
    );
    assert!(html.contains("Which answers to question 2 show it"));
    assert_eq!(
        label(&html, "cf7-editor-q3-show-some"),
        "Only an answer that compares like this"
    );
    assert_eq!(label(&html, "cf7-editor-q3-show-op"), "Comparison");
    assert!(
        select(&html, "cf7-editor-q3-show-op")
            .contains(r#"<option value="ge" selected="selected">at least</option>"#)
    );
    assert!(
        select(&html, "cf7-editor-q3-show-than")
            .contains(r#"<option value="fixed" selected="selected">a number</option>"#)
    );
    assert_eq!(label(&html, "cf7-editor-q3-show-value"), "The number");
    assert!(tag(&html, "cf7-editor-q3-show-value").contains(r#"value="1000""#));
    assert!(!html.contains("As the file says"));

    // Compared with a profile field times a factor: the factor in the number's place.
    let state = change(
        with_numbers(),
        Change::ShowIf {
            at: Shown::Question("question-3".into()),
            condition: Some(Condition::Compare {
                question: "question-2".into(),
                op: Cmp::Lt,
                than: Target {
                    value: None,
                    profile: Some(ProfileField::MinWeeks),
                    factor: Some(2.0),
                },
            }),
        },
    );
    let html = render(state).await;
    every_field_labelled(&html);
    assert!(
        select(&html, "cf7-editor-q3-show-op")
            .contains(r#"<option value="lt" selected="selected">less than</option>"#)
    );
    assert!(select(&html, "cf7-editor-q3-show-than").contains(
        r#"<option value="profile-3" selected="selected">Shortest project (weeks)</option>"#
    ));
    assert_eq!(
        label(&html, "cf7-editor-q3-show-value"),
        "Times (empty for 1)"
    );
    assert!(tag(&html, "cf7-editor-q3-show-value").contains(r#"value="2""#));
    assert!(!html.contains("As the file says"));

    // A profile field: picked in the select, nothing more to fill in.
    let state = change(
        with_numbers(),
        Change::ShowIf {
            at: Shown::Question("question-2".into()),
            condition: Some(Condition::ProfileSet(ProfileField::WeeklyHours)),
        },
    );
    let html = render(state).await;
    every_field_labelled(&html);
    assert!(select(&html, "cf7-editor-q2-show").contains(
        r#"selected="selected">When your profile has this set: Hours a week you can give one client"#
    ));
    assert!(!html.contains("cf7-editor-q2-show-op"));
    assert!(!html.contains("As the file says"));

    // Turned around: the same pick, with its box ticked.
    let state = change(
        with_numbers(),
        Change::ShowIf {
            at: Shown::Question("question-3".into()),
            condition: Some(Condition::Not(Box::new(Condition::ProfileSet(
                ProfileField::MinWeeks,
            )))),
        },
    );
    let html = render(state).await;
    every_field_labelled(&html);
    assert!(
        select(&html, "cf7-editor-q3-show")
            .contains(r#"selected="selected">When your profile has this set: "#)
    );
    assert!(tag(&html, "cf7-editor-q3-not").contains("checked"));
    assert!(!html.contains("As the file says"));
}

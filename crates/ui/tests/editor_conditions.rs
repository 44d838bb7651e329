//! The editor's combined show-if conditions, natively: a condition with groups ("any one of
//! these", "all of these"), a group inside a group and a member turned around renders as picks
//! (every member's select, ticks or comparison, its "turn it around" box and its remove
//! button, each labelled and holding the condition's values); a text question can be tested for
//! an answer; the friends-and-family policy is offered; adding a condition through the reducer
//! makes the part's single test the first member of a group.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use client_fit_core::draft::conditions::add_member;
use client_fit_core::draft::{Change, Shown, compare_for};
use client_fit_core::model::{Cmp, Condition, Kind};
use client_fit_core::profile::FriendsPolicy;
use client_fit_ui::state::State;

mod common;
mod editor_common;
use editor_common::*;

/// Question 1 yes/no, 2 a number, 3 a text, 4 yes/no.
fn four() -> Rc<State> {
    with_questions(&[
        ("Question 2?", Kind::Number),
        ("Question 3?", Kind::Text),
        ("Question 4?", Kind::YesNo),
    ])
}

fn show_fourth(state: Rc<State>, condition: Condition) -> Rc<State> {
    change(
        state,
        Change::ShowIf {
            at: Shown::Question("question-4".into()),
            condition: Some(condition),
        },
    )
}

fn is_yes() -> Condition {
    Condition::Is {
        question: "question-1".into(),
        option: "yes".into(),
    }
}

#[tokio::test]
async fn a_combined_condition_shows_as_picks_member_by_member() {
    let condition = Condition::Any(vec![
        is_yes(),
        Condition::Not(Box::new(compare_for("question-2", Cmp::Ge, 1000.0))),
        Condition::All(vec![
            Condition::Answered("question-3".into()),
            Condition::FriendsPolicy(FriendsPolicy::Never),
        ]),
    ]);
    let html = render(show_fourth(four(), condition)).await;
    every_field_labelled(&html);
    assert!(!html.contains("As the file says"));
    // The whole condition: any one of three members.
    assert_eq!(label(&html, "cf7-editor-q4-join"), "When to show it");
    assert!(
        select(&html, "cf7-editor-q4-join")
            .contains(r#"<option value="any" selected="selected">When any one of these holds"#)
    );
    for n in 1..=3 {
        assert!(html.contains(&format!(r#"aria-label="Remove condition {n}""#)));
    }
    assert!(!html.contains(r#"aria-label="Remove condition 4""#));
    // 1: a yes to question 1, ticked; no "Always" inside a group.
    assert_eq!(label(&html, "cf7-editor-q4-c0-show"), "What it tests");
    let first = select(&html, "cf7-editor-q4-c0-show");
    assert!(first.contains(r#"<option value="question-1" selected="selected">"#));
    assert!(!first.contains("Always"));
    assert!(tag(&html, "cf7-editor-q4-c0-show-0").contains("checked"));
    assert!(!tag(&html, "cf7-editor-q4-c0-not").contains("checked"));
    // 2: turned around, a comparison with 1000.
    assert!(tag(&html, "cf7-editor-q4-c1-not").contains("checked"));
    assert_eq!(
        label(&html, "cf7-editor-q4-c1-not"),
        "Turn it around: show it when this is not so"
    );
    assert!(tag(&html, "cf7-editor-q4-c1-show-value").contains(r#"value="1000""#));
    // 3: a group of its own, all of: question 3 answered, and the policy.
    assert_eq!(
        label(&html, "cf7-editor-q4-c2-join"),
        "When this group holds"
    );
    assert!(select(&html, "cf7-editor-q4-c2-join").contains(r#"value="all" selected="selected""#));
    assert!(
        select(&html, "cf7-editor-q4-c2-0-show")
            .contains(r#"<option value="question-3" selected="selected">"#)
    );
    assert!(html.contains("Shown once question 3 has an answer."));
    assert!(select(&html, "cf7-editor-q4-c2-1-show").contains(
        r#"selected="selected">When your friends-and-family policy is: I do not work for friends and family"#
    ));
    assert!(html.contains(r#"id="cf7-editor-q4-add""#));
    assert!(html.contains(r#"id="cf7-editor-q4-c2-add-group""#));
}

#[tokio::test]
async fn a_single_test_offers_any_answer_and_grows_into_a_group() {
    let state = show_fourth(four(), Condition::Answered("question-2".into()));
    let html = render(state.clone()).await;
    every_field_labelled(&html);
    // One test: the part's own ids, any answer picked, and a button to add another.
    assert!(
        select(&html, "cf7-editor-q4-show")
            .contains(r#"<option value="question-2" selected="selected">"#)
    );
    assert_eq!(
        label(&html, "cf7-editor-q4-show-any"),
        "Any answer (but not “I don't know yet”)"
    );
    assert!(tag(&html, "cf7-editor-q4-show-any").contains("checked"));
    assert!(!tag(&html, "cf7-editor-q4-show-some").contains("checked"));
    assert!(!html.contains("cf7-editor-q4-show-op"));
    assert!(html.contains("Add another condition"));
    // Every earlier question is offered, the text one too, with the policies.
    let offered = select(&html, "cf7-editor-q4-show");
    assert!(offered.contains("By the answer to question 3: Question 3?"));
    assert!(offered.contains("When your friends-and-family policy is: A known discount"));

    // "Add another condition", as its button does.
    let whole = Condition::Answered("question-2".into());
    let grown = add_member(&whole, &[], is_yes()).unwrap();
    let html = render(show_fourth(state, grown)).await;
    every_field_labelled(&html);
    assert!(select(&html, "cf7-editor-q4-join").contains(r#"value="all" selected="selected""#));
    assert!(
        select(&html, "cf7-editor-q4-c0-show")
            .contains(r#"<option value="question-2" selected="selected">"#)
    );
    assert!(
        select(&html, "cf7-editor-q4-c1-show")
            .contains(r#"<option value="question-1" selected="selected">"#)
    );
    assert!(!html.contains("Add another condition"));
}

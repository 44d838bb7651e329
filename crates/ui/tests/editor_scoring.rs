//! The editor's scoring parts, natively: the reducer keeps each points, warning-sign and
//! show-if change (and says why a refused one was refused, changing nothing), and the page
//! rendered with Yew's server renderer shows the points inputs, the warning signs ticked on an
//! answer, the warning signs' own fields and the show-if picks, each labelled and holding the
//! questionnaire's current values.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use client_fit_core::draft::{AnswerSlot, Change, FlagField, Shown, condition_for, rename_flag};
use client_fit_core::edit::EditError;
use client_fit_core::model::{Kind, Lens, Questionnaire, Severity};
use client_fit_core::own::{Own, blank};
use client_fit_core::storage::Saved;
use client_fit_ui::state::{Action, State, View};
use yew::prelude::*;

mod common;
mod editor_common;
use editor_common::*;

fn editing() -> Rc<State> {
    let mut start = (*common::start(7, "en")).clone();
    start.view = View::Questionnaires;
    let own = vec![Own::kept(blank("a", "en", Lens::Screen, &WORDS), 1.0)];
    let state = Rc::new(State::restore(
        start,
        Saved {
            profile_asked: true,
            own,
            ..Saved::new()
        },
    ));
    state.reduce(Action::EditOwn(Some("a".into())))
}

fn kept(state: &State) -> &Questionnaire {
    state.own_questionnaire("a").unwrap()
}

fn add_flag() -> Change {
    Change::AddFlag {
        title: "Late payer".into(),
        reason: "Paid late before.".into(),
        advice: "Ask for a deposit.".into(),
    }
}

/// The blank questionnaire with a second question, a warning sign raised by the first
/// question's "No", and the second question shown only after a "Yes" to the first.
fn scored() -> Rc<State> {
    let state = change(
        editing(),
        Change::AddQuestion {
            section: 0,
            at: 1,
            text: "Deposit?".into(),
        },
    );
    let state = change(state, add_flag());
    let state = change(
        state,
        Change::RaiseFlag {
            question: "question-1".into(),
            answer: AnswerSlot::No,
            flag: "flag-1".into(),
            raised: true,
        },
    );
    change(
        state,
        Change::ShowIf {
            at: Shown::Question("question-2".into()),
            condition: Some(condition_for("question-1", &["yes".into()])),
        },
    )
}

#[test]
fn points_changes_are_kept_and_undone_through_the_reducer() {
    let state = change(
        editing(),
        Change::Points {
            question: "question-1".into(),
            answer: AnswerSlot::Yes,
            dimension: "fit".into(),
            points: Some(3.5),
        },
    );
    let yes = kept(&state).sections[0].questions[0].yes.clone().unwrap();
    assert_eq!(yes.points["fit"], 3.5);
    assert_eq!(state.records.own[0].edited_ms, 50.0);
    let state = state.reduce(Action::UndoOwn { now_ms: 60.0 });
    let yes = kept(&state).sections[0].questions[0].yes.clone().unwrap();
    assert_eq!(yes.points["fit"], 1.0);
}

#[test]
fn points_that_are_not_a_number_are_refused_and_change_nothing() {
    let state = editing();
    let before = state.records.own.clone();
    let state = change(
        state,
        Change::Points {
            question: "question-1".into(),
            answer: AnswerSlot::Yes,
            dimension: "fit".into(),
            points: Some(f64::INFINITY),
        },
    );
    assert!(matches!(
        state.screen.edit_refused,
        Some(EditError::Breaks(_))
    ));
    assert!(Rc::ptr_eq(&before, &state.records.own));
}

#[test]
fn flags_and_conditions_are_kept_and_a_deleted_flag_leaves_no_mention() {
    let state = scored();
    let q = kept(&state);
    assert_eq!(q.flags[0].id, "flag-1");
    assert_eq!(
        q.sections[0].questions[0].no.as_ref().unwrap().flags,
        ["flag-1"]
    );
    assert!(q.sections[0].questions[1].show_if.is_some());

    let state = change(state, rename_flag("flag-1", "late"));
    assert_eq!(
        kept(&state).sections[0].questions[0]
            .no
            .as_ref()
            .unwrap()
            .flags,
        ["late"]
    );
    let state = change(
        state,
        Change::FlagSeverity {
            flag: "late".into(),
            severity: Severity::Serious,
        },
    );
    assert_eq!(kept(&state).flags[0].severity, Severity::Serious);
    let state = change(
        state,
        Change::DeleteFlag {
            flag: "late".into(),
        },
    );
    let q = kept(&state);
    assert!(q.flags.is_empty());
    assert!(
        q.sections[0].questions[0]
            .no
            .as_ref()
            .unwrap()
            .flags
            .is_empty()
    );
    assert!(client_fit_core::draft::usable(q));
}

#[tokio::test]
async fn points_inputs_are_labelled_and_hold_the_points() {
    let html = render(editing()).await;
    every_field_labelled(&html);
    assert!(html.contains("What each answer counts for"), "{html}");
    // Yes gives +1 and No −1 to Fit in a blank questionnaire.
    let yes = "cf7-editor-q1-a0-points-0";
    let no = "cf7-editor-q1-a1-points-0";
    assert!(
        tag(&html, yes).contains(r#"value="1""#),
        "{}",
        tag(&html, yes)
    );
    assert!(
        tag(&html, no).contains(r#"value="-1""#),
        "{}",
        tag(&html, no)
    );
    assert!(label(&html, yes).starts_with("Points for ‘Fit’ when answered ‘Yes’"));
    assert!(label(&html, no).starts_with("Points for ‘Fit’ when answered ‘No’"));
    assert!(html.contains("<legend class=\"cf-legend\">Answered ‘Yes’</legend>"));
    // No warning sign to tick yet: the page says where to add one.
    assert!(html.contains("add the sign under Warning signs below"));
    assert!(html.contains("Add a warning sign"));

    // A scale's five steps, its ends named.
    let state = change(
        editing(),
        Change::QuestionKind {
            id: "question-1".into(),
            kind: Kind::Scale,
        },
    );
    let html = render(state).await;
    every_field_labelled(&html);
    assert!(
        label(&html, "cf7-editor-q1-a4-points-0")
            .starts_with("Points for ‘Fit’ when answered ‘5 (5)’")
    );
    assert!(tag(&html, "cf7-editor-q1-a4-points-0").contains(r#"value="2""#));
    assert!(tag(&html, "cf7-editor-q1-a2-points-0").contains(r#"value="0""#));
}

#[tokio::test]
async fn warning_signs_are_ticked_on_answers_and_edited_in_their_own_list() {
    let html = render(scored()).await;
    every_field_labelled(&html);
    // Question 1: "No" raises it, "Yes" does not.
    let on_no = "cf7-editor-q1-a1-flag-0";
    let on_yes = "cf7-editor-q1-a0-flag-0";
    assert!(
        tag(&html, on_no).contains("checked"),
        "{}",
        tag(&html, on_no)
    );
    assert!(!tag(&html, on_yes).contains("checked"));
    assert_eq!(label(&html, on_no), "Late payer");
    assert!(html.contains("Warning signs ‘No’ raises"));
    // The warning sign's own fields.
    assert!(html.contains("<legend class=\"cf-legend\">Warning sign 1</legend>"));
    assert!(tag(&html, "cf7-editor-f1-title").contains(r#"value="Late payer""#));
    assert!(tag(&html, "cf7-editor-f1-id").contains(r#"value="flag-1""#));
    assert!(tag(&html, "cf7-editor-f1-reason").contains(r#"value="Paid late before.""#));
    assert!(tag(&html, "cf7-editor-f1-advice").contains(r#"value="Ask for a deposit.""#));
    assert_eq!(label(&html, "cf7-editor-f1-severity"), "How serious");
    assert!(html.contains(r#"<option value="caution" selected="selected">Caution</option>"#));
    assert!(html.contains(r#"aria-label="Delete warning sign 1""#));

    // An emptied name is a problem shown at the sign, which its fields point to.
    let state = change(
        scored(),
        Change::FlagText {
            flag: "flag-1".into(),
            field: FlagField::Title,
            text: String::new(),
        },
    );
    let html = render(state).await;
    assert!(
        html.contains(r#"<ul id="cf7-editor-f1-problems" class="cf-editor-problems">"#),
        "{html}"
    );
    assert!(
        tag(&html, "cf7-editor-f1-title").contains(r#"aria-describedby="cf7-editor-f1-problems""#)
    );
}

#[tokio::test]
async fn show_if_offers_earlier_questions_and_ticks_their_answers() {
    let html = render(scored()).await;
    every_field_labelled(&html);
    // Question 1 has nothing before it: always shown, and the page says why.
    assert_eq!(label(&html, "cf7-editor-q1-show"), "When to show it");
    assert!(
        html.contains(
            "No question is asked before it yet, so only your profile can show or hide it."
        )
    );
    // Question 2 is shown after a "Yes" to question 1.
    let select = &html[html.find(r#"id="cf7-editor-q2-show""#).unwrap()..];
    let select = &select[..select.find("</select>").unwrap()];
    assert!(select.contains("Always"));
    assert!(
        select.contains("By the answer to question 1: Yes?"),
        "{select}"
    );
    assert!(html.contains("Which answers to question 1 show it"));
    // Only the ticked answers, not any answer at all.
    assert_eq!(
        label(&html, "cf7-editor-q2-show-some"),
        "Only the answers ticked here"
    );
    assert!(tag(&html, "cf7-editor-q2-show-some").contains("checked"));
    assert!(!tag(&html, "cf7-editor-q2-show-any").contains("checked"));
    assert!(tag(&html, "cf7-editor-q2-show-0").contains("checked"));
    assert!(!tag(&html, "cf7-editor-q2-show-1").contains("checked"));
    assert_eq!(label(&html, "cf7-editor-q2-show-0"), "Yes");
    assert_eq!(label(&html, "cf7-editor-q2-show-1"), "No");
    assert!(select.contains(r#"<option value="question-1" selected="selected">"#));
    assert!(!select.contains(r#"<option value="" selected"#));

    // A section after the first can be shown by a question of the first.
    let state = change(
        scored(),
        Change::AddSection {
            at: 1,
            title: "Money".into(),
            question: "Paid?".into(),
        },
    );
    let html = render(state).await;
    every_field_labelled(&html);
    let select = &html[html.find(r#"id="cf7-editor-s2-show""#).unwrap()..];
    let select = &select[..select.find("</select>").unwrap()];
    assert!(
        select.contains("By the answer to question 2: Deposit?"),
        "{select}"
    );
}

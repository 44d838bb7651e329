//! The editor's further texts and settings, natively: the reducer keeps a question's help,
//! "find out" note and "I don't know yet", a scale's end labels, a number's unit and bounds
//! (refusing a smallest above the largest, changing nothing), a section's intro, and a warning
//! sign's safeguards, cap and letter line; and the page rendered with Yew's server renderer
//! shows each field labelled and holding the questionnaire's current values, in the language
//! written in.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use client_fit_core::draft::rules::RulesChange;
use client_fit_core::draft::{Bound, Change, QuestionNote, ScaleEnd};
use client_fit_core::edit::EditError;
use client_fit_core::model::{Kind, Unit};
use client_fit_ui::state::{Action, State};
use yew::Reducible;

mod common;
mod editor_common;
use editor_common::*;

/// The blank questionnaire open with a second question of `kind` (`question-2`).
fn with_second(kind: Kind) -> Rc<State> {
    let state = change(
        editing_blank(),
        Change::AddQuestion {
            section: 0,
            at: 1,
            text: "How many?".into(),
        },
    );
    change(
        state,
        Change::QuestionKind {
            id: "question-2".into(),
            kind,
        },
    )
}

fn note(note: QuestionNote, text: &str) -> Change {
    Change::QuestionNote {
        id: "question-1".into(),
        note,
        text: text.into(),
    }
}

/// A warning sign `flag-1`, two safeguards, the second recommended, the sign capped at `bad`
/// and with a letter line.
fn flagged() -> Rc<State> {
    let state = change(
        editing_blank(),
        Change::AddFlag {
            title: "Late payer".into(),
            reason: "Paid late before.".into(),
            advice: "Ask for a deposit.".into(),
        },
    );
    let state = ["Deposit", "Written scope"]
        .iter()
        .fold(state, |state, title| {
            change(
                state,
                Change::Rules(RulesChange::AddSafeguard {
                    title: (*title).into(),
                    detail: "Do it.".into(),
                }),
            )
        });
    let second = open(&state).safeguards[1].id.clone();
    let state = change(
        state,
        Change::FlagSafeguard {
            flag: "flag-1".into(),
            safeguard: second,
            recommended: true,
        },
    );
    let state = change(
        state,
        Change::FlagCap {
            flag: "flag-1".into(),
            tier: Some("bad".into()),
        },
    );
    change(
        state,
        Change::FlagLetterLine {
            flag: "flag-1".into(),
            text: "agree payment dates we both keep".into(),
        },
    )
}

#[tokio::test]
async fn a_questions_help_find_out_and_unknown_are_labelled_and_hold_their_values() {
    let state = change(editing_blank(), note(QuestionNote::Help, "Paid on time?"));
    let state = change(
        state,
        note(QuestionNote::FindOut, "Ask their last provider"),
    );
    let state = change(
        state,
        Change::AllowUnknown {
            id: "question-1".into(),
            allow: false,
        },
    );
    let question = &open(&state).sections[0].questions[0];
    assert!(!question.allow_unknown);
    assert_eq!(
        question.help.as_ref().and_then(|t| t.lookup("en")),
        Some("Paid on time?")
    );
    let html = render(state.clone()).await;
    every_field_labelled(&html);
    assert!(
        html.contains("Help under the question (optional)"),
        "{html}"
    );
    assert!(html.contains("What to find out when the answer is unknown (optional)"));
    assert!(html.contains("Offer “I don't know yet”"));
    assert!(tag(&html, "cf7-editor-q1-help").contains(r#"value="Paid on time?""#));
    assert!(tag(&html, "cf7-editor-q1-find-out").contains(r#"value="Ask their last provider""#));
    let unknown = tag(&html, "cf7-editor-q1-unknown");
    assert!(
        unknown.contains(r#"type="checkbox""#) && !unknown.contains("checked"),
        "{unknown}"
    );
    // Offered again, the box is ticked; an emptied help is gone.
    let state = change(
        state,
        Change::AllowUnknown {
            id: "question-1".into(),
            allow: true,
        },
    );
    let state = change(state, note(QuestionNote::Help, ""));
    assert_eq!(open(&state).sections[0].questions[0].help, None);
    let html = render(state).await;
    assert!(tag(&html, "cf7-editor-q1-unknown").contains("checked"));
    assert!(tag(&html, "cf7-editor-q1-help").contains(r#"value="""#));
}

#[tokio::test]
async fn a_scales_ends_are_labelled_and_hold_their_labels() {
    let state = change(
        with_second(Kind::Scale),
        Change::ScaleLabel {
            id: "question-2".into(),
            end: ScaleEnd::High,
            text: "Completely".into(),
        },
    );
    let html = render(state).await;
    every_field_labelled(&html);
    assert!(html.contains("Label of 1, the lowest"));
    assert!(tag(&html, "cf7-editor-q2-scale-low").contains(r#"value="1""#));
    assert!(tag(&html, "cf7-editor-q2-scale-high").contains(r#"value="Completely""#));
    // Not on a yes/no question, nor a number's settings on a scale.
    assert!(!html.contains("cf7-editor-q1-scale-low"));
    assert!(!html.contains("cf7-editor-q2-unit"));
}

#[tokio::test]
async fn a_numbers_unit_and_bounds_are_kept_shown_and_min_above_max_refused() {
    let state = with_second(Kind::Number);
    let state = change(
        state,
        Change::NumberUnit {
            id: "question-2".into(),
            unit: Unit::Weeks,
        },
    );
    let bound = |bound, value| Change::NumberBound {
        id: "question-2".into(),
        bound,
        value,
    };
    let state = change(state, bound(Bound::Min, Some(2.0)));
    let state = change(state, bound(Bound::Max, Some(52.5)));
    let before = state.records.own.clone();
    let refused = change(state.clone(), bound(Bound::Max, Some(1.0)));
    assert!(matches!(
        refused.screen.edit_refused,
        Some(EditError::Breaks(_))
    ));
    assert!(Rc::ptr_eq(&before, &refused.records.own));
    let number = open(&refused).sections[0].questions[1]
        .number
        .clone()
        .unwrap();
    assert_eq!(
        (number.unit, number.min, number.max),
        (Unit::Weeks, Some(2.0), Some(52.5))
    );
    // Refused with why, where the editor says so.
    let html = render(refused).await;
    assert!(
        html.contains("`number.min` is above `number.max`"),
        "{html}"
    );
    let html = render(state).await;
    every_field_labelled(&html);
    assert!(
        html.contains("Smallest answer (optional)") && html.contains("Largest answer (optional)")
    );
    let unit = &html[html.find(r#"id="cf7-editor-q2-unit""#).unwrap()..];
    let unit = &unit[..unit.find("</select>").unwrap()];
    assert!(
        unit.contains(r#"<option value="weeks" selected="selected">Weeks</option>"#),
        "{unit}"
    );
    assert_eq!(unit.matches("<option").count(), 6);
    assert!(tag(&html, "cf7-editor-q2-min").contains(r#"value="2""#));
    assert!(tag(&html, "cf7-editor-q2-max").contains(r#"value="52.5""#));
    assert!(!html.contains("cf7-editor-q1-min"));
}

#[tokio::test]
async fn a_sections_intro_is_labelled_and_holds_its_words() {
    let state = change(
        editing_blank(),
        Change::SectionIntro {
            section: 0,
            text: "About the money".into(),
        },
    );
    assert!(open(&state).sections[0].intro.is_some());
    let html = render(state.clone()).await;
    every_field_labelled(&html);
    assert!(
        html.contains("Line under section 1&#x27;s title (optional)")
            || html.contains("Line under section 1's title (optional)"),
        "{html}"
    );
    assert!(tag(&html, "cf7-editor-s1-intro").contains(r#"value="About the money""#));
    // Undo takes it away again.
    let undone = state.reduce(Action::UndoOwn { now_ms: 60.0 });
    assert_eq!(open(&undone).sections[0].intro, None);
}

#[tokio::test]
async fn a_warning_signs_safeguards_cap_and_letter_line_are_labelled_and_hold_their_values() {
    let state = flagged();
    let flag = &open(&state).flags[0];
    assert_eq!(flag.caps_at.as_deref(), Some("bad"));
    assert_eq!(flag.safeguards.len(), 1);
    let html = render(state).await;
    every_field_labelled(&html);
    assert!(html.contains("Safeguards it recommends"));
    let first = tag(&html, "cf7-editor-f1-safeguard-1");
    let second = tag(&html, "cf7-editor-f1-safeguard-2");
    assert!(
        !first.contains("checked") && second.contains("checked"),
        "{first} {second}"
    );
    assert!(
        html.contains(r#"for="cf7-editor-f1-safeguard-2">Written scope</label>"#),
        "{html}"
    );
    let cap = &html[html.find(r#"id="cf7-editor-f1-caps-at""#).unwrap()..];
    let cap = &cap[..cap.find("</select>").unwrap()];
    assert!(
        cap.contains(r#"<option value="bad" selected="selected">Bad</option>"#),
        "{cap}"
    );
    assert!(
        cap.contains(r#"<option value="-none">Any: it does not hold the verdict down</option>"#),
        "{cap}"
    );
    assert!(html.contains("Line it adds to a letter (optional)"));
    assert!(
        tag(&html, "cf7-editor-f1-letter-line")
            .contains(r#"value="agree payment dates we both keep""#)
    );
}

#[tokio::test]
async fn without_safeguards_a_warning_sign_says_where_to_add_them() {
    let state = change(
        editing_blank(),
        Change::AddFlag {
            title: "Late payer".into(),
            reason: "Paid late before.".into(),
            advice: "Ask for a deposit.".into(),
        },
    );
    let html = render(state).await;
    every_field_labelled(&html);
    assert!(html.contains("No safeguards yet"), "{html}");
    assert!(!html.contains("cf7-editor-f1-safeguard-1"));
    let cap = &html[html.find(r#"id="cf7-editor-f1-caps-at""#).unwrap()..];
    assert!(
        cap.contains(r#"<option value="-none" selected="selected">"#),
        "{cap}"
    );
}

#[tokio::test]
async fn in_a_second_language_the_fields_show_its_words_and_write_in_it() {
    let state = change(editing_blank(), note(QuestionNote::Help, "Paid on time?"));
    let state =
        change(state, Change::AddLanguage("es".into())).reduce(Action::WriteIn("es".into()));
    // Not written in Spanish yet: missing, with the English words beside it.
    let html = render(state.clone()).await;
    let help = tag(&html, "cf7-editor-q1-help");
    assert!(
        help.contains("cf-input-missing") && help.contains(r#"placeholder="Paid on time?""#),
        "{help}"
    );
    let state = change(state, note(QuestionNote::Help, "¿Paga a tiempo?"));
    let help = open(&state).sections[0].questions[0].help.clone().unwrap();
    assert_eq!(help.lookup("en"), Some("Paid on time?"));
    assert_eq!(help.lookup("es"), Some("¿Paga a tiempo?"));
    let html = render(state).await;
    assert!(tag(&html, "cf7-editor-q1-help").contains(r#"value="¿Paga a tiempo?""#));
}

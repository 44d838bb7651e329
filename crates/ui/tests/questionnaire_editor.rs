//! The editor of an own questionnaire, natively: its reducer actions (open, change, a refused
//! change said and nothing changed, undo and redo, "Use it" only without errors) and the page
//! rendered with Yew's server renderer (a label on every field, problems beside their fields
//! through `aria-describedby`, "Use it" disabled while there are errors).
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use client_fit_core::draft::{Change, rename_question};
use client_fit_core::edit::{Edit, EditError};
use client_fit_core::model::{Kind, Lens};
use client_fit_core::own::Own;
use client_fit_ui::state::{Action, View};
use yew::prelude::*;

mod common;
mod editor_common;
use editor_common::*;

#[test]
fn opening_changing_and_closing_keep_every_change() {
    let state = editing(vec![Own::kept(mine("a"), 1.0)], "a");
    assert_eq!(open(&state).id, "a");
    let state = change(state, Change::Title("Intake, mine".into()));
    assert_eq!(state.records.own[0].edited_ms, 50.0);
    assert_eq!(
        state.own_questionnaire("a").unwrap().title.get("en", "en"),
        "Intake, mine"
    );
    // Opening one that is not there changes nothing; closing closes.
    let same = state
        .clone()
        .reduce(Action::EditOwn(Some("nowhere".into())));
    assert!(Rc::ptr_eq(&state, &same));
    let closed = state.reduce(Action::EditOwn(None));
    assert!(closed.screen.editing.is_none());
    assert_eq!(closed.screen.view, View::Questionnaires);
}

#[test]
fn new_blank_opens_in_the_editor() {
    let state = editing(Vec::new(), "none").reduce(Action::NewOwn {
        copy_of: None,
        now_ms: 2.0,
    });
    assert_eq!(open(&state).id, "my-questionnaire");
}

#[test]
fn a_refused_change_says_why_and_changes_nothing() {
    let state = editing(vec![Own::kept(mine("a"), 1.0)], "a");
    let state = change(
        state,
        Change::AddQuestion {
            section: 0,
            at: 1,
            text: "Again?".into(),
        },
    );
    let before = state.records.own.clone();
    let state = change(state, rename_question("question-1", "question-2"));
    assert!(matches!(
        state.screen.edit_refused,
        Some(EditError::Breaks(_))
    ));
    assert!(Rc::ptr_eq(&before, &state.records.own));
    // The next change that goes through clears it.
    let state = change(state, Change::Title("Again".into()));
    assert_eq!(state.screen.edit_refused, None);
}

#[test]
fn undo_and_redo_go_through_the_reducer_and_are_kept() {
    let state = editing(vec![Own::kept(mine("a"), 1.0)], "a");
    let state = change(state, Change::Edit(Edit::DeleteSection { index: 0 }));
    let after_delete = open(&state).sections.len();
    let state = change(
        state,
        Change::QuestionKind {
            id: "question-1".into(),
            kind: Kind::Single,
        },
    );
    let state = state.reduce(Action::UndoOwn { now_ms: 60.0 });
    assert_eq!(open(&state).sections.len(), after_delete);
    assert_eq!(state.records.own[0].edited_ms, 60.0);
    let state = state.reduce(Action::RedoOwn { now_ms: 61.0 });
    assert_eq!(
        state.own_questionnaire("a").unwrap().sections[0].questions[0].kind,
        Kind::Single
    );
    // Nothing more to redo: the same state.
    let same = state.clone().reduce(Action::RedoOwn { now_ms: 62.0 });
    assert!(Rc::ptr_eq(&state, &same));
}

#[test]
fn use_it_offers_it_only_without_errors() {
    let state = editing(vec![Own::kept(mine("a"), 1.0)], "a");
    let broken = change(state.clone(), Change::Title(String::new()));
    let same = broken.clone().reduce(Action::UseOwn);
    assert!(Rc::ptr_eq(&broken, &same));

    let used = state.reduce(Action::UseOwn);
    assert!(used.find("a").is_some(), "it joins the catalogue");
    assert_eq!(used.screen.view, View::Assess);
    assert!(used.screen.editing.is_none());
    assert!(used.custom_source("a").is_some(), "kept with the history");

    // An intake is put on the consultant's site.
    let state = editing(vec![Own::kept(mine("b"), 1.0)], "b");
    let used = change(state, Change::Lens(Lens::Intake)).reduce(Action::UseOwn);
    assert_eq!(used.screen.view, View::Site);
}

#[tokio::test]
async fn the_editor_labels_every_field_and_shows_problems_beside_them() {
    let state = editing(vec![Own::kept(mine("a"), 1.0)], "a");
    let html = render(state.clone()).await;
    assert!(html.contains("Edit Mine"), "{html}");
    every_field_labelled(&html);
    for text in [
        "Title of section 1",
        "What you ask",
        "Kind of answer",
        "Who answers it",
        "Must be answered",
        "Add a question",
        "Add a section",
        r#"aria-label="Move down: question 1""#,
        r#"aria-label="Delete section 1""#,
        "No problems: it is ready to use.",
    ] {
        assert!(html.contains(text), "{text} missing from {html}");
    }
    assert!(!html.contains("cf-editor-problems"));

    // A choice question without options' labels, and an empty question: problems at the
    // question, named by its fields; "Use it" held back.
    let state = change(
        state,
        Change::QuestionKind {
            id: "question-1".into(),
            kind: Kind::Single,
        },
    );
    let state = change(
        state,
        Change::QuestionText {
            id: "question-1".into(),
            text: String::new(),
        },
    );
    let html = render(state).await;
    assert!(
        html.contains(r#"<ul id="cf7-editor-q1-problems" class="cf-editor-problems">"#),
        "{html}"
    );
    assert!(html.contains(r#"aria-describedby="cf7-editor-q1-problems""#));
    assert!(html.contains("Option 1") && html.contains("Add an option"));
    assert!(html.contains(r#"aria-label="Delete option 2""#), "{html}");
    let tag = tag_of(&html, "cf-editor-use");
    assert!(tag.contains("disabled"), "{tag}");
    assert!(html.contains("Fix the problems marked below to use it."));
}

#[tokio::test]
async fn undo_and_redo_are_disabled_until_there_is_something_to_go_back_to() {
    let state = editing(vec![Own::kept(mine("a"), 1.0)], "a");
    let html = render(state.clone()).await;
    assert!(tag_of(&html, "cf-editor-undo").contains("disabled"));
    assert!(tag_of(&html, "cf-editor-redo").contains("disabled"));
    let html = render(change(state, Change::Title("B".into()))).await;
    assert!(!tag_of(&html, "cf-editor-undo").contains("disabled"));
}

#[tokio::test]
async fn hostile_texts_stay_text_in_the_editor() {
    const HOSTILE: &str = "\"><script>window.__pwned=1</script><img src=x onerror=alert(1)>";
    let state = editing(vec![Own::kept(mine("a"), 1.0)], "a");
    let state = change(state, Change::Title(HOSTILE.into()));
    let state = change(
        state,
        Change::QuestionText {
            id: "question-1".into(),
            text: HOSTILE.into(),
        },
    );
    let html = render(state).await;
    assert!(!html.contains("<script>window.__pwned"), "{html}");
    assert!(!html.contains("<img src=x"), "{html}");
    assert!(
        html.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"),
        "{html}"
    );
}

#[tokio::test]
async fn each_section_and_question_has_a_drag_handle_beside_its_move_buttons() {
    let state = editing(vec![Own::kept(mine("a"), 1.0)], "a");
    let html = render(state).await;
    // One handle per section, per question and per dimension (options have theirs too), for
    // the mouse; hidden from screen readers, which reorder with the Move buttons (named for
    // what they move).
    let handles: Vec<&str> = html
        .match_indices("cf-drag-handle")
        .map(|(i, _)| {
            let start = html[..i].rfind('<').unwrap();
            &html[start..i + html[i..].find('>').unwrap()]
        })
        .collect();
    assert_eq!(handles.len(), 3, "{html}");
    for tag in handles {
        assert!(tag.contains(r#"draggable="true""#), "{tag}");
        assert!(tag.contains(r#"aria-hidden="true""#), "{tag}");
        assert!(tag.contains("Drag to move"), "{tag}");
    }
    assert!(
        html.contains(r#"aria-label="Move up: section 1""#),
        "{html}"
    );
}

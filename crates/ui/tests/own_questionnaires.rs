//! The consultant's own questionnaires in the app's state: restored from the device, written
//! back with everything else, taken in from another tab and from a backup, and written into the
//! backup offered when the device will not keep it; the Questionnaires page's actions (new,
//! copy, import, delete after asking) and the page itself, rendered natively.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use client_fit_core::backup::{export, export_with_own, import};
use client_fit_core::model::Lens;
use client_fit_core::own::{self, BlankWords, FileError, Own, blank, to_file};
use client_fit_core::profile::Profile;
use client_fit_core::storage::Saved;
use client_fit_ui::state::{Action, Notice, State, View};
use client_fit_ui::store::Incoming;
use yew::Reducible;

mod common;
mod editor_common;
use editor_common::*;

#[test]
fn own_questionnaires_are_restored_and_written_back() {
    let kept = vec![Own::kept(mine("a"), 1.0)];
    let state = with_own(kept.clone());
    assert_eq!(*state.records.own, kept);
    assert_eq!(state.stored().to_saved().own, kept);
}

#[test]
fn another_tab_s_later_copy_and_deletion_are_taken_in() {
    let state = with_own(vec![Own::kept(mine("a"), 1.0)]);
    let gone = Own {
        id: "a".into(),
        edited_ms: 5.0,
        questionnaire: None,
    };
    let state = state.reduce(Action::Stored(Incoming {
        own: vec![gone.clone(), Own::kept(mine("b"), 2.0)],
        ..Incoming::default()
    }));
    assert_eq!(*state.records.own, vec![gone, Own::kept(mine("b"), 2.0)]);
    // An older copy changes nothing: the same state.
    let again = state.clone().reduce(Action::Stored(Incoming {
        own: vec![Own::kept(mine("a"), 1.0)],
        ..Incoming::default()
    }));
    assert!(Rc::ptr_eq(&state, &again));
}

#[test]
fn a_backup_brings_own_questionnaires_and_an_old_backup_leaves_them_alone() {
    let state = with_own(vec![Own::kept(mine("a"), 1.0)]);
    let file = export_with_own(
        &Profile::default(),
        &[],
        &[],
        &[Own::kept(mine("b"), 3.0)],
        4.0,
    );
    let state = state.reduce(Action::Import(file));
    let ids: Vec<&str> = state.records.own.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["a", "b"]);

    let old = export(&Profile::default(), &[], &[], 5.0);
    let after = state.clone().reduce(Action::Import(old));
    assert!(Rc::ptr_eq(&state.records.own, &after.records.own));

    // The emergency backup carries them.
    let backup = import(&after.backup_now(6.0), &[]).unwrap();
    assert_eq!(backup.own.len(), 2);
}

fn on_page(own: Vec<Own>) -> Rc<State> {
    with_own(own).reduce(Action::Show(View::Questionnaires))
}

fn ids(state: &State) -> Vec<String> {
    state.own_questionnaires().map(|q| q.id.clone()).collect()
}

#[test]
fn new_blank_and_copies_get_free_ids_and_are_kept_with_their_time() {
    let state = on_page(Vec::new());
    let state = state.reduce(Action::NewOwn {
        copy_of: None,
        now_ms: 10.0,
    });
    let state = state.reduce(Action::NewOwn {
        copy_of: None,
        now_ms: 11.0,
    });
    assert_eq!(ids(&state), ["my-questionnaire", "my-questionnaire-2"]);
    let blank = state.own_questionnaire("my-questionnaire").unwrap();
    assert!(own::usable(blank));
    assert_eq!(blank.title.get("en", "en"), "My questionnaire");
    assert_eq!(state.records.own[1].edited_ms, 11.0);

    // A copy of the questionnaire on offer, and a copy of an own one.
    let state = state.reduce(Action::NewOwn {
        copy_of: Some("minimal".into()),
        now_ms: 12.0,
    });
    let state = state.reduce(Action::NewOwn {
        copy_of: Some("my-questionnaire".into()),
        now_ms: 13.0,
    });
    assert_eq!(
        ids(&state)[2..],
        ["my-minimal", "my-my-questionnaire"].map(String::from)
    );
    assert_eq!(
        state.own_questionnaire("my-minimal").unwrap().sections,
        common::minimal().sections
    );
    // A copy of nothing on offer changes nothing.
    let same = state.clone().reduce(Action::NewOwn {
        copy_of: Some("nowhere".into()),
        now_ms: 14.0,
    });
    assert!(Rc::ptr_eq(&state, &same));
}

#[test]
fn a_blank_questionnaire_speaks_the_interface_language() {
    let state = on_page(Vec::new()).reduce(Action::SetLanguage("da".into()));
    let state = state.reduce(Action::NewOwn {
        copy_of: None,
        now_ms: 1.0,
    });
    let q = state.own_questionnaires().next().unwrap();
    assert_eq!(q.default_language, "da");
    assert_eq!(q.title.get("da", "da"), "Mit spørgeskema");
}

#[test]
fn importing_a_file_keeps_it_or_says_why_and_changes_nothing() {
    let state = on_page(vec![Own::kept(mine("a"), 1.0)]);
    let file = to_file(&mine("a"));
    let state = state.reduce(Action::ImportOwn {
        text: file,
        now_ms: 2.0,
    });
    // The same id is taken here: the file's copy comes in beside it.
    assert_eq!(ids(&state), ["a", "a-2"]);
    assert!(state.screen.notices.contains(&Notice::OwnImported {
        title: "Mine".into(),
        errors: 0,
    }));

    for (text, error) in [
        ("{\"client_fit_backup\": 1}", "not"),
        ("{\"format\": 7, \"id\": \"x\"}", "newer"),
    ] {
        let after = state.clone().reduce(Action::ImportOwn {
            text: text.into(),
            now_ms: 3.0,
        });
        assert!(Rc::ptr_eq(&after.records.own, &state.records.own), "{text}");
        let last = after.screen.notices.last().unwrap();
        match error {
            "not" => assert!(matches!(
                last,
                Notice::OwnImportFailed(FileError::NotQuestionnaire(_))
            )),
            _ => assert_eq!(*last, Notice::OwnImportFailed(FileError::Newer(7))),
        }
    }
}

#[test]
fn delete_asks_first_and_leaves_a_mark() {
    let state = on_page(vec![Own::kept(mine("a"), 1.0), Own::kept(mine("b"), 1.0)]);
    let state = state.reduce(Action::AskDeleteOwn(Some("a".into())));
    assert_eq!(state.screen.confirming_delete.as_deref(), Some("a"));
    // Cancelled: nothing changes but the question.
    let cancelled = state.clone().reduce(Action::AskDeleteOwn(None));
    assert_eq!(cancelled.screen.confirming_delete, None);
    assert!(Rc::ptr_eq(&cancelled.records.own, &state.records.own));
    // Confirmed: gone, with a mark that keeps an older copy from coming back.
    let state = state.reduce(Action::DeleteOwn {
        id: "a".into(),
        now_ms: 5.0,
    });
    assert_eq!(state.screen.confirming_delete, None);
    assert_eq!(ids(&state), ["b"]);
    assert!(state.records.own[0].is_deleted());
    let state = state.reduce(Action::Stored(Incoming {
        own: vec![Own::kept(mine("a"), 2.0)],
        ..Incoming::default()
    }));
    assert_eq!(ids(&state), ["b"]);
    // Asking about one that is not there asks nothing.
    let same = state.clone().reduce(Action::AskDeleteOwn(Some("a".into())));
    assert!(Rc::ptr_eq(&state, &same));
}

async fn render(own: Vec<Own>, language: &str) -> String {
    let mut start = (*common::start(7, language)).clone();
    start.view = View::Questionnaires;
    let saved = Saved {
        own,
        ..Saved::new()
    };
    common::render_app(Rc::new(start), saved).await
}

#[tokio::test]
async fn the_page_lists_built_in_and_own_questionnaires_with_their_actions() {
    let mut broken = mine("broken");
    broken.verdicts.clear();
    broken.title = blank(
        "x",
        "en",
        Lens::Screen,
        &BlankWords {
            title: "Half done",
            ..WORDS
        },
    )
    .title;
    let html = render(
        vec![Own::kept(mine("a"), 1.0), Own::kept(broken, 2.0)],
        "en",
    )
    .await;
    assert!(
        html.contains(r#"<h2 id="cf7-heading" tabindex="-1" class="cf-title">Questionnaires</h2>"#),
        "{html}"
    );
    for text in [
        "New blank questionnaire",
        "Import a file",
        "Your own",
        "Built in",
        "Ready to use",
        "problems to fix before you can use it",
        r#"aria-label="Delete Mine""#,
        r#"aria-label="Export as JSON: Half done""#,
        r#"id="cf7-own-delete-a""#,
        // The fixture on offer, to copy.
        r#"aria-label="Make a copy of "#,
    ] {
        assert!(html.contains(text), "{text} missing from {html}");
    }
    // The file input has its label.
    assert!(html.contains(r#"for="cf7-own-import""#) && html.contains(r#"id="cf7-own-import""#));

    let empty = render(Vec::new(), "es").await;
    assert!(empty.contains("Todavía no tienes ninguno."), "{empty}");
}

#[tokio::test]
async fn the_start_page_and_history_lead_to_the_page() {
    let mut start = (*common::start(7, "en")).clone();
    let html = common::render_app(Rc::new(start.clone()), Saved::new()).await;
    assert!(html.contains("cf-own-open"), "{html}");
    start.view = View::History;
    let html = common::render_app(Rc::new(start), Saved::new()).await;
    assert!(html.contains("cf-own-open"), "{html}");
}

#[test]
fn a_deleted_questionnaire_s_file_brings_it_back_under_its_own_id() {
    let state = on_page(vec![Own::kept(mine("a"), 1.0)]);
    let state = state.reduce(Action::DeleteOwn {
        id: "a".into(),
        now_ms: 2.0,
    });
    let state = state.reduce(Action::ImportOwn {
        text: to_file(&mine("a")),
        now_ms: 3.0,
    });
    assert_eq!(ids(&state), ["a"]);
    assert_eq!(state.records.own[0].edited_ms, 3.0);
}

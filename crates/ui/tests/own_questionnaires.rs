//! The consultant's own questionnaires in the app's state: restored from the device, written
//! back with everything else, taken in from another tab and from a backup, and written into the
//! backup offered when the device will not keep it.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use client_fit_core::backup::{export, export_with_own, import};
use client_fit_core::model::{Lens, Questionnaire};
use client_fit_core::own::{BlankWords, Own, blank};
use client_fit_core::profile::Profile;
use client_fit_core::storage::Saved;
use client_fit_ui::state::{Action, State};
use client_fit_ui::store::Incoming;
use yew::Reducible;

mod common;

const WORDS: BlankWords<'static> = BlankWords {
    title: "Mine",
    section: "One",
    question: "Yes?",
    dimension: "Fit",
    good: "Good",
    good_next: "Go.",
    bad: "Bad",
    bad_next: "Stop.",
};

fn mine(id: &str) -> Questionnaire {
    blank(id, "en", Lens::Screen, &WORDS)
}

fn with_own(own: Vec<Own>) -> Rc<State> {
    Rc::new(State::restore(
        (*common::start(1, "en")).clone(),
        Saved {
            profile_asked: true,
            own,
            ..Saved::new()
        },
    ))
}

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

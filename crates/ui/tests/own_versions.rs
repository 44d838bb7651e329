//! Assessments of the consultant's own questionnaires keep the version they were made with,
//! through the reducer: saved, then the questionnaire edited and put in use again, the old
//! assessment opens with its own version (scoring as it did) and a note says so; after the
//! questionnaire is deleted it still opens; a restart keeps the versions.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use client_fit_core::answers::Answer;
use client_fit_core::draft::Change;
use client_fit_core::edit::Edit;
use client_fit_core::model::{Lens, Questionnaire};
use client_fit_core::own::{Own, blank};
use client_fit_core::storage::Saved;
use client_fit_ui::state::{Action, Notice, State, View};
use yew::Reducible;

mod common;
mod editor_common;
use editor_common::*;

fn mine() -> Questionnaire {
    blank("mine", "en", Lens::Screen, &WORDS)
}

fn restored(saved: Saved) -> Rc<State> {
    let mut start = (*common::start(3, "en")).clone();
    start.view = View::Questionnaires;
    Rc::new(State::restore(start, saved))
}

/// The own questionnaire put in use, answered ("yes" scores 100: "good") and saved.
fn saved_assessment() -> (Rc<State>, String) {
    let state = restored(Saved {
        profile_asked: true,
        own: vec![Own::kept(mine(), 1.0)],
        ..Saved::new()
    })
    .reduce(Action::EditOwn(Some("mine".into())))
    .reduce(Action::UseOwn)
    .reduce(Action::Begin {
        questionnaire: "mine".into(),
        client: "Acme".into(),
    })
    .reduce(Action::Answer {
        question: "question-1".into(),
        answer: Some(Answer::YesNo(true)),
    })
    .reduce(Action::SaveToHistory { now_ms: 100.0 });
    let id = state.records.history[0].id.clone();
    (state, id)
}

fn verdict(state: &State) -> Option<String> {
    state.assessed().unwrap().outcome.verdict.clone()
}

/// The questionnaire edited (its one question replaced by a new one) and put in use again.
fn edited(state: Rc<State>) -> Rc<State> {
    let change = |state: Rc<State>, change| {
        state.reduce(Action::ChangeOwn {
            change,
            now_ms: 200.0,
        })
    };
    let state = state
        .reduce(Action::NewScreening { now_ms: 150.0 })
        .reduce(Action::EditOwn(Some("mine".into())));
    let state = change(
        state,
        Change::AddQuestion {
            section: 0,
            at: 1,
            text: "Really?".into(),
        },
    );
    let state = change(
        state,
        Change::Edit(Edit::DeleteQuestion {
            id: "question-1".into(),
        }),
    );
    let state = state.reduce(Action::UseOwn);
    assert!(
        state.find("mine").unwrap().question("question-1").is_none(),
        "the edited version is the one on offer"
    );
    state
}

#[test]
fn an_old_assessment_opens_with_the_version_it_was_made_with_and_says_so() {
    let (state, id) = saved_assessment();
    assert_eq!(verdict(&state).as_deref(), Some("good"));
    let saved = &state.records.history[0];
    assert!(saved.work.version.is_some(), "the version is named");
    assert_eq!(state.records.versions.len(), 1, "and kept");

    let state = edited(state);
    let opened = state.clone().reduce(Action::Open {
        id: id.clone(),
        now_ms: 300.0,
    });
    assert_eq!(
        verdict(&opened).as_deref(),
        Some("good"),
        "scored as it was"
    );
    let questionnaire = opened.flow.questionnaire.as_ref().unwrap();
    assert!(questionnaire.question("question-1").is_some());
    assert!(
        opened
            .screen
            .notices
            .contains(&Notice::EarlierVersion("Mine".into())),
        "{:?}",
        opened.screen.notices
    );
    // Saved again as it is, it still names its own version.
    assert_eq!(
        opened.records.history[0].work.version,
        state.records.history[0].work.version
    );

    // An assessment begun now is made with the questionnaire as it is now.
    let fresh = state.clone().reduce(Action::Begin {
        questionnaire: "mine".into(),
        client: "Beta".into(),
    });
    let fresh_version = fresh.flow.session.as_ref().unwrap().work.version.clone();
    assert!(fresh_version.is_some());
    assert_ne!(fresh_version, state.records.history[0].work.version);
    assert!(
        fresh
            .flow
            .questionnaire
            .as_ref()
            .unwrap()
            .question("question-1")
            .is_none()
    );
}

#[test]
fn an_assessment_of_an_unchanged_questionnaire_opens_without_a_note() {
    let (state, id) = saved_assessment();
    let opened = state
        .reduce(Action::NewScreening { now_ms: 150.0 })
        .reduce(Action::Open { id, now_ms: 300.0 });
    assert_eq!(verdict(&opened).as_deref(), Some("good"));
    assert!(
        !(opened.screen.notices.iter()).any(|n| matches!(n, Notice::EarlierVersion(_))),
        "{:?}",
        opened.screen.notices
    );
}

#[test]
fn a_deleted_questionnaires_assessments_still_open_and_a_restart_keeps_the_versions() {
    let (state, id) = saved_assessment();
    let state = edited(state).reduce(Action::DeleteOwn {
        id: "mine".into(),
        now_ms: 400.0,
    });
    assert!(state.own_questionnaire("mine").is_none());
    let opened = state.clone().reduce(Action::Open {
        id: id.clone(),
        now_ms: 500.0,
    });
    assert_eq!(verdict(&opened).as_deref(), Some("good"));

    // What the device keeps holds the versions; a restart opens the assessment the same way.
    let saved = state.stored().to_saved();
    assert_eq!(saved.versions.len(), 1);
    let saved = Saved::from_json(&saved.to_json()).unwrap();
    let again = restored(saved).reduce(Action::Open {
        id: id.clone(),
        now_ms: 600.0,
    });
    assert_eq!(verdict(&again).as_deref(), Some("good"));
    let made_with = again.flow.questionnaire.as_ref().unwrap();
    assert!(made_with.question("question-1").is_some());

    // So does a backup, imported on a device that never had the questionnaire.
    let elsewhere = restored(Saved {
        profile_asked: true,
        ..Saved::new()
    })
    .reduce(Action::Import(state.backup_now(700.0)))
    .reduce(Action::Open { id, now_ms: 800.0 });
    assert_eq!(verdict(&elsewhere).as_deref(), Some("good"));
    assert_eq!(elsewhere.records.versions.len(), 1);
}

#[test]
fn built_in_assessments_name_no_version() {
    let state = restored(Saved {
        profile_asked: true,
        ..Saved::new()
    })
    .reduce(Action::Begin {
        questionnaire: "minimal".into(),
        client: "Acme".into(),
    });
    assert_eq!(state.flow.session.as_ref().unwrap().work.version, None);
    assert!(state.records.versions.is_empty());
}

#[test]
fn an_assessment_saved_before_versions_opens_with_the_questionnaire_as_it_is() {
    // Saved by an earlier Client Fit: no version named, none kept.
    let (state, id) = saved_assessment();
    let mut saved = state.stored().to_saved();
    saved.history[0].work.version = None;
    saved.versions.clear();
    saved.session = None;
    let state = restored(saved);
    let opened = edited(state.clone()).reduce(Action::Open {
        id: id.clone(),
        now_ms: 300.0,
    });
    // Read against the questionnaire as it is now (its one question replaced): nothing scores.
    assert_eq!(verdict(&opened), None);
    assert!(!(opened.screen.notices.iter()).any(|n| matches!(n, Notice::EarlierVersion(_))));
    // From now on it names the version it is shown with.
    let session = opened.flow.session.as_ref().unwrap();
    assert!(session.work.version.is_some());

    // A version named but not (yet) on this device: the name stays, for when it arrives.
    let (state, id) = saved_assessment();
    let mut saved = state.stored().to_saved();
    saved.history[0].work.version = Some("0123456789abcdef".into());
    saved.session = None;
    let opened = restored(saved).reduce(Action::Open { id, now_ms: 300.0 });
    let session = opened.flow.session.as_ref().unwrap();
    assert_eq!(session.work.version.as_deref(), Some("0123456789abcdef"));
}

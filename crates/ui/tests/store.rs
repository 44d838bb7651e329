//! Another tab's saves taken into this tab's state (`Action::Stored`, from `store::Incoming`):
//! new and changed assessments merge by id and time, deletes apply, the profile follows, and
//! what this tab is doing (its assessment in progress, its page) stays. And a long history is
//! shown a page at a time.

use std::rc::Rc;

use client_fit_core::history::Assessment;
use client_fit_core::profile::Profile;
use client_fit_core::storage::Saved;
use client_fit_ui::state::{Action, State, View};
use client_fit_ui::store::Incoming;
use yew::Reducible;

mod common;

fn entry(id: &str, client: &str, updated_ms: f64) -> Assessment {
    let mut a = Assessment::new(id, "minimal", client, 1.0);
    a.updated_ms = updated_ms;
    a
}

fn with_history(history: Vec<Assessment>) -> Rc<State> {
    Rc::new(State::restore(
        (*common::start(1, "en")).clone(),
        Saved {
            profile_asked: true,
            history,
            ..Saved::new()
        },
    ))
}

fn clients(state: &State) -> Vec<&str> {
    state
        .records
        .history
        .iter()
        .map(|a| a.work.client.as_str())
        .collect()
}

#[test]
fn another_tab_s_assessments_and_deletes_are_taken_in_and_nothing_else_is_lost() {
    let state = with_history(vec![entry("1", "Alpha", 1.0), entry("2", "Old", 1.0)]);
    let state = state.reduce(Action::Show(View::History));
    let state = state.reduce(Action::Begin {
        questionnaire: "minimal".into(),
        client: "In progress".into(),
    });
    let state = state.reduce(Action::Stored(Incoming {
        entries: vec![entry("3", "Beta", 5.0), entry("2", "Renamed there", 5.0)],
        removed: vec!["1".into()],
        ..Incoming::default()
    }));
    assert_eq!(clients(&state), ["Renamed there", "Beta"]);
    assert_eq!(
        state.flow.session.as_ref().map(|s| s.work.client.as_str()),
        Some("In progress"),
        "this tab's work stays"
    );
    // An older copy from elsewhere does not replace a newer one here.
    let again = state.clone().reduce(Action::Stored(Incoming {
        entries: vec![entry("2", "Stale", 2.0)],
        ..Incoming::default()
    }));
    assert!(
        Rc::ptr_eq(&again, &state),
        "nothing changed, the same state"
    );
}

#[test]
fn another_tab_s_profile_is_taken_in_but_never_into_a_widget() {
    let state = with_history(Vec::new());
    let edited = Profile {
        name: "Vega".into(),
        ..Profile::default()
    };
    let incoming = || Incoming {
        profile: Some(edited.clone()),
        ..Incoming::default()
    };
    let state = state.reduce(Action::Stored(incoming()));
    assert_eq!(state.records.profile.name, "Vega");
    // "Your terms first" answered in another tab is not asked here either.
    let fresh = Rc::new(State::restore(
        (*common::start(3, "en")).clone(),
        Saved::new(),
    ));
    assert!(!fresh.records.profile_asked);
    let fresh = fresh.reduce(Action::Stored(Incoming {
        terms_asked: true,
        ..Incoming::default()
    }));
    assert!(fresh.records.profile_asked);

    let mut start = (*common::start(2, "en")).clone();
    start.embedded = Some(Rc::new(client_fit_ui::state::Embedded::default()));
    let widget = Rc::new(State::restore(start, Saved::new()));
    let widget = widget.reduce(Action::Stored(incoming()));
    assert_eq!(
        widget.records.profile.name, "",
        "a widget's profile is the consultant's, from the page"
    );
}

#[tokio::test]
async fn history_shows_the_newest_fifty_and_offers_the_older_ones() {
    let history: Vec<Assessment> = (0..120)
        .map(|i| entry(&format!("{i:03}"), &format!("Client {i:03}"), f64::from(i)))
        .collect();
    let mut start = (*common::start(1, "en")).clone();
    start.view = View::History;
    let html = common::render_app(
        Rc::new(start),
        Saved {
            history,
            ..Saved::new()
        },
    )
    .await;
    assert_eq!(html.matches("class=\"cf-history-item").count(), 50);
    assert!(html.contains("Client 119") && html.contains("Client 070"));
    assert!(
        !html.contains("Client 069"),
        "the older ones wait for the button"
    );
    assert!(html.contains("Show older assessments (70 more)"));
}

#[test]
fn the_open_copy_follows_its_saved_copy_renamed_or_deleted_in_another_tab() {
    let state = with_history(Vec::new());
    let state = state.reduce(Action::Begin {
        questionnaire: "minimal".into(),
        client: "Acme".into(),
    });
    let state = state.reduce(Action::Answer {
        question: "respect".into(),
        answer: Some(client_fit_core::answers::Answer::Scale(2)),
    });
    let state = state.reduce(Action::SaveToHistory { now_ms: 10.0 });
    let mut renamed = state.records.history[0].clone();
    renamed.work.client = "Acme Ltd".into();
    renamed.updated_ms = 50.0;
    let state = state.reduce(Action::Stored(Incoming {
        entries: vec![renamed.clone()],
        ..Incoming::default()
    }));
    let open = state.flow.session.as_deref().expect("still open");
    assert_eq!(open.work.client, "Acme Ltd");
    assert!(
        !state.needs_saving(),
        "saving would bring the old name back"
    );
    let state = state.reduce(Action::Stored(Incoming {
        removed: vec![renamed.id.clone()],
        ..Incoming::default()
    }));
    assert!(state.flow.session.is_none(), "it would save itself again");
}

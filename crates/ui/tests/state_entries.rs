//! The reducer natively, for numbers that do not read and for "Your terms first": Next waits
//! for an entry that does not read on the current step, and the terms are asked once, only
//! where the consultant screens or checks up.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use client_fit_core::answers::Answer;
use client_fit_core::profile::Profile;
use client_fit_core::session::Step;
use client_fit_core::storage::Saved;
use client_fit_ui::state::{Action, Embedded, State, TERMS_ENTRIES};
use yew::Reducible;

mod common;

fn restored(saved: Saved) -> Rc<State> {
    Rc::new(State::restore((*common::start(1, "en")).clone(), saved))
}

fn apply(state: Rc<State>, actions: impl IntoIterator<Item = Action>) -> Rc<State> {
    actions
        .into_iter()
        .fold(state, |state, action| state.reduce(action))
}

fn begin() -> Action {
    Action::Begin {
        questionnaire: "minimal".into(),
        client: "Acme".into(),
    }
}

fn step(state: &State) -> Step {
    state.flow.session.as_deref().unwrap().step
}

fn invalid(entry: &str, invalid: bool) -> Action {
    Action::SetEntryInvalid {
        entry: entry.into(),
        invalid,
    }
}

#[test]
fn the_terms_come_first_once_then_the_first_impression() {
    let state = apply(restored(Saved::new()), [begin()]);
    assert_eq!(step(&state), Step::Terms);
    assert!(!state.records.profile_asked);
    // No Back out of it, and Next is the Continue button's business.
    let state = apply(state, [Action::Back]);
    assert_eq!(step(&state), Step::Terms);
    let state = apply(state, [Action::TermsDone { skipped: true }]);
    assert_eq!(step(&state), Step::Blink);
    assert!(state.records.profile_asked);
    // Remembered with the settings, and not asked again after a restart.
    let saved = state.stored().to_saved();
    assert!(saved.profile_asked);
    let again = restored(Saved::from_json(&saved.to_json()).unwrap());
    let again = apply(again, [Action::StartOver, begin()]);
    assert_eq!(step(&again), Step::Blink);
    // Back from the first impression does not return to the terms.
    let state = apply(state, [Action::Back]);
    assert_eq!(step(&state), Step::Blink);
}

#[test]
fn a_profile_with_terms_set_or_a_widget_is_never_asked() {
    let with_budget = Saved {
        profile: Profile {
            min_budget: Some(4000.0),
            ..Profile::default()
        },
        ..Saved::new()
    };
    assert_eq!(step(&apply(restored(with_budget), [begin()])), Step::Blink);
    let with_currency = Saved {
        profile: Profile {
            currency: "EUR".into(),
            ..Profile::default()
        },
        ..Saved::new()
    };
    assert_eq!(
        step(&apply(restored(with_currency), [begin()])),
        Step::Blink
    );

    let mut start = (*common::start(1, "en")).clone();
    start.embedded = Some(Rc::new(Embedded {
        questionnaire: "minimal".into(),
        ..Embedded::default()
    }));
    let widget = Rc::new(State::restore(start, Saved::new()));
    assert_eq!(step(&apply(widget, [begin()])), Step::Blink);
}

#[test]
fn continue_waits_for_a_term_that_does_not_read_but_skip_does_not() {
    let state = apply(
        restored(Saved::new()),
        [begin(), invalid(TERMS_ENTRIES[1], true)],
    );
    assert_eq!(state.blocking_entry(), Some(TERMS_ENTRIES[1]));
    let held = state.clone().reduce(Action::TermsDone { skipped: false });
    assert!(Rc::ptr_eq(&held, &state), "Continue does not move on");
    let fixed = apply(
        state.clone(),
        [
            invalid(TERMS_ENTRIES[1], false),
            Action::TermsDone { skipped: false },
        ],
    );
    assert_eq!(step(&fixed), Step::Blink);
    let skipped = apply(state, [Action::TermsDone { skipped: true }]);
    assert_eq!(step(&skipped), Step::Blink);
    assert!(skipped.flow.invalid_entries.is_empty());
}

#[test]
fn next_waits_while_a_shown_number_on_the_section_does_not_read() {
    let asked = Saved {
        profile_asked: true,
        ..Saved::new()
    };
    let state = apply(restored(asked), [begin(), Action::Next]);
    assert_eq!(step(&state), Step::Section(0));
    let state = apply(state, [invalid("budget", true)]);
    assert_eq!(state.blocking_entry(), Some("budget"));
    let held = state.clone().reduce(Action::Next);
    assert!(Rc::ptr_eq(&held, &state), "Next does not move on");
    // Setting the same flag again changes nothing.
    let same = state.clone().reduce(invalid("budget", true));
    assert!(Rc::ptr_eq(&same, &state));
    // Back is never held: the person may leave to look something up.
    assert_eq!(step(&apply(state.clone(), [Action::Back])), Step::Blink);
    // Once it reads (or the field goes away), Next moves on.
    let state = apply(
        state,
        [
            Action::Answer {
                question: "budget".into(),
                answer: Some(Answer::Number(12000.0)),
            },
            invalid("budget", false),
            Action::Next,
        ],
    );
    assert_eq!(step(&state), Step::Review);
}

#[test]
fn an_entry_that_is_not_on_the_current_step_holds_nothing() {
    let asked = Saved {
        profile_asked: true,
        ..Saved::new()
    };
    // A question id that is not on this section, and a terms entry outside the terms step.
    let state = apply(
        restored(asked),
        [
            begin(),
            Action::Next,
            invalid("no_such_question", true),
            invalid(TERMS_ENTRIES[0], true),
        ],
    );
    assert_eq!(state.blocking_entry(), None);
    assert_eq!(step(&apply(state, [Action::Next])), Step::Review);
}

#[test]
fn starting_over_or_beginning_again_forgets_entries_that_did_not_read() {
    let asked = Saved {
        profile_asked: true,
        ..Saved::new()
    };
    let state = apply(
        restored(asked),
        [begin(), Action::Next, invalid("budget", true)],
    );
    assert!(
        apply(state.clone(), [Action::StartOver])
            .flow
            .invalid_entries
            .is_empty()
    );
    assert!(apply(state, [begin()]).flow.invalid_entries.is_empty());
}

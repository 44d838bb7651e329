//! What the component tells whoever mounted it: ready once it shows, change on each answer,
//! complete when the person reaches the end. Each is a callback with the same JSON payload
//! the widget sends as a DOM event (`client_fit_core::embed::payload`).

use yew::prelude::*;

use client_fit_core::embed::{Event, payload};
use client_fit_core::session::Step;

use crate::state::State;

/// The callbacks a host passed in; an absent one costs nothing (its payload is never built).
#[derive(Clone, Default, PartialEq)]
pub struct HostCallbacks {
    /// Called once, when the component has shown its first screen.
    pub on_ready: Option<Callback<serde_json::Value>>,
    /// Called after each answer.
    pub on_change: Option<Callback<serde_json::Value>>,
    /// Called when the person reaches the end, with the outcome.
    pub on_complete: Option<Callback<serde_json::Value>>,
}

impl HostCallbacks {
    fn for_event(&self, event: Event) -> Option<&Callback<serde_json::Value>> {
        match event {
            Event::Ready => self.on_ready.as_ref(),
            Event::Change => self.on_change.as_ref(),
            Event::Complete => self.on_complete.as_ref(),
        }
    }
}

/// Calls the host's callbacks for `state`'s changes.
#[hook]
pub(crate) fn use_host_events(state: &State, callbacks: &HostCallbacks) {
    let session = state.flow.session.clone();
    let answers = session.as_ref().map(|s| s.work.answers.clone());
    let at_end = session.as_ref().is_some_and(|s| s.step == Step::Result);
    let send = {
        let (state, callbacks) = (state.clone(), callbacks.clone());
        move |event: Event| {
            let (Some(callback), Some(session), Some(q)) = (
                callbacks.for_event(event),
                &state.flow.session,
                &state.flow.questionnaire,
            ) else {
                return;
            };
            let work = &session.work;
            let assessed = (event == Event::Complete)
                .then(|| state.assessed())
                .flatten();
            let outcome = assessed.as_ref().map(|a| &a.outcome);
            callback.emit(payload(
                event,
                q,
                &work.client,
                &work.answers,
                outcome,
                &state.records.language,
            ));
        }
    };
    {
        let send = send.clone();
        use_effect_with((), move |_| send(Event::Ready));
    }
    {
        // Not on first paint: `ready` already carries what was restored.
        let first = use_mut_ref(|| true);
        let send = send.clone();
        use_effect_with(answers, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                send(Event::Change);
            }
        });
    }
    use_effect_with(at_end, move |at_end| {
        if *at_end {
            send(Event::Complete);
        }
    });
}

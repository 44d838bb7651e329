//! The widget's events to its host page: ready once it shows, change on each answer, complete
//! when the prospect reaches the end. The full app has no host and sends nothing.

use yew::prelude::*;

use crate::core::embed::{Event, payload};
use crate::core::scoring::assess;
use crate::core::session::Step;

use super::embed::emit;
use super::state::State;

/// Sends the events for `state` to its host element, if it has one.
#[hook]
pub fn use_host_events(state: &State) {
    let session = state.session.clone();
    let answers = session.as_ref().map(|s| s.work.answers.clone());
    let at_end = session.as_ref().is_some_and(|s| s.step == Step::Result);
    let send = {
        let state = state.clone();
        move |event: Event| {
            let (Some(host), Some(session), Some(q)) =
                (&state.host, &state.session, &state.questionnaire)
            else {
                return;
            };
            let work = &session.work;
            let outcome = (event == Event::Complete)
                .then(|| assess(q, &work.answers, work.impression(), &state.profile));
            let detail = payload(
                event,
                q,
                &work.client,
                &work.answers,
                outcome.as_ref(),
                &state.language,
            );
            emit(host, event, &detail);
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

//! The reducer's handlers for sending a prospect's answers to the consultant's endpoint: queue
//! the send at the end, mark each attempt, keep the send until it is accepted. The rules for
//! the send itself are `core::submit`'s; the request is the app's effect (`crate::sender`).

use std::rc::Rc;

use client_fit_core::embed::{Event, payload};
use client_fit_core::session::Step;
use client_fit_core::submit::{Outgoing, SendFailure, SendState};

use super::{Outbox, State};

impl State {
    /// At the end of a widget that posts its answers: the send of the answers as they are now
    /// (the same send, key and all, when they have not changed since it was queued).
    pub(super) fn queue_send(self: Rc<Self>, new_key: &str) -> Rc<Self> {
        let Some(embedded) = self.setup.embedded.as_deref() else {
            return self;
        };
        let (Some(url), Some(session), Some(questionnaire)) = (
            embedded.submit_url.as_deref(),
            self.flow.session.as_deref(),
            self.flow.questionnaire.as_deref(),
        ) else {
            return self;
        };
        if session.step != Step::Result {
            return self;
        }
        let assessed = self.assessed();
        let work = &session.work;
        let payload = payload(
            Event::Complete,
            questionnaire,
            &work.client,
            &work.answers,
            assessed.as_ref().map(|a| &a.outcome),
            &self.records.language,
        );
        let earlier = self.outbox.kept.as_deref();
        let outgoing = Outgoing::queue(earlier, payload, url, embedded.submit_as, new_key);
        if earlier == Some(&outgoing) {
            return self;
        }
        self.with_outbox(Outbox {
            kept: Some(Rc::new(outgoing)),
            // A new send starts afresh: an earlier failure was the earlier send's.
            state: SendState::Waiting,
        })
    }

    /// A request for the send under `key` is going out: taken only for the kept send while it
    /// waits (an effect that saw an older send is ignored; the kept one is then due, and goes).
    /// The send is marked as tried: the endpoint may have it from now on.
    pub(super) fn send_started(self: Rc<Self>, key: &str) -> Rc<Self> {
        let Some(kept) = self.outbox.kept.as_deref() else {
            return self;
        };
        if kept.key != key || self.outbox.state != SendState::Waiting {
            return self;
        }
        let tried = Outgoing {
            attempted: true,
            ..kept.clone()
        };
        self.with_outbox(Outbox {
            kept: Some(Rc::new(tried)),
            state: SendState::Sending,
        })
    }

    /// The browser is offline: the send waits for it to be back.
    pub(super) fn send_offline(self: Rc<Self>) -> Rc<Self> {
        self.with_send_state(SendState::Offline)
    }

    /// The answer to the request for the send under `key`: accepted (kept as sent, with the
    /// time) or failed. An answer for a send since replaced changes nothing.
    pub(super) fn send_done(
        self: Rc<Self>,
        key: &str,
        result: Result<(), SendFailure>,
        now_ms: f64,
    ) -> Rc<Self> {
        let Some(kept) = self.outbox.kept.as_deref() else {
            return self;
        };
        if kept.key != key {
            return self;
        }
        match result {
            Ok(()) => {
                let sent = Outgoing {
                    sent_ms: Some(now_ms),
                    ..kept.clone()
                };
                self.with_outbox(Outbox {
                    kept: Some(Rc::new(sent)),
                    state: SendState::Waiting,
                })
            }
            Err(failure) => self.with_send_state(SendState::Failed(failure)),
        }
    }

    /// Retry (the button, or the browser back online): a send that failed or waited for the
    /// network is tried again. One out already is left to finish.
    pub(super) fn retry_send(self: Rc<Self>) -> Rc<Self> {
        match self.outbox.state {
            SendState::Failed(_) | SendState::Offline => self.with_send_state(SendState::Waiting),
            SendState::Waiting | SendState::Sending => self,
        }
    }

    /// Whether the kept send should be tried now: the widget posts its answers, the send is
    /// pending and nothing is under way.
    pub fn send_due(&self) -> Option<Rc<Outgoing>> {
        self.setup.embedded.as_ref()?.submit_url.as_ref()?;
        let kept = self.outbox.kept.as_ref()?;
        (kept.pending() && self.outbox.state == SendState::Waiting).then(|| kept.clone())
    }

    fn with_send_state(self: Rc<Self>, state: SendState) -> Rc<Self> {
        if self.outbox.state == state {
            return self;
        }
        self.with_outbox(Outbox {
            state,
            ..self.outbox.clone()
        })
    }

    fn with_outbox(self: &Rc<Self>, outbox: Outbox) -> Rc<Self> {
        Rc::new(State {
            outbox,
            ..(**self).clone()
        })
    }
}

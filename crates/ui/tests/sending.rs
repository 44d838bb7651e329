//! A widget that posts its answers to the consultant's endpoint, natively: the reducer queues
//! one send at the end (the same send, key and all, when nothing changed), follows each attempt,
//! keeps what was accepted; the end screen says exactly where the answers stand.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use client_fit_core::answers::Answer;
use client_fit_core::session::Step;
use client_fit_core::storage::Saved;
use client_fit_core::submit::{Outgoing, SendFailure, SendState, SubmitFormat};
use client_fit_ui::state::{Action, Embedded, Start, State};
use yew::Reducible;

mod common;

fn start(submit_url: Option<&str>, outbox: Option<Outgoing>) -> Start {
    let mut start = (*common::start(4, "en")).clone();
    start.embedded = Some(Rc::new(Embedded {
        questionnaire: "minimal".into(),
        consultant_name: "Vega Studio".into(),
        consultant_email: "ana@vega.example".into(),
        submit_url: submit_url.map(str::to_owned),
        submit_as: SubmitFormat::Json,
        ..Embedded::default()
    }));
    start.outbox = outbox;
    start
}

fn at(step: Step, budget: f64) -> Saved {
    common::saved_at(step, &[("budget", Answer::Number(budget))], "Eve")
}

fn state(start: Start, saved: Saved) -> Rc<State> {
    Rc::new(State::restore(start, saved))
}

fn queue(state: Rc<State>, key: &str) -> Rc<State> {
    state.reduce(Action::QueueSend { key: key.into() })
}

#[test]
fn the_end_queues_one_send_and_arriving_again_keeps_its_key() {
    let ended = queue(
        state(start(Some("/in"), None), at(Step::Result, 4000.0)),
        "k1",
    );
    let kept = ended.outbox.kept.clone().expect("a send is queued");
    assert_eq!((kept.key.as_str(), kept.url.as_str()), ("k1", "/in"));
    assert_eq!(kept.payload["answers"][0]["value"], 4000.0);
    assert_eq!(ended.send_due().as_deref(), Some(&*kept));
    let again = queue(ended.clone(), "k2");
    assert!(
        Rc::ptr_eq(&again, &ended),
        "the same answers queue nothing new"
    );
}

#[test]
fn nothing_is_queued_before_the_end_or_without_an_endpoint() {
    let review = queue(state(start(Some("/in"), None), at(Step::Review, 1.0)), "k");
    assert_eq!(review.outbox.kept, None);
    let no_endpoint = queue(state(start(None, None), at(Step::Result, 1.0)), "k");
    assert_eq!(no_endpoint.outbox.kept, None);
    let app = queue(
        state((*common::start(4, "en")).clone(), at(Step::Result, 1.0)),
        "k",
    );
    assert_eq!(app.outbox.kept, None);
}

#[test]
fn a_failed_attempt_waits_for_retry_with_the_same_key_and_success_is_kept() {
    let ended = queue(
        state(start(Some("/in"), None), at(Step::Result, 4000.0)),
        "k1",
    );
    let out = ended.reduce(Action::SendStarted("k1".into()));
    assert_eq!(out.outbox.state, SendState::Sending);
    assert_eq!(out.send_due(), None, "one request at a time");
    let failed = out.reduce(Action::SendDone {
        key: "k1".into(),
        result: Err(SendFailure::Refused(500)),
        now_ms: 10.0,
    });
    assert_eq!(
        failed.outbox.state,
        SendState::Failed(SendFailure::Refused(500))
    );
    assert_eq!(failed.send_due(), None, "a failure waits for Retry");
    let retried = failed.reduce(Action::RetrySend);
    assert_eq!(
        retried.send_due().map(|o| o.key.clone()).as_deref(),
        Some("k1")
    );
    // A late answer for a send since replaced changes nothing.
    let stale = retried.clone().reduce(Action::SendDone {
        key: "old".into(),
        result: Ok(()),
        now_ms: 11.0,
    });
    assert!(Rc::ptr_eq(&stale, &retried));
    let sent = retried
        .reduce(Action::SendStarted("k1".into()))
        .reduce(Action::SendDone {
            key: "k1".into(),
            result: Ok(()),
            now_ms: 12.0,
        });
    let kept = sent.outbox.kept.clone().unwrap();
    assert_eq!(kept.sent_ms, Some(12.0));
    assert_eq!(sent.send_due(), None, "sent is never sent again");
    assert!(Rc::ptr_eq(&queue(sent.clone(), "k9"), &sent));
}

#[test]
fn offline_waits_for_the_network_and_back_online_tries_again() {
    let ended = queue(
        state(start(Some("/in"), None), at(Step::Result, 4000.0)),
        "k1",
    );
    let offline = ended.reduce(Action::SendOffline);
    assert_eq!(offline.outbox.state, SendState::Offline);
    assert_eq!(offline.send_due(), None);
    let online = offline.reduce(Action::RetrySend);
    assert_eq!(
        online.send_due().map(|o| o.key.clone()).as_deref(),
        Some("k1")
    );
    // Back online while a request is out: it is left to finish.
    let out = online.reduce(Action::SendStarted("k1".into()));
    assert!(Rc::ptr_eq(&out.clone().reduce(Action::RetrySend), &out));
}

#[test]
fn a_kept_send_for_other_answers_never_leaves_the_end_stuck_sending() {
    // Restored from an earlier visit: a pending send for other answers, to an old address.
    let old = Outgoing::queue(
        None,
        serde_json::json!({"questionnaire": {"id": "minimal"}, "answers": []}),
        "/old",
        SubmitFormat::Form,
        "k1",
    );
    let opened = state(start(Some("/in"), Some(old)), at(Step::Result, 4000.0));
    let restored = opened.outbox.kept.clone().unwrap();
    assert_eq!(
        (
            restored.key.as_str(),
            restored.url.as_str(),
            restored.format
        ),
        ("k1", "/in", SubmitFormat::Json),
        "it goes where the page now says"
    );
    // The first render queues the answers as they are now (a new send: k1 was never tried, so
    // it names none), while an effect that saw k1 starts it: that start is ignored.
    let queued = queue(opened, "k2");
    assert_eq!(queued.outbox.kept.as_ref().unwrap().key, "k2");
    let stale = queued.clone().reduce(Action::SendStarted("k1".into()));
    assert!(
        Rc::ptr_eq(&stale, &queued),
        "a start for a send no longer kept is ignored"
    );
    let stale = stale.reduce(Action::SendDone {
        key: "k1".into(),
        result: Ok(()),
        now_ms: 1.0,
    });
    assert_eq!(
        stale.send_due().map(|o| o.key.clone()).as_deref(),
        Some("k2"),
        "k2 is still due"
    );
    let sent = stale
        .reduce(Action::SendStarted("k2".into()))
        .reduce(Action::SendDone {
            key: "k2".into(),
            result: Ok(()),
            now_ms: 2.0,
        });
    assert!(!sent.outbox.kept.as_ref().unwrap().pending());
}

#[test]
fn a_send_tried_and_then_changed_names_the_one_it_replaces() {
    let ended = queue(
        state(start(Some("/in"), None), at(Step::Result, 4000.0)),
        "k1",
    );
    let tried = ended
        .reduce(Action::SendStarted("k1".into()))
        .reduce(Action::SendDone {
            key: "k1".into(),
            result: Err(SendFailure::NoAnswer),
            now_ms: 1.0,
        });
    assert!(tried.outbox.kept.as_ref().unwrap().attempted);
    // Back, another budget, and the end again.
    let changed = tried
        .reduce(Action::Back)
        .reduce(Action::Answer {
            question: "budget".into(),
            answer: Some(Answer::Number(9000.0)),
        })
        .reduce(Action::GoTo(Step::Result));
    let again = queue(changed, "k2");
    let kept = again.outbox.kept.clone().unwrap();
    assert_eq!(
        (kept.key.as_str(), kept.replaces.as_deref()),
        ("k2", Some("k1"))
    );
    assert_eq!(
        again.send_due().map(|o| o.key.clone()).as_deref(),
        Some("k2")
    );
}

#[test]
fn a_page_that_no_longer_posts_keeps_no_send() {
    let pending = Outgoing::queue(None, serde_json::json!({}), "/in", SubmitFormat::Json, "k1");
    let opened = state(start(None, Some(pending)), at(Step::Result, 1.0));
    assert_eq!(opened.outbox.kept, None);
    assert_eq!(opened.send_due(), None);
}

#[test]
fn a_send_kept_from_an_earlier_visit_is_tried_again_on_opening() {
    let pending = Outgoing::queue(
        None,
        serde_json::json!({"answers": []}),
        "/in",
        SubmitFormat::Json,
        "k1",
    );
    let opened = state(start(Some("/in"), Some(pending)), at(Step::Result, 1.0));
    assert_eq!(
        opened.send_due().map(|o| o.key.clone()).as_deref(),
        Some("k1")
    );
}

async fn end_screen(start: Start) -> String {
    common::render_app(Rc::new(start), at(Step::Result, 4000.0)).await
}

#[tokio::test]
async fn the_end_says_sent_only_once_the_endpoint_took_the_answers() {
    let payload = {
        let ended = queue(
            state(start(Some("/in"), None), at(Step::Result, 4000.0)),
            "k1",
        );
        ended.outbox.kept.clone().unwrap().payload.clone()
    };
    let pending = Outgoing::queue(None, payload, "/in", SubmitFormat::Json, "k1");
    let sent = Outgoing {
        sent_ms: Some(1.0),
        ..pending.clone()
    };

    let sending = end_screen(start(Some("/in"), Some(pending))).await;
    assert!(sending.contains("Sending your answers…"), "{sending}");
    assert!(!sending.contains("Sent to") && !sending.contains("Download my answers"));
    assert!(sending.contains("Your answers stay in your browser until you send them."));

    let done = end_screen(start(Some("/in"), Some(sent))).await;
    assert!(done.contains("Sent to Vega Studio"), "{done}");
    assert!(!done.contains("Download my answers") && !done.contains("stay in your browser"));

    // Without an endpoint: the last step is the prospect's, with one primary hand-over (the
    // email, since there is an address).
    let hand_over = end_screen(start(None, None)).await;
    assert!(
        hand_over.contains("Last step: send your answers"),
        "{hand_over}"
    );
    assert!(!hand_over.contains("Sent to"));
    assert_eq!(
        hand_over.matches("cf-button-primary").count(),
        1,
        "{hand_over}"
    );
    let primary = hand_over.find("cf-button-primary").unwrap();
    let tag_start = hand_over[..primary].rfind('<').unwrap();
    let tag = &hand_over[tag_start..hand_over[tag_start..].find('>').unwrap() + tag_start];
    assert!(
        tag.starts_with("<a") && tag.contains("mailto:"),
        "the email is the primary way: {tag}"
    );
}

#[tokio::test]
async fn a_prospects_review_leads_to_sending_or_finishing_never_to_a_result() {
    let review = |url: Option<&'static str>| async move {
        common::render_app(Rc::new(start(url, None)), at(Step::Review, 4000.0)).await
    };
    let posting = review(Some("/in")).await;
    assert!(posting.contains("Send my answers"), "{posting}");
    assert!(posting.contains("You can go on without them"), "{posting}");
    assert!(!posting.contains("See the result") && !posting.contains("see the result"));
    let handing_over = review(None).await;
    assert!(handing_over.contains(">Finish<"), "{handing_over}");
    assert!(!handing_over.contains("See the result"));
}

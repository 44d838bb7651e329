//! The browser side of sending a prospect's answers (`core::submit`): one POST of the kept send
//! to the consultant's endpoint, whether the browser is online, and a fresh idempotency key.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, Headers, RequestInit, Response};

use yew::UseReducerHandle;

use client_fit_core::session::Step;
use client_fit_core::submit::{Outgoing, SendFailure, SubmitFormat, accepted};

use crate::state::{Action, State};
use crate::store;

/// How long an attempt may take before it counts as unanswered: long enough for a slow phone
/// network, short enough that the prospect is not left with "Sending…".
const TIMEOUT_MS: u32 = 30_000;

/// Posts `outgoing` and says whether the endpoint accepted it (a 2xx). It starts at once.
pub fn post(
    outgoing: &Outgoing,
) -> impl std::future::Future<Output = Result<(), SendFailure>> + use<> {
    let (body, content_type) = outgoing.body();
    let started = (|| {
        let window = web_sys::window()?;
        let headers = Headers::new().ok()?;
        headers.set("Content-Type", content_type).ok()?;
        // A form stays a "simple" request (no preflight), as an HTML form's post would be; it
        // carries the key in its `submission_id` field. JSON says it in the header too.
        if outgoing.format == SubmitFormat::Json {
            headers.set("Idempotency-Key", &outgoing.key).ok()?;
        }
        let init = RequestInit::new();
        init.set_method("POST");
        init.set_headers(&headers);
        init.set_body(&JsValue::from_str(&body));
        // The post outlives the page: "Send my answers" and then closing the tab still sends.
        let _ = js_sys::Reflect::set(&init, &"keepalive".into(), &JsValue::TRUE);
        if let Some(signal) = timeout_signal() {
            init.set_signal(Some(&signal));
        }
        Some(JsFuture::from(
            window.fetch_with_str_and_init(&outgoing.url, &init),
        ))
    })();
    async move {
        let response = started
            .ok_or(SendFailure::NoAnswer)?
            .await
            .map_err(|_| SendFailure::NoAnswer)?;
        let status = response.unchecked_into::<Response>().status();
        if accepted(status) {
            Ok(())
        } else {
            Err(SendFailure::Refused(status))
        }
    }
}

/// A signal that aborts the request after `TIMEOUT_MS`, where the browser has
/// `AbortSignal.timeout` (older ones wait as long as the network does).
fn timeout_signal() -> Option<AbortSignal> {
    let class = js_sys::Reflect::get(&js_sys::global(), &"AbortSignal".into()).ok()?;
    let has_timeout = js_sys::Reflect::has(&class, &"timeout".into()).unwrap_or(false);
    has_timeout.then(|| AbortSignal::timeout_with_u32(TIMEOUT_MS))
}

/// Whether the browser thinks it is online (it can be wrong only the hopeful way: a send is
/// then tried, and fails as unanswered).
pub fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// A new idempotency key: a random UUID where the browser can make one (secure pages), else
/// the time and a random number.
pub fn new_key() -> String {
    let uuid = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .filter(|_| {
            js_sys::Reflect::get(&js_sys::global(), &"isSecureContext".into())
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false)
        })
        .map(|crypto| crypto.random_uuid());
    uuid.unwrap_or_else(|| {
        format!(
            "{:x}-{:x}",
            js_sys::Date::now() as u64,
            (js_sys::Math::random() * 9_007_199_254_740_991.0) as u64
        )
    })
}

/// The app's effects for a widget that posts its answers: queue the send at the end, keep it
/// on the device, post it when due (or wait while offline), and try again when the browser is
/// back online. Nothing happens without a `submit_url`.
#[yew::hook]
pub(crate) fn use_sender(state: &UseReducerHandle<State>, storage_key: &str) {
    let posts = state
        .setup
        .embedded
        .as_ref()
        .is_some_and(|e| e.submit_url.is_some());
    {
        // At the end, and again whenever the answers change while there.
        let dispatcher = state.dispatcher();
        let at_end = state
            .flow
            .session
            .clone()
            .filter(|s| posts && s.step == Step::Result);
        yew::use_effect_with(at_end, move |at_end| {
            if at_end.is_some() {
                dispatcher.dispatch(Action::QueueSend { key: new_key() });
            }
        });
    }
    {
        // Kept on every change, so a send survives a closed tab until it is accepted.
        // One kept send per questionnaire, so a widget with another questionnaire under the
        // same element id never overwrites (or claims to replace) this one's.
        let key = store::outbox_key(
            storage_key,
            state
                .setup
                .embedded
                .as_ref()
                .map_or("", |e| e.questionnaire.as_str()),
        );
        let first = yew::use_mut_ref(|| true);
        yew::use_effect_with(state.outbox.kept.clone(), move |kept| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                store::set_outbox(&key, kept.as_deref());
            }
        });
    }
    {
        let dispatcher = state.dispatcher();
        yew::use_effect_with(state.send_due(), move |due| {
            if let Some(outgoing) = due {
                if online() {
                    dispatcher.dispatch(Action::SendStarted(outgoing.key.clone()));
                    let (key, request) = (outgoing.key.clone(), post(outgoing));
                    wasm_bindgen_futures::spawn_local(async move {
                        let result = request.await;
                        dispatcher.dispatch(Action::SendDone {
                            key,
                            result,
                            now_ms: js_sys::Date::now(),
                        });
                    });
                } else {
                    dispatcher.dispatch(Action::SendOffline);
                }
            }
        });
    }
    {
        let dispatcher = state.dispatcher();
        yew::use_effect_with(posts, move |posts| {
            let listener = posts.then(|| {
                crate::device::listen("online", move |_| dispatcher.dispatch(Action::RetrySend))
            });
            move || drop(listener)
        });
    }
}

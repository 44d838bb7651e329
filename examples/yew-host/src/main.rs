//! A small Yew app that mounts the `ClientFit` component like any other, with a questionnaire of
//! its own given inline, and shows what the component reports through its callbacks.

use client_fit_core::backup::Custom;
use client_fit_core::embed::Reveal;
use client_fit_ui::{ClientFit, QuestionnaireSource};
use yew::prelude::*;

/// The host's own questionnaire (the test fixture: five questions, two verdicts).
const QUESTIONNAIRE: &str = include_str!("../../../crates/core/tests/fixtures/minimal.json");

/// The last thing the component reported: which callback, and its payload.
#[derive(Clone, PartialEq)]
struct Heard {
    callback: &'static str,
    payload: serde_json::Value,
}

#[component]
fn Host() -> Html {
    let heard = use_state(|| None::<Heard>);
    let source = use_memo((), |_| {
        serde_json::from_str(QUESTIONNAIRE)
            .map_err(|e| e.to_string())
            .and_then(|json| Custom::read(json).map_err(|p| format!("{} problems", p.len())))
            .map(|custom| QuestionnaireSource::Inline(Box::new(custom)))
    });
    let report = |callback: &'static str| {
        let heard = heard.clone();
        Some(Callback::from(move |payload: serde_json::Value| {
            heard.set(Some(Heard { callback, payload }))
        }))
    };
    let questionnaire = match &*source {
        Ok(source) => html! {
            <ClientFit
                questionnaire={source.clone()}
                reveal={Reveal::Summary}
                consultant_name="Vega Studio"
                storage_key="yew-host.intake"
                on_ready={report("on_ready")}
                on_change={report("on_change")}
                on_complete={report("on_complete")}
            />
        },
        Err(problem) => {
            html! { <p role="alert">{ format!("The questionnaire does not load: {problem}") }</p> }
        }
    };
    let verdict = heard
        .as_ref()
        .and_then(|h| h.payload.pointer("/verdict/label"))
        .and_then(|v| v.as_str())
        .map(|v| html! { <p class="host-verdict">{ "Verdict: " }<strong>{ v.to_owned() }</strong></p> });
    html! {
        <main class="host">
            <h1>{ "Tell us about your project" }</h1>
            <p>{ "A Yew app of its own, with the Client Fit component in the middle." }</p>
            { questionnaire }
            <section class="host-report" aria-live="polite">
                <h2>{ "What the host app heard" }</h2>
                if let Some(heard) = &*heard {
                    <p class="host-callback">{ heard.callback }</p>
                    { for verdict }
                    <pre tabindex="0">{ serde_json::to_string_pretty(&heard.payload).unwrap_or_default() }</pre>
                } else {
                    <p>{ "Nothing yet." }</p>
                }
            </section>
        </main>
    }
}

fn main() {
    yew::Renderer::<Host>::new().render();
}

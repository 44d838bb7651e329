//! "Trust your blink": the first impression, asked before any question.

use yew::prelude::*;

use crate::answer_keys;
use crate::context::use_app;
use crate::state::Action;
use client_fit_core::model::Impression;
use client_fit_core::ui_text::Ui;
use web_sys::HtmlInputElement;

use super::{ChoiceGroup, NavButtons, ProgressBar, RadioChoice};

/// The first-impression step: the gut feeling before any question, and one line on why.
#[component]
pub fn BlinkPage() -> Html {
    let app = use_app();
    let blink = app.flow.session.as_ref().and_then(|s| s.work.blink.clone());
    let impression = blink.as_ref().map(|b| b.impression);
    let why = blink.as_ref().map(|b| b.why.clone()).unwrap_or_default();
    let why_id = app.id("blink-why");

    const IMPRESSIONS: [(Impression, Ui, &str, &str); 3] = [
        (
            Impression::Good,
            Ui::ImpressionGood,
            "good",
            "cf-impression-good",
        ),
        (
            Impression::Unsure,
            Ui::ImpressionUnsure,
            "unsure",
            "cf-impression-unsure",
        ),
        (
            Impression::Bad,
            Ui::ImpressionBad,
            "bad",
            "cf-impression-bad",
        ),
    ];
    let choices: Vec<RadioChoice> = IMPRESSIONS
        .iter()
        .map(|(_, label, key, class)| RadioChoice {
            class: Some(class),
            ..RadioChoice::new(*key, app.ui(*label))
        })
        .collect();
    let selected = IMPRESSIONS
        .iter()
        .find(|(value, ..)| impression == Some(*value))
        .map(|(_, _, key, _)| AttrValue::from(*key));
    let onchange = {
        let app = app.clone();
        Callback::from(move |key: AttrValue| {
            if let Some((value, ..)) = IMPRESSIONS.iter().find(|(_, _, k, _)| *k == key.as_str()) {
                app.dispatch(Action::SetImpression(*value));
            }
        })
    };
    let oninput = {
        let app = app.clone();
        Callback::from(move |e: InputEvent| {
            let why = e.target_unchecked_into::<HtmlInputElement>().value();
            app.dispatch(Action::SetBlinkWhy(why));
        })
    };
    let onkeydown = answer_keys::onkeydown();
    html! {
        <section class="cf-page cf-blink" aria-labelledby={app.id("heading")} {onkeydown}>
            <ProgressBar />
            <h2 class="cf-title" id={app.id("heading")} tabindex="-1">{ app.ui(Ui::BlinkTitle) }</h2>
            <ChoiceGroup name="blink" class="cf-question" legend={app.ui(Ui::BlinkQuestion)}
                help={app.ui(Ui::BlinkHelp)} {choices} {selected} {onchange} row=true keys=true />
            <div class="cf-field">
                <label class="cf-label" for={why_id.clone()}>{ app.ui(Ui::BlinkWhy) }</label>
                <input class="cf-input" type="text" id={why_id} maxlength="200" value={why} {oninput}
                    disabled={impression.is_none()} />
            </div>
            <NavButtons />
        </section>
    }
}

//! "Trust your blink": the first impression, asked before any question.

use yew::prelude::*;

use crate::context::use_app;
use crate::state::Action;
use client_fit_core::model::Impression;
use client_fit_core::ui_text::Ui;
use web_sys::HtmlInputElement;

use super::{NavButtons, ProgressBar};

/// The first-impression step: the gut feeling before any question, and one line on why.
#[component]
pub fn BlinkPage() -> Html {
    let app = use_app();
    let blink = app.flow.session.as_ref().and_then(|s| s.work.blink.clone());
    let impression = blink.as_ref().map(|b| b.impression);
    let why = blink.as_ref().map(|b| b.why.clone()).unwrap_or_default();
    let why_id = app.id("blink-why");
    let help_id = app.id("blink-help");

    let choices = [
        (Impression::Good, Ui::ImpressionGood, "good"),
        (Impression::Unsure, Ui::ImpressionUnsure, "unsure"),
        (Impression::Bad, Ui::ImpressionBad, "bad"),
    ]
    .into_iter()
    .map(|(value, label, key)| {
        let id = app.id(&format!("blink-{key}"));
        let onchange = {
            let app = app.clone();
            Callback::from(move |_| app.dispatch(Action::SetImpression(value)))
        };
        html! {
            <div class={classes!("cf-choice", format!("cf-impression-{key}"))}>
                <input type="radio" id={id.clone()} name={app.id("blink")} checked={impression == Some(value)} {onchange} />
                <label for={id}>{ app.ui(label) }</label>
            </div>
        }
    });
    let oninput = {
        let app = app.clone();
        Callback::from(move |e: InputEvent| {
            let why = e.target_unchecked_into::<HtmlInputElement>().value();
            app.dispatch(Action::SetBlinkWhy(why));
        })
    };
    html! {
        <section class="cf-page cf-blink" aria-labelledby={app.id("heading")}>
            <ProgressBar />
            <h2 class="cf-title" id={app.id("heading")} tabindex="-1">{ app.ui(Ui::BlinkTitle) }</h2>
            <fieldset class="cf-fieldset cf-question" aria-describedby={help_id.clone()}>
                <legend class="cf-legend">{ app.ui(Ui::BlinkQuestion) }</legend>
                <p class="cf-help" id={help_id}>{ app.ui(Ui::BlinkHelp) }</p>
                <div class="cf-choices cf-choices-row">{ for choices }</div>
            </fieldset>
            <div class="cf-field">
                <label class="cf-label" for={why_id.clone()}>{ app.ui(Ui::BlinkWhy) }</label>
                <input class="cf-input" type="text" id={why_id} maxlength="200" value={why} {oninput}
                    disabled={impression.is_none()} />
            </div>
            <NavButtons />
        </section>
    }
}

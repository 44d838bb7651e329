//! The consultant's own verdict over the computed one, always with a written reason. The
//! computed verdict stays on screen beside it; nothing is replaced silently.

use yew::prelude::*;

use crate::context::{use_app, use_assessment};
use crate::state::Action;
use client_fit_core::ui_text::Ui;
use client_fit_core::work::Overrule;
use web_sys::HtmlTextAreaElement;

use super::{ChoiceGroup, RadioChoice};

/// Overrules the computed verdict with a reason, or removes the overrule.
#[component]
pub fn OverruleForm() -> Html {
    let app = use_app();
    let verdict = use_state(String::new);
    let reason = use_state(String::new);
    let missing_reason = use_state(|| false);
    let Some((session, questionnaire)) = use_assessment() else {
        return Html::default();
    };
    if session.work.overrule.is_some() {
        let remove = {
            let app = app.clone();
            Callback::from(move |_| app.dispatch(Action::Overrule(None)))
        };
        return html! {
            <div class="cf-actions">
                <button type="button" class="cf-button" onclick={remove}>{ app.ui(Ui::OverruleRemove) }</button>
            </div>
        };
    }
    let tiers = questionnaire.tiers_best_first();
    let chosen = if verdict.is_empty() {
        tiers.first().map(|t| t.id.clone()).unwrap_or_default()
    } else {
        (*verdict).clone()
    };
    let choices: Vec<RadioChoice> = tiers
        .iter()
        .map(|tier| RadioChoice::new(tier.id.clone(), app.text(&questionnaire, &tier.label)))
        .collect();
    let on_choice = {
        let verdict = verdict.clone();
        Callback::from(move |tier: AttrValue| verdict.set(tier.to_string()))
    };
    let reason_id = app.id("overrule-reason");
    let error_id = app.id("overrule-error");
    let oninput = {
        let reason = reason.clone();
        Callback::from(move |e: InputEvent| {
            reason.set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let apply = {
        let (app, reason, missing_reason, questionnaire) = (
            app.clone(),
            reason.clone(),
            missing_reason.clone(),
            questionnaire.clone(),
        );
        let chosen = chosen.clone();
        Callback::from(
            move |_| match Overrule::new(&questionnaire, &chosen, &reason) {
                Some(overrule) => {
                    missing_reason.set(false);
                    app.dispatch(Action::Overrule(Some(overrule)));
                }
                None => missing_reason.set(true),
            },
        )
    };
    html! {
        <details class="cf-block cf-overrule">
            <summary class="cf-subtitle">{ app.ui(Ui::OverruleTitle) }</summary>
            <p class="cf-help">{ app.ui(Ui::OverruleHelp) }</p>
            <ChoiceGroup name="overrule" legend={app.ui(Ui::OverruleVerdict)} {choices}
                selected={AttrValue::from(chosen.clone())} onchange={on_choice} />
            <div class="cf-field">
                <label class="cf-label" for={reason_id.clone()}>{ app.ui(Ui::OverruleReason) }</label>
                <textarea class="cf-input cf-textarea" id={reason_id} rows="2" maxlength="500" value={(*reason).clone()} {oninput}
                    aria-invalid={missing_reason.to_string()}
                    aria-describedby={missing_reason.then(|| error_id.clone())} />
                if *missing_reason {
                    <p class="cf-field-error" id={error_id}>{ app.ui(Ui::OverruleNeedsReason) }</p>
                }
            </div>
            <button type="button" class="cf-button" onclick={apply}>{ app.ui(Ui::OverruleApply) }</button>
        </details>
    }
}

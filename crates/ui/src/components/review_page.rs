//! The review step: lists the questions still unanswered before the result.

use yew::prelude::*;

use crate::context::{use_app, use_assessment};
use crate::state::Action;
use client_fit_core::model::Lens;
use client_fit_core::session::Step;
use client_fit_core::ui_text::Ui;
use web_sys::HtmlInputElement;

use super::{NavButtons, ProgressBar};

/// The review before the result: the questions still open, each a link back to its section.
#[component]
pub fn ReviewPage() -> Html {
    let app = use_app();
    let Some((session, questionnaire)) = use_assessment() else {
        return Html::default();
    };
    let unanswered = session.unanswered(&questionnaire, &app.records.profile);
    // The first impression is asked first and easily passed by; the review names it when it
    // is missing, since the verdict weighs it.
    let no_impression = questionnaire.lens != Lens::Intake && session.work.blink.is_none();
    let impression_item = no_impression.then(|| {
        let go = {
            let app = app.clone();
            Callback::from(move |_| app.dispatch(Action::GoTo(Step::Blink)))
        };
        html! {
            <li class="cf-review-item cf-review-impression">
                <span>{ app.ui(Ui::BlinkTitle) }</span>
                <button type="button" class="cf-button cf-button-quiet" onclick={go}>{ app.ui(Ui::GoToQuestion) }</button>
            </li>
        }
    });
    // Required questions still without an answer: the result waits for them.
    let required = session.missing_required(&questionnaire, &app.records.profile);
    let unanswered: Vec<&str> = unanswered
        .into_iter()
        .filter(|id| !required.contains(id))
        .collect();
    let item = |id: &&str| {
        let section = questionnaire
            .sections
            .iter()
            .position(|s| s.questions.iter().any(|q| q.id == *id))?;
        let question = questionnaire.question(id)?;
        let go = {
            let app = app.clone();
            Callback::from(move |_| app.dispatch(Action::GoTo(Step::Section(section))))
        };
        Some(html! {
            <li class="cf-review-item">
                <span>{ app.text(&questionnaire, &question.text) }</span>
                <button type="button" class="cf-button cf-button-quiet" onclick={go}>{ app.ui(Ui::GoToQuestion) }</button>
            </li>
        })
    };
    let items = unanswered.iter().filter_map(item);
    let required_items: Vec<Html> = required.iter().filter_map(item).collect();
    // In a widget the prospect names themself here, before the answers are handed over.
    let name = app.setup.embedded.is_some().then(|| {
        let name_id = app.id("prospect-name");
        let oninput = {
            let app = app.clone();
            Callback::from(move |e: InputEvent| {
                let input: HtmlInputElement = e.target_unchecked_into();
                app.dispatch(Action::SetClient(input.value()));
            })
        };
        html! {
            <div class="cf-field">
                <label class="cf-label" for={name_id.clone()}>{ app.ui(Ui::ProspectName) }</label>
                <input class="cf-input" type="text" id={name_id} autocomplete="name"
                    value={session.work.client.clone()} {oninput} />
            </div>
        }
    });
    // A prospect in a widget does not see "the result": they go on to send their answers.
    let prospect = app.setup.embedded.is_some();
    let (required_note, unanswered_note) = if prospect {
        (Ui::ReviewRequiredProspect, Ui::ReviewUnansweredProspect)
    } else {
        (Ui::ReviewRequired, Ui::ReviewUnanswered)
    };
    html! {
        <section class="cf-page cf-review" aria-labelledby={app.id("heading")}>
            <ProgressBar />
            <h2 class="cf-title" id={app.id("heading")} tabindex="-1">{ app.ui(Ui::ReviewTitle) }</h2>
            if !required_items.is_empty() {
                <div class="cf-block cf-review-required" role="status">
                    <p class="cf-intro">{ app.ui(required_note) }</p>
                    <ul class="cf-review-list">{ for required_items }</ul>
                </div>
            }
            if unanswered.is_empty() && !no_impression {
                <p class="cf-intro">{ app.ui(Ui::ReviewAllAnswered) }</p>
            } else {
                <p class="cf-intro">{ app.ui(unanswered_note) }</p>
                <ul class="cf-review-list">{ for impression_item }{ for items }</ul>
            }
            { for name }
            <NavButtons />
        </section>
    }
}

//! "What answers lead to each verdict", in the editor's preview: for each verdict tier, an
//! example set of answers the engine's own search found (`explain::answers_for_each_tier`),
//! each of which can be tried out in the preview. The search runs again only when the
//! questionnaire or the profile changed.

use std::rc::Rc;

use yew::prelude::*;

use crate::context::use_app;
use crate::state::Action;
use client_fit_core::condition::Visibility;
use client_fit_core::describe::answer_text_with_currency;
use client_fit_core::explain::answers_for_each_tier;
use client_fit_core::model::Questionnaire;
use client_fit_core::ui_text::Ui;

/// Props of [`PreviewTiers`].
#[derive(Properties, PartialEq)]
pub struct PreviewTiersProps {
    /// The questionnaire being edited.
    pub questionnaire: Rc<Questionnaire>,
}

/// Each verdict tier with answers that reach it, or a word that none do.
#[component]
pub fn PreviewTiers(props: &PreviewTiersProps) -> Html {
    let app = use_app();
    let profile = app.records.profile.clone();
    let found = use_memo(
        (props.questionnaire.clone(), profile.clone()),
        |(q, profile)| answers_for_each_tier(q, profile),
    );
    let q = &props.questionnaire;
    let language = app.records.language.clone();
    let heading = app.id("preview-tiers");
    let tiers = found.iter().map(|example| {
        let Some(band) = q.verdict(&example.tier) else {
            return Html::default();
        };
        let label = app.text(q, &band.label);
        let body = match &example.answers {
            None => html! { <p class="cf-help cf-preview-tier-none">{ app.ui(Ui::TiersNone) }</p> },
            Some(answers) => {
                // Only what a person answering would see: hidden questions' answers count for
                // nothing.
                let shown = Visibility::of(q, answers, &profile);
                let lines = (q.questions().enumerate())
                    .filter(|(index, _)| shown.questions[*index])
                    .filter_map(|(_, (_, question))| {
                        let answer = answers.get(&question.id)?;
                        let said = answer_text_with_currency(
                            q,
                            question,
                            answer,
                            &language,
                            &profile.currency,
                        );
                        // "Is the budget set?: Yes" reads wrong: a question that ends in
                        // its own mark is followed by a space only.
                        let asked = app.text(q, &question.text);
                        let between = match asked.trim_end().chars().last() {
                            Some('?' | '!' | ':' | '.' | '？' | '！' | '：' | '。') => " ",
                            _ => ": ",
                        };
                        Some(html! {
                            <li>{ asked }{ between }<strong>{ said }</strong></li>
                        })
                    });
                let try_them = {
                    let (app, answers) = (app.clone(), answers.clone());
                    Callback::from(move |_| app.dispatch(Action::SetPreview(answers.clone())))
                };
                html! {
                    <>
                        <details class="cf-preview-tier-answers">
                            <summary>{ app.ui(Ui::TiersAnswers) }</summary>
                            <ul>{ for lines }</ul>
                        </details>
                        <button type="button" class="cf-button cf-preview-try" onclick={try_them}>
                            { app.ui_fill(Ui::TiersTry, &[("verdict", &label)]) }
                        </button>
                    </>
                }
            }
        };
        html! {
            <li class="cf-preview-tier" data-tier={example.tier.clone()}>
                <p class="cf-preview-tier-label"><strong>{ label.clone() }</strong></p>
                { body }
            </li>
        }
    });
    html! {
        <section class="cf-preview-tiers" aria-labelledby={heading.clone()}>
            <h4 class="cf-subtitle" id={heading}>{ app.ui(Ui::TiersHeading) }</h4>
            <p class="cf-help">{ app.ui(Ui::TiersIntro) }</p>
            <ul class="cf-preview-tier-list">{ for tiers }</ul>
        </section>
    }
}

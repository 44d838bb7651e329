//! Section n of m and the share of questions answered.

use yew::prelude::*;

use crate::context::use_app;
use client_fit_core::ui_text::Ui;

/// Where the person is in the questionnaire: the section and the share answered.
#[component]
pub fn ProgressBar() -> Html {
    let app = use_app();
    let (Some(session), Some(questionnaire)) = (
        app.flow.session.as_deref(),
        app.flow.questionnaire.as_deref(),
    ) else {
        return Html::default();
    };
    let progress = session.progress(questionnaire, &app.records.profile);
    let percent = progress.percent();
    let section = app.ui_fill(
        Ui::SectionOf,
        &[
            ("n", &progress.section.to_string()),
            ("m", &progress.sections.to_string()),
        ],
    );
    let answered = app.ui_fill(Ui::PercentAnswered, &[("p", &percent.to_string())]);
    html! {
        <div class="cf-progress">
            <div class="cf-progress-text">
                <span>{ app.text(questionnaire, &questionnaire.title) }</span>
                <span>{ section }{ " · " }{ answered.clone() }</span>
            </div>
            <progress class="cf-progress-bar" max="100" value={percent.to_string()} aria-label={answered}></progress>
        </div>
    }
}

//! Where the person is (before the questions, section n of m, or the review) and how many of
//! the questions shown are answered.

use yew::prelude::*;

use crate::context::use_app;
use client_fit_core::session::Step;
use client_fit_core::ui_text::Ui;

/// Where the person is in the questionnaire, and how many questions are answered.
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
    // Where the person is: before the questions (the terms and the first impression), in a
    // section, or past them (the review and the result), never "Section 0".
    let place = match session.step {
        Step::Terms | Step::Blink => app.ui(Ui::BeforeQuestions).to_owned(),
        Step::Section(_) => app.ui_fill(
            Ui::SectionOf,
            &[
                ("n", &progress.section.to_string()),
                ("m", &progress.sections.to_string()),
            ],
        ),
        Step::Review | Step::Result => app.ui(Ui::ReviewTitle).to_owned(),
    };
    // Counted in questions, not a percentage: "12 of 34" says how much is left.
    let answered = app.ui_fill(
        Ui::QuestionsAnswered,
        &[
            ("a", &progress.answered.to_string()),
            ("q", &progress.questions.to_string()),
        ],
    );
    html! {
        <div class="cf-progress">
            <div class="cf-progress-text">
                <span>{ app.text(questionnaire, &questionnaire.title) }</span>
                <span>{ place }{ " · " }{ answered.clone() }</span>
            </div>
            <progress class="cf-progress-bar" max="100" value={percent.to_string()} aria-label={answered}></progress>
        </div>
    }
}

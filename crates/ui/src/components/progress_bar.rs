//! Where the person is (before the questions, section n of m, or the review) and how many of
//! the questions shown are answered; on a re-assessment, how many answers changed.

use yew::prelude::*;

use crate::context::use_app;
use client_fit_core::history::{AnswerChange, changed_answers, find};
use client_fit_core::session::Place;
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
    // Where the person is: before the questions (the terms and the first impression), in a
    // section, or past them (the review and the result). `Place` has no section 0 to print.
    let place = match progress.place {
        Place::BeforeQuestions => app.ui(Ui::BeforeQuestions).to_owned(),
        Place::Section(n) => app.ui_fill(
            Ui::SectionOf,
            &[("n", &n.to_string()), ("m", &progress.sections.to_string())],
        ),
        Place::AfterQuestions => app.ui(Ui::ReviewTitle).to_owned(),
    };
    // Counted in questions, not a percentage: "12 of 34" says how much is left.
    let answered = app.ui_fill(
        Ui::QuestionsAnswered,
        &[
            ("a", &progress.answered.to_string()),
            ("q", &progress.questions.to_string()),
        ],
    );
    let earlier = session
        .work
        .previous
        .as_deref()
        .and_then(|id| find(&app.records.history, id));
    // A re-assessment starts with every earlier answer in place: the share answered is full
    // from its first step, so its bar follows the steps instead, and the line adds how many
    // answers differ so far (the first impression is asked afresh, so it is not counted).
    let (percent, label, changed) = match earlier {
        Some(earlier) => {
            let changed = changed_answers(
                questionnaire,
                &app.records.profile,
                &earlier.work,
                &session.work,
            )
            .iter()
            .filter(|c| matches!(c, AnswerChange::Question { .. }))
            .count();
            (
                progress.through_percent(),
                place.clone(),
                Some(app.ui_fill(Ui::AnswersChangedCount, &[("n", &changed.to_string())])),
            )
        }
        None => (progress.percent(), answered.clone(), None),
    };
    html! {
        <div class="cf-progress">
            <div class="cf-progress-text">
                <span>{ app.text(questionnaire, &questionnaire.title) }</span>
                <span>
                    { place }{ " · " }{ answered }
                    if let Some(changed) = changed {
                        { " · " }{ changed }
                    }
                </span>
            </div>
            <progress class="cf-progress-bar" max="100" value={percent.to_string()} aria-label={label}></progress>
        </div>
    }
}

//! One section of questions, with the progress bar and the navigation; or, one question at a
//! time, the section's current question.

use yew::prelude::*;

use crate::answer_keys;
use crate::context::{use_app, use_assessment};
use crate::state::Action;
use client_fit_core::ui_text::Ui;

use super::{NavButtons, ProgressBar, QuestionField};

#[derive(Properties, PartialEq)]
pub struct SectionPageProps {
    /// Index of the section in the questionnaire.
    pub index: usize,
}

/// One section of questions (those its conditions show), or one question of it at a time.
#[component]
pub fn SectionPage(props: &SectionPageProps) -> Html {
    let app = use_app();
    let Some((session, questionnaire)) = use_assessment() else {
        return Html::default();
    };
    let Some(section) = questionnaire.sections.get(props.index) else {
        return Html::default();
    };
    let shown = session.shown_questions(&questionnaire, &app.records.profile, props.index);
    let one = app.one_question_shown();
    let questions = shown
        .iter()
        .filter(|offset| one.is_none_or(|current| current == **offset))
        .filter_map(|offset| section.questions.get(*offset))
        .map(|q| html! { <QuestionField key={q.id.clone()} question={AttrValue::from(q.id.clone())} current={one.is_some()} /> });
    // Where in the section the question shown is, one at a time: "Question 2 of 5".
    let position = one.and_then(|current| {
        let at = shown.iter().position(|q| *q == current)?;
        Some(app.ui_fill(
            Ui::QuestionOf,
            &[
                ("n", &(at + 1).to_string()),
                ("total", &shown.len().to_string()),
            ],
        ))
    });
    // In a widget the questionnaire's own intro greets the prospect before the first question.
    let first_section = session
        .shown_sections(&questionnaire, &app.records.profile)
        .first()
        .is_some_and(|first| *first == props.index);
    let at_start = one.is_none_or(|current| shown.first() == Some(&current));
    let welcome = (app.setup.embedded.is_some() && first_section && at_start)
        .then_some(questionnaire.intro.as_ref())
        .flatten()
        .map(|intro| html! { <p class="cf-intro cf-questionnaire-intro">{ app.text(&questionnaire, intro) }</p> });
    let toggle = {
        let (app, one) = (app.clone(), app.records.one_question);
        Callback::from(move |_| app.dispatch(Action::SetOneQuestion(!one)))
    };
    let onkeydown = answer_keys::onkeydown();
    html! {
        <section class={classes!("cf-page", "cf-section", one.map(|_| "cf-one-question"))}
            aria-labelledby={app.id("heading")} {onkeydown}>
            { for welcome }
            <ProgressBar />
            <div class="cf-section-head">
                <h2 class="cf-title" id={app.id("heading")} tabindex="-1">{ app.text(&questionnaire, &section.title) }</h2>
                <button type="button" class="cf-button cf-button-quiet cf-layout-toggle"
                    aria-pressed={if app.records.one_question { "true" } else { "false" }} onclick={toggle}>
                    { app.ui(Ui::OneQuestionAtATime) }
                </button>
            </div>
            if let Some(position) = position {
                <p class="cf-question-position">{ position }</p>
            } else if let Some(intro) = &section.intro {
                <p class="cf-intro">{ app.text(&questionnaire, intro) }</p>
            }
            { for questions }
            <NavButtons />
        </section>
    }
}

//! One section of questions, with the progress bar and the navigation.

use yew::prelude::*;

use crate::answer_keys;
use crate::context::{use_app, use_assessment};
use client_fit_core::condition::Visibility;

use super::{NavButtons, ProgressBar, QuestionField};

#[derive(Properties, PartialEq)]
pub struct SectionPageProps {
    /// Index of the section in the questionnaire.
    pub index: usize,
}

/// One section of questions (those its conditions show).
#[component]
pub fn SectionPage(props: &SectionPageProps) -> Html {
    let app = use_app();
    let Some((session, questionnaire)) = use_assessment() else {
        return Html::default();
    };
    let Some(section) = questionnaire.sections.get(props.index) else {
        return Html::default();
    };
    let visibility = Visibility::of(&questionnaire, &session.work.answers, &app.records.profile);
    let first: usize = questionnaire.sections[..props.index]
        .iter()
        .map(|s| s.questions.len())
        .sum();
    let questions = section
        .questions
        .iter()
        .enumerate()
        .filter(|(offset, _)| visibility.questions.get(first + offset) == Some(&true))
        .map(|(_, q)| html! { <QuestionField key={q.id.clone()} question={AttrValue::from(q.id.clone())} /> });
    let onkeydown = answer_keys::onkeydown();
    html! {
        <section class="cf-page cf-section" aria-labelledby={app.id("heading")} {onkeydown}>
            <ProgressBar />
            <h2 class="cf-title" id={app.id("heading")} tabindex="-1">{ app.text(&questionnaire, &section.title) }</h2>
            if let Some(intro) = &section.intro {
                <p class="cf-intro">{ app.text(&questionnaire, intro) }</p>
            }
            { for questions }
            <NavButtons />
        </section>
    }
}

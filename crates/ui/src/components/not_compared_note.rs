//! Under a question that compares with a profile value that is not set: a quiet line saying it
//! is not compared and which value to set, with a way to the profile. Not shown to a prospect
//! (a widget, or the intake they fill in themselves).

use yew::prelude::*;

use crate::context::use_app;
use crate::state::{Action, View};
use client_fit_core::model::Lens;
use client_fit_core::not_compared::{field_words, unset_fields};
use client_fit_core::ui_text::Ui;

/// Which question the note is for.
#[derive(Properties, PartialEq)]
pub struct NotComparedNoteProps {
    /// Id of the question in the current questionnaire.
    pub question: AttrValue,
}

/// Under a question that compares with the profile: a note when the profile field it needs is
/// unset, so the answer counts for nothing yet, with a way to set it.
#[component]
pub fn NotComparedNote(props: &NotComparedNoteProps) -> Html {
    let app = use_app();
    let Some(questionnaire) = app.flow.questionnaire.clone() else {
        return Html::default();
    };
    let Some(question) = questionnaire.question(&props.question) else {
        return Html::default();
    };
    if app.setup.embedded.is_some() || questionnaire.lens == Lens::Intake {
        return Html::default();
    }
    let unset = unset_fields(question, &app.records.profile);
    if unset.is_empty() {
        return Html::default();
    }
    let open_profile = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Show(View::Profile)))
    };
    let lines = unset.into_iter().map(|field| {
        let line = app.ui_fill(Ui::NotComparedLine, &[("what", app.ui(field_words(field)))]);
        html! { <span class="cf-not-compared-line">{ line }</span> }
    });
    html! {
        <p class="cf-help cf-not-compared-note">
            { for lines }
            { " " }
            <button type="button" class="cf-link" onclick={open_profile}>{ app.ui(Ui::OpenProfile) }</button>
        </p>
    }
}

//! On the result: the answers that were not measured against the profile because a value they
//! compare with is not set, with a way to the profile. Nothing in a widget (the prospect has no
//! profile) or when everything was compared.

use yew::prelude::*;

use crate::app::context::use_app;
use crate::app::state::{Action, View};
use crate::core::not_compared::{field_words, not_compared};
use crate::core::ui_text::Ui;

#[component]
pub fn NotCompared() -> Html {
    let app = use_app();
    let (Some(session), Some(questionnaire)) = (app.session.clone(), app.questionnaire.clone())
    else {
        return Html::default();
    };
    if app.embedded.is_some() {
        return Html::default();
    }
    let list = not_compared(&questionnaire, &session.work.answers, &app.profile);
    if list.is_empty() {
        return Html::default();
    }
    let items = list.iter().map(|(question, field)| {
        let text = questionnaire
            .question(question)
            .map(|q| app.text(&questionnaire, &q.text))
            .unwrap_or_default();
        let line = app.ui_fill(
            Ui::NotComparedItem,
            &[("question", &text), ("what", app.ui(field_words(*field)))],
        );
        html! { <li>{ line }</li> }
    });
    let open_profile = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Show(View::Profile)))
    };
    html! {
        <section class="cf-block cf-not-compared" aria-labelledby={app.id("not-compared")}>
            <h3 class="cf-subtitle" id={app.id("not-compared")}>{ app.ui(Ui::NotComparedTitle) }</h3>
            <p class="cf-help">{ app.ui(Ui::NotComparedIntro) }</p>
            <ul>{ for items }</ul>
            <button type="button" class="cf-button" onclick={open_profile}>{ app.ui(Ui::OpenProfile) }</button>
        </section>
    }
}

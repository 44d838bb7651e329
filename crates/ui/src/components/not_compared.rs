//! On the result: the answers that were not measured against the profile because a value they
//! compare with is not set, with a way to the profile. Nothing in a widget (the prospect has no
//! profile) or when everything was compared; not printed (it is about the consultant's own
//! settings, and the report keeps to two pages).

use yew::prelude::*;

use crate::context::{use_app, use_assessment};
use crate::state::{Action, View};
use client_fit_core::not_compared::{field_words, not_compared};
use client_fit_core::ui_text::Ui;

/// The questions that could not be compared with the profile because a field is unset.
#[component]
pub fn NotCompared() -> Html {
    let app = use_app();
    let Some((session, questionnaire)) = use_assessment() else {
        return Html::default();
    };
    if app.setup.embedded.is_some() {
        return Html::default();
    }
    let list = not_compared(&questionnaire, &session.work.answers, &app.records.profile);
    if list.is_empty() {
        return Html::default();
    }
    // One line per question, naming every value it lacks (the list is in questionnaire order).
    let mut grouped: Vec<(&str, Vec<&'static str>)> = Vec::new();
    for (question, field) in &list {
        let words = app.ui(field_words(*field));
        match grouped.last_mut() {
            Some((last, fields)) if *last == question.as_str() => fields.push(words),
            _ => grouped.push((question.as_str(), vec![words])),
        }
    }
    let items: Vec<Html> = grouped
        .into_iter()
        .map(|(question, fields)| {
            let text = questionnaire
                .question(question)
                .map(|q| app.text(&questionnaire, &q.text))
                .unwrap_or_default();
            let line = app.ui_fill(
                Ui::NotComparedItem,
                &[("question", &text), ("what", &fields.join(", "))],
            );
            html! { <li>{ line }</li> }
        })
        .collect();
    let open_profile = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Show(View::Profile)))
    };
    let line = app.ui_fill(Ui::NotComparedCount, &[("n", &items.len().to_string())]);
    html! {
        <super::ResultPart class="cf-not-compared" title={AttrValue::from(app.ui(Ui::NotComparedTitle))} line={AttrValue::from(line)}>
            <p class="cf-help">{ app.ui(Ui::NotComparedIntro) }</p>
            <ul>{ for items }</ul>
            <button type="button" class="cf-button" onclick={open_profile}>{ app.ui(Ui::OpenProfile) }</button>
        </super::ResultPart>
    }
}

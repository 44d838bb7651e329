//! Back, Next and Start over, under every step of the questionnaire.

use yew::prelude::*;

use crate::app::context::use_app;
use crate::app::state::Action;
use crate::core::session::Step;
use crate::core::ui_text::Ui;

#[component]
pub fn NavButtons() -> Html {
    let app = use_app();
    let Some(session) = app.session.clone() else {
        return Html::default();
    };
    let at_start = matches!(app.questionnaire.as_deref(), Some(q) if session.back(q, &app.profile) == session.step);
    let next_label = if session.step == Step::Review {
        Ui::SeeResult
    } else {
        Ui::Next
    };
    let dispatch = |action: fn() -> Action| {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(action()))
    };
    html! {
        <nav class="cf-nav">
            if !at_start {
                <button type="button" class="cf-button" onclick={dispatch(|| Action::Back)}>{ app.ui(Ui::Back) }</button>
            }
            <button type="button" class="cf-button cf-button-primary cf-next" onclick={dispatch(|| Action::Next)}>{ app.ui(next_label) }</button>
            <button type="button" class="cf-button cf-button-quiet cf-start-over" id={app.id("start-over")} onclick={dispatch(|| Action::AskStartOver)}>{ app.ui(Ui::StartOver) }</button>
        </nav>
    }
}

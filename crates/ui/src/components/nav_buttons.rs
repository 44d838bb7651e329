//! Back, Next and Start over, under every step of the questionnaire. Next stays while a number
//! on the step does not read (the reducer refuses to move) and takes the person to that field.

use yew::prelude::*;

use crate::context::use_app;
use crate::state::Action;
use client_fit_core::session::Step;
use client_fit_core::ui_text::Ui;

/// Back and Next (or "See the result") under each step; a click during a step change is ignored.
#[component]
pub fn NavButtons() -> Html {
    let app = use_app();
    let Some(session) = app.flow.session.clone() else {
        return Html::default();
    };
    let at_start = matches!(app.flow.questionnaire.as_deref(), Some(q) if session.back(q, &app.records.profile) == session.step);
    // A prospect in a widget does not "see the result" (the consultant chooses what they see):
    // they send their answers, or finish and hand them over.
    let next_label = match (session.step, app.setup.embedded.as_deref()) {
        (Step::Review, None) => Ui::SeeResult,
        (Step::Review, Some(embedded)) if embedded.submit_url.is_some() => Ui::SendMyAnswers,
        (Step::Review, Some(_)) => Ui::Finish,
        _ => Ui::Next,
    };
    // The second click of a double click lands on whatever button the step change put under
    // the pointer (Begin becomes Next, Next becomes the next step's Next): it is ignored, so a
    // double click never skips a step. Keys report 0 clicks and are never ignored.
    let dispatch = |action: fn() -> Action| {
        let app = app.clone();
        Callback::from(move |e: MouseEvent| {
            if e.detail() <= 1 {
                app.dispatch(action())
            }
        })
    };
    let on_next = {
        let app = app.clone();
        Callback::from(move |e: MouseEvent| {
            if e.detail() > 1 {
                return;
            }
            // Held on an entry that does not read: its error is shown, so go to it.
            if let Some(question) = app.blocking_entry() {
                app.focus(&app.question_id(question, "number"));
            }
            app.dispatch(Action::Next)
        })
    };
    // Saved already (it was seen through to its result, then reopened): leaving it for a new
    // screening discards nothing, so nothing asks.
    let saved = session.saved_as.is_some() && app.setup.embedded.is_none();
    let new_screening = {
        let app = app.clone();
        Callback::from(move |e: MouseEvent| {
            if e.detail() <= 1 {
                app.dispatch(Action::NewScreening {
                    now_ms: crate::device::now_ms(),
                })
            }
        })
    };
    html! {
        <nav class="cf-nav">
            if !at_start {
                <button type="button" class="cf-button" onclick={dispatch(|| Action::Back)}>{ app.ui(Ui::Back) }</button>
            }
            <button type="button" class="cf-button cf-button-primary cf-next" onclick={on_next}>{ app.ui(next_label) }</button>
            if saved {
                <button type="button" class="cf-button cf-button-quiet cf-new-screening" onclick={new_screening}>{ app.ui(Ui::NewScreening) }</button>
            } else {
                <button type="button" class="cf-button cf-button-quiet cf-start-over" id={app.id("start-over")} onclick={dispatch(|| Action::AskStartOver)}>{ app.ui(Ui::StartOver) }</button>
            }
        </nav>
    }
}

//! The consultant's private notes on an assessment: on this device only, never in a link.

use yew::prelude::*;

use crate::context::use_app;
use crate::state::Action;
use client_fit_core::ui_text::Ui;
use web_sys::HtmlTextAreaElement;

/// The consultant's own notes on the assessment in progress.
#[component]
pub fn NotesField() -> Html {
    let app = use_app();
    let Some(session) = app.flow.session.clone() else {
        return Html::default();
    };
    let id = app.id("notes");
    let help_id = app.id("notes-help");
    let oninput = {
        let app = app.clone();
        Callback::from(move |e: InputEvent| {
            app.dispatch(Action::SetNotes(
                e.target_unchecked_into::<HtmlTextAreaElement>().value(),
            ))
        })
    };
    html! {
        <div class="cf-block cf-field cf-notes">
            <label class="cf-label" for={id.clone()}>{ app.ui(Ui::Notes) }</label>
            <textarea class="cf-input cf-textarea" {id} rows="3" maxlength="4000" value={session.work.notes.clone()} {oninput}
                aria-describedby={help_id.clone()} />
            <p class="cf-help" id={help_id}>{ app.ui(Ui::NotesHelp) }</p>
        </div>
    }
}

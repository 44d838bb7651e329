//! Asks before something is lost: "Start over" discarding an assessment, or deleting one of the
//! consultant's own questionnaires. Focus goes to Cancel when it opens, Escape cancels, and
//! focus returns to the button that asked when it closes.

use yew::prelude::*;

use crate::context::use_app;
use crate::state::Action;
use client_fit_core::ui_text::Ui;

/// The confirmation, a modal dialog that keeps focus inside it.
#[component]
pub fn ConfirmDialog() -> Html {
    let app = use_app();
    let deleting = app.screen.confirming_delete.clone();
    let open = app.screen.confirming_start_over || deleting.is_some();
    let cancel_id = app.id("confirm-cancel");
    {
        let was_open = use_mut_ref(|| None::<AttrValue>);
        // The button that asked takes the focus back.
        let asker = match &deleting {
            Some(id) => app.id(&format!("own-delete-{id}")),
            None => app.id("start-over"),
        };
        let cancel_id = cancel_id.clone();
        let app = app.clone();
        use_effect_with(open, move |open| {
            if *open {
                app.focus(&cancel_id);
                *was_open.borrow_mut() = Some(asker);
            } else if let Some(asker) = was_open.borrow_mut().take() {
                // A deleted questionnaire's button is gone with it: the page's heading then
                // holds the focus, rather than the document's body.
                app.focus(&app.id("heading"));
                app.focus(&asker);
            }
        });
    }
    if !open {
        return Html::default();
    }
    let cancel_action = match &deleting {
        Some(_) => Action::AskDeleteOwn(None),
        None => Action::CancelStartOver,
    };
    let onkeydown = {
        let (app, cancel_action) = (app.clone(), cancel_action.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                app.dispatch(cancel_action.clone());
            }
        })
    };
    let title_id = app.id("confirm-title");
    let cancel = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(cancel_action.clone()))
    };
    let (text, confirm_label) = match &deleting {
        Some(id) => {
            let title = app
                .own_questionnaire(id)
                .map(|q| app.text(q, &q.title))
                .unwrap_or_default();
            (
                app.ui_fill(Ui::OwnDeleteConfirm, &[("title", &title)]),
                app.ui(Ui::OwnDelete),
            )
        }
        None => (app.ui(Ui::StartOverConfirm).to_owned(), app.ui(Ui::Discard)),
    };
    let confirm = {
        let app = app.clone();
        Callback::from(move |_| match &deleting {
            Some(id) => app.dispatch(Action::DeleteOwn {
                id: id.clone(),
                now_ms: crate::device::now_ms(),
            }),
            None => app.dispatch(Action::StartOver),
        })
    };
    html! {
        <div class="cf-confirm" role="alertdialog" aria-labelledby={title_id.clone()} {onkeydown}>
            <p id={title_id} class="cf-confirm-text">{ text }</p>
            <div class="cf-actions">
                <button type="button" class="cf-button" id={cancel_id} onclick={cancel}>{ app.ui(Ui::Cancel) }</button>
                <button type="button" class="cf-button cf-button-danger" onclick={confirm}>{ confirm_label }</button>
            </div>
        </div>
    }
}

//! Asks before "Start over" discards anything. Focus goes to Cancel when it opens, Escape
//! cancels, and focus returns to the Start over button when it closes without discarding.

use yew::prelude::*;

use crate::context::use_app;
use crate::state::Action;
use client_fit_core::ui_text::Ui;

/// The "start over?" confirmation, a modal dialog that keeps focus inside it.
#[component]
pub fn ConfirmDialog() -> Html {
    let app = use_app();
    let open = app.screen.confirming_start_over;
    let cancel_id = app.id("confirm-cancel");
    {
        let was_open = use_mut_ref(|| false);
        let (cancel_id, start_over_id) = (cancel_id.clone(), app.id("start-over"));
        let app = app.clone();
        use_effect_with(open, move |open| {
            if *open {
                app.focus(&cancel_id);
            } else if std::mem::take(&mut *was_open.borrow_mut()) {
                app.focus(&start_over_id);
            }
            *was_open.borrow_mut() |= *open;
        });
    }
    if !open {
        return Html::default();
    }
    let onkeydown = {
        let app = app.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                app.dispatch(Action::CancelStartOver);
            }
        })
    };
    let title_id = app.id("confirm-title");
    let cancel = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::CancelStartOver))
    };
    let discard = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::StartOver))
    };
    html! {
        <div class="cf-confirm" role="alertdialog" aria-labelledby={title_id.clone()} {onkeydown}>
            <p id={title_id} class="cf-confirm-text">{ app.ui(Ui::StartOverConfirm) }</p>
            <div class="cf-actions">
                <button type="button" class="cf-button" id={cancel_id} onclick={cancel}>{ app.ui(Ui::Cancel) }</button>
                <button type="button" class="cf-button cf-button-danger" onclick={discard}>{ app.ui(Ui::Discard) }</button>
            </div>
        </div>
    }
}

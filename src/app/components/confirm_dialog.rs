//! Asks before "Start over" discards anything.

use yew::prelude::*;

use crate::app::context::use_app;
use crate::app::state::Action;
use crate::core::ui_text::Ui;

#[component]
pub fn ConfirmDialog() -> Html {
    let app = use_app();
    if !app.confirming_start_over {
        return Html::default();
    }
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
        <div class="cf-confirm" role="alertdialog" aria-modal="true" aria-labelledby={title_id.clone()}>
            <p id={title_id} class="cf-confirm-text">{ app.ui(Ui::StartOverConfirm) }</p>
            <div class="cf-actions">
                <button type="button" class="cf-button" onclick={cancel} autofocus=true>{ app.ui(Ui::Cancel) }</button>
                <button type="button" class="cf-button cf-button-danger" onclick={discard}>{ app.ui(Ui::Discard) }</button>
            </div>
        </div>
    }
}

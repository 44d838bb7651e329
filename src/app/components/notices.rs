//! Notices about the device: storage refused, or a damaged save set aside.

use yew::prelude::*;

use crate::app::context::use_app;
use crate::app::state::{Action, Notice};
use crate::core::ui_text::Ui;

#[component]
pub fn Notices() -> Html {
    let app = use_app();
    if app.notices.is_empty() {
        return Html::default();
    }
    let items = app.notices.iter().map(|notice| {
        let text = match notice {
            Notice::StorageUnavailable => Ui::StorageUnavailable,
            Notice::SavedDataDamaged => Ui::SavedDataDamaged,
        };
        let dismiss = {
            let app = app.clone();
            let notice = *notice;
            Callback::from(move |_| app.dispatch(Action::Dismiss(notice)))
        };
        html! {
            <li class="cf-notice">
                <span>{ app.ui(text) }</span>
                <button type="button" class="cf-button cf-button-quiet" onclick={dismiss}>{ "×" }<span class="cf-visually-hidden">{ app.ui(Ui::Cancel) }</span></button>
            </li>
        }
    });
    html! { <ul class="cf-notices" role="status">{ for items }</ul> }
}

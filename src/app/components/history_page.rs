//! Saved assessments: open, rename, delete, re-assess, and the JSON backup.

use yew::prelude::*;

use crate::app::context::use_app;
use crate::core::ui_text::Ui;

#[component]
pub fn HistoryPage() -> Html {
    let app = use_app();
    html! {
        <section class="cf-page cf-history" aria-labelledby={app.id("heading")}>
            <h2 class="cf-title" id={app.id("heading")} tabindex="-1">{ app.ui(Ui::ViewHistory) }</h2>
        </section>
    }
}

//! On every step of a re-assessment: which client it is, and when the earlier assessment it
//! starts from was made.

use yew::prelude::*;

use crate::context::use_app;
use client_fit_core::describe::date_from_ms;
use client_fit_core::session::Step;
use client_fit_core::ui_text::Ui;

/// "Re-assessing Acme — earlier assessment of 2026-03-03" above each step of an assessment that
/// re-assesses one in the history (and, before the result, that its answers are filled in).
/// Nothing for a first assessment, or when the earlier one has been deleted.
#[component]
pub fn ReassessBanner() -> Html {
    let app = use_app();
    let Some(session) = app.flow.session.as_deref() else {
        return Html::default();
    };
    let Some(earlier) = app.earlier() else {
        return Html::default();
    };
    let client = match session.work.client.trim() {
        "" => app.ui(Ui::HistoryNoName),
        name => name,
    };
    let title = app.id("reassess");
    // A region named by its own first line, not a live region: it is read once in the page's
    // order (and found among the landmarks), and, being the same element on every step, it is
    // not announced again each time the step changes.
    html! {
        <section class="cf-reassess" aria-labelledby={title.clone()}>
            <p class="cf-reassess-title" id={title}>
                { app.ui_fill(Ui::ReassessingClient, &[("client", client), ("date", &date_from_ms(earlier.created_ms))]) }
            </p>
            if session.step != Step::Result {
                <p class="cf-reassess-hint">{ app.ui(Ui::ReassessHint) }</p>
            }
        </section>
    }
}

//! Beside the consultant's own screening of a client: what that client said in their own
//! intake (sent from a widget and imported), so both sides are read together. The consultant's
//! notes stay theirs: nothing here goes back to the prospect.

use yew::prelude::*;

use crate::context::{use_app, use_assessment};
use crate::device;
use crate::state::Action;
use client_fit_core::describe::date_from_ms;
use client_fit_core::history::prospect_intake_of;
use client_fit_core::model::Lens;
use client_fit_core::scoring::score;
use client_fit_core::ui_text::Ui;

/// On the consultant's result of a prospect's intake: where it came from and what it said.
#[component]
pub fn ProspectIntake() -> Html {
    let app = use_app();
    let Some((session, current)) = use_assessment() else {
        return Html::default();
    };
    if current.lens == Lens::Intake {
        return Html::default();
    }
    let Some(intake) = prospect_intake_of(&app.records.history, &session.work.client) else {
        return Html::default();
    };
    let Some(theirs) = app.find(&intake.work.questionnaire) else {
        return Html::default();
    };
    let outcome = score(&theirs, &intake.work.answers, &app.records.profile);
    let verdict = intake
        .verdict(outcome.verdict.as_deref())
        .and_then(|id| theirs.verdict(id))
        .map(|band| app.text(&theirs, &band.label).to_string())
        .unwrap_or_else(|| app.ui(Ui::NotEnoughToJudge).to_owned());
    let flags = outcome.flags.iter().filter_map(|raised| {
        let flag = theirs.flag(&raised.flag)?;
        Some(html! { <li>{ app.text(&theirs, &flag.title) }</li> })
    });
    let open = {
        let (app, id) = (app.clone(), intake.id.clone());
        Callback::from(move |_| {
            app.dispatch(Action::Open {
                id: id.clone(),
                now_ms: device::now_ms(),
            })
        })
    };
    let line = app.ui_fill(
        Ui::ProspectIntakeFrom,
        &[
            ("date", &date_from_ms(intake.created_ms)),
            ("verdict", &verdict),
        ],
    );
    html! {
        <section class="cf-block cf-prospect-intake">
            <h3 class="cf-subtitle">{ app.ui(Ui::ProspectSaid) }</h3>
            <p>{ line }</p>
            if !outcome.flags.is_empty() {
                <ul class="cf-flags">{ for flags }</ul>
            }
            <button type="button" class="cf-button" onclick={open}>{ app.ui(Ui::OpenTheirIntake) }</button>
        </section>
    }
}

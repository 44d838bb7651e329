//! One saved assessment in the history: its name, date, verdict and score, and what can be
//! done with it (open, re-assess, rename, delete after a second click). A screening also
//! records how it went with the client in one click; a check-up shows the screening it follows,
//! which can be changed or cleared by hand.

use std::rc::Rc;

use yew::prelude::*;

use crate::context::{AppContext, use_app};
use crate::device;
use crate::state::Action;
use client_fit_core::describe::{date_from_ms, whole};
use client_fit_core::history::Assessment;
use client_fit_core::model::Lens;
use client_fit_core::outcome::{ClientOutcome, Link};
use client_fit_core::scoring::{Standing, assess};
use client_fit_core::ui_text::Ui;
use web_sys::HtmlInputElement;

#[derive(Properties, PartialEq)]
pub struct HistoryRowProps {
    /// Id of the saved assessment.
    pub id: AttrValue,
    /// The client's outcome as it stands (recorded on any screening of them); only for a
    /// screening.
    #[prop_or_default]
    pub outcome: Option<ClientOutcome>,
    /// For a check-up: the label of the screening the client's name finds (`None`: none).
    #[prop_or_default]
    pub by_name: Option<AttrValue>,
    /// For a check-up: every screening it could follow, as (id, label), newest first.
    #[prop_or_default]
    pub screenings: Rc<Vec<(AttrValue, AttrValue)>>,
}

/// One saved assessment with its verdict and score, and what can be done with it.
#[component]
pub fn HistoryRow(props: &HistoryRowProps) -> Html {
    let app = use_app();
    let renaming = use_state(|| None::<String>);
    let confirming_delete = use_state(|| false);
    let Some(assessment) = app
        .records
        .history
        .iter()
        .find(|a| a.id == props.id.as_str())
        .cloned()
    else {
        return Html::default();
    };
    let summary = summary(&app, &assessment);
    let dispatch = |action: fn(String, f64) -> Action| {
        let (app, id) = (app.clone(), assessment.id.clone());
        Callback::from(move |_: MouseEvent| app.dispatch(action(id.clone(), device::now_ms())))
    };
    let name = if assessment.work.client.is_empty() {
        app.ui(Ui::HistoryNoName).to_owned()
    } else {
        assessment.work.client.clone()
    };
    let name_id = app.id(&format!("rename-{}", assessment.id));
    let rename_form = (*renaming).clone().map(|value| {
        let oninput = {
            let renaming = renaming.clone();
            Callback::from(move |e: InputEvent| renaming.set(Some(e.target_unchecked_into::<HtmlInputElement>().value())))
        };
        let save = {
            let (app, id, renaming) = (app.clone(), assessment.id.clone(), renaming.clone());
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                if let Some(client) = (*renaming).clone() {
                    app.dispatch(Action::Rename { id: id.clone(), client, now_ms: device::now_ms() });
                }
                renaming.set(None);
            })
        };
        html! {
            <form class="cf-rename" onsubmit={save}>
                <label class="cf-label" for={name_id.clone()}>{ app.ui(Ui::ClientName) }</label>
                <input class="cf-input" type="text" id={name_id.clone()} maxlength="120" {value} {oninput} />
                <button type="submit" class="cf-button">{ app.ui(Ui::HistorySave) }</button>
            </form>
        }
    });
    let start_rename = {
        let (renaming, client) = (renaming.clone(), assessment.work.client.clone());
        Callback::from(move |_| renaming.set(Some(client.clone())))
    };
    let ask_delete = {
        let confirming_delete = confirming_delete.clone();
        Callback::from(move |_| confirming_delete.set(true))
    };
    let label_id = app.id(&format!("history-{}", assessment.id));
    let lens = app.questionnaire_of(&assessment.work).map(|q| q.lens);
    let by_consultant = assessment.work.source == client_fit_core::work::Source::Consultant;
    let follow_up = match lens {
        Some(Lens::Screen) if by_consultant => outcome_choice(&app, &assessment, props.outcome),
        Some(Lens::Checkup) if by_consultant => link_choice(&app, &assessment, props),
        _ => Html::default(),
    };
    html! {
        <li class="cf-history-item">
            <div class="cf-history-summary">
                <strong class="cf-history-name" id={label_id.clone()}>{ name }</strong>
                <span class="cf-history-meta">{ date_from_ms(assessment.created_ms) }{ " · " }{ summary.questionnaire }</span>
                <span class="cf-history-verdict">{ summary.verdict }{ " · " }{ summary.score }</span>
            </div>
            { follow_up }
            { for rename_form }
            // The buttons are named by the row's client, so "Delete" says whom it deletes.
            <div class="cf-actions" role="group" aria-labelledby={label_id}>
                <button type="button" class="cf-button" onclick={dispatch(|id, now_ms| Action::Open { id, now_ms })}>{ app.ui(Ui::HistoryOpen) }</button>
                <button type="button" class="cf-button" onclick={dispatch(|id, now_ms| Action::Reassess { id, now_ms })}>{ app.ui(Ui::HistoryReassess) }</button>
                <button type="button" class="cf-button cf-button-quiet" onclick={start_rename}>{ app.ui(Ui::HistoryRename) }</button>
                if *confirming_delete {
                    <button type="button" class="cf-button cf-button-danger" onclick={dispatch(|id, _| Action::Delete(id))}>{ app.ui(Ui::HistoryDeleteConfirm) }</button>
                } else {
                    <button type="button" class="cf-button cf-button-quiet" onclick={ask_delete}>{ app.ui(Ui::HistoryDelete) }</button>
                }
            </div>
        </li>
    }
}

struct Summary {
    questionnaire: AttrValue,
    verdict: AttrValue,
    score: String,
}

/// The questionnaire's title, the verdict that stands (an overrule first) and the score.
fn summary(app: &AppContext, assessment: &Assessment) -> Summary {
    let Some(questionnaire) = app.questionnaire_of(&assessment.work) else {
        return Summary {
            questionnaire: assessment.work.questionnaire.clone().into(),
            verdict: "—".into(),
            score: "—".into(),
        };
    };
    let work = &assessment.work;
    let outcome = assess(
        &questionnaire,
        &work.answers,
        work.impression(),
        &app.records.profile,
    );
    let verdict = assessment
        .verdict(outcome.verdict.as_deref())
        .and_then(|id| questionnaire.verdict(id))
        .map_or_else(
            || AttrValue::from(app.ui(Ui::NotEnoughToJudge)),
            |band| app.text(&questionnaire, &band.label),
        );
    Summary {
        questionnaire: app.text(&questionnaire, &questionnaire.title),
        verdict,
        // Too little known: the score would claim more than is known.
        score: (outcome.overall)
            .filter(|_| outcome.standing != Standing::NotEnough)
            .map_or("—".to_owned(), |s| format!("{}/100", whole(s))),
    }
}

/// The client's outcome in one click: a pressed button shows the one recorded, and pressing it
/// again clears it.
fn outcome_choice(
    app: &AppContext,
    assessment: &Assessment,
    current: Option<ClientOutcome>,
) -> Html {
    let label_id = app.id(&format!("outcome-{}", assessment.id));
    let label = match assessment.work.client.trim() {
        "" => app.ui(Ui::OutcomeUnnamed).to_owned(),
        name => app.ui_fill(Ui::OutcomeFor, &[("name", name)]),
    };
    let buttons = ClientOutcome::ALL.into_iter().map(|outcome| {
        let pressed = current == Some(outcome);
        let onclick = {
            let (app, id) = (app.clone(), assessment.id.clone());
            Callback::from(move |_: MouseEvent| {
                app.dispatch(Action::SetOutcome {
                    id: id.clone(),
                    outcome: (!pressed).then_some(outcome),
                    now_ms: device::now_ms(),
                })
            })
        };
        html! {
            <button type="button" class={classes!("cf-outcome", format!("cf-outcome-{}", outcome.id()))}
                aria-pressed={pressed.to_string()} {onclick}>{ app.ui(outcome_label(outcome)) }</button>
        }
    });
    html! {
        <div class="cf-outcome-choice" role="group" aria-labelledby={label_id.clone()}>
            <span class="cf-outcome-label" id={label_id}>{ label }</span>
            <div class="cf-outcome-buttons">{ for buttons }</div>
        </div>
    }
}

/// The words for an outcome.
pub(crate) fn outcome_label(outcome: ClientOutcome) -> Ui {
    match outcome {
        ClientOutcome::WentWell => Ui::OutcomeWentWell,
        ClientOutcome::HardWork => Ui::OutcomeHardWork,
        ClientOutcome::EndedBadly => Ui::OutcomeEndedBadly,
        ClientOutcome::Declined => Ui::OutcomeDeclined,
    }
}

const BY_NAME: &str = "by-name";
const UNLINKED: &str = "none";

/// Which screening a check-up follows: by name (the default), another one by hand, or none.
fn link_choice(app: &AppContext, assessment: &Assessment, props: &HistoryRowProps) -> Html {
    let select_id = app.id(&format!("link-{}", assessment.id));
    let current = match &assessment.follow.link {
        None => BY_NAME.to_owned(),
        Some(Link::Unlinked) => UNLINKED.to_owned(),
        Some(Link::Screening(id)) => id.clone(),
    };
    let onchange = {
        let (app, id) = (app.clone(), assessment.id.clone());
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            let link = match value.as_str() {
                BY_NAME => None,
                UNLINKED => Some(Link::Unlinked),
                screening => Some(Link::Screening(screening.to_owned())),
            };
            app.dispatch(Action::Link {
                id: id.clone(),
                link,
                now_ms: device::now_ms(),
            });
        })
    };
    let by_name = props.by_name.as_ref().map_or_else(
        || app.ui(Ui::LinkAutoNone).to_owned(),
        |found| app.ui_fill(Ui::LinkAuto, &[("screening", found)]),
    );
    let options = props.screenings.iter().map(|(id, label)| {
        html! { <option value={id.clone()} selected={current == id.as_str()}>{ label.clone() }</option> }
    });
    html! {
        <div class="cf-screening-link">
            <label class="cf-label" for={select_id.clone()}>{ app.ui(Ui::LinkLabel) }</label>
            <select class="cf-input cf-select" id={select_id} {onchange}>
                <option value={BY_NAME} selected={current == BY_NAME}>{ by_name }</option>
                { for options }
                <option value={UNLINKED} selected={current == UNLINKED}>{ app.ui(Ui::LinkNone) }</option>
            </select>
        </div>
    }
}

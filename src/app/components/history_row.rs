//! One saved assessment in the history: its name, date, verdict and score, and what can be
//! done with it (open, re-assess, rename, delete after a second click).

use yew::prelude::*;

use crate::app::context::{AppContext, use_app};
use crate::app::device;
use crate::app::state::Action;
use crate::core::describe::date_from_ms;
use crate::core::history::Assessment;
use crate::core::scoring::{Standing, assess};
use crate::core::ui_text::Ui;
use web_sys::HtmlInputElement;

#[derive(Properties, PartialEq)]
pub struct HistoryRowProps {
    /// Id of the saved assessment.
    pub id: AttrValue,
}

/// One saved assessment with its verdict and score, and what can be done with it.
#[component]
pub fn HistoryRow(props: &HistoryRowProps) -> Html {
    let app = use_app();
    let renaming = use_state(|| None::<String>);
    let confirming_delete = use_state(|| false);
    let Some(assessment) = app
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
    html! {
        <li class="cf-history-item">
            <div class="cf-history-summary">
                <strong class="cf-history-name" id={label_id.clone()}>{ name }</strong>
                <span class="cf-history-meta">{ date_from_ms(assessment.created_ms) }{ " · " }{ summary.questionnaire }</span>
                <span class="cf-history-verdict">{ summary.verdict }{ " · " }{ summary.score }</span>
            </div>
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
    let Some(questionnaire) = app.find(&assessment.work.questionnaire) else {
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
        &app.profile,
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
            .map_or("—".to_owned(), |s| format!("{s:.0}/100")),
    }
}

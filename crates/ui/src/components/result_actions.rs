//! What can be done with a result: begin the next screening (this one is saved already),
//! download it as JSON, copy a share link that holds the answers in its fragment, print it.

use yew::prelude::*;

use crate::context::{use_app, use_assessment};
use crate::device;
use crate::state::{Action, Notice};
use client_fit_core::describe::json_file_name;
use client_fit_core::history::Assessment;
use client_fit_core::share::{Shared, encode};
use client_fit_core::ui_text::Ui;

/// The result's actions: a new screening, share link, backup, print; and that it is saved.
#[component]
pub fn ResultActions() -> Html {
    let app = use_app();
    let link = use_state(|| None::<String>);
    let Some((session, questionnaire)) = use_assessment() else {
        return Html::default();
    };
    let new_screening = {
        let app = app.clone();
        Callback::from(move |_| {
            app.dispatch(Action::NewScreening {
                now_ms: device::now_ms(),
            })
        })
    };
    // A widget keeps no history: the prospect's side has its own end page.
    let saved = app.setup.embedded.is_none() && app.setup.saving;
    let download = {
        let session = session.clone();
        Callback::from(move |_| {
            let id = session
                .saved_as
                .clone()
                .unwrap_or_else(|| "unsaved".to_owned());
            let assessment = Assessment::from_session(id, &session, device::now_ms());
            let json = serde_json::to_string_pretty(&assessment).unwrap_or_default();
            device::download(
                &json_file_name("client-fit", &session.work.client, "assessment"),
                "application/json",
                &json,
            );
        })
    };
    let share = {
        let (app, link, session, questionnaire) = (
            app.clone(),
            link.clone(),
            session.clone(),
            questionnaire.clone(),
        );
        Callback::from(
            move |_| match encode(&questionnaire, &Shared::from(&session.work)) {
                Ok(fragment) => {
                    let address = format!("{}#{fragment}", device::page_address());
                    device::copy_text(&address);
                    link.set(Some(address));
                }
                Err(_) => app.dispatch(Action::Notify(Notice::ShareTooLong)),
            },
        )
    };
    let print = {
        let root = app.root.clone();
        Callback::from(move |_| device::print(&root))
    };
    let link_id = app.id("share-link");
    let note_id = app.id("share-note");
    html! {
        <div class="cf-block cf-result-actions">
            <div class="cf-actions">
                <button type="button" class="cf-button cf-new-screening" onclick={new_screening}>{ app.ui(Ui::NewScreening) }</button>
                <button type="button" class="cf-button" onclick={download}>{ app.ui(Ui::DownloadJson) }</button>
                <button type="button" class="cf-button cf-share" onclick={share}>{ app.ui(Ui::CopyShareLink) }</button>
                <button type="button" class="cf-button" onclick={print}>{ app.ui(Ui::Print) }</button>
            </div>
            if saved {
                <p class="cf-help cf-saved-status">{ app.ui(Ui::SavedAsYouGo) }</p>
            }
            if let Some(address) = (*link).clone() {
                <div class="cf-field cf-share-field">
                    <label class="cf-label" for={link_id.clone()}>{ app.ui(Ui::ShareLinkLabel) }</label>
                    <input class="cf-input" type="text" id={link_id} readonly=true value={address}
                        aria-describedby={note_id.clone()} />
                    <p class="cf-help" id={note_id}>{ app.ui(Ui::ShareLinkNote) }</p>
                </div>
            }
        </div>
    }
}

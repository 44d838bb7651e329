//! Saved assessments: open, rename, delete, re-assess, record how it went with each client, and
//! everything as one JSON backup to export and import (the import merges and reports what it
//! took and what it refused). "Your track record" opens from here.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use yew::prelude::*;

use super::{CodePaste, HistoryRow};
use crate::context::{AppContext, use_app};
use crate::device;
use crate::state::{Action, Notice, View};
use client_fit_core::backup::{BackupError, export_with_versions};
use client_fit_core::describe::date_from_ms;
use client_fit_core::track_record;
use client_fit_core::ui_text::Ui;
use web_sys::HtmlInputElement;

/// How many saved assessments History shows at first, and how many more each "Show older" adds.
/// Measured (docs/performance.md): 2,000 rows took over 2 s to open; 50 open within the budget.
const HISTORY_PAGE: usize = 50;

/// The saved assessments, newest first, with backup import and export.
#[component]
pub fn HistoryPage() -> Html {
    let app = use_app();
    // The reader must live until it calls back; one import at a time.
    let reader = use_mut_ref(|| None::<FileReader>);
    let export_backup = {
        let app = app.clone();
        Callback::from(move |_| {
            let text = export_with_versions(
                &app.records.profile,
                &app.records.history,
                &app.custom_questionnaires(),
                &app.records.own,
                &app.records.versions,
                device::now_ms(),
            );
            device::download("client-fit-backup.json", "application/json", &text);
        })
    };
    let import_id = app.id("import");
    let on_import = {
        let (app, reader) = (app.clone(), reader.clone());
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            // Picking the same file again must fire `change` again.
            input.set_value("");
            read_backup(&app, &reader, gloo::file::File::from(file));
        })
    };
    // The track record tells each screening its client's outcome and each check-up the
    // screening its client's name finds.
    // Nothing here needs a verdict: the unscored record is enough, and far cheaper.
    let record = track_record::clients(&app.records.history, |id| app.find(id));
    let screenings: Rc<Vec<(AttrValue, AttrValue)>> = Rc::new(
        record
            .clients
            .iter()
            .map(|c| {
                (
                    AttrValue::from(c.screening.clone()),
                    screening_label(&app, &c.client, c.created_ms),
                )
            })
            .collect(),
    );
    // Each client's screening by client key, found once rather than once per row.
    let mut by_key = client_fit_core::small_map::SmallMap::new();
    for c in &record.clients {
        if let Some(key) = track_record::client_key(&c.client) {
            by_key
                .entry(key)
                .or_insert_with(|| screening_label(&app, &c.client, c.created_ms));
        }
    }
    // The newest first, a page at a time: thousands of rows would take seconds to lay out.
    let shown = use_state(|| HISTORY_PAGE);
    let older = app.records.history.len().saturating_sub(*shown);
    let show_more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + HISTORY_PAGE))
    };
    let rows = app
        .records
        .history
        .iter()
        .rev()
        .take(*shown)
        .map(|assessment| {
            let client = record.client_of(&assessment.id);
            let outcome = client.and_then(|c| c.outcome);
            // What the name alone would find, whatever was chosen by hand.
            let by_name = track_record::client_key(&assessment.work.client)
                .and_then(|key| by_key.get(&key).cloned());
            html! {
                <HistoryRow key={assessment.id.clone()} id={AttrValue::from(assessment.id.clone())}
                    {outcome} {by_name} screenings={screenings.clone()} />
            }
        });
    let open_record = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Show(View::TrackRecord)))
    };
    let open_site = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Show(View::Site)))
    };
    let open_own = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Show(View::Questionnaires)))
    };
    let new_screening = {
        let app = app.clone();
        Callback::from(move |_| {
            app.dispatch(Action::NewScreening {
                now_ms: crate::device::now_ms(),
            })
        })
    };
    html! {
        <section class="cf-page cf-history" aria-labelledby={app.id("heading")}>
            <h2 class="cf-title" id={app.id("heading")} tabindex="-1">{ app.ui(Ui::ViewHistory) }</h2>
            <p class="cf-actions">
                <button type="button" class="cf-button cf-button-primary cf-new-screening" onclick={new_screening}>{ app.ui(Ui::NewScreening) }</button>
                if !app.records.history.is_empty() {
                    <button type="button" class="cf-button cf-track-open" onclick={open_record}>{ app.ui(Ui::TrackTitle) }</button>
                }
                <button type="button" class="cf-button cf-site-open" onclick={open_site}>{ app.ui(Ui::SiteTitle) }</button>
                <button type="button" class="cf-button cf-own-open" onclick={open_own}>{ app.ui(Ui::OwnTitle) }</button>
            </p>
            if app.records.history.is_empty() {
                <p class="cf-intro">{ app.ui(Ui::HistoryEmpty) }</p>
            } else {
                <ul class="cf-history-list">{ for rows }</ul>
                if older > 0 {
                    <p class="cf-actions">
                        <button type="button" class="cf-button cf-history-more" onclick={show_more}>
                            { app.ui(Ui::HistoryShowOlder).replace("{count}", &older.to_string()) }
                        </button>
                    </p>
                }
            }
            <div class="cf-actions">
                <button type="button" class="cf-button" onclick={export_backup}>{ app.ui(Ui::ExportBackup) }</button>
                <input class="cf-visually-hidden" type="file" id={import_id.clone()} accept=".json,application/json" onchange={on_import} />
                <label class="cf-button cf-file" for={import_id}>{ app.ui(Ui::ImportBackup) }</label>
            </div>
            <CodePaste />
        </section>
    }
}

fn read_backup(app: &AppContext, reader: &Rc<RefCell<Option<FileReader>>>, file: gloo::file::File) {
    if file.size() > client_fit_core::backup::MAX_BACKUP_BYTES as u64 {
        app.dispatch(Action::Notify(Notice::BackupFailed(BackupError::TooLarge)));
        return;
    }
    let app = app.clone();
    let slot = reader.clone();
    let task = gloo::file::callbacks::read_as_text(&file, move |result| {
        match result {
            // Merged by the reducer into the history as it is then, not as it was when picked.
            Ok(text) => app.dispatch(Action::Import(text)),
            Err(_) => app.dispatch(Action::Notify(Notice::BackupFailed(BackupError::Damaged(
                app.ui(Ui::BackupUnreadable).to_owned(),
            )))),
        }
        slot.borrow_mut().take();
    });
    *reader.borrow_mut() = Some(task);
}

/// A screening as the check-up's choice names it: the client and the date.
fn screening_label(app: &AppContext, client: &str, created_ms: f64) -> AttrValue {
    let name = if client.is_empty() {
        app.ui(Ui::HistoryNoName)
    } else {
        client
    };
    AttrValue::from(format!("{name} — {}", date_from_ms(created_ms)))
}

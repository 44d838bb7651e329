//! Notices: what just happened (saved, imported, opened from a link) and what went wrong that
//! is not the person's fault (storage refused, a damaged save, a broken link or backup).

use yew::prelude::*;

use crate::context::{AppContext, use_app};
use crate::state::{Action, ImportReport, Notice};
use client_fit_core::backup::{BackupError, Refusal};
use client_fit_core::own::FileError;
use client_fit_core::share::ShareError;
use client_fit_core::ui_text::Ui;

/// The notices above the page: what happened, and problems with a way to act on them.
#[component]
pub fn Notices() -> Html {
    let app = use_app();
    let items = app.screen.notices.iter().map(|notice| {
        let dismiss = {
            let (app, notice) = (app.clone(), notice.clone());
            Callback::from(move |_| app.dispatch(Action::Dismiss(notice.clone())))
        };
        let problem = matches!(
            notice,
            Notice::StorageUnavailable
                | Notice::SavedDataDamaged(_)
                | Notice::EntryDamaged(_)
                | Notice::SavedByNewer
                | Notice::ShareBroken(_)
                | Notice::ShareTooLong
                | Notice::BackupFailed(_)
                | Notice::OwnImportFailed(_)
        );
        html! {
            <li class={classes!("cf-notice", problem.then_some("cf-notice-problem"))}>
                <div>
                    { for lines(&app, notice).into_iter().map(|line| html! { <p>{ line }</p> }) }
                    // Storage refused or full: everything lives in memory, so offer it as a file.
                    if *notice == Notice::StorageUnavailable && app.setup.embedded.is_none() {
                        { backup_button(&app) }
                    }
                    if let Notice::SavedDataDamaged(text) | Notice::EntryDamaged(text) = notice {
                        <button type="button" class="cf-button" onclick={download_damaged(text.clone())}>
                            { app.ui(Ui::DownloadDamaged) }
                        </button>
                    }
                </div>
                <button type="button" class="cf-button cf-button-quiet" onclick={dismiss}>{ app.ui(Ui::Dismiss) }</button>
            </li>
        }
    });
    // The live region is always there, so screen readers announce what is added to it; it
    // wraps the list because a role on the list itself would hide its items' list semantics.
    html! {
        <div class="cf-live" role="status" aria-live="polite">
            if !app.screen.notices.is_empty() {
                <ul class="cf-notices">{ for items }</ul>
            }
        </div>
    }
}

/// The consultant's way out when storage refuses: everything held, as a backup file.
#[cfg(feature = "consultant")]
fn backup_button(app: &AppContext) -> Html {
    let onclick = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            let now = crate::device::now_ms();
            crate::device::download(
                "client-fit-backup.json",
                "application/json",
                &app.backup_now(now),
            );
        })
    };
    html! {
        <button type="button" class="cf-button" {onclick}>
            { app.ui(Ui::ExportBackup) }
        </button>
    }
}

/// A widget keeps no history to back up (and its build has no backup writer).
#[cfg(not(feature = "consultant"))]
fn backup_button(_: &AppContext) -> Html {
    Html::default()
}

fn download_damaged(text: std::rc::Rc<str>) -> Callback<MouseEvent> {
    Callback::from(move |_| {
        crate::device::download("client-fit-damaged-save.json", "application/json", &text)
    })
}

/// The notice in words, one paragraph per line.
fn lines(app: &AppContext, notice: &Notice) -> Vec<String> {
    let one = |key| vec![app.ui(key).to_owned()];
    match notice {
        Notice::StorageUnavailable => one(Ui::StorageUnavailable),
        Notice::SavedDataDamaged(_) => one(Ui::SavedDataDamaged),
        Notice::EntryDamaged(_) => one(Ui::SavedEntryDamaged),
        Notice::SavedByNewer => one(Ui::SavedByNewer),
        Notice::InProgressKept => one(Ui::InProgressKept),
        Notice::ShareOpened => one(Ui::ShareOpened),
        Notice::ShareTooLong => one(Ui::ShareTooLong),
        Notice::ShareBroken(error) => {
            let reason = match error {
                ShareError::NotOurs | ShareError::Tampered => Ui::ShareTampered,
                ShareError::Truncated => Ui::ShareTruncated,
                ShareError::UnknownQuestionnaire(_) => Ui::ShareUnknownQuestionnaire,
                ShareError::Changed(_) => Ui::ShareChanged,
                ShareError::Newer(_) => Ui::ShareNewer,
                ShareError::TooLarge => Ui::ShareTooLarge,
                ShareError::DoesNotFit(_) => Ui::ShareDoesNotFit,
            };
            vec![app.ui_fill(Ui::ShareBroken, &[("reason", app.ui(reason))])]
        }
        Notice::BackupFailed(error) => vec![match error {
            BackupError::TooLarge => app.ui(Ui::BackupTooLarge).to_owned(),
            BackupError::NotOurs => app.ui(Ui::BackupNotOurs).to_owned(),
            BackupError::Newer(_) => app.ui(Ui::BackupNewer).to_owned(),
            BackupError::Damaged(reason) => app.ui_fill(Ui::BackupDamaged, &[("reason", reason)]),
        }],
        Notice::Imported(report) => import_lines(app, report),
        Notice::OwnImported { title, errors } => {
            let mut lines = vec![app.ui_fill(Ui::OwnImported, &[("title", title)])];
            if *errors > 0 {
                let count = errors.to_string();
                lines.push(app.ui_fill(Ui::OwnImportedToFix, &[("count", &count)]));
            }
            lines
        }
        Notice::EarlierVersion(title) => vec![app.ui_fill(Ui::EarlierVersion, &[("title", title)])],
        Notice::OwnImportFailed(error) => one(match error {
            FileError::NotQuestionnaire(_) => Ui::OwnNotQuestionnaire,
            FileError::Newer(_) => Ui::OwnNewer,
            FileError::ProspectCopy => Ui::OwnProspectCopy,
            FileError::RepeatedIds(_) => Ui::OwnRepeatedIds,
        }),
    }
}

fn import_lines(app: &AppContext, report: &ImportReport) -> Vec<String> {
    let mut lines = vec![app.ui_fill(
        Ui::ImportReport,
        &[
            ("added", &report.added.to_string()),
            ("updated", &report.updated.to_string()),
            ("unchanged", &report.unchanged.to_string()),
        ],
    )];
    match report.profile_taken {
        Some(true) => lines.push(app.ui(Ui::ImportProfileTaken).to_owned()),
        Some(false) => lines.push(app.ui(Ui::ImportProfileKept).to_owned()),
        None => {}
    }
    if let Some(reason) = &report.profile_error {
        lines.push(app.ui_fill(Ui::ImportProfileUnreadable, &[("reason", reason)]));
    }
    for refused in &report.refused {
        let reason = match refused.reason {
            Refusal::Unreadable(_) => Ui::RefusalUnreadable,
            Refusal::NoId => Ui::RefusalNoId,
            Refusal::RepeatedId(_) => Ui::RefusalRepeated,
            Refusal::OverruleWithoutReason => Ui::RefusalOverrule,
            Refusal::Questionnaire(_) => Ui::RefusalQuestionnaire,
            Refusal::Own(_) => Ui::RefusalOwn,
        };
        lines.push(app.ui_fill(
            Ui::ImportRefusedEntry,
            &[
                ("n", &(refused.index + 1).to_string()),
                ("reason", app.ui(reason)),
            ],
        ));
    }
    lines
}

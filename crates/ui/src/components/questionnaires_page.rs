//! "Questionnaires": the consultant's own questionnaires beside the built-in ones. Make one
//! blank, copy one, import a file, export one as JSON, delete one (after the confirmation), or
//! open one in the editor, which then takes the page's place. Reading the file and downloading are the only effects here; what
//! they mean for the state is the reducer's (`state::own`).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{EditorPreview, QuestionnaireEditor};
use crate::context::{AppContext, use_app};
use crate::device;
use crate::state::{Action, Notice};
use client_fit_core::builtin::IDS;
use client_fit_core::draft::problems;
use client_fit_core::lint::Level;
use client_fit_core::model::Questionnaire;
use client_fit_core::own::{FileError, to_file};
use client_fit_core::ui_text::Ui;

/// The list of questionnaires, built-in and own, with what can be done to each.
#[component]
pub fn QuestionnairesPage() -> Html {
    let app = use_app();
    // The reader must live until it calls back; one import at a time.
    let reader = use_mut_ref(|| None::<FileReader>);
    {
        // Opening or closing the editor is a new page in all but address: the heading takes
        // the focus (not on first paint, which the app's own focus handles).
        let first = use_mut_ref(|| true);
        let editing = app
            .screen
            .editing
            .as_ref()
            .map(|d| d.questionnaire.id.clone());
        let (app, heading) = (app.clone(), app.id("heading"));
        use_effect_with(editing, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                app.focus(&heading);
            }
        });
    }
    if let Some(draft) = app.screen.editing.clone() {
        // The preview sits beside the form on a wide screen, below it on a narrow one.
        let questionnaire = Rc::new(draft.questionnaire.clone());
        return html! {
            <div class="cf-editor-layout">
                <QuestionnaireEditor {draft} />
                <EditorPreview {questionnaire} />
            </div>
        };
    }
    let new_blank = {
        let app = app.clone();
        Callback::from(move |_| {
            app.dispatch(Action::NewOwn {
                copy_of: None,
                now_ms: device::now_ms(),
            })
        })
    };
    let import_id = app.id("own-import");
    let on_import = {
        let (app, reader) = (app.clone(), reader.clone());
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            // Picking the same file again must fire `change` again.
            input.set_value("");
            read_file(&app, &reader, gloo::file::File::from(file));
        })
    };
    let own: Vec<Html> = app.own_questionnaires().map(|q| own_row(&app, q)).collect();
    let builtins = IDS
        .iter()
        .filter_map(|id| app.find(id))
        .map(|q| builtin_row(&app, &q));
    html! {
        <section class="cf-page cf-own" aria-labelledby={app.id("heading")}>
            <h2 class="cf-title" id={app.id("heading")} tabindex="-1">{ app.ui(Ui::OwnTitle) }</h2>
            <p class="cf-intro">{ app.ui(Ui::OwnIntro) }</p>
            <div class="cf-actions">
                <button type="button" class="cf-button cf-button-primary cf-own-new" onclick={new_blank}>{ app.ui(Ui::OwnNewBlank) }</button>
                <input class="cf-visually-hidden" type="file" id={import_id.clone()} accept=".json,application/json" onchange={on_import} />
                <label class="cf-button cf-file cf-own-import" for={import_id}>{ app.ui(Ui::OwnImport) }</label>
            </div>
            <h3 class="cf-subtitle">{ app.ui(Ui::OwnYours) }</h3>
            if own.is_empty() {
                <p class="cf-help cf-own-none">{ app.ui(Ui::OwnNone) }</p>
            } else {
                <ul class="cf-own-list cf-own-mine">{ for own }</ul>
            }
            <h3 class="cf-subtitle">{ app.ui(Ui::OwnBuiltIn) }</h3>
            <ul class="cf-own-list cf-own-builtin">{ for builtins }</ul>
        </section>
    }
}

/// One own questionnaire: its title, whether it can be used, and its actions, each named by
/// the title for a screen reader ("Delete My intake").
fn own_row(app: &AppContext, q: &Questionnaire) -> Html {
    let title = app.text(q, &q.title);
    // Counted as the editor counts them, empty texts included.
    let errors = problems(q)
        .iter()
        .filter(|(_, p)| p.level == Level::Error)
        .count();
    let state = if errors == 0 {
        html! { <span class="cf-own-state cf-own-ready">{ app.ui(Ui::OwnReady) }</span> }
    } else {
        let count = errors.to_string();
        html! {
            <span class="cf-own-state cf-own-to-fix">{ app.ui_fill(Ui::OwnToFix, &[("count", &count)]) }</span>
        }
    };
    let named = |key| app.ui_fill(key, &[("title", &title)]);
    let export = {
        let q = q.clone();
        Callback::from(move |_| {
            device::download(&format!("{}.json", q.id), "application/json", &to_file(&q));
        })
    };
    let copy = dispatch(
        app,
        Action::NewOwn {
            copy_of: Some(q.id.clone()),
            now_ms: 0.0,
        },
    );
    let delete = dispatch(app, Action::AskDeleteOwn(Some(q.id.clone())));
    let edit = dispatch(app, Action::EditOwn(Some(q.id.clone())));
    html! {
        <li class="cf-own-row" key={q.id.clone()}>
            <span class="cf-own-name">{ title.clone() }</span>
            { state }
            <span class="cf-actions cf-own-actions">
                <button type="button" class="cf-button cf-own-edit" aria-label={named(Ui::OwnEditOf)} onclick={edit}>{ app.ui(Ui::OwnEdit) }</button>
                <button type="button" class="cf-button cf-own-copy" aria-label={named(Ui::OwnCopyOf)} onclick={copy}>{ app.ui(Ui::OwnCopy) }</button>
                <button type="button" class="cf-button cf-own-export" aria-label={named(Ui::OwnExportOf)} onclick={export}>{ app.ui(Ui::OwnExport) }</button>
                <button type="button" class="cf-button cf-button-quiet cf-own-delete" id={app.id(&format!("own-delete-{}", q.id))}
                    aria-label={named(Ui::OwnDeleteOf)} onclick={delete}>{ app.ui(Ui::OwnDelete) }</button>
            </span>
        </li>
    }
}

/// One built-in questionnaire: its title and a copy to make one's own.
fn builtin_row(app: &AppContext, q: &Questionnaire) -> Html {
    let title = app.text(q, &q.title);
    let copy = dispatch(
        app,
        Action::NewOwn {
            copy_of: Some(q.id.clone()),
            now_ms: 0.0,
        },
    );
    html! {
        <li class="cf-own-row" key={q.id.clone()}>
            <span class="cf-own-name">{ title.clone() }</span>
            <span class="cf-actions cf-own-actions">
                <button type="button" class="cf-button cf-own-copy" aria-label={app.ui_fill(Ui::OwnCopyOf, &[("title", &title)])}
                    onclick={copy}>{ app.ui(Ui::OwnCopy) }</button>
            </span>
        </li>
    }
}

/// A click that sends `action`, with the clock read at the click where the action has one.
fn dispatch(app: &AppContext, action: Action) -> Callback<MouseEvent> {
    let app = app.clone();
    Callback::from(move |_| {
        let action = match action.clone() {
            Action::NewOwn { copy_of, .. } => Action::NewOwn {
                copy_of,
                now_ms: device::now_ms(),
            },
            other => other,
        };
        app.dispatch(action);
    })
}

fn read_file(app: &AppContext, reader: &Rc<RefCell<Option<FileReader>>>, file: gloo::file::File) {
    // Larger than any questionnaire the reader takes: say so without reading it.
    if file.size() > client_fit_core::load::MAX_FILE_BYTES as u64 {
        app.dispatch(Action::ImportOwn {
            text: String::new(),
            now_ms: device::now_ms(),
        });
        return;
    }
    let app = app.clone();
    let slot = reader.clone();
    let task = gloo::file::callbacks::read_as_text(&file, move |result| {
        match result {
            Ok(text) => app.dispatch(Action::ImportOwn {
                text,
                now_ms: device::now_ms(),
            }),
            Err(_) => app.dispatch(Action::Notify(Notice::OwnImportFailed(
                FileError::NotQuestionnaire(client_fit_core::lint::Problem {
                    level: Level::Error,
                    kind: client_fit_core::lint::ProblemKind::Syntax,
                    at: "file".into(),
                    line: None,
                    column: None,
                    message: "the file could not be read".into(),
                }),
            ))),
        }
        slot.borrow_mut().take();
    });
    *reader.borrow_mut() = Some(task);
}

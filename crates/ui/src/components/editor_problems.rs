//! The linter's problems of one part of a questionnaire in the editor, listed under the fields
//! they concern; the fields name the list with `aria-describedby`. Each is said in the
//! interface's language and the editor's own terms (`problem_advice`), never by an id or a
//! JSON path: the person reading it is using the editor, not reading the file. The linter's
//! own English line (with the place in the file) stays as the item's `title`, for whoever
//! reads or exports the file.

use std::rc::Rc;

use yew::prelude::*;

use crate::context::use_app;
use client_fit_core::lint::{Level, Problem};
use client_fit_core::model::Questionnaire;
use client_fit_core::problem_advice::in_words;
use client_fit_core::ui_text::Ui;

/// Props of [`EditorProblems`].
#[derive(Properties, PartialEq)]
pub struct EditorProblemsProps {
    /// The list's element id, for the fields' `aria-describedby`.
    pub id: AttrValue,
    /// The problems to list (nothing is drawn when there are none).
    pub problems: Rc<Vec<Problem>>,
    /// The questionnaire they are problems of, whose parts the sentences name.
    pub questionnaire: Rc<Questionnaire>,
}

/// The problems of one part, errors first, each marked as a problem or as worth a look.
#[component]
pub fn EditorProblems(props: &EditorProblemsProps) -> Html {
    let app = use_app();
    if props.problems.is_empty() {
        return Html::default();
    }
    let q = &props.questionnaire;
    let language = app.records.language.clone();
    let writing = app
        .writing_language()
        .unwrap_or_else(|| q.default_language.clone());
    let items = props.problems.iter().map(|p| {
        let (class, level) = match p.level {
            Level::Error => ("cf-editor-error", app.ui(Ui::EditorError)),
            Level::Warning => ("cf-editor-warning", app.ui(Ui::EditorWarning)),
        };
        html! {
            <li class={class} title={format!("{}: {}", p.at, p.message)}>
                <strong>{ level }{ ": " }</strong>{ in_words(p, q, &language, &writing) }
            </li>
        }
    });
    html! {
        <ul class="cf-editor-problems" id={props.id.clone()}>{ for items }</ul>
    }
}

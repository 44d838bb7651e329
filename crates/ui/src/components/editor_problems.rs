//! The linter's problems of one part of a questionnaire in the editor, listed under the fields
//! they concern; the fields name the list with `aria-describedby`.

use std::rc::Rc;

use yew::prelude::*;

use crate::context::use_app;
use client_fit_core::lint::{Level, Problem};
use client_fit_core::ui_text::Ui;

/// Props of [`EditorProblems`].
#[derive(Properties, PartialEq)]
pub struct EditorProblemsProps {
    /// The list's element id, for the fields' `aria-describedby`.
    pub id: AttrValue,
    /// The problems to list (nothing is drawn when there are none).
    pub problems: Rc<Vec<Problem>>,
}

/// The problems of one part, errors first, each marked as a problem or as worth a look.
#[component]
pub fn EditorProblems(props: &EditorProblemsProps) -> Html {
    let app = use_app();
    if props.problems.is_empty() {
        return Html::default();
    }
    let items = props.problems.iter().map(|p| {
        let (class, level) = match p.level {
            Level::Error => ("cf-editor-error", app.ui(Ui::EditorError)),
            Level::Warning => ("cf-editor-warning", app.ui(Ui::EditorWarning)),
        };
        html! {
            <li class={class}><strong>{ level }{ ": " }</strong>{ format!("{}: {}", p.at, p.message) }</li>
        }
    });
    html! {
        <ul class="cf-editor-problems" id={props.id.clone()}>{ for items }</ul>
    }
}

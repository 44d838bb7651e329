//! When a question or section is shown, in the editor: always, or by a condition built from
//! picks ([`EditorCondition`]): a single test of an earlier answer or of the consultant's
//! profile, or tests combined with "all of these" and "any of these", each of them turned
//! around if need be. Ids are never typed.

use std::rc::Rc;

use yew::prelude::*;

use super::EditorCondition;
use client_fit_core::draft::Shown;
use client_fit_core::model::Questionnaire;

/// Props of [`EditorShowIf`].
#[derive(Properties, PartialEq)]
pub struct EditorShowIfProps {
    /// The questionnaire being edited.
    pub questionnaire: Rc<Questionnaire>,
    /// The question or section whose condition this sets.
    pub at: Shown,
    /// The prefix of the fields' ids (`editor-q2`, `editor-s1`), unique on the page.
    pub prefix: AttrValue,
    /// The id of the part's problems, when it has some.
    #[prop_or_default]
    pub described: Option<AttrValue>,
}

/// "When to show it", with the part's condition as it is now.
#[component]
pub fn EditorShowIf(props: &EditorShowIfProps) -> Html {
    let q = &props.questionnaire;
    let whole = match &props.at {
        Shown::Question(id) => q.question(id).and_then(|each| each.show_if.clone()),
        Shown::Section(index) => q.sections.get(*index).and_then(|s| s.show_if.clone()),
    };
    html! {
        <div class="cf-editor-shown">
            <EditorCondition questionnaire={q.clone()} at={props.at.clone()} prefix={props.prefix.clone()}
                described={props.described.clone()} {whole} />
        </div>
    }
}

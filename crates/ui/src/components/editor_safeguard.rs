//! One safeguard in the editor: its title, how to take it and its id (renamed with the warning
//! signs that recommend it), deleted with those recommendations; its problems under it.

use std::rc::Rc;

use yew::prelude::*;

use super::editor_rules::{add_button, on_delete, on_long_text, on_rename, on_text};
use super::{EditorProblems, EditorText};
use crate::context::use_app;
use client_fit_core::draft::rules::RulesChange;
use client_fit_core::draft::{Change, rename};
use client_fit_core::edit::IdKind;
use client_fit_core::lint::Problem;
use client_fit_core::model::Questionnaire;
use client_fit_core::ui_text::Ui;

/// Props of [`EditorSafeguard`].
#[derive(Properties, PartialEq)]
pub struct EditorSafeguardProps {
    /// The questionnaire being edited.
    pub questionnaire: Rc<Questionnaire>,
    /// The safeguard's place.
    pub index: usize,
    /// The problems that concern it.
    pub problems: Rc<Vec<Problem>>,
}

/// One safeguard's fields and its delete button.
#[component]
pub fn EditorSafeguard(props: &EditorSafeguardProps) -> Html {
    let app = use_app();
    let q = &props.questionnaire;
    let Some(safeguard) = q.safeguards.get(props.index) else {
        return Html::default();
    };
    let id = safeguard.id.clone();
    let n = (props.index + 1).to_string();
    let key = |part: &str| app.id(&format!("editor-safeguard{n}-{part}"));
    let problems_id = key("problems");
    let described = (!props.problems.is_empty()).then(|| problems_id.clone());
    let on_title = {
        let id = id.clone();
        on_text(&app, move |text| RulesChange::SafeguardTitle {
            id: id.clone(),
            text,
        })
    };
    let on_detail = {
        let id = id.clone();
        on_long_text(&app, move |text| RulesChange::SafeguardDetail {
            id: id.clone(),
            text,
        })
    };
    let renamed = {
        let id = id.clone();
        on_rename(&app, move |to| rename(IdKind::Safeguard, &id, &to))
    };
    let what = app.ui_fill(Ui::RulesSafeguardOf, &[("n", &n)]);
    let delete = on_delete(
        &app,
        Change::Rules(RulesChange::DeleteSafeguard { id: id.clone() }),
        add_button(&app, "safeguard"),
    );
    html! {
        <li class="cf-editor-part cf-editor-safeguard">
            <fieldset class="cf-fieldset">
                <legend class="cf-legend">{ app.ui_fill(Ui::RulesSafeguardN, &[("n", &n)]) }</legend>
                <div class="cf-editor-row">
                    <div class="cf-field">
                        <label class="cf-label" for={key("title")}>{ app.ui(Ui::RulesSafeguardTitle) }</label>
                        <EditorText id={key("title")} maxlength={200} text={Some(safeguard.title.clone())}
                            oninput={on_title} described={described.clone()} />
                    </div>
                    <div class="cf-field">
                        <label class="cf-label" for={key("id")}>{ app.ui(Ui::RulesId) }</label>
                        <input class="cf-input" type="text" id={key("id")} maxlength="60" value={id}
                            onchange={renamed} aria-describedby={described.clone()} />
                    </div>
                </div>
                <div class="cf-field">
                    <label class="cf-label" for={key("detail")}>{ app.ui(Ui::RulesSafeguardDetail) }</label>
                    <EditorText id={key("detail")} maxlength={1000} text={Some(safeguard.detail.clone())} rows={Some(3)}
                        oninput={on_detail} {described} />
                </div>
                <EditorProblems id={problems_id} problems={props.problems.clone()} />
                <div class="cf-actions cf-editor-actions">
                    <button type="button" class="cf-button cf-button-quiet cf-editor-delete"
                        aria-label={app.ui_fill(Ui::EditorDeleteOf, &[("what", &what)])} onclick={delete}>
                        { app.ui(Ui::EditorDelete) }
                    </button>
                </div>
            </fieldset>
        </li>
    }
}

//! One letter in the editor: what it is for, its template (a textarea: letters run to several
//! lines) and its id (renamed with the verdicts that offer it), deleted with those offers; its
//! problems under it.

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

/// Props of [`EditorLetter`].
#[derive(Properties, PartialEq)]
pub struct EditorLetterProps {
    /// The questionnaire being edited.
    pub questionnaire: Rc<Questionnaire>,
    /// The letter's place.
    pub index: usize,
    /// The problems that concern it.
    pub problems: Rc<Vec<Problem>>,
}

/// One letter's fields and its delete button.
#[component]
pub fn EditorLetter(props: &EditorLetterProps) -> Html {
    let app = use_app();
    let q = &props.questionnaire;
    let Some(letter) = q.letters.get(props.index) else {
        return Html::default();
    };
    let id = letter.id.clone();
    let n = (props.index + 1).to_string();
    let key = |part: &str| app.id(&format!("editor-letter{n}-{part}"));
    let problems_id = key("problems");
    let described = (!props.problems.is_empty()).then(|| problems_id.clone());
    let on_title = {
        let id = id.clone();
        on_text(&app, move |text| RulesChange::LetterTitle {
            id: id.clone(),
            text,
        })
    };
    let on_body = {
        let id = id.clone();
        on_long_text(&app, move |text| RulesChange::LetterBody {
            id: id.clone(),
            text,
        })
    };
    let renamed = {
        let id = id.clone();
        on_rename(&app, move |to| rename(IdKind::Letter, &id, &to))
    };
    let what = app.ui_fill(Ui::RulesLetterOf, &[("n", &n)]);
    let delete = on_delete(
        &app,
        Change::Rules(RulesChange::DeleteLetter { id: id.clone() }),
        add_button(&app, "letter"),
    );
    html! {
        <li class="cf-editor-part cf-editor-letter">
            <fieldset class="cf-fieldset">
                <legend class="cf-legend">{ app.ui_fill(Ui::RulesLetterN, &[("n", &n)]) }</legend>
                <div class="cf-editor-row">
                    <div class="cf-field">
                        <label class="cf-label" for={key("title")}>{ app.ui(Ui::RulesLetterTitle) }</label>
                        <EditorText id={key("title")} maxlength={200} text={Some(letter.title.clone())}
                            oninput={on_title} described={described.clone()} />
                    </div>
                    <div class="cf-field">
                        <label class="cf-label" for={key("id")}>{ app.ui(Ui::RulesId) }</label>
                        <input class="cf-input" type="text" id={key("id")} maxlength="60" value={id}
                            onchange={renamed} aria-describedby={described.clone()} />
                    </div>
                </div>
                <div class="cf-field">
                    <label class="cf-label" for={key("body")}>{ app.ui(Ui::RulesLetterBody) }</label>
                    <EditorText id={key("body")} maxlength={5000} text={Some(letter.body.clone())} rows={Some(8)}
                        oninput={on_body} {described} />
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

//! The warning signs of the questionnaire in the editor: each one's name, id, severity, why it
//! matters and what to do about it, its safeguards, cap and letter line
//! ([`super::EditorFlagExtras`]), with its problems under it; one to add, and each to
//! delete (which also takes it off the answers that raise it, so nothing names a sign that is
//! gone). Answers raise them by ticking, in [`super::EditorAnswers`].

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::{EditorFlagExtras, EditorProblems, EditorText};
use crate::context::use_app;
use crate::state::Action;
use client_fit_core::draft::{Change, FlagField, Part, rename_flag};
use client_fit_core::lint::Problem;
use client_fit_core::model::{Questionnaire, Severity};
use client_fit_core::ui_text::Ui;

/// The severities, least first, as the select offers them.
const SEVERITIES: [(Severity, Ui, &str); 4] = [
    (Severity::Note, Ui::SeverityNote, "note"),
    (Severity::Caution, Ui::SeverityCaution, "caution"),
    (Severity::Serious, Ui::SeveritySerious, "serious"),
    (
        Severity::DealBreaker,
        Ui::SeverityDealBreaker,
        "deal_breaker",
    ),
];

/// Props of [`EditorFlags`].
#[derive(Properties, PartialEq)]
pub struct EditorFlagsProps {
    /// The questionnaire being edited.
    pub questionnaire: Rc<Questionnaire>,
    /// Every problem of the questionnaire with the part it concerns; each sign shows its own.
    pub problems: Rc<Vec<(Part, Problem)>>,
}

/// The list of warning signs, and a button to add one.
#[component]
pub fn EditorFlags(props: &EditorFlagsProps) -> Html {
    let app = use_app();
    let q = &props.questionnaire;
    let send: Rc<dyn Fn(Change)> = {
        let app = app.clone();
        Rc::new(move |change| {
            app.dispatch(Action::ChangeOwn {
                change,
                now_ms: crate::device::now_ms(),
            })
        })
    };
    let flags = q.flags.iter().enumerate().map(|(i, flag)| {
        let n = (i + 1).to_string();
        let key = |part: &str| app.id(&format!("editor-f{n}-{part}"));
        let own: Rc<Vec<Problem>> = Rc::new(
            (props.problems.iter())
                .filter(|(part, _)| matches!(part, Part::Flag(id) if *id == flag.id))
                .map(|(_, p)| p.clone())
                .collect(),
        );
        let problems_id = key("problems");
        let described = (!own.is_empty()).then(|| problems_id.clone());
        let text = |field: FlagField| {
            let (send, flag) = (send.clone(), flag.id.clone());
            Callback::from(move |e: InputEvent| {
                let text = e.target_unchecked_into::<HtmlInputElement>().value();
                send(Change::FlagText { flag: flag.clone(), field, text });
            })
        };
        // The id is sent once it is left, not per letter: each rename is checked whole.
        let on_rename = {
            let (send, flag) = (send.clone(), flag.id.clone());
            Callback::from(move |e: Event| {
                let to = e.target_unchecked_into::<HtmlInputElement>().value();
                send(rename_flag(&flag, &to));
            })
        };
        let on_severity = {
            let (send, flag) = (send.clone(), flag.id.clone());
            Callback::from(move |e: Event| {
                let value = e.target_unchecked_into::<HtmlSelectElement>().value();
                if let Some((severity, _, _)) = SEVERITIES.iter().find(|(_, _, name)| *name == value) {
                    send(Change::FlagSeverity { flag: flag.clone(), severity: *severity });
                }
            })
        };
        let on_delete = {
            let (send, flag) = (send.clone(), flag.id.clone());
            Callback::from(move |_: MouseEvent| send(Change::DeleteFlag { flag: flag.clone() }))
        };
        let field = |part: &str, label: Ui, value: &client_fit_core::text::Text, oninput: Callback<InputEvent>| {
            html! {
                <div class="cf-field">
                    <label class="cf-label" for={key(part)}>{ app.ui(label) }</label>
                    <EditorText id={key(part)} maxlength={400} text={Some(value.clone())}
                        {oninput} described={described.clone()} />
                </div>
            }
        };
        let what = app.ui_fill(Ui::EditorFlagN, &[("n", &n)]);
        html! {
            <li class="cf-editor-flag" key={flag.id.clone()}>
                <fieldset class="cf-fieldset">
                    <legend class="cf-legend">{ app.ui_fill(Ui::EditorFlag, &[("n", &n)]) }</legend>
                    { field("title", Ui::EditorFlagTitle, &flag.title, text(FlagField::Title)) }
                    <div class="cf-editor-row">
                        <div class="cf-field">
                            <label class="cf-label" for={key("severity")}>{ app.ui(Ui::EditorFlagSeverity) }</label>
                            <select class="cf-input" id={key("severity")} onchange={on_severity}
                                aria-describedby={described.clone()}>
                                { for SEVERITIES.iter().map(|(severity, label, name)| html! {
                                    <option value={*name} selected={flag.severity == *severity}>{ app.ui(*label) }</option>
                                }) }
                            </select>
                        </div>
                        <div class="cf-field">
                            <label class="cf-label" for={key("id")}>{ app.ui(Ui::EditorFlagId) }</label>
                            <input class="cf-input" type="text" id={key("id")} maxlength="60" value={flag.id.clone()}
                                onchange={on_rename} aria-describedby={described.clone()} />
                        </div>
                    </div>
                    { field("reason", Ui::EditorFlagReason, &flag.reason, text(FlagField::Reason)) }
                    { field("advice", Ui::EditorFlagAdvice, &flag.advice, text(FlagField::Advice)) }
                    <EditorFlagExtras questionnaire={props.questionnaire.clone()} flag={flag.id.clone()}
                        number={i + 1} described={described.clone()} />
                    <EditorProblems id={problems_id.clone()} problems={own} questionnaire={props.questionnaire.clone()} />
                    <div class="cf-actions cf-editor-actions">
                        <button type="button" class="cf-button cf-button-quiet cf-editor-delete"
                            aria-label={app.ui_fill(Ui::EditorDeleteOf, &[("what", &what)])}
                            onclick={on_delete}>{ app.ui(Ui::EditorDelete) }</button>
                    </div>
                </fieldset>
            </li>
        }
    });
    let add = {
        let send = send.clone();
        let words = (
            app.ui(Ui::EditorNewFlagTitle),
            app.ui(Ui::EditorNewFlagReason),
            app.ui(Ui::EditorNewFlagAdvice),
        );
        Callback::from(move |_: MouseEvent| {
            send(Change::AddFlag {
                title: words.0.to_owned(),
                reason: words.1.to_owned(),
                advice: words.2.to_owned(),
            })
        })
    };
    let heading = app.id("editor-flags");
    html! {
        <section class="cf-editor-flags" aria-labelledby={heading.clone()}>
            <h3 class="cf-subtitle" id={heading}>{ app.ui(Ui::EditorFlagsHeading) }</h3>
            <p class="cf-help">{ app.ui(Ui::EditorFlagsIntro) }</p>
            if !q.flags.is_empty() {
                <p class="cf-help">{ app.ui(Ui::EditorDeleteFlagNote) }</p>
                <ol class="cf-editor-flag-list">{ for flags }</ol>
            }
            <button type="button" class="cf-button cf-editor-add-flag" onclick={add}>{ app.ui(Ui::EditorAddFlag) }</button>
        </section>
    }
}

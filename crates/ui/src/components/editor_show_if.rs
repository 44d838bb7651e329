//! When a question or section is shown, in the editor: always, by the answer to a choice or
//! yes/no question asked before it, picked from a list and then ticked among that question's
//! answers (one answer makes an `is`, several an `any_of`), by comparing the answer to a number
//! or scale question asked before it with a number or a profile field times a factor ("at
//! least 1000", "less than half the smallest budget": a `compare`), or by one
//! of the consultant's profile fields being set (`profile_set`). Ids are never typed. A
//! condition the editor cannot show as picks (written in a file) is kept until another is
//! picked.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::editor_answers::{profile_name, test_fields};
use crate::context::use_app;
use crate::state::Action;
use client_fit_core::draft::{
    Change, Shown, answer_ids, compare_condition, condition_for, earlier_numbers,
    earlier_questions, first_condition, simple_condition,
};
use client_fit_core::model::{Cmp, Condition, Kind, Questionnaire, Target};
use client_fit_core::profile::ProfileField;
use client_fit_core::ui_text::Ui;

/// The select's value for a condition written in a file; no question id can be empty.
const WRITTEN: &str = " written";

/// The start of the select's value for a profile field, followed by its place in
/// [`ProfileField::ALL`]; no question id starts with a space.
const PROFILE: &str = " profile-";

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

/// "When to show it" and, once a question is picked, which of its answers show it.
#[component]
pub fn EditorShowIf(props: &EditorShowIfProps) -> Html {
    let app = use_app();
    let q = &props.questionnaire;
    let current = match &props.at {
        Shown::Question(id) => q.question(id).and_then(|each| each.show_if.as_ref()),
        Shown::Section(index) => q.sections.get(*index).and_then(|s| s.show_if.as_ref()),
    };
    let picked = current.and_then(simple_condition);
    let compared = current.and_then(compare_condition);
    let profile = match current {
        Some(Condition::ProfileSet(field)) => Some(*field),
        _ => None,
    };
    let tested = (picked.as_ref().map(|(id, _)| *id)).or(compared.map(|(id, _, _)| id));
    let key = |part: &str| app.id(&format!("{}-{part}", props.prefix));
    // Names in the language the editor writes in, else the default's.
    let writing = app
        .writing_language()
        .unwrap_or_else(|| q.default_language.clone());
    let language = &writing;
    let number_of = |id: &str| {
        q.questions()
            .position(|(_, each)| each.id == id)
            .map_or(0, |i| i + 1)
    };
    let mut offered = earlier_questions(q, &props.at);
    offered.extend(earlier_numbers(q, &props.at));
    offered.sort_by_key(|each| number_of(&each.id));
    // A condition from a file may test a question asked later: offered too, so the select
    // shows what is there.
    if let Some(id) = tested
        && !offered.iter().any(|each| each.id == *id)
        && let Some(tested) = q.question(id)
    {
        offered.push(tested);
    }
    let send: Rc<dyn Fn(Option<client_fit_core::model::Condition>)> = {
        let (app, at) = (app.clone(), props.at.clone());
        Rc::new(move |condition| {
            app.dispatch(Action::ChangeOwn {
                change: Change::ShowIf {
                    at: at.clone(),
                    condition,
                },
                now_ms: crate::device::now_ms(),
            })
        })
    };
    let onchange = {
        let (send, q) = (send.clone(), q.clone());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            let field = (value.strip_prefix(PROFILE))
                .and_then(|at| at.parse::<usize>().ok())
                .and_then(|at| ProfileField::ALL.get(at));
            match value.as_str() {
                "" => send(None),
                WRITTEN => {}
                _ if field.is_some() => send(field.map(|f| Condition::ProfileSet(*f))),
                // Its first answer, or a plain comparison, to begin with; more are ticked,
                // or the comparison changed, below.
                id => {
                    if let Some(first) = q.question(id).and_then(first_condition) {
                        send(Some(first));
                    }
                }
            }
        })
    };
    let select_id = key("show");
    let written = current.is_some() && picked.is_none() && compared.is_none() && profile.is_none();
    let choices = offered.iter().map(|each| {
        let n = number_of(&each.id).to_string();
        let text = each.text.get(language, &q.default_language);
        let selected = tested.is_some_and(|id| id == each.id);
        html! {
            <option value={each.id.clone()} {selected}>
                { app.ui_fill(Ui::EditorShownBy, &[("n", &n), ("text", text)]) }
            </option>
        }
    });
    let answers = picked.as_ref().and_then(|(id, ticked)| {
        let tested = q.question(id)?;
        let n = number_of(id).to_string();
        let all = answer_ids(tested);
        let boxes = all.iter().enumerate().map(|(i, answer)| {
            let box_id = key(&format!("show-{i}"));
            let label = match (tested.kind, answer.as_str()) {
                (Kind::YesNo, "yes") => app.ui(Ui::Yes).to_owned(),
                (Kind::YesNo, _) => app.ui(Ui::No).to_owned(),
                _ => tested.options.get(i).map_or_else(String::new, |o| o.label.get(language, &q.default_language).to_owned()),
            };
            let checked = ticked.contains(&answer.as_str());
            let onchange = {
                let (send, all, question) = (send.clone(), all.clone(), tested.id.clone());
                let ticked: Vec<String> = ticked.iter().map(|t| (*t).to_owned()).collect();
                let answer = answer.clone();
                Callback::from(move |e: Event| {
                    let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                    // In the question's own order, whatever order they were ticked in.
                    let now: Vec<String> = (all.iter())
                        .filter(|each| match *each == &answer {
                            true => on,
                            false => ticked.contains(each),
                        })
                        .cloned()
                        .collect();
                    send(Some(condition_for(&question, &now)));
                })
            };
            html! {
                <div class="cf-editor-check">
                    <input type="checkbox" id={box_id.clone()} {checked} {onchange} />
                    <label for={box_id}>{ label }</label>
                </div>
            }
        }).collect::<Html>();
        Some(html! {
            <fieldset class="cf-fieldset cf-editor-shown-answers">
                <legend class="cf-legend">{ app.ui_fill(Ui::EditorShownAnswers, &[("n", &n)]) }</legend>
                { boxes }
            </fieldset>
        })
    });
    let fields = ProfileField::ALL.iter().enumerate().map(|(i, field)| {
        let name = app.ui(profile_name(*field));
        html! {
            <option value={format!("{PROFILE}{i}")} selected={profile == Some(*field)}>
                { app.ui_fill(Ui::EditorShownProfile, &[("field", name)]) }
            </option>
        }
    });
    // "Shown when the answer to question 2 is [at least] [a number] [1000]", or [less than]
    // [the smallest budget] [0.5].
    let comparing = compared.map(|(id, op, than)| {
        let n = number_of(id).to_string();
        let changed: Rc<dyn Fn(Cmp, Target)> = {
            let (send, question) = (send.clone(), id.to_owned());
            Rc::new(move |op, than| {
                send(Some(Condition::Compare {
                    question: question.clone(),
                    op,
                    than,
                }))
            })
        };
        let ids = [key("show-op"), key("show-than"), key("show-value")];
        html! {
            <fieldset class="cf-fieldset cf-editor-shown-answers">
                <legend class="cf-legend">{ app.ui_fill(Ui::EditorShownCompare, &[("n", &n)]) }</legend>
                { test_fields(&app, ids, op, than, changed, props.described.clone()) }
            </fieldset>
        }
    });
    html! {
        <div class="cf-editor-show-if">
            <div class="cf-field">
                <label class="cf-label" for={select_id.clone()}>{ app.ui(Ui::EditorShownWhen) }</label>
                <select class="cf-input" id={select_id} {onchange} aria-describedby={props.described.clone()}>
                    <option value="" selected={current.is_none()}>{ app.ui(Ui::EditorShownAlways) }</option>
                    { for choices }
                    { for fields }
                    if written {
                        <option value={WRITTEN} selected=true>{ app.ui(Ui::EditorShownWritten) }</option>
                    }
                </select>
                if offered.is_empty() {
                    <p class="cf-help">{ app.ui(Ui::EditorShownNoEarlierYet) }</p>
                }
            </div>
            // One node, there or not: Yew matches unkeyed children from the end, so an
            // answers list appearing as a second child would rebuild the select before it
            // and drop the keyboard's focus.
            { answers.or(comparing).unwrap_or_default() }
        </div>
    }
}

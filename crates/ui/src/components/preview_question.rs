//! One question of the editor's preview, answered as the prospect (or the consultant) would,
//! into the preview's own answers (`Action::PreviewAnswer`), never the assessment in progress:
//! the app's `QuestionField` is bound to that assessment, so the preview draws its own compact
//! controls.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::context::use_app;
use crate::state::Action;
use client_fit_core::answers::Answer;
use client_fit_core::model::{Kind, Questionnaire, SCALE_STEPS};
use client_fit_core::ui_text::Ui;

/// Props of [`PreviewQuestion`].
#[derive(Properties, PartialEq)]
pub struct PreviewQuestionProps {
    /// The questionnaire being edited.
    pub questionnaire: Rc<Questionnaire>,
    /// The question's id.
    pub question: AttrValue,
    /// Its answer in the preview, if any.
    pub answer: Option<Answer>,
}

/// One question with compact answer controls (radios, checkboxes or a number field).
#[component]
pub fn PreviewQuestion(props: &PreviewQuestionProps) -> Html {
    let app = use_app();
    let q = &props.questionnaire;
    let Some(question) = q.question(&props.question) else {
        return Html::default();
    };
    // Ids of their own, apart from the assessment's (`q.<id>...`), both may be on one page.
    let id = |part: &str| app.id(&format!("preview.{}.{part}", question.id));
    let set = {
        let (app, question) = (app.clone(), question.id.clone());
        Callback::from(move |answer: Option<Answer>| {
            app.dispatch(Action::PreviewAnswer {
                question: question.clone(),
                answer,
            })
        })
    };
    let text = app.text(q, &question.text);
    let answer = props.answer.as_ref();
    let choice = |key: &str, label: AttrValue, value: Answer, kind: &'static str| {
        let checked = answer == Some(&value);
        let onchange = {
            let set = set.clone();
            // A checkbox ticked again (a multiple choice's "don't know") clears the answer.
            let again = kind == "checkbox" && checked;
            Callback::from(move |_| set.emit((!again).then(|| value.clone())))
        };
        let input_id = id(key);
        html! {
            <div class="cf-choice cf-preview-choice">
                <input type={kind} id={input_id.clone()} name={id("answer")} {checked} {onchange} />
                <label for={input_id}>{ label }</label>
            </div>
        }
    };
    let unknown = |kind: &'static str| {
        question.allow_unknown.then(|| {
            let label = if question.kind == Kind::YesNo {
                Ui::NotSure
            } else {
                Ui::DontKnow
            };
            choice("unknown", app.ui(label).into(), Answer::Unknown, kind)
        })
    };
    let body = match question.kind {
        Kind::Single => html! {
            <>
                { for question.options.iter().map(|o| {
                    choice(&format!("o.{}", o.id), app.text(q, &o.label), Answer::Choice(o.id.clone()), "radio")
                }) }
                { for unknown("radio") }
            </>
        },
        Kind::YesNo => html! {
            <>
                { choice("yes", app.ui(Ui::Yes).into(), Answer::YesNo(true), "radio") }
                { choice("no", app.ui(Ui::No).into(), Answer::YesNo(false), "radio") }
                { for unknown("radio") }
            </>
        },
        Kind::Scale => html! {
            <>
                { for (1..=SCALE_STEPS as u8).map(|n| {
                    let label = app.ui_fill(Ui::ScaleValue, &[("n", &n.to_string())]);
                    choice(&format!("s{n}"), label.into(), Answer::Scale(n), "radio")
                }) }
                { for unknown("radio") }
            </>
        },
        Kind::Multi => {
            let chosen: Vec<String> = match answer {
                Some(Answer::Choices(ids)) => ids.clone(),
                _ => Vec::new(),
            };
            let options = question.options.iter().map(|o| {
                let input_id = id(&format!("o.{}", o.id));
                let checked = chosen.contains(&o.id);
                let onchange = {
                    let (set, mut next, option) = (set.clone(), chosen.clone(), o.id.clone());
                    match next.iter().position(|c| *c == option) {
                        Some(at) => {
                            next.remove(at);
                        }
                        None => next.push(option),
                    }
                    Callback::from(move |_| set.emit(Some(Answer::Choices(next.clone()))))
                };
                html! {
                    <div class="cf-choice cf-preview-choice">
                        <input type="checkbox" id={input_id.clone()} {checked} {onchange} />
                        <label for={input_id}>{ app.text(q, &o.label) }</label>
                    </div>
                }
            });
            html! { <>{ for options }{ for unknown("checkbox") }</> }
        }
        Kind::Number => {
            let input_id = id("number");
            let value = match answer {
                Some(Answer::Number(n)) => n.to_string(),
                _ => String::new(),
            };
            let oninput = {
                let set = set.clone();
                Callback::from(move |e: InputEvent| {
                    let typed = e.target_unchecked_into::<HtmlInputElement>().value();
                    let number = typed.trim().replace(',', ".").parse::<f64>().ok();
                    set.emit(number.filter(|n| n.is_finite()).map(Answer::Number));
                })
            };
            // A number is one field: its label is the question itself.
            return html! {
                <li class="cf-field cf-preview-question" data-question={question.id.clone()}>
                    <label class="cf-label" for={input_id.clone()}>{ text }</label>
                    <input class="cf-input cf-preview-number" type="text" inputmode="decimal" id={input_id}
                        {value} {oninput} />
                </li>
            };
        }
        Kind::Text => html! { <p class="cf-help">{ app.ui(Ui::PreviewNotScored) }</p> },
    };
    html! {
        <li class="cf-preview-question" data-question={question.id.clone()}>
            <fieldset class="cf-fieldset">
                <legend class="cf-legend">{ text }</legend>
                <div class="cf-choices">{ body }</div>
            </fieldset>
        </li>
    }
}

//! One question as a `fieldset` with a `legend`, drawn by its kind. "I don't know yet" is an
//! answer like the others.

use yew::prelude::*;

use crate::context::{AppContext, use_app, use_assessment};
use crate::state::Action;
use client_fit_core::answers::Answer;
use client_fit_core::model::{Kind, Question, Questionnaire, SCALE_STEPS};
use client_fit_core::ui_text::Ui;
use web_sys::HtmlTextAreaElement;

use super::{NotComparedNote, NumberInput};

#[derive(Properties, PartialEq)]
pub struct QuestionFieldProps {
    /// Id of the question in the current questionnaire.
    pub question: AttrValue,
    /// Shown one question at a time: it takes the focus when it comes, and a single choice
    /// moves on to the next question by itself.
    #[prop_or_default]
    pub current: bool,
}

/// How long a single choice stays in view before the next question comes, one at a time: long
/// enough to see what was picked, and to swallow the second click of a double click.
const ADVANCE_MS: i32 = 350;

/// One question with its answer control (choice, choices, yes/no, scale, number or text).
#[component]
pub fn QuestionField(props: &QuestionFieldProps) -> Html {
    let app = use_app();
    let Some((session, questionnaire)) = use_assessment() else {
        return Html::default();
    };
    let Some(question) = questionnaire.question(&props.question) else {
        return Html::default();
    };
    let answer = session.work.answers.get(&question.id).cloned();
    let help_id = app.question_id(&question.id, "help");
    let set = app.answer_setter(&question.id);
    let single = matches!(question.kind, Kind::Single | Kind::YesNo | Kind::Scale);
    let set = match app.one_question_shown() {
        Some(index) if props.current && single => {
            let (app, answer_now) = (app.clone(), set);
            Callback::from(move |answer: Option<Answer>| {
                answer_now.emit(answer);
                let app = app.clone();
                crate::next_frame::after_ms(ADVANCE_MS, move || {
                    app.dispatch(Action::AdvanceFrom(index))
                });
            })
        }
        _ => set,
    };
    let body = match question.kind {
        Kind::Single | Kind::YesNo | Kind::Scale => {
            radios(&app, &questionnaire, question, answer.as_ref(), &set)
        }
        Kind::Multi => checkboxes(&app, &questionnaire, question, answer.as_ref(), &set),
        Kind::Number => html! { <NumberInput question={props.question.clone()} /> },
        Kind::Text => {
            let id = app.question_id(&question.id, "text");
            let value = match &answer {
                Some(Answer::Text(text)) => text.clone(),
                _ => String::new(),
            };
            let oninput = {
                let set = set.clone();
                Callback::from(move |e: InputEvent| {
                    let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
                    set.emit((!text.is_empty()).then_some(Answer::Text(text)));
                })
            };
            html! {
                <textarea class="cf-input cf-textarea" {id} rows="3" maxlength="2000" {value} {oninput}
                    aria-label={app.text(&questionnaire, &question.text)} />
            }
        }
    };
    html! {
        <fieldset class={classes!("cf-fieldset", "cf-question", kind_class(question.kind))}
            id={props.current.then(|| app.id("current-question"))}
            tabindex={props.current.then_some("-1")}
            data-question={question.id.clone()}
            aria-describedby={question.help.as_ref().map(|_| help_id.clone())}>
            <legend class="cf-legend">
                { app.text(&questionnaire, &question.text) }
                if question.required {
                    <span class="cf-required">{ format!(" ({})", app.ui(Ui::RequiredMark)) }</span>
                }
            </legend>
            if let Some(help) = &question.help {
                <p class="cf-help" id={help_id}>{ app.text(&questionnaire, help) }</p>
            }
            { body }
            <NotComparedNote question={props.question.clone()} />
        </fieldset>
    }
}

/// One radio button with its label, as an answer card (`unknown`: the quieter "don't know"),
/// with the digit that picks it (`key`).
fn radio(
    name: &AttrValue,
    id: AttrValue,
    label: Html,
    checked: bool,
    unknown: bool,
    key: Option<usize>,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <div class={classes!("cf-choice", unknown.then_some("cf-choice-unknown"))}>
            <input type="radio" id={id.clone()} name={name.clone()} {checked} {onchange} />
            <label for={id}>{ label }</label>
            { key_hint(key) }
        </div>
    }
}

/// The digit that picks a choice (see `answer_keys`), shown on devices with a keyboard and
/// left out of the choice's name: screen readers read the label alone.
pub(crate) fn key_hint(key: Option<usize>) -> Html {
    match key.filter(|k| (1..=9).contains(k)) {
        Some(key) => html! { <kbd class="cf-key" aria-hidden="true">{ key }</kbd> },
        None => Html::default(),
    }
}

/// Single choice, yes/no and scale: one radio group, with "don't know" when allowed.
fn radios(
    app: &AppContext,
    questionnaire: &Questionnaire,
    question: &Question,
    answer: Option<&Answer>,
    set: &Callback<Option<Answer>>,
) -> Html {
    let name = app.id(&question.id);
    let ends = (question.kind == Kind::Scale)
        .then_some(question.scale.as_ref())
        .flatten()
        .map(|scale| {
            (
                app.text(questionnaire, &scale.low),
                app.text(questionnaire, &scale.high),
            )
        });
    let mut choices: Vec<(String, Html, Answer)> = match question.kind {
        Kind::Single => question
            .options
            .iter()
            .map(|o| {
                (
                    format!("o.{}", o.id),
                    html! { { app.text(questionnaire, &o.label) } },
                    Answer::Choice(o.id.clone()),
                )
            })
            .collect(),
        Kind::YesNo => vec![
            (
                "yes".into(),
                html! { { app.ui(Ui::Yes) } },
                Answer::YesNo(true),
            ),
            (
                "no".into(),
                html! { { app.ui(Ui::No) } },
                Answer::YesNo(false),
            ),
        ],
        _ => (1..=SCALE_STEPS as u8)
            .map(|n| {
                // The segment shows its number; the end labels are drawn under the row, and
                // read with the end segments' own names.
                let end = match &ends {
                    Some((low, _)) if n == 1 => Some(low.clone()),
                    Some((_, high)) if usize::from(n) == SCALE_STEPS => Some(high.clone()),
                    _ => None,
                };
                let label = html! {
                    <>
                        { n }
                        if let Some(end) = end {
                            <span class="cf-visually-hidden">{ format!(" · {end}") }</span>
                        }
                    </>
                };
                (format!("s{n}"), label, Answer::Scale(n))
            })
            .collect(),
    };
    if question.allow_unknown {
        let label = if question.kind == Kind::YesNo {
            Ui::NotSure
        } else {
            Ui::DontKnow
        };
        choices.push((
            "unknown".into(),
            html! { { app.ui(label) } },
            Answer::Unknown,
        ));
    }
    let row = matches!(question.kind, Kind::YesNo | Kind::Scale);
    let (answers, unknown): (Vec<_>, Vec<_>) = choices
        .into_iter()
        .partition(|(_, _, value)| *value != Answer::Unknown);
    let scale = question.kind == Kind::Scale;
    let count = answers.len();
    let card = |(position, (key, label, value)): (usize, (String, Html, Answer))| {
        let checked = answer == Some(&value);
        let unknown = value == Answer::Unknown;
        // A scale's segments show their number already; its "don't know" shows its digit.
        let digit = (!scale || unknown).then_some(position + 1);
        let onchange = {
            let set = set.clone();
            Callback::from(move |_| set.emit(Some(value.clone())))
        };
        radio(
            &name,
            app.question_id(&question.id, &key),
            label,
            checked,
            unknown,
            digit,
            onchange,
        )
    };
    // The answers, the scale's end labels under its segments, then the quieter "don't know".
    html! {
        <div class={classes!("cf-choices", row.then_some("cf-choices-row"))}>
            { for answers.into_iter().enumerate().map(card) }
            if let Some((low, high)) = ends {
                <div class="cf-scale-ends" aria-hidden="true">
                    <span>{ low }</span>
                    <span>{ high }</span>
                </div>
            }
            { for unknown.into_iter().enumerate().map(|(i, c)| card((count + i, c))) }
        </div>
    }
}

/// Multiple choice: checkboxes, with "don't know" clearing the rest.
fn checkboxes(
    app: &AppContext,
    questionnaire: &Questionnaire,
    question: &Question,
    answer: Option<&Answer>,
    set: &Callback<Option<Answer>>,
) -> Html {
    let chosen: Vec<String> = match answer {
        Some(Answer::Choices(ids)) => ids.clone(),
        _ => Vec::new(),
    };
    let items = question
        .options
        .iter()
        .enumerate()
        .map(|(position, option)| {
            let id = app.option_id(&question.id, &option.id);
            let checked = chosen.contains(&option.id);
            // Toggled on the answer as it is when the action runs, not as it was drawn.
            let onchange = {
                let (app, question, option) = (app.clone(), question.id.clone(), option.id.clone());
                Callback::from(move |_| {
                    app.dispatch(Action::ToggleChoice {
                        question: question.clone(),
                        option: option.clone(),
                    })
                })
            };
            html! {
                <div class="cf-choice">
                    <input type="checkbox" id={id.clone()} {checked} {onchange} />
                    <label for={id}>{ app.text(questionnaire, &option.label) }</label>
                    { key_hint(Some(position + 1)) }
                </div>
            }
        });
    let unknown = question.allow_unknown.then(|| {
        let id = app.question_id(&question.id, "unknown");
        let checked = answer == Some(&Answer::Unknown);
        let onchange = {
            let set = set.clone();
            Callback::from(move |_| set.emit((!checked).then_some(Answer::Unknown)))
        };
        html! {
            <div class="cf-choice cf-choice-unknown">
                <input type="checkbox" id={id.clone()} {checked} {onchange} />
                <label for={id}>{ app.ui(Ui::DontKnow) }</label>
                { key_hint(Some(question.options.len() + 1)) }
            </div>
        }
    });
    html! { <div class="cf-choices">{ for items }{ for unknown }</div> }
}

/// The class naming a question's kind, for styles and tests.
fn kind_class(kind: Kind) -> &'static str {
    match kind {
        Kind::Single => "cf-kind-single",
        Kind::Multi => "cf-kind-multi",
        Kind::YesNo => "cf-kind-yes-no",
        Kind::Scale => "cf-kind-scale",
        Kind::Number => "cf-kind-number",
        Kind::Text => "cf-kind-text",
    }
}

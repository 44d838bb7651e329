//! One question as a `fieldset` with a `legend`, drawn by its kind. "I don't know yet" is an
//! answer like the others.

use yew::prelude::*;

use crate::app::context::{AppContext, use_app};
use crate::app::state::Action;
use crate::core::answers::Answer;
use crate::core::describe::{format_number, parse_number};
use crate::core::model::{Kind, Question, Questionnaire, SCALE_STEPS, Unit};
use crate::core::ui_text::Ui;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};

#[derive(Properties, PartialEq)]
pub struct QuestionFieldProps {
    /// Id of the question in the current questionnaire.
    pub question: AttrValue,
}

#[component]
pub fn QuestionField(props: &QuestionFieldProps) -> Html {
    let app = use_app();
    let (Some(session), Some(questionnaire)) = (app.session.clone(), app.questionnaire.clone())
    else {
        return Html::default();
    };
    let Some(question) = questionnaire.question(&props.question) else {
        return Html::default();
    };
    let answer = session.answers.get(&question.id).cloned();
    let help_id = app.id(&format!("{}-help", question.id));
    let set = {
        let (app, id) = (app.clone(), question.id.clone());
        Callback::from(move |answer: Option<Answer>| {
            app.dispatch(Action::Answer {
                question: id.clone(),
                answer,
            })
        })
    };
    let body = match question.kind {
        Kind::Single | Kind::YesNo | Kind::Scale => {
            radios(&app, &questionnaire, question, answer.as_ref(), &set)
        }
        Kind::Multi => checkboxes(&app, &questionnaire, question, answer.as_ref(), &set),
        Kind::Number => html! { <NumberInput question={props.question.clone()} /> },
        Kind::Text => {
            let id = app.id(&format!("{}-text", question.id));
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
        <fieldset class={classes!("cf-fieldset", "cf-question", format!("cf-kind-{:?}", question.kind).to_lowercase())}
            data-question={question.id.clone()}
            aria-describedby={question.help.as_ref().map(|_| help_id.clone())}>
            <legend class="cf-legend">{ app.text(&questionnaire, &question.text) }</legend>
            if let Some(help) = &question.help {
                <p class="cf-help" id={help_id}>{ app.text(&questionnaire, help) }</p>
            }
            { body }
        </fieldset>
    }
}

/// One radio button with its label.
fn radio(
    name: &AttrValue,
    id: AttrValue,
    label: AttrValue,
    checked: bool,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <div class="cf-choice">
            <input type="radio" id={id.clone()} name={name.clone()} {checked} {onchange} />
            <label for={id}>{ label }</label>
        </div>
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
    let mut choices: Vec<(String, AttrValue, Answer)> = match question.kind {
        Kind::Single => question
            .options
            .iter()
            .map(|o| {
                (
                    o.id.clone(),
                    app.text(questionnaire, &o.label),
                    Answer::Choice(o.id.clone()),
                )
            })
            .collect(),
        Kind::YesNo => vec![
            ("yes".into(), app.ui(Ui::Yes).into(), Answer::YesNo(true)),
            ("no".into(), app.ui(Ui::No).into(), Answer::YesNo(false)),
        ],
        _ => (1..=SCALE_STEPS as u8)
            .map(|n| {
                let mut label = n.to_string();
                if let Some(scale) = &question.scale {
                    if n == 1 {
                        label = format!("1 · {}", app.text(questionnaire, &scale.low));
                    } else if usize::from(n) == SCALE_STEPS {
                        label = format!("{n} · {}", app.text(questionnaire, &scale.high));
                    }
                }
                (format!("s{n}"), label.into(), Answer::Scale(n))
            })
            .collect(),
    };
    if question.allow_unknown {
        let label = if question.kind == Kind::YesNo {
            Ui::NotSure
        } else {
            Ui::DontKnow
        };
        choices.push(("unknown".into(), app.ui(label).into(), Answer::Unknown));
    }
    let row = matches!(question.kind, Kind::YesNo | Kind::Scale);
    let items = choices.into_iter().map(|(key, label, value)| {
        let checked = answer == Some(&value);
        let onchange = {
            let set = set.clone();
            Callback::from(move |_| set.emit(Some(value.clone())))
        };
        radio(
            &name,
            app.id(&format!("{}-{key}", question.id)),
            label,
            checked,
            onchange,
        )
    });
    html! { <div class={classes!("cf-choices", row.then_some("cf-choices-row"))}>{ for items }</div> }
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
    let items = question.options.iter().map(|option| {
        let id = app.id(&format!("{}-{}", question.id, option.id));
        let checked = chosen.contains(&option.id);
        let onchange = {
            let (set, chosen, option) = (set.clone(), chosen.clone(), option.id.clone());
            Callback::from(move |_| {
                let mut next: Vec<String> =
                    chosen.iter().filter(|c| **c != option).cloned().collect();
                if !checked {
                    next.push(option.clone());
                }
                set.emit(Some(Answer::Choices(next)));
            })
        };
        html! {
            <div class="cf-choice">
                <input type="checkbox" id={id.clone()} {checked} {onchange} />
                <label for={id}>{ app.text(questionnaire, &option.label) }</label>
            </div>
        }
    });
    let unknown = question.allow_unknown.then(|| {
        let id = app.id(&format!("{}-unknown", question.id));
        let checked = answer == Some(&Answer::Unknown);
        let onchange = {
            let set = set.clone();
            Callback::from(move |_| set.emit((!checked).then_some(Answer::Unknown)))
        };
        html! {
            <div class="cf-choice cf-choice-unknown">
                <input type="checkbox" id={id.clone()} {checked} {onchange} />
                <label for={id}>{ app.ui(Ui::DontKnow) }</label>
            </div>
        }
    });
    html! { <div class="cf-choices">{ for items }{ for unknown }</div> }
}

#[derive(Properties, PartialEq)]
struct NumberInputProps {
    question: AttrValue,
}

/// A number with its unit; what was typed stays as typed until it reads as a number.
#[component]
fn NumberInput(props: &NumberInputProps) -> Html {
    let app = use_app();
    let questionnaire = app.questionnaire.clone();
    let question = questionnaire
        .as_deref()
        .and_then(|q| q.question(&props.question));
    let answer = app
        .session
        .as_ref()
        .and_then(|s| s.answers.get(props.question.as_str()).cloned());
    let typed = use_state(|| match &answer {
        Some(Answer::Number(n)) => format_number(*n),
        _ => String::new(),
    });
    let (Some(questionnaire), Some(question)) = (questionnaire.as_deref(), question) else {
        return Html::default();
    };
    let spec = question.number.clone();
    let input_id = app.id(&format!("{}-number", question.id));
    let error_id = app.id(&format!("{}-error", question.id));
    let error = number_error(&app, &typed, spec.as_ref());
    let unit = match spec.as_ref().map(|s| s.unit) {
        Some(Unit::Money) => {
            let currency = app.profile.currency.trim().to_owned();
            if currency.is_empty() {
                "¤".to_owned()
            } else {
                currency
            }
        }
        Some(Unit::Percent) => app.ui(Ui::UnitPercent).to_owned(),
        Some(Unit::Hours) => app.ui(Ui::UnitHours).to_owned(),
        Some(Unit::Days) => app.ui(Ui::UnitDays).to_owned(),
        Some(Unit::Weeks) => app.ui(Ui::UnitWeeks).to_owned(),
        Some(Unit::Count) | None => app.ui(Ui::UnitCount).to_owned(),
    };
    let set = {
        let (app, id) = (app.clone(), question.id.clone());
        Callback::from(move |answer: Option<Answer>| {
            app.dispatch(Action::Answer {
                question: id.clone(),
                answer,
            })
        })
    };
    let oninput = {
        let (typed, set, spec) = (typed.clone(), set.clone(), spec.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            match parse_number(&text) {
                Some(n) if in_bounds(n, spec.as_ref()) => set.emit(Some(Answer::Number(n))),
                // An empty field clears the answer; an unreadable one keeps the last good answer.
                None if text.trim().is_empty() => set.emit(None),
                _ => {}
            }
            typed.set(text);
        })
    };
    let unknown_id = app.id(&format!("{}-unknown", question.id));
    let is_unknown = answer == Some(Answer::Unknown);
    let on_unknown = {
        let (typed, set) = (typed.clone(), set.clone());
        Callback::from(move |_| {
            typed.set(String::new());
            set.emit((!is_unknown).then_some(Answer::Unknown));
        })
    };
    html! {
        <div class="cf-number">
            <div class="cf-number-row">
                <input class="cf-input cf-input-number" type="text" inputmode="decimal" id={input_id}
                    value={(*typed).clone()} {oninput} autocomplete="off"
                    aria-label={app.text(questionnaire, &question.text)}
                    aria-invalid={error.is_some().to_string()}
                    aria-describedby={error.as_ref().map(|_| error_id.clone())} />
                <span class="cf-unit">{ unit }</span>
            </div>
            if let Some(error) = error {
                <p class="cf-field-error" id={error_id}>{ error }</p>
            }
            if question.allow_unknown {
                <div class="cf-choice cf-choice-unknown">
                    <input type="checkbox" id={unknown_id.clone()} checked={is_unknown} onchange={on_unknown} />
                    <label for={unknown_id}>{ app.ui(Ui::DontKnow) }</label>
                </div>
            }
        </div>
    }
}

fn in_bounds(n: f64, spec: Option<&crate::core::model::NumberSpec>) -> bool {
    spec.is_none_or(|s| s.min.is_none_or(|min| n >= min) && s.max.is_none_or(|max| n <= max))
}

fn number_error(
    app: &AppContext,
    typed: &str,
    spec: Option<&crate::core::model::NumberSpec>,
) -> Option<String> {
    if typed.trim().is_empty() {
        return None;
    }
    let Some(n) = parse_number(typed) else {
        return Some(app.ui(Ui::NumberInvalid).to_owned());
    };
    let spec = spec?;
    if let Some(min) = spec.min.filter(|min| n < *min) {
        return Some(app.ui_fill(Ui::NumberTooSmall, &[("n", &format_number(min))]));
    }
    if let Some(max) = spec.max.filter(|max| n > *max) {
        return Some(app.ui_fill(Ui::NumberTooLarge, &[("n", &format_number(max))]));
    }
    None
}

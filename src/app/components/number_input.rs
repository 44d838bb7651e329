//! A number question's input with its unit and "don't know"; what was typed stays as typed
//! until it reads as a number, with the reason shown and linked when it does not.

use yew::prelude::*;

use crate::app::context::{AppContext, use_app};
use crate::core::answers::Answer;
use crate::core::describe::{format_number, parse_number};
use crate::core::model::{NumberSpec, Unit};
use crate::core::ui_text::Ui;
use web_sys::HtmlInputElement;

#[derive(Properties, PartialEq)]
pub struct NumberInputProps {
    /// Id of the number question.
    pub question: AttrValue,
}

/// A number with its unit; what was typed stays as typed until it reads as a number.
#[component]
pub fn NumberInput(props: &NumberInputProps) -> Html {
    let app = use_app();
    let questionnaire = app.questionnaire.clone();
    let question = questionnaire
        .as_deref()
        .and_then(|q| q.question(&props.question));
    let answer = app
        .session
        .as_ref()
        .and_then(|s| s.work.answers.get(props.question.as_str()).cloned());
    let typed = use_state(|| match &answer {
        Some(Answer::Number(n)) => format_number(*n),
        _ => String::new(),
    });
    let (Some(questionnaire), Some(question)) = (questionnaire.as_deref(), question) else {
        return Html::default();
    };
    let spec = question.number.clone();
    let input_id = app.question_id(&question.id, "number");
    let error_id = app.question_id(&question.id, "error");
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
    let set = app.answer_setter(&question.id);
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
    let unknown_id = app.question_id(&question.id, "unknown");
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

fn in_bounds(n: f64, spec: Option<&NumberSpec>) -> bool {
    spec.is_none_or(|s| s.min.is_none_or(|min| n >= min) && s.max.is_none_or(|max| n <= max))
}

fn number_error(app: &AppContext, typed: &str, spec: Option<&NumberSpec>) -> Option<String> {
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

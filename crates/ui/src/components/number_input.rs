//! A number question's input with its unit and "don't know". What was typed stays as typed;
//! under it, what it was read as ("= 12,000 EUR") or why it was not taken, linked to the input.

use yew::prelude::*;

use crate::context::use_app;
use crate::number_entry::{EntryOptions, use_number_entry};
use client_fit_core::answers::Answer;
use client_fit_core::model::Unit;
use client_fit_core::numbers::format_amount;
use client_fit_core::ui_text::Ui;

#[derive(Properties, PartialEq)]
pub struct NumberInputProps {
    /// Id of the number question.
    pub question: AttrValue,
}

/// A number with its unit; what was typed stays as typed, read in the current language.
#[component]
pub fn NumberInput(props: &NumberInputProps) -> Html {
    let app = use_app();
    let questionnaire = app.flow.questionnaire.clone();
    let question = questionnaire
        .as_deref()
        .and_then(|q| q.question(&props.question));
    let answer = app
        .flow
        .session
        .as_ref()
        .and_then(|s| s.work.answers.get(props.question.as_str()).cloned());
    let spec = question.and_then(|q| q.number.clone());
    let set = app.answer_setter(&props.question);
    let entry = use_number_entry(EntryOptions {
        value: match answer {
            Some(Answer::Number(n)) => Some(n),
            _ => None,
        },
        min: spec.as_ref().and_then(|s| s.min),
        max: spec.as_ref().and_then(|s| s.max),
        entry: Some(props.question.to_string()),
        onchange: set.reform(|n: Option<f64>| n.map(Answer::Number)),
    });
    let (Some(questionnaire), Some(question)) = (questionnaire.as_deref(), question) else {
        return Html::default();
    };
    let input_id = app.question_id(&question.id, "number");
    let error_id = app.question_id(&question.id, "error");
    let read_id = app.question_id(&question.id, "read");
    let unit_kind = spec.as_ref().map_or(Unit::Count, |s| s.unit);
    let currency = app.records.profile.currency.trim().to_owned();
    let unit = match unit_kind {
        Unit::Money if currency.is_empty() => "¤".to_owned(),
        Unit::Money => currency.clone(),
        Unit::Percent => app.ui(Ui::UnitPercent).to_owned(),
        Unit::Hours => app.ui(Ui::UnitHours).to_owned(),
        Unit::Days => app.ui(Ui::UnitDays).to_owned(),
        Unit::Weeks => app.ui(Ui::UnitWeeks).to_owned(),
        Unit::Count => app.ui(Ui::UnitCount).to_owned(),
    };
    let error = entry
        .reading
        .err()
        .and_then(|e| e.message(&app.records.language));
    let read = entry.reading.ok().map(|n| {
        format!(
            "= {}",
            format_amount(n, unit_kind, &currency, &app.records.language)
        )
    });
    let described = match (&error, &read) {
        (Some(_), _) => Some(error_id.clone()),
        (None, Some(_)) => Some(read_id.clone()),
        (None, None) => None,
    };
    let unknown_id = app.question_id(&question.id, "unknown");
    let is_unknown = answer == Some(Answer::Unknown);
    let on_unknown = {
        let (clear, set) = (entry.clear.clone(), set.clone());
        Callback::from(move |_| {
            clear.emit(());
            set.emit((!is_unknown).then_some(Answer::Unknown));
        })
    };
    html! {
        <div class="cf-number">
            <div class="cf-number-row">
                <input class="cf-input cf-input-number" type="text" inputmode="decimal" id={input_id}
                    value={entry.typed.to_string()} oninput={entry.oninput} autocomplete="off"
                    aria-label={app.text(questionnaire, &question.text)}
                    aria-invalid={error.is_some().to_string()}
                    aria-describedby={described} />
                <span class="cf-unit">{ unit }</span>
            </div>
            if let Some(error) = error {
                <p class="cf-field-error" id={error_id}>{ error }</p>
            } else if let Some(read) = read {
                <p class="cf-number-read" id={read_id}>{ read }</p>
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

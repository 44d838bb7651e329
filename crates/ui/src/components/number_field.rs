//! A labelled number field whose empty value means "not set". What was typed stays as typed;
//! under it, what it was read as ("= 2,000 EUR") or why it was not taken, linked to the input.
//! An entry that does not read, or is out of range, clears the value.

use yew::prelude::*;

use crate::context::use_app;
use crate::number_entry::{EntryOptions, use_number_entry};
use client_fit_core::model::Unit;
use client_fit_core::numbers::format_amount;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// Element id of the input; the error gets `{id}-error` and the reading `{id}-read`.
    pub id: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// The value stored now (`None`: not set).
    pub value: Option<f64>,
    /// What the number is in, for the line that shows what was read.
    pub unit: Unit,
    /// The largest allowed (the smallest is always 0).
    #[prop_or_default]
    pub max: Option<f64>,
    /// When set, the app state is told under this key whether the entry reads (see
    /// `State::invalid_entries`).
    #[prop_or_default]
    pub entry: Option<AttrValue>,
    /// Called with the new value, or `None` when the field is emptied or does not read.
    pub onchange: Callback<Option<f64>>,
}

/// A number entry of the profile or of "Your terms first", read in the interface language.
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let app = use_app();
    let entry = use_number_entry(EntryOptions {
        value: props.value,
        min: Some(0.0),
        max: props.max,
        entry: props.entry.as_ref().map(ToString::to_string),
        onchange: props.onchange.clone(),
    });
    let error_id = AttrValue::from(format!("{}-error", props.id));
    let read_id = AttrValue::from(format!("{}-read", props.id));
    let error = entry
        .reading
        .err()
        .and_then(|e| e.message(&app.records.language));
    let read = entry.reading.ok().map(|n| {
        let amount = format_amount(
            n,
            props.unit,
            &app.records.profile.currency,
            &app.records.language,
        );
        format!("= {amount}")
    });
    let described = match (&error, &read) {
        (Some(_), _) => Some(error_id.clone()),
        (None, Some(_)) => Some(read_id.clone()),
        (None, None) => None,
    };
    html! {
        <div class="cf-field">
            <label class="cf-label" for={props.id.clone()}>{ props.label.clone() }</label>
            <input class="cf-input cf-input-number" type="text" inputmode="decimal" id={props.id.clone()}
                value={entry.typed.to_string()} oninput={entry.oninput} autocomplete="off"
                aria-invalid={error.is_some().to_string()}
                aria-describedby={described} />
            if let Some(error) = error {
                <p class="cf-field-error" id={error_id}>{ error }</p>
            } else if let Some(read) = read {
                <p class="cf-number-read" id={read_id}>{ read }</p>
            }
        </div>
    }
}

//! A labelled number field whose empty value means "not set". What was typed stays as typed
//! until it reads as a number, with the reason shown and linked when it does not.

use yew::prelude::*;

use crate::app::context::use_app;
use crate::core::describe::{format_number, parse_number};
use crate::core::ui_text::Ui;
use web_sys::HtmlInputElement;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// Element id of the input; the error gets `{id}-error`.
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: Option<f64>,
    /// Called with the new value, or `None` when the field is emptied.
    pub onchange: Callback<Option<f64>>,
}

#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let app = use_app();
    let typed = use_state(|| props.value.map(format_number).unwrap_or_default());
    let invalid = !typed.trim().is_empty() && parse_number(&typed).is_none_or(|n| n < 0.0);
    let error_id = AttrValue::from(format!("{}-error", props.id));
    let oninput = {
        let (typed, onchange) = (typed.clone(), props.onchange.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            match parse_number(&text) {
                Some(n) if n >= 0.0 => onchange.emit(Some(n)),
                None if text.trim().is_empty() => onchange.emit(None),
                _ => {}
            }
            typed.set(text);
        })
    };
    html! {
        <div class="cf-field">
            <label class="cf-label" for={props.id.clone()}>{ props.label.clone() }</label>
            <input class="cf-input cf-input-number" type="text" inputmode="decimal" id={props.id.clone()}
                value={(*typed).clone()} {oninput} autocomplete="off"
                aria-invalid={invalid.to_string()}
                aria-describedby={invalid.then(|| error_id.clone())} />
            if invalid {
                <p class="cf-field-error" id={error_id}>{ app.ui(Ui::NumberInvalid) }</p>
            }
        </div>
    }
}

//! One radio group in a fieldset: a legend, an optional help line, and one choice per option,
//! each an input with its label. Used wherever the app (not a questionnaire) asks for one
//! choice: the first impression, the profile's friends policy, tags and weights, the overrule.

use yew::prelude::*;

use crate::context::use_app;

use super::question_field::key_hint;

/// One option of the group.
#[derive(Clone, Debug, PartialEq)]
pub struct RadioChoice {
    /// Its key: unique in the group, part of its element id, and what `onchange` receives.
    pub key: AttrValue,
    /// What the person reads.
    pub label: AttrValue,
    /// A class of its own, besides `cf-choice` (the impression's colour, say).
    pub class: Option<&'static str>,
}

impl RadioChoice {
    /// A choice with no class of its own.
    pub fn new(key: impl Into<AttrValue>, label: impl Into<AttrValue>) -> Self {
        RadioChoice {
            key: key.into(),
            label: label.into(),
            class: None,
        }
    }
}

/// What the group shows and where the choice goes.
#[derive(Properties, PartialEq)]
pub struct ChoiceGroupProps {
    /// The group's name, unique on the page for this widget: the inputs' `name` and the start
    /// of their ids.
    pub name: AttrValue,
    /// The question the group answers.
    pub legend: AttrValue,
    /// A line under the legend, read out with the group.
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// The options, in order.
    pub choices: Vec<RadioChoice>,
    /// The key of the option chosen now, if any.
    pub selected: Option<AttrValue>,
    /// Receives the key of the option picked.
    pub onchange: Callback<AttrValue>,
    /// Lays the options out in a row (short labels) rather than one per line.
    #[prop_or_default]
    pub row: bool,
    /// Shows the digit that picks each option (where `answer_keys` handles the keys).
    #[prop_or_default]
    pub keys: bool,
    /// Classes of the fieldset, besides `cf-fieldset`.
    #[prop_or_default]
    pub class: Classes,
}

/// A fieldset of radio buttons with their labels.
#[component]
pub fn ChoiceGroup(props: &ChoiceGroupProps) -> Html {
    let app = use_app();
    let name = app.id(&props.name);
    let help_id = props
        .help
        .as_ref()
        .map(|_| app.id(&format!("{}-help", props.name)));
    let choices = props.choices.iter().enumerate().map(|(position, choice)| {
        let id = app.id(&format!("{}-{}", props.name, choice.key));
        let onchange = {
            let (onchange, key) = (props.onchange.clone(), choice.key.clone());
            Callback::from(move |_: Event| onchange.emit(key.clone()))
        };
        let checked = props.selected.as_ref() == Some(&choice.key);
        html! {
            <div class={classes!("cf-choice", choice.class)}>
                <input type="radio" id={id.clone()} name={name.clone()} {checked} {onchange} />
                <label for={id}>{ choice.label.clone() }</label>
                { key_hint(props.keys.then_some(position + 1)) }
            </div>
        }
    });
    html! {
        <fieldset class={classes!("cf-fieldset", props.class.clone())} aria-describedby={help_id.clone()}>
            <legend class="cf-legend">{ props.legend.clone() }</legend>
            if let (Some(help), Some(help_id)) = (&props.help, help_id) {
                <p class="cf-help" id={help_id}>{ help.clone() }</p>
            }
            <div class={classes!("cf-choices", props.row.then_some("cf-choices-row"))}>{ for choices }</div>
        </fieldset>
    }
}

//! A group of toggle chips in a fieldset: a legend, and one button per chip that is pressed or
//! not (`aria-pressed`), so each is a real control that the keyboard reaches and presses with
//! Enter or Space. Used by the profile for the work and channels welcomed and avoided.

use yew::prelude::*;

use crate::context::use_app;

/// One chip of the group.
#[derive(Clone, Debug, PartialEq)]
pub struct Chip {
    /// Its key: unique in the group, and what `ontoggle` receives.
    pub key: AttrValue,
    /// What the person reads, and the button's name.
    pub label: AttrValue,
    /// Whether it is chosen now.
    pub pressed: bool,
}

/// What the group shows and where a press goes.
#[derive(Properties, PartialEq)]
pub struct ChipGroupProps {
    /// The group's name, unique on the page for this widget: the start of its legend's id.
    pub name: AttrValue,
    /// What the chips are ("Kinds of work").
    pub legend: AttrValue,
    /// The id of an element (a heading) read before the legend as the group's name, for a
    /// legend that only makes sense under it: "Kinds of work" under "Work you avoid".
    #[prop_or_default]
    pub context: Option<AttrValue>,
    /// The id of a line that says how the chips work, read out with the group.
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
    /// The chips, in order.
    pub chips: Vec<Chip>,
    /// Receives the key of the chip pressed.
    pub ontoggle: Callback<AttrValue>,
}

/// A fieldset of toggle buttons with a check mark on each chosen one.
#[component]
pub fn ChipGroup(props: &ChipGroupProps) -> Html {
    let app = use_app();
    let legend_id = app.id(&format!("{}-legend", props.name));
    let labelled_by = props
        .context
        .as_ref()
        .map(|context| format!("{context} {legend_id}"));
    let chips = props.chips.iter().map(|chip| {
        let onclick = {
            let (ontoggle, key) = (props.ontoggle.clone(), chip.key.clone());
            Callback::from(move |_: MouseEvent| ontoggle.emit(key.clone()))
        };
        html! {
            <button key={chip.key.to_string()} type="button" class="cf-chip"
                aria-pressed={chip.pressed.to_string()} {onclick}>
                // The mark (a check when pressed) is drawn by the style sheet from aria-pressed,
                // so what is seen cannot differ from what is announced.
                <span class="cf-chip-mark" aria-hidden="true"></span>
                { chip.label.clone() }
            </button>
        }
    });
    html! {
        <fieldset class="cf-chip-group" aria-labelledby={labelled_by}
            aria-describedby={props.described_by.clone()}>
            <legend class="cf-legend" id={legend_id}>{ props.legend.clone() }</legend>
            <div class="cf-chips">{ for chips }</div>
        </fieldset>
    }
}

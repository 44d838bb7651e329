//! The ideal client profile: filled in once, measured against by every score. Each change is
//! applied at once (and saved by the app's effect). In groups under headings (you, money,
//! time, contact, work welcomed, work avoided, friends and family, what matters most), with
//! the tags as chips, so the page fits on a few screens.

use yew::prelude::*;

use crate::context::{AppContext, use_app};
use crate::state::Action;
use client_fit_core::model::Unit;
use client_fit_core::profile::{FriendsPolicy, Profile, ProfileField, TagKind};
use client_fit_core::profile_edit::{ProfileEdit, TagPreference};
use client_fit_core::ui_text::Ui;
use web_sys::HtmlInputElement;

use super::{Chip, ChipGroup, ChoiceGroup, NumberField, RadioChoice};

/// The ideal client profile: filled in once, measured against by every score.
#[component]
pub fn ProfilePage() -> Html {
    let app = use_app();
    let profile = (*app.records.profile).clone();
    let number = |key: &str, label: Ui, unit: Unit, field: ProfileField| {
        // A percentage above 100 is an error at the field, not a value.
        let max = (unit == Unit::Percent).then_some(100.0);
        let onchange = {
            let app = app.clone();
            Callback::from(move |value: Option<f64>| {
                app.dispatch(Action::EditProfile(ProfileEdit::Number(field, value)))
            })
        };
        let value = profile.number(field);
        html! { <NumberField id={app.id(&format!("profile-{key}"))} label={app.ui(label)} {unit} {max} {value} {onchange} /> }
    };
    let text_input = |key: &str, label: Ui, value: &str, edit: fn(String) -> ProfileEdit| {
        let id = app.id(&format!("profile-{key}"));
        let oninput = {
            let app = app.clone();
            Callback::from(move |e: InputEvent| {
                let value = e.target_unchecked_into::<HtmlInputElement>().value();
                app.dispatch(Action::EditProfile(edit(value)));
            })
        };
        html! {
            <div class="cf-field">
                <label class="cf-label" for={id.clone()}>{ app.ui(label) }</label>
                <input class="cf-input" type="text" {id} value={value.to_owned()} maxlength="120" {oninput} />
            </div>
        }
    };
    const FRIENDS: [(FriendsPolicy, Ui, &str); 3] = [
        (FriendsPolicy::FullRate, Ui::FriendsFullRate, "full"),
        (FriendsPolicy::Discount, Ui::FriendsDiscount, "discount"),
        (FriendsPolicy::Never, Ui::FriendsNever, "never"),
    ];
    let friends: Vec<RadioChoice> = FRIENDS
        .iter()
        .map(|(_, label, key)| RadioChoice::new(*key, app.ui(*label)))
        .collect();
    let friends_chosen = FRIENDS
        .iter()
        .find(|(policy, ..)| *policy == profile.friends_policy)
        .map(|(_, _, key)| AttrValue::from(*key));
    let on_friends = {
        let app = app.clone();
        Callback::from(move |key: AttrValue| {
            if let Some((policy, ..)) = FRIENDS.iter().find(|(_, _, k)| *k == key.as_str()) {
                app.dispatch(Action::EditProfile(ProfileEdit::Friends(*policy)));
            }
        })
    };

    html! {
        <section class="cf-page cf-profile" aria-labelledby={app.id("heading")}>
            <h2 class="cf-title" id={app.id("heading")} tabindex="-1">{ app.ui(Ui::ProfileTitle) }</h2>
            <p class="cf-intro">{ app.ui(Ui::ProfileIntro) }</p>
            { group(&app, "you", Ui::ProfileYou, text_input("name", Ui::ProfileName, &profile.name, ProfileEdit::Name)) }
            { group(&app, "money", Ui::ProfileMoney, html! {
                <div class="cf-profile-fields">
                    { text_input("currency", Ui::ProfileCurrency, &profile.currency, ProfileEdit::Currency) }
                    { number("min-budget", Ui::ProfileMinBudget, Unit::Money, ProfileField::MinBudget) }
                    { number("deposit", Ui::ProfileDeposit, Unit::Percent, ProfileField::DepositPercent) }
                    { number("payment-days", Ui::ProfilePaymentDays, Unit::Days, ProfileField::PaymentDays) }
                </div>
            }) }
            { group(&app, "time", Ui::ProfileTime, html! {
                <div class="cf-profile-fields">
                    { number("min-weeks", Ui::ProfileMinWeeks, Unit::Weeks, ProfileField::MinWeeks) }
                    { number("max-weeks", Ui::ProfileMaxWeeks, Unit::Weeks, ProfileField::MaxWeeks) }
                    { number("reply-hours", Ui::ProfileReplyHours, Unit::Hours, ProfileField::ReplyHours) }
                    { number("weekly-hours", Ui::ProfileWeeklyHours, Unit::Hours, ProfileField::WeeklyHours) }
                </div>
            }) }
            { tag_groups(&app, &profile) }
            { group(&app, "friends", Ui::ProfileFriends, html! {
                <ChoiceGroup name="friends" legend={app.ui(Ui::ProfileFriendsAsk)} choices={friends}
                    selected={friends_chosen} onchange={on_friends} />
            }) }
            { group(&app, "weights", Ui::ProfileWeights, weights(&app, &profile)) }
        </section>
    }
}

/// One group of the page under its heading, whose id is [`heading_id`]: a control group
/// inside can take its name from it.
fn group(app: &AppContext, key: &str, title: Ui, body: Html) -> Html {
    html! {
        <div class={classes!("cf-profile-group", format!("cf-profile-{key}"))}>
            <h3 class="cf-subtitle" id={heading_id(app, key)}>{ app.ui(title) }</h3>
            { body }
        </div>
    }
}

/// The element id of a group's heading.
fn heading_id(app: &AppContext, key: &str) -> AttrValue {
    app.id(&format!("profile-{key}-heading"))
}

/// Every tag the questionnaires' options carry, with the label of the first option that has
/// it, in the order the questionnaires ask them (so "Something else" comes last). The editor
/// offers the same tags to give an option.
pub(super) fn known_tags(app: &AppContext) -> Vec<(String, AttrValue)> {
    let mut tags: Vec<(String, AttrValue)> = Vec::new();
    for questionnaire in app.catalogue.questionnaires.iter() {
        for (_, question) in questionnaire.questions() {
            for option in &question.options {
                if let Some(tag) = &option.tag
                    && !tags.iter().any(|(known, _)| known == tag)
                {
                    tags.push((tag.clone(), app.text(questionnaire, &option.label)));
                }
            }
        }
    }
    tags
}

/// The kinds of tag under "Work you welcome" and "Work you avoid", each a chip group named
/// by the group's heading and its legend ("Work you avoid, Industries").
const WORK_KINDS: [(TagKind, Ui, &str); 3] = [
    (TagKind::Work, Ui::TagKindWork, "work"),
    (TagKind::Industry, Ui::TagKindIndustry, "industry"),
    (TagKind::Other, Ui::TagKindOther, "other"),
];

/// The tags as chips: the channels under Contact, then the kinds of work, industries and any
/// other tags under "Work you welcome" and again under "Work you avoid". A press in one list
/// takes the tag off the other (`ProfileEdit::ToggleTag`).
fn tag_groups(app: &AppContext, profile: &Profile) -> Html {
    let tags = known_tags(app);
    let help_id = app.id("profile-chips-help");
    let chip_group = |name: String, legend: Ui, context: Option<AttrValue>, kind, side| {
        let chips: Vec<Chip> = tags
            .iter()
            .filter(|(tag, _)| TagKind::of(tag) == kind)
            .map(|(tag, label)| Chip {
                key: AttrValue::from(tag.clone()),
                label: label.clone(),
                pressed: if side == TagPreference::Avoid {
                    profile.avoids(tag)
                } else {
                    profile.welcomes(tag)
                },
            })
            .collect();
        if chips.is_empty() {
            return None;
        }
        let ontoggle = {
            let app = app.clone();
            Callback::from(move |tag: AttrValue| {
                let edit = ProfileEdit::ToggleTag(tag.to_string(), side);
                app.dispatch(Action::EditProfile(edit));
            })
        };
        Some(html! {
            <ChipGroup {name} legend={app.ui(legend)} {context}
                described_by={help_id.clone()} {chips} {ontoggle} />
        })
    };
    let contact: Vec<Html> = [
        ("welcome", Ui::ChannelsWelcome, TagPreference::Welcome),
        ("avoid", Ui::ChannelsAvoid, TagPreference::Avoid),
    ]
    .into_iter()
    .filter_map(|(side_key, legend, side)| {
        chip_group(
            format!("{side_key}-channel"),
            legend,
            None,
            TagKind::Channel,
            side,
        )
    })
    .collect();
    let work = |key: &str, side: TagPreference| -> Vec<Html> {
        let context = Some(heading_id(app, key));
        WORK_KINDS
            .iter()
            .filter_map(|(kind, legend, name)| {
                chip_group(
                    format!("{key}-{name}"),
                    *legend,
                    context.clone(),
                    *kind,
                    side,
                )
            })
            .collect()
    };
    let sections = [
        ("contact", Ui::ProfileContact, contact),
        (
            "welcome",
            Ui::ProfileWelcomeWork,
            work("welcome", TagPreference::Welcome),
        ),
        (
            "avoid",
            Ui::ProfileAvoidWork,
            work("avoid", TagPreference::Avoid),
        ),
    ];
    // How the chips work is said once, at the top of the first group with chips; every chip
    // group is described by it.
    let mut help = Some(html! {
        <p class="cf-help" id={help_id.clone()}>{ app.ui(Ui::ProfileChipsHelp) }</p>
    });
    sections
        .into_iter()
        .filter(|(_, _, groups)| !groups.is_empty())
        .map(|(key, title, groups)| {
            let help = help.take();
            group(app, key, title, html! { <>{ help }{ for groups }</> })
        })
        .collect()
}

/// How much each dimension matters, as a multiplier of its weight.
fn weights(app: &AppContext, profile: &Profile) -> Html {
    let mut dimensions: Vec<(String, AttrValue)> = Vec::new();
    for questionnaire in app.catalogue.questionnaires.iter() {
        for dimension in &questionnaire.dimensions {
            if !dimensions.iter().any(|(id, _)| *id == dimension.id) {
                dimensions.push((
                    dimension.id.clone(),
                    app.text(questionnaire, &dimension.label),
                ));
            }
        }
    }
    let rows = dimensions.into_iter().map(|(dimension, label)| {
        let current = profile.weight_multiplier(&dimension);
        let choices: Vec<RadioChoice> = WEIGHT_CHOICES
            .iter()
            .map(|(value, label)| RadioChoice::new(value.to_string(), app.ui(*label)))
            .collect();
        let selected = WEIGHT_CHOICES
            .iter()
            .find(|(value, _)| (current - value).abs() < 0.01)
            .map(|(value, _)| AttrValue::from(value.to_string()));
        let onchange = {
            let (app, dimension) = (app.clone(), dimension.clone());
            Callback::from(move |key: AttrValue| {
                if let Some((value, _)) = WEIGHT_CHOICES.iter().find(|(v, _)| v.to_string() == key.as_str()) {
                    app.dispatch(Action::EditProfile(ProfileEdit::Weight(dimension.clone(), *value)));
                }
            })
        };
        html! {
            <ChoiceGroup name={format!("weight-{dimension}")} class="cf-weight" legend={label} {choices} {selected} {onchange} row=true />
        }
    });
    html! { <>{ for rows }</> }
}

/// The weight multipliers offered for a dimension.
const WEIGHT_CHOICES: [(f64, Ui); 4] = [
    (0.0, Ui::WeightNone),
    (1.0, Ui::WeightNormal),
    (2.0, Ui::WeightHigh),
    (3.0, Ui::WeightHighest),
];

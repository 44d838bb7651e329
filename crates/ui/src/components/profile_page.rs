//! The ideal client profile: filled in once, measured against by every score. Each change is
//! applied at once (and saved by the app's effect).

use std::collections::BTreeMap;

use yew::prelude::*;

use crate::context::{AppContext, use_app};
use crate::state::Action;
use client_fit_core::model::Unit;
use client_fit_core::profile::{FriendsPolicy, Profile, ProfileField};
use client_fit_core::profile_edit::{ProfileEdit, TagPreference};
use client_fit_core::ui_text::Ui;
use web_sys::HtmlInputElement;

use super::{ChoiceGroup, NumberField, RadioChoice};

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
            <fieldset class="cf-fieldset">
                <legend class="cf-legend">{ app.ui(Ui::ProfileYou) }</legend>
                { text_input("name", Ui::ProfileName, &profile.name, ProfileEdit::Name) }
                { text_input("currency", Ui::ProfileCurrency, &profile.currency, ProfileEdit::Currency) }
            </fieldset>
            <fieldset class="cf-fieldset">
                <legend class="cf-legend">{ app.ui(Ui::ProfileMoney) }</legend>
                { number("min-budget", Ui::ProfileMinBudget, Unit::Money, ProfileField::MinBudget) }
                { number("deposit", Ui::ProfileDeposit, Unit::Percent, ProfileField::DepositPercent) }
                { number("payment-days", Ui::ProfilePaymentDays, Unit::Days, ProfileField::PaymentDays) }
            </fieldset>
            <fieldset class="cf-fieldset">
                <legend class="cf-legend">{ app.ui(Ui::ProfileWork) }</legend>
                { number("min-weeks", Ui::ProfileMinWeeks, Unit::Weeks, ProfileField::MinWeeks) }
                { number("max-weeks", Ui::ProfileMaxWeeks, Unit::Weeks, ProfileField::MaxWeeks) }
                { number("reply-hours", Ui::ProfileReplyHours, Unit::Hours, ProfileField::ReplyHours) }
                { number("weekly-hours", Ui::ProfileWeeklyHours, Unit::Hours, ProfileField::WeeklyHours) }
            </fieldset>
            <ChoiceGroup name="friends" legend={app.ui(Ui::ProfileFriends)} choices={friends}
                selected={friends_chosen} onchange={on_friends} />
            { tag_preferences(&app, &profile) }
            { weights(&app, &profile) }
        </section>
    }
}

/// Every tag the questionnaires' options carry, with the label of the first option that has it.
fn known_tags(app: &AppContext) -> BTreeMap<String, AttrValue> {
    let mut tags = BTreeMap::new();
    for questionnaire in app.catalogue.questionnaires.iter() {
        for (_, question) in questionnaire.questions() {
            for option in &question.options {
                if let Some(tag) = &option.tag {
                    tags.entry(tag.clone())
                        .or_insert_with(|| app.text(questionnaire, &option.label));
                }
            }
        }
    }
    tags
}

/// Welcome / no preference / avoid for each tag.
fn tag_preferences(app: &AppContext, profile: &Profile) -> Html {
    let tags = known_tags(app);
    if tags.is_empty() {
        return Html::default();
    }
    let rows = tags.into_iter().map(|(tag, label)| {
        let current = if profile.welcomes(&tag) {
            TagPreference::Welcome
        } else if profile.avoids(&tag) {
            TagPreference::Avoid
        } else {
            TagPreference::Neutral
        };
        let choices: Vec<RadioChoice> = TAG_CHOICES
            .iter()
            .map(|(_, label, key)| RadioChoice::new(*key, app.ui(*label)))
            .collect();
        let selected = TAG_CHOICES
            .iter()
            .find(|(preference, ..)| *preference == current)
            .map(|(_, _, key)| AttrValue::from(*key));
        let onchange = {
            let (app, tag) = (app.clone(), tag.clone());
            Callback::from(move |key: AttrValue| {
                if let Some((preference, ..)) = TAG_CHOICES.iter().find(|(_, _, k)| *k == key.as_str()) {
                    app.dispatch(Action::EditProfile(ProfileEdit::Tag(tag.clone(), *preference)));
                }
            })
        };
        html! {
            <ChoiceGroup name={format!("tag-{tag}")} class="cf-tag" legend={label} {choices} {selected} {onchange} row=true />
        }
    });
    html! {
        <section class="cf-block">
            <h3 class="cf-subtitle">{ app.ui(Ui::ProfileTags) }</h3>
            { for rows }
        </section>
    }
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
            <ChoiceGroup name={format!("weight-{dimension}")} legend={label} {choices} {selected} {onchange} row=true />
        }
    });
    html! {
        <section class="cf-block">
            <h3 class="cf-subtitle">{ app.ui(Ui::ProfileWeights) }</h3>
            { for rows }
        </section>
    }
}

/// Where a tag can stand, in the order offered.
const TAG_CHOICES: [(TagPreference, Ui, &str); 3] = [
    (TagPreference::Welcome, Ui::TagWelcome, "welcome"),
    (TagPreference::Neutral, Ui::TagNeutral, "neutral"),
    (TagPreference::Avoid, Ui::TagAvoid, "avoid"),
];

/// The weight multipliers offered for a dimension.
const WEIGHT_CHOICES: [(f64, Ui); 4] = [
    (0.0, Ui::WeightNone),
    (1.0, Ui::WeightNormal),
    (2.0, Ui::WeightHigh),
    (3.0, Ui::WeightHighest),
];

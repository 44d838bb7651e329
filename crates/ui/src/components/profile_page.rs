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

use super::NumberField;

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
    let friends = [
        (FriendsPolicy::FullRate, Ui::FriendsFullRate, "full"),
        (FriendsPolicy::Discount, Ui::FriendsDiscount, "discount"),
        (FriendsPolicy::Never, Ui::FriendsNever, "never"),
    ]
    .into_iter()
    .map(|(policy, label, key)| {
        let id = app.id(&format!("friends-{key}"));
        let onchange = {
            let app = app.clone();
            Callback::from(move |_| {
                app.dispatch(Action::EditProfile(ProfileEdit::Friends(policy)))
            })
        };
        html! {
            <div class="cf-choice">
                <input type="radio" id={id.clone()} name={app.id("friends")} checked={profile.friends_policy == policy} {onchange} />
                <label for={id}>{ app.ui(label) }</label>
            </div>
        }
    });

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
            <fieldset class="cf-fieldset">
                <legend class="cf-legend">{ app.ui(Ui::ProfileFriends) }</legend>
                <div class="cf-choices">{ for friends }</div>
            </fieldset>
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
        let current = if profile.welcomes(&tag) { 1 } else if profile.avoids(&tag) { -1 } else { 0 };
        let choices = [(1, Ui::TagWelcome, "welcome"), (0, Ui::TagNeutral, "neutral"), (-1, Ui::TagAvoid, "avoid")]
            .into_iter()
            .map(|(value, text, key)| {
                let id = app.id(&format!("tag-{tag}-{key}"));
                let onchange = {
                    let (app, tag) = (app.clone(), tag.clone());
                    Callback::from(move |_| {
                        let preference = match value {
                            1 => TagPreference::Welcome,
                            -1 => TagPreference::Avoid,
                            _ => TagPreference::Neutral,
                        };
                        app.dispatch(Action::EditProfile(ProfileEdit::Tag(tag.clone(), preference)));
                    })
                };
                html! {
                    <div class="cf-choice">
                        <input type="radio" id={id.clone()} name={app.id(&format!("tag-{tag}"))} checked={current == value} {onchange} />
                        <label for={id}>{ app.ui(text) }</label>
                    </div>
                }
            });
        html! {
            <fieldset class="cf-fieldset cf-tag">
                <legend class="cf-legend">{ label }</legend>
                <div class="cf-choices cf-choices-row">{ for choices }</div>
            </fieldset>
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
        let choices = [(0.0, Ui::WeightNone), (1.0, Ui::WeightNormal), (2.0, Ui::WeightHigh), (3.0, Ui::WeightHighest)]
            .into_iter()
            .map(|(value, text)| {
                let id = app.id(&format!("weight-{dimension}-{value}"));
                let onchange = {
                    let (app, dimension) = (app.clone(), dimension.clone());
                    Callback::from(move |_| {
                        app.dispatch(Action::EditProfile(ProfileEdit::Weight(dimension.clone(), value)));
                    })
                };
                html! {
                    <div class="cf-choice">
                        <input type="radio" id={id.clone()} name={app.id(&format!("weight-{dimension}"))}
                            checked={(current - value).abs() < 0.01} {onchange} />
                        <label for={id}>{ app.ui(text) }</label>
                    </div>
                }
            });
        html! {
            <fieldset class="cf-fieldset">
                <legend class="cf-legend">{ label }</legend>
                <div class="cf-choices cf-choices-row">{ for choices }</div>
            </fieldset>
        }
    });
    html! {
        <section class="cf-block">
            <h3 class="cf-subtitle">{ app.ui(Ui::ProfileWeights) }</h3>
            { for rows }
        </section>
    }
}

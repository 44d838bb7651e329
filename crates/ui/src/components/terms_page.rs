//! "Your terms first": before the first screening or check-up, the profile values that scoring
//! compares answers with (currency, minimum budget, deposit, payment days, reply time). Each is
//! saved to the profile as it is typed; Continue or Skip for now leads to the first impression,
//! and the step is not asked again.

use yew::prelude::*;

use crate::context::use_app;
use crate::state::{Action, TERMS_ENTRIES};
use client_fit_core::model::Unit;
use client_fit_core::profile::ProfileField;
use client_fit_core::profile_edit::ProfileEdit;
use client_fit_core::ui_text::Ui;
use web_sys::HtmlInputElement;

use super::NumberField;

/// "Your terms first": the few profile numbers a screening compares with, asked once.
#[component]
pub fn TermsPage() -> Html {
    let app = use_app();
    let profile = app.records.profile.clone();
    let currency_id = app.id("terms.currency");
    let on_currency = {
        let app = app.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            app.dispatch(Action::EditProfile(ProfileEdit::Currency(value)));
        })
    };
    let fields: [(Ui, Unit, ProfileField); 4] = [
        (Ui::ProfileMinBudget, Unit::Money, ProfileField::MinBudget),
        (
            Ui::ProfileDeposit,
            Unit::Percent,
            ProfileField::DepositPercent,
        ),
        (
            Ui::ProfilePaymentDays,
            Unit::Days,
            ProfileField::PaymentDays,
        ),
        (Ui::ProfileReplyHours, Unit::Hours, ProfileField::ReplyHours),
    ];
    let numbers = TERMS_ENTRIES
        .into_iter()
        .zip(fields)
        .map(|(entry, (label, unit, field))| {
            let value = profile.number(field);
            let onchange = {
                let app = app.clone();
                Callback::from(move |value: Option<f64>| {
                    app.dispatch(Action::EditProfile(ProfileEdit::Number(field, value)))
                })
            };
            let max = (unit == Unit::Percent).then_some(100.0);
            html! {
                <NumberField id={app.id(entry)} entry={AttrValue::from(entry)} label={app.ui(label)}
                    {unit} {max} {value} {onchange} />
            }
        });
    let on_continue = {
        let app = app.clone();
        Callback::from(move |_| {
            // Held here while a field does not read: its error is shown, so go to it.
            if let Some(entry) = app.blocking_entry() {
                app.focus(&app.id(entry));
            }
            app.dispatch(Action::TermsDone { skipped: false });
        })
    };
    let on_skip = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::TermsDone { skipped: true }))
    };
    html! {
        <section class="cf-page cf-terms" aria-labelledby={app.id("heading")}>
            <h2 class="cf-title" id={app.id("heading")} tabindex="-1">{ app.ui(Ui::TermsTitle) }</h2>
            <p class="cf-intro">{ app.ui(Ui::TermsIntro) }</p>
            <div class="cf-field">
                <label class="cf-label" for={currency_id.clone()}>{ app.ui(Ui::ProfileCurrency) }</label>
                <input class="cf-input cf-input-currency" type="text" id={currency_id} value={profile.currency.clone()}
                    maxlength="12" autocomplete="off" oninput={on_currency} />
            </div>
            { for numbers }
            <nav class="cf-nav">
                <button type="button" class="cf-button cf-button-primary" onclick={on_continue}>{ app.ui(Ui::TermsContinue) }</button>
                <button type="button" class="cf-button cf-terms-skip" onclick={on_skip}>{ app.ui(Ui::TermsSkip) }</button>
            </nav>
        </section>
    }
}

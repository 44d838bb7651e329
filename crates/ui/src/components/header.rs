//! The top bar: the name, the privacy promise and the language switcher.

use yew::prelude::*;

use crate::context::use_app;
use crate::state::{Action, View};
use client_fit_core::text::LANGUAGES;
use client_fit_core::ui_text::Ui;

/// Each language named in itself, so a person can find their own.
const LANGUAGE_NAMES: [&str; 4] = ["English", "Español", "Română", "Dansk"];

/// The app's header: its name, the page tabs and the language buttons.
#[component]
pub fn Header() -> Html {
    let app = use_app();
    let select_id = app.id("language");
    let current = LANGUAGES
        .iter()
        .copied()
        .find(|l| app.records.language.starts_with(l))
        .unwrap_or("en");
    let buttons = LANGUAGES.iter().zip(LANGUAGE_NAMES).map(|(code, name)| {
        let app = app.clone();
        let onclick = Callback::from(move |_| app.dispatch(Action::SetLanguage((*code).to_owned())));
        html! {
            <button type="button" class="cf-lang" lang={*code} aria-pressed={(*code == current).to_string()} {onclick}>
                { name }
            </button>
        }
    });
    let tabs = [
        (View::Assess, Ui::ViewAssess),
        (View::Profile, Ui::ViewProfile),
        (View::History, Ui::ViewHistory),
    ]
    .into_iter()
    .map(|(view, label)| {
        // The track record is a page of History.
        let current = app.screen.view == view || (view == View::History && app.screen.view == View::TrackRecord);
        let onclick = {
            let app = app.clone();
            Callback::from(move |_| app.dispatch(Action::Show(view)))
        };
        html! {
            <button type="button" class="cf-tab" aria-current={current.then_some("page")} {onclick}>{ app.ui(label) }</button>
        }
    });
    html! {
        <header class="cf-header">
            <div class="cf-brand">
                <span class="cf-brand-name">{ app.ui(Ui::AppName) }</span>
                <span class="cf-brand-promise">{ app.ui(Ui::PrivacyNote) }</span>
            </div>
            <div class="cf-langs" role="group" aria-labelledby={select_id.clone()}>
                <span id={select_id} class="cf-visually-hidden">{ app.ui(Ui::Language) }</span>
                { for buttons }
            </div>
            // A prospect in a widget has no profile or history of the consultant's to visit.
            if app.setup.embedded.is_none() {
                <nav class="cf-tabs">{ for tabs }</nav>
            }
        </header>
    }
}

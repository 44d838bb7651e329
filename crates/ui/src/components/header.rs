//! The top bar: the name, the privacy promise and the language switcher (in a widget, only the
//! questionnaire's languages, and no brand).

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
    let embedded = app.setup.embedded.is_some();
    let select_id = app.id("language");
    let current = LANGUAGES
        .iter()
        .copied()
        .find(|l| app.records.language.starts_with(l))
        .unwrap_or("en");
    // In a widget, only the languages its questionnaire is written in (none when it has one):
    // Spanish buttons around English questions would help nobody. A built-in questionnaire is
    // served in all four, one file each; a custom one holds the languages it claims. The app
    // offers all four.
    let custom = app
        .flow
        .questionnaire
        .as_deref()
        .filter(|_| embedded)
        .filter(|q| {
            app.catalogue
                .custom_sources
                .iter()
                .any(|(id, _)| *id == q.id)
        });
    let offered: Vec<(&str, &str)> = LANGUAGES
        .iter()
        .copied()
        .zip(LANGUAGE_NAMES)
        .filter(|(code, _)| match custom {
            Some(q) => q.languages.iter().any(|l| l == code) || q.default_language == *code,
            None => true,
        })
        .collect();
    let languages_shown = offered.len() > 1;
    let buttons = offered.into_iter().map(|(code, name)| {
        let app = app.clone();
        let onclick = Callback::from(move |_| app.dispatch(Action::SetLanguage(code.to_owned())));
        html! {
            <button type="button" class="cf-lang" lang={code} aria-pressed={(code == current).to_string()} {onclick}>
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
    if embedded && !languages_shown {
        return Html::default();
    }
    html! {
        <header class={classes!("cf-header", embedded.then_some("cf-header-embedded"))}>
            // On a consultant's page the widget is part of their site: no brand of ours. The
            // prospect's end page says where the answers stay.
            if !embedded {
                <div class="cf-brand">
                    <span class="cf-brand-name">{ app.ui(Ui::AppName) }</span>
                    <span class="cf-brand-promise">{ app.ui(Ui::PrivacyNote) }</span>
                </div>
            }
            if languages_shown {
                <div class="cf-langs" role="group" aria-labelledby={select_id.clone()}>
                    <span id={select_id} class="cf-visually-hidden">{ app.ui(Ui::Language) }</span>
                    { for buttons }
                </div>
            }
            // A prospect in a widget has no profile or history of the consultant's to visit.
            if app.setup.embedded.is_none() {
                <nav class="cf-tabs">{ for tabs }</nav>
            }
        </header>
    }
}

//! "Put it on your site", natively: the page rendered with Yew's server renderer (every field
//! labelled, the snippet shown for sound choices and a message at each wrong field instead),
//! and its reducer action (one edit at a time, the same state when nothing changes).
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use client_fit_core::embed::{Reveal, Theme};
use client_fit_core::profile::Profile;
use client_fit_core::snippet::{SnippetChoices, SnippetEdit, SnippetQuestionnaire};
use client_fit_core::storage::Saved;
use client_fit_ui::address::Place;
use client_fit_ui::state::{Action, State, View};
use yew::Reducible;

mod common;

fn start(choices: SnippetChoices, language: &str) -> Rc<client_fit_ui::state::Start> {
    let mut start = (*common::start(7, language)).clone();
    start.view = View::Site;
    start.snippet = choices;
    Rc::new(start)
}

async fn render(choices: SnippetChoices, profile: Profile, language: &str) -> String {
    let saved = Saved {
        profile,
        ..Saved::new()
    };
    common::render_app(start(choices, language), saved).await
}

/// The text of the snippet's box, as the browser shows it (the server renderer writes a
/// textarea's value as its content, escaped).
fn snippet_box(html: &str) -> Option<String> {
    let start = html.find(r#"id="cf7-site-snippet""#)?;
    let open = html[start..].find('>')? + start + 1;
    let close = html[open..].find("</textarea>")? + open;
    Some(
        html[open..close]
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&"),
    )
}

#[tokio::test]
async fn the_page_labels_every_choice_and_shows_the_snippet() {
    let choices = SnippetChoices {
        questionnaire: SnippetQuestionnaire::default(),
        reveal: Reveal::Full,
        theme: Theme::Dark,
        accent: Some("#0f6e5a".into()),
        consultant_name: "Vega Studio".into(),
        consultant_email: "hello@vega.example".into(),
        ..SnippetChoices::default()
    };
    let html = render(choices.clone(), Profile::default(), "en").await;
    assert!(html.contains("Put it on your site"), "{html}");
    assert!(
        html.contains(r#"<h2 id="cf7-heading" tabindex="-1" class="cf-title">"#),
        "{html}"
    );
    // One radio group per choice, each with its legend; the chosen ones checked.
    for legend in [
        "The questionnaire your prospect answers",
        "What your prospect sees at the end",
        "Light or dark",
    ] {
        assert!(html.contains(legend), "{legend}");
    }
    assert!(checked(&html, "cf7-site-reveal-full"), "{html}");
    assert!(checked(&html, "cf7-site-theme-dark"));
    assert!(checked(&html, "cf7-site-questionnaire-builtin-intake"));
    // Only questionnaires written for a prospect: never the consultant's screening.
    assert!(!html.contains("cf7-site-questionnaire-builtin-screen"));
    // Each text field has its label.
    for id in ["site-name", "site-email", "site-submit-url", "site-loader"] {
        assert!(html.contains(&format!(r#"for="cf7-{id}""#)), "{id}");
        assert!(html.contains(&format!(r#"id="cf7-{id}""#)), "{id}");
    }
    assert!(html.contains(r#"type="color""#));
    // The profile stays out until asked for, and the page says what it would expose.
    assert!(!checked(&html, "cf7-site-profile"));
    assert!(
        html.contains("anyone who reads your page&#39;s source")
            || html.contains("anyone who reads your page's source")
    );
    // The endpoint's duties, in one line; its format only once there is an address.
    assert!(html.contains("treat a repeated submission_id as the same submission"));
    assert!(!html.contains("How the answers are posted"));
    // The preview says it never sends.
    assert!(html.contains("never sends anything"));
    assert_eq!(
        snippet_box(&html).as_deref(),
        choices.snippet().ok().as_deref()
    );
    assert!(html.contains("Copy the snippet"));
}

/// Whether the input with this id is checked (the server renderer writes `checked` among its
/// attributes).
fn checked(html: &str, id: &str) -> bool {
    let Some(at) = html.find(&format!(r#"id="{id}""#)) else {
        return false;
    };
    let tag_start = html[..at].rfind('<').unwrap_or(0);
    let tag_end = html[at..].find('>').map_or(html.len(), |e| at + e);
    html[tag_start..tag_end].contains("checked")
}

#[tokio::test]
async fn a_wrong_field_shows_its_message_there_and_no_snippet() {
    let choices = SnippetChoices {
        consultant_email: "not an address".into(),
        submit_url: Some("ftp://vega.example".into()),
        ..SnippetChoices::default()
    };
    let html = render(choices, Profile::default(), "en").await;
    assert!(html.contains(r#"id="cf7-site-email-error""#), "{html}");
    assert!(html.contains("Write an email address such as you@example.com."));
    assert!(html.contains(r#"aria-describedby="cf7-site-email-error""#));
    assert!(html.contains(r#"id="cf7-site-submit-url-error""#));
    assert!(html.contains("Fix the marked fields to get the snippet."));
    assert_eq!(snippet_box(&html), None);
    assert!(!html.contains("Copy the snippet"));
    // The submit format shows once there is an address, even a wrong one.
    assert!(html.contains("How the answers are posted"));
}

#[tokio::test]
async fn hostile_text_and_the_profile_reach_the_snippet_box_only_as_text() {
    let hostile = r#"Vega "Studio" </textarea><script>alert(1)</script>"#;
    let choices = SnippetChoices {
        consultant_name: hostile.into(),
        include_profile: true,
        ..SnippetChoices::default()
    };
    let profile = Profile {
        name: "</script><b>Ana</b>".into(),
        min_budget: Some(4000.0),
        ..Profile::default()
    };
    let html = render(choices.clone(), profile.clone(), "en").await;
    assert!(!html.contains("<script>alert(1)"), "{html}");
    assert!(!html.contains("<b>Ana</b>"), "{html}");
    let shown = snippet_box(&html).expect("a snippet");
    let expected = SnippetChoices { profile, ..choices }.snippet().unwrap();
    assert_eq!(shown, expected);
    assert!(shown.contains("\"min_budget\": 4000"));
    assert!(checked(&html, "cf7-site-profile"));
}

#[tokio::test]
async fn their_own_questionnaire_is_offered_with_the_path_of_its_file() {
    let choices = SnippetChoices {
        questionnaire: SnippetQuestionnaire::own("minimal"),
        ..SnippetChoices::default()
    };
    let mut start = (*start(choices.clone(), "en")).clone();
    // Their own intake is offered; their own screening would not be.
    let mut source: serde_json::Value = serde_json::from_str(common::MINIMAL).unwrap();
    source["lens"] = "intake".into();
    let intake = client_fit_core::backup::Custom::read(source.clone()).unwrap();
    start.catalogue = Rc::new(vec![Rc::new(intake.questionnaire)]);
    start.custom_sources = vec![("minimal".into(), Rc::new(source))];
    let html = common::render_app(Rc::new(start), Saved::new()).await;
    assert!(html.contains("Minimal screening (your own)"), "{html}");
    assert!(checked(&html, "cf7-site-questionnaire-own-minimal"));
    assert!(html.contains(r#"for="cf7-site-questionnaire-url""#));
    assert!(
        html.contains(r#"value="/client-fit/minimal.json""#),
        "{html}"
    );
    assert!(html.contains("Download the copy for your site"));
    let shown = snippet_box(&html).expect("a snippet");
    assert_eq!(shown, choices.snippet().unwrap());
    assert!(shown.contains(r#""questionnaire_url": "/client-fit/minimal.json""#));
    assert!(!shown.contains("data-questionnaire"));
}

#[tokio::test]
async fn the_page_speaks_the_interface_language() {
    let html = render(SnippetChoices::default(), Profile::default(), "da").await;
    assert!(html.contains("Sæt det på din hjemmeside"), "{html}");
    assert!(html.contains("Kopiér kodestykket"));
    let html = render(SnippetChoices::default(), Profile::default(), "es").await;
    assert!(html.contains("Ponlo en tu web"), "{html}");
}

#[tokio::test]
async fn the_start_page_and_history_lead_to_it() {
    let saved = Saved::new();
    let html = common::render_app(common::start(7, "en"), saved.clone()).await;
    assert!(
        html.contains("Your prospects answer the intake on your own website."),
        "{html}"
    );
    assert!(html.contains(r#"class="cf-link cf-site-open""#));
    let mut start = (*common::start(7, "en")).clone();
    start.view = View::History;
    let html = common::render_app(Rc::new(start), saved).await;
    assert!(html.contains(r#"class="cf-button cf-site-open""#), "{html}");
}

fn fresh() -> Rc<State> {
    Rc::new(State::restore(
        (*common::start(1, "en")).clone(),
        Saved::new(),
    ))
}

#[test]
fn edits_change_the_choices_one_at_a_time_and_nothing_else() {
    let state = fresh();
    let state = state.reduce(Action::Show(View::Site));
    assert_eq!(state.place(), Place::Page(View::Site));
    let before = state.clone();
    let state = state.reduce(Action::EditSnippet(SnippetEdit::Reveal(Reveal::Full)));
    assert_eq!(state.records.snippet.reveal, Reveal::Full);
    assert_eq!(state.records.profile, before.records.profile);
    assert_eq!(state.screen, before.screen);
    let state = state.reduce(Action::EditSnippet(SnippetEdit::Name("Vega".into())));
    let state = state.reduce(Action::EditSnippet(SnippetEdit::Accent(Some(
        "#0f6e5a".into(),
    ))));
    assert_eq!(
        *state.records.snippet,
        SnippetChoices {
            reveal: Reveal::Full,
            consultant_name: "Vega".into(),
            accent: Some("#0f6e5a".into()),
            ..SnippetChoices::default()
        }
    );
    // An edit that changes nothing gives back the same state.
    let same = state
        .clone()
        .reduce(Action::EditSnippet(SnippetEdit::Reveal(Reveal::Full)));
    assert!(Rc::ptr_eq(&same, &state));
}

#[test]
fn the_choices_start_from_what_the_device_kept() {
    let mut start = (*common::start(1, "en")).clone();
    start.snippet = SnippetChoices {
        theme: Theme::Light,
        ..SnippetChoices::default()
    };
    let state = State::restore(start, Saved::new());
    assert_eq!(state.records.snippet.theme, Theme::Light);
}

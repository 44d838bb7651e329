//! The widget's first screen rendered at build time: what it shows, that it is safe to put in a
//! host page under a strict Content Security Policy, and that the options the loader does not
//! read leave it unchanged (so showing it whatever they say is right).

use std::rc::Rc;

use client_fit_core::builtin::BUILTIN;
use client_fit_core::embed::Reveal;
use client_fit_core::load::load;
use client_fit_core::profile::Profile;
use client_fit_core::submit::SubmitFormat;
use client_fit_core::text::LANGUAGES;
use client_fit_prerender::{first_screen, first_screen_with, widget_props};
use client_fit_ui::ClientFitProps;

/// The prospect's copy of a built-in questionnaire in one language, as `client-fit-content`
/// writes it for the widget.
fn prospect_file(id: &str, language: &str) -> String {
    let (_, json) = BUILTIN
        .iter()
        .find(|(each, _)| *each == id)
        .expect("built in");
    let questionnaire = load(json).expect("loads").questionnaire.for_prospect();
    serde_json::to_string(&questionnaire.in_language(language)).expect("writes")
}

/// Whether an element in `html` has an `on…=` attribute (an inline event handler).
fn has_event_attribute(html: &str) -> bool {
    html.match_indices(" on").any(|(at, _)| {
        let rest = &html[at + 3..];
        let name = rest.chars().take_while(char::is_ascii_lowercase).count();
        name > 0 && rest[name..].starts_with('=')
    })
}

#[test]
fn an_event_attribute_is_seen() {
    assert!(has_event_attribute(r#"<img onerror="x">"#));
    assert!(!has_event_attribute("<p>one or two</p>"));
}

#[tokio::test]
async fn the_intake_opens_on_its_first_question_with_its_intro() {
    let html = first_screen(&prospect_file("intake", "en"), "en")
        .await
        .expect("renders");
    assert!(html.contains("What kind of work do you need?"), "{html}");
    assert!(html.contains("Thank you for thinking of us."), "{html}");
    // The element ids are the first widget's, as the live widget draws them.
    assert!(html.contains(r#"id="cf1-q.kind_of_work.o.web""#), "{html}");
    assert!(html.contains(r#"lang="en""#));
    assert_eq!(html.matches(r#"type="radio""#).count(), 6);
}

#[tokio::test]
async fn each_language_has_its_own_words() {
    let spanish = first_screen(&prospect_file("intake", "es"), "es")
        .await
        .expect("renders");
    assert!(spanish.contains(r#"lang="es""#), "{spanish}");
    assert!(spanish.contains("Siguiente"), "{spanish}");
    assert!(!spanish.contains(">Next<"), "{spanish}");
}

#[tokio::test]
async fn no_first_screen_needs_what_a_strict_policy_forbids_or_says_what_is_the_consultants() {
    for (id, _) in BUILTIN {
        for language in LANGUAGES {
            let html = first_screen(&prospect_file(id, language), language)
                .await
                .expect("renders");
            // No inline style or script: a host's `style-src 'self'` would block the one, and
            // the other has no place in a file shown as markup.
            for forbidden in ["style=", "<script", "<style", "javascript:"] {
                assert!(!html.contains(forbidden), "{id}.{language}: {forbidden}");
            }
            assert!(!has_event_attribute(&html), "{id}.{language}: {html}");
        }
    }
}

#[tokio::test]
async fn options_the_loader_does_not_read_leave_the_first_screen_unchanged() {
    let profile = Profile {
        name: "PROFILE-SECRET".to_owned(),
        ..Profile::default()
    };
    let others = ClientFitProps {
        reveal: Reveal::Full,
        consultant_name: "Vega Studio".into(),
        consultant_email: "hello@vega.example".into(),
        submit_url: Some("https://vega.example/intake".into()),
        submit_as: SubmitFormat::Form,
        profile: Some(Rc::new(profile)),
        content_base: "https://cdn.example/client-fit/v1/".into(),
        ..widget_props()
    };
    for (id, _) in BUILTIN {
        for language in LANGUAGES {
            let file = prospect_file(id, language);
            let plain = first_screen(&file, language).await.expect("renders");
            let with_options = first_screen_with(&file, language, &others)
                .await
                .expect("renders");
            assert_eq!(plain, with_options, "{id}.{language}");
        }
    }
}

#[tokio::test]
async fn a_broken_file_is_refused_with_its_problem() {
    let error = first_screen(r#"{"format": 1, "id": "cut""#, "en")
        .await
        .expect_err("refused");
    assert!(!error.is_empty());
}

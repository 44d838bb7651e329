//! Native rendering of numbers read as people write them, of "Your terms first" and of what
//! was not compared with the profile: the server renderer draws what a person first sees.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use client_fit_core::answers::Answer;
use client_fit_core::embed::Reveal;
use client_fit_core::profile::Profile;
use client_fit_core::session::Step;
use client_fit_core::storage::Saved;
use client_fit_core::ui_text::{Ui, ui, ui_fill};
use client_fit_ui::state::Embedded;

mod common;

fn at(step: Step, answers: &[(&str, Answer)], profile: Profile) -> Saved {
    Saved {
        profile,
        profile_asked: true,
        ..common::saved_at(step, answers, "Acme")
    }
}

async fn render(saved: Saved, language: &str) -> String {
    common::render_app(common::start(7, language), saved).await
}

fn euros(min_budget: Option<f64>) -> Profile {
    Profile {
        currency: "EUR".into(),
        min_budget,
        ..Profile::default()
    }
}

#[tokio::test]
async fn a_number_answer_is_written_the_language_s_way_with_what_it_reads_as() {
    let saved = at(
        Step::Section(0),
        &[("budget", Answer::Number(12000.0))],
        euros(Some(2000.0)),
    );
    let html = render(saved.clone(), "en").await;
    assert!(html.contains(r#"value="12,000""#), "{html}");
    assert!(
        html.contains("id=\"cf7-q.budget.read\" class=\"cf-number-read\">= 12,000\u{a0}EUR</p>"),
        "{html}"
    );
    // The input is described by the line that says what it read.
    assert!(html.contains(r#"aria-describedby="cf7-q.budget.read""#));
    assert!(html.contains(r#"aria-invalid="false""#));

    let html = render(saved, "da").await;
    assert!(html.contains(r#"value="12.000""#), "{html}");
    assert!(html.contains("= 12.000\u{a0}EUR"));
}

#[tokio::test]
async fn a_question_compared_with_an_unset_profile_value_says_so() {
    let saved = at(Step::Section(0), &[], Profile::default());
    let html = render(saved, "en").await;
    assert!(
        html.contains("Not compared: set your minimum budget in your profile."),
        "{html}"
    );
    assert!(html.contains("Open your profile"));
    // Only under the budget: the other questions compare with nothing.
    assert_eq!(html.matches("Not compared:").count(), 1);

    let saved = at(Step::Section(0), &[], euros(Some(2000.0)));
    let html = render(saved, "en").await;
    assert!(!html.contains("Not compared"), "{html}");

    let saved = at(Step::Section(0), &[], Profile::default());
    let html = render(saved, "ro").await;
    // In the language shown, with the field's own words (the wording is the translators').
    let line = ui_fill(
        "ro",
        Ui::NotComparedLine,
        &[("what", ui("ro", Ui::ProfileFieldMinBudget))],
    );
    assert!(line.starts_with("Nu se compară"));
    assert!(html.contains(&line), "{html}");
}

#[tokio::test]
async fn the_result_lists_what_was_not_compared_before_the_scores() {
    let answers = [
        ("budget", Answer::Number(900.0)),
        ("respect", Answer::Scale(4)),
    ];
    let html = render(at(Step::Result, &answers, Profile::default()), "en").await;
    let block = html
        .find("cf-not-compared")
        .expect("the list is on the result");
    assert!(block < html.find("cf-scores").unwrap(), "before the scores");
    assert!(html.contains("Not compared with your profile"));
    assert!(html.contains("<li>What budget did they name? (set your minimum budget)</li>"));

    let html = render(at(Step::Result, &answers, euros(Some(500.0))), "en").await;
    assert!(!html.contains("cf-not-compared"), "{html}");
}

#[tokio::test]
async fn a_widget_never_says_what_the_consultant_s_profile_lacks() {
    let mut start = (*common::start(9, "en")).clone();
    start.embedded = Some(Rc::new(Embedded {
        questionnaire: "minimal".into(),
        reveal: Reveal::Full,
        ..Embedded::default()
    }));
    let section = at(Step::Section(0), &[], Profile::default());
    let html = common::render_app(Rc::new(start.clone()), section).await;
    assert!(html.contains("cf-number"), "{html}");
    assert!(!html.contains("Not compared"));
    let end = at(
        Step::Result,
        &[("budget", Answer::Number(900.0))],
        Profile::default(),
    );
    let html = common::render_app(Rc::new(start), end).await;
    assert!(!html.contains("Not compared"), "{html}");
}

#[tokio::test]
async fn your_terms_first_asks_the_five_terms_with_a_way_past() {
    let mut saved = at(Step::Terms, &[], Profile::default());
    saved.profile_asked = false;
    let html = render(saved, "en").await;
    assert!(html.contains("Your terms first"), "{html}");
    for id in [
        "terms.currency",
        "terms.min-budget",
        "terms.deposit",
        "terms.payment-days",
        "terms.reply-hours",
    ] {
        assert!(
            html.contains(&format!(r#"for="cf7-{id}""#)),
            "no label for {id}"
        );
    }
    assert_eq!(html.matches(r#"inputmode="decimal""#).count(), 4);
    assert!(html.contains(">Continue<"));
    assert!(html.contains(">Skip for now<"));
    assert!(html.contains(r#"id="cf7-heading""#));

    let html = render(at(Step::Terms, &[], Profile::default()), "es").await;
    assert!(html.contains("Primero, tus condiciones"));
    assert!(html.contains("Omitir por ahora"));
}

//! Native rendering tests of a re-assessment: the banner naming the client and the earlier
//! assessment's date on every step, the progress line, and the comparison on the result with
//! each changed answer (old → new).
#![cfg(not(target_arch = "wasm32"))]

use client_fit_core::answers::{Answer, Answers, Blink};
use client_fit_core::history::Assessment;
use client_fit_core::model::Impression;
use client_fit_core::session::{Session, Step};
use client_fit_core::storage::Saved;

mod common;

/// 3 March 2026, 10:00 UTC: when the earlier assessment was made.
const EARLIER_MS: f64 = 1_772_532_000_000.0;
const BANNER: &str = "Re-assessing Acme — earlier assessment of 2026-03-03";

fn answers(pairs: &[(&str, Answer)]) -> Answers {
    pairs
        .iter()
        .map(|(id, a)| ((*id).to_owned(), a.clone()))
        .collect()
}

fn blink(impression: Impression) -> Option<Blink> {
    Some(Blink {
        impression,
        why: String::new(),
    })
}

/// The earlier screening of Acme, saved as "1": a good first impression, a threat, paying late.
fn earlier() -> Assessment {
    let mut a = Assessment::new("1", "minimal", "Acme", EARLIER_MS);
    a.work.blink = blink(Impression::Good);
    a.work.answers = answers(&[
        ("budget", Answer::Number(9000.0)),
        ("pays_on_time", Answer::Choice("late".into())),
        ("threatened", Answer::YesNo(true)),
        ("why_threat", Answer::Text("Shouted at a supplier".into())),
        ("respect", Answer::Scale(4)),
    ]);
    a
}

/// A re-assessment of [`earlier`] at `step`, its answers changed by `changes`, with `history`
/// saved on the device.
fn reassessing(step: Step, changes: &[(&str, Answer)], history: Vec<Assessment>) -> Saved {
    let mut session = Session::reassess(&earlier(), &common::minimal());
    session.step = step;
    session.work.answers.extend(answers(changes));
    Saved {
        session: Some(session),
        history,
        ..Saved::new()
    }
}

/// The opening tag that holds `marker` (an attribute, say), attributes in any order.
fn tag_with<'a>(html: &'a str, marker: &str) -> &'a str {
    let at = html
        .find(marker)
        .unwrap_or_else(|| panic!("no {marker} in {html}"));
    let start = html[..at].rfind('<').unwrap();
    &html[start..at + html[at..].find('>').unwrap() + 1]
}

async fn render(saved: Saved, language: &str) -> String {
    common::render_app(common::start(7, language), saved).await
}

#[tokio::test]
async fn the_banner_names_the_client_and_the_earlier_date_on_every_step() {
    for step in [Step::Blink, Step::Section(0), Step::Review, Step::Result] {
        let html = render(reassessing(step, &[], vec![earlier()]), "en").await;
        assert_eq!(html.matches(BANNER).count(), 1, "{step:?}: {html}");
        // A region named by its own first line, not a live region announced on each step.
        let tag = tag_with(&html, r#"class="cf-reassess""#);
        assert!(tag.starts_with("<section "), "{tag}");
        assert!(tag.contains(r#"aria-labelledby="cf7-reassess""#), "{tag}");
        assert!(
            !tag.contains("aria-live") && !tag.contains("role="),
            "{tag}"
        );
        assert!(tag_with(&html, r#"id="cf7-reassess""#).contains("cf-reassess-title"));
        // Above the page and its heading.
        assert!(
            html.find(tag).unwrap() < html.find("cf7-heading").unwrap(),
            "{step:?}"
        );
        let hint =
            html.contains("The earlier answers are filled in: change what is different now.");
        assert_eq!(hint, step != Step::Result, "{step:?}");
    }
}

#[tokio::test]
async fn the_banner_speaks_the_interface_language_and_names_an_unnamed_client() {
    let html = render(reassessing(Step::Blink, &[], vec![earlier()]), "es").await;
    assert!(
        html.contains("Vuelves a evaluar a Acme — evaluación anterior del 2026-03-03"),
        "{html}"
    );
    let mut unnamed = earlier();
    unnamed.work.client = String::new();
    let mut saved = reassessing(Step::Blink, &[], vec![unnamed]);
    if let Some(session) = saved.session.as_mut() {
        session.work.client = String::new();
    }
    let html = render(saved, "en").await;
    assert!(
        html.contains("Re-assessing (no name) — earlier assessment of 2026-03-03"),
        "{html}"
    );
}

#[tokio::test]
async fn no_banner_on_a_first_assessment_or_when_the_earlier_one_is_gone() {
    let mut first = reassessing(Step::Blink, &[], vec![earlier()]);
    if let Some(session) = first.session.as_mut() {
        session.work.previous = None;
    }
    let gone = reassessing(Step::Result, &[], Vec::new());
    for saved in [first, gone] {
        let html = render(saved, "en").await;
        assert!(!html.contains("cf-reassess"), "{html}");
        assert!(!html.contains("Re-assessing"));
        assert!(!html.contains("Answers changed"));
    }
}

#[tokio::test]
async fn a_reassessment_s_progress_follows_the_steps_and_counts_the_changed_answers() {
    // Every earlier answer is in place from the first step: the line says so, and the bar
    // starts empty rather than full.
    let html = render(reassessing(Step::Blink, &[], vec![earlier()]), "en").await;
    assert!(
        html.contains("Before the questions · Questions answered: 4 of 4 · Answers changed: 0"),
        "{html}"
    );
    let bar = tag_with(&html, "cf-progress-bar");
    assert!(bar.contains(r#"value="0""#), "{bar}");
    assert!(
        bar.contains(r#"aria-label="Before the questions""#),
        "{bar}"
    );
    assert!(!html.contains("Section 0"));
    let html = render(
        reassessing(
            Step::Section(0),
            &[
                ("respect", Answer::Scale(2)),
                ("pays_on_time", Answer::Choice("early".into())),
            ],
            vec![earlier()],
        ),
        "en",
    )
    .await;
    assert!(
        html.contains("Section 1 of 1 · Questions answered: 4 of 4 · Answers changed: 2"),
        "{html}"
    );
    let bar = tag_with(&html, "cf-progress-bar");
    assert!(bar.contains(r#"value="50""#), "{bar}");
    assert!(bar.contains(r#"aria-label="Section 1 of 1""#), "{bar}");
}

#[tokio::test]
async fn the_comparison_lists_each_changed_answer_old_to_new() {
    let mut saved = reassessing(
        Step::Result,
        &[
            ("threatened", Answer::YesNo(false)),
            ("pays_on_time", Answer::Choice("early".into())),
        ],
        vec![earlier()],
    );
    if let Some(session) = saved.session.as_mut() {
        session.work.blink = blink(Impression::Bad);
    }
    let html = render(saved, "en").await;
    let at = html.find("cf-comparison").expect("a comparison");
    let block = &html[at..at + html[at..].find("</section>").unwrap()];
    assert!(block.contains("What changed since 2026-03-03"), "{block}");
    let line = |asked: &str, before: &str, after: &str| {
        format!(
            r#"<li class="cf-answer-change"><span class="cf-answer-asked">{asked}</span> <span class="cf-answer-sides"><span class="cf-answer-before">{before}</span> → <span class="cf-answer-after">{after}</span></span></li>"#
        )
    };
    let expected = [
        line("First impression", "Good", "Bad"),
        line("How do they pay?", "Often late", "Early or on time"),
        line("Did they threaten or shout at anyone?", "Yes", "No"),
        // The note is kept under the question, but no threat now means it is not asked.
        line("What happened?", "Shouted at a supplier", "does not apply"),
    ];
    let mut from = 0;
    for expected in &expected {
        let found = block[from..]
            .find(expected.as_str())
            .unwrap_or_else(|| panic!("no {expected} in order in {block}"));
        from += found + expected.len();
    }
    assert_eq!(block.matches("cf-answer-change\"").count(), 4, "{block}");
    assert!(
        !block.contains("How respectful were they?"),
        "unchanged answers are not listed"
    );
    assert!(!block.contains("What budget did they name?"));
    // The threat decided "Walk away" before; the score and the verdict say before and after.
    assert!(block.contains("Verdict: Walk away → "), "{block}");
    assert!(block.contains("Score: "), "{block}");
    assert!(block.contains("Warning signs now gone"));
}

#[tokio::test]
async fn an_unchanged_verdict_is_said_once_and_a_removed_answer_reads_not_answered() {
    let mut saved = reassessing(Step::Result, &[], vec![earlier()]);
    if let Some(session) = saved.session.as_mut() {
        session.work.blink = blink(Impression::Good);
        session.work.answers.remove("budget");
    }
    let html = render(saved, "en").await;
    assert!(html.contains("Verdict unchanged: Walk away"), "{html}");
    assert!(!html.contains("Walk away → Walk away"));
    assert!(html.contains(
        r#"<span class="cf-answer-before">9,000</span> → <span class="cf-answer-after">not answered</span>"#
    ));
    assert_eq!(html.matches("cf-answer-change\"").count(), 1, "{html}");
}

#[tokio::test]
async fn nothing_changed_says_so() {
    let mut saved = reassessing(Step::Result, &[], vec![earlier()]);
    if let Some(session) = saved.session.as_mut() {
        session.work.blink = blink(Impression::Good);
    }
    let html = render(saved, "en").await;
    assert!(html.contains("Nothing changed."), "{html}");
    assert!(!html.contains("cf-answer-change"));
}

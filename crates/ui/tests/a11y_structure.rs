//! Accessibility structure of every page of the built-in questionnaires, rendered natively:
//! each question is a fieldset with a legend, and every control has a label (a `<label for>`,
//! `aria-label` or `aria-labelledby`). The browser checks (axe-core, keyboard, live region,
//! reduced motion, linked errors) are in `tests/e2e/`.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use client_fit_core::answers::{Answer, Blink};
use client_fit_core::builtin::catalogue;
use client_fit_core::model::{Impression, Kind};
use client_fit_core::session::{Session, Step};
use client_fit_core::storage::Saved;
use client_fit_ui::state::View;

mod common;

/// The opening tags of `name` in `html`, attributes included.
fn tags<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name}");
    html.match_indices(&open)
        .filter(|(at, _)| html[at + open.len()..].starts_with([' ', '>', '/']))
        .map(|(at, _)| &html[at..at + html[at..].find('>').unwrap() + 1])
        .collect()
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    Some(&tag[start..start + tag[start..].find('"')?])
}

fn assert_structure(page: &str, html: &str) {
    let fieldsets = tags(html, "fieldset");
    assert_eq!(
        fieldsets.len(),
        tags(html, "legend").len(),
        "{page}: a fieldset without legend"
    );
    for control in ["input", "textarea", "select"]
        .iter()
        .flat_map(|n| tags(html, n))
    {
        if attribute(control, "type") == Some("hidden") {
            continue;
        }
        let labelled = attribute(control, "aria-label").is_some_and(|l| !l.trim().is_empty())
            || attribute(control, "aria-labelledby").is_some()
            || attribute(control, "id").is_some_and(|id| html.contains(&format!("for=\"{id}\"")));
        assert!(labelled, "{page}: unlabelled control {control}");
    }
}

async fn render(saved: Saved, view: View) -> String {
    let (list, problems) = catalogue();
    assert!(problems.is_empty());
    let mut start = (*common::start(5, "en")).clone();
    start.catalogue = Rc::new(list.into_iter().map(Rc::new).collect());
    start.view = view;
    common::render_app(Rc::new(start), saved).await
}

#[tokio::test]
async fn every_question_of_every_questionnaire_is_a_labelled_fieldset() {
    let (list, _) = catalogue();
    let mut questions_seen = 0;
    for q in &list {
        for (index, section) in q.sections.iter().enumerate() {
            let mut session = Session::new(q, "Acme");
            session.step = Step::Section(index);
            session.work.blink = Some(Blink {
                impression: Impression::Good,
                why: String::new(),
            });
            // Answers that show as many follow-up questions as they can: yes, and options.
            for (_, question) in q.questions() {
                let answer = match question.kind {
                    Kind::YesNo => Answer::YesNo(true),
                    Kind::Single => Answer::Choice(question.options.last().unwrap().id.clone()),
                    _ => continue,
                };
                session.work.answers.insert(question.id.clone(), answer);
            }
            let saved = Saved {
                session: Some(session),
                ..Saved::new()
            };
            let html = render(saved, View::Assess).await;
            let page = format!("{} section {}", q.id, section.id);
            let questions = tags(&html, "fieldset")
                .into_iter()
                .filter(|t| attribute(t, "class").is_some_and(|c| c.contains("cf-question")))
                .count();
            assert!(questions > 0, "{page}: no question fieldsets\n{html}");
            questions_seen += questions;
            // Every question on the page is inside a fieldset: no control outside one.
            let main = &html[html.find("<main").unwrap()..];
            let first_fieldset = main.find("<fieldset").unwrap();
            assert!(
                tags(&main[..first_fieldset], "input").is_empty(),
                "{page}: a control before the first fieldset"
            );
            assert_structure(&page, &html);
        }
    }
    assert!(questions_seen >= 60, "{questions_seen} questions checked");
}

#[tokio::test]
async fn the_other_pages_label_every_control() {
    let (list, _) = catalogue();
    for step in [Step::Blink, Step::Review, Step::Result] {
        let mut session = Session::new(&list[0], "Acme");
        session.step = step;
        let saved = Saved {
            session: Some(session),
            ..Saved::new()
        };
        let html = render(saved, View::Assess).await;
        assert_structure(&format!("{step:?}"), &html);
    }
    for view in [
        View::Assess,
        View::Profile,
        View::History,
        View::Questionnaires,
    ] {
        let html = render(Saved::new(), view).await;
        assert_structure(&format!("{view:?}"), &html);
    }
}

/// The result is announced: the verdict sits in a polite live region.
#[tokio::test]
async fn the_result_is_in_a_live_region() {
    let (list, _) = catalogue();
    let mut session = Session::new(&list[0], "Acme");
    session.step = Step::Result;
    let html = render(
        Saved {
            session: Some(session),
            ..Saved::new()
        },
        View::Assess,
    )
    .await;
    let block = tags(&html, "div")
        .into_iter()
        .find(|t| attribute(t, "class").is_some_and(|c| c.contains("cf-verdict-block")))
        .expect("a verdict block");
    assert_eq!(attribute(block, "aria-live"), Some("polite"), "{block}");
    assert_eq!(attribute(block, "role"), Some("status"), "{block}");
}

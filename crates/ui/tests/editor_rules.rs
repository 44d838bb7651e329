//! The questionnaire-wide parts in the editor, natively: the reducer keeps a rules change (a
//! refused one says why and changes nothing; undo goes back), and the page rendered with Yew's
//! server renderer shows dimensions, verdicts, safeguards, letters and the judgement rules with
//! a label on every field and their current values, and a verdict problem beside the verdicts.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use client_fit_core::draft::Change;
use client_fit_core::draft::rules::RulesChange as R;
use client_fit_core::edit::EditError;
use client_fit_core::model::{Impression, Questionnaire};
use client_fit_core::own::Own;
use client_fit_ui::state::{Action, State};
use yew::prelude::*;

mod common;
mod editor_common;
use editor_common::*;

fn change(state: Rc<State>, rules: R) -> Rc<State> {
    state.reduce(Action::ChangeOwn {
        change: Change::Rules(rules),
        now_ms: 50.0,
    })
}

fn kept<'a>(state: &'a State, id: &str) -> &'a Questionnaire {
    state.own_questionnaire(id).unwrap()
}

#[test]
fn a_rules_change_is_kept_a_refused_one_says_why_and_undo_goes_back() {
    let state = editing(vec![Own::kept(mine("a"), 1.0)], "a");
    let state = change(
        state,
        R::AddTier {
            label: "Take it, with safeguards".into(),
            next: "Put it in writing.".into(),
        },
    );
    assert_eq!(state.records.own[0].edited_ms, 50.0);
    let q = kept(&state, "a");
    assert_eq!(q.verdicts.len(), 3);
    assert_eq!(
        q.verdict("tier-1").unwrap().label.get("en", "en"),
        "Take it, with safeguards"
    );
    // The editor's draft and the kept copy are the same.
    assert_eq!(&state.screen.editing.as_ref().unwrap().questionnaire, q);

    let state = change(
        state,
        R::TierLeaning {
            id: "tier-1".into(),
            leaning: Impression::Unsure,
        },
    );
    assert_eq!(
        kept(&state, "a").verdict("tier-1").unwrap().leaning,
        Impression::Unsure
    );

    // The only dimension cannot go: said, nothing changed.
    let before = kept(&state, "a").clone();
    let refused = change(state, R::DeleteDimension { id: "fit".into() });
    assert!(
        matches!(refused.screen.edit_refused, Some(EditError::Breaks(_))),
        "{:?}",
        refused.screen.edit_refused
    );
    assert_eq!(kept(&refused, "a"), &before);

    // Undo goes back one change, and keeps that too.
    let back = refused.reduce(Action::UndoOwn { now_ms: 60.0 });
    assert_eq!(
        kept(&back, "a").verdict("tier-1").unwrap().leaning,
        Impression::Good
    );
    assert_eq!(back.records.own[0].edited_ms, 60.0);
}

/// The opening tag of the element with this id.
fn tag_with_id<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no {id} in {html}"));
    let start = html[..at].rfind('<').unwrap();
    &html[start..at + html[at..].find('>').unwrap()]
}

/// A questionnaire in the editor with every questionnaire-wide part filled in: a second
/// dimension weighing 2.5, a safeguard, a letter offered by "bad", both sets of rules on.
fn filled() -> Rc<State> {
    let mut state = editing(vec![Own::kept(mine("a"), 1.0)], "a");
    for rules in [
        R::AddDimension {
            label: "Money".into(),
        },
        R::DimensionWeight {
            id: "dimension-1".into(),
            weight: 2.5,
        },
        R::AddSafeguard {
            title: "Put it in writing".into(),
            detail: "A task list the client signs.".into(),
        },
        R::AddLetter {
            title: "A polite no".into(),
            body: "Dear {client},\n\nthank you, but no.".into(),
        },
        R::TierLetter {
            id: "bad".into(),
            letter: "letter-1".into(),
            offered: true,
        },
        R::FirstImpression(true),
        R::Confidence(true),
        R::JudgeAt(0.4),
    ] {
        state = change(state, rules);
        assert!(
            state.screen.edit_refused.is_none(),
            "{:?}",
            state.screen.edit_refused
        );
    }
    state
}

#[tokio::test]
async fn every_part_shows_with_labels_and_its_current_values() {
    let html = render(filled()).await;
    every_field_labelled(&html);
    for text in [
        "Dimensions and weights",
        "Dimension 2",
        "Weight (0 to 10)",
        "Verdicts",
        "Verdict 1",
        "The verdict as shown",
        "From score",
        "Up to score",
        "Which way it leans",
        "Letters offered with it",
        "Add a verdict",
        "Safeguards",
        "The step, in a few words",
        "Letters",
        "First impression and confidence",
        "Set your own rules for a bad first impression",
        "This questionnaire has no warning signs yet.",
        "The verdict when a sign backs it",
        "Give a verdict once this much of what matters is known (%)",
        r#"aria-label="Delete verdict 2""#,
        r#"aria-label="Delete dimension 1""#,
        r#"aria-label="Delete letter 1""#,
        r#"aria-label="Delete safeguard 1""#,
        "<legend",
        "<summary",
    ] {
        assert!(html.contains(text), "{text} missing from {html}");
    }
    // Current values: the weight, the thresholds, the leaning, the letter offered, the texts.
    assert!(tag_with_id(&html, "cf7-editor-dim2-weight").contains(r#"value="2.5""#));
    assert!(tag_with_id(&html, "cf7-editor-dim2-label").contains(r#"value="Money""#));
    assert!(tag_with_id(&html, "cf7-editor-tier1-min").contains(r#"value="50""#));
    assert!(tag_with_id(&html, "cf7-editor-tier2-max").contains(r#"value="50""#));
    assert!(tag_with_id(&html, "cf7-editor-tier1-label").contains(r#"value="Good""#));
    assert!(
        html.contains(r#"<option value="bad" selected="selected">Bad</option>"#),
        "{html}"
    );
    assert!(tag_with_id(&html, "cf7-editor-tier2-letter1").contains("checked"));
    assert!(!tag_with_id(&html, "cf7-editor-tier1-letter1").contains("checked"));
    assert!(html.contains(r#"for="cf7-editor-tier2-letter1">A polite no</label>"#));
    assert!(
        tag_with_id(&html, "cf7-editor-safeguard1-title").contains(r#"value="Put it in writing""#)
    );
    assert!(html.contains("thank you, but no."), "{html}");
    assert!(tag_with_id(&html, "cf7-editor-rules-fi-on").contains("checked"));
    assert!(tag_with_id(&html, "cf7-editor-rules-judge-at").contains(r#"value="40""#));
    assert!(tag_with_id(&html, "cf7-editor-rules-firm-at").contains(r#"value="75""#));
    // Each add button has the id a delete button sends the focus to.
    for what in ["dimension", "tier", "safeguard", "letter"] {
        let add = tag_with_id(&html, &format!("cf7-editor-add-{what}"));
        assert!(add.contains("<button"), "{add}");
    }
    // Nothing to fix: no count on any group.
    assert!(!html.contains("cf-editor-count"), "{html}");
}

#[tokio::test]
async fn with_the_rules_off_the_page_says_the_usual_ones_apply() {
    let state = editing(vec![Own::kept(mine("a"), 1.0)], "a");
    let html = render(state).await;
    every_field_labelled(&html);
    assert!(!tag_with_id(&html, "cf7-editor-rules-fi-on").contains("checked"));
    assert!(!tag_with_id(&html, "cf7-editor-rules-confidence-on").contains("checked"));
    assert!(html.contains("Off, the usual rules apply"), "{html}");
    assert!(!html.contains("cf7-editor-rules-judge-at"));
    assert!(html.contains("No letters yet: add them under Letters."));
}

#[tokio::test]
async fn a_gap_between_verdicts_shows_beside_the_verdicts_and_on_their_group() {
    let state = editing(vec![Own::kept(mine("a"), 1.0)], "a");
    let state = change(
        state,
        R::TierMin {
            id: "good".into(),
            min: 60.0,
        },
    );
    let html = render(state).await;
    let list = tag_with_id(&html, "cf7-editor-tiers-problems");
    assert!(list.contains("cf-editor-problems"), "{list}");
    let at = html.find(r#"id="cf7-editor-tiers-problems""#).unwrap();
    let shown = &html[at..at + html[at..].find("</ul>").unwrap()];
    // Said in the editor's terms, with the verdicts' names; the linter's line (with the
    // ids) only in the title, for whoever reads the file.
    assert!(
        shown.contains(
            "Scores from 50 to 60 have no verdict: move the ‘Up to score’ of ‘Bad’ or the \
             ‘From score’ of ‘Good’ so they meet."
        ),
        "{shown}"
    );
    assert!(
        shown
            .contains(r#"title="verdicts `bad` and `good`: scores from 50 to 60 have no verdict""#),
        "{shown}"
    );
    // It sits in the verdicts' group, and the thresholds point at it.
    let group = html.find("cf-editor-tiers").unwrap();
    let next_group = html.find("cf-editor-safeguards").unwrap();
    assert!(group < at && at < next_group);
    let min = tag_with_id(&html, "cf7-editor-tier1-min");
    assert!(min.contains("cf7-editor-tiers-problems"), "{min}");
    assert!(min.contains(r#"value="60""#), "{min}");
    // The group says there is something to fix even while closed; "Use it" waits.
    assert!(html.contains("1 to fix"), "{html}");
    assert!(html.contains("Fix the problems marked below to use it."));
}

#[tokio::test]
async fn an_empty_tier_label_shows_beside_that_tier() {
    let state = editing(vec![Own::kept(mine("a"), 1.0)], "a");
    let state = change(
        state,
        R::TierLabel {
            id: "bad".into(),
            text: String::new(),
        },
    );
    let html = render(state).await;
    let label = tag_with_id(&html, "cf7-editor-tier2-label");
    assert!(
        label.contains(r#"aria-describedby="cf7-editor-tier2-problems""#),
        "{label}"
    );
    assert!(tag_with_id(&html, "cf7-editor-tier2-problems").contains("cf-editor-problems"));
    assert!(!html.contains(r#"id="cf7-editor-tier1-problems""#));
}

#[tokio::test]
async fn hostile_texts_stay_text_in_these_parts() {
    const HOSTILE: &str = "\"><script>window.__pwned=1</script><img src=x onerror=alert(1)>";
    let mut state = filled();
    for rules in [
        R::DimensionLabel {
            id: "fit".into(),
            text: HOSTILE.into(),
        },
        R::TierNext {
            id: "good".into(),
            text: HOSTILE.into(),
        },
        R::LetterTitle {
            id: "letter-1".into(),
            text: HOSTILE.into(),
        },
        R::LetterBody {
            id: "letter-1".into(),
            text: HOSTILE.into(),
        },
        R::SafeguardDetail {
            id: "safeguard-1".into(),
            text: HOSTILE.into(),
        },
    ] {
        state = change(state, rules);
    }
    let html = render(state).await;
    assert!(!html.contains("<script>window.__pwned"), "{html}");
    assert!(!html.contains("<img src=x"), "{html}");
    assert!(
        html.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"),
        "{html}"
    );
}

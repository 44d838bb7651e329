//! The editor's order and tags, natively: a choice question's options each with a labelled
//! tag to pick (the tags the questionnaires and the profile know, or none) and Move up and
//! Move down that say which option (the top one's up and the bottom one's down disabled); a
//! move through the reducer redraws the options in their new order; what a welcomed or
//! avoided tag adds shows once an option has a tag, every field labelled; the dimensions move
//! up and down; the verdict tiers are listed from the highest scores down.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use client_fit_core::draft::Change;
use client_fit_core::draft::rules::RulesChange as R;
use client_fit_core::model::{Kind, Lens};
use client_fit_core::own::{Own, blank};
use client_fit_core::profile::Profile;
use client_fit_core::storage::Saved;
use client_fit_ui::state::{Action, State, View};
use yew::prelude::*;

mod common;
mod editor_common;
use editor_common::*;

/// The app on the editor of a blank questionnaire `a`, with a catalogue whose one option is
/// tagged `industry:retail` ("Retail") and a profile that avoids `work:legacy`.
fn editing_with_tags() -> Rc<State> {
    let mut start = (*common::start(7, "en")).clone();
    start.view = View::Questionnaires;
    let mut catalogued = common::minimal();
    let option = (catalogued.sections.iter_mut())
        .flat_map(|s| s.questions.iter_mut())
        .flat_map(|q| q.options.iter_mut())
        .next()
        .expect("the fixture has a choice");
    option.tag = Some("industry:retail".into());
    option.label.0.insert("en".into(), "Retail".into());
    start.catalogue = Rc::new(vec![Rc::new(catalogued)]);
    let saved = Saved {
        profile_asked: true,
        own: vec![Own::kept(blank("a", "en", Lens::Screen, &WORDS), 1.0)],
        profile: Profile {
            avoided: vec!["work:legacy".into()],
            ..Profile::default()
        },
        ..Saved::new()
    };
    Rc::new(State::restore(start, saved)).reduce(Action::EditOwn(Some("a".into())))
}

/// The blank questionnaire's question made a single choice of three options: "1", "2" and
/// "Third".
fn three_options() -> Rc<State> {
    let state = change(
        editing_with_tags(),
        Change::QuestionKind {
            id: "question-1".into(),
            kind: Kind::Single,
        },
    );
    change(
        state,
        Change::AddOption {
            question: "question-1".into(),
            label: "Third".into(),
        },
    )
}

/// The values of the options' label fields, in the order drawn.
fn option_labels(html: &str) -> Vec<String> {
    (0..)
        .map_while(|i| {
            let id = format!("cf7-editor-q1-option-{i}");
            html.contains(&format!(r#"id="{id}""#)).then(|| {
                tag(html, &id)
                    .split("value=\"")
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap()
                    .to_owned()
            })
        })
        .collect()
}

#[tokio::test]
async fn each_option_has_a_tag_to_pick_and_moves_that_say_which_option() {
    let html = render(three_options()).await;
    every_field_labelled(&html);
    assert_eq!(option_labels(&html), ["1", "2", "Third"]);
    for n in 1..=3 {
        assert!(
            html.contains(&format!(r#"aria-label="Move up: option {n}""#)),
            "{html}"
        );
        assert!(html.contains(&format!(r#"aria-label="Move down: option {n}""#)));
    }
    let up = |n: usize| tag_of(&html, &format!(r#"aria-label="Move up: option {n}""#));
    let down = |n: usize| tag_of(&html, &format!(r#"aria-label="Move down: option {n}""#));
    assert!(up(1).contains("disabled") && !up(2).contains("disabled"));
    assert!(down(3).contains("disabled") && !down(2).contains("disabled"));
    // The tag: none picked; the catalogue's tag by its option's words, the profile's by itself.
    let select = &html[html.find(r#"id="cf7-editor-q1-option-0-tag""#).unwrap()..];
    let select = &select[..select.find("</select>").unwrap()];
    assert!(html.contains(r#"for="cf7-editor-q1-option-0-tag""#));
    assert!(
        select.contains(r#"<option value="" selected="selected">None</option>"#),
        "{select}"
    );
    assert!(
        select.contains(r#"<option value="industry:retail">Retail (industry:retail)</option>"#),
        "{select}"
    );
    assert!(
        select.contains(r#"<option value="work:legacy">work:legacy</option>"#),
        "{select}"
    );
    // Without a tag, nothing about work you welcome or avoid.
    assert!(!html.contains("When the chosen answer is work you welcome"));
}

#[tokio::test]
async fn a_moved_option_is_drawn_at_its_new_place_and_undo_puts_it_back() {
    let state = change(
        three_options(),
        Change::MoveOption {
            question: "question-1".into(),
            from: 2,
            to: 0,
        },
    );
    let ids: Vec<&str> = (open(&state).question("question-1").unwrap().options.iter())
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(ids, ["option-3", "option-1", "option-2"]);
    assert_eq!(
        option_labels(&render(state.clone()).await),
        ["Third", "1", "2"]
    );
    let back = state.reduce(Action::UndoOwn { now_ms: 60.0 });
    assert_eq!(option_labels(&render(back).await), ["1", "2", "Third"]);
}

#[tokio::test]
async fn a_tagged_option_brings_what_welcomed_or_avoided_work_adds() {
    let state = change(
        three_options(),
        Change::OptionTag {
            question: "question-1".into(),
            option: 2,
            tag: Some("industry:retail".into()),
        },
    );
    let state = change(
        state,
        Change::Points {
            question: "question-1".into(),
            answer: client_fit_core::draft::AnswerSlot::Avoided,
            dimension: "fit".into(),
            points: Some(-4.0),
        },
    );
    let html = render(state).await;
    every_field_labelled(&html);
    let select = &html[html.find(r#"id="cf7-editor-q1-option-2-tag""#).unwrap()..];
    assert!(
        select.contains(r#"<option value="industry:retail" selected="selected">"#),
        "{select}"
    );
    assert!(html.contains("When the chosen answer is work you welcome"));
    assert!(html.contains("When the chosen answer is work you avoid"));
    assert!(html.contains("Points for ‘Fit’: When the chosen answer is work you avoid"));
    assert!(
        html.contains(r#"value="-4""#),
        "the avoided points are shown"
    );
}

#[tokio::test]
async fn dimensions_move_up_and_down_and_tiers_are_listed_best_first() {
    let state = change(
        editing_with_tags(),
        Change::Rules(R::AddDimension {
            label: "Money".into(),
        }),
    );
    // Splitting "Good" (50 to 100) puts the new tier above it, though it is last in the file.
    let state = change(
        state,
        Change::Rules(R::AddTier {
            label: "Great".into(),
            next: "Go now.".into(),
        }),
    );
    let q = open(&state);
    assert_eq!(q.verdicts.last().unwrap().min, 75.0);
    let html = render(state.clone()).await;
    every_field_labelled(&html);
    assert!(html.contains(r#"aria-label="Move down: dimension 1""#));
    assert!(html.contains(r#"aria-label="Move up: dimension 2""#));
    let great = html.find(r#"value="Great""#).unwrap();
    let good = html.find(r#"value="Good""#).unwrap();
    let bad = html.find(r#"value="Bad""#).unwrap();
    assert!(great < good && good < bad, "best first");
    // Numbered as listed: "Great" is verdict 1, its fields named so.
    let first = html.find(">Verdict 1<").unwrap();
    let second = html.find(">Verdict 2<").unwrap();
    let third = html.find(">Verdict 3<").unwrap();
    assert!(first < great && great < second && second < good && good < third && third < bad);
    let moved = change(state, Change::Rules(R::MoveDimension { from: 1, to: 0 }));
    let html = render(moved).await;
    assert!(html.find(r#"value="Money""#).unwrap() < html.find(r#"value="Fit""#).unwrap());
}

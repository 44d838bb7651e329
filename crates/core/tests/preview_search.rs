//! "What answers lead to each verdict": the per-tier search of the editor's preview finds, for
//! every tier it can, answers that really score into that tier (checked here by scoring them),
//! on the built-in questionnaires, the small fixture and a handmade one with a capping sign.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use client_fit_core::builtin::BUILTIN;
use client_fit_core::explain::{TierExample, answers_for_each_tier};
use client_fit_core::load::load;
use client_fit_core::model::Questionnaire;
use client_fit_core::profile::Profile;
use client_fit_core::scoring::assess;

fn builtin(id: &str) -> Questionnaire {
    let (_, json) = BUILTIN.iter().find(|(each, _)| *each == id).unwrap();
    load(json).unwrap().questionnaire
}

/// Every example found scores into its own tier, and the tiers come best first.
fn check(questionnaire: &Questionnaire, profile: &Profile, found: &[TierExample]) {
    let tiers: Vec<&str> = (questionnaire.tiers_best_first().iter())
        .map(|t| t.id.as_str())
        .collect();
    let listed: Vec<&str> = found.iter().map(|e| e.tier.as_str()).collect();
    assert_eq!(listed, tiers);
    for example in found {
        if let Some(answers) = &example.answers {
            let outcome = assess(questionnaire, answers, None, profile);
            assert_eq!(
                outcome.verdict.as_deref(),
                Some(example.tier.as_str()),
                "{}: {outcome:?}",
                questionnaire.id
            );
        }
    }
}

/// Four tiers; "pushy" caps the verdict at "careful" whatever the score, and "lied" is a
/// deal-breaker. Every tier is reachable.
const HANDMADE: &str = r#"{
  "format": 1, "id": "handmade", "lens": "screen", "default_language": "en",
  "title": {"en": "Handmade"},
  "dimensions": [{"id": "fit", "label": {"en": "Fit"}, "weight": 1}],
  "sections": [{"id": "s", "title": {"en": "S"}, "questions": [
    {"id": "budget", "kind": "single", "text": {"en": "Budget?"}, "options": [
      {"id": "big", "label": {"en": "Big"}, "points": {"fit": 3}},
      {"id": "some", "label": {"en": "Some"}, "points": {"fit": 1}},
      {"id": "none", "label": {"en": "None"}, "points": {"fit": -3}}]},
    {"id": "replies", "kind": "scale", "text": {"en": "Replies?"}, "scale": {
      "low": {"en": "Slow"}, "high": {"en": "Fast"},
      "steps": [{"points": {"fit": -2}}, {"points": {"fit": -1}}, {}, {"points": {"fit": 1}}, {"points": {"fit": 2}}]}},
    {"id": "pushy", "kind": "yes_no", "text": {"en": "Pushy?"},
      "yes": {"flags": ["pushy"]}, "no": {"points": {"fit": 1}}},
    {"id": "lied", "kind": "yes_no", "text": {"en": "Lied?"},
      "yes": {"flags": ["lied"]}, "no": {}}
  ]}],
  "flags": [
    {"id": "pushy", "severity": "serious", "title": {"en": "Pushy"}, "reason": {"en": "R"}, "advice": {"en": "A"}, "caps_at": "careful"},
    {"id": "lied", "severity": "deal_breaker", "title": {"en": "Lied"}, "reason": {"en": "R"}, "advice": {"en": "A"}}
  ],
  "verdicts": [
    {"id": "great", "min": 80, "max": 100, "label": {"en": "Great"}, "next": {"en": "Go."}, "leaning": "good"},
    {"id": "good", "min": 60, "max": 80, "label": {"en": "Good"}, "next": {"en": "Go."}, "leaning": "good"},
    {"id": "careful", "min": 35, "max": 60, "label": {"en": "Careful"}, "next": {"en": "Wait."}, "leaning": "unsure"},
    {"id": "no", "min": 0, "max": 35, "label": {"en": "No"}, "next": {"en": "Stop."}, "leaning": "bad"}
  ]
}"#;

#[test]
fn every_tier_of_a_handmade_questionnaire_is_reached_by_answers_that_score_into_it() {
    let q = load(HANDMADE)
        .expect("the handmade questionnaire loads")
        .questionnaire;
    let profile = Profile::default();
    let found = answers_for_each_tier(&q, &profile);
    check(&q, &profile, &found);
    for example in &found {
        assert!(example.answers.is_some(), "no answers for {}", example.tier);
    }
}

#[test]
fn every_tier_of_the_small_fixture_is_reached() {
    let q = common::minimal();
    let profile = Profile::default();
    let found = answers_for_each_tier(&q, &profile);
    check(&q, &profile, &found);
    assert!(found.iter().all(|e| e.answers.is_some()), "{found:?}");
}

#[test]
fn every_tier_of_the_built_in_questionnaires_is_reached_and_each_example_scores_into_it() {
    for id in ["screen", "checkup", "intake"] {
        let q = builtin(id);
        let profile = Profile::default();
        let found = answers_for_each_tier(&q, &profile);
        check(&q, &profile, &found);
        // Every tier of a real questionnaire is within reach, those only a capping sign leads
        // to (the check-up's "reset") among them.
        for example in &found {
            assert!(
                example.answers.is_some(),
                "{id}: no answers for {}",
                example.tier
            );
        }
    }
}

#[test]
fn a_tier_nothing_can_reach_says_so() {
    // One yes/no question worth +1 or -1: the score is 0 or 100, never in the middle tier.
    let mut q = load(HANDMADE).unwrap().questionnaire;
    q.sections[0]
        .questions
        .retain(|question| question.id == "pushy");
    q.flags.clear();
    q.sections[0].questions[0].yes = Some(client_fit_core::model::Effect {
        points: [("fit".to_owned(), -1.0)].into_iter().collect(),
        flags: Vec::new(),
    });
    let profile = Profile::default();
    let found = answers_for_each_tier(&q, &profile);
    check(&q, &profile, &found);
    let reached: Vec<bool> = found.iter().map(|e| e.answers.is_some()).collect();
    assert_eq!(reached, [true, false, false, true]);
}

//! The three steps a result leads with (`core::next_steps`): the verdict's advice and its
//! letter first, finding out first when too little is known, a bad unbacked first impression
//! named before the facts are looked for, and safeguards already done left out.

mod common;

use client_fit_core::answers::{Answer, Answers};
use client_fit_core::model::Impression;
use client_fit_core::next_steps::{NextStep, SHOWN, next_steps};
use client_fit_core::profile::Profile;
use client_fit_core::scoring::{Standing, assess};

fn answers(given: &[(&str, Answer)]) -> Answers {
    given
        .iter()
        .map(|(id, a)| ((*id).to_owned(), a.clone()))
        .collect()
}

fn profile() -> Profile {
    Profile {
        min_budget: Some(5000.0),
        ..Profile::default()
    }
}

#[test]
fn a_verdict_leads_with_its_advice_then_its_first_letter() {
    let q = common::minimal();
    let given = answers(&[("threatened", Answer::YesNo(true))]);
    let outcome = assess(&q, &given, Some(Impression::Unsure), &profile());
    assert_eq!(outcome.verdict.as_deref(), Some("walk_away"));
    let steps = next_steps(&q, &outcome, Some(Impression::Unsure), &[]);
    assert_eq!(steps[0], NextStep::Verdict("walk_away".into()));
    assert_eq!(steps[1], NextStep::SendLetter("decline".into()));
    assert!(steps.len() <= SHOWN);
}

#[test]
fn with_too_little_known_finding_out_comes_first() {
    let q = common::minimal();
    let outcome = assess(&q, &Answers::new(), Some(Impression::Unsure), &profile());
    assert_eq!(outcome.standing, Standing::NotEnough);
    let steps = next_steps(&q, &outcome, Some(Impression::Unsure), &[]);
    assert_eq!(steps.len(), SHOWN);
    let expected: Vec<NextStep> = (outcome.unknowns.iter().take(SHOWN))
        .map(|id| NextStep::FindOut(id.clone()))
        .collect();
    assert_eq!(steps, expected);
}

#[test]
fn a_bad_first_impression_nothing_backs_is_named_before_the_facts_are_looked_for() {
    let q = common::minimal();
    let outcome = assess(&q, &Answers::new(), Some(Impression::Bad), &profile());
    let steps = next_steps(&q, &outcome, Some(Impression::Bad), &[]);
    assert_eq!(steps.first(), Some(&NextStep::NameWhatYouSaw));
    assert!(matches!(steps.get(1), Some(NextStep::FindOut(_))));
}

#[test]
fn safeguards_already_in_place_are_not_steps() {
    let q = common::minimal();
    let given = answers(&[
        ("budget", Answer::Number(1000.0)),
        ("pays_on_time", Answer::Choice("late".into())),
        ("threatened", Answer::YesNo(false)),
        ("respect", Answer::Scale(3)),
    ]);
    let outcome = assess(&q, &given, Some(Impression::Good), &profile());
    assert!(outcome.safeguards.len() >= 2, "{:?}", outcome.safeguards);
    let all = next_steps(&q, &outcome, Some(Impression::Good), &[]);
    let first_safeguard = all.iter().find_map(|s| match s {
        NextStep::Safeguard(id) => Some(id.clone()),
        _ => None,
    });
    let first_safeguard = first_safeguard.expect("a safeguard is among the steps");
    let done = next_steps(
        &q,
        &outcome,
        Some(Impression::Good),
        std::slice::from_ref(&first_safeguard),
    );
    assert!(!done.contains(&NextStep::Safeguard(first_safeguard)));
    assert!(done.len() <= SHOWN);
}

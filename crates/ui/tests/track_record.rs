//! The track record on built histories: agreement counts, the small-number rule, linking
//! check-ups to screenings by client and by hand, warning signs before bad outcomes, overrules,
//! the merge of outcomes on import, the reducer's actions, and property tests that an unrelated
//! assessment never changes another client's figures.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use client_fit_core::answers::{Answer, Answers, Blink};
use client_fit_core::backup::{export, import};
use client_fit_core::history::Assessment;
use client_fit_core::model::{Impression, Lens, Questionnaire};
use client_fit_core::outcome::{ClientOutcome, Link};
use client_fit_core::profile::Profile;
use client_fit_core::storage::Saved;
use client_fit_core::track_record::{self, MIN_FOR_PERCENT, Tally, TrackRecord, build};
use client_fit_core::work::{Overrule, Source};
use client_fit_ui::state::{Action, State};
use proptest::prelude::*;
use yew::Reducible;

mod common;

fn screen() -> Questionnaire {
    common::minimal()
}

/// The fixture as a check-up: same questions and tiers, another id and lens.
fn checkup() -> Questionnaire {
    let mut q = common::minimal();
    q.id = "minimal_checkup".into();
    q.lens = Lens::Checkup;
    q
}

fn profile() -> Profile {
    Profile {
        min_budget: Some(5000.0),
        ..Profile::default()
    }
}

/// How the answers go: `Fine` gives a strong fit (leans good), `Threat` a deal-breaker (walk
/// away, leans bad), `Late` a slow payer (a serious sign, with safeguards: leans neither way).
#[derive(Clone, Copy, Debug)]
enum Kind {
    Fine,
    Threat,
    Late,
}

fn answers(kind: Kind) -> Answers {
    let mut a: Answers = [
        ("budget".to_owned(), Answer::Number(9000.0)),
        ("pays_on_time".to_owned(), Answer::Choice("early".into())),
        ("threatened".to_owned(), Answer::YesNo(false)),
        ("respect".to_owned(), Answer::Scale(5)),
    ]
    .into_iter()
    .collect();
    match kind {
        Kind::Fine => {}
        Kind::Threat => {
            a.insert("threatened".into(), Answer::YesNo(true));
        }
        Kind::Late => {
            a.insert("pays_on_time".into(), Answer::Choice("late".into()));
            a.insert("respect".into(), Answer::Scale(3));
        }
    }
    a
}

fn assessment(id: &str, questionnaire: &str, client: &str, created_ms: f64) -> Assessment {
    Assessment::new(id, questionnaire, client, created_ms)
}

fn screening(
    id: &str,
    client: &str,
    impression: Impression,
    kind: Kind,
    outcome: Option<ClientOutcome>,
) -> Assessment {
    let created: f64 = id.bytes().map(f64::from).sum();
    let mut a = assessment(id, "minimal", client, created);
    a.work.blink = Some(Blink {
        impression,
        why: String::new(),
    });
    a.work.answers = answers(kind);
    a.follow.outcome = outcome;
    a.follow.outcome_ms = if outcome.is_some() {
        created + 1.0
    } else {
        0.0
    };
    a
}

fn find(id: &str) -> Option<Rc<Questionnaire>> {
    match id {
        "minimal" => Some(Rc::new(screen())),
        "minimal_checkup" => Some(Rc::new(checkup())),
        _ => None,
    }
}

fn record(history: &[Assessment]) -> TrackRecord {
    build(history, find, &profile())
}

fn tally(right: usize, counted: usize) -> Tally {
    Tally { right, counted }
}

use ClientOutcome::{Declined, EndedBadly, HardWork, WentWell};
use Impression::{Bad, Good, Unsure};
use Kind::{Fine, Late, Threat};

#[test]
fn the_fixture_gives_the_leanings_the_tests_rely_on() {
    let judge = |kind| {
        client_fit_core::scoring::assess(&screen(), &answers(kind), Some(Unsure), &profile())
            .verdict
    };
    assert_eq!(judge(Fine).as_deref(), Some("strong_fit"));
    assert_eq!(judge(Threat).as_deref(), Some("walk_away"));
    assert_eq!(judge(Late).as_deref(), Some("safeguards"));
}

#[test]
fn first_impressions_and_verdicts_are_counted_against_the_outcome() {
    let history = vec![
        screening("a", "Alba", Bad, Threat, Some(EndedBadly)),
        screening("b", "Bruno", Bad, Threat, Some(HardWork)),
        screening("c", "Clara", Bad, Fine, Some(WentWell)),
        screening("d", "Dan", Bad, Late, Some(EndedBadly)),
        screening("e", "Eva", Bad, Late, Some(HardWork)),
        screening("f", "Filip", Bad, Threat, Some(EndedBadly)),
        screening("g", "Gia", Good, Fine, Some(WentWell)),
        screening("h", "Hugo", Good, Fine, Some(EndedBadly)),
        // Not counted: an unsure gut, a job not taken, no outcome yet.
        screening("i", "Ines", Unsure, Fine, Some(WentWell)),
        screening("j", "Jon", Bad, Threat, Some(Declined)),
        screening("k", "Kai", Bad, Threat, None),
    ];
    let r = record(&history);
    assert_eq!(r.clients.len(), 11);
    assert_eq!((r.with_outcome(), r.checkable()), (10, 9));
    assert_eq!(r.gut_bad, tally(5, 6), "Clara went well after a bad gut");
    assert_eq!(r.gut_bad.percent(), Some(83));
    assert_eq!(r.gut_good, tally(1, 2));
    assert_eq!(r.gut_good.percent(), None, "two are too few for a share");
    assert_eq!(r.gut, tally(6, 8));
    // Verdicts: walk away for a, b, f (a deal-breaker) and d, e (a bad gut moves "with
    // safeguards" down a tier), all right; strong fit for g and i (right) and h (wrong); Clara's
    // bad gut moves her strong fit down to "with safeguards", which leans neither way.
    assert_eq!(r.verdict, tally(7, 8));
    assert_eq!(r.gut_for(Bad), Some(r.gut_bad));
    assert_eq!(r.gut_for(Unsure), None);
    assert!(r.enough());
}

#[test]
fn fewer_than_five_checkable_outcomes_give_no_share() {
    let mut history = vec![
        screening("a", "Alba", Bad, Threat, Some(EndedBadly)),
        screening("b", "Bruno", Bad, Threat, Some(EndedBadly)),
        screening("c", "Clara", Bad, Threat, Some(EndedBadly)),
        screening("d", "Dan", Bad, Threat, Some(HardWork)),
        screening("e", "Eva", Bad, Threat, Some(Declined)),
    ];
    let r = record(&history);
    assert_eq!(r.gut_bad, tally(4, 4));
    assert_eq!(r.gut_bad.percent(), None);
    assert!(
        !r.enough(),
        "a job not taken does not count towards the five"
    );
    history.push(screening("f", "Filip", Bad, Fine, Some(WentWell)));
    let r = record(&history);
    assert_eq!(r.gut_bad, tally(4, 5));
    assert_eq!(r.gut_bad.percent(), Some(80));
    assert!(r.enough());
    assert_eq!(MIN_FOR_PERCENT, 5);
}

#[test]
fn a_client_is_known_by_name_and_their_first_screening_stands_for_them() {
    let first = screening("a1", "Acme", Bad, Threat, None);
    let mut later = screening("a2", "  ACME ", Good, Fine, Some(WentWell));
    later.created_ms = first.created_ms + 100.0;
    let mut earlier_outcome = first.clone();
    earlier_outcome.follow.outcome = Some(EndedBadly);
    earlier_outcome.follow.outcome_ms = later.follow.outcome_ms + 50.0;
    let r = record(&[earlier_outcome, later]);
    assert_eq!(r.clients.len(), 1);
    let acme = &r.clients[0];
    assert_eq!(acme.screening, "a1");
    assert_eq!(acme.screenings, ["a1", "a2"]);
    assert_eq!(
        acme.impression,
        Some(Bad),
        "the first impression is the first one"
    );
    assert_eq!(
        acme.outcome,
        Some(EndedBadly),
        "the outcome recorded last wins"
    );
    assert_eq!(acme.gut_right(), Some(true));
    // Unnamed screenings are each a client of their own.
    let r = record(&[
        screening("u1", "", Bad, Threat, Some(EndedBadly)),
        screening("u2", " ", Good, Fine, Some(WentWell)),
    ]);
    assert_eq!(r.clients.len(), 2);
}

#[test]
fn a_cleared_outcome_recorded_last_clears_the_client() {
    let mut a = screening("a1", "Acme", Bad, Threat, Some(EndedBadly));
    let mut b = screening("a2", "Acme", Bad, Threat, None);
    b.follow.outcome_ms = a.follow.outcome_ms + 1.0;
    assert_eq!(record(&[a.clone(), b.clone()]).clients[0].outcome, None);
    a.follow.outcome_ms = b.follow.outcome_ms + 1.0;
    assert_eq!(record(&[a, b]).clients[0].outcome, Some(EndedBadly));
}

#[test]
fn check_ups_follow_the_screening_by_name_or_by_hand() {
    let acme = screening("s1", "Acme", Bad, Threat, Some(EndedBadly));
    let bolt = screening("s2", "Bolt", Good, Fine, None);
    let mut same_name = assessment("c1", "minimal_checkup", " acme", 500.0);
    same_name.work.answers = answers(Threat);
    let mut other_name = assessment("c2", "minimal_checkup", "Acme Ltd", 600.0);
    other_name.work.answers = answers(Fine);
    let history = vec![acme, bolt, same_name.clone(), other_name.clone()];
    let r = record(&history);
    let of = |r: &TrackRecord, id: &str| r.client_of(id).map(|c| c.screening.clone());
    assert_eq!(of(&r, "c1").as_deref(), Some("s1"), "same name, any case");
    assert_eq!(of(&r, "c2"), None, "a different name is not linked");
    let acme = r.clients.iter().find(|c| c.screening == "s1").unwrap();
    assert_eq!(acme.checkups.len(), 1);
    assert_eq!(acme.checkups[0].verdict.as_deref(), Some("walk_away"));

    // By hand: the other name is linked to Acme, the same name unlinked.
    let mut linked = history.clone();
    linked[3].follow.link = Some(Link::Screening("s1".into()));
    linked[2].follow.link = Some(Link::Unlinked);
    let r = record(&linked);
    assert_eq!(of(&r, "c2").as_deref(), Some("s1"));
    assert_eq!(of(&r, "c1"), None);
    assert_eq!(
        track_record::linked_screening(&linked, find, &linked[3]).map(|a| a.id.as_str()),
        Some("s1")
    );
    // Linked to Bolt by hand, whatever the name says.
    linked[2].follow.link = Some(Link::Screening("s2".into()));
    assert_eq!(of(&record(&linked), "c1").as_deref(), Some("s2"));
    // A link to a deleted screening falls back to the name.
    linked[2].follow.link = Some(Link::Screening("gone".into()));
    assert_eq!(of(&record(&linked), "c1").as_deref(), Some("s1"));
    // Check-ups never count as screenings, and a prospect's intake is not yours.
    let mut intake = screening("p", "Pia", Bad, Threat, Some(EndedBadly));
    intake.work.source = Source::Prospect;
    assert!(record(&[intake]).clients.is_empty());
    assert!(record(&[other_name]).clients.is_empty());
}

#[test]
fn signs_before_bad_outcomes_and_signs_that_never_mattered() {
    let history = vec![
        screening("a", "Alba", Bad, Threat, Some(EndedBadly)),
        screening("b", "Bruno", Unsure, Threat, Some(HardWork)),
        screening("c", "Clara", Good, Threat, Some(WentWell)),
        screening("d", "Dan", Good, Late, Some(WentWell)),
        screening("e", "Eva", Good, Late, Some(Declined)),
        screening("f", "Filip", Good, Late, None),
    ];
    let r = record(&history);
    let abuse = r.sign("minimal", "abuse").unwrap();
    assert_eq!((abuse.before_bad, abuse.seen), (2, 3));
    assert_eq!(
        r.sign_worth_a_remark("minimal", "abuse"),
        None,
        "too few outcomes"
    );
    let bad: Vec<&str> = r.warning_signs().map(|s| s.flag.as_str()).collect();
    assert_eq!(bad, ["abuse"]);
    let never: Vec<(&str, usize)> = r
        .never_mattered()
        .map(|s| (s.flag.as_str(), s.seen))
        .collect();
    assert_eq!(
        never,
        [("slow_payer", 1)],
        "jobs not taken and no outcome do not count"
    );
}

#[test]
fn overruled_verdicts_are_checked_against_the_outcome() {
    let mut a = screening("a", "Alba", Good, Threat, Some(WentWell));
    a.work.overrule = Some(Overrule {
        verdict: "strong_fit".into(),
        reason: "known them for years".into(),
    });
    let mut b = screening("b", "Bruno", Good, Fine, Some(EndedBadly));
    b.work.overrule = Some(Overrule {
        verdict: "strong_fit".into(),
        reason: "big name".into(),
    });
    let r = record(&[a, b, screening("c", "Clara", Good, Fine, Some(WentWell))]);
    assert_eq!(r.overruled, tally(1, 2));
    let overruled: Vec<&str> = r.overruled_clients().map(|c| c.client.as_str()).collect();
    assert_eq!(overruled, ["Bruno", "Alba"], "newest first");
    assert_eq!(
        r.verdict,
        tally(1, 3),
        "the computed verdict is checked as computed"
    );
}

#[test]
fn outcomes_merge_on_import_by_their_own_time() {
    let mut here = screening("a", "Alba", Bad, Threat, Some(WentWell));
    here.follow.outcome_ms = 100.0;
    let mut theirs = here.clone();
    theirs.follow.outcome = Some(EndedBadly);
    theirs.follow.outcome_ms = 200.0;
    // Only the outcome differs and theirs is newer: it is taken.
    let file = export(&Profile::default(), &[theirs.clone()], &[], 0.0);
    let imported = import(&file, std::slice::from_ref(&here)).unwrap();
    assert_eq!(imported.history[0].follow.outcome, Some(EndedBadly));
    assert_eq!((imported.updated, imported.unchanged), (1, 0));
    // The same file again changes nothing.
    let again = import(&file, &imported.history).unwrap();
    assert_eq!((again.updated, again.unchanged), (0, 1));
    // Their answers are newer but this device's outcome is: each keeps the newer.
    let mut newer_answers = here.clone();
    newer_answers.updated_ms = here.updated_ms + 50.0;
    newer_answers.work.notes = "edited there".into();
    newer_answers.follow.outcome = Some(HardWork);
    newer_answers.follow.outcome_ms = 10.0;
    let file = export(&Profile::default(), &[newer_answers], &[], 0.0);
    let imported = import(&file, std::slice::from_ref(&here)).unwrap();
    let merged = &imported.history[0];
    assert_eq!(merged.work.notes, "edited there");
    assert_eq!(
        (merged.follow.outcome, merged.follow.outcome_ms),
        (Some(WentWell), 100.0)
    );
    // A new assessment brings its outcome and link with it.
    let mut linked = assessment("c", "minimal_checkup", "Acme Ltd", 5.0);
    linked.follow.link = Some(Link::Screening("a".into()));
    let file = export(&Profile::default(), &[linked.clone()], &[], 0.0);
    let imported = import(&file, &[]).unwrap();
    assert_eq!(imported.history, [linked]);
}

#[test]
fn backups_and_saves_from_before_outcomes_still_read() {
    let file = r#"{"client_fit_backup": 1, "history": [
        {"id": "1", "questionnaire": "minimal", "created_ms": 1, "client": "Old"}]}"#;
    let imported = import(file, &[]).unwrap();
    assert_eq!(imported.history[0].follow.outcome, None);
    let saved = Saved::from_json(
        r#"{"version": 1, "history": [{"id": "1", "questionnaire": "minimal", "created_ms": 1}]}"#,
    );
    assert!(saved.is_ok(), "{saved:?}");
}

fn state_with(history: Vec<Assessment>) -> Rc<State> {
    Rc::new(State::restore(
        (*common::start(1, "en")).clone(),
        Saved {
            history,
            profile_asked: true,
            ..Saved::new()
        },
    ))
}

#[test]
fn the_reducer_records_outcomes_and_links_and_keeps_them_when_the_open_copy_is_saved() {
    let state = state_with(vec![screening("a", "Alba", Bad, Threat, None)]);
    let set = |outcome, now_ms| Action::SetOutcome {
        id: "a".into(),
        outcome,
        now_ms,
    };
    let state = state.reduce(set(Some(EndedBadly), 10.0));
    assert_eq!(state.records.history[0].follow.outcome, Some(EndedBadly));
    let same = state.clone().reduce(set(Some(EndedBadly), 20.0));
    assert!(Rc::ptr_eq(&same, &state), "nothing changed");
    assert!(Rc::ptr_eq(
        &state.clone().reduce(Action::SetOutcome {
            id: "nobody".into(),
            outcome: None,
            now_ms: 1.0
        }),
        &state
    ));
    // Open it, change the notes, save: the outcome recorded on the saved copy stays.
    let state = state.reduce(Action::Open {
        id: "a".into(),
        now_ms: 30.0,
    });
    let state = state
        .reduce(Action::SetNotes("shouted at a waiter".into()))
        .reduce(Action::SaveToHistory { now_ms: 40.0 });
    assert_eq!(state.records.history.len(), 1);
    assert_eq!(state.records.history[0].work.notes, "shouted at a waiter");
    assert_eq!(state.records.history[0].follow.outcome, Some(EndedBadly));
    let state = state.reduce(Action::Link {
        id: "a".into(),
        link: Some(Link::Unlinked),
        now_ms: 50.0,
    });
    assert_eq!(state.records.history[0].follow.link, Some(Link::Unlinked));
}

// Property tests: a random history of named clients, then one more assessment of a client
// nobody else has (a screening, a check-up or an unnamed one, with any outcome): every other
// client's figures stay as they were.

fn arb_kind() -> impl Strategy<Value = Kind> {
    prop_oneof![Just(Fine), Just(Threat), Just(Late)]
}

fn arb_impression() -> impl Strategy<Value = Impression> {
    prop_oneof![Just(Good), Just(Unsure), Just(Bad)]
}

fn arb_outcome() -> impl Strategy<Value = Option<ClientOutcome>> {
    prop_oneof![
        Just(None),
        Just(Some(WentWell)),
        Just(Some(HardWork)),
        Just(Some(EndedBadly)),
        Just(Some(Declined)),
    ]
}

/// (client number, is a check-up, impression, answers, outcome, outcome time)
type Entry = (u8, bool, Impression, Kind, Option<ClientOutcome>, u16);

fn arb_entry() -> impl Strategy<Value = Entry> {
    (
        0u8..6,
        any::<bool>(),
        arb_impression(),
        arb_kind(),
        arb_outcome(),
        any::<u16>(),
    )
}

fn built(entries: &[Entry]) -> Vec<Assessment> {
    entries
        .iter()
        .enumerate()
        .map(|(i, (client, is_checkup, impression, kind, outcome, at))| {
            let name = format!("Client {client}");
            let questionnaire = if *is_checkup {
                "minimal_checkup"
            } else {
                "minimal"
            };
            let mut a = assessment(&format!("id{i}"), questionnaire, &name, i as f64);
            a.work.blink = Some(Blink {
                impression: *impression,
                why: String::new(),
            });
            a.work.answers = answers(*kind);
            a.follow.outcome = *outcome;
            a.follow.outcome_ms = f64::from(*at);
            a
        })
        .collect()
}

proptest! {
    #[test]
    fn an_unrelated_assessment_never_changes_another_clients_figures(
        entries in prop::collection::vec(arb_entry(), 0..14),
        extra in arb_entry(),
        unnamed in any::<bool>(),
        at in 0usize..15,
    ) {
        let history = built(&entries);
        let before = record(&history);
        let mut added = built(&[extra]).remove(0);
        added.id = "unrelated".into();
        added.work.client = if unnamed { String::new() } else { "Somebody Else".into() };
        let mut longer = history.clone();
        longer.insert(at.min(history.len()), added);
        let after = record(&longer);
        for client in &before.clients {
            let same = after.clients.iter().find(|c| c.screening == client.screening);
            prop_assert_eq!(Some(client), same);
        }
        prop_assert!(after.clients.len() <= before.clients.len() + 1);
    }

    #[test]
    fn tallies_add_up_and_shares_need_five(entries in prop::collection::vec(arb_entry(), 0..14)) {
        let r = record(&built(&entries));
        prop_assert_eq!(r.gut.counted, r.gut_good.counted + r.gut_bad.counted);
        prop_assert_eq!(r.gut.right, r.gut_good.right + r.gut_bad.right);
        for t in [r.gut, r.gut_good, r.gut_bad, r.verdict, r.overruled] {
            prop_assert!(t.right <= t.counted && t.counted <= r.checkable());
            prop_assert_eq!(t.percent().is_some(), t.counted >= MIN_FOR_PERCENT);
        }
        for sign in &r.signs {
            prop_assert!(sign.before_bad <= sign.seen && sign.seen <= r.checkable());
        }
    }
}

// Rendered with Yew's server renderer: the history's outcome buttons and link choice, the track
// record page in its small-number and its full form, and the result page's remarks.

use client_fit_core::session::{Session, Step};
use client_fit_ui::state::View;

fn start_at(view: View) -> Rc<client_fit_ui::state::Start> {
    let mut start = (*common::start(7, "en")).clone();
    start.view = view;
    start.catalogue = Rc::new(vec![Rc::new(screen()), Rc::new(checkup())]);
    Rc::new(start)
}

async fn render(view: View, history: Vec<Assessment>, session: Option<Session>) -> String {
    let saved = Saved {
        history,
        session,
        profile: profile(),
        profile_asked: true,
        ..Saved::new()
    };
    common::render_app(start_at(view), saved).await
}

/// Six clients: five bad first impressions right (the threat came before four bad outcomes), one
/// wrong, and a good one that went well.
fn six() -> Vec<Assessment> {
    vec![
        screening("a", "Alba", Bad, Threat, Some(EndedBadly)),
        screening("b", "Bruno", Bad, Threat, Some(HardWork)),
        screening("c", "Clara", Bad, Late, Some(EndedBadly)),
        screening("d", "Dan", Bad, Threat, Some(EndedBadly)),
        screening("e", "Eva", Bad, Threat, Some(EndedBadly)),
        screening("f", "Filip", Bad, Fine, Some(WentWell)),
        screening("g", "Gia", Good, Fine, Some(WentWell)),
    ]
}

#[tokio::test]
async fn history_rows_record_outcomes_in_one_click_and_check_ups_show_their_screening() {
    let mut check = assessment("k", "minimal_checkup", "alba", 900.0);
    check.work.answers = answers(Fine);
    let history = vec![
        screening("a", "Alba", Bad, Threat, Some(EndedBadly)),
        screening("b", "", Good, Fine, None),
        check,
    ];
    let html = render(View::History, history, None).await;
    assert!(html.contains("How did it go with Alba?"), "{html}");
    assert!(html.contains("How did it go?"));
    assert_eq!(
        html.matches(r#"role="group" aria-labelledby="cf7-outcome-"#)
            .count(),
        2
    );
    assert_eq!(
        html.matches(r#"aria-pressed="true" class="cf-outcome "#)
            .count(),
        1
    );
    assert!(html.contains(r#"aria-pressed="true" class="cf-outcome cf-outcome-ended_badly""#));
    assert!(html.contains("Did not take the job"));
    assert!(html.contains(r#"<label for="cf7-link-k" class="cf-label">Linked screening</label>"#));
    assert!(html.contains("By name: Alba — "));
    assert!(html.contains("None (not this client)"));
    assert!(html.contains("Your track record"));
}

#[tokio::test]
async fn the_track_record_says_too_few_yet_below_five() {
    let history = vec![
        screening("a", "Alba", Bad, Threat, Some(EndedBadly)),
        screening("b", "Bruno", Bad, Late, Some(HardWork)),
        screening("c", "Clara", Good, Fine, Some(Declined)),
    ];
    let html = render(View::TrackRecord, history, None).await;
    assert!(html.contains("<h2"), "{html}");
    assert!(html.contains("Your track record"));
    assert!(html.contains("Clients with an outcome: 3 (jobs you took: 2)."));
    assert!(html.contains(
        "Your bad first impressions were right for 2 of 2 clients. Too few yet for a percentage."
    ));
    assert!(html.contains("Percentages are given from 5 clients on."));
    assert!(
        !html.contains("That is"),
        "no percentage from fewer than five"
    );
    assert!(html.contains(r#"role="img""#));
    assert!(html.contains("Threatening behaviour: 1 of the 1 clients who showed it"));
    assert!(html.contains("Back to History"));
}

#[tokio::test]
async fn the_track_record_gives_shares_from_five_and_lists_the_clients() {
    let mut history = six();
    history[6].work.overrule = Some(Overrule {
        verdict: "safeguards".into(),
        reason: "cautious".into(),
    });
    let html = render(View::TrackRecord, history, None).await;
    assert!(
        html.contains("Your bad first impressions were right for 5 of 6 clients. That is 83%."),
        "{html}"
    );
    assert!(html.contains(
        "Your good first impressions were right for 1 of 1 clients. Too few yet for a percentage."
    ));
    assert!(
        html.contains("Too few yet"),
        "the good ones are still too few"
    );
    assert!(html.contains("Threatening behaviour: 4 of the 4 clients who showed it"));
    assert!(html.contains("Pays late: 1 of the 1 clients"));
    assert!(html.contains("Verdicts you overruled"));
    assert!(
        html.contains(
            "Gia: computed “Strong fit”, yours “Fit with safeguards”. Outcome: went well."
        )
    );
    assert_eq!(html.matches(r#"class="cf-track-client""#).count(), 7);
}

#[tokio::test]
async fn nothing_recorded_says_how_to_begin() {
    let html = render(
        View::TrackRecord,
        vec![screening("a", "Alba", Bad, Threat, None)],
        None,
    )
    .await;
    assert!(html.contains("No outcomes recorded yet."), "{html}");
}

fn result_session(impression: Impression, kind: Kind) -> Session {
    let mut session = Session::new(&screen(), "Newco");
    session.step = Step::Result;
    session.work.blink = Some(Blink {
        impression,
        why: String::new(),
    });
    session.work.answers = answers(kind);
    session
}

#[tokio::test]
async fn the_result_page_says_what_your_history_shows_beside_the_gut_and_the_sign() {
    let html = render(View::Assess, six(), Some(result_session(Bad, Threat))).await;
    assert!(
        html.contains(
            "Your own history: your gut has been right 5 of 6 times when it said no (83%)."
        ),
        "{html}"
    );
    assert!(html.contains(
        "In your history, this sign came before a bad outcome for 4 of the 4 clients who showed it."
    ));
    assert!(
        html.contains("Walk away"),
        "the verdict is the computed one"
    );
    // Pays late came before one bad outcome only: once could be chance.
    let html = render(View::Assess, six(), Some(result_session(Bad, Late))).await;
    assert!(html.contains("Pays late"), "{html}");
    assert!(!html.contains("In your history"));
    // A good gut has only one client behind it: nothing is said.
    let html = render(View::Assess, six(), Some(result_session(Good, Threat))).await;
    assert!(!html.contains("Your own history"));
    // Too few outcomes: the result says nothing at all.
    let few = six().into_iter().take(4).collect();
    let html = render(View::Assess, few, Some(result_session(Bad, Threat))).await;
    assert!(!html.contains("Your own history") && !html.contains("In your history"));
}

//! The built-in questionnaires in `content/`: they load without a single warning, stay within the
//! five-minute budget, speak all four languages, cover every warning sign of the domain, and give
//! the verdicts a seasoned consultant would give for typical prospects and clients.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use client_fit_core::answers::{Answer, Answers};
use client_fit_core::letters::{fill_letter, letter_reasons};
use client_fit_core::load::load;
use client_fit_core::model::Impression;
use client_fit_core::model::{Kind, Lens, Questionnaire, Severity};
use client_fit_core::profile::{FriendsPolicy, Profile};
use client_fit_core::scoring::{Outcome, Standing, assess, score};
use client_fit_core::text::LANGUAGES;

const SCREEN: &str = include_str!("../../../content/screen.json");
const INTAKE: &str = include_str!("../../../content/intake.json");
const CHECKUP: &str = include_str!("../../../content/checkup.json");

fn load_clean(name: &str, text: &str) -> Questionnaire {
    let loaded = load(text).unwrap_or_else(|problems| {
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!("{name} does not load:\n{}", lines.join("\n"))
    });
    let warnings: Vec<String> = loaded.warnings.iter().map(ToString::to_string).collect();
    assert!(
        warnings.is_empty(),
        "{name} has warnings:\n{}",
        warnings.join("\n")
    );
    loaded.questionnaire
}

fn screen() -> Questionnaire {
    load_clean("screen", SCREEN)
}

fn intake() -> Questionnaire {
    load_clean("intake", INTAKE)
}

fn checkup() -> Questionnaire {
    load_clean("checkup", CHECKUP)
}

/// A small web studio: 5,000 minimum, 30% deposit, 30 days to pay, 4 to 26 weeks, replies within a
/// day, 15 hours a week per client; likes web work, retail and email; avoids finance.
fn studio() -> Profile {
    serde_json::from_str(
        r#"{
            "name": "Ana Studio", "currency": "EUR", "min_budget": 5000, "deposit_percent": 30,
            "payment_days": 30, "min_weeks": 4, "max_weeks": 26, "reply_hours": 24, "weekly_hours": 15,
            "welcome": ["work:web", "industry:retail", "channel:email"],
            "avoided": ["industry:finance", "work:marketing"],
            "friends_policy": "full_rate"
        }"#,
    )
    .expect("the test profile parses")
}

fn choice(id: &str) -> Answer {
    Answer::Choice(id.to_owned())
}

fn choices(ids: &[&str]) -> Answer {
    Answer::Choices(ids.iter().map(|id| (*id).to_owned()).collect())
}

fn answers(pairs: &[(&str, Answer)]) -> Answers {
    pairs
        .iter()
        .map(|(id, answer)| ((*id).to_owned(), answer.clone()))
        .collect()
}

/// `base` with some answers replaced or added.
fn with(base: &Answers, changes: &[(&str, Answer)]) -> Answers {
    let mut out = base.clone();
    out.extend(
        changes
            .iter()
            .map(|(id, answer)| ((*id).to_owned(), answer.clone())),
    );
    out
}

fn flags(outcome: &Outcome) -> BTreeSet<&str> {
    outcome.flags.iter().map(|f| f.flag.as_str()).collect()
}

fn assert_flags(outcome: &Outcome, expected: &[&str]) {
    let raised = flags(outcome);
    for flag in expected {
        assert!(
            raised.contains(flag),
            "expected flag `{flag}`, raised: {raised:?}"
        );
    }
}

fn verdict(outcome: &Outcome) -> &str {
    outcome.verdict.as_deref().expect("a verdict")
}

/// The tier the overall score alone would give, before any cap or deal-breaker.
fn tier_for_score<'a>(q: &'a Questionnaire, outcome: &Outcome) -> &'a str {
    let score = outcome.overall.expect("a score");
    &q.tier_for(score).expect("a tier for every score").id
}

/// How far down the ladder a tier is: 0 for the best.
fn rank(q: &Questionnaire, tier: &str) -> usize {
    q.tiers_best_first()
        .iter()
        .position(|t| t.id == tier)
        .unwrap_or_else(|| panic!("tier `{tier}`"))
}

/// Raises each capped flag in turn on an otherwise ideal set of answers and checks that the
/// verdict never reaches the top tier: it stops at the flag's cap (or lower), and `capped_by`
/// names a flag whenever the score alone would have gone higher. `raise` lists, per flag, the
/// answers that raise it; every flag with a cap must be in it.
fn assert_caps_hold(
    name: &str,
    q: &Questionnaire,
    ideal: &Answers,
    profile: &Profile,
    raise: &[(&str, &[(&str, Answer)])],
) {
    let top = q.tiers_best_first()[0].id.clone();
    let capped: Vec<_> = q.flags.iter().filter(|f| f.caps_at.is_some()).collect();
    assert!(!capped.is_empty(), "{name} caps some flags");
    for flag in capped {
        let cap = flag.caps_at.as_deref().unwrap();
        let (_, changes) = raise
            .iter()
            .find(|(id, _)| *id == flag.id)
            .unwrap_or_else(|| panic!("{name}: no answers listed that raise `{}`", flag.id));
        let outcome = score(q, &with(ideal, changes), profile);
        assert_flags(&outcome, &[flag.id.as_str()]);
        let got = verdict(&outcome);
        assert_ne!(got, top, "{name}: `{}` reached the top tier", flag.id);
        assert!(
            rank(q, got) >= rank(q, cap),
            "{name}: `{}` caps at `{cap}` but got `{got}`",
            flag.id
        );
        if rank(q, tier_for_score(q, &outcome)) < rank(q, got) {
            let by = outcome
                .capped_by
                .as_deref()
                .expect("a flag named as the cap");
            assert_eq!(
                q.flag(by).and_then(|f| f.caps_at.as_deref()),
                Some(got),
                "{name}: `{by}` capped `{}`",
                flag.id
            );
        }
    }
}

/// The `{reasons}` lines a letter gets, as the result page builds them.
fn reasons(q: &Questionnaire, outcome: &Outcome, language: &str) -> Vec<String> {
    letter_reasons(q, outcome, language)
}

fn letter(q: &Questionnaire, id: &str, language: &str, outcome: &Outcome) -> String {
    let template = q
        .letter(id)
        .unwrap_or_else(|| panic!("letter `{id}`"))
        .body
        .get(language, "en");
    let lines = reasons(q, outcome, language);
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    fill_letter(template, "Maria Lopez", "Ana Studio", &refs)
}

// ------------------------------------------------------------------ the files as a whole

#[test]
fn each_file_loads_without_errors_or_warnings() {
    for (name, q, lens) in [
        ("screen", screen(), Lens::Screen),
        ("intake", intake(), Lens::Intake),
        ("checkup", checkup(), Lens::Checkup),
    ] {
        assert_eq!(q.id, name);
        assert_eq!(q.lens, lens, "{name}");
        assert_eq!(q.default_language, "en", "{name}");
        assert_eq!(
            q.languages,
            LANGUAGES.map(String::from).to_vec(),
            "{name} claims all four languages"
        );
    }
}

#[test]
fn each_file_fits_the_five_minute_budget() {
    for (name, q) in [
        ("screen", screen()),
        ("intake", intake()),
        ("checkup", checkup()),
    ] {
        let count = q.questions().count();
        assert!((20..=35).contains(&count), "{name} has {count} questions");
        for section in &q.sections {
            let n = section.questions.len();
            assert!(
                (3..=7).contains(&n),
                "{name} section `{}` has {n} questions",
                section.id
            );
        }
        let conditional = q
            .questions()
            .filter(|(s, q)| s.show_if.is_some() || q.show_if.is_some())
            .count();
        assert!(
            conditional >= 3,
            "{name} skips what does not apply ({conditional} conditional questions)"
        );
        let kinds: BTreeSet<String> = q
            .questions()
            .map(|(_, q)| format!("{:?}", q.kind))
            .collect();
        assert!(
            kinds.len() >= 4,
            "{name} uses several kinds of question: {kinds:?}"
        );
    }
}

#[test]
fn every_text_is_in_all_four_languages_with_proper_diacritics() {
    for (name, q) in [
        ("screen", screen()),
        ("intake", intake()),
        ("checkup", checkup()),
    ] {
        q.visit_texts(&mut |at, text| {
            for language in LANGUAGES {
                let value = text.lookup(language).unwrap_or_default();
                assert!(
                    !value.trim().is_empty(),
                    "{name}: {at} has no `{language}` text"
                );
            }
            // Romanian uses the comma-below letters, not the look-alike cedilla ones.
            let ro = text.lookup("ro").unwrap_or_default();
            assert!(
                !ro.contains(['ş', 'ţ', 'Ş', 'Ţ']),
                "{name}: {at} uses a cedilla in Romanian: {ro}"
            );
        });
    }
}

#[test]
fn bands_follow_the_ladder() {
    let tiers = |q: &Questionnaire| -> Vec<(String, String)> {
        q.tiers_best_first()
            .iter()
            .map(|t| (t.id.clone(), format!("{:?}", t.leaning).to_lowercase()))
            .collect()
    };
    let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect()
    };
    let prospect = pairs(&[
        ("strong_fit", "good"),
        ("safeguards", "unsure"),
        ("restructure", "unsure"),
        ("walk_away", "bad"),
    ]);
    assert_eq!(tiers(&screen()), prospect);
    assert_eq!(tiers(&intake()), prospect);
    assert_eq!(
        tiers(&checkup()),
        pairs(&[
            ("keep", "good"),
            ("reset", "unsure"),
            ("renegotiate", "unsure"),
            ("part_ways", "bad")
        ])
    );

    let offered = |q: &Questionnaire, tier: &str| q.verdict(tier).unwrap().letters.clone();
    for q in [screen(), intake()] {
        assert_eq!(offered(&q, "strong_fit"), ["welcome"]);
        assert_eq!(offered(&q, "safeguards"), ["boundaries"]);
        assert_eq!(offered(&q, "restructure"), ["restructure"]);
        assert_eq!(offered(&q, "walk_away"), ["decline"]);
    }
    let c = checkup();
    assert_eq!(offered(&c, "keep"), ["check_in"]);
    assert_eq!(offered(&c, "reset"), ["boundaries"]);
    assert_eq!(offered(&c, "renegotiate"), ["restructure"]);
    assert_eq!(offered(&c, "part_ways"), ["parting", "handoff"]);
}

#[test]
fn bands_read_naturally() {
    let bands = |q: &Questionnaire| -> Vec<(String, f64, f64)> {
        q.tiers_best_first()
            .iter()
            .map(|t| (t.id.clone(), t.min, t.max))
            .collect()
    };
    let expect = |list: &[(&str, f64, f64)]| -> Vec<(String, f64, f64)> {
        list.iter()
            .map(|(id, a, b)| ((*id).to_owned(), *a, *b))
            .collect()
    };
    let prospect = expect(&[
        ("strong_fit", 80.0, 100.0),
        ("safeguards", 60.0, 80.0),
        ("restructure", 40.0, 60.0),
        ("walk_away", 0.0, 40.0),
    ]);
    assert_eq!(bands(&screen()), prospect);
    assert_eq!(bands(&intake()), prospect);
    assert_eq!(
        bands(&checkup()),
        expect(&[
            ("keep", 80.0, 100.0),
            ("reset", 67.0, 80.0),
            ("renegotiate", 55.0, 67.0),
            ("part_ways", 0.0, 55.0),
        ])
    );
}

#[test]
fn every_serious_sign_caps_the_verdict_below_the_top() {
    for (name, q) in [
        ("screen", screen()),
        ("intake", intake()),
        ("checkup", checkup()),
    ] {
        let tiers = q.tiers_best_first();
        for flag in &q.flags {
            match (flag.severity, flag.caps_at.as_deref()) {
                (Severity::Serious, None) => panic!("{name}: serious `{}` has no cap", flag.id),
                (Severity::DealBreaker, Some(_)) => {
                    panic!("{name}: deal-breaker `{}` needs no cap", flag.id)
                }
                (_, Some(cap)) => {
                    assert_ne!(cap, tiers[0].id, "{name}: `{}` caps at the top", flag.id);
                    assert!(
                        q.verdict(cap).is_some(),
                        "{name}: `{}` caps at `{cap}`",
                        flag.id
                    );
                }
                _ => {}
            }
        }
    }
}

#[test]
fn letters_use_the_placeholders_they_need() {
    for (name, q) in [
        ("screen", screen()),
        ("intake", intake()),
        ("checkup", checkup()),
    ] {
        for letter in &q.letters {
            for language in LANGUAGES {
                let body = letter.body.lookup(language).unwrap();
                assert!(
                    body.contains("{client}"),
                    "{name} `{}` ({language}) names the client",
                    letter.id
                );
                assert!(
                    body.contains("{consultant}"),
                    "{name} `{}` ({language}) is signed",
                    letter.id
                );
                // Decline and parting letters never list reasons; proposals, welcomes and
                // check-ins do (their paragraph goes when there are none).
                let lists = matches!(
                    letter.id.as_str(),
                    "restructure" | "boundaries" | "welcome" | "check_in"
                );
                assert_eq!(
                    body.contains("{reasons}"),
                    lists,
                    "{name} `{}` ({language}) and {{reasons}}",
                    letter.id
                );
            }
        }
    }
}

#[test]
fn every_letter_reads_whole_with_no_points_to_list() {
    for (name, q) in [
        ("screen", screen()),
        ("intake", intake()),
        ("checkup", checkup()),
    ] {
        for letter in &q.letters {
            for language in LANGUAGES {
                let body = letter.body.lookup(language).unwrap();
                // The paragraph that goes with no points holds only their one-line lead-in,
                // so nothing else the letter says goes with it.
                if let Some(holder) = body.split("\n\n").find(|p| p.contains("{reasons}")) {
                    let lines: Vec<&str> = holder.lines().collect();
                    assert!(
                        lines.len() == 2 && lines[1] == "{reasons}",
                        "{name} `{}` ({language}): {holder:?}",
                        letter.id
                    );
                }
                let filled = fill_letter(body, "Maria Lopez", "Ana Studio", &[]);
                let paragraphs: Vec<&str> = filled.split("\n\n").collect();
                let at = format!("{name} `{}` ({language})", letter.id);
                // The greeting, something said, and the signature: never a lead-in to nothing.
                assert!(paragraphs.len() >= 3, "{at}:\n{filled}");
                // A lead-in is followed by what it announces (the hand-off's checklist); a
                // Spanish greeting ends in a colon too ("Estimado/a Maria Lopez:").
                let listed = |i: usize| {
                    (paragraphs.get(i + 1))
                        .is_some_and(|next| next.starts_with('[') || next.starts_with('-'))
                };
                assert!(
                    (1..paragraphs.len())
                        .all(|i| !paragraphs[i].trim_end().ends_with(':') || listed(i)),
                    "{at} announces points it does not list:\n{filled}"
                );
                assert!(
                    !filled.contains("{reasons}") && !filled.contains("\n- "),
                    "{at}"
                );
            }
        }
    }
}

/// The 19 warning signs of `shared/domain.md` and the screen flags that stand for them
/// (`docs/warning-signs.md` has the full table).
const SIGNS: [(u8, &[&str]); 19] = [
    (1, &["physical_abuse"]),
    (2, &["verbal_abuse", "crossed_line"]),
    (3, &["lies"]),
    (4, &["unreasonable_demands", "rush_deadline"]),
    (5, &["slow_payer", "unpaid_past_bills"]),
    (6, &["nickel_and_dimes"]),
    (7, &["changes_mind", "churn_on_fixed_price"]),
    (8, &["ignores_advice"]),
    (9, &["plays_competitors"]),
    (10, &["legal_risk"]),
    (11, &["unresponsive"]),
    (12, &["distrusts_you"]),
    (13, &["complains_about_delivery"]),
    (14, &["disrespects_time"]),
    (15, &["guilt_trips"]),
    (16, &["threatens", "inflexible", "litigious"]),
    (17, &["argues_with_own_people"]),
    (18, &["more_work_than_pay"]),
    (
        19,
        &[
            "friend_or_family",
            "friend_expects_favours",
            "hard_to_set_limits",
        ],
    ),
];

#[test]
fn the_screen_covers_every_warning_sign_with_advice() {
    let q = screen();
    for (sign, ids) in SIGNS {
        for id in ids {
            let flag = q
                .flag(id)
                .unwrap_or_else(|| panic!("sign {sign}: flag `{id}` is missing"));
            assert!(
                !flag.advice.get("en", "en").is_empty(),
                "sign {sign}: `{id}` gives advice"
            );
        }
    }
    for id in ["physical_abuse", "verbal_abuse", "lies", "legal_risk"] {
        assert_eq!(
            q.flag(id).unwrap().severity,
            Severity::DealBreaker,
            "`{id}` is a deal-breaker"
        );
    }
    // The first impression is asked by the app itself, so no question here repeats it.
    assert!(q.questions().all(|(_, q)| !q.id.contains("blink")));
    assert!(q.question("argued_with_own_people").is_some());
    assert!(q.question("give_and_take").is_some());
}

#[test]
fn the_screen_compares_with_the_profile() {
    let q = screen();
    let compares = |id: &str, field: &str| {
        let spec = q
            .question(id)
            .and_then(|q| q.number.as_ref())
            .expect("a number question");
        let wanted = format!("\"{field}\"");
        spec.rules
            .iter()
            .any(|r| serde_json::to_string(&r.than).unwrap().contains(&wanted))
    };
    assert!(compares("budget", "min_budget"));
    assert!(compares("deposit", "deposit_percent"));
    assert!(compares("timeline", "min_weeks") && compares("timeline", "max_weeks"));
    assert!(compares("reply_hours", "reply_hours"));
    let work = q.question("kind_of_work").unwrap();
    assert_eq!(work.kind, Kind::Single);
    assert!(
        work.options
            .iter()
            .all(|o| o.tag.as_deref().is_some_and(|t| t.starts_with("work:")))
    );
    assert!(work.on_welcome.is_some() && work.on_avoided.is_some());
}

// ------------------------------------------------------------------ screen scenarios

/// A well-paying, clear, respectful prospect whose budget matches the profile.
fn ideal_prospect() -> Answers {
    answers(&[
        ("temper", choice("calm")),
        ("belittling", choice("never")),
        ("argued_with_own_people", Answer::YesNo(false)),
        ("give_and_take", choice("meets_halfway")),
        ("tone", choice("goodwill")),
        ("reply_hours", Answer::Number(6.0)),
        ("urgency", choice("realistic")),
        ("respect_time", choice("respectful")),
        ("budget", Answer::Number(9000.0)),
        ("deposit", Answer::Number(30.0)),
        ("payment_days", Answer::Number(30.0)),
        ("payment_history", choice("on_time")),
        ("haggling", choice("accepted")),
        ("competitor_quotes", choice("comparing")),
        ("scope_clarity", Answer::Scale(5)),
        ("work_vs_price", choice("matches")),
        ("signed_scope", Answer::YesNo(true)),
        ("changing_mind", choice("steady")),
        ("timeline", Answer::Number(10.0)),
        ("guilt", Answer::YesNo(false)),
        ("lied", choice("no")),
        ("distrust", choice("trusts")),
        ("takes_advice", choice("listened")),
        ("past_providers", choices(&["fair"])),
        ("legal_risk", choice("none")),
        ("kind_of_work", choice("web")),
        ("industry", choice("retail")),
        ("weekly_hours", Answer::Number(10.0)),
        ("goals_fit", Answer::Scale(4)),
        ("friend", Answer::YesNo(false)),
    ])
}

#[test]
fn a_clear_respectful_well_paying_prospect_is_a_strong_fit() {
    let q = screen();
    let outcome = score(&q, &ideal_prospect(), &studio());
    assert_eq!(verdict(&outcome), "strong_fit", "{outcome:?}");
    assert_eq!(outcome.capped_by, None);
    assert!(outcome.flags.is_empty(), "{:?}", flags(&outcome));
    assert!(outcome.confidence > 0.95);
}

#[test]
fn the_blink_story_walks_away() {
    // After the first visit to the shop: the owner argued with his own customer, would not give an
    // inch, and mentioned suing the last provider. Nothing else is known yet. The first
    // impression was bad.
    let q = screen();
    let seen = answers(&[
        ("argued_with_own_people", Answer::YesNo(true)),
        ("give_and_take", choice("no_inch")),
        ("past_providers", choices(&["sued"])),
    ]);
    let outcome = assess(&q, &seen, Some(Impression::Bad), &studio());
    assert_eq!(verdict(&outcome), "walk_away", "{outcome:?}");
    assert_eq!(
        outcome.standing,
        Standing::Firm,
        "a backed impression decides"
    );
    assert!(!outcome.forced_by_deal_breaker);
    assert_eq!(
        outcome.impression_backed_by.as_deref(),
        Some("argues_with_own_people")
    );
    assert_flags(
        &outcome,
        &["argues_with_own_people", "inflexible", "litigious"],
    );
    assert!(outcome.safeguards.contains(&"signed_scope".to_owned()));
    assert!(outcome.safeguards.contains(&"cool_down".to_owned()));
    // The decline letter thanks them and lists no accusations.
    let decline = letter(&q, "decline", "en", &outcome);
    assert!(decline.starts_with("Dear Maria Lopez,"));
    assert!(
        !decline.contains("sue") && !decline.contains("- "),
        "{decline}"
    );
    // Without a recorded impression, so little is known that no verdict is given yet: never
    // "take it on new terms", which is where the few answers alone would lean.
    let unjudged = score(&q, &seen, &studio());
    assert_eq!(unjudged.verdict, None, "{unjudged:?}");
    assert_eq!(unjudged.standing, Standing::NotEnough);
    assert_eq!(unjudged.leaning.as_deref(), Some("restructure"));

    // Even if every other answer were ideal, good money does not rescue it.
    let everything = with(
        &ideal_prospect(),
        &[
            ("argued_with_own_people", Answer::YesNo(true)),
            ("give_and_take", choice("no_inch")),
            ("past_providers", choices(&["sued"])),
        ],
    );
    let outcome = assess(&q, &everything, Some(Impression::Bad), &studio());
    assert_eq!(verdict(&outcome), "walk_away", "{outcome:?}");
    // The score alone would call it a fit with safeguards; having sued a past provider would hold
    // it at changing the terms, and the backed first impression takes it to walking away.
    assert_eq!(tier_for_score(&q, &outcome), "safeguards", "{outcome:?}");
    assert_eq!(outcome.by_score.as_deref(), Some("safeguards"));
    let without_gut = score(&q, &everything, &studio());
    assert_eq!(verdict(&without_gut), "restructure", "{without_gut:?}");
    assert_eq!(without_gut.capped_by.as_deref(), Some("litigious"));
}

#[test]
fn a_friend_who_wants_a_lot_for_little_gets_safeguards() {
    let q = screen();
    let friend = with(
        &ideal_prospect(),
        &[
            ("friend", Answer::YesNo(true)),
            ("friend_terms", choice("expects_favours")),
            ("work_vs_price", choice("far_more")),
            ("budget", Answer::Number(3500.0)),
            ("urgency", choice("keen")),
            ("scope_clarity", Answer::Scale(4)),
        ],
    );
    let outcome = score(&q, &friend, &studio());
    assert_eq!(verdict(&outcome), "safeguards", "{outcome:?}");
    // The score alone would be a strong fit; the signs hold it at safeguards.
    assert_eq!(tier_for_score(&q, &outcome), "strong_fit", "{outcome:?}");
    assert_eq!(
        outcome.capped_by.as_deref(),
        Some("more_work_than_pay"),
        "{outcome:?}"
    );
    assert_flags(
        &outcome,
        &[
            "friend_or_family",
            "friend_expects_favours",
            "more_work_than_pay",
            "budget_below",
        ],
    );
    assert!(
        outcome.safeguards.contains(&"friends_limits".to_owned()),
        "{:?}",
        outcome.safeguards
    );
    let advice = q.flag("friend_or_family").unwrap().advice.get("en", "en");
    assert!(advice.contains("invoice for every hour"), "{advice}");

    // The boundaries note it offers lists the terms, one line per reason.
    let note = letter(&q, "boundaries", "en", &outcome);
    assert!(
        note.contains("- the same written terms and invoices we use with every client"),
        "{note}"
    );
    assert!(note.ends_with("Ana Studio"));
    let spanish = letter(&q, "boundaries", "es", &outcome);
    assert!(
        spanish.contains("- las mismas condiciones por escrito"),
        "{spanish}"
    );
}

#[test]
fn a_friend_against_your_policy_is_asked_about_it() {
    let q = screen();
    let never = Profile {
        friends_policy: FriendsPolicy::Never,
        ..studio()
    };
    let friend = with(
        &ideal_prospect(),
        &[
            ("friend", Answer::YesNo(true)),
            ("friends_exception", Answer::YesNo(false)),
        ],
    );
    assert_flags(&score(&q, &friend, &never), &["against_friends_policy"]);
    // With friends at full rate, the question is not shown and its answer does not count.
    assert!(!flags(&score(&q, &friend, &studio())).contains("against_friends_policy"));
}

#[test]
fn deal_breakers_walk_away_whatever_the_rest() {
    let q = screen();
    for (question, answer, flag) in [
        ("temper", choice("aggressive"), "physical_abuse"),
        ("belittling", choice("kept_on"), "verbal_abuse"),
        ("lied", choice("lie"), "lies"),
        ("legal_risk", choice("risky"), "legal_risk"),
    ] {
        let outcome = score(
            &q,
            &with(&ideal_prospect(), &[(question, answer)]),
            &studio(),
        );
        assert_eq!(verdict(&outcome), "walk_away", "{flag}");
        assert!(outcome.forced_by_deal_breaker, "{flag}");
        assert_flags(&outcome, &[flag]);
    }
}

#[test]
fn avoided_work_and_industries_count_against_the_fit() {
    let q = screen();
    let outcome = score(
        &q,
        &with(
            &ideal_prospect(),
            &[
                ("industry", choice("finance")),
                ("kind_of_work", choice("marketing")),
            ],
        ),
        &studio(),
    );
    assert_flags(&outcome, &["avoided_industry", "avoided_work"]);
    let fit = outcome.dimensions.iter().find(|d| d.id == "fit").unwrap();
    assert!(fit.score.unwrap() < 60.0, "{fit:?}");
}

#[test]
fn no_serious_sign_on_an_otherwise_ideal_prospect_is_a_strong_fit() {
    let q = screen();
    // With friends never taken on, so that the exception question is asked.
    let never = Profile {
        friends_policy: FriendsPolicy::Never,
        ..studio()
    };
    let friend = ("friend", Answer::YesNo(true));
    let raise: &[(&str, &[(&str, Answer)])] = &[
        ("crossed_line", &[("belittling", choice("once_stopped"))]),
        (
            "argues_with_own_people",
            &[("argued_with_own_people", Answer::YesNo(true))],
        ),
        ("inflexible", &[("give_and_take", choice("no_inch"))]),
        ("threatens", &[("give_and_take", choice("threatened"))]),
        ("unresponsive", &[("reply_hours", Answer::Number(96.0))]),
        ("unreasonable_demands", &[("urgency", choice("yesterday"))]),
        (
            "disrespects_time",
            &[("respect_time", choice("disrespectful"))],
        ),
        ("budget_far_below", &[("budget", Answer::Number(2000.0))]),
        ("budget_below", &[("budget", Answer::Number(4000.0))]),
        ("no_deposit", &[("deposit", Answer::Number(0.0))]),
        (
            "long_payment_terms",
            &[("payment_days", Answer::Number(75.0))],
        ),
        ("slow_payer", &[("payment_history", choice("slow"))]),
        ("nickel_and_dimes", &[("haggling", choice("chipped"))]),
        (
            "plays_competitors",
            &[("competitor_quotes", choice("leverage"))],
        ),
        (
            "unstated_expectations",
            &[("scope_clarity", Answer::Scale(1))],
        ),
        (
            "more_work_than_pay",
            &[("work_vs_price", choice("far_more"))],
        ),
        (
            "refuses_written_scope",
            &[("signed_scope", Answer::YesNo(false))],
        ),
        ("changes_mind", &[("changing_mind", choice("constantly"))]),
        (
            "churn_on_fixed_price",
            &[
                ("changing_mind", choice("constantly")),
                ("bill_hourly", Answer::YesNo(false)),
            ],
        ),
        ("rush_deadline", &[("timeline", Answer::Number(1.0))]),
        ("tight_deadline", &[("timeline", Answer::Number(3.0))]),
        ("guilt_trips", &[("guilt", Answer::YesNo(true))]),
        ("distrusts_you", &[("distrust", choice("suspicious"))]),
        ("constant_negativity", &[("tone", choice("negative"))]),
        (
            "never_pleased",
            &[("past_providers", choices(&["fair", "never_pleased"]))],
        ),
        (
            "out_of_proportion",
            &[("past_providers", choices(&["fair", "out_of_proportion"]))],
        ),
        ("ignores_advice", &[("takes_advice", choice("brushed_off"))]),
        (
            "blames_others",
            &[("past_providers", choices(&["blamed_all"]))],
        ),
        (
            "complains_about_delivery",
            &[("past_providers", choices(&["not_what_wanted"]))],
        ),
        (
            "unpaid_past_bills",
            &[("past_providers", choices(&["unpaid"]))],
        ),
        ("litigious", &[("past_providers", choices(&["sued"]))]),
        ("too_many_hours", &[("weekly_hours", Answer::Number(30.0))]),
        (
            "friend_or_family",
            &[friend.clone(), ("friends_exception", Answer::YesNo(true))],
        ),
        (
            "friend_expects_favours",
            &[
                friend.clone(),
                ("friends_exception", Answer::YesNo(true)),
                ("friend_terms", choice("expects_favours")),
            ],
        ),
        (
            "hard_to_set_limits",
            &[
                friend.clone(),
                ("friends_exception", Answer::YesNo(true)),
                ("friend_limits", Answer::YesNo(false)),
            ],
        ),
        (
            "against_friends_policy",
            &[friend.clone(), ("friends_exception", Answer::YesNo(false))],
        ),
    ];
    assert_caps_hold("screen", &q, &ideal_prospect(), &never, raise);
    // The ones a consultant would restructure for, not just guard against.
    for (id, tier) in [
        ("slow_payer", "restructure"),
        ("nickel_and_dimes", "restructure"),
        ("plays_competitors", "restructure"),
        ("litigious", "restructure"),
        ("distrusts_you", "safeguards"),
        ("ignores_advice", "safeguards"),
        ("disrespects_time", "safeguards"),
    ] {
        assert_eq!(q.flag(id).unwrap().caps_at.as_deref(), Some(tier), "{id}");
    }
}

// ------------------------------------------------------------------ intake scenarios

fn good_intake() -> Answers {
    answers(&[
        ("kind_of_work", choice("web")),
        ("industry", choice("retail")),
        ("scope_clarity", choice("written_brief")),
        ("written_scope", choice("yes")),
        ("change_handling", choice("priced")),
        ("budget", Answer::Number(9000.0)),
        ("budget_basis", choice("value")),
        ("deposit", Answer::Number(30.0)),
        ("payment_days", Answer::Number(30.0)),
        ("timeline", Answer::Number(12.0)),
        ("deadline_reason", choice("plan")),
        ("decider", choice("me")),
        ("contact_person", Answer::YesNo(true)),
        ("channel", choice("email")),
        ("reply_hours", Answer::Number(8.0)),
        ("reply_expectation", choice("working_day")),
        ("calls_billable", Answer::YesNo(true)),
        ("past_projects", choice("went_well")),
        ("why_ended", choice("finished")),
        ("advice_style", choice("discuss")),
        ("heard_about_us", choice("referral")),
        ("regulated", choice("no")),
        ("material_rights", Answer::YesNo(true)),
        (
            "notes",
            Answer::Text("We sell handmade shoes and want a web shop by spring.".into()),
        ),
    ])
}

#[test]
fn a_prospect_with_a_clear_brief_and_fair_terms_is_a_strong_fit() {
    let q = intake();
    let outcome = score(&q, &good_intake(), &studio());
    assert_eq!(verdict(&outcome), "strong_fit", "{outcome:?}");
    assert!(outcome.flags.is_empty(), "{:?}", flags(&outcome));
}

#[test]
fn a_prospect_wanting_much_for_little_in_a_hurry_is_turned_down() {
    let q = intake();
    let poor = with(
        &good_intake(),
        &[
            ("scope_clarity", choice("idea")),
            ("written_scope", choice("informal")),
            ("change_handling", choice("included")),
            ("budget", Answer::Number(2000.0)),
            ("budget_basis", choice("lowest")),
            ("budget_phase", Answer::YesNo(false)),
            ("deposit", Answer::Number(0.0)),
            ("payment_days", Answer::Number(90.0)),
            ("timeline", Answer::Number(1.0)),
            ("deadline_reason", choice("overdue")),
            ("reply_expectation", choice("immediately")),
            ("calls_billable", Answer::YesNo(false)),
            ("past_projects", choice("went_badly")),
            ("why_ended", choice("dispute")),
        ],
    );
    let outcome = score(&q, &poor, &studio());
    assert_eq!(verdict(&outcome), "walk_away", "{outcome:?}");
    assert!(!outcome.forced_by_deal_breaker);
    assert_eq!(
        outcome.capped_by, None,
        "the score itself is that low: {outcome:?}"
    );
    assert_flags(
        &outcome,
        &[
            "prefers_informal",
            "budget_far_below",
            "no_deposit",
            "rush_deadline",
            "past_dispute",
        ],
    );
}

#[test]
fn a_tight_budget_and_loose_terms_call_for_restructuring() {
    let q = intake();
    let mid = with(
        &good_intake(),
        &[
            ("scope_clarity", choice("clear_goal")),
            ("written_scope", choice("flexible")),
            ("change_handling", choice("included")),
            ("budget", Answer::Number(3500.0)),
            ("budget_basis", choice("affordable")),
            ("budget_phase", Answer::YesNo(true)),
            ("deposit", Answer::Number(0.0)),
            ("payment_days", Answer::Number(45.0)),
            ("timeline", Answer::Number(3.0)),
            ("deadline_reason", choice("event")),
            ("calls_billable", Answer::YesNo(false)),
            ("past_projects", choice("first_time")),
            ("heard_about_us", choice("search")),
        ],
    );
    let outcome = score(&q, &mid, &studio());
    assert_eq!(verdict(&outcome), "restructure", "{outcome:?}");
    // Terms that do not fit yours: no deposit holds it at restructuring.
    assert_eq!(
        outcome.capped_by.as_deref(),
        Some("no_deposit"),
        "{outcome:?}"
    );
    assert_flags(
        &outcome,
        &[
            "expects_free_changes",
            "budget_below",
            "no_deposit",
            "tight_deadline",
        ],
    );
    // The phase question is asked only because the budget is below the minimum.
    let visible = client_fit_core::condition::Visibility::of(&q, &mid, &studio());
    let index = q
        .questions()
        .position(|(_, q)| q.id == "budget_phase")
        .unwrap();
    assert!(visible.questions[index]);
    let roomy = with(&mid, &[("budget", Answer::Number(8000.0))]);
    assert!(!client_fit_core::condition::Visibility::of(&q, &roomy, &studio()).questions[index]);

    // The proposal in Romanian lists each new term once.
    let proposal = letter(&q, "restructure", "ro", &outcome);
    assert!(
        proposal.starts_with("Bună ziua, Maria Lopez,"),
        "{proposal}"
    );
    assert!(
        proposal.contains("- un avans înainte de începerea lucrului"),
        "{proposal}"
    );
}

#[test]
fn no_warning_sign_a_prospect_reports_leaves_a_strong_fit() {
    let q = intake();
    let raise: &[(&str, &[(&str, Answer)])] = &[
        ("budget_far_below", &[("budget", Answer::Number(2000.0))]),
        ("budget_below", &[("budget", Answer::Number(4000.0))]),
        ("no_deposit", &[("deposit", Answer::Number(0.0))]),
        (
            "long_payment_terms",
            &[("payment_days", Answer::Number(75.0))],
        ),
        ("rush_deadline", &[("timeline", Answer::Number(1.0))]),
        ("tight_deadline", &[("timeline", Answer::Number(3.0))]),
        ("unresponsive", &[("reply_hours", Answer::Number(96.0))]),
        (
            "friend_or_family",
            &[("heard_about_us", choice("know_personally"))],
        ),
        (
            "friend_expects_favours",
            &[
                ("heard_about_us", choice("know_personally")),
                ("friend_terms", Answer::YesNo(false)),
            ],
        ),
        ("prefers_informal", &[("written_scope", choice("informal"))]),
        (
            "expects_free_changes",
            &[("change_handling", choice("included"))],
        ),
        ("price_first", &[("budget_basis", choice("lowest"))]),
        (
            "budget_gap",
            &[
                ("budget", Answer::Number(4000.0)),
                ("budget_phase", Answer::YesNo(false)),
            ],
        ),
        ("overdue", &[("deadline_reason", choice("overdue"))]),
        ("decider_absent", &[("decider", choice("someone_else"))]),
        (
            "many_approvers",
            &[
                ("decider", choice("group")),
                ("approvers", Answer::Number(5.0)),
            ],
        ),
        (
            "no_single_contact",
            &[("contact_person", Answer::YesNo(false))],
        ),
        (
            "expects_round_the_clock",
            &[("reply_expectation", choice("immediately"))],
        ),
        (
            "unbilled_calls",
            &[("calls_billable", Answer::YesNo(false))],
        ),
        ("past_dispute", &[("why_ended", choice("dispute"))]),
        ("past_legal_dispute", &[("why_ended", choice("court"))]),
        ("compliance_unclear", &[("regulated", choice("unsure"))]),
        (
            "rights_unclear",
            &[("material_rights", Answer::YesNo(false))],
        ),
    ];
    assert_caps_hold("intake", &q, &good_intake(), &studio(), raise);
}

#[test]
fn the_intake_asks_for_the_preferred_channel() {
    let q = intake();
    let channel = q.question("channel").unwrap();
    let tags: BTreeSet<&str> = channel
        .options
        .iter()
        .filter_map(|o| o.tag.as_deref())
        .collect();
    assert_eq!(
        tags,
        BTreeSet::from([
            "channel:email",
            "channel:phone",
            "channel:video",
            "channel:chat",
            "channel:in_person"
        ])
    );
}

// ------------------------------------------------------------------ checkup scenarios

fn healthy_client() -> Answers {
    answers(&[
        ("days_to_pay", Answer::Number(25.0)),
        ("haggles", choice("pays_as_billed")),
        ("competitor_leverage", Answer::YesNo(false)),
        ("work_vs_price", Answer::Scale(4)),
        ("abuse", choice("never")),
        ("threats", choice("talks")),
        ("respect_time", choice("respects")),
        ("guilt", Answer::YesNo(false)),
        ("angry_messages", choice("no")),
        ("give_and_take", choice("meets_halfway")),
        ("scope_churn", choice("normal")),
        ("finished_work", choice("satisfied")),
        ("complaint_scale", choice("the_fix")),
        ("ignored_advice", Answer::YesNo(false)),
        ("complained_got_asked", Answer::YesNo(false)),
        ("responsiveness", Answer::Number(12.0)),
        ("demands", choice("reasonable")),
        ("distrust", choice("relies")),
        ("honesty", choice("no")),
        ("legal_risk", Answer::YesNo(false)),
        ("hidden_cost", Answer::Scale(4)),
        ("stress", Answer::YesNo(false)),
        ("crowds_out", Answer::YesNo(false)),
        ("goals_fit", Answer::Scale(4)),
        ("value", choice("solid")),
        ("your_mistake", Answer::YesNo(false)),
        ("talked_already", choice("not_needed")),
        ("unraised", Answer::YesNo(false)),
        ("friend", Answer::YesNo(false)),
    ])
}

#[test]
fn a_healthy_client_is_kept() {
    let outcome = score(&checkup(), &healthy_client(), &studio());
    assert_eq!(verdict(&outcome), "keep", "{outcome:?}");
    assert_eq!(outcome.capped_by, None);
    assert!(outcome.flags.is_empty());
}

#[test]
fn a_client_who_pays_late_and_haggles_every_invoice_is_renegotiated() {
    let q = checkup();
    // Invoices paid after 75 days instead of 30, every one argued over; the rest is fine.
    let late = with(
        &healthy_client(),
        &[
            ("days_to_pay", Answer::Number(75.0)),
            ("haggles", choice("haggles_every")),
        ],
    );
    let outcome = score(&q, &late, &studio());
    assert!(
        matches!(verdict(&outcome), "renegotiate" | "part_ways"),
        "{outcome:?}"
    );
    assert_flags(&outcome, &["late_payer", "haggles_invoices"]);
    assert_eq!(
        outcome.capped_by.as_deref(),
        Some("late_payer"),
        "{outcome:?}"
    );
    // As it usually goes: the haggling eats the rate and the chasing takes its toll.
    let usual = with(
        &late,
        &[
            ("work_vs_price", Answer::Scale(2)),
            ("hidden_cost", Answer::Scale(3)),
            ("talked_already", choice("not_yet")),
        ],
    );
    let outcome = score(&q, &usual, &studio());
    assert_eq!(verdict(&outcome), "renegotiate", "{outcome:?}");
    assert_eq!(
        outcome.capped_by.as_deref(),
        Some("late_payer"),
        "{outcome:?}"
    );
    assert_eq!(
        outcome.safeguards.first().map(String::as_str),
        Some("deposit_terms")
    );

    let proposal = letter(&q, "restructure", "en", &outcome);
    assert!(proposal.starts_with("Dear Maria Lopez,"));
    assert!(
        proposal
            .contains("- payment before each stage, and work paused while an invoice is overdue")
    );
    assert!(proposal.contains("- invoices that follow the agreed price and task list"));
    assert!(proposal.trim_end().ends_with("Ana Studio"));
    let danish = letter(&q, "restructure", "da", &outcome);
    assert!(danish.starts_with("Kære Maria Lopez"), "{danish}");
    assert!(danish.contains("- betaling før hver etape"), "{danish}");
}

#[test]
fn friction_that_a_plain_talk_can_fix_resets_expectations() {
    let q = checkup();
    let friction = with(
        &healthy_client(),
        &[
            ("respect_time", choice("sometimes")),
            ("calls_billed", Answer::YesNo(false)),
            ("guilt", Answer::YesNo(true)),
            ("demands", choice("tight")),
            ("hidden_cost", Answer::Scale(3)),
            ("talked_already", choice("not_yet")),
        ],
    );
    let outcome = score(&q, &friction, &studio());
    assert_eq!(verdict(&outcome), "reset", "{outcome:?}");
    assert_eq!(
        outcome.capped_by.as_deref(),
        Some("unbilled_calls"),
        "{outcome:?}"
    );
    assert_flags(&outcome, &["unbilled_calls", "guilt_unstated"]);
    let note = letter(&q, "boundaries", "en", &outcome);
    assert!(
        note.contains("- calls and meetings billed like other work"),
        "{note}"
    );
}

#[test]
fn a_draining_client_who_would_not_change_is_let_go_with_a_clean_hand_off() {
    let q = checkup();
    let draining = with(
        &healthy_client(),
        &[
            ("days_to_pay", Answer::Number(75.0)),
            ("haggles", choice("haggles_every")),
            ("threats", choice("threatens")),
            ("scope_churn", choice("constantly")),
            ("churn_billed", Answer::YesNo(false)),
            ("work_vs_price", Answer::Scale(2)),
            ("hidden_cost", Answer::Scale(1)),
            ("stress", Answer::YesNo(true)),
            ("value", choice("marginal")),
            ("talked_already", choice("no_change")),
        ],
    );
    let outcome = score(&q, &draining, &studio());
    assert_eq!(verdict(&outcome), "part_ways", "{outcome:?}");
    assert!(!outcome.forced_by_deal_breaker);
    assert_eq!(
        outcome.capped_by, None,
        "the score itself is that low: {outcome:?}"
    );
    assert_flags(&outcome, &["threatens", "talk_failed", "hidden_cost_high"]);
    assert!(outcome.safeguards.contains(&"easy_handoff".to_owned()));
    let parting = letter(&q, "parting", "en", &outcome);
    assert!(
        !parting.contains("- "),
        "the parting letter lists no grievances: {parting}"
    );
    let handoff = letter(&q, "handoff", "en", &outcome);
    for item in [
        "Files",
        "Access",
        "Credentials",
        "Documentation",
        "Final invoice",
    ] {
        assert!(handoff.contains(item), "hand-off lists {item}: {handoff}");
    }
}

#[test]
fn a_valuable_client_you_let_down_is_kept_and_made_right() {
    let q = checkup();
    let oops = with(
        &healthy_client(),
        &[
            ("value", choice("key")),
            ("your_mistake", Answer::YesNo(true)),
        ],
    );
    let outcome = score(&q, &oops, &studio());
    assert_eq!(verdict(&outcome), "keep", "{outcome:?}");
    assert_flags(&outcome, &["our_mistake"]);
    assert_eq!(outcome.safeguards, ["make_it_right"]);
    // The question is only asked about clients worth keeping.
    let marginal = with(&oops, &[("value", choice("marginal"))]);
    assert!(score(&q, &marginal, &studio()).flags.is_empty());
}

#[test]
fn no_serious_sign_on_an_otherwise_healthy_client_is_kept_as_is() {
    let q = checkup();
    let friend = ("friend", Answer::YesNo(true));
    let raise: &[(&str, &[(&str, Answer)])] = &[
        ("late_payer", &[("days_to_pay", Answer::Number(75.0))]),
        ("haggles_invoices", &[("haggles", choice("haggles_every"))]),
        (
            "plays_competitors",
            &[("competitor_leverage", Answer::YesNo(true))],
        ),
        ("underpaid_work", &[("work_vs_price", Answer::Scale(1))]),
        ("threatens", &[("threats", choice("threatens"))]),
        (
            "no_respect_for_time",
            &[("respect_time", choice("all_hours"))],
        ),
        (
            "unbilled_calls",
            &[
                ("respect_time", choice("sometimes")),
                ("calls_billed", Answer::YesNo(false)),
            ],
        ),
        ("guilt_unstated", &[("guilt", Answer::YesNo(true))]),
        (
            "angry_messages",
            &[("angry_messages", choice("repeatedly"))],
        ),
        ("crossed_line", &[("abuse", choice("once_stopped"))]),
        ("inflexible", &[("give_and_take", choice("no_give"))]),
        (
            "never_pleased",
            &[("finished_work", choice("never_pleased"))],
        ),
        (
            "out_of_proportion",
            &[("complaint_scale", choice("out_of_proportion"))],
        ),
        ("lied_once", &[("honesty", choice("once_owned"))]),
        ("scope_churn", &[("scope_churn", choice("constantly"))]),
        (
            "churn_unpaid",
            &[
                ("scope_churn", choice("constantly")),
                ("churn_billed", Answer::YesNo(false)),
            ],
        ),
        ("ignores_advice", &[("ignored_advice", Answer::YesNo(true))]),
        (
            "complains_about_delivery",
            &[("complained_got_asked", Answer::YesNo(true))],
        ),
        (
            "no_signed_scope",
            &[
                ("complained_got_asked", Answer::YesNo(true)),
                ("had_signed_scope", Answer::YesNo(false)),
            ],
        ),
        ("unresponsive", &[("responsiveness", Answer::Number(96.0))]),
        (
            "unreasonable_demands",
            &[("demands", choice("out_of_proportion"))],
        ),
        ("distrusts_you", &[("distrust", choice("doubts"))]),
        ("hidden_cost_high", &[("hidden_cost", Answer::Scale(1))]),
        ("takes_it_home", &[("stress", Answer::YesNo(true))]),
        ("crowds_out", &[("crowds_out", Answer::YesNo(true))]),
        ("outgrown", &[("goals_fit", Answer::Scale(1))]),
        ("talk_failed", &[("talked_already", choice("no_change"))]),
        (
            "friend_unbilled",
            &[friend, ("friend_billing", Answer::YesNo(false))],
        ),
    ];
    assert_caps_hold("checkup", &q, &healthy_client(), &studio(), raise);
    for (id, tier) in [
        ("late_payer", "renegotiate"),
        ("haggles_invoices", "renegotiate"),
        ("distrusts_you", "renegotiate"),
        ("no_respect_for_time", "reset"),
    ] {
        assert_eq!(q.flag(id).unwrap().caps_at.as_deref(), Some(tier), "{id}");
    }
}

/// The page fetches one language of each questionnaire: that file must load cleanly, score
/// exactly as the whole one does, and say in every place what the whole one says in that
/// language.
#[test]
fn each_single_language_file_is_the_whole_one_in_that_language() {
    for whole in [screen(), intake(), checkup()] {
        let texts = |q: &Questionnaire, language: &str| {
            let mut all = Vec::new();
            q.visit_texts(&mut |at, text| {
                all.push((
                    at.to_owned(),
                    text.get(language, &q.default_language).to_owned(),
                ))
            });
            all
        };
        for language in LANGUAGES {
            let single = whole.in_language(language);
            let json = serde_json::to_string(&single).unwrap();
            let reloaded = load_clean(&format!("{} in {language}", whole.id), &json);
            assert_eq!(reloaded, single);
            assert_eq!(texts(&single, language), texts(&whole, language));
            let mut only_one = true;
            single.visit_texts(&mut |_, text| only_one &= text.0.len() == 1);
            assert!(only_one, "{} in {language} keeps other languages", whole.id);
            let profile = studio();
            // The last option of every choice question: the answers that raise most flags.
            let given: Answers = whole
                .questions()
                .filter_map(|(_, q)| Some((q.id.clone(), choice(&q.options.last()?.id))))
                .collect();
            assert_eq!(
                score(&single, &given, &profile),
                score(&whole, &given, &profile)
            );
        }
    }
}

#[test]
fn the_prospects_copies_load_cleanly_and_leave_every_consultant_text_out() {
    for (name, full) in [
        ("screen", screen()),
        ("intake", intake()),
        ("checkup", checkup()),
    ] {
        for language in LANGUAGES {
            let copy = full.for_prospect().in_language(language);
            let text = serde_json::to_string(&copy).unwrap();
            let loaded = load_clean(name, &text);
            assert!(loaded.prospect_copy);
            // Every text meant for the consultant only, in this language, is absent.
            let mut private: Vec<String> = Vec::new();
            let mut add = |t: &client_fit_core::text::Text| {
                private.push(t.get(language, &full.default_language).to_owned());
            };
            for flag in &full.flags {
                add(&flag.reason);
                add(&flag.advice);
                flag.letter_line.iter().for_each(&mut add);
            }
            for verdict in &full.verdicts {
                add(&verdict.next);
            }
            for letter in &full.letters {
                add(&letter.body);
            }
            for safeguard in &full.safeguards {
                add(&safeguard.detail);
            }
            for (_, question) in full.questions() {
                question.find_out.iter().for_each(&mut add);
            }
            if let Some(rules) = &full.first_impression {
                rules.find_out.iter().for_each(&mut add);
            }
            assert!(
                private.len() > 10,
                "{name}: {} private texts",
                private.len()
            );
            for words in private.iter().filter(|w| w.len() > 12) {
                let json = serde_json::to_string(words).unwrap();
                assert!(
                    !text.contains(json.trim_matches('"')),
                    "{name}.{language} carries {words:?}"
                );
            }
            // Smaller: the prospect downloads a good deal less.
            let whole = serde_json::to_string(&full.in_language(language)).unwrap();
            assert!(
                text.len() * 10 < whole.len() * 8,
                "{name}.{language}: {} of {}",
                text.len(),
                whole.len()
            );
        }
    }
}

//! The stories of `shared/domain.md` ("Stories the verdict must get right"), each played through
//! the engine with the built-in questionnaires exactly as the result page judges them: the
//! verdict tier, its key reasons, the first letter offered and the step the advice names. The
//! same stories run through the UI in `tests/e2e/stories.test.mjs`.
#![cfg(not(target_arch = "wasm32"))]

use client_fit_core::answers::{Answer, Answers};
use client_fit_core::builtin::BUILTIN;
use client_fit_core::load::load;
use client_fit_core::model::{Impression, Questionnaire};
use client_fit_core::profile::Profile;
use client_fit_core::scoring::{Outcome, Reason, Standing, assess};

fn builtin(id: &str) -> Questionnaire {
    let (_, json) = BUILTIN.iter().find(|(b, _)| *b == id).expect("built in");
    load(json).expect("loads").questionnaire
}

/// A small studio: 5,000 minimum, 30% deposit, 30 days to pay, replies within a day.
fn studio() -> Profile {
    serde_json::from_str(
        r#"{"name": "Ana Studio", "currency": "EUR", "min_budget": 5000, "deposit_percent": 30,
            "payment_days": 30, "min_weeks": 4, "max_weeks": 26, "reply_hours": 24,
            "weekly_hours": 15}"#,
    )
    .expect("parses")
}

fn choice(id: &str) -> Answer {
    Answer::Choice(id.to_owned())
}

fn yes(b: bool) -> Answer {
    Answer::YesNo(b)
}

/// Every shown question of `q` answered "I don't know yet", then `given` on top.
fn unknown_but(q: &Questionnaire, given: &[(&str, Answer)]) -> Answers {
    let mut answers: Answers = q
        .questions()
        .map(|(_, question)| (question.id.clone(), Answer::Unknown))
        .collect();
    answers.extend(given.iter().map(|(id, a)| ((*id).to_owned(), a.clone())));
    answers
}

fn with(base: Answers, given: &[(&str, Answer)]) -> Answers {
    let mut answers = base;
    answers.extend(given.iter().map(|(id, a)| ((*id).to_owned(), a.clone())));
    answers
}

/// A respectful prospect who pays on time, gives a clear scope and follows advice.
fn respectful() -> Answers {
    with(
        Answers::new(),
        &[
            ("temper", choice("calm")),
            ("belittling", choice("never")),
            ("argued_with_own_people", yes(false)),
            ("give_and_take", choice("meets_halfway")),
            ("tone", choice("goodwill")),
            ("reply_hours", Answer::Number(6.0)),
            ("urgency", choice("realistic")),
            ("respect_time", choice("respectful")),
            ("budget", Answer::Number(12_000.0)),
            ("deposit", Answer::Number(30.0)),
            ("payment_days", Answer::Number(30.0)),
            ("payment_history", choice("on_time")),
            ("haggling", choice("accepted")),
            ("competitor_quotes", choice("no")),
            ("scope_clarity", Answer::Scale(5)),
            ("work_vs_price", choice("matches")),
            ("signed_scope", yes(true)),
            ("changing_mind", choice("steady")),
            ("timeline", Answer::Number(10.0)),
            ("guilt", yes(false)),
            ("lied", choice("no")),
            ("distrust", choice("trusts")),
            ("takes_advice", choice("listened")),
            ("past_providers", Answer::Choices(vec!["fair".into()])),
            ("legal_risk", choice("none")),
            ("kind_of_work", choice("web")),
            ("industry", choice("retail")),
            ("weekly_hours", Answer::Number(10.0)),
            ("goals_fit", Answer::Scale(4)),
            ("friend", yes(false)),
        ],
    )
}

/// A long-standing client with nothing wrong.
fn fine_client() -> Answers {
    with(
        Answers::new(),
        &[
            ("days_to_pay", Answer::Number(25.0)),
            ("haggles", choice("pays_as_billed")),
            ("competitor_leverage", yes(false)),
            ("work_vs_price", Answer::Scale(4)),
            ("abuse", choice("never")),
            ("threats", choice("talks")),
            ("give_and_take", choice("meets_halfway")),
            ("respect_time", choice("respects")),
            ("guilt", yes(false)),
            ("angry_messages", choice("no")),
            ("scope_churn", choice("normal")),
            ("ignored_advice", yes(false)),
            ("finished_work", choice("satisfied")),
            ("complaint_scale", choice("the_fix")),
            ("complained_got_asked", yes(false)),
            ("responsiveness", Answer::Number(12.0)),
            ("demands", choice("reasonable")),
            ("distrust", choice("relies")),
            ("honesty", choice("no")),
            ("legal_risk", yes(false)),
            ("hidden_cost", Answer::Scale(4)),
            ("stress", yes(false)),
            ("crowds_out", yes(false)),
            ("goals_fit", Answer::Scale(4)),
            ("value", choice("key")),
            ("your_mistake", yes(false)),
            ("talked_already", choice("not_needed")),
            ("unraised", yes(false)),
            ("friend", yes(false)),
        ],
    )
}

/// What the result page shows first, judged as it judges: tier, reasons and letters.
struct Judged {
    q: Questionnaire,
    outcome: Outcome,
}

impl Judged {
    fn new(id: &str, answers: &Answers, impression: Impression) -> Self {
        let q = builtin(id);
        let outcome = assess(&q, answers, Some(impression), &studio());
        Judged { q, outcome }
    }

    fn tier(&self) -> Option<&str> {
        self.outcome.verdict.as_deref()
    }

    fn first_letter(&self) -> Option<&str> {
        let tier = self.q.verdict(self.tier()?)?;
        tier.letters.first().map(String::as_str)
    }

    fn letters(&self) -> Vec<&str> {
        (self.tier().and_then(|t| self.q.verdict(t)))
            .map(|t| t.letters.iter().map(String::as_str).collect())
            .unwrap_or_default()
    }

    fn reason_flags(&self) -> Vec<&str> {
        (self.outcome.reasons.iter())
            .filter_map(|r| match r {
                Reason::Sign { flag, .. } => Some(flag.as_str()),
                _ => None,
            })
            .collect()
    }

    fn has_safeguard(&self, id: &str) -> bool {
        self.outcome.safeguards.iter().any(|s| s == id)
    }

    fn advice(&self, flag: &str) -> String {
        self.q
            .flag(flag)
            .expect("flag")
            .advice
            .get("en", "en")
            .to_owned()
    }
}

#[test]
fn the_shop_owner_who_quarrelled_and_threatened_is_declined_whatever_the_money() {
    // Day one he argued with his own customer; later he threatened to sue. The money is good.
    let answers = with(
        respectful(),
        &[
            ("argued_with_own_people", yes(true)),
            ("give_and_take", choice("threatened")),
            ("budget", Answer::Number(30_000.0)),
        ],
    );
    let judged = Judged::new("screen", &answers, Impression::Bad);
    assert_eq!(judged.tier(), Some("walk_away"), "{:?}", judged.outcome);
    assert_eq!(
        judged.outcome.reasons[0],
        Reason::FirstImpression {
            backed: true,
            lowered: false
        }
    );
    assert_eq!(judged.reason_flags()[0], "argues_with_own_people");
    assert_eq!(judged.first_letter(), Some("decline"));
    // The score alone is no lower than "change the terms": the gut, backed, decides.
    assert_ne!(judged.outcome.by_score.as_deref(), Some("walk_away"));
}

#[test]
fn the_shop_owner_on_day_one_is_never_taken_on_new_terms() {
    let q = builtin("screen");
    let answers = unknown_but(
        &q,
        &[
            ("argued_with_own_people", yes(true)),
            ("give_and_take", choice("no_inch")),
        ],
    );
    let judged = Judged::new("screen", &answers, Impression::Bad);
    assert_eq!(judged.tier(), Some("walk_away"), "{:?}", judged.outcome);
    assert_eq!(judged.outcome.standing, Standing::Firm);
    assert_eq!(
        judged.outcome.reasons[0],
        Reason::FirstImpression {
            backed: true,
            lowered: false
        }
    );
    assert_eq!(judged.reason_flags()[0], "argues_with_own_people");
    assert_eq!(judged.first_letter(), Some("decline"));
    // Even with the gut left out, never "change the terms first": too little is known.
    let unjudged = assess(&q, &answers, Some(Impression::Unsure), &studio());
    assert_ne!(unjudged.verdict.as_deref(), Some("restructure"));
    assert_eq!(unjudged.standing, Standing::NotEnough);
}

#[test]
fn a_friend_wanting_a_friends_price_is_taken_with_safeguards() {
    let answers = with(
        respectful(),
        &[
            ("friend", yes(true)),
            ("friend_terms", choice("expects_favours")),
            ("friend_limits", yes(false)),
        ],
    );
    let judged = Judged::new("screen", &answers, Impression::Good);
    assert_eq!(judged.tier(), Some("safeguards"), "{:?}", judged.outcome);
    assert_eq!(judged.reason_flags()[0], "friend_expects_favours");
    assert_eq!(judged.first_letter(), Some("boundaries"));
    // Written terms, every hour billed, limits on your time.
    assert!(judged.has_safeguard("friends_limits"));
}

#[test]
fn a_respectful_prospect_who_pays_on_time_is_a_good_fit() {
    let judged = Judged::new("screen", &respectful(), Impression::Good);
    assert_eq!(judged.tier(), Some("strong_fit"), "{:?}", judged.outcome);
    assert_eq!(judged.outcome.standing, Standing::Firm);
    assert!(matches!(judged.outcome.reasons[0], Reason::Score { .. }));
    assert_eq!(judged.first_letter(), Some("welcome"));
}

#[test]
fn a_client_you_let_down_once_is_kept_and_made_right() {
    let answers = with(fine_client(), &[("your_mistake", yes(true))]);
    let judged = Judged::new("checkup", &answers, Impression::Unsure);
    assert_eq!(judged.tier(), Some("keep"), "{:?}", judged.outcome);
    assert_eq!(judged.reason_flags(), ["our_mistake"]);
    assert!(judged.has_safeguard("make_it_right"));
    assert!(judged.advice("our_mistake").contains("own cost"));
    assert_eq!(judged.first_letter(), Some("check_in"));
}

#[test]
fn a_slow_distrustful_prospect_who_will_not_sign_changes_the_terms_first() {
    let answers = with(
        respectful(),
        &[
            ("reply_hours", Answer::Number(96.0)),
            ("distrust", choice("suspicious")),
            ("urgency", choice("yesterday")),
            ("signed_scope", yes(false)),
        ],
    );
    let judged = Judged::new("screen", &answers, Impression::Unsure);
    assert_eq!(judged.tier(), Some("restructure"), "{:?}", judged.outcome);
    assert!(judged.reason_flags().contains(&"refuses_written_scope"));
    assert_eq!(
        judged.outcome.safeguards[0], "signed_scope",
        "put it in writing first"
    );
    assert_eq!(judged.first_letter(), Some("restructure"));
}

#[test]
fn a_client_who_pays_late_and_haggles_is_renegotiated() {
    let answers = with(
        fine_client(),
        &[
            ("days_to_pay", Answer::Number(75.0)),
            ("haggles", choice("haggles_every")),
            ("value", choice("solid")),
        ],
    );
    let judged = Judged::new("checkup", &answers, Impression::Unsure);
    assert_eq!(judged.tier(), Some("renegotiate"), "{:?}", judged.outcome);
    assert_eq!(judged.reason_flags(), ["late_payer", "haggles_invoices"]);
    assert!(
        judged.has_safeguard("deposit_terms"),
        "payment before each stage"
    );
    assert_eq!(judged.first_letter(), Some("restructure"));
}

#[test]
fn a_client_who_insults_you_and_lies_is_let_go_with_a_hand_off() {
    let answers = with(
        fine_client(),
        &[("abuse", choice("kept_on")), ("honesty", choice("kept_on"))],
    );
    let judged = Judged::new("checkup", &answers, Impression::Bad);
    assert_eq!(judged.tier(), Some("part_ways"), "{:?}", judged.outcome);
    assert!(judged.outcome.forced_by_deal_breaker);
    assert_eq!(judged.reason_flags(), ["verbal_abuse", "lies"]);
    assert_eq!(judged.letters(), ["parting", "handoff"]);
    // Once, and it stopped when told: a line to hold, not the end.
    let once = with(
        fine_client(),
        &[
            ("abuse", choice("once_stopped")),
            ("honesty", choice("once_owned")),
        ],
    );
    let judged = Judged::new("checkup", &once, Impression::Unsure);
    assert!(
        !judged.outcome.forced_by_deal_breaker,
        "{:?}",
        judged.outcome
    );
    assert_ne!(judged.tier(), Some("part_ways"));
    // Even with a bad feeling about them, one insult that stopped when named does not decide:
    // the feeling moves the verdict one tier, and says to find out.
    let stopped = with(fine_client(), &[("abuse", choice("once_stopped"))]);
    let judged = Judged::new("checkup", &stopped, Impression::Bad);
    assert_eq!(judged.outcome.impression_backed_by, None);
    assert_eq!(judged.tier(), Some("renegotiate"), "{:?}", judged.outcome);
}

#[test]
fn a_fine_client_with_one_unspoken_irritation_is_kept_with_a_talk_now() {
    let answers = with(fine_client(), &[("unraised", yes(true))]);
    let judged = Judged::new("checkup", &answers, Impression::Good);
    assert_eq!(judged.tier(), Some("keep"), "{:?}", judged.outcome);
    assert_eq!(judged.reason_flags(), ["unraised_irritation"]);
    assert!(
        judged
            .advice("unraised_irritation")
            .starts_with("Talk about it now")
    );
    assert!(judged.has_safeguard("raise_it_now"));
    assert_eq!(judged.first_letter(), Some("check_in"));
}

#[test]
fn a_key_client_with_one_angry_email_is_kept_with_a_calm_reply() {
    let answers = with(fine_client(), &[("angry_messages", choice("once"))]);
    let judged = Judged::new("checkup", &answers, Impression::Good);
    assert_eq!(judged.tier(), Some("keep"), "{:?}", judged.outcome);
    assert_eq!(judged.reason_flags(), ["angry_once"]);
    let advice = judged.advice("angry_once");
    assert!(
        advice.starts_with("Wait a day") && advice.contains("call"),
        "{advice}"
    );
    assert!(judged.has_safeguard("cool_down"));
}

#[test]
fn almost_every_answer_unknown_is_not_enough_to_judge() {
    for id in ["screen", "checkup", "intake"] {
        let q = builtin(id);
        let answers = unknown_but(&q, &[]);
        for impression in [Impression::Good, Impression::Unsure] {
            let judged = Judged::new(id, &answers, impression);
            assert_eq!(judged.tier(), None, "{id}: {:?}", judged.outcome);
            assert_eq!(judged.outcome.standing, Standing::NotEnough);
            assert!(matches!(
                judged.outcome.reasons[0],
                Reason::TooLittleKnown { .. }
            ));
            assert!(
                judged.outcome.unknowns.len() > 10,
                "the find-out list is full"
            );
        }
    }
    // One known answer among the unknowns is still not enough.
    let q = builtin("screen");
    let answers = unknown_but(&q, &[("payment_history", choice("on_time"))]);
    let judged = Judged::new("screen", &answers, Impression::Good);
    assert_eq!(judged.tier(), None);
}

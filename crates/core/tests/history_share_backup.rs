//! Saved assessments, share links and backups working together, and property tests of the share
//! link codec: decoding never panics, and encoding then decoding gives back the same answers.
#![cfg(not(target_arch = "wasm32"))]

use client_fit_core::answers::{Answer, Answers, Blink};
use client_fit_core::backup::{export, import};
use client_fit_core::history::{self, Assessment, compare, previous_of};
use client_fit_core::model::{Impression, Kind, Questionnaire};
use client_fit_core::profile::Profile;
use client_fit_core::share::{MAX_LINK_BYTES, ShareError, Shared, decode, encode};
use client_fit_core::work::Source;
use proptest::prelude::*;
use serde_json::{Value, json};

mod common;

/// Kinds of a typical 30-question screening (like the built-in one): mostly single choice, then
/// yes/no and numbers, a couple of scales, one multiple choice and one note.
const KINDS: [&str; 30] = [
    "single", "single", "yes_no", "single", "number", "single", "single", "number", "number",
    "number", "single", "single", "single", "scale", "single", "yes_no", "number", "yes_no",
    "single", "single", "single", "multi", "single", "single", "yes_no", "scale", "yes_no",
    "yes_no", "single", "text",
];

fn text(s: &str) -> Value {
    json!({ "en": s })
}

/// A 30-question questionnaire whose questions are `q0` to `q29`.
fn thirty() -> Questionnaire {
    let questions: Vec<Value> = KINDS
        .iter()
        .enumerate()
        .map(|(i, kind)| {
            let mut q = json!({"id": format!("q{i}"), "kind": kind, "text": text("?")});
            let options = |n: usize| -> Value {
                (0..n)
                    .map(|o| json!({"id": format!("option_{o}"), "label": text("o"), "points": {"d": o}}))
                    .collect()
            };
            match *kind {
                "single" => q["options"] = options(3 + i % 4),
                "multi" => q["options"] = options(6),
                "yes_no" => {
                    q["yes"] = json!({"points": {"d": 1}});
                    q["no"] = json!({"points": {"d": -1}});
                }
                "scale" => {
                    let steps: Vec<Value> = (0..5).map(|p| json!({"points": {"d": p}})).collect();
                    q["scale"] = json!({"low": text("l"), "high": text("h"), "steps": steps});
                }
                "number" if i % 2 == 0 => q["number"] = json!({"unit": "money", "min": 0}),
                "number" => q["number"] = json!({"unit": "count"}),
                _ => {}
            }
            q
        })
        .collect();
    serde_json::from_value(json!({
        "format": 1, "id": "thirty", "lens": "screen", "default_language": "en",
        "title": text("Thirty"),
        "dimensions": [{"id": "d", "label": text("D"), "weight": 1}],
        "sections": [
            {"id": "a", "title": text("A"), "questions": questions[..15]},
            {"id": "b", "title": text("B"), "questions": questions[15..]},
        ],
        "verdicts": [
            {"id": "good", "min": 50, "max": 100, "label": text("Good"), "next": text("Go"), "leaning": "good"},
            {"id": "bad", "min": 0, "max": 50, "label": text("Bad"), "next": text("No"), "leaning": "bad"},
        ],
    }))
    .expect("the test questionnaire reads")
}

fn open(q: &Questionnaire, link: &str) -> Result<Shared, ShareError> {
    decode(link, |id| (id == q.id).then_some(q))
}

/// Every question answered the way a consultant typically would: one option, round money.
fn typical(q: &Questionnaire) -> Shared {
    let answers = q
        .questions()
        .map(|(_, question)| {
            let answer = match question.kind {
                Kind::Single => Answer::Choice(question.options[1].id.clone()),
                Kind::Multi => Answer::Choices(vec!["option_4".into(), "option_1".into()]),
                Kind::YesNo => Answer::YesNo(true),
                Kind::Scale => Answer::Scale(4),
                Kind::Number => Answer::Number(12_500.0),
                Kind::Text => Answer::Text("Met at the trade fair; wants a shop by May.".into()),
            };
            (question.id.clone(), answer)
        })
        .collect();
    Shared {
        questionnaire: q.id.clone(),
        client: "Acme Retail ApS".into(),
        blink: Some(Blink {
            impression: Impression::Good,
            why: "Clear brief".into(),
        }),
        answers,
    }
}

#[test]
fn a_typical_30_question_link_is_short() {
    let q = thirty();
    let shared = typical(&q);
    let link = encode(&q, &shared).unwrap();
    // Measured: 175 characters for this fragment, `cf1.thirty.` and a 123-byte payload of which
    // 9 are length, fingerprint and checksum, 29 the client name and first impression, 44 the
    // note and 41 the 29 other answers. Without the note, 117 characters; the built-in `screen`
    // questionnaire answered on 29 questions gives 98. With the page address in front, links of
    // 120 to 220 characters: fine in any chat or e-mail.
    assert!(link.len() <= 180, "{} characters: {link}", link.len());
    let mut without_note = shared.clone();
    without_note.answers.remove("q29");
    let short = encode(&q, &without_note).unwrap();
    assert!(short.len() <= 120, "{} characters: {short}", short.len());
    assert_eq!(open(&q, &link), Ok(shared));
}

#[test]
fn a_shared_assessment_opens_scores_the_same_and_can_be_saved_and_backed_up() {
    let q = common::minimal();
    let profile = Profile {
        min_budget: Some(5000.0),
        ..Profile::default()
    };
    let mut before = Assessment::from_session(
        "1".into(),
        &client_fit_core::session::Session::new(&q, "Acme"),
        10.0,
    );
    before.work.answers = [
        ("budget", Answer::Number(2000.0)),
        ("threatened", Answer::YesNo(false)),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    before.work.notes = "private".into();
    let mut saved = vec![before.clone()];

    // The prospect's intake arrives as a link; it becomes a new assessment of the same client.
    let mut theirs = Shared::from(&before.work);
    theirs
        .answers
        .insert("budget".into(), Answer::Number(8000.0));
    let link = encode(&q, &theirs).unwrap();
    let opened = open(&q, &format!("https://example.com/#{link}")).unwrap();
    assert_eq!(opened, theirs);
    let id = history::unique_id(&saved, 10.0);
    let mut after = opened.into_assessment(id, 20.0, Source::Prospect);
    after.work.previous =
        previous_of(&saved, &after.work.client, &q.id, after.created_ms).map(|a| a.id.clone());
    assert_eq!(after.work.previous.as_deref(), Some("1"));
    assert!(history::put(&mut saved, after.clone()));

    let comparison = compare(&q, &profile, &before, &after);
    assert_eq!(comparison.flags_cleared[0].flag, "low_budget");
    assert!(comparison.overall_delta().unwrap() > 0.0);

    let restored = import(&export(&profile, &saved, &[], 30.0), &[]).unwrap();
    assert_eq!(restored.history, saved);
    assert_eq!(restored.history[0].work.notes, "private");
}

/// A valid answer for the question from random material, or `None` to leave it unanswered.
fn answer_for(
    question: &client_fit_core::model::Question,
    pick: u8,
    picks: &[u8],
    number: f64,
    note: &str,
) -> Option<Answer> {
    let options = question.options.len();
    let answer = match (pick % 4, question.kind) {
        (0, _) => return None,
        (1, _) => Answer::Unknown,
        (_, Kind::Single) => {
            Answer::Choice(question.options[usize::from(pick) % options].id.clone())
        }
        (_, Kind::Multi) => {
            let mut ids: Vec<String> = Vec::new();
            for p in picks {
                let id = &question.options[usize::from(*p) % options].id;
                if !ids.contains(id) {
                    ids.push(id.clone());
                }
            }
            Answer::Choices(ids)
        }
        (_, Kind::YesNo) => Answer::YesNo(pick.is_multiple_of(2)),
        (_, Kind::Scale) => Answer::Scale(1 + pick % 5),
        (_, Kind::Number) => {
            let bounded = question.number.as_ref().is_some_and(|n| n.min.is_some());
            Answer::Number(if bounded { number.abs() } else { number })
        }
        (_, Kind::Text) if note.trim().is_empty() => Answer::Text(format!("x{note}")),
        (_, Kind::Text) => Answer::Text(note.to_owned()),
    };
    Some(answer)
}

fn finite() -> impl Strategy<Value = f64> {
    prop_oneof![
        (-1_000_000i64..1_000_000).prop_map(|n| n as f64),
        (-100_000i64..100_000).prop_map(|n| n as f64 / 100.0),
        any::<f64>().prop_filter("finite", |n| n.is_finite()),
    ]
}

proptest! {
    #[test]
    fn decode_never_panics_on_any_text(input in any::<String>()) {
        let q = thirty();
        let _ = open(&q, &input);
    }

    #[test]
    fn decode_never_panics_on_link_shaped_text(
        version in "[0-9]{1,3}",
        payload in "[A-Za-z0-9_-]{0,300}",
    ) {
        let q = thirty();
        let _ = open(&q, &format!("cf{version}.thirty.{payload}"));
    }

    #[test]
    fn any_damage_to_a_real_link_is_reported_not_misread(
        picks in prop::collection::vec(any::<u8>(), 30),
        at in any::<prop::sample::Index>(),
        to in "[A-Za-z0-9_-]",
    ) {
        let q = thirty();
        let mut shared = typical(&q);
        for ((_, question), pick) in q.questions().zip(&picks) {
            if pick.is_multiple_of(3) {
                shared.answers.remove(&question.id);
            }
        }
        let link = encode(&q, &shared).unwrap();
        let start = "cf1.thirty.".len();
        let at = start + at.index(link.len() - start);
        let mut damaged = link.clone();
        damaged.replace_range(at..at + 1, &to);
        let result = open(&q, &damaged);
        if damaged == link {
            prop_assert_eq!(result, Ok(shared));
        } else {
            prop_assert!(result.is_err(), "{damaged} read as {result:?}");
        }
    }

    #[test]
    fn encode_then_decode_is_the_identity(
        picks in prop::collection::vec((any::<u8>(), prop::collection::vec(any::<u8>(), 0..8), finite()), 30),
        notes in "\\PC{0,40}",
        client in "\\PC{0,40}",
        blink in prop::option::of((0u8..3, "\\PC{0,20}")),
    ) {
        let q = thirty();
        let mut answers = Answers::new();
        for ((_, question), (pick, multi, number)) in q.questions().zip(&picks) {
            if let Some(answer) = answer_for(question, *pick, multi, *number, &notes) {
                prop_assert!(answer == Answer::Unknown || answer.fits(question), "{answer:?}");
                answers.insert(question.id.clone(), answer);
            }
        }
        let shared = Shared {
            questionnaire: q.id.clone(),
            client,
            blink: blink.map(|(i, why)| Blink {
                impression: [Impression::Good, Impression::Unsure, Impression::Bad][usize::from(i)],
                why,
            }),
            answers,
        };
        let link = encode(&q, &shared).unwrap();
        prop_assert!(link.len() <= MAX_LINK_BYTES);
        let back = open(&q, &link).unwrap();
        // Numbers come back bit for bit, so -0.0 stays -0.0.
        for (id, answer) in &shared.answers {
            if let (Answer::Number(a), Some(Answer::Number(b))) = (answer, back.answers.get(id)) {
                prop_assert_eq!(a.to_bits(), b.to_bits());
            }
        }
        prop_assert_eq!(back, shared);
    }
}

#[test]
fn a_hand_over_file_imports_as_the_prospects_intake_with_no_profile() {
    let q = common::minimal();
    let mut session = client_fit_core::session::Session::new(&q, "Eve Prospect");
    session
        .work
        .answers
        .insert("respect".into(), client_fit_core::answers::Answer::Scale(2));
    let assessment = client_fit_core::history::Assessment::from_session("p1".into(), &session, 5.0);
    let file = client_fit_core::backup::export_handover(
        &assessment,
        Some(&serde_json::from_str(common::MINIMAL).unwrap()),
        6.0,
    );
    let value: Value = serde_json::from_str(&file).unwrap();
    assert!(value.get("profile").is_none(), "no profile in a hand-over");
    let carried = &value["questionnaires"][0]["id"];
    assert_eq!(
        carried,
        &json!("minimal"),
        "a custom questionnaire travels with it"
    );
    let imported = client_fit_core::backup::import(&file, &[]).unwrap();
    assert_eq!(imported.added, 1);
    assert_eq!(imported.profile, None);
    let theirs = &imported.history[0];
    assert_eq!(theirs.work.client, "Eve Prospect");
    assert_eq!(theirs.work.source, client_fit_core::work::Source::Prospect);
    assert_eq!(theirs.work.answers, session.work.answers);
}

#[test]
fn a_code_is_found_in_a_pasted_email_or_address_and_nowhere_else() {
    use client_fit_core::share::find_code;
    let email = "Hi,\r\nmy answers:\n  Budget\n  5,000\n\nTo open these answers, paste:\ncf1.intake.AbC-_9\n";
    assert_eq!(find_code(email), Some("cf1.intake.AbC-_9"));
    assert_eq!(
        find_code("https://fit.example/#cf1.screen.XYZ"),
        Some("cf1.screen.XYZ")
    );
    assert_eq!(find_code("cf1.intake.AAAA"), Some("cf1.intake.AAAA"));
    assert_eq!(find_code("see cfx.intake and scf1.a.b or cf.1"), None);
    assert_eq!(find_code(""), None);
    assert_eq!(find_code("cf"), None);
}

#[test]
fn the_prospects_own_intake_is_found_for_the_same_client() {
    let q = common::minimal();
    let at = |id: &str, client: &str, ms: f64, source: Source| {
        let mut a = Assessment::new(id, &q.id, client, ms);
        a.work.source = source;
        a
    };
    let history = vec![
        at("1", "Eve", 1.0, Source::Prospect),
        at("2", "eve ", 3.0, Source::Prospect),
        at("3", "Eve", 4.0, Source::Consultant),
        at("4", "Adam", 5.0, Source::Prospect),
    ];
    assert_eq!(
        history::prospect_intake_of(&history, "EVE").map(|a| a.id.as_str()),
        Some("2")
    );
    assert!(history::prospect_intake_of(&history, "Zoe").is_none());
    assert!(history::prospect_intake_of(&history, "").is_none());
}

#[test]
fn a_carried_questionnaire_that_is_broken_or_claims_a_built_in_id_is_not_taken() {
    let mut builtin_id: Value = serde_json::from_str(common::MINIMAL).unwrap();
    builtin_id["id"] = json!("intake");
    let file = json!({
        "client_fit_backup": 1,
        "history": [],
        "questionnaires": [{"format": 1, "id": "cut"}, builtin_id, serde_json::from_str::<Value>(common::MINIMAL).unwrap()]
    });
    let imported = import(&file.to_string(), &[]).unwrap();
    let ids: Vec<&str> = imported
        .questionnaires
        .iter()
        .map(|c| c.questionnaire.id.as_str())
        .collect();
    assert_eq!(ids, ["minimal"]);
    assert_eq!(imported.refused.len(), 1);
    assert_eq!(imported.refused[0].index, 0);
    assert!(matches!(
        imported.refused[0].reason,
        client_fit_core::backup::Refusal::Questionnaire(_)
    ));
}

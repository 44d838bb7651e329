//! The editor's changes to the questionnaire-wide parts of an own questionnaire: dimensions and
//! weights, verdict tiers and thresholds, safeguards, letters, the first-impression and
//! confidence rules; deletes that clean every reference, undo, typing as one step, problems
//! placed beside these parts, and any sequence of them keeping a valid questionnaire valid.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use client_fit_core::draft::rules::RulesChange as R;
use client_fit_core::draft::{Change, Draft, Part, problems, rename, usable};
use client_fit_core::edit::{EditError, IdKind};
use client_fit_core::lint::{Level, ProblemKind};
use client_fit_core::model::{
    Effect, FlagDef, Impression, Lens, Questionnaire, Severity, VerdictBand,
};
use client_fit_core::own::blank;
use client_fit_core::text::Text;

use common::{WORDS, errors};

fn en(words: &str) -> Text {
    Text([("en".to_owned(), words.to_owned())].into_iter().collect())
}

/// A blank questionnaire with a warning sign ("no-give", raised by "no" and capping at
/// "bad", recommending a safeguard "in-writing"), a letter "decline" offered by "bad",
/// and a second dimension "money" that the question also scores.
fn richer() -> Questionnaire {
    let mut q = blank("mine", "en", Lens::Screen, &WORDS);
    q.dimensions.push(client_fit_core::model::Dimension {
        id: "money".into(),
        label: en("Money"),
        weight: 2.0,
    });
    let question = &mut q.sections[0].questions[0];
    question
        .yes
        .as_mut()
        .unwrap()
        .points
        .insert("money".into(), 1.0);
    let no: &mut Effect = question.no.as_mut().unwrap();
    no.points.insert("money".into(), -1.0);
    no.flags.push("no-give".into());
    q.flags.push(FlagDef {
        id: "no-give".into(),
        severity: Severity::Serious,
        title: en("Will not give an inch"),
        reason: en("They made no concession on anything."),
        advice: en("Ask for one concession before you agree."),
        safeguards: vec!["in-writing".into()],
        letter_line: None,
        caps_at: Some("bad".into()),
    });
    q.safeguards.push(client_fit_core::model::Safeguard {
        id: "in-writing".into(),
        title: en("Put it in writing"),
        detail: en("A signed list of the tasks and dates."),
    });
    q.letters.push(client_fit_core::model::Letter {
        id: "decline".into(),
        title: en("A polite no"),
        body: en("Dear {client}, thank you, but I cannot take this on."),
    });
    q.verdicts[1].letters.push("decline".into());
    assert!(usable(&q), "{:?}", problems(&q));
    q
}

fn draft() -> Draft {
    Draft::new(richer())
}

fn change(draft: &Draft, rules: R) -> Draft {
    draft
        .change(&Change::Rules(rules))
        .unwrap()
        .expect("it changes something")
}

fn tier<'a>(q: &'a Questionnaire, id: &str) -> &'a VerdictBand {
    q.verdict(id).unwrap()
}

#[test]
fn dimensions_are_added_labelled_weighed_renamed_and_deleted_with_their_points() {
    let d = change(
        &draft(),
        R::AddDimension {
            label: "Respect".into(),
        },
    );
    let added = d.questionnaire.dimension("dimension-1").unwrap();
    assert_eq!(
        (added.label.get("en", "en"), added.weight),
        ("Respect", 1.0)
    );
    assert!(usable(&d.questionnaire), "{:?}", problems(&d.questionnaire));
    let d = change(
        &d,
        R::DimensionWeight {
            id: "money".into(),
            weight: 3.5,
        },
    );
    let d = change(
        &d,
        R::DimensionLabel {
            id: "money".into(),
            text: "Payment".into(),
        },
    );
    let money = d.questionnaire.dimension("money").unwrap();
    assert_eq!(
        (money.label.get("en", "en"), money.weight),
        ("Payment", 3.5)
    );

    // A rename takes every answer's points along.
    let d = d
        .change(&rename(IdKind::Dimension, "money", " cash "))
        .unwrap()
        .unwrap();
    let yes = d.questionnaire.sections[0].questions[0]
        .yes
        .clone()
        .unwrap();
    assert_eq!(yes.points.get("cash"), Some(&1.0));
    assert!(!yes.points.contains_key("money"));

    // Deleting it takes its points out of every answer; the questionnaire stays usable.
    let d = change(&d, R::DeleteDimension { id: "cash".into() });
    assert!(d.questionnaire.dimension("cash").is_none());
    let question = &d.questionnaire.sections[0].questions[0];
    for effect in [&question.yes, &question.no] {
        assert!(!effect.as_ref().unwrap().points.contains_key("cash"));
    }
    assert!(usable(&d.questionnaire), "{:?}", problems(&d.questionnaire));

    // The last dimension that scores cannot go: refused, nothing changed.
    let d = change(
        &d,
        R::DeleteDimension {
            id: "dimension-1".into(),
        },
    );
    let refused = d.change(&Change::Rules(R::DeleteDimension { id: "fit".into() }));
    assert!(matches!(refused, Err(EditError::Breaks(_))), "{refused:?}");
    assert!(matches!(
        d.change(&Change::Rules(R::DeleteDimension {
            id: "nowhere".into()
        })),
        Err(EditError::NotFound(_))
    ));
}

#[test]
fn a_weight_out_of_range_is_taken_and_shown_beside_its_dimension() {
    let d = change(
        &draft(),
        R::DimensionWeight {
            id: "money".into(),
            weight: 40.0,
        },
    );
    let found = problems(&d.questionnaire);
    assert!(
        found
            .iter()
            .any(|(part, p)| *part == Part::Dimension("money".into())
                && p.kind == ProblemKind::WeightOutOfRange
                && p.level == Level::Error),
        "{found:?}"
    );
}

#[test]
fn a_tier_is_added_by_splitting_the_widest_and_deleted_into_its_neighbour() {
    let d = change(
        &draft(),
        R::AddTier {
            label: "Take it, with safeguards".into(),
            next: "Put it in writing first.".into(),
        },
    );
    let q = &d.questionnaire;
    // Both tiers were 50 wide: the first of them ("good", 50..100) gives up its upper half.
    assert_eq!((tier(q, "good").min, tier(q, "good").max), (50.0, 75.0));
    let new = tier(q, "tier-1");
    assert_eq!(
        (new.min, new.max, new.leaning),
        (75.0, 100.0, Impression::Good)
    );
    assert_eq!(new.label.get("en", "en"), "Take it, with safeguards");
    assert!(usable(q), "{:?}", problems(q));

    // "bad" (0..50) goes: "good", just above, takes over its scores; the flag that capped at
    // "bad" now caps at "good", and so does a backed first impression.
    let d = change(&d, R::FirstImpression(true));
    let d = change(&d, R::WhenBacked(Some("bad".into())));
    let d = change(&d, R::DeleteTier { id: "bad".into() });
    let q = &d.questionnaire;
    assert!(q.verdict("bad").is_none());
    assert_eq!((tier(q, "good").min, tier(q, "good").max), (0.0, 75.0));
    assert_eq!(q.flags[0].caps_at.as_deref(), Some("good"));
    assert_eq!(
        q.first_impression.as_ref().unwrap().when_backed.as_deref(),
        Some("good")
    );
    assert!(usable(q), "{:?}", problems(q));

    // The tier below takes over when there is one.
    let d = change(
        &d,
        R::DeleteTier {
            id: "tier-1".into(),
        },
    );
    assert_eq!(tier(&d.questionnaire, "good").max, 100.0);
    // The last tier cannot go.
    let refused = d.change(&Change::Rules(R::DeleteTier { id: "good".into() }));
    assert!(matches!(refused, Err(EditError::Breaks(_))), "{refused:?}");
}

#[test]
fn thresholds_are_taken_as_typed_and_a_gap_shows_beside_the_tiers() {
    let d = change(
        &draft(),
        R::TierMin {
            id: "good".into(),
            min: 60.0,
        },
    );
    assert_eq!(tier(&d.questionnaire, "good").min, 60.0);
    let found = problems(&d.questionnaire);
    let gap = found
        .iter()
        .find(|(_, p)| p.kind == ProblemKind::VerdictGap)
        .unwrap();
    assert_eq!(gap.0, Part::Tiers, "{found:?}");
    assert!(!usable(&d.questionnaire));
    // Closing the gap from the other side fixes it.
    let d = change(
        &d,
        R::TierMax {
            id: "bad".into(),
            max: 60.0,
        },
    );
    assert!(usable(&d.questionnaire), "{:?}", problems(&d.questionnaire));
    // A tier with nothing in it is placed at that tier.
    let d = change(
        &d,
        R::TierMax {
            id: "good".into(),
            max: 55.0,
        },
    );
    let found = problems(&d.questionnaire);
    assert!(
        found
            .iter()
            .any(|(part, p)| *part == Part::Tier("good".into())
                && p.kind == ProblemKind::VerdictUnreachable),
        "{found:?}"
    );
}

#[test]
fn a_tier_s_words_leaning_and_letters_change() {
    let d = change(
        &draft(),
        R::TierLabel {
            id: "good".into(),
            text: "Strong fit".into(),
        },
    );
    let d = change(
        &d,
        R::TierNext {
            id: "good".into(),
            text: "Send the welcome.".into(),
        },
    );
    let d = change(
        &d,
        R::TierLeaning {
            id: "good".into(),
            leaning: Impression::Unsure,
        },
    );
    let d = change(
        &d,
        R::TierLetter {
            id: "good".into(),
            letter: "decline".into(),
            offered: true,
        },
    );
    let good = tier(&d.questionnaire, "good");
    assert_eq!(good.label.get("en", "en"), "Strong fit");
    assert_eq!(good.next.get("en", "en"), "Send the welcome.");
    assert_eq!(good.leaning, Impression::Unsure);
    assert_eq!(good.letters, ["decline"]);
    let d = change(
        &d,
        R::TierLetter {
            id: "good".into(),
            letter: "decline".into(),
            offered: false,
        },
    );
    assert!(tier(&d.questionnaire, "good").letters.is_empty());
    // A letter that is not there cannot be offered.
    assert!(matches!(
        d.change(&Change::Rules(R::TierLetter {
            id: "good".into(),
            letter: "nowhere".into(),
            offered: true,
        })),
        Err(EditError::NotFound(_))
    ));
    // An empty label is an error at its tier.
    let d = change(
        &d,
        R::TierLabel {
            id: "good".into(),
            text: " ".into(),
        },
    );
    let found = problems(&d.questionnaire);
    assert!(
        found
            .iter()
            .any(|(part, p)| *part == Part::Tier("good".into())
                && p.kind == ProblemKind::MissingTranslation
                && p.level == Level::Error),
        "{found:?}"
    );
}

#[test]
fn typing_a_label_or_a_threshold_is_one_step_of_undo() {
    let start = draft();
    let mut d = start.clone();
    for text in ["S", "St", "Strong"] {
        d = change(
            &d,
            R::TierLabel {
                id: "good".into(),
                text: text.into(),
            },
        );
    }
    for min in [5.0, 55.0] {
        d = change(
            &d,
            R::TierMin {
                id: "good".into(),
                min,
            },
        );
    }
    let back = d.undo().unwrap();
    assert_eq!(tier(&back.questionnaire, "good").min, 50.0);
    assert_eq!(
        tier(&back.questionnaire, "good").label.get("en", "en"),
        "Strong"
    );
    let back = back.undo().unwrap();
    assert_eq!(back.questionnaire, start.questionnaire);
    assert!(!back.can_undo());
    assert_eq!(
        back.redo().unwrap().redo().unwrap().questionnaire,
        d.questionnaire
    );
}

#[test]
fn safeguards_and_letters_are_added_changed_and_deleted_with_their_references() {
    let d = change(
        &draft(),
        R::AddSafeguard {
            title: "Bill every hour".into(),
            detail: "Friends too.".into(),
        },
    );
    let d = change(
        &d,
        R::SafeguardTitle {
            id: "safeguard-1".into(),
            text: "Bill all work".into(),
        },
    );
    let d = change(
        &d,
        R::SafeguardDetail {
            id: "safeguard-1".into(),
            text: "Friends are clients too.".into(),
        },
    );
    let s = d.questionnaire.safeguard("safeguard-1").unwrap();
    assert_eq!(s.title.get("en", "en"), "Bill all work");
    assert_eq!(s.detail.get("en", "en"), "Friends are clients too.");
    // Nothing recommends it yet: a warning beside it, not an error.
    let found = problems(&d.questionnaire);
    assert!(
        found
            .iter()
            .any(|(part, p)| *part == Part::Safeguard("safeguard-1".into())
                && p.kind == ProblemKind::UnusedSafeguard
                && p.level == Level::Warning),
        "{found:?}"
    );
    // Deleting the one a flag recommends takes it off the flag.
    let d = change(
        &d,
        R::DeleteSafeguard {
            id: "in-writing".into(),
        },
    );
    assert!(d.questionnaire.flags[0].safeguards.is_empty());
    assert!(usable(&d.questionnaire), "{:?}", problems(&d.questionnaire));

    let d = change(
        &d,
        R::AddLetter {
            title: "Welcome".into(),
            body: "Dear {client}, welcome.".into(),
        },
    );
    let d = change(
        &d,
        R::LetterBody {
            id: "letter-1".into(),
            text: "Dear {client},\n\nwelcome aboard.".into(),
        },
    );
    let d = change(
        &d,
        R::LetterTitle {
            id: "letter-1".into(),
            text: "A warm welcome".into(),
        },
    );
    let l = d.questionnaire.letter("letter-1").unwrap();
    assert_eq!(l.title.get("en", "en"), "A warm welcome");
    assert_eq!(l.body.get("en", "en"), "Dear {client},\n\nwelcome aboard.");
    // Deleting the letter a tier offers takes it off the tier.
    let d = change(
        &d,
        R::DeleteLetter {
            id: "decline".into(),
        },
    );
    assert!(tier(&d.questionnaire, "bad").letters.is_empty());
    assert!(usable(&d.questionnaire), "{:?}", problems(&d.questionnaire));
    // Renames follow too.
    let d = d
        .change(&rename(IdKind::Letter, "letter-1", "welcome"))
        .unwrap()
        .unwrap();
    let d = change(
        &d,
        R::TierLetter {
            id: "good".into(),
            letter: "welcome".into(),
            offered: true,
        },
    );
    let d = d
        .change(&rename(IdKind::Letter, "welcome", "hello"))
        .unwrap()
        .unwrap();
    assert_eq!(tier(&d.questionnaire, "good").letters, ["hello"]);
    // Undo brings the deleted letter back with its tier's offer.
    let mut back = d;
    while let Some(earlier) = back.undo() {
        back = earlier;
    }
    assert_eq!(back.questionnaire, richer());
}

#[test]
fn first_impression_rules_are_switched_on_with_defaults_edited_and_off() {
    let d = change(&draft(), R::FirstImpression(true));
    let rules = d.questionnaire.first_impression.clone().unwrap();
    assert_eq!(rules, Default::default());
    let d = change(
        &d,
        R::BackedBy {
            flag: "no-give".into(),
            backing: true,
        },
    );
    let d = change(&d, R::WhenBacked(Some("bad".into())));
    let d = change(&d, R::UnbackedDrop(0));
    let d = change(&d, R::FindOut("Name what you saw.".into()));
    let rules = d.questionnaire.first_impression.clone().unwrap();
    assert_eq!(rules.backed_by, ["no-give"]);
    assert_eq!(rules.when_backed.as_deref(), Some("bad"));
    assert_eq!(rules.unbacked_drop, 0);
    assert_eq!(
        rules.find_out.unwrap().get("en", "en"),
        "Name what you saw."
    );
    assert!(usable(&d.questionnaire), "{:?}", problems(&d.questionnaire));
    // Emptied, "find out" is none.
    let d = change(&d, R::FindOut(String::new()));
    assert!(
        d.questionnaire
            .first_impression
            .as_ref()
            .unwrap()
            .find_out
            .is_none()
    );
    // Renaming the flag follows into `backed_by`; names that are not there are refused.
    let d = d
        .change(&rename(IdKind::Flag, "no-give", "stubborn"))
        .unwrap()
        .unwrap();
    assert_eq!(
        d.questionnaire.first_impression.as_ref().unwrap().backed_by,
        ["stubborn"]
    );
    for wrong in [
        R::BackedBy {
            flag: "nowhere".into(),
            backing: true,
        },
        R::WhenBacked(Some("nowhere".into())),
    ] {
        assert!(matches!(
            d.change(&Change::Rules(wrong)),
            Err(EditError::NotFound(_))
        ));
    }
    let off = change(&d, R::FirstImpression(false));
    assert!(off.questionnaire.first_impression.is_none());
    // With the rules off there is nothing to edit.
    assert!(matches!(
        off.change(&Change::Rules(R::UnbackedDrop(1))),
        Err(EditError::NotFound(_))
    ));
    // Switching on what is on keeps it as it is.
    assert!(
        d.change(&Change::Rules(R::FirstImpression(true)))
            .unwrap()
            .is_none()
    );
    // Too big a drop is refused: a feeling alone may move the verdict one tier at most.
    let refused = d.change(&Change::Rules(R::UnbackedDrop(3)));
    assert!(matches!(refused, Err(EditError::Breaks(_))), "{refused:?}");
    // A problem of the rules is placed beside them: `when_backed` without `backed_by`.
    let d = change(
        &d,
        R::BackedBy {
            flag: "stubborn".into(),
            backing: false,
        },
    );
    let found = problems(&d.questionnaire);
    assert!(
        found
            .iter()
            .any(|(part, p)| *part == Part::FirstImpression && p.level == Level::Warning),
        "{found:?}"
    );
}

#[test]
fn confidence_rules_are_switched_on_edited_and_checked_beside_them() {
    let d = change(&draft(), R::Confidence(true));
    let rules = d.questionnaire.confidence.clone().unwrap();
    assert_eq!((rules.judge_at, rules.firm_at), (0.5, 0.75));
    let d = change(&d, R::JudgeAt(0.4));
    let d = change(&d, R::FirmAt(0.8));
    let rules = d.questionnaire.confidence.clone().unwrap();
    assert_eq!((rules.judge_at, rules.firm_at), (0.4, 0.8));
    assert!(usable(&d.questionnaire));
    let d = change(&d, R::JudgeAt(0.9));
    let found = problems(&d.questionnaire);
    assert!(
        found
            .iter()
            .any(|(part, p)| *part == Part::Confidence && p.kind == ProblemKind::RuleOutOfRange),
        "{found:?}"
    );
    let d = change(&d, R::Confidence(false));
    assert!(d.questionnaire.confidence.is_none());
    assert!(usable(&d.questionnaire));
}

#[test]
fn empty_texts_of_these_parts_are_errors_at_their_parts() {
    let mut d = draft();
    for rules in [
        R::DimensionLabel {
            id: "money".into(),
            text: String::new(),
        },
        R::SafeguardDetail {
            id: "in-writing".into(),
            text: String::new(),
        },
        R::LetterBody {
            id: "decline".into(),
            text: String::new(),
        },
    ] {
        d = change(&d, rules);
    }
    let found = problems(&d.questionnaire);
    for part in [
        Part::Dimension("money".into()),
        Part::Safeguard("in-writing".into()),
        Part::Letter("decline".into()),
    ] {
        assert!(
            found
                .iter()
                .any(|(at, p)| *at == part && p.level == Level::Error),
            "{part:?}: {found:?}"
        );
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// One change of the kinds this module adds, picked among the questionnaire's parts.
    fn pick(q: &Questionnaire, which: u8, a: usize, n: f64, words: &str) -> Change {
        let of = |ids: Vec<String>| ids.get(a % ids.len().max(1)).cloned().unwrap_or_default();
        let dimension = of(q.dimensions.iter().map(|d| d.id.clone()).collect());
        let tier = of(q.verdicts.iter().map(|v| v.id.clone()).collect());
        let safeguard = of(q.safeguards.iter().map(|s| s.id.clone()).collect());
        let letter = of(q.letters.iter().map(|l| l.id.clone()).collect());
        let flag = of(q.flags.iter().map(|f| f.id.clone()).collect());
        let text = words.to_owned();
        let leanings = [Impression::Good, Impression::Unsure, Impression::Bad];
        let rules = match which % 33 {
            0 => R::AddDimension { label: text },
            1 => R::DeleteDimension { id: dimension },
            2 => R::DimensionLabel {
                id: dimension,
                text,
            },
            3 => R::DimensionWeight {
                id: dimension,
                weight: n / 10.0,
            },
            4 => R::AddTier {
                label: text.clone(),
                next: text,
            },
            5 => R::DeleteTier { id: tier },
            6 => R::TierLabel { id: tier, text },
            7 => R::TierNext { id: tier, text },
            8 => R::TierMin { id: tier, min: n },
            9 => R::TierMax { id: tier, max: n },
            10 => R::TierLeaning {
                id: tier,
                leaning: leanings[a % 3],
            },
            11 => R::TierLetter {
                id: tier,
                letter,
                offered: a.is_multiple_of(2),
            },
            12 => R::FirstImpression(a.is_multiple_of(2)),
            13 => R::BackedBy {
                flag,
                backing: a.is_multiple_of(2),
            },
            14 => R::WhenBacked((a.is_multiple_of(2)).then_some(tier)),
            15 => R::UnbackedDrop((a % 3) as u8),
            16 => R::FindOut(text),
            17 => R::Confidence(a.is_multiple_of(2)),
            18 => R::JudgeAt(n / 100.0),
            19 => R::FirmAt(n / 100.0),
            20 => R::AddSafeguard {
                title: text.clone(),
                detail: text,
            },
            21 => R::DeleteSafeguard { id: safeguard },
            22 => R::SafeguardTitle {
                id: safeguard,
                text,
            },
            23 => R::SafeguardDetail {
                id: safeguard,
                text,
            },
            24 => R::AddLetter {
                title: text.clone(),
                body: text,
            },
            25 => R::DeleteLetter { id: letter },
            26 => R::LetterTitle { id: letter, text },
            27 => R::LetterBody { id: letter, text },
            28 => return rename(IdKind::Dimension, &dimension, &format!("d{a}")),
            29 => return rename(IdKind::Verdict, &tier, &format!("t{a}")),
            30 => return rename(IdKind::Safeguard, &safeguard, &format!("s{a}")),
            31 => return rename(IdKind::Letter, &letter, &format!("l{a}")),
            _ => R::MoveDimension {
                from: a % 4,
                to: (n.abs() as usize) % 4,
            },
        };
        Change::Rules(rules)
    }

    /// Whether the change is a typed value, taken as typed (see `RulesChange`).
    fn typed(change: &Change) -> bool {
        matches!(
            change,
            Change::Rules(
                R::DimensionLabel { .. }
                    | R::DimensionWeight { .. }
                    | R::TierLabel { .. }
                    | R::TierNext { .. }
                    | R::TierMin { .. }
                    | R::TierMax { .. }
                    | R::FindOut(_)
                    | R::JudgeAt(_)
                    | R::FirmAt(_)
                    | R::SafeguardTitle { .. }
                    | R::SafeguardDetail { .. }
                    | R::LetterTitle { .. }
                    | R::LetterBody { .. }
            )
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Adding, deleting, switching and renaming never add a linter error (they are refused
        /// with the reason, the draft unchanged); a typed value may, but every error it adds
        /// is placed beside a part of the questionnaire, never only on the whole; and undoing
        /// everything gives back the start, redoing everything the end.
        #[test]
        fn any_sequence_of_rules_changes_keeps_it_valid_or_says_where_it_is_not(
            steps in prop::collection::vec(
                (any::<u8>(), 0usize..6, -20.0f64..120.0, "[a-z ]{0,6}"),
                1..30,
            )
        ) {
            let start = draft();
            let mut d = start.clone();
            for (which, a, n, words) in &steps {
                let change = pick(&d.questionnaire, *which, *a, n.round(), words);
                let before = errors(&d.questionnaire);
                match d.change(&change) {
                    Ok(Some(next)) => {
                        let added: Vec<_> = errors(&next.questionnaire)
                            .into_iter()
                            .filter(|p| !before.contains(p))
                            .collect();
                        if typed(&change) {
                            let placed = problems(&next.questionnaire);
                            for problem in &added {
                                prop_assert!(
                                    placed.iter().any(|(part, p)| *part != Part::Whole
                                        && p.kind == problem.kind
                                        && p.level == Level::Error),
                                    "{change:?}: {problem:?} is not placed: {placed:?}"
                                );
                            }
                        } else {
                            prop_assert!(added.is_empty(), "{change:?} broke it: {added:?}");
                        }
                        d = next;
                    }
                    Ok(None) => {}
                    Err(refused) => {
                        match refused {
                            EditError::Breaks(problems) => prop_assert!(!problems.is_empty()),
                            EditError::NotFound(what) => prop_assert!(!what.is_empty()),
                        }
                    }
                }
            }
            let end = d.questionnaire.clone();
            let (first, last) = common::undone_and_redone(d);
            prop_assert_eq!(&first, &start.questionnaire);
            prop_assert_eq!(&last, &end);
        }

        /// Without typed values, a valid questionnaire stays valid whatever is done to it.
        #[test]
        fn structural_rules_changes_keep_a_valid_questionnaire_valid(
            steps in prop::collection::vec((any::<u8>(), 0usize..6), 1..40)
        ) {
            let mut d = draft();
            for (which, a) in &steps {
                let change = pick(&d.questionnaire, *which, *a, 50.0, "words");
                if typed(&change) {
                    continue;
                }
                if let Ok(Some(next)) = d.change(&change) {
                    d = next;
                }
                prop_assert!(errors(&d.questionnaire).is_empty(), "{change:?}: {:?}", errors(&d.questionnaire));
                prop_assert!(usable(&d.questionnaire), "{change:?}: {:?}", problems(&d.questionnaire));
            }
        }
    }
}

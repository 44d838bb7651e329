//! Explanations on top of a score: does the gut agree with the analysis, and which fewest
//! answers would move the verdict up or down a tier. Pure: no browser imports.

use serde::{Deserialize, Serialize};

use super::answers::{Answer, Answers, Blink};
use super::condition::{Visibility, resolve};
use super::model::{Cmp, Impression, Kind, Question, Questionnaire, SCALE_STEPS, Severity};
use super::profile::Profile;
use super::scoring::{Outcome, Scorer};

/// First impression against the analysis: the result's "gut versus analysis" box.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GutCheck {
    /// The first impression the consultant recorded.
    pub impression: Impression,
    /// Which way the computed verdict leans (or would lean, when it is withheld).
    pub analysis: Impression,
    /// The impression and the analysis lean the same way, and the impression did not itself
    /// move the verdict down.
    pub agree: bool,
    /// The impression is bad and a sign seen first-hand bears it out: it decided the verdict,
    /// and the person should act on it.
    pub backed: bool,
    /// What to look at, question ids, strongest first: the answer that backs the impression;
    /// for a bad impression not backed yet, the unanswered questions that could back it; for a
    /// good impression the answers weigh against, those answers.
    pub drivers: Vec<String>,
}

/// How many driving answers a gut check names.
pub const MAX_DRIVERS: usize = 3;

/// Compares the blink with the verdict. `None` when there is nothing to lean on yet. Pass the
/// outcome judged with this blink ([`Scorer::judge`]) so a backed impression is seen as such.
pub fn gut_check(
    questionnaire: &Questionnaire,
    outcome: &Outcome,
    blink: &Blink,
) -> Option<GutCheck> {
    let band = questionnaire.verdict(outcome.leaning.as_deref()?)?;
    let analysis = band.leaning;
    let impression = blink.impression;
    let rank = |i: Impression| match i {
        Impression::Good => 0,
        Impression::Unsure => 1,
        Impression::Bad => 2,
    };
    let backing = (outcome.impression_backed_by.as_deref())
        .and_then(|flag| outcome.flags.iter().find(|f| f.flag == flag))
        .filter(|_| impression == Impression::Bad);
    let backed =
        backing.is_some() || (impression == Impression::Bad && outcome.forced_by_deal_breaker);
    // A verdict the gut itself moved down cannot be said to agree with it: the answers alone
    // lean a tier brighter, and the open questions are what to look at.
    let agree = impression == analysis && !outcome.impression_lowered;
    let drivers = if let Some(backing) = backing {
        vec![backing.question.clone()]
    } else if backed {
        outcome
            .deal_breakers()
            .map(|f| f.question.clone())
            .collect()
    } else if agree {
        Vec::new()
    } else if rank(impression) > rank(analysis) || outcome.impression_lowered {
        // The gut is darker than the numbers: the questions still open that could bear it out
        // (seen first-hand conduct), to find out next rather than to doubt the gut.
        let rules = questionnaire.first_impression_rules();
        (outcome.unknowns.iter())
            .filter(|id| {
                questionnaire
                    .question(id)
                    .is_some_and(|q| can_raise_any(q, &rules.backed_by))
            })
            .cloned()
            .collect()
    } else {
        // The gut is brighter than the numbers: the flags first, then what pulled it down.
        let mut lifts = lifts(outcome);
        crate::order::sort_by(&mut lifts, |a, b| a.1.total_cmp(&b.1));
        let flagged = outcome.flags.iter().map(|f| f.question.clone());
        let low = lifts
            .into_iter()
            .filter(|(_, lift)| *lift < 0.0)
            .map(|(q, _)| q);
        let mut drivers: Vec<String> = Vec::new();
        for question in flagged.chain(low) {
            if !drivers.contains(&question) {
                drivers.push(question);
            }
        }
        drivers
    };
    Some(GutCheck {
        impression,
        analysis,
        agree,
        backed,
        drivers: drivers.into_iter().take(MAX_DRIVERS).collect(),
    })
}

/// Whether some answer to the question raises one of these flags.
fn can_raise_any(question: &Question, flags: &[String]) -> bool {
    (question.effects()).any(|(_, raised)| raised.iter().any(|f| flags.contains(f)))
}

/// How far each answer moved the overall score from the middle of its range, in score points.
fn lifts(outcome: &Outcome) -> Vec<(String, f64)> {
    let total_weight: f64 = outcome
        .dimensions
        .iter()
        .filter(|d| d.score.is_some())
        .map(|d| d.weight)
        .sum();
    let mut lifts: Vec<(String, f64)> = Vec::new();
    if total_weight <= 0.0 {
        return lifts;
    }
    for dimension in outcome.dimensions.iter().filter(|d| d.score.is_some()) {
        let span: f64 = dimension.contributors.iter().map(|c| c.max - c.min).sum();
        if span <= 0.0 {
            continue;
        }
        for c in &dimension.contributors {
            let lift =
                (c.points - (c.min + c.max) / 2.0) / span * 100.0 * dimension.weight / total_weight;
            match lifts.iter_mut().find(|(q, _)| *q == c.question) {
                Some((_, sum)) => *sum += lift,
                None => lifts.push((c.question.clone(), lift)),
            }
        }
    }
    lifts
}

/// A different answer to one question, one step of a "what would change" path: "if
/// `question` were answered `answer`".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AlternativeAnswer {
    /// The question's id.
    pub question: String,
    /// The answer it would need (never "don't know").
    pub answer: Answer,
}

/// The fewest answer changes found that move the verdict one tier up or down; `None` where
/// there is no tier that way or no small set of changes gets there.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Changes {
    /// Answers, applied in order (at most [`MAX_CHANGES`]), that lift the verdict to the next
    /// better tier.
    pub up: Option<Vec<AlternativeAnswer>>,
    /// Answers, applied in order (at most [`MAX_CHANGES`]), that drop the verdict to the next
    /// worse tier.
    pub down: Option<Vec<AlternativeAnswer>>,
}

/// Most changes a "what would change" answer lists.
pub const MAX_CHANGES: usize = 3;
/// Larger questionnaires skip this search: it re-scores once per candidate answer.
pub const MAX_QUESTIONS_FOR_CHANGES: usize = 300;

#[derive(Clone, Copy, PartialEq)]
enum Direction {
    Up,
    Down,
}

/// Searches, one answer at a time, for the changes that move the verdict a tier.
/// `impression` is the first impression the outcome was judged with, so every variation is
/// judged the same way.
pub fn what_would_change(
    questionnaire: &Questionnaire,
    answers: &Answers,
    impression: Option<Impression>,
    profile: &Profile,
    outcome: &Outcome,
) -> Changes {
    if questionnaire.questions().count() > MAX_QUESTIONS_FOR_CHANGES {
        return Changes::default();
    }
    let tiers: Vec<&str> = questionnaire
        .tiers_best_first()
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    let Some(rank) = outcome
        .verdict
        .as_deref()
        .and_then(|v| tiers.iter().position(|t| *t == v))
    else {
        return Changes::default();
    };
    // One scorer for every candidate: the ranges it works out depend on the profile only.
    let scorer = Scorer::new(questionnaire, profile);
    let from = Search {
        scorer: &scorer,
        questionnaire,
        answers,
        profile,
        impression,
        tiers: &tiers,
        rank,
    };
    let search = |direction| search(&from, direction);
    Changes {
        up: (rank > 0).then(|| search(Direction::Up)).flatten(),
        down: (rank + 1 < tiers.len())
            .then(|| search(Direction::Down))
            .flatten(),
    }
}

/// Where a search starts from: the answers as given, judged as the result judged them, and the
/// tier they reached.
struct Search<'a> {
    scorer: &'a Scorer<'a>,
    questionnaire: &'a Questionnaire,
    answers: &'a Answers,
    profile: &'a Profile,
    impression: Option<Impression>,
    tiers: &'a [&'a str],
    rank: usize,
}

fn search(from: &Search, direction: Direction) -> Option<Vec<AlternativeAnswer>> {
    let Search {
        scorer,
        questionnaire,
        answers,
        profile,
        impression,
        tiers,
        rank,
    } = *from;
    let rank_of = |outcome: &Outcome| {
        outcome
            .verdict
            .as_deref()
            .and_then(|v| tiers.iter().position(|t| *t == v))
    };
    let reached = |outcome: &Outcome| match (direction, rank_of(outcome)) {
        (Direction::Up, Some(r)) => r < rank,
        (Direction::Down, Some(r)) => r > rank,
        _ => false,
    };
    // Ordered so that bigger is better in the wanted direction. Fewer deal-breakers is better
    // both ways: going up they must go, and going down "if they had threatened you" is true of
    // every client and tells the consultant nothing, so a deal-breaker is named only when no
    // answer that merely scores worse moves the verdict down.
    let key = |outcome: &Outcome| {
        let deal_breakers = outcome.deal_breakers().count() as f64;
        let overall = outcome.overall.unwrap_or(50.0);
        match direction {
            Direction::Up => (-deal_breakers, overall),
            Direction::Down => (-deal_breakers, -overall),
        }
    };
    let better = |a: (f64, f64), b: (f64, f64)| a.0 > b.0 || (a.0 == b.0 && a.1 > b.1 + 1e-9);

    let mut state = answers.clone();
    let mut changes = Vec::new();
    let mut current = key(&scorer.judge(&state, impression));
    for _ in 0..MAX_CHANGES {
        let visibility = Visibility::of(questionnaire, &state, profile);
        let mut best: Option<(bool, (f64, f64), AlternativeAnswer)> = None;
        for (index, (_, question)) in questionnaire.questions().enumerate() {
            if !visibility.questions[index] {
                continue;
            }
            for answer in alternatives(question, state.get(&question.id), profile) {
                let previous = state.insert(question.id.clone(), answer.clone());
                let outcome = scorer.judge(&state, impression);
                match previous {
                    Some(previous) => state.insert(question.id.clone(), previous),
                    None => state.remove(&question.id),
                };
                let candidate = (reached(&outcome), key(&outcome));
                let wins = match &best {
                    None => true,
                    Some((done, k, _)) => {
                        (candidate.0 && !done) || (candidate.0 == *done && better(candidate.1, *k))
                    }
                };
                if wins {
                    let change = AlternativeAnswer {
                        question: question.id.clone(),
                        answer,
                    };
                    best = Some((candidate.0, candidate.1, change));
                }
            }
        }
        let (done, next, change) = best?;
        if !done && !better(next, current) {
            return None;
        }
        state.insert(change.question.clone(), change.answer.clone());
        changes.push(change);
        if done {
            return Some(changes);
        }
        current = next;
    }
    None
}

/// Other answers this question could have, a handful per question.
fn alternatives(question: &Question, current: Option<&Answer>, profile: &Profile) -> Vec<Answer> {
    let all: Vec<Answer> = match question.kind {
        Kind::Single => question
            .options
            .iter()
            .map(|o| Answer::Choice(o.id.clone()))
            .collect(),
        Kind::Multi => {
            let chosen: Vec<String> = match current {
                Some(Answer::Choices(ids)) => ids.clone(),
                _ => Vec::new(),
            };
            question
                .options
                .iter()
                .map(|o| {
                    let mut next = chosen.clone();
                    match next.iter().position(|id| *id == o.id) {
                        Some(at) => {
                            next.remove(at);
                        }
                        None => next.push(o.id.clone()),
                    }
                    Answer::Choices(next)
                })
                .collect()
        }
        Kind::YesNo => vec![Answer::YesNo(true), Answer::YesNo(false)],
        Kind::Scale => (1..=SCALE_STEPS as u8).map(Answer::Scale).collect(),
        Kind::Number => question
            .number
            .iter()
            .flat_map(|spec| {
                spec.rules.iter().filter_map(|rule| {
                    let target = resolve(&rule.than, profile)?;
                    let value = match rule.op {
                        Cmp::Lt => target - 1.0,
                        Cmp::Gt => target + 1.0,
                        Cmp::Le | Cmp::Ge | Cmp::Eq => target,
                    };
                    let value = value
                        .max(spec.min.unwrap_or(f64::MIN))
                        .min(spec.max.unwrap_or(f64::MAX));
                    Some(Answer::Number(value))
                })
            })
            .collect(),
        Kind::Text => Vec::new(),
    };
    all.into_iter().filter(|a| Some(a) != current).collect()
}

/// The worst severity among raised flags, if any.
pub fn worst_severity(outcome: &Outcome) -> Option<Severity> {
    outcome.flags.iter().map(|f| f.severity).max()
}

/// One verdict tier and an example set of answers that reaches it, if the search found one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TierExample {
    /// The tier's id.
    pub tier: String,
    /// Answers that score into this tier (judged with no first impression); `None` when the
    /// search found none.
    pub answers: Option<Answers>,
}

/// Most rounds of single-answer changes the per-tier search tries from its best start, for a
/// tier the sweep passed over: each round scores every other answer of every shown question.
pub const MAX_TIER_STEPS: usize = 6;
/// How many of the sweeps' answers (each of another tier) the per-tier search starts from.
const MAX_TIER_STARTS: usize = 3;

/// For each verdict tier, best first, an example set of answers that reaches it: "what answers
/// lead to each verdict", for the editor's preview. The search is the engine's own: answers are
/// scored and judged as a real assessment is (no first impression), and each example is checked
/// by scoring it. Bounded, so it stays quick enough to run on every edit:
///
/// 1. every question gets its best answer (no deal-breaker, fewest warning signs, highest
///    score), its worst answer raising no warning sign, and its worst raising no deal-breaker;
/// 2. two sweeps turn the best answers into each kind of worst a question at a time, in order;
///    the score falls along the way, and the first answers met in each tier are its example;
/// 3. a tier the sweeps passed over (a warning sign's cap, a deal-breaker, a band too narrow to
///    land in) is searched for from the sweeps' answers nearest to it (a few starts, each of
///    another tier), one answer changed at a time toward it, at most [`MAX_TIER_STEPS`] times.
///
/// Questionnaires larger than [`MAX_QUESTIONS_FOR_CHANGES`] are not searched: every tier
/// comes back without answers.
pub fn answers_for_each_tier(questionnaire: &Questionnaire, profile: &Profile) -> Vec<TierExample> {
    let tiers: Vec<&str> = questionnaire
        .tiers_best_first()
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    let mut found: Vec<Option<Answers>> = vec![None; tiers.len()];
    if questionnaire.questions().count() <= MAX_QUESTIONS_FOR_CHANGES && !tiers.is_empty() {
        let scorer = Scorer::new(questionnaire, profile);
        let rank_of = |outcome: &Outcome| {
            (outcome.verdict.as_deref()).and_then(|v| tiers.iter().position(|t| *t == v))
        };
        let deal_breakers = |outcome: &Outcome| outcome.deal_breakers().count() as f64;
        // Bigger is better: the best answers, then the worst that still decide by the score.
        let best = extremes(questionnaire, profile, &scorer, |o| {
            (
                -deal_breakers(o),
                -(o.flags.len() as f64),
                o.overall.unwrap_or(0.0),
            )
        });
        // The worst answers raising no warning sign at all pass through the score's bands one
        // by one; the worst raising no deal-breaker also pass through the tiers signs cap at.
        let plain = extremes(questionnaire, profile, &scorer, |o| {
            (-(o.flags.len() as f64), 0.0, -o.overall.unwrap_or(100.0))
        });
        let worst = extremes(questionnaire, profile, &scorer, |o| {
            (-deal_breakers(o), 0.0, -o.overall.unwrap_or(100.0))
        });
        // The sweeps, keeping every state they passed through by rank, for step 3.
        let mut passed: Vec<(usize, f64, Answers)> = Vec::new();
        for low in [&plain, &worst] {
            let mut state = best.clone();
            let mut note = |state: &Answers| {
                let outcome = scorer.judge(state, None);
                if let Some(rank) = rank_of(&outcome) {
                    if found[rank].is_none() {
                        found[rank] = Some(state.clone());
                    }
                    passed.push((rank, outcome.overall.unwrap_or(0.0), state.clone()));
                }
            };
            note(&state);
            for (_, question) in questionnaire.questions() {
                match (low.get(&question.id), state.get(&question.id)) {
                    (Some(low), now) if Some(low) != now => {
                        state.insert(question.id.clone(), low.clone());
                        note(&state);
                    }
                    _ => {}
                }
            }
        }
        for (target, slot) in found.iter_mut().enumerate() {
            if slot.is_some() {
                continue;
            }
            let band = questionnaire.verdict(tiers[target]);
            let middle = band.map_or(50.0, |b| (b.min + b.max) / 2.0);
            // The sweeps' answers nearest the tier (by rank, then by score), a few of them: one
            // start can be boxed in (several signs capping it) where another is not.
            let distance = |p: &(usize, f64, Answers)| (p.0.abs_diff(target), (p.1 - middle).abs());
            let mut starts: Vec<&(usize, f64, Answers)> = passed.iter().collect();
            crate::order::sort_by(&mut starts, |a, b| {
                let (da, db) = (distance(a), distance(b));
                da.0.cmp(&db.0).then(da.1.total_cmp(&db.1))
            });
            let mut tried: Vec<usize> = Vec::new();
            for start in starts {
                if tried.len() >= MAX_TIER_STARTS || tried.contains(&start.0) {
                    continue;
                }
                tried.push(start.0);
                let to = toward(
                    questionnaire,
                    profile,
                    &scorer,
                    &tiers,
                    target,
                    middle,
                    start.2.clone(),
                );
                if to.is_some() {
                    *slot = to;
                    break;
                }
            }
        }
    }
    (tiers.iter().zip(found))
        .map(|(tier, answers)| TierExample {
            tier: (*tier).to_owned(),
            answers,
        })
        .collect()
}

/// Every question's answer that does best by `key` (bigger is better), chosen in question
/// order, each judged with the answers chosen before it (so questions shown only after an
/// answer are judged shown).
fn extremes(
    questionnaire: &Questionnaire,
    profile: &Profile,
    scorer: &Scorer,
    key: impl Fn(&Outcome) -> (f64, f64, f64),
) -> Answers {
    let mut state = Answers::new();
    for (_, question) in questionnaire.questions() {
        let mut best: Option<((f64, f64, f64), Answer)> = None;
        for answer in alternatives(question, None, profile) {
            state.insert(question.id.clone(), answer.clone());
            let k = key(&scorer.judge(&state, None));
            if best.as_ref().is_none_or(|(b, _)| k > *b) {
                best = Some((k, answer));
            }
        }
        match best {
            Some((_, answer)) => state.insert(question.id.clone(), answer),
            None => state.remove(&question.id),
        };
    }
    state
}

/// Answers reaching tier `target` from `start`, changing one answer at a time toward it (by
/// rank, then by the score's distance from the tier's `middle`); `None` when no change brings
/// it nearer or [`MAX_TIER_STEPS`] changes do not get there.
fn toward(
    questionnaire: &Questionnaire,
    profile: &Profile,
    scorer: &Scorer,
    tiers: &[&str],
    target: usize,
    middle: f64,
    start: Answers,
) -> Option<Answers> {
    let cost = |outcome: &Outcome| {
        let rank = (outcome.verdict.as_deref()).and_then(|v| tiers.iter().position(|t| *t == v));
        let off = rank.map_or(tiers.len() + 1, |r| r.abs_diff(target));
        (off, (outcome.overall.unwrap_or(50.0) - middle).abs())
    };
    let less = |a: (usize, f64), b: (usize, f64)| a.0 < b.0 || (a.0 == b.0 && a.1 + 1e-9 < b.1);
    let mut state = start;
    let mut current = cost(&scorer.judge(&state, None));
    for _ in 0..MAX_TIER_STEPS {
        if current.0 == 0 {
            return Some(state);
        }
        let visibility = Visibility::of(questionnaire, &state, profile);
        let mut best: Option<((usize, f64), String, Answer)> = None;
        for (index, (_, question)) in questionnaire.questions().enumerate() {
            if !visibility.questions[index] {
                continue;
            }
            for answer in alternatives(question, state.get(&question.id), profile) {
                let previous = state.insert(question.id.clone(), answer.clone());
                let c = cost(&scorer.judge(&state, None));
                match previous {
                    Some(previous) => state.insert(question.id.clone(), previous),
                    None => state.remove(&question.id),
                };
                if best.as_ref().is_none_or(|(b, _, _)| less(c, *b)) {
                    best = Some((c, question.id.clone(), answer));
                }
            }
        }
        let (next, id, answer) = best?;
        if !less(next, current) {
            return None;
        }
        state.insert(id, answer);
        current = next;
    }
    (current.0 == 0).then_some(state)
}

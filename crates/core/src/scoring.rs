//! Turns answers into dimension scores, an overall score, raised flags and a verdict.
//! Deal-breakers are kept apart from the points: any one forces the lowest tier. The steps, in
//! order (each can only make the verdict more careful): points become dimension scores (0 to
//! 100) and their weighted mean the overall score; the score falls in a verdict tier; raised
//! warning signs cap the tier; a deal-breaker forces the lowest; a bad first impression backed
//! by a sign seen first-hand decides, one with nothing backing it moves the verdict down a tier;
//! too little known withholds the verdict or marks it provisional. `docs/scoring.md` tells the
//! same in the consultant's words.
//! Pure: no browser imports. Performance matters (3,000 questions must score in well under a
//! millisecond, and "what would change" scores hundreds of variations): see [`Scorer`].

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::answers::{Answer, Answers};
use super::condition::{Layout, Visibility, resolve};
use super::id_table::IdHasher;
use super::model::{
    Choice, Cmp, Effect, Impression, Kind, MAX_UNBACKED_DROP, Points, Question, Questionnaire,
    SCALE_STEPS, Severity,
};
use super::order;
use super::profile::Profile;

/// Everything the result page shows that comes from the numbers: the scores, the warning signs
/// raised, the verdict and why, how sure it is, and what to find out next. Made by [`assess`],
/// [`score`] or a [`Scorer`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// 0 to 100, or `None` when no scored question has a known answer.
    pub overall: Option<f64>,
    /// Every dimension of the questionnaire, in its order.
    pub dimensions: Vec<DimensionScore>,
    /// Raised flags, most severe first, then in question order.
    pub flags: Vec<RaisedFlag>,
    /// Id of the verdict tier, or `None` when there is not enough to judge: no score and no
    /// deal-breaker, or too little known (see `standing`).
    pub verdict: Option<String>,
    /// How firm the verdict is.
    #[serde(default)]
    pub standing: Standing,
    /// The tier the overall score alone falls in, before any warning sign, the first impression
    /// or the confidence had their say: the verdict bands drawn on the score show it.
    #[serde(default)]
    pub by_score: Option<String>,
    /// The tier the evidence points to when `standing` is `NotEnough` (the verdict is then
    /// withheld); otherwise the same as `verdict`.
    #[serde(default)]
    pub leaning: Option<String>,
    /// Why the verdict is what it is, the weightiest reason first.
    #[serde(default)]
    pub reasons: Vec<Reason>,
    /// Whether a deal-breaker, not the score, decided the verdict.
    pub forced_by_deal_breaker: bool,
    /// The raised flag whose `caps_at` held the verdict below what the score gave, if any.
    #[serde(default)]
    pub capped_by: Option<String>,
    /// The raised flag that backed a bad first impression, which then decided the verdict.
    #[serde(default)]
    pub impression_backed_by: Option<String>,
    /// Whether a bad first impression with nothing backing it moved the verdict down.
    #[serde(default)]
    pub impression_lowered: bool,
    /// Share (0 to 1) of the scored weight that has a known answer.
    pub confidence: f64,
    /// Shown, scored questions without a known answer, weightiest first: what to find out next.
    pub unknowns: Vec<String>,
    /// Safeguards recommended by the raised flags, most severe flag first, each once.
    pub safeguards: Vec<String>,
}

/// How firm a verdict is, from how much of what matters is known.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// Enough is known, or a deal-breaker or a backed first impression decided.
    #[default]
    Firm,
    /// A verdict, but with much still unknown: find out more before relying on it.
    Provisional,
    /// Too little known to judge: the verdict is withheld.
    NotEnough,
}

/// One reason for the verdict, as the result names it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    /// The consultant's bad first impression; `backed` when a sign seen first-hand bears it out,
    /// `lowered` when, with nothing backing it, it moved the verdict down a tier.
    FirstImpression {
        /// A raised sign seen first-hand (or a deal-breaker) bears the impression out; it then
        /// decided the verdict.
        backed: bool,
        /// With nothing backing it, it moved the verdict down a tier.
        #[serde(default)]
        lowered: bool,
    },
    /// A raised warning sign and the question whose answer raised it.
    Sign {
        /// The flag's id ([`FlagDef::id`](crate::model::FlagDef::id)).
        flag: String,
        /// The id of the question whose answer raised it.
        question: String,
    },
    /// The overall score, when nothing weightier explains the verdict.
    Score {
        /// 0 to 100.
        overall: f64,
    },
    /// Too little is known to judge.
    TooLittleKnown {
        /// The share (0 to 1) of what matters that has an answer.
        confidence: f64,
    },
}

/// One dimension's score and what made it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DimensionScore {
    /// The dimension's id.
    pub id: String,
    /// 0 to 100, or `None` when no answer touches this dimension.
    pub score: Option<f64>,
    /// The weight used: the questionnaire's times the profile's multiplier (0 for a weight that
    /// is no number).
    pub weight: f64,
    /// Answers that count in this dimension, weightiest first.
    pub contributors: Vec<Contribution>,
}

/// What one answer gave one dimension, and the least and most it could have given.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    /// The question's id.
    pub question: String,
    /// Points the answer gave the dimension.
    pub points: f64,
    /// The fewest points any answer to the question could have given it.
    pub min: f64,
    /// The most points any answer to the question could have given it.
    pub max: f64,
}

/// A warning sign raised by an answer. A flag id the questionnaire does not define is never
/// raised.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RaisedFlag {
    /// The flag's id ([`FlagDef::id`](crate::model::FlagDef::id)).
    pub flag: String,
    /// Its severity, copied from the definition.
    pub severity: Severity,
    /// The question whose answer raised it.
    pub question: String,
}

impl Outcome {
    /// The raised deal-breakers, in the order of [`Outcome::flags`].
    pub fn deal_breakers(&self) -> impl Iterator<Item = &RaisedFlag> {
        self.flags
            .iter()
            .filter(|f| f.severity == Severity::DealBreaker)
    }
}

/// Scores the answers and judges them with the first impression (`None` when none was
/// recorded, as on a prospect's intake); see [`Scorer::judge`].
pub fn assess(
    questionnaire: &Questionnaire,
    answers: &Answers,
    impression: Option<Impression>,
    profile: &Profile,
) -> Outcome {
    Scorer::new(questionnaire, profile).judge(answers, impression)
}

/// Scores the answers. Hidden questions, text notes, "don't know" and answers that do not fit
/// their question (a tampered link, an option since removed) count for nothing.
///
/// To score many sets of answers against the same questionnaire and profile (every change
/// while someone answers), make one [`Scorer`] and reuse it: that skips the preparation.
pub fn score(questionnaire: &Questionnaire, answers: &Answers, profile: &Profile) -> Outcome {
    Scorer::new(questionnaire, profile).score(answers)
}

/// Scoring made ready for one questionnaire and profile. What each possible answer gives each
/// dimension, the range each question can move a dimension over, each question's weight and the
/// order contributors are listed in depend on those two only, so they are worked out once into
/// flat tables; scoring a set of answers then only looks up the answers given and never walks
/// the definition's maps. That is what keeps 3,000 questions well under a millisecond, and the
/// "what would change" search, which scores hundreds of variations, fast.
pub struct Scorer<'a> {
    questionnaire: &'a Questionnaire,
    layout: Layout<'a>,
    profile: &'a Profile,
    /// Each dimension's weight times the profile's multiplier.
    weights: Vec<f64>,
    /// One per question, in questionnaire order.
    plans: Vec<Plan>,
    /// Every dimension each question can move, with the least and most it can give.
    ranges: Vec<Span>,
    /// Per dimension, indexes into `ranges`, widest range first (question order among equals):
    /// the order its contributors are listed in.
    by_dimension: Vec<Vec<usize>>,
    /// Every possible answer of every question, in the order `for_each_possible` gives them.
    effects: Vec<Compiled>,
    /// `(dimension, points)` of the effects.
    points: Vec<(usize, f64)>,
    /// Defined flags the effects raise, with their severity.
    flags: Vec<(&'a str, Severity)>,
    /// Option ids of the choice questions side by side, with their hashes: matching an answer's
    /// option compares hashes and reads this small buffer, not one heap string per option.
    option_ids: String,
    option_spans: Vec<(usize, usize, u64)>,
}

/// What one question can do, whatever the answer.
#[derive(Clone)]
struct Plan {
    /// False for text notes, which are never scored.
    scored: bool,
    kind: Kind,
    /// A number question's bounds: answers outside do not fit.
    min: f64,
    max: f64,
    ranges: Range<usize>,
    effects: Range<usize>,
    /// Its options in `option_spans` (choice questions only).
    options: Range<usize>,
    /// How much the question weighs in the confidence and the "find out next" order.
    weight: f64,
}

/// The least and most one question can give one dimension.
#[derive(Clone, Copy)]
struct Span {
    position: usize,
    dimension: usize,
    lo: f64,
    hi: f64,
}

/// One possible answer's effect.
#[derive(Clone)]
struct Compiled {
    points: Range<usize>,
    flags: Range<usize>,
    test: Option<Comparison>,
}

/// What a number rule checks: the answer compared, this way, with this number.
pub(crate) type Comparison = (Cmp, f64);

impl<'a> Scorer<'a> {
    /// Works out the tables for this questionnaire and profile, once for any number of sets of
    /// answers. It never fails, even on a questionnaire that skipped the linter.
    pub fn new(questionnaire: &'a Questionnaire, profile: &'a Profile) -> Self {
        let weights: Vec<f64> = questionnaire
            .dimensions
            .iter()
            // A weight that is no number (a file that skipped the linter) counts as 0, so it
            // cannot turn every score into NaN.
            .map(|d| d.weight * profile.weight_multiplier(&d.id))
            .map(|w| if w.is_finite() { w.max(0.0) } else { 0.0 })
            .collect();
        let mean_weight = {
            let total: f64 = weights.iter().sum();
            if total > 0.0 {
                total / weights.len() as f64
            } else {
                1.0
            }
        };
        let dimensions = Lookup::new(
            (questionnaire.dimensions.iter().enumerate()).map(|(d, dim)| (dim.id.as_str(), d)),
        );
        let severities =
            Lookup::new((questionnaire.flags.iter()).map(|f| (f.id.as_str(), f.severity)));
        let layout = Layout::new(questionnaire);
        // Built now, so the first `score` is no slower than the rest.
        layout.ids();

        // Sized up front: growing tables of thousands of entries copy them over and over.
        let (options, possible) =
            (layout.questions.iter()).fold((0, 0), |(o, p), q| match q.kind {
                Kind::Single | Kind::Multi => (o + q.options.len(), p + q.options.len()),
                Kind::YesNo => (o, p + 2),
                Kind::Scale => (o, p + SCALE_STEPS),
                Kind::Number => (o, p + q.number.as_ref().map_or(0, |n| n.rules.len())),
                Kind::Text => (o, p),
            });
        let mut scorer = Scorer {
            questionnaire,
            plans: Vec::with_capacity(layout.questions.len()),
            layout,
            profile,
            by_dimension: vec![Vec::new(); weights.len()],
            weights,
            ranges: Vec::with_capacity(possible / 3),
            effects: Vec::with_capacity(possible),
            points: Vec::with_capacity(possible),
            flags: Vec::new(),
            option_ids: String::with_capacity(options * 8),
            option_spans: Vec::with_capacity(options),
        };
        let dims = scorer.weights.len();
        // Per dimension: least and most so far, and how many possible answers touched it.
        let (mut lo, mut hi, mut seen) = (vec![0.0; dims], vec![0.0; dims], vec![0usize; dims]);
        for (position, (_, question)) in questionnaire.questions().enumerate() {
            let (ranges_start, effects_start) = (scorer.ranges.len(), scorer.effects.len());
            let options_start = scorer.option_spans.len();
            if question.kind == Kind::Text {
                scorer.plans.push(Plan {
                    scored: false,
                    kind: question.kind,
                    min: f64::NEG_INFINITY,
                    max: f64::INFINITY,
                    ranges: ranges_start..ranges_start,
                    effects: effects_start..effects_start,
                    options: options_start..options_start,
                    weight: 0.0,
                });
                continue;
            }
            if matches!(question.kind, Kind::Single | Kind::Multi) {
                for option in &question.options {
                    let start = scorer.option_ids.len();
                    scorer.option_ids.push_str(&option.id);
                    (scorer.option_spans).push((
                        start,
                        scorer.option_ids.len(),
                        IdHasher::of(&option.id),
                    ));
                }
            }
            let multi = question.kind == Kind::Multi;
            let mut worst: Option<Severity> = None;
            let mut possible = 0;
            let (points, flags, effects) =
                (&mut scorer.points, &mut scorer.flags, &mut scorer.effects);
            for_each_possible(question, profile, &mut |parts, test| {
                let points_start = points.len();
                for (map, _) in parts.0.iter().flatten() {
                    for (dimension, &p) in map.iter() {
                        let Some(d) = dimensions.get(dimension).filter(|_| p.is_finite()) else {
                            continue;
                        };
                        // Tag effects can add to a dimension the option already gives points to.
                        match points[points_start..].iter_mut().find(|(e, _)| *e == d) {
                            Some((_, sum)) => *sum += p,
                            None => points.push((d, p)),
                        }
                    }
                }
                for &(d, p) in &points[points_start..] {
                    if multi {
                        // Any subset can be chosen: the least is every negative option, the
                        // most every positive one.
                        if p < 0.0 {
                            lo[d] += p;
                        } else {
                            hi[d] += p;
                        }
                    } else if seen[d] == 0 {
                        (lo[d], hi[d]) = (p, p);
                    } else {
                        lo[d] = if p < lo[d] { p } else { lo[d] };
                        hi[d] = if p > hi[d] { p } else { hi[d] };
                    }
                    seen[d] += 1;
                }
                let flags_start = flags.len();
                for (_, list) in parts.0.iter().flatten() {
                    for flag in list.iter() {
                        if let Some(severity) = severities.get(flag) {
                            worst = worst.max(Some(severity));
                            flags.push((flag.as_str(), severity));
                        }
                    }
                }
                effects.push(Compiled {
                    points: points_start..points.len(),
                    flags: flags_start..flags.len(),
                    test,
                });
                possible += 1;
            });
            // Dimensions in their defined order, so sums add up the same way every time: a walk
            // over the few dimensions, rather than sorting the ones touched for every question.
            let mut spread = 0.0;
            for d in 0..dims {
                if seen[d] == 0 {
                    continue;
                }
                // An answer that gives this dimension nothing (another option, a number no rule
                // matches) makes 0 one of the possibilities.
                if !multi && (seen[d] < possible || question.kind == Kind::Number) {
                    lo[d] = if lo[d] < 0.0 { lo[d] } else { 0.0 };
                    hi[d] = if hi[d] > 0.0 { hi[d] } else { 0.0 };
                }
                if lo[d] != 0.0 || hi[d] != 0.0 {
                    scorer.by_dimension[d].push(scorer.ranges.len());
                    scorer.ranges.push(Span {
                        position,
                        dimension: d,
                        lo: lo[d],
                        hi: hi[d],
                    });
                    spread += (hi[d] - lo[d]) * scorer.weights[d] / mean_weight;
                }
                (lo[d], hi[d], seen[d]) = (0.0, 0.0, 0);
            }
            // A question that can raise a flag is worth finding out even if it moves no points,
            // so a question that only raises a deal-breaker still shows in "find out next".
            let flag_bonus = match worst {
                None => 0.0,
                Some(Severity::Note) => 0.5,
                Some(Severity::Caution) => 1.0,
                Some(Severity::Serious) => 2.0,
                Some(Severity::DealBreaker) => 4.0,
            };
            // Without `number` no number fits (as `Answer::fits` has it): NaN bounds hold nothing.
            let (min, max) = question.number.as_ref().map_or((f64::NAN, f64::NAN), |n| {
                (
                    n.min.unwrap_or(f64::NEG_INFINITY),
                    n.max.unwrap_or(f64::INFINITY),
                )
            });
            scorer.plans.push(Plan {
                scored: true,
                kind: question.kind,
                min,
                max,
                ranges: ranges_start..scorer.ranges.len(),
                effects: effects_start..scorer.effects.len(),
                options: options_start..scorer.option_spans.len(),
                weight: spread + flag_bonus,
            });
        }
        // Contributors are listed widest range first, equals in question order (the order of
        // `ranges`).
        let ranges = &scorer.ranges;
        for order in &mut scorer.by_dimension {
            let mut keyed: Vec<(f64, usize)> = (order.iter())
                .map(|&r| (ranges[r].lo - ranges[r].hi, r))
                .collect();
            order::sort_by(&mut keyed, |a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            *order = keyed.into_iter().map(|(_, r)| r).collect();
        }
        scorer
    }

    /// Scores one set of answers as if no first impression was recorded; see [`score`].
    pub fn score(&self, answers: &Answers) -> Outcome {
        self.judge(answers, None)
    }

    /// Scores the answers and judges them with the first impression (see
    /// [`FirstImpressionRules`](super::model::FirstImpressionRules)).
    pub fn judge(&self, answers: &Answers, impression: Option<Impression>) -> Outcome {
        let questionnaire = self.questionnaire;
        let ids = self.layout.ids();
        let given = self.layout.given(answers);
        let visibility = Visibility::with_layout(&self.layout, &given, self.profile);
        let dims = &questionnaire.dimensions;
        let mut sums = vec![Sums::default(); dims.len()];
        let mut actual = vec![0.0; dims.len()];
        // What each range's question actually gave, for the questions that count.
        let mut got: Vec<Option<f64>> = vec![None; self.ranges.len()];
        let mut chosen: Vec<usize> = Vec::new();
        let mut flags: Vec<RaisedFlag> = Vec::new();
        let mut unknowns: Vec<(f64, usize)> = Vec::new();
        let (mut answered_weight, mut total_weight) = (0.0, 0.0);

        for (position, plan) in self.plans.iter().enumerate() {
            if !plan.scored || !visibility.questions[position] {
                continue;
            }
            total_weight += plan.weight;
            chosen.clear();
            let fits = given[position].is_some_and(|answer| self.chosen(plan, answer, &mut chosen));
            if !fits {
                if plan.weight > 0.0 {
                    unknowns.push((plan.weight, position));
                }
                continue;
            }
            answered_weight += plan.weight;
            let first_flag = flags.len();
            for &effect in &chosen {
                let effect = &self.effects[effect];
                for &(d, p) in &self.points[effect.points.clone()] {
                    actual[d] += p;
                }
                for &(flag, severity) in &self.flags[effect.flags.clone()] {
                    // Two chosen options (or an option and its tag's effect) may raise the same
                    // flag; it is one warning sign about this answer, listed once.
                    if !flags[first_flag..].iter().any(|f| f.flag == flag) {
                        flags.push(RaisedFlag {
                            flag: flag.to_owned(),
                            severity,
                            question: ids.id(position).to_owned(),
                        });
                    }
                }
            }
            for r in plan.ranges.clone() {
                let Span {
                    dimension, lo, hi, ..
                } = self.ranges[r];
                let points = std::mem::take(&mut actual[dimension]);
                sums[dimension].add(lo, hi, points);
                got[r] = Some(points);
            }
        }

        let dimensions: Vec<DimensionScore> = (dims.iter().enumerate())
            .map(|(d, dim)| DimensionScore {
                id: dim.id.clone(),
                score: sums[d].score(),
                weight: self.weights[d],
                contributors: (self.by_dimension[d].iter())
                    .filter_map(|&r| {
                        let Span {
                            position, lo, hi, ..
                        } = self.ranges[r];
                        got[r].map(|points| Contribution {
                            question: ids.id(position).to_owned(),
                            points,
                            min: lo,
                            max: hi,
                        })
                    })
                    .collect(),
            })
            .collect();
        let overall = overall_score(&dimensions);

        // Stable, so flags of equal severity stay in question order.
        order::sort_by_key(&mut flags, |f| std::cmp::Reverse(f.severity));
        let confidence = if total_weight > 0.0 {
            (answered_weight / total_weight).clamp(0.0, 1.0)
        } else {
            1.0
        };
        let judged = Judged::new(questionnaire, overall, &flags, confidence, impression);

        let mut safeguards: Vec<String> = Vec::new();
        for raised in &flags {
            for id in questionnaire
                .flag(&raised.flag)
                .map_or(&[][..], |f| &f.safeguards)
            {
                if !safeguards.contains(id) {
                    safeguards.push(id.clone());
                }
            }
        }

        // Stable, so equally weighty questions stay in question order.
        order::sort_by(&mut unknowns, |a, b| b.0.total_cmp(&a.0));
        let mut outcome = Outcome {
            overall,
            dimensions,
            flags,
            verdict: None,
            standing: Standing::Firm,
            by_score: None,
            leaning: None,
            reasons: Vec::new(),
            forced_by_deal_breaker: false,
            capped_by: None,
            impression_backed_by: None,
            impression_lowered: false,
            confidence,
            unknowns: (unknowns.into_iter())
                .map(|(_, position)| ids.id(position).to_owned())
                .collect(),
            safeguards,
        };
        judged.apply(&mut outcome);
        outcome
    }

    /// Puts in `chosen` the effects this answer selects. False when the answer does not fit
    /// the question (see [`Answer::fits`]): it then counts for nothing, not for part of what it
    /// says.
    fn chosen(&self, plan: &Plan, answer: &Answer, chosen: &mut Vec<usize>) -> bool {
        let start = plan.effects.start;
        let option = |id: &str| {
            let hash = IdHasher::of(id);
            (self.option_spans[plan.options.clone()].iter())
                .position(|&(from, to, h)| h == hash && self.option_ids[from..to] == *id)
        };
        // Checked from the tables, without reading the question again; this must agree with
        // `Answer::fits` (a property test holds them to it).
        match (plan.kind, answer) {
            (Kind::Single, Answer::Choice(id)) => match option(id) {
                Some(i) => chosen.push(start + i),
                None => return false,
            },
            (Kind::Multi, Answer::Choices(ids)) => {
                for id in ids {
                    match option(id) {
                        Some(i) if !chosen.contains(&(start + i)) => chosen.push(start + i),
                        // An unknown option or one chosen twice: a tampered answer.
                        _ => return false,
                    }
                }
            }
            (Kind::YesNo, Answer::YesNo(yes)) => chosen.push(start + usize::from(!*yes)),
            // Steps past the fifth are not among the effects, so this also caps the step at 5.
            (Kind::Scale, Answer::Scale(step))
                if (1..=plan.effects.len()).contains(&usize::from(*step)) =>
            {
                chosen.push(start + usize::from(*step) - 1);
            }
            (Kind::Number, Answer::Number(n))
                if n.is_finite() && (plan.min..=plan.max).contains(n) =>
            {
                // Rules are tried in order and the first that holds decides; a rule comparing
                // with a profile field the consultant left empty is not among the effects.
                let matched = (plan.effects.clone()).find(|&e| {
                    (self.effects[e].test).is_some_and(|(op, target)| op.holds(*n, target))
                });
                chosen.extend(matched);
            }
            _ => return false,
        }
        true
    }
}

/// How the verdict is reached, in order: the tier the score falls in; held down by the most
/// limiting raised flag's `caps_at`; a deal-breaker gives the lowest tier; a bad first
/// impression backed by a sign seen first-hand gives its tier, and one with nothing backing it
/// moves the verdict down; last, too little known withholds the verdict or marks it
/// provisional. Deal-breakers and a backed impression decide whatever the confidence.
struct Judged {
    verdict: Option<String>,
    standing: Standing,
    by_score: Option<String>,
    leaning: Option<String>,
    reasons: Vec<Reason>,
    forced_by_deal_breaker: bool,
    capped_by: Option<String>,
    impression_backed_by: Option<String>,
    impression_lowered: bool,
}

impl Judged {
    fn new(
        questionnaire: &Questionnaire,
        overall: Option<f64>,
        flags: &[RaisedFlag],
        confidence: f64,
        impression: Option<Impression>,
    ) -> Self {
        let tiers = questionnaire.tiers_best_first();
        let rank = |id: &str| tiers.iter().position(|t| t.id == id);
        let id_of = |r: usize| tiers[r].id.clone();
        let lowest = tiers.len().checked_sub(1);
        let by_score = overall
            .and_then(|score| questionnaire.tier_for(score))
            .and_then(|band| rank(&band.id));
        let mut verdict = by_score;

        // Caps: the most limiting raised flag holds the verdict down.
        let mut capped_by = None;
        for raised in flags {
            let Some(cap) = (questionnaire.flag(&raised.flag))
                .and_then(|f| f.caps_at.as_deref())
                .and_then(rank)
            else {
                continue;
            };
            if verdict.is_none_or(|now| cap > now) {
                verdict = Some(cap);
                capped_by = Some(raised.flag.clone());
            }
        }

        let deal_breakers: Vec<&RaisedFlag> = (flags.iter())
            .filter(|f| f.severity == Severity::DealBreaker)
            .collect();
        let forced_by_deal_breaker = !deal_breakers.is_empty();
        let rules = questionnaire.first_impression_rules();
        let bad = impression == Some(Impression::Bad);
        let backing = if bad {
            (flags.iter())
                .find(|f| rules.backed_by.contains(&f.flag) || f.severity == Severity::DealBreaker)
        } else {
            None
        };
        let sign = |raised: &RaisedFlag| Reason::Sign {
            flag: raised.flag.clone(),
            question: raised.question.clone(),
        };
        let mut reasons = Vec::new();
        let mut standing = Standing::Firm;
        let mut impression_backed_by = None;
        let mut impression_lowered = false;
        if forced_by_deal_breaker {
            verdict = lowest;
            capped_by = None;
            if bad {
                reasons.push(Reason::FirstImpression {
                    backed: true,
                    lowered: false,
                });
            }
            reasons.extend(deal_breakers.iter().map(|f| sign(f)));
        } else if let Some(backing) = backing {
            let tier = (rules.when_backed.as_deref())
                .and_then(rank)
                .or(lowest)
                .unwrap_or_default();
            verdict = Some(verdict.map_or(tier, |now| now.max(tier)));
            impression_backed_by = Some(backing.flag.clone());
            reasons.push(Reason::FirstImpression {
                backed: true,
                lowered: false,
            });
            reasons.push(sign(backing));
        } else {
            if bad {
                if let (Some(now), Some(lowest)) = (verdict, lowest) {
                    let dropped =
                        (now + usize::from(rules.unbacked_drop.min(MAX_UNBACKED_DROP))).min(lowest);
                    impression_lowered = dropped > now;
                    verdict = Some(dropped);
                }
                // Named whether or not it moved anything: it is what to find out first.
                reasons.push(Reason::FirstImpression {
                    backed: false,
                    lowered: impression_lowered,
                });
            }
            if let Some(flag) = capped_by
                .as_deref()
                .and_then(|id| flags.iter().find(|f| f.flag == id))
            {
                reasons.push(sign(flag));
            }
            // The weightiest other signs, so a verdict below the top names what holds it there;
            // notes only when nothing weightier is raised, so a "keep" still names what to
            // deal with.
            let weighty = flags.iter().any(|f| f.severity >= Severity::Caution);
            for raised in flags
                .iter()
                .filter(|f| !weighty || f.severity >= Severity::Caution)
            {
                if reasons.len() >= 2 {
                    break;
                }
                if !reasons.contains(&sign(raised)) {
                    reasons.push(sign(raised));
                }
            }
            let limits = questionnaire.confidence_rules();
            if verdict.is_none() || confidence < limits.judge_at {
                standing = Standing::NotEnough;
                // After the first impression, which is named first when it is bad.
                let at = usize::from(bad).min(reasons.len());
                reasons.insert(at, Reason::TooLittleKnown { confidence });
            } else if confidence < limits.firm_at {
                standing = Standing::Provisional;
            }
            // With nothing weightier than notes, the score is the reason, and the notes follow
            // it as what to deal with: a "keep" is kept for its score, not for a note.
            if !weighty
                && !bad
                && standing != Standing::NotEnough
                && let Some(overall) = overall
            {
                reasons.insert(0, Reason::Score { overall });
                reasons.truncate(2);
            }
        }
        let leaning = verdict.map(id_of);
        Judged {
            verdict: if standing == Standing::NotEnough {
                None
            } else {
                leaning.clone()
            },
            standing,
            by_score: by_score.map(id_of),
            leaning,
            reasons,
            forced_by_deal_breaker,
            capped_by,
            impression_backed_by,
            impression_lowered,
        }
    }

    fn apply(self, outcome: &mut Outcome) {
        outcome.verdict = self.verdict;
        outcome.standing = self.standing;
        outcome.by_score = self.by_score;
        outcome.leaning = self.leaning;
        outcome.reasons = self.reasons;
        outcome.forced_by_deal_breaker = self.forced_by_deal_breaker;
        outcome.capped_by = self.capped_by;
        outcome.impression_backed_by = self.impression_backed_by;
        outcome.impression_lowered = self.impression_lowered;
    }
}

/// The weighted mean of the dimensions that have a score.
pub fn overall_score(dimensions: &[DimensionScore]) -> Option<f64> {
    let (weighted, weight) = dimensions
        .iter()
        .filter(|d| d.weight > 0.0)
        .filter_map(|d| d.score.map(|s| (s * d.weight, d.weight)))
        .fold((0.0, 0.0), |(ws, w), (s, dw)| (ws + s, w + dw));
    (weight > 0.0).then(|| (weighted / weight).clamp(0.0, 100.0))
}

#[derive(Clone, Copy, Default)]
struct Sums {
    lo: f64,
    hi: f64,
    got: f64,
}

impl Sums {
    fn add(&mut self, lo: f64, hi: f64, got: f64) {
        self.lo += lo;
        self.hi += hi;
        self.got += got;
    }

    /// Where the points landed between the least and the most they could have been.
    fn score(&self) -> Option<f64> {
        let span = self.hi - self.lo;
        (span > 1e-9).then(|| ((self.got - self.lo) / span * 100.0).clamp(0.0, 100.0))
    }
}

/// Ids (of dimensions or flags) to what they stand for. The first of a repeated id wins, as in
/// `Questionnaire::dimension` and `Questionnaire::flag`.
struct Lookup<'a, T>(Vec<(&'a str, T)>);

impl<'a, T: Copy> Lookup<'a, T> {
    fn new(entries: impl Iterator<Item = (&'a str, T)>) -> Self {
        let mut entries: Vec<(&str, T)> = entries.collect();
        // Stable, so `dedup` keeps the first.
        order::sort_by_key(&mut entries, |(id, _)| *id);
        entries.dedup_by_key(|(id, _)| *id);
        Lookup(entries)
    }

    /// A short list is scanned, which is faster than halving: ids mostly differ in length and
    /// so are told apart without reading them.
    fn get(&self, id: &str) -> Option<T> {
        if self.0.len() <= 16 {
            self.0
                .iter()
                .find(|(key, _)| *key == id)
                .map(|(_, value)| *value)
        } else {
            let at = self.0.binary_search_by_key(&id, |(key, _)| key).ok()?;
            Some(self.0[at].1)
        }
    }
}

/// An answer's effect: an option's own points and flags, plus the profile's welcome or avoid
/// effect when its tag is on one of those lists.
#[derive(Clone, Copy, Default)]
pub(crate) struct Parts<'a>([Option<(&'a Points, &'a [String])>; 3]);

impl<'a> Parts<'a> {
    fn of_effect(effect: &'a Effect) -> Self {
        Parts([Some((&effect.points, &effect.flags)), None, None])
    }

    pub(crate) fn of_choice(question: &'a Question, choice: &'a Choice, profile: &Profile) -> Self {
        let mut parts = Parts([Some((&choice.points, &choice.flags)), None, None]);
        if let Some(tag) = &choice.tag {
            let extra =
                |effect: &'a Option<Effect>| effect.as_ref().map(|e| (&e.points, &e.flags[..]));
            if profile.welcomes(tag) {
                parts.0[1] = extra(&question.on_welcome);
            }
            if profile.avoids(tag) {
                parts.0[2] = extra(&question.on_avoided);
            }
        }
        parts
    }

    /// Points for one dimension; the linter compares answers with this.
    pub(crate) fn points(&self, dimension: &str) -> f64 {
        self.0
            .iter()
            .flatten()
            .filter_map(|(points, _)| points.get(dimension))
            .filter(|p| p.is_finite())
            .sum()
    }

    pub(crate) fn flags(&self) -> impl Iterator<Item = &'a String> + '_ {
        self.0.iter().flatten().flat_map(|(_, flags)| flags.iter())
    }
}

/// Calls `visit` with every effect one answer to the question can have (each option of a
/// multiple-choice question separately), in a fixed order: options in order, `yes` then `no`,
/// steps 1 to 5, number rules in order (skipping those comparing with an unset profile field,
/// which never hold). For a number rule it also passes the comparison to make.
pub(crate) fn for_each_possible<'a>(
    question: &'a Question,
    profile: &Profile,
    visit: &mut dyn FnMut(&Parts<'a>, Option<Comparison>),
) {
    match question.kind {
        Kind::Single | Kind::Multi => question
            .options
            .iter()
            .for_each(|choice| visit(&Parts::of_choice(question, choice, profile), None)),
        Kind::YesNo => [&question.yes, &question.no]
            .into_iter()
            .for_each(|effect| {
                visit(
                    &effect.as_ref().map(Parts::of_effect).unwrap_or_default(),
                    None,
                )
            }),
        Kind::Scale => {
            if let Some(scale) = &question.scale {
                scale
                    .steps
                    .iter()
                    .take(SCALE_STEPS)
                    .for_each(|e| visit(&Parts::of_effect(e), None));
            }
        }
        Kind::Number => {
            for rule in question.number.iter().flat_map(|n| &n.rules) {
                if let Some(target) = resolve(&rule.than, profile) {
                    let parts = Parts([Some((&rule.points, &rule.flags)), None, None]);
                    visit(&parts, Some((rule.op, target)));
                }
            }
        }
        Kind::Text => {}
    }
}

//! The questionnaire definition: the JSON format consultants write and Client Fit reads.
//! Plain data with serde derives; reading lives in [`crate::load`], validation in
//! [`crate::lint`], evaluation in [`crate::condition`] and [`crate::scoring`]. A
//! [`Questionnaire`] built by hand rather than through [`crate::load::load`] has not been
//! checked: the engine does not panic on it, but it may score nonsense. Pure: no browser imports.

use crate::small_map::SmallMap;

use serde::{Deserialize, Serialize};

use super::profile::ProfileField;
use super::text::Text;

/// The format version this build writes and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;

/// Points one effect may add to (positive) or take from (negative) one dimension; the linter
/// rejects points outside it.
pub const POINTS_RANGE: std::ops::RangeInclusive<f64> = -10.0..=10.0;
/// The weight a dimension may carry in the overall score (relative: only the ratios between
/// dimensions matter); the linter rejects weights outside it.
pub const WEIGHT_RANGE: std::ops::RangeInclusive<f64> = 0.0..=10.0;
/// Number of steps on a scale question (answered 1 to 5).
pub const SCALE_STEPS: usize = 5;

/// Points per dimension id that one answer gives: `{"money": -2, "trust": 1}`. Each value is in
/// [`POINTS_RANGE`]; a dimension an answer does not name gets nothing from it.
pub type Points = SmallMap<String, f64>;

/// A whole questionnaire: its questions, what they are scored on, the warning signs they can
/// raise, the verdict tiers, the safeguards and letters offered, and the judgement rules.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    /// Format version of this file; 1 for now.
    pub format: u32,
    /// Stable id, used in saved assessments and share links.
    pub id: String,
    /// Who answers the questions.
    pub lens: Lens,
    /// The language every text must have, and the last step of the fallback chain.
    pub default_language: String,
    /// Languages this file claims to be complete in; the linter checks each text has them.
    #[serde(default)]
    pub languages: Vec<String>,
    /// The questionnaire's name, shown at the top of the page and in the history.
    pub title: Text,
    /// One or two sentences shown before the first question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<Text>,
    /// What the answers are scored on.
    pub dimensions: Vec<Dimension>,
    /// The pages of questions, in the order they are asked.
    pub sections: Vec<Section>,
    /// Warning signs answers can raise.
    #[serde(default)]
    pub flags: Vec<FlagDef>,
    /// Protective steps recommended by the flags that were raised.
    #[serde(default)]
    pub safeguards: Vec<Safeguard>,
    /// Verdict tiers by overall score, covering 0 to 100 without gaps or overlaps.
    pub verdicts: Vec<VerdictBand>,
    /// Message templates offered with the result.
    #[serde(default)]
    pub letters: Vec<Letter>,
    /// How the first impression weighs in the verdict; the defaults apply when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_impression: Option<FirstImpressionRules>,
    /// How much must be known before a verdict is given; the defaults apply when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<ConfidenceRules>,
    /// Set on the copy a prospect's browser downloads ([`Questionnaire::for_prospect`]): it
    /// scores the same, but the consultant's own words are left out.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub prospect_copy: bool,
}

/// "Trust your blink": a bad first impression is evidence. Backed by a sign seen with one's own
/// eyes it decides the verdict; on its own it moves the verdict down and asks for facts. A good
/// impression never lifts a verdict: warning signs outweigh a pleasant first meeting.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FirstImpressionRules {
    /// Flags that back a bad first impression: conduct seen first-hand, such as arguing with
    /// their own customers, threats or no give on anything.
    #[serde(default)]
    pub backed_by: Vec<String>,
    /// The tier (an id of `verdicts`) a bad impression backed by one of those flags gives,
    /// whatever the score and however much is still unknown; the lowest tier when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when_backed: Option<String>,
    /// How many tiers a bad impression with nothing backing it yet moves the verdict down
    /// (0 or 1).
    #[serde(default = "one_tier")]
    pub unbacked_drop: u8,
    /// The first line of "find out next" while a bad impression is not backed yet ("name what
    /// you saw, then find out whether the facts bear it out").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub find_out: Option<Text>,
}

fn one_tier() -> u8 {
    1
}

impl Default for FirstImpressionRules {
    fn default() -> Self {
        FirstImpressionRules {
            backed_by: Vec::new(),
            when_backed: None,
            unbacked_drop: one_tier(),
            find_out: None,
        }
    }
}

/// Most tiers an unbacked bad impression may move the verdict down: a feeling alone is a reason
/// to be careful and to find out, not to decide.
pub const MAX_UNBACKED_DROP: u8 = 1;

/// Confidence is the share (0 to 1) of what matters that has a known answer. Below `judge_at`
/// there is no verdict ("not enough to judge yet"); below `firm_at` the verdict is provisional.
/// Deal-breakers and a backed first impression decide whatever the confidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConfidenceRules {
    /// Below this confidence (0 to 1; 0.5 by default) the verdict is withheld: "not enough to
    /// judge yet".
    #[serde(default = "ConfidenceRules::default_judge_at")]
    pub judge_at: f64,
    /// Below this confidence (0 to 1, at least `judge_at`; 0.75 by default) the verdict is
    /// shown as provisional.
    #[serde(default = "ConfidenceRules::default_firm_at")]
    pub firm_at: f64,
}

impl ConfidenceRules {
    fn default_judge_at() -> f64 {
        0.5
    }

    fn default_firm_at() -> f64 {
        0.75
    }
}

impl Default for ConfidenceRules {
    fn default() -> Self {
        ConfidenceRules {
            judge_at: Self::default_judge_at(),
            firm_at: Self::default_firm_at(),
        }
    }
}

/// Who answers the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Lens {
    /// The consultant screens a prospect before taking the job.
    Screen,
    /// The prospect answers on the consultant's intake page.
    Intake,
    /// The consultant reviews a current client.
    Checkup,
}

/// Something answers are scored on, such as money or communication.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    /// Stable id, the key of `points` maps and of the profile's weight multipliers.
    pub id: String,
    /// The dimension's name as the result shows it ("Money", "Conduct").
    pub label: Text,
    /// Its share of the overall score, relative to the other dimensions' weights, in
    /// 0 to 10; the consultant's profile can multiply it by 0 to 3.
    pub weight: f64,
}

/// A page of questions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable id, unique among sections.
    pub id: String,
    /// The page's heading.
    pub title: Text,
    /// A line shown under the heading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<Text>,
    /// Shown only when this holds; its questions are hidden (and do not count) otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
    /// The questions on the page, in order.
    pub questions: Vec<Question>,
}

/// The kinds of question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// One option of `options`.
    Single,
    /// Any number of `options`.
    Multi,
    /// Yes or no (with "not sure" as the unknown answer); effects in `yes` and `no`.
    YesNo,
    /// 1 to 5; effects in `scale.steps`.
    Scale,
    /// A number with a unit; effects in `number.rules`.
    Number,
    /// A free-text note, never scored.
    Text,
}

/// One question. Which fields matter depends on `kind`; the linter checks they are there.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable id, unique in the questionnaire; answers are keyed by it.
    pub id: String,
    /// What kind of answer it takes; decides which of the fields below apply.
    pub kind: Kind,
    /// The question as asked.
    pub text: Text,
    /// A line under the question that helps answer it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Text>,
    /// For an unanswered or unknown answer: how to find it out in the next conversation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub find_out: Option<Text>,
    /// Whether "I don't know yet" is offered.
    #[serde(default = "yes")]
    pub allow_unknown: bool,
    /// Whether it must be answered (while shown) before the result: the review lists it and
    /// waits. "I don't know yet" does not count as an answer to it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub required: bool,
    /// Shown only when this holds; a hidden question does not count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
    /// Options of a `single` or `multi` question.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<Choice>,
    /// Effect of "yes" on a `yes_no` question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub yes: Option<Effect>,
    /// Effect of "no" on a `yes_no` question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no: Option<Effect>,
    /// Labels and effects of a `scale` question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<Scale>,
    /// Unit, bounds and rules of a `number` question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<NumberSpec>,
    /// Added to a chosen option whose `tag` is on the profile's welcome list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_welcome: Option<Effect>,
    /// Added to a chosen option whose `tag` is on the profile's avoid list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_avoided: Option<Effect>,
}

fn yes() -> bool {
    true
}

/// An option of a single or multiple choice question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Stable id, unique within the question; answers and conditions name it.
    pub id: String,
    /// The option as shown.
    pub label: Text,
    /// Points choosing this option gives each dimension.
    #[serde(default, skip_serializing_if = "Points::is_empty")]
    pub points: Points,
    /// Ids of the flags this option raises.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
    /// Matched against the profile's welcome and avoid lists (for example `industry:retail`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}

/// What an answer does: points to dimensions and flags raised.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Effect {
    /// Points given to each dimension.
    #[serde(default, skip_serializing_if = "Points::is_empty")]
    pub points: Points,
    /// Ids of the warning signs (`flags`) raised.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
}

/// A 1-to-5 scale.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// Label of 1.
    pub low: Text,
    /// Label of 5.
    pub high: Text,
    /// Effects of 1 to 5, exactly five.
    pub steps: Vec<Effect>,
}

/// Units a number question can be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// An amount in the profile's currency.
    Money,
    /// A percentage, 0 to 100 (a deposit, a share of the budget).
    Percent,
    /// A duration in hours (a reply time, hours a week).
    Hours,
    /// A duration in days (payment terms).
    Days,
    /// A duration in weeks (a project's length).
    Weeks,
    /// A plain count (people involved, past providers).
    Count,
}

/// A number question's unit, bounds and scoring rules.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NumberSpec {
    /// What the number counts; decides how it is read and shown.
    pub unit: Unit,
    /// The smallest answer accepted (inclusive); smaller answers count as no answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// The largest answer accepted (inclusive); larger answers count as no answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// Tried in order; the first that holds gives the effect. None holding means no effect.
    #[serde(default)]
    pub rules: Vec<NumberRule>,
}

/// Comparison operators, as written in the file (`"lt"`, `"ge"`...).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Cmp {
    /// Less than.
    Lt,
    /// Less than or equal.
    Le,
    /// Greater than.
    Gt,
    /// Greater than or equal.
    Ge,
    /// Equal, within 1e-9.
    Eq,
}

impl Cmp {
    /// Whether `left op right` holds. Any comparison with NaN is false.
    pub fn holds(self, left: f64, right: f64) -> bool {
        match self {
            Cmp::Lt => left < right,
            Cmp::Le => left <= right,
            Cmp::Gt => left > right,
            Cmp::Ge => left >= right,
            Cmp::Eq => (left - right).abs() < 1e-9,
        }
    }
}

/// The number an answer is compared with: a fixed `value`, or a `profile` field times `factor`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// A fixed number; when set, `profile` and `factor` are ignored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// A profile field to compare with; when the consultant has not set it, the comparison
    /// does not hold (the rule or condition counts for nothing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<ProfileField>,
    /// Multiplies the profile value (0.5 means "half of my minimum budget"); 1 when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub factor: Option<f64>,
}

/// "If the answer is below my minimum budget, take 3 points from money and raise `low_budget`."
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NumberRule {
    /// How the answer is compared: `answer op than`.
    pub op: Cmp,
    /// What the answer is compared with.
    pub than: Target,
    /// Points given when the rule holds.
    #[serde(default, skip_serializing_if = "Points::is_empty")]
    pub points: Points,
    /// Warning signs raised when the rule holds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
}

/// When a question or section is shown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Condition {
    /// The question has an answer other than "don't know".
    Answered(String),
    /// The answer is this option (single), includes it (multi), or is `yes`/`no` (yes/no).
    Is {
        /// The question's id.
        question: String,
        /// The option's id, or `yes` / `no`.
        option: String,
    },
    /// The answer is, or includes, any of these options.
    AnyOf {
        /// The question's id.
        question: String,
        /// Option ids (or `yes` / `no`); any one is enough.
        options: Vec<String>,
    },
    /// A number or scale answer compared with a target.
    Compare {
        /// The question's id; a number or scale question.
        question: String,
        /// How the answer is compared: `answer op than`.
        op: Cmp,
        /// What the answer is compared with; an unset profile field makes it false.
        than: Target,
    },
    /// The profile has a value for this field.
    ProfileSet(ProfileField),
    /// The profile's friends-and-family policy is this one.
    FriendsPolicy(super::profile::FriendsPolicy),
    /// Every one of these holds (true when empty).
    All(Vec<Condition>),
    /// At least one of these holds (false when empty).
    Any(Vec<Condition>),
    /// This does not hold.
    Not(Box<Condition>),
}

/// How serious a warning sign is, from the least to the most (the order is the derived `Ord`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// A small irritation worth raising; named among the reasons only when nothing weightier
    /// is raised.
    Note,
    /// Worth watching: a point to raise or a safeguard to take (a missing deposit).
    Caution,
    /// A real warning sign (threats, no written scope); usually with a `caps_at`.
    Serious,
    /// Forces the lowest verdict, whatever the score.
    DealBreaker,
}

/// A warning sign that answers can raise.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FlagDef {
    /// Stable id, named by answers' `flags`, by `first_impression.backed_by` and in results.
    pub id: String,
    /// How serious the sign is; a `deal_breaker` forces the lowest tier.
    pub severity: Severity,
    /// A short name for the sign.
    pub title: Text,
    /// Why it matters, in a sentence. Left out only of a prospect's copy (see
    /// [`Questionnaire::prospect_copy`]).
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub reason: Text,
    /// What to do about it. Left out only of a prospect's copy.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub advice: Text,
    /// Safeguards this flag recommends.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub safeguards: Vec<String>,
    /// A neutral line a letter can use for this reason ("agree payment dates we both keep").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letter_line: Option<Text>,
    /// The best verdict tier (an id of `verdicts`) a client with this sign can get, whatever
    /// the score: a serious sign can hold the verdict down without being a deal-breaker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caps_at: Option<String>,
}

/// A protective step, such as a signed task list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Safeguard {
    /// Stable id, named by a flag's `safeguards`.
    pub id: String,
    /// The step in a few words ("Put it in writing").
    pub title: Text,
    /// How to take it, in a sentence or two.
    pub detail: Text,
}

/// A verdict tier for overall scores in `min..max` (the top tier includes 100), such as "Good
/// fit: go ahead" or "Walk away". The tiers of a questionnaire cover 0 to 100 without gaps or
/// overlaps (the linter checks it); the tier with the lowest `min` is the one deal-breakers
/// force.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct VerdictBand {
    /// Stable id, named by `caps_at`, `when_backed` and in results.
    pub id: String,
    /// Lowest overall score (0 to 100) in the tier, inclusive.
    pub min: f64,
    /// Highest overall score in the tier, exclusive unless it is 100.
    pub max: f64,
    /// The verdict as shown ("Take it, with safeguards").
    pub label: Text,
    /// What to do next, in plain words. Left out only of a prospect's copy.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub next: Text,
    /// Which way this tier leans, to compare with the first impression.
    pub leaning: Impression,
    /// Ids of the letters to offer with this verdict, the first one first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub letters: Vec<String>,
}

/// A first impression, or which way a verdict leans.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Impression {
    /// It felt right; a verdict leaning this way says go ahead.
    Good,
    /// Neither way.
    Unsure,
    /// Something felt wrong; a verdict leaning this way says walk away or part ways.
    Bad,
}

/// A message template offered with the result (a welcome, new terms, a polite decline, a
/// hand-off). `{client}`, `{consultant}` and `{reasons}` are filled in with the client's name,
/// the consultant's and the reasons found.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Letter {
    /// Stable id, named by a verdict's `letters`.
    pub id: String,
    /// What the letter is for, as the list of letters shows it.
    pub title: Text,
    /// The template, with its placeholders.
    pub body: Text,
}

/// One walk over every text of a questionnaire, for both the shared and the mutable visitor
/// (written once so the two can never disagree on which texts exist).
macro_rules! walk_texts {
    ($q:expr, $visit:expr $(, $m:tt)?) => {{
        $visit("title", & $($m)? $q.title);
        if let Some(intro) = & $($m)? $q.intro {
            $visit("intro", intro);
        }
        for d in & $($m)? $q.dimensions {
            $visit(&format!("dimension `{}` label", d.id), & $($m)? d.label);
        }
        for s in & $($m)? $q.sections {
            $visit(&format!("section `{}` title", s.id), & $($m)? s.title);
            if let Some(intro) = & $($m)? s.intro {
                $visit(&format!("section `{}` intro", s.id), intro);
            }
            for q in & $($m)? s.questions {
                $visit(&format!("question `{}` text", q.id), & $($m)? q.text);
                for (name, text) in [("help", & $($m)? q.help), ("find_out", & $($m)? q.find_out)] {
                    if let Some(text) = text {
                        $visit(&format!("question `{}` {name}", q.id), text);
                    }
                }
                for o in & $($m)? q.options {
                    $visit(&format!("question `{}` option `{}`", q.id, o.id), & $($m)? o.label);
                }
                if let Some(scale) = & $($m)? q.scale {
                    $visit(&format!("question `{}` scale low", q.id), & $($m)? scale.low);
                    $visit(&format!("question `{}` scale high", q.id), & $($m)? scale.high);
                }
            }
        }
        for f in & $($m)? $q.flags {
            $visit(&format!("flag `{}` title", f.id), & $($m)? f.title);
            $visit(&format!("flag `{}` reason", f.id), & $($m)? f.reason);
            $visit(&format!("flag `{}` advice", f.id), & $($m)? f.advice);
            if let Some(line) = & $($m)? f.letter_line {
                $visit(&format!("flag `{}` letter_line", f.id), line);
            }
        }
        for s in & $($m)? $q.safeguards {
            $visit(&format!("safeguard `{}` title", s.id), & $($m)? s.title);
            $visit(&format!("safeguard `{}` detail", s.id), & $($m)? s.detail);
        }
        for v in & $($m)? $q.verdicts {
            $visit(&format!("verdict `{}` label", v.id), & $($m)? v.label);
            $visit(&format!("verdict `{}` next", v.id), & $($m)? v.next);
        }
        for l in & $($m)? $q.letters {
            $visit(&format!("letter `{}` title", l.id), & $($m)? l.title);
            $visit(&format!("letter `{}` body", l.id), & $($m)? l.body);
        }
        if let Some(rules) = & $($m)? $q.first_impression {
            if let Some(find_out) = & $($m)? rules.find_out {
                $visit("first_impression find_out", find_out);
            }
        }
    }};
}

impl Question {
    /// A new yes/no question, as the editor adds one: "I don't know yet" offered, and, with a
    /// `dimension`, a point to it for yes and one taken for no, so it counts at once.
    pub fn yes_no(id: String, text: crate::text::Text, dimension: Option<&str>) -> Question {
        let effect = |n: f64| Effect {
            points: dimension.map(|d| (d.to_owned(), n)).into_iter().collect(),
            flags: Vec::new(),
        };
        Question {
            id,
            kind: Kind::YesNo,
            text,
            help: None,
            find_out: None,
            allow_unknown: true,
            required: false,
            show_if: None,
            options: Vec::new(),
            yes: Some(effect(1.0)),
            no: Some(effect(-1.0)),
            scale: None,
            number: None,
            on_welcome: None,
            on_avoided: None,
        }
    }

    /// The points and flags of every effect an answer to this question can have: options,
    /// yes and no, the profile's welcome and avoid effects, scale steps and number rules.
    pub fn effects(&self) -> impl Iterator<Item = (&Points, &Vec<String>)> {
        let options = self.options.iter().map(|o| (&o.points, &o.flags));
        let effects = [&self.yes, &self.no, &self.on_welcome, &self.on_avoided]
            .into_iter()
            .flatten()
            .chain(self.scale.iter().flat_map(|s| &s.steps))
            .map(|e| (&e.points, &e.flags));
        let rules = (self.number.iter())
            .flat_map(|n| &n.rules)
            .map(|r| (&r.points, &r.flags));
        options.chain(effects).chain(rules)
    }
}

impl Questionnaire {
    /// Every question in order, with the section it belongs to.
    pub fn questions(&self) -> impl Iterator<Item = (&Section, &Question)> {
        self.sections
            .iter()
            .flat_map(|section| section.questions.iter().map(move |q| (section, q)))
    }

    /// The question with this id, the first one if the id repeats.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().map(|(_, q)| q).find(|q| q.id == id)
    }

    /// The warning sign with this id.
    pub fn flag(&self, id: &str) -> Option<&FlagDef> {
        self.flags.iter().find(|f| f.id == id)
    }

    /// The safeguard with this id.
    pub fn safeguard(&self, id: &str) -> Option<&Safeguard> {
        self.safeguards.iter().find(|s| s.id == id)
    }

    /// The verdict tier with this id.
    pub fn verdict(&self, id: &str) -> Option<&VerdictBand> {
        self.verdicts.iter().find(|v| v.id == id)
    }

    /// The letter with this id.
    pub fn letter(&self, id: &str) -> Option<&Letter> {
        self.letters.iter().find(|l| l.id == id)
    }

    /// The dimension with this id.
    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// Verdict tiers from the best (highest scores) to the worst.
    pub fn tiers_best_first(&self) -> Vec<&VerdictBand> {
        let mut tiers: Vec<&VerdictBand> = self.verdicts.iter().collect();
        crate::order::sort_by(&mut tiers, |a, b| b.min.total_cmp(&a.min));
        tiers
    }

    /// The tier a deal-breaker forces: the one for the lowest scores.
    pub fn lowest_tier(&self) -> Option<&VerdictBand> {
        self.verdicts.iter().min_by(|a, b| a.min.total_cmp(&b.min))
    }

    /// The tier for an overall score (0 to 100). A score below 0 falls in the lowest tier;
    /// `None` when the tiers leave the score uncovered (a file that skipped the linter).
    pub fn tier_for(&self, score: f64) -> Option<&VerdictBand> {
        self.verdicts
            .iter()
            .find(|band| score >= band.min && (score < band.max || band.max >= 100.0))
            .or_else(|| self.lowest_tier().filter(|_| score < 0.0))
    }

    /// The first-impression rules, or the defaults when the file has none.
    pub fn first_impression_rules(&self) -> std::borrow::Cow<'_, FirstImpressionRules> {
        match &self.first_impression {
            Some(rules) => std::borrow::Cow::Borrowed(rules),
            None => std::borrow::Cow::Owned(FirstImpressionRules::default()),
        }
    }

    /// The confidence thresholds, or the defaults when the file has none.
    pub fn confidence_rules(&self) -> ConfidenceRules {
        self.confidence.clone().unwrap_or_default()
    }

    /// Calls `visit` with every text in the file and a short description of where it is.
    pub fn visit_texts(&self, visit: &mut dyn FnMut(&str, &Text)) {
        walk_texts!(self, visit);
    }

    /// Calls `visit` with every text in the file, to change it in place.
    pub fn visit_texts_mut(&mut self, visit: &mut dyn FnMut(&str, &mut Text)) {
        walk_texts!(self, visit, mut);
    }

    /// The copy for a prospect's browser: the same questions, points, warning signs (by title),
    /// tiers and rules, so it scores exactly as this one does, without what is meant for the
    /// consultant only: the signs' reasons, advice and letter lines, the safeguards, the tiers'
    /// next steps and letters, the letters, and the "find out" notes.
    pub fn for_prospect(&self) -> Questionnaire {
        let mut copy = self.clone();
        for question in copy
            .sections
            .iter_mut()
            .flat_map(|s| s.questions.iter_mut())
        {
            question.find_out = None;
        }
        for flag in &mut copy.flags {
            flag.reason = Text::default();
            flag.advice = Text::default();
            flag.letter_line = None;
            flag.safeguards.clear();
        }
        for verdict in &mut copy.verdicts {
            verdict.next = Text::default();
            verdict.letters.clear();
        }
        copy.safeguards.clear();
        copy.letters.clear();
        if let Some(rules) = &mut copy.first_impression {
            rules.find_out = None;
        }
        copy.prospect_copy = true;
        copy
    }

    /// This questionnaire with every text in `language` only (falling back as [`Text::get`]
    /// does), so the page fetches one language's words instead of all of them.
    pub fn in_language(&self, language: &str) -> Questionnaire {
        let mut single = self.clone();
        let default = self.default_language.clone();
        single.visit_texts_mut(&mut |_, text| {
            // A text left out (of a prospect's copy) stays out.
            if text.is_empty() {
                return;
            }
            let chosen = text.get(language, &default).to_owned();
            *text = Text::from_pairs([(language, chosen.as_str())]);
        });
        single.default_language = language.to_owned();
        single.languages = vec![language.to_owned()];
        single
    }
}

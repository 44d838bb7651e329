//! The questionnaire definition: the JSON format consultants write and Client Fit reads.
//! Plain data with serde derives; validation lives in `lint`, evaluation in `condition` and
//! `scoring`. Pure: no browser imports.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::profile::ProfileField;
use super::text::Text;

/// The format version this build writes and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;

/// Points an answer may add to or take from one dimension.
pub const POINTS_RANGE: std::ops::RangeInclusive<f64> = -10.0..=10.0;
/// The weight a dimension may carry.
pub const WEIGHT_RANGE: std::ops::RangeInclusive<f64> = 0.0..=10.0;
/// Number of steps on a scale question.
pub const SCALE_STEPS: usize = 5;

/// Dimension ids points go to, per answer: `{"money": -2, "trust": 1}`.
pub type Points = BTreeMap<String, f64>;

/// A whole questionnaire.
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
    pub title: Text,
    /// One or two sentences shown before the first question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<Text>,
    /// What the answers are scored on.
    pub dimensions: Vec<Dimension>,
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
    #[serde(default = "ConfidenceRules::default_judge_at")]
    pub judge_at: f64,
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
    pub id: String,
    pub label: Text,
    /// Share of the overall score, from 0 to 10; the profile can scale it.
    pub weight: f64,
}

/// A page of questions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<Text>,
    /// Shown only when this holds; its questions are hidden (and do not count) otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
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
    pub kind: Kind,
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
    pub id: String,
    pub label: Text,
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
    #[serde(default, skip_serializing_if = "Points::is_empty")]
    pub points: Points,
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
    Percent,
    Hours,
    Days,
    Weeks,
    Count,
}

/// A number question's unit, bounds and scoring rules.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NumberSpec {
    pub unit: Unit,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// Tried in order; the first that holds gives the effect. None holding means no effect.
    #[serde(default)]
    pub rules: Vec<NumberRule>,
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Cmp {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
}

impl Cmp {
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<ProfileField>,
    /// Multiplies the profile value (0.5 means "half of my minimum budget").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub factor: Option<f64>,
}

/// "If the answer is below my minimum budget, take 3 points from money and raise `low_budget`."
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NumberRule {
    pub op: Cmp,
    pub than: Target,
    #[serde(default, skip_serializing_if = "Points::is_empty")]
    pub points: Points,
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
        question: String,
        option: String,
    },
    /// The answer is, or includes, any of these options.
    AnyOf {
        question: String,
        options: Vec<String>,
    },
    /// A number or scale answer compared with a target.
    Compare {
        question: String,
        op: Cmp,
        than: Target,
    },
    /// The profile has a value for this field.
    ProfileSet(ProfileField),
    /// The profile's friends-and-family policy is this one.
    FriendsPolicy(super::profile::FriendsPolicy),
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
}

/// How serious a warning sign is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Note,
    Caution,
    Serious,
    /// Forces the lowest verdict, whatever the score.
    DealBreaker,
}

/// A warning sign that answers can raise.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FlagDef {
    pub id: String,
    pub severity: Severity,
    /// A short name for the sign.
    pub title: Text,
    /// Why it matters, in a sentence.
    pub reason: Text,
    /// What to do about it.
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
    pub id: String,
    pub title: Text,
    pub detail: Text,
}

/// A verdict tier for overall scores in `min..max` (the top tier includes 100).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct VerdictBand {
    pub id: String,
    pub min: f64,
    pub max: f64,
    pub label: Text,
    /// What to do next, in plain words.
    pub next: Text,
    /// Which way this tier leans, to compare with the first impression.
    pub leaning: Impression,
    /// Letters to offer with this verdict.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub letters: Vec<String>,
}

/// A first impression, or which way a verdict leans.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Impression {
    Good,
    Unsure,
    Bad,
}

/// A message template. `{client}`, `{consultant}` and `{reasons}` are filled in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Letter {
    pub id: String,
    pub title: Text,
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

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().map(|(_, q)| q).find(|q| q.id == id)
    }

    pub fn flag(&self, id: &str) -> Option<&FlagDef> {
        self.flags.iter().find(|f| f.id == id)
    }

    pub fn safeguard(&self, id: &str) -> Option<&Safeguard> {
        self.safeguards.iter().find(|s| s.id == id)
    }

    pub fn verdict(&self, id: &str) -> Option<&VerdictBand> {
        self.verdicts.iter().find(|v| v.id == id)
    }

    pub fn letter(&self, id: &str) -> Option<&Letter> {
        self.letters.iter().find(|l| l.id == id)
    }

    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// Verdict tiers from the best (highest scores) to the worst.
    pub fn tiers_best_first(&self) -> Vec<&VerdictBand> {
        let mut tiers: Vec<&VerdictBand> = self.verdicts.iter().collect();
        tiers.sort_by(|a, b| b.min.total_cmp(&a.min));
        tiers
    }

    /// The tier a deal-breaker forces: the one for the lowest scores.
    pub fn lowest_tier(&self) -> Option<&VerdictBand> {
        self.verdicts.iter().min_by(|a, b| a.min.total_cmp(&b.min))
    }

    /// The tier for an overall score.
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

    /// This questionnaire with every text in `language` only (falling back as `Text::get`
    /// does), so the page fetches one language's words instead of all of them.
    pub fn in_language(&self, language: &str) -> Questionnaire {
        let mut single = self.clone();
        let default = self.default_language.clone();
        single.visit_texts_mut(&mut |_, text| {
            let chosen = text.get(language, &default).to_owned();
            *text = Text::from_pairs([(language, chosen.as_str())]);
        });
        single.default_language = language.to_owned();
        single.languages = vec![language.to_owned()];
        single
    }
}

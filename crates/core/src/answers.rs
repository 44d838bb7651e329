//! Answers to a questionnaire and the first impression ("blink") recorded before them.
//! Pure: no browser imports.

use crate::small_map::SmallMap;

use serde::{Deserialize, Serialize};

use super::model::{Impression, Kind, Question, SCALE_STEPS};

/// One answer. `Unknown` is "I don't know yet" (or "not sure" on a yes/no question).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// The id of the option chosen on a single-choice question.
    Choice(String),
    /// The ids of the options chosen on a multiple-choice question, each at most once; empty
    /// is "none of these".
    Choices(Vec<String>),
    /// Yes (`true`) or no on a yes/no question.
    YesNo(bool),
    /// The step chosen on a scale question, 1 to 5.
    Scale(u8),
    /// A number question's answer, in the question's [`Unit`](crate::model::Unit).
    Number(f64),
    /// A free-text note; never scored.
    Text(String),
    /// "I don't know yet": counts for nothing either way and lowers the confidence.
    Unknown,
}

/// Answers keyed by question id. Answers to questions that do not exist, are hidden or do not
/// [fit](Answer::fits) their question count as no answer.
pub type Answers = SmallMap<String, Answer>;

/// The first impression, taken before any question: "trust your blink". A bad one backed by a
/// sign seen first-hand decides the verdict; see [`crate::scoring::Scorer::judge`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Blink {
    /// How the first moments felt.
    pub impression: Impression,
    /// One line on why.
    #[serde(default)]
    pub why: String,
}

impl Answer {
    /// Whether this answer says something: not "don't know", not an empty note, not a number
    /// that is no number. An empty selection on a multiple-choice question does say something
    /// ("none of these"): scoring and the linter both treat it as a possible answer worth 0.
    pub fn is_known(&self) -> bool {
        match self {
            Answer::Unknown => false,
            Answer::Text(text) => !text.trim().is_empty(),
            Answer::Number(n) => n.is_finite(),
            _ => true,
        }
    }

    /// Whether this is a known answer the question can take: the question's kind, options it
    /// has (each at most once), a step from 1 to 5, a finite number within its bounds.
    /// Anything else (a tampered link, an option since removed) is treated as no answer at all,
    /// by scoring and by conditions alike, so it can neither score nor open other questions.
    pub fn fits(&self, question: &Question) -> bool {
        let has_option = |id: &str| question.options.iter().any(|o| o.id == id);
        match (question.kind, self) {
            (Kind::Single, Answer::Choice(id)) => has_option(id),
            (Kind::Multi, Answer::Choices(ids)) => {
                // More ids than options means a repeat; checked first so a huge tampered list
                // costs nothing.
                ids.len() <= question.options.len()
                    && ids
                        .iter()
                        .enumerate()
                        .all(|(i, id)| has_option(id) && !ids[..i].contains(id))
            }
            (Kind::YesNo, Answer::YesNo(_)) => true,
            (Kind::Scale, Answer::Scale(step)) => {
                let step = usize::from(*step);
                (1..=SCALE_STEPS).contains(&step)
                    && question
                        .scale
                        .as_ref()
                        .is_some_and(|s| step <= s.steps.len())
            }
            (Kind::Number, Answer::Number(n)) => {
                n.is_finite()
                    && question.number.as_ref().is_some_and(|spec| {
                        spec.min.is_none_or(|min| *n >= min) && spec.max.is_none_or(|max| *n <= max)
                    })
            }
            (Kind::Text, Answer::Text(_)) => self.is_known(),
            _ => false,
        }
    }
}

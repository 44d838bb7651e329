//! What an assessment is about and what was said in it: the part the assessment in progress
//! (`session::Session`) and a saved one (`history::Assessment`) share. A module of its own so
//! that `history` and `session` both use it without importing each other.
//! Pure: no browser imports.

use serde::{Deserialize, Serialize};

use super::answers::{Answers, Blink};
use super::model::Questionnaire;

/// What an assessment is about and what was said in it. The assessment in progress
/// (`Session`) and the saved ones (`Assessment`) both hold one, stored flat in their JSON.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Work {
    /// Id of the questionnaire answered.
    pub questionnaire: String,
    /// The client's or prospect's name, possibly empty.
    #[serde(default)]
    pub client: String,
    /// The first impression, asked before any question.
    #[serde(default)]
    pub blink: Option<Blink>,
    /// The answers so far, by question id.
    #[serde(default)]
    pub answers: Answers,
    /// The consultant overruled the computed verdict.
    #[serde(default)]
    pub overrule: Option<Overrule>,
    /// Id of the earlier assessment of the same client this one re-assesses.
    #[serde(default)]
    pub previous: Option<String>,
    /// Who gave the answers.
    #[serde(default)]
    pub source: Source,
    /// The consultant's private notes; never put in a share link.
    #[serde(default)]
    pub notes: String,
    /// Safeguards ticked off on the result's checklist.
    #[serde(default)]
    pub safeguards_done: Vec<String>,
    /// For one of the consultant's own questionnaires, the version it is answered with
    /// (`own::fingerprint`), kept once on the device (`own::Version`): editing the
    /// questionnaire later must not re-score it. `None` for the built-in ones, and in saves from
    /// before versions were kept (those open with the questionnaire as it is now).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl Work {
    /// The first impression recorded, if any, as scoring judges it.
    pub fn impression(&self) -> Option<super::model::Impression> {
        self.blink.as_ref().map(|blink| blink.impression)
    }
}

/// The consultant's own verdict, replacing the computed one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Overrule {
    /// A verdict tier id of the questionnaire.
    pub verdict: String,
    /// Why; required and non-empty.
    pub reason: String,
}

impl Overrule {
    /// An overrule to one of the questionnaire's verdict tiers, with its reason trimmed; `None`
    /// when the tier does not exist or the reason is empty.
    pub fn new(questionnaire: &Questionnaire, verdict: &str, reason: &str) -> Option<Self> {
        let reason = reason.trim();
        (questionnaire.verdict(verdict).is_some() && !reason.is_empty()).then(|| Overrule {
            verdict: verdict.to_owned(),
            reason: reason.to_owned(),
        })
    }
}

/// Who gave the answers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// The consultant's own screening.
    #[default]
    Consultant,
    /// An intake the prospect filled in and sent.
    Prospect,
}

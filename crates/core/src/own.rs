//! The consultant's own questionnaires, made on the Questionnaires page: how they are kept on the
//! device and in backups, merged when two tabs or a backup hold different copies, started
//! (blank, or a copy of a built-in one) and read from a file. An own questionnaire may be
//! unfinished: it is kept whatever the linter says, and only one without errors can be used.
//! Pure: no browser imports, no clock (the caller passes the time).

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

use super::builtin::IDS;
use super::lint::{Problem, ProblemKind, lint};
use super::load::parse;
use super::model::{
    Dimension, FORMAT_VERSION, Impression, Lens, Question, Questionnaire, Section, VerdictBand,
};
use super::text::Text;

/// One of the consultant's own questionnaires as kept, or the mark that it was deleted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Own {
    /// The questionnaire's id (the same as its `questionnaire.id` while it is there).
    pub id: String,
    /// When it was last changed or deleted (milliseconds since the Unix epoch): of two copies
    /// of the same id, the later one wins (`merge`).
    pub edited_ms: f64,
    /// The questionnaire; `None` once deleted, so an older copy (another tab's, a backup's)
    /// does not bring it back.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "whole_questionnaire"
    )]
    pub questionnaire: Option<Questionnaire>,
}

/// How an `Own`'s questionnaire is written and read: whole, with the `own-questionnaires`
/// feature (the consultant's app, the CLI); without it (the prospect's widget, whose save never
/// holds one), not at all, so none of the questionnaire's writing and value-reading code is
/// compiled into the widget.
mod whole_questionnaire {
    use serde::{Deserializer, Serializer};

    use crate::model::Questionnaire;

    #[cfg(feature = "own-questionnaires")]
    pub(super) fn serialize<S: Serializer>(
        questionnaire: &Option<Questionnaire>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(questionnaire, serializer)
    }

    #[cfg(feature = "own-questionnaires")]
    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Questionnaire>, D::Error> {
        serde::Deserialize::deserialize(deserializer)
    }

    #[cfg(not(feature = "own-questionnaires"))]
    pub(super) fn serialize<S: Serializer>(
        _: &Option<Questionnaire>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_none()
    }

    #[cfg(not(feature = "own-questionnaires"))]
    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Questionnaire>, D::Error> {
        <serde::de::IgnoredAny as serde::Deserialize>::deserialize(deserializer)?;
        Ok(None)
    }
}

impl Own {
    /// A questionnaire kept as changed at `edited_ms`.
    pub fn kept(questionnaire: Questionnaire, edited_ms: f64) -> Own {
        Own {
            id: questionnaire.id.clone(),
            edited_ms,
            questionnaire: Some(questionnaire),
        }
    }

    /// Whether this is the mark of a deleted questionnaire.
    pub fn is_deleted(&self) -> bool {
        self.questionnaire.is_none()
    }
}

/// A version of an own questionnaire that assessments were made with, kept once on the device
/// whatever becomes of the questionnaire (edited, deleted), so those assessments still open and
/// score as they did. Kept as the JSON it was written as (like the custom questionnaires kept
/// with the history), so reading a save needs no questionnaire reader.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Version {
    /// `fingerprint` of the questionnaire: what an assessment's `Work::version` names.
    pub fingerprint: String,
    /// The questionnaire as it was.
    pub questionnaire: Value,
}

/// A short fingerprint of a questionnaire's whole content (64-bit FNV-1a of its JSON, in hex):
/// any edit changes it, and the same content always gives the same one (every map in the model
/// is ordered, so the JSON is too). Not a safeguard against tampering, only a version's name.
pub fn fingerprint(questionnaire: &Questionnaire) -> String {
    // Plain data with string keys: serialising cannot fail.
    let text = serde_json::to_string(questionnaire).unwrap_or_default();
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// The kept versions with `questionnaire`'s added (if it was not there yet), and its
/// fingerprint. `None` when nothing was added.
pub fn keep_version(
    versions: &[Version],
    questionnaire: &Questionnaire,
) -> (Option<Vec<Version>>, String) {
    let fingerprint = fingerprint(questionnaire);
    if versions.iter().any(|v| v.fingerprint == fingerprint) {
        return (None, fingerprint);
    }
    let Ok(value) = serde_json::to_value(questionnaire) else {
        return (None, fingerprint);
    };
    let mut kept = versions.to_vec();
    kept.push(Version {
        fingerprint: fingerprint.clone(),
        questionnaire: value,
    });
    (Some(kept), fingerprint)
}

/// The kept version with this fingerprint, read back; `None` when it is not kept or no longer
/// reads.
pub fn version(versions: &[Version], fingerprint: &str) -> Option<Questionnaire> {
    let kept = versions.iter().find(|v| v.fingerprint == fingerprint)?;
    serde_json::from_value(kept.questionnaire.clone()).ok()
}

/// Two lists of kept versions as one: `mine`, then `theirs`' others (a version never changes,
/// so the same fingerprint is the same version).
pub fn merge_versions(mine: &[Version], theirs: &[Version]) -> Vec<Version> {
    let mut merged = mine.to_vec();
    for their in theirs {
        if !merged.iter().any(|m| m.fingerprint == their.fingerprint) {
            merged.push(their.clone());
        }
    }
    merged
}

/// Reads a list of kept versions, dropping any entry that does not read (one bad entry must
/// not cost the whole save). For `#[serde(deserialize_with)]`.
///
/// # Errors
///
/// Only when the list itself is not a list.
pub fn lenient_versions<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<Version>, D::Error> {
    let values = Option::<Vec<Value>>::deserialize(deserializer)?.unwrap_or_default();
    Ok(values
        .into_iter()
        .filter_map(|v| serde_json::from_value::<Version>(v).ok())
        .collect())
}

/// Reads a kept list, dropping any entry that no longer reads (a later format, damage): one bad
/// entry must not cost the whole save. For `#[serde(deserialize_with)]`.
///
/// # Errors
///
/// Only when the list itself is not a list.
pub fn lenient<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Own>, D::Error> {
    let values = Option::<Vec<Value>>::deserialize(deserializer)?.unwrap_or_default();
    Ok(values
        .into_iter()
        .filter_map(|v| serde_json::from_value::<Own>(v).ok())
        .filter(|own| own.questionnaire.as_ref().is_none_or(|q| q.id == own.id))
        .collect())
}

/// Two kept lists merged by id: of two copies, the later `edited_ms` wins (`mine` on a tie);
/// `mine`'s order first, then `theirs`' other entries.
pub fn merge(mine: &[Own], theirs: &[Own]) -> Vec<Own> {
    let mut merged = mine.to_vec();
    for their in theirs {
        match merged.iter_mut().find(|m| m.id == their.id) {
            Some(m) if their.edited_ms > m.edited_ms => *m = their.clone(),
            Some(_) => {}
            None => merged.push(their.clone()),
        }
    }
    merged
}

/// The questionnaires of a kept list that are there (not deleted), in order.
pub fn live(kept: &[Own]) -> impl Iterator<Item = &Questionnaire> {
    kept.iter().filter_map(|own| own.questionnaire.as_ref())
}

/// `wanted`, or `wanted-2`, `wanted-3`... : the first that is neither built in nor in `taken`.
pub fn free_id<'a>(wanted: &str, taken: impl IntoIterator<Item = &'a str> + Clone) -> String {
    let wanted = if wanted.trim().is_empty() {
        "my-questionnaire"
    } else {
        wanted
    };
    let used = |id: &str| IDS.contains(&id) || taken.clone().into_iter().any(|t| t == id);
    if !used(wanted) {
        return wanted.to_owned();
    }
    (2..)
        .map(|n| format!("{wanted}-{n}"))
        .find(|id| !used(id))
        .unwrap_or_default()
}

fn text(language: &str, words: &str) -> Text {
    Text(
        [(language.to_owned(), words.to_owned())]
            .into_iter()
            .collect(),
    )
}

/// A new questionnaire to fill in, in `language`: one section with one yes/no question, one
/// dimension and two verdict tiers, so it can be used at once and everything else is an edit.
/// `words` gives its texts: the title, the section's title, the question, the dimension, and
/// the two tiers' labels and next steps (good, then bad).
pub fn blank(id: &str, language: &str, lens: Lens, words: &BlankWords<'_>) -> Questionnaire {
    let t = |w: &str| text(language, w);
    Questionnaire {
        format: FORMAT_VERSION,
        id: id.to_owned(),
        lens,
        default_language: language.to_owned(),
        languages: Vec::new(),
        title: t(words.title),
        intro: None,
        dimensions: vec![Dimension {
            id: "fit".to_owned(),
            label: t(words.dimension),
            weight: 1.0,
        }],
        sections: vec![Section {
            id: "section-1".to_owned(),
            title: t(words.section),
            intro: None,
            show_if: None,
            questions: vec![Question::yes_no(
                "question-1".to_owned(),
                t(words.question),
                Some("fit"),
            )],
        }],
        flags: Vec::new(),
        safeguards: Vec::new(),
        verdicts: vec![
            VerdictBand {
                id: "good".to_owned(),
                min: 50.0,
                max: 100.0,
                label: t(words.good),
                next: t(words.good_next),
                leaning: Impression::Good,
                letters: Vec::new(),
            },
            VerdictBand {
                id: "bad".to_owned(),
                min: 0.0,
                max: 50.0,
                label: t(words.bad),
                next: t(words.bad_next),
                leaning: Impression::Bad,
                letters: Vec::new(),
            },
        ],
        letters: Vec::new(),
        first_impression: None,
        confidence: None,
        prospect_copy: false,
    }
}

/// The words of a blank questionnaire, in the consultant's language (see `blank`).
#[derive(Clone, Copy, Debug)]
pub struct BlankWords<'a> {
    /// Its title.
    pub title: &'a str,
    /// Its one section's title.
    pub section: &'a str,
    /// Its one question.
    pub question: &'a str,
    /// Its one dimension's label.
    pub dimension: &'a str,
    /// The good tier's label.
    pub good: &'a str,
    /// The good tier's next step.
    pub good_next: &'a str,
    /// The bad tier's label.
    pub bad: &'a str,
    /// The bad tier's next step.
    pub bad_next: &'a str,
}

/// A copy of `original` to make one's own: its id made free among `taken` (and the built-ins),
/// the prospect's-copy mark cleared.
pub fn copy_of<'a>(
    original: &Questionnaire,
    taken: impl IntoIterator<Item = &'a str> + Clone,
) -> Questionnaire {
    let mut copy = original.clone();
    copy.id = free_id(&format!("my-{}", original.id), taken);
    copy.prospect_copy = false;
    copy
}

/// Why a file could not be taken as a questionnaire; nothing was changed.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum FileError {
    /// It is not a questionnaire at all (not JSON, cut off, another kind of file); the parser's
    /// problem says where.
    #[error("this file is not a questionnaire: {0}")]
    NotQuestionnaire(Problem),
    /// A later Client Fit's format (the version it claims).
    #[error("this questionnaire was made for a newer Client Fit (format {0})")]
    Newer(u32),
    /// A prospect's copy, without the consultant's advice: not something to build on.
    #[error("this is a prospect's copy of a questionnaire, without your advice and letters")]
    ProspectCopy,
    /// Two parts with the same id (the linter's problem says which): the editor tells its
    /// parts apart by their ids and cannot rename an option's or a section's, so such a file
    /// could not be fixed there.
    #[error("this questionnaire gives two parts the same id: {0}")]
    RepeatedIds(Problem),
}

/// Reads a questionnaire file to keep as one's own: its id made free among `taken` (and the
/// built-ins). It is taken even with linter errors (it can be fixed in the editor), but for
/// two parts with the same id; the problems come with it.
///
/// # Errors
///
/// A [`FileError`] when the file is not a questionnaire, is a newer format or a prospect's
/// copy, or gives two parts the same id.
pub fn read_file<'a>(
    text: &str,
    taken: impl IntoIterator<Item = &'a str> + Clone,
) -> Result<(Questionnaire, Vec<Problem>), FileError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut questionnaire = parse(text).map_err(|problem| match claimed_format(text) {
        Some(newer) if problem.kind == ProblemKind::FormatVersion && newer > FORMAT_VERSION => {
            FileError::Newer(newer)
        }
        _ => FileError::NotQuestionnaire(problem),
    })?;
    if questionnaire.prospect_copy {
        return Err(FileError::ProspectCopy);
    }
    questionnaire.id = free_id(&questionnaire.id, taken);
    let problems = lint(&questionnaire);
    if let Some(repeated) = (problems.iter()).find(|p| p.kind == ProblemKind::DuplicateId) {
        return Err(FileError::RepeatedIds(repeated.clone()));
    }
    Ok((questionnaire, problems))
}

/// The format a file claims, if it is a JSON object with a whole number there.
fn claimed_format(text: &str) -> Option<u32> {
    let format = serde_json::from_str::<Value>(text)
        .ok()?
        .get("format")?
        .as_u64()?;
    Some(u32::try_from(format).unwrap_or(u32::MAX))
}

/// The questionnaire as a file: pretty JSON in the committed format (what `read_file` and the
/// linter read back).
pub fn to_file(questionnaire: &Questionnaire) -> String {
    // Plain data with string keys: serialising cannot fail.
    serde_json::to_string_pretty(questionnaire).unwrap_or_default() + "\n"
}

/// Whether a questionnaire can be used (screen with it, put it on a site): no error, the
/// linter's or an empty text (`draft::usable`).
pub fn usable(questionnaire: &Questionnaire) -> bool {
    super::draft::usable(questionnaire)
}

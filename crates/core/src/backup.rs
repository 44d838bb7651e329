//! The backup file: the profile and every saved assessment in one JSON file the consultant keeps,
//! and reading such a file back into the current history. A damaged entry costs only itself: the
//! good entries are taken and the bad ones reported with their place and reason.
//! Pure: no browser imports, no clock (the caller passes the time).

use serde::Serialize;
use serde_json::Value;

use super::builtin::IDS;
use super::history::{Assessment, Taken};
use super::lint::Problems;
use super::load::load;
use super::model::Questionnaire;
use super::own::{Own, Version};
use super::profile::Profile;

/// The backup version this build writes and the newest it reads.
pub const BACKUP_VERSION: u32 = 1;
/// The key that marks a file as a Client Fit backup, holding its version.
pub const BACKUP_KEY: &str = "client_fit_backup";
/// Largest file read, in bytes (5 MiB), so a wrong file picked by mistake cannot freeze the
/// page.
pub const MAX_BACKUP_BYTES: usize = 5 * 1024 * 1024;

/// Why a file was not read at all. The messages are in English, for logs and tests; the page
/// shows its own translated text for each variant.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BackupError {
    /// Over [`MAX_BACKUP_BYTES`].
    #[error("the file is too large to be a Client Fit backup (over 5 MiB)")]
    TooLarge,
    /// Not a JSON object with a [`BACKUP_KEY`] version from 1 up.
    #[error("this file is not a Client Fit backup")]
    NotOurs,
    /// A backup version newer than [`BACKUP_VERSION`] (the version it claims).
    #[error("this backup was made by a newer Client Fit (backup version {0})")]
    Newer(u32),
    /// It is one of ours, but its history is not a list.
    #[error("the backup is damaged: {0}")]
    Damaged(String),
}

/// Why one saved assessment (or one carried questionnaire) in a backup was not taken.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// It does not read as an assessment; serde's message.
    #[error("it is not a saved assessment: {0}")]
    Unreadable(String),
    /// Its id is empty or blank.
    #[error("it has no id")]
    NoId,
    /// An earlier entry in the same file has this id; the first one is taken.
    #[error("its id `{0}` is used by an earlier entry in the same file")]
    RepeatedId(String),
    /// The consultant overruled the verdict without saying why, which a saved overrule needs.
    #[error("its overruled verdict gives no reason")]
    OverruleWithoutReason,
    /// A questionnaire the file carried (for its assessments) that does not load.
    #[error("the questionnaire it carries cannot be used: {0}")]
    Questionnaire(Problems),
    /// One of the consultant's own questionnaires in the file that does not read (a later
    /// format, damage); serde's message.
    #[error("your own questionnaire in it does not read: {0}")]
    Own(String),
}

/// An entry of the file that was not taken, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    /// Its position (from 0) in the file's `history`, in its `questionnaires` for a
    /// [`Refusal::Questionnaire`], or in its `own` for a [`Refusal::Own`].
    pub index: usize,
    /// Why it was not taken.
    pub reason: Refusal,
}

/// What reading a backup gives.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The profile in the file, if it had one that reads; the shell decides whether it replaces
    /// the current one.
    pub profile: Option<Profile>,
    /// Why a profile that was there did not read.
    pub profile_error: Option<String>,
    /// The current history merged with the file's: the current entries where they were (updated
    /// in place), then the new ones in file order.
    pub history: Vec<Assessment>,
    /// Questionnaires that are not built in, carried for the file's assessments (a prospect's
    /// custom intake), each checked as any questionnaire file is, with the JSON it came as.
    pub questionnaires: Vec<Custom>,
    /// The consultant's own questionnaires in the file (none in a backup from before they
    /// existed), to merge with the device's by `own::merge`: the later copy of each wins.
    pub own: Vec<Own>,
    /// The versions of own questionnaires the file's assessments were made with (none in a
    /// backup from before they were kept; one that does not read is left out), to merge with
    /// the device's by `own::merge_versions`.
    pub versions: Vec<Version>,
    /// Entries whose id was not in the current history.
    pub added: usize,
    /// Entries present in both whose copy in the file was changed later.
    pub updated: usize,
    /// Entries present in both, identical or newer here.
    pub unchanged: usize,
    /// Entries not taken, history entries first, in file order.
    pub refused: Vec<Refused>,
}

#[derive(Serialize)]
struct Backup<'a> {
    client_fit_backup: u32,
    exported_ms: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    profile: Option<&'a Profile>,
    history: &'a [Assessment],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    questionnaires: &'a [Value],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    own: &'a [Own],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    versions: &'a [Version],
}

/// A questionnaire that is not built in, with the JSON it was read from. The JSON is what is
/// kept and passed on: the page never writes a questionnaire out itself, which spares it the
/// code to do so.
#[derive(Clone, Debug, PartialEq)]
pub struct Custom {
    /// The questionnaire, checked as [`load`] checks any file.
    pub questionnaire: Questionnaire,
    /// The JSON it was read from, kept to be written into backups and hand-overs.
    pub source: Value,
}

impl Custom {
    /// Reads and checks a questionnaire given as JSON.
    ///
    /// # Errors
    ///
    /// The problems [`load`] found, when any is an error.
    pub fn read(source: Value) -> Result<Custom, Vec<super::lint::Problem>> {
        let loaded = load(&source.to_string())?;
        Ok(Custom {
            questionnaire: loaded.questionnaire,
            source,
        })
    }
}

/// The backup file's text: pretty JSON, so it can be read and diffed. `custom` is the JSON of
/// the questionnaires that are not built in, so their assessments still open elsewhere.
pub fn export(profile: &Profile, history: &[Assessment], custom: &[Value], now_ms: f64) -> String {
    write(Some(profile), history, custom, &[], &[], now_ms)
}

/// The backup file with the consultant's own questionnaires too (`own`; the marks of deleted
/// ones are left out: a backup holds what there is).
pub fn export_with_own(
    profile: &Profile,
    history: &[Assessment],
    custom: &[Value],
    own: &[Own],
    now_ms: f64,
) -> String {
    export_with_versions(profile, history, custom, own, &[], now_ms)
}

/// The backup file with the consultant's own questionnaires and, of the kept `versions`, those
/// its assessments were made with (`Work::version`), so they open elsewhere as they do here.
pub fn export_with_versions(
    profile: &Profile,
    history: &[Assessment],
    custom: &[Value],
    own: &[Own],
    versions: &[Version],
    now_ms: f64,
) -> String {
    let own: Vec<Own> = own.iter().filter(|o| !o.is_deleted()).cloned().collect();
    let named = |v: &&Version| {
        (history.iter()).any(|a| a.work.version.as_deref() == Some(v.fingerprint.as_str()))
    };
    let versions: Vec<Version> = versions.iter().filter(named).cloned().collect();
    write(Some(profile), history, custom, &own, &versions, now_ms)
}

/// A prospect's hand-over file: a backup holding only their own assessment (marked as theirs),
/// its questionnaire's JSON when that is not built in, and no profile, so the consultant
/// imports it into their history like any backup.
pub fn export_handover(assessment: &Assessment, custom: Option<&Value>, now_ms: f64) -> String {
    let mut theirs = assessment.clone();
    theirs.work.source = super::work::Source::Prospect;
    let custom: Vec<Value> = custom.into_iter().cloned().collect();
    write(None, &[theirs], &custom, &[], &[], now_ms)
}

fn write(
    profile: Option<&Profile>,
    history: &[Assessment],
    custom: &[Value],
    own: &[Own],
    versions: &[Version],
    now_ms: f64,
) -> String {
    let backup = Backup {
        client_fit_backup: BACKUP_VERSION,
        exported_ms: now_ms,
        profile,
        history,
        questionnaires: custom,
        own,
        versions,
    };
    // Plain data with string keys: serialising cannot fail.
    serde_json::to_string_pretty(&backup).unwrap_or_default()
}

/// Reads a backup and merges its history into `current`: a new id is added; a known id is kept as
/// it is when identical, and otherwise the copy with the later `updated_ms` wins (this device's
/// on a tie). The recorded outcome goes by its own time (`outcome_ms`): the later one is kept,
/// from whichever copy.
///
/// # Errors
///
/// A [`BackupError`] when the file as a whole cannot be read; damaged entries are not errors
/// but land in [`Imported::refused`].
pub fn import(text: &str, current: &[Assessment]) -> Result<Imported, BackupError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge);
    }
    // Some editors put a byte-order mark at the start of a saved file.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Ok(Value::Object(mut file)) = serde_json::from_str::<Value>(text) else {
        return Err(BackupError::NotOurs);
    };
    let version = file
        .get(BACKUP_KEY)
        .and_then(Value::as_u64)
        .ok_or(BackupError::NotOurs)?;
    match u32::try_from(version) {
        Ok(0) => return Err(BackupError::NotOurs),
        Ok(v) if v <= BACKUP_VERSION => {}
        Ok(v) => return Err(BackupError::Newer(v)),
        Err(_) => return Err(BackupError::Newer(u32::MAX)),
    }
    let entries = match file.remove("history") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(entries)) => entries,
        Some(_) => return Err(BackupError::Damaged("`history` is not a list".into())),
    };
    let (profile, profile_error) = match file.remove("profile") {
        None | Some(Value::Null) => (None, None),
        Some(value) => match serde_json::from_value::<Profile>(value) {
            Ok(profile) => (Some(profile), None),
            Err(e) => (None, Some(e.to_string())),
        },
    };

    let carried = match file.remove("questionnaires") {
        Some(Value::Array(carried)) => carried,
        _ => Vec::new(),
    };
    let own = match file.remove("own") {
        Some(Value::Array(own)) => own,
        _ => Vec::new(),
    };
    // A version is checked when an assessment opens with it; one that is not even a version
    // is left out alone.
    let versions = match file.remove("versions") {
        Some(Value::Array(versions)) => versions
            .into_iter()
            .filter_map(|v| serde_json::from_value::<Version>(v).ok())
            .collect(),
        _ => Vec::new(),
    };
    let mut imported = Imported {
        profile,
        profile_error,
        history: current.to_vec(),
        questionnaires: Vec::new(),
        own: Vec::new(),
        versions,
        added: 0,
        updated: 0,
        unchanged: 0,
        refused: Vec::new(),
    };
    let mut seen: Vec<String> = Vec::with_capacity(entries.len());
    for (index, entry) in entries.into_iter().enumerate() {
        match check(entry, &seen) {
            Ok(entry) => {
                seen.push(entry.id.clone());
                imported.merge(entry);
            }
            Err(reason) => imported.refused.push(Refused { index, reason }),
        }
    }
    for (index, source) in carried.into_iter().enumerate() {
        match Custom::read(source) {
            Ok(custom) if !IDS.contains(&custom.questionnaire.id.as_str()) => {
                imported.questionnaires.push(custom);
            }
            // A file cannot replace a built-in questionnaire.
            Ok(_) => {}
            Err(problems) => {
                let reason = Refusal::Questionnaire(problems.into());
                imported.refused.push(Refused { index, reason });
            }
        }
    }
    for (index, entry) in own.into_iter().enumerate() {
        match read_own(entry, &imported.own) {
            Ok(own) => imported.own.push(own),
            Err(reason) => imported.refused.push(Refused { index, reason }),
        }
    }
    Ok(imported)
}

/// One own questionnaire of a backup: it reads, it is there (a backup holds no deletion marks),
/// its id is its questionnaire's, not a built-in's, and not repeated in the file.
fn read_own(entry: Value, seen: &[Own]) -> Result<Own, Refusal> {
    let own: Own = serde_json::from_value(entry).map_err(|e| Refusal::Own(e.to_string()))?;
    let Some(questionnaire) = &own.questionnaire else {
        return Err(Refusal::Own("it holds no questionnaire".into()));
    };
    if own.id.trim().is_empty() || questionnaire.id != own.id {
        return Err(Refusal::NoId);
    }
    if IDS.contains(&own.id.as_str()) {
        return Err(Refusal::Own(format!(
            "`{}` is a built-in questionnaire's id",
            own.id
        )));
    }
    if seen.iter().any(|s| s.id == own.id) {
        return Err(Refusal::RepeatedId(own.id));
    }
    Ok(own)
}

fn check(entry: Value, seen: &[String]) -> Result<Assessment, Refusal> {
    let entry: Assessment =
        serde_json::from_value(entry).map_err(|e| Refusal::Unreadable(e.to_string()))?;
    if entry.id.trim().is_empty() {
        return Err(Refusal::NoId);
    }
    if seen.contains(&entry.id) {
        return Err(Refusal::RepeatedId(entry.id));
    }
    if entry
        .work
        .overrule
        .as_ref()
        .is_some_and(|o| o.reason.trim().is_empty())
    {
        return Err(Refusal::OverruleWithoutReason);
    }
    Ok(entry)
}

impl Imported {
    fn merge(&mut self, entry: Assessment) {
        // The rule is the history's (`history::take_imported`); this only counts.
        match super::history::take_imported(&mut self.history, entry) {
            Taken::Added => self.added += 1,
            Taken::Updated => self.updated += 1,
            Taken::Unchanged => self.unchanged += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Answer, Blink};
    use crate::model::Impression;
    use crate::work::{Overrule, Source};

    fn assessment(id: &str, updated_ms: f64) -> Assessment {
        Assessment {
            updated_ms,
            ..Assessment::new(id, "minimal", "Acme", 1.0)
        }
    }

    const HOSTILE: &str = "\"}]}, {\"client_fit_backup\": 9 <script>alert('x')</script> \\ \u{0} \u{202e} \u{2028} 🚀 Zoë";

    #[test]
    fn export_is_pretty_and_marked() {
        let text = export(&Profile::default(), &[assessment("1", 1.0)], &[], 1234.0);
        assert!(text.starts_with("{\n  \"client_fit_backup\": 1,\n  \"exported_ms\": 1234.0,"));
        assert!(text.contains("\"profile\": {") && text.contains("\"history\": ["));
    }

    #[test]
    fn everything_round_trips_into_an_empty_history_including_hostile_text() {
        let profile = Profile {
            name: HOSTILE.into(),
            min_budget: Some(5000.0),
            ..Profile::default()
        };
        let mut a = assessment("1", 5.0);
        a.work.client = HOSTILE.into();
        a.work.notes = HOSTILE.into();
        a.work.blink = Some(Blink {
            impression: Impression::Good,
            why: HOSTILE.into(),
        });
        a.work
            .answers
            .insert("why".into(), Answer::Text(HOSTILE.into()));
        a.work.answers.insert("budget".into(), Answer::Number(0.1));
        a.work.overrule = Some(Overrule {
            verdict: "walk_away".into(),
            reason: HOSTILE.into(),
        });
        a.work.source = Source::Prospect;
        let history = vec![a, assessment("2", 6.0)];
        let imported = import(&export(&profile, &history, &[], 9.0), &[]).unwrap();
        assert_eq!(imported.profile, Some(profile));
        assert_eq!(imported.history, history);
        assert_eq!(
            (imported.added, imported.updated, imported.unchanged),
            (2, 0, 0)
        );
        assert!(imported.refused.is_empty() && imported.profile_error.is_none());
    }

    #[test]
    fn the_file_is_checked_before_any_entry() {
        let huge = " ".repeat(MAX_BACKUP_BYTES + 1);
        assert_eq!(import(&huge, &[]), Err(BackupError::TooLarge));
        for not_ours in [
            "",
            "hello",
            "[1, 2]",
            "{\"version\": 1}",
            "{\"client_fit_backup\": \"1\"}",
            "{\"client_fit_backup\": 0}",
            "{\"client_fit_backup\": -1}",
            "{\"client_fit_backup\": 1, \"history\": [",
        ] {
            assert_eq!(
                import(not_ours, &[]),
                Err(BackupError::NotOurs),
                "{not_ours}"
            );
        }
        assert_eq!(
            import("{\"client_fit_backup\": 2, \"history\": 5}", &[]),
            Err(BackupError::Newer(2))
        );
        assert_eq!(
            import("{\"client_fit_backup\": 99999999999}", &[]),
            Err(BackupError::Newer(u32::MAX))
        );
        assert!(matches!(
            import("{\"client_fit_backup\": 1, \"history\": {}}", &[]),
            Err(BackupError::Damaged(_))
        ));
    }

    #[test]
    fn a_minimal_file_reads_and_a_byte_order_mark_is_skipped() {
        let imported = import("\u{feff}{\"client_fit_backup\": 1}", &[]).unwrap();
        assert_eq!(imported.profile, None);
        assert!(imported.history.is_empty());
    }

    #[test]
    fn a_damaged_profile_is_reported_and_the_history_still_taken() {
        let text = r#"{"client_fit_backup": 1, "profile": {"min_budget": "lots"},
            "history": [{"id": "1", "questionnaire": "minimal", "created_ms": 1}]}"#;
        let imported = import(text, &[]).unwrap();
        assert_eq!(imported.profile, None);
        assert!(imported.profile_error.is_some());
        assert_eq!(imported.added, 1);
    }

    #[test]
    fn good_entries_are_taken_and_bad_ones_reported_by_index() {
        let text = r#"{"client_fit_backup": 1, "history": [
            {"id": "1", "questionnaire": "minimal", "created_ms": 1},
            {"id": "2", "created_ms": 1},
            "just a string",
            {"id": " ", "questionnaire": "minimal", "created_ms": 1},
            {"id": "1", "questionnaire": "minimal", "created_ms": 2},
            {"id": "5", "questionnaire": "minimal", "created_ms": 1,
             "overrule": {"verdict": "strong_fit", "reason": "  "}},
            {"id": "6", "questionnaire": "minimal", "created_ms": 1, "answers": {"q": {"scale": 300}}},
            {"id": "7", "questionnaire": "minimal", "created_ms": 1, "future_field": true}
        ]}"#;
        let imported = import(text, &[]).unwrap();
        let ids: Vec<&str> = imported.history.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(
            ids,
            ["1", "7"],
            "unknown fields from a later version are ignored"
        );
        let refused: Vec<usize> = imported.refused.iter().map(|r| r.index).collect();
        assert_eq!(refused, [1, 2, 3, 4, 5, 6]);
        let reasons: Vec<&Refusal> = imported.refused.iter().map(|r| &r.reason).collect();
        assert!(matches!(reasons[0], Refusal::Unreadable(why) if why.contains("questionnaire")));
        assert!(matches!(reasons[1], Refusal::Unreadable(_)));
        assert_eq!(reasons[2], &Refusal::NoId);
        assert_eq!(reasons[3], &Refusal::RepeatedId("1".into()));
        assert_eq!(reasons[4], &Refusal::OverruleWithoutReason);
        assert!(matches!(reasons[5], Refusal::Unreadable(_)));
    }

    #[test]
    fn merging_keeps_identical_takes_newer_and_keeps_newer_local() {
        let mut local_newer = assessment("keep", 50.0);
        local_newer.work.notes = "edited here".into();
        let current = vec![
            assessment("same", 10.0),
            assessment("older_here", 10.0),
            local_newer.clone(),
            assessment("tie", 10.0),
        ];
        let mut theirs_newer = assessment("older_here", 20.0);
        theirs_newer.work.notes = "edited there".into();
        let mut tie = assessment("tie", 10.0);
        tie.work.client = "Other".into();
        let file = vec![
            assessment("new", 5.0),
            assessment("same", 10.0),
            theirs_newer.clone(),
            assessment("keep", 40.0),
            tie,
        ];
        let imported = import(&export(&Profile::default(), &file, &[], 0.0), &current).unwrap();
        assert_eq!(
            (imported.added, imported.updated, imported.unchanged),
            (1, 1, 3)
        );
        let ids: Vec<&str> = imported.history.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["same", "older_here", "keep", "tie", "new"]);
        assert_eq!(imported.history[1], theirs_newer);
        assert_eq!(imported.history[2], local_newer);
        assert_eq!(
            imported.history[3].work.client, "Acme",
            "a tie keeps this device's copy"
        );
    }

    #[test]
    fn reimporting_an_export_changes_nothing() {
        let history = vec![assessment("1", 1.0), assessment("2", 2.0)];
        let text = export(&Profile::default(), &history, &[], 3.0);
        let imported = import(&text, &history).unwrap();
        assert_eq!(imported.history, history);
        assert_eq!(
            (imported.added, imported.updated, imported.unchanged),
            (0, 0, 2)
        );
    }
}

//! The format of what Client Fit keeps on the device, versioned so that older saves still load.
//! The browser shell only moves these strings in and out of storage. Pure: no browser imports.

use serde::{Deserialize, Serialize};

use super::history::{self, Assessment};
use super::own::{self, Own};
use super::profile::Profile;
use super::session::Session;

/// Version written by this build. Version 1 kept everything under one key; version 2 split a
/// save into three (main, `-session`, `-history`), so the whole history was rewritten on every
/// change and the last tab to write it won. Version 3 (`read`) keeps one key per saved
/// assessment (`assessment_key`) and one per tab's assessment in progress (`work_key`), so saving
/// one assessment writes that one only and two tabs never write each other's keys.
pub const STORAGE_VERSION: u32 = 3;
/// The app's main key: the version, profile (with its edit time), language and kept
/// questionnaires (in version 1, everything). The saved assessments and the assessments in
/// progress sit beside it (`assessment_key`, `work_key`); a widget has a main key of its own.
pub const STORAGE_KEY: &str = "client-fit";
/// Where an unreadable save is moved, so nothing is lost and it can still be exported.
pub const DAMAGED_KEY: &str = "client-fit-damaged";

/// Everything saved on the device, in one value: what the app starts from, and the text of the
/// emergency download (`to_json`, which `from_json` reads back).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    /// The storage version this was written in (`STORAGE_VERSION` once read; 0 in a text
    /// without one, which `from_json` refuses).
    #[serde(default)]
    pub version: u32,
    /// The assessment in progress, if any.
    #[serde(default)]
    pub session: Option<Session>,
    /// The consultant's profile.
    #[serde(default)]
    pub profile: Profile,
    /// The interface language the person picked, if they picked one.
    #[serde(default)]
    pub language: Option<String>,
    /// Saved assessments, oldest first.
    #[serde(default)]
    pub history: Vec<Assessment>,
    /// Questionnaires that are not built in and came with imported assessments (a prospect's
    /// custom intake), as the JSON they came as, so those assessments still open.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questionnaires: Vec<serde_json::Value>,
    /// Whether "Your terms first" was answered or skipped, so it is asked only once. Saves from
    /// before it existed read as `false`.
    #[serde(default)]
    pub profile_asked: bool,
    /// The consultant's own questionnaires (`own`), with the marks of deleted ones. Saves from
    /// before they existed read as none; an entry that does not read is dropped alone.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "own::lenient"
    )]
    pub own: Vec<Own>,
    /// The versions of own questionnaires that saved assessments were made with
    /// (`own::Version`), so editing or deleting a questionnaire never changes them. Saves from
    /// before they existed read as none; an entry that does not read is dropped alone.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "own::lenient_versions"
    )]
    pub versions: Vec<own::Version>,
}

/// Why a save could not be read.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum LoadError {
    /// The text is not a save (cut off, not JSON, fields of the wrong type); the reason says why.
    #[error("the saved data is damaged: {0}")]
    Damaged(String),
    /// A newer Client Fit wrote it, in a version this one cannot read.
    #[error("the saved data was written by a newer Client Fit (version {0})")]
    Newer(u32),
}

impl Saved {
    /// An empty save in the current version.
    pub fn new() -> Self {
        Saved {
            version: STORAGE_VERSION,
            ..Saved::default()
        }
    }

    /// Everything in one text: the emergency download, readable by `from_json`.
    pub fn to_json(&self) -> String {
        // Serialising plain data to a string cannot fail: there are no maps with non-string keys.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a whole save in one text (version 1's layout, a later main key alone, or a
    /// download of everything), upgrading older versions.
    pub fn from_json(text: &str) -> Result<Self, LoadError> {
        // Versions 2 and 3 only moved parts to other keys (`read`); the fields are the same.
        // Later versions add their upgrade steps here, oldest first.
        let mut saved: Saved = read_versioned(text, |s: &Saved| s.version)?;
        saved.version = STORAGE_VERSION;
        Ok(saved)
    }

    /// The main key's part of this save, with the profile's edit time.
    pub fn settings(&self, profile_ms: f64) -> Settings {
        Settings {
            version: STORAGE_VERSION,
            profile: self.profile.clone(),
            profile_ms,
            language: self.language.clone(),
            questionnaires: self.questionnaires.clone(),
            profile_asked: self.profile_asked,
            own: self.own.clone(),
            versions: self.versions.clone(),
        }
    }
}

/// What the main key holds in version 3: everything but the assessments.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Always `STORAGE_VERSION` when written (0 in a text without one, which `from_json`
    /// refuses).
    #[serde(default)]
    pub version: u32,
    /// The consultant's profile.
    #[serde(default)]
    pub profile: Profile,
    /// When the profile was last edited (milliseconds since the Unix epoch; 0: never, or before
    /// version 3): the later edit of a field wins when two tabs edited it (`merge_settings`).
    #[serde(default)]
    pub profile_ms: f64,
    /// The interface language last picked in any tab.
    #[serde(default)]
    pub language: Option<String>,
    /// Kept questionnaires that are not built in (see `Saved::questionnaires`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questionnaires: Vec<serde_json::Value>,
    /// Whether "Your terms first" was answered or skipped.
    #[serde(default)]
    pub profile_asked: bool,
    /// The consultant's own questionnaires (see `Saved::own`).
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "own::lenient"
    )]
    pub own: Vec<Own>,
    /// The versions of own questionnaires that saved assessments were made with
    /// (`own::Version`), so editing or deleting a questionnaire never changes them. Saves from
    /// before they existed read as none; an entry that does not read is dropped alone.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "own::lenient_versions"
    )]
    pub versions: Vec<own::Version>,
}

impl Settings {
    /// The text stored under the main key.
    pub fn to_json(&self) -> String {
        // Plain data with string keys: serialising cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a main key's text of any version (a version 1 text's other fields are ignored;
    /// before version 3, `profile_ms` reads as 0: never edited).
    pub fn from_json(text: &str) -> Result<Self, LoadError> {
        let mut settings: Settings = read_versioned(text, |s: &Settings| s.version)?;
        settings.version = STORAGE_VERSION;
        Ok(settings)
    }
}

/// Reads a saved text of any version up to this one's in one pass of the parser (a save is
/// read on every start and every change in another tab), then, only if it does not read,
/// looks again for its version, to tell a newer Client Fit's save from a damaged one.
fn read_versioned<T: serde::de::DeserializeOwned>(
    text: &str,
    version: fn(&T) -> u32,
) -> Result<T, LoadError> {
    match serde_json::from_str::<T>(text) {
        // `#[serde(default)]` reads a missing version as 0, which no version ever was.
        Ok(read) => match version(&read) {
            0 => Err(LoadError::Damaged("no version".into())),
            newer if newer > STORAGE_VERSION => Err(LoadError::Newer(newer)),
            _ => Ok(read),
        },
        Err(error) => match version_of(text) {
            Some(version) if version > u64::from(STORAGE_VERSION) => {
                Err(LoadError::Newer(u32::try_from(version).unwrap_or(u32::MAX)))
            }
            _ => Err(LoadError::Damaged(error.to_string())),
        },
    }
}

/// What a tab's assessment-in-progress key holds.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct InProgress {
    /// When it was last written (milliseconds since the Unix epoch): a newly opened tab takes up
    /// the most recent unfinished work.
    #[serde(default)]
    pub updated_ms: f64,
    /// The assessment in progress; `None` once it was finished or started over.
    #[serde(default)]
    pub session: Option<Session>,
}

impl InProgress {
    /// The text stored under a work key.
    pub fn to_json(&self) -> String {
        // Plain data with string keys: serialising cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The key of one saved assessment beside `main_key`.
pub fn assessment_key(main_key: &str, id: &str) -> String {
    format!("{main_key}-a-{id}")
}

/// The key of one tab's assessment in progress beside `main_key`.
///
/// Why one key per tab rather than one per assessment: the assessment in progress has no id of
/// its own (it gets one when saved to the history), and what must never happen is that two tabs
/// write the same key, the last writer wiping the other's answers. A tab's id lives in the
/// browser's per-tab `sessionStorage`, which survives a reload of that tab and nothing else, so
/// a reload finds its own work; a newly opened tab has no id yet and takes up the most recent
/// unfinished work of any tab (`read`), as a copy under its own key.
pub fn work_key(main_key: &str, tab: &str) -> String {
    format!("{main_key}-w-{tab}")
}

/// The version 2 key of the assessment in progress beside `main_key` (read, then removed).
pub fn session_key(main_key: &str) -> String {
    format!("{main_key}-session")
}

/// The version 2 key of all saved assessments beside `main_key` (read, then removed).
pub fn history_key(main_key: &str) -> String {
    format!("{main_key}-history")
}

/// What a storage key beside `main_key` holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part<'a> {
    /// The main key.
    Main,
    /// One saved assessment, by id.
    Assessment(&'a str),
    /// One tab's assessment in progress, by tab id.
    Work(&'a str),
    /// A version 2 key (`session_key`, `history_key`).
    Legacy,
}

/// Which part of the save under `main_key` a storage key is, if it is one. Another main key's
/// keys are not ours, even when the names begin alike (`client-fit.widget.x-a-1`).
pub fn part_of<'a>(main_key: &str, key: &'a str) -> Option<Part<'a>> {
    let rest = key.strip_prefix(main_key)?;
    if rest.is_empty() {
        return Some(Part::Main);
    }
    if let Some(id) = rest.strip_prefix("-a-") {
        return Some(Part::Assessment(id));
    }
    if let Some(tab) = rest.strip_prefix("-w-") {
        return Some(Part::Work(tab));
    }
    matches!(rest, "-session" | "-history").then_some(Part::Legacy)
}

/// One stored text that does not read: set aside under a damaged key (its own), then removed.
#[derive(Clone, Debug, PartialEq)]
pub struct Damaged {
    /// The key it was under.
    pub key: String,
    /// Its text, as it was.
    pub text: String,
}

/// What `read` found, and what the caller should do to storage to bring it to version 3.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Read {
    /// Everything that read: the assessments sorted oldest first (by creation time), and this
    /// tab's assessment in progress (or the one it takes up).
    pub saved: Saved,
    /// The profile's edit time as stored.
    pub profile_ms: f64,
    /// Texts that do not read, each to be set aside alone; the rest is in `saved`.
    pub damaged: Vec<Damaged>,
    /// Texts to write, in this order, to migrate an older save: every assessment under its own
    /// key, the work in progress under this tab's key, then the main key last, so an older save
    /// is only replaced once its parts are in place. Stop at the first refused write.
    pub writes: Vec<(String, String)>,
    /// Keys to remove once every write succeeded: the version 2 keys, and work keys of other
    /// tabs left holding nothing worth keeping.
    pub removals: Vec<String>,
}

/// How long another tab's work key that holds nothing worth keeping stays, in milliseconds: a
/// day, so a tab still open on a finished result finds it on reload.
const STALE_WORK_MS: f64 = 24.0 * 60.0 * 60.0 * 1000.0;

/// Reads the save under `main_key` from `items`, the stored (key, text) pairs (all of storage,
/// or at least every key `part_of` calls ours), for the tab `tab` at time `now_ms`.
///
/// Every version reads: version 1 (all under the main key) and 2 (main, `-session`,
/// `-history`) are returned with the `writes` and `removals` that migrate them. An unreadable
/// assessment (its own key, or one entry of a version 2 history) is returned in `damaged` alone
/// and the rest loads; an unreadable main key is set aside too and the assessments still load.
/// Only a newer version's main key refuses the whole save (left untouched for it).
pub fn read(
    main_key: &str,
    tab: &str,
    items: &[(String, String)],
    now_ms: f64,
) -> Result<Read, (LoadError, String)> {
    let mut out = Read::default();
    let mut main_text = None;
    let mut legacy_session = None;
    let mut legacy_history = None;
    let mut entries = Vec::new();
    let mut works = Vec::new();
    for (key, text) in items {
        match part_of(main_key, key) {
            Some(Part::Main) => main_text = Some(text),
            Some(Part::Assessment(_)) => entries.push((key, text)),
            Some(Part::Work(other)) => works.push((key, other, text)),
            Some(Part::Legacy) if *key == session_key(main_key) => legacy_session = Some(text),
            Some(Part::Legacy) => legacy_history = Some(text),
            None => {}
        }
    }
    let mut version = STORAGE_VERSION;
    let mut saved = Saved::new();
    if let Some(text) = main_text {
        match Saved::from_json(text) {
            Ok(whole) => {
                version = version_of(text).map_or(STORAGE_VERSION, |v| v as u32);
                out.profile_ms = Settings::from_json(text).map_or(0.0, |s| s.profile_ms);
                saved = whole;
            }
            Err(LoadError::Newer(v)) => return Err((LoadError::Newer(v), text.clone())),
            Err(LoadError::Damaged(_)) => out.damaged.push(Damaged {
                key: main_key.to_owned(),
                text: text.clone(),
            }),
        }
    }
    // A version 1 save carries its history and session in the main text itself.
    let mut history = std::mem::take(&mut saved.history);
    let mut session = saved.session.take();
    if version == 2 || (version != 1 && (legacy_history.is_some() || legacy_session.is_some())) {
        if let Some(text) = legacy_session {
            match serde_json::from_str::<Option<Session>>(text) {
                Ok(read) => session = read,
                Err(_) => out.damaged.push(Damaged {
                    key: session_key(main_key),
                    text: text.clone(),
                }),
            }
        }
        if let Some(text) = legacy_history {
            read_legacy_history(main_key, text, &mut history, &mut out.damaged);
        }
    }
    for (key, text) in entries {
        match serde_json::from_str::<Assessment>(text) {
            // A stored copy wins over a version 2 copy of the same id only when newer.
            Ok(entry) => match history.iter_mut().find(|a| a.id == entry.id) {
                Some(same) => *same = history::merge_entry(same, &entry),
                None => history.push(entry),
            },
            Err(_) => out.damaged.push(Damaged {
                key: key.clone(),
                text: text.clone(),
            }),
        }
    }
    // Oldest first by creation, then by id: storage lists its keys in no set order, and the
    // same save must read in the same order every time.
    crate::order::sort_by(&mut history, |a, b| {
        a.created_ms
            .total_cmp(&b.created_ms)
            .then_with(|| a.id.cmp(&b.id))
    });

    let own_key = work_key(main_key, tab);
    let mut own = None;
    let mut others = Vec::new();
    for (key, other, text) in works {
        match serde_json::from_str::<InProgress>(text) {
            Ok(work) if other == tab => own = Some(work),
            Ok(work) => others.push((key, work)),
            // Only this tab's own damaged work is set aside here; another tab's may be in the
            // middle of being written by it, and is that tab's to read.
            Err(_) if other == tab => out.damaged.push(Damaged {
                key: key.clone(),
                text: text.clone(),
            }),
            Err(_) => {}
        }
    }
    let migrating = version < 3;
    match own {
        Some(work) => session = work.session,
        None if !migrating || session.is_none() => {
            // A new tab takes up the most recent unfinished work of any tab, as a copy.
            session = others
                .iter()
                .filter(|(_, w)| unfinished(w, &history))
                .max_by(|(_, a), (_, b)| a.updated_ms.total_cmp(&b.updated_ms))
                .and_then(|(_, w)| w.session.clone())
                .or(session);
        }
        None => {}
    }
    for (key, work) in &others {
        if !unfinished(work, &history) && now_ms - work.updated_ms > STALE_WORK_MS {
            out.removals.push((*key).clone());
        }
    }

    if migrating {
        for entry in &history {
            out.writes
                .push((assessment_key(main_key, &entry.id), to_text(entry)));
        }
        if session.is_some() {
            let work = InProgress {
                updated_ms: now_ms,
                session: session.clone(),
            };
            out.writes.push((own_key, work.to_json()));
        }
        out.writes.push((
            main_key.to_owned(),
            saved.settings(out.profile_ms).to_json(),
        ));
    }
    if legacy_history.is_some() {
        out.removals.push(history_key(main_key));
    }
    if legacy_session.is_some() {
        out.removals.push(session_key(main_key));
    }
    saved.history = history;
    saved.session = session;
    saved.version = STORAGE_VERSION;
    out.saved = saved;
    Ok(out)
}

/// A version 2 history, entry by entry: an entry that does not read is set aside alone (under
/// the assessment key its id names, or the history key when it has none readable).
fn read_legacy_history(
    main_key: &str,
    text: &str,
    history: &mut Vec<Assessment>,
    damaged: &mut Vec<Damaged>,
) {
    let Ok(entries) = serde_json::from_str::<Vec<serde_json::Value>>(text) else {
        damaged.push(Damaged {
            key: history_key(main_key),
            text: text.to_owned(),
        });
        return;
    };
    for value in entries {
        // Read again from its text rather than from the value: an old history is read once
        // per device, and a second reader of every assessment's fields (serde_json's for
        // values) would weigh on every download of the page.
        match serde_json::from_str::<Assessment>(&value.to_string()) {
            Ok(entry) => history.push(entry),
            Err(_) => {
                let key = match value.get("id").and_then(serde_json::Value::as_str) {
                    Some(id) => assessment_key(main_key, id),
                    None => history_key(main_key),
                };
                damaged.push(Damaged {
                    key,
                    text: value.to_string(),
                });
            }
        }
    }
}

/// Work worth taking up in a new tab: an assessment with answers that is not saved, or differs
/// from its saved copy.
fn unfinished(work: &InProgress, history: &[Assessment]) -> bool {
    let Some(session) = &work.session else {
        return false;
    };
    if session.work.answers.is_empty() && session.work.blink.is_none() {
        return false;
    }
    match session
        .saved_as
        .as_deref()
        .and_then(|id| history::find(history, id))
    {
        Some(saved) => saved.work != session.work,
        None => true,
    }
}

/// One assessment's stored text.
pub fn to_text(assessment: &Assessment) -> String {
    // Plain data with string keys: serialising cannot fail.
    serde_json::to_string(assessment).unwrap_or_default()
}

/// Three-way merge of the main key's settings before writing them: `base` is what this tab last
/// read or wrote, `mine` what it holds now (edited at `mine_ms`), `theirs` what is stored now
/// (another tab may have written it since). The profile merges field by field: a field only one
/// side changed takes that change; a field both changed takes the later edit. Language and
/// "asked" are mine (this tab's choice, being written); kept questionnaires are the union by id;
/// own questionnaires take the later copy of each (`own::merge`).
pub fn merge_settings(
    base: &Settings,
    mine: &Settings,
    mine_ms: f64,
    theirs: &Settings,
) -> Settings {
    let mut merged = mine.clone();
    merged.version = STORAGE_VERSION;
    if base.profile != theirs.profile {
        merged.profile = merge_profile(
            &base.profile,
            &mine.profile,
            mine_ms,
            &theirs.profile,
            theirs.profile_ms,
        );
    }
    // The time of the latest edit that went into the merged profile.
    let my_edit = if mine.profile != base.profile {
        mine_ms
    } else {
        0.0
    };
    merged.profile_ms = theirs.profile_ms.max(my_edit);
    merged.profile_asked = mine.profile_asked || theirs.profile_asked;
    let id = |v: &serde_json::Value| v.get("id").cloned();
    for q in &theirs.questionnaires {
        if !merged.questionnaires.iter().any(|m| id(m) == id(q)) {
            merged.questionnaires.push(q.clone());
        }
    }
    merged.own = own::merge(&mine.own, &theirs.own);
    merged.versions = own::merge_versions(&mine.versions, &theirs.versions);
    merged
}

/// The profile merged field by field (see `merge_settings`).
pub fn merge_profile(
    base: &Profile,
    mine: &Profile,
    mine_ms: f64,
    theirs: &Profile,
    theirs_ms: f64,
) -> Profile {
    let fields = |p: &Profile| match serde_json::to_value(p) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    let (base_f, mine_f, theirs_f) = (fields(base), fields(mine), fields(theirs));
    let mut merged = mine_f.clone();
    for (name, their_value) in &theirs_f {
        let base_value = base_f.get(name);
        let my_value = mine_f.get(name);
        let they_changed = base_value != Some(their_value);
        let i_changed = my_value != base_value;
        if they_changed && (!i_changed || theirs_ms > mine_ms) {
            merged.insert(name.clone(), their_value.clone());
        }
    }
    // From its text, as every profile is read: one reader of its fields in the page.
    serde_json::from_str(&serde_json::Value::Object(merged).to_string())
        .unwrap_or_else(|_| mine.clone())
}

/// The version a saved main text declares, if it reads.
pub fn version_of(text: &str) -> Option<u64> {
    /// Only the version: the parser skips everything else without building it.
    #[derive(Deserialize)]
    struct Declared {
        version: Option<u64>,
    }
    serde_json::from_str::<Declared>(text).ok()?.version
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::minimal;

    const NOW: f64 = 1_800_000_000_000.0;

    fn items(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn entry(id: &str, created_ms: f64) -> Assessment {
        Assessment::new(id, "minimal", &format!("Client {id}"), created_ms)
    }

    fn stored(entries: &[Assessment]) -> Vec<(String, String)> {
        let mut all = vec![(STORAGE_KEY.to_owned(), Saved::new().settings(0.0).to_json())];
        all.extend(
            entries
                .iter()
                .map(|a| (assessment_key(STORAGE_KEY, &a.id), to_text(a))),
        );
        all
    }

    #[test]
    fn round_trips() {
        let mut saved = Saved::new();
        saved.language = Some("da".into());
        saved.profile.min_budget = Some(4000.0);
        assert_eq!(Saved::from_json(&saved.to_json()), Ok(saved));
    }

    #[test]
    fn damaged_and_newer_saves_are_refused_with_a_reason() {
        assert!(matches!(
            Saved::from_json("{\"vers"),
            Err(LoadError::Damaged(_))
        ));
        assert!(matches!(Saved::from_json("[]"), Err(LoadError::Damaged(_))));
        assert!(matches!(
            Saved::from_json(r#"{"version": 1, "session": 5}"#),
            Err(LoadError::Damaged(_))
        ));
        assert_eq!(
            Saved::from_json(r#"{"version": 9}"#),
            Err(LoadError::Newer(9))
        );
        // Read in one pass: a newer save whose fields no longer fit is still newer, not
        // damaged; a save without a version is damaged, in both readers.
        assert_eq!(
            Saved::from_json(r#"{"version": 9, "session": 5}"#),
            Err(LoadError::Newer(9))
        );
        assert_eq!(
            Settings::from_json(r#"{"version": 12, "profile": []}"#),
            Err(LoadError::Newer(12))
        );
        assert_eq!(
            Saved::from_json(r#"{"profile": {}}"#),
            Err(LoadError::Damaged("no version".into()))
        );
        assert!(matches!(
            Settings::from_json(r#"{"version": "3"}"#),
            Err(LoadError::Damaged(_))
        ));
        let main = r#"{"version": 3, "profile_ms": 1700, "history": [1, 2]}"#;
        assert_eq!(Settings::from_json(main).map(|s| s.profile_ms), Ok(1700.0));
    }

    #[test]
    fn keys_are_told_apart_and_a_widget_s_are_not_the_app_s() {
        assert_eq!(part_of("client-fit", "client-fit"), Some(Part::Main));
        assert_eq!(
            part_of("client-fit", "client-fit-a-17"),
            Some(Part::Assessment("17"))
        );
        assert_eq!(
            part_of("client-fit", "client-fit-w-t1"),
            Some(Part::Work("t1"))
        );
        assert_eq!(
            part_of("client-fit", "client-fit-history"),
            Some(Part::Legacy)
        );
        assert_eq!(part_of("client-fit", "client-fit.widget.x-a-1"), None);
        assert_eq!(part_of("client-fit", "client-fit-damaged"), None);
        assert_eq!(
            part_of("client-fit.widget.x", "client-fit.widget.x-a-1"),
            Some(Part::Assessment("1"))
        );
    }

    #[test]
    fn version_3_reads_one_key_per_assessment_oldest_first() {
        let read = read(
            STORAGE_KEY,
            "t",
            &stored(&[entry("2", 20.0), entry("1", 10.0)]),
            NOW,
        )
        .unwrap();
        let ids: Vec<&str> = read.saved.history.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["1", "2"]);
        assert!(read.damaged.is_empty() && read.writes.is_empty() && read.removals.is_empty());
    }

    #[test]
    fn an_unreadable_entry_is_set_aside_alone_and_the_rest_loads() {
        let mut all = stored(&[entry("1", 10.0), entry("3", 30.0)]);
        all.push(("client-fit-a-2".into(), "{\"id\": \"2\", \"crea".into()));
        let read = read(STORAGE_KEY, "t", &all, NOW).unwrap();
        assert_eq!(read.saved.history.len(), 2);
        assert_eq!(
            read.damaged,
            [Damaged {
                key: "client-fit-a-2".into(),
                text: "{\"id\": \"2\", \"crea".into()
            }]
        );
    }

    #[test]
    fn a_damaged_main_key_is_set_aside_and_the_assessments_still_load() {
        let mut all = stored(&[entry("1", 10.0)]);
        all[0].1 = "{\"version".into();
        let read = read(STORAGE_KEY, "t", &all, NOW).unwrap();
        assert_eq!(read.saved.history.len(), 1);
        assert_eq!(read.damaged.len(), 1);
        assert_eq!(read.damaged[0].key, STORAGE_KEY);
    }

    #[test]
    fn a_newer_main_refuses_the_save_with_its_text() {
        let all = items(&[(STORAGE_KEY, r#"{"version": 4}"#)]);
        assert_eq!(
            read(STORAGE_KEY, "t", &all, NOW),
            Err((LoadError::Newer(4), r#"{"version": 4}"#.to_owned()))
        );
    }

    #[test]
    fn version_2_is_migrated_into_one_key_per_entry_and_the_old_keys_go_last() {
        let mut session = Session::new(&minimal(), "Working");
        session
            .work
            .answers
            .insert("respect".into(), crate::answers::Answer::Scale(3));
        let history = vec![entry("5", 50.0), entry("4", 40.0)];
        let all = items(&[
            (
                STORAGE_KEY,
                r#"{"version": 2, "language": "da", "profile": {"min_budget": 900.0}}"#,
            ),
            (
                "client-fit-session",
                &serde_json::to_string(&Some(&session)).unwrap(),
            ),
            (
                "client-fit-history",
                &serde_json::to_string(&history).unwrap(),
            ),
        ]);
        let read = read(STORAGE_KEY, "tab1", &all, NOW).unwrap();
        assert_eq!(read.saved.language.as_deref(), Some("da"));
        assert_eq!(read.saved.session, Some(session.clone()));
        assert_eq!(read.saved.history.len(), 2);
        let keys: Vec<&str> = read.writes.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            keys,
            [
                "client-fit-a-4",
                "client-fit-a-5",
                "client-fit-w-tab1",
                "client-fit"
            ]
        );
        assert_eq!(read.removals, ["client-fit-history", "client-fit-session"]);
        // Once written, the new keys alone read the same.
        let after: Vec<(String, String)> = read.writes.clone();
        let again = super::read(STORAGE_KEY, "tab1", &after, NOW).unwrap();
        assert_eq!(again.saved, read.saved);
        assert!(again.writes.is_empty() && again.removals.is_empty());
    }

    #[test]
    fn a_version_2_history_with_one_bad_entry_keeps_the_others() {
        let all = items(&[
            (STORAGE_KEY, r#"{"version": 2}"#),
            (
                "client-fit-history",
                r#"[{"id": "1", "questionnaire": "minimal", "created_ms": 1},
                   {"id": "2", "created_ms": "yesterday"},
                   {"id": "3", "questionnaire": "minimal", "created_ms": 3}]"#,
            ),
        ]);
        let read = read(STORAGE_KEY, "t", &all, NOW).unwrap();
        assert_eq!(read.saved.history.len(), 2);
        assert_eq!(read.damaged.len(), 1);
        assert_eq!(read.damaged[0].key, "client-fit-a-2");
        assert!(read.writes.iter().all(|(k, _)| k != "client-fit-a-2"));
    }

    #[test]
    fn a_version_1_save_is_migrated() {
        let v1 = r#"{"version": 1, "language": "da", "profile": {"min_budget": 1500.0},
            "session": null, "history": [{"id": "1", "questionnaire": "minimal", "created_ms": 1}]}"#;
        let all = items(&[(STORAGE_KEY, v1), ("client-fit-history", "not even json")]);
        let read = read(STORAGE_KEY, "t", &all, NOW).unwrap();
        assert!(
            read.damaged.is_empty(),
            "a version 1 save ignores the other keys"
        );
        assert_eq!(read.saved.profile.min_budget, Some(1500.0));
        assert_eq!(read.saved.history.len(), 1);
        assert_eq!(read.writes.last().unwrap().0, STORAGE_KEY);
        assert_eq!(version_of(&read.writes.last().unwrap().1), Some(3));
    }

    fn work(session: Option<Session>, updated_ms: f64) -> String {
        InProgress {
            updated_ms,
            session,
        }
        .to_json()
    }

    fn answered(client: &str) -> Session {
        let mut session = Session::new(&minimal(), client);
        session
            .work
            .answers
            .insert("respect".into(), crate::answers::Answer::Scale(2));
        session
    }

    #[test]
    fn each_tab_finds_its_own_work_and_a_new_tab_takes_up_the_latest_unfinished() {
        let mut all = stored(&[]);
        all.push((
            "client-fit-w-a".into(),
            work(Some(answered("A")), NOW - 10.0),
        ));
        all.push((
            "client-fit-w-b".into(),
            work(Some(answered("B")), NOW - 5.0),
        ));
        all.push((
            "client-fit-w-c".into(),
            work(Some(Session::new(&minimal(), "C")), NOW),
        ));
        let client = |tab: &str| {
            read(STORAGE_KEY, tab, &all, NOW)
                .unwrap()
                .saved
                .session
                .map(|s| s.work.client)
        };
        assert_eq!(client("a").as_deref(), Some("A"));
        assert_eq!(client("b").as_deref(), Some("B"));
        // C has nothing answered: not worth taking up. B is the latest unfinished.
        assert_eq!(client("new").as_deref(), Some("B"));
    }

    #[test]
    fn stale_empty_work_of_other_tabs_is_removed_and_unfinished_work_never() {
        let mut all = stored(&[]);
        let old = NOW - 2.0 * STALE_WORK_MS;
        all.push(("client-fit-w-a".into(), work(None, old)));
        all.push(("client-fit-w-b".into(), work(Some(answered("B")), old)));
        all.push(("client-fit-w-c".into(), work(None, NOW)));
        let read = read(STORAGE_KEY, "t", &all, NOW).unwrap();
        assert_eq!(read.removals, ["client-fit-w-a"]);
    }

    #[test]
    fn profile_edits_in_two_tabs_merge_by_field_and_the_later_edit_wins() {
        let base = Saved::new().settings(0.0);
        let mut mine = base.clone();
        mine.profile.name = "Mine".into();
        let mut theirs = base.clone();
        theirs.profile.currency = "EUR".into();
        theirs.profile_ms = 5.0;
        let merged = merge_settings(&base, &mine, 10.0, &theirs);
        assert_eq!(
            (
                merged.profile.name.as_str(),
                merged.profile.currency.as_str()
            ),
            ("Mine", "EUR")
        );
        assert_eq!(merged.profile_ms, 10.0);
        // The same field: the later edit wins, whichever side it is.
        theirs.profile.name = "Theirs".into();
        assert_eq!(
            merge_settings(&base, &mine, 10.0, &theirs).profile.name,
            "Mine"
        );
        theirs.profile_ms = 20.0;
        assert_eq!(
            merge_settings(&base, &mine, 10.0, &theirs).profile.name,
            "Theirs"
        );
        // Nothing changed here: theirs is taken as it is.
        assert_eq!(
            merge_settings(&base, &base, 30.0, &theirs).profile,
            theirs.profile
        );
    }

    #[test]
    fn a_partial_save_fills_in_defaults() {
        let saved = Saved::from_json(r#"{"version": 1}"#).unwrap();
        assert_eq!(saved.session, None);
        assert_eq!(saved.profile, Profile::default());
        // Saved before "Your terms first" existed: not asked yet.
        assert!(!saved.profile_asked);
        let read = read(
            STORAGE_KEY,
            "t",
            &items(&[(STORAGE_KEY, r#"{"version": 2}"#)]),
            NOW,
        )
        .unwrap();
        assert!(!read.saved.profile_asked);
    }
}

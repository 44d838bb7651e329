//! The one owner of device storage: every key, the loading at start-up, the writing after each
//! change, and the other tabs' changes heard through the browser's `storage` event. The format
//! and the merge rules are pure, in `client_fit_core::storage` and `history`; this moves their
//! texts in and out of `localStorage`.
//!
//! Writes are diffs against what this tab last read or wrote (kept per main key in
//! `TRACKED`): saving one assessment writes that assessment's key and nothing else, an action
//! that changes nothing stored writes nothing, and the history is compared by pointer first
//! (`Rc::ptr_eq`), so an action that does not touch it costs nothing however long it is.
//! Before writing an assessment or the profile, the stored copy is read again and merged by
//! time, so a tab never writes over what another tab saved since it last looked.
//!
//! Nothing here knows the UI's `Notice`: problems are a `StoreProblem`, which the state turns
//! into its notices (so the state may use this module without a cycle back to it).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Storage, StorageEvent};

use client_fit_core::history::{self, Assessment};
use client_fit_core::own::{self, Own};
use client_fit_core::profile::Profile;
use client_fit_core::session::Session;
use client_fit_core::small_map::{SmallMap, SmallSet};
use client_fit_core::snippet::SnippetChoices;
use client_fit_core::storage::{
    self, DAMAGED_KEY, InProgress, LoadError, Part, Saved, Settings, assessment_key, part_of,
    work_key,
};
use client_fit_core::submit::Outgoing;

/// What went wrong with device storage, for the state to tell the person.
#[derive(Clone, Debug, PartialEq)]
pub enum StoreProblem {
    /// Storage refused or full: some of the answers live only in memory.
    Unavailable,
    /// The main save (settings and profile) did not read; its text was set aside and is here,
    /// to download. The saved assessments still loaded.
    Damaged(Rc<str>),
    /// One saved assessment did not read; its text was set aside alone and is here, to
    /// download. The others loaded.
    EntryDamaged(Rc<str>),
    /// A newer Client Fit wrote the save: it is left untouched and nothing is saved over it.
    Newer,
}

/// What was read from the device at start-up.
pub struct Restored {
    /// Everything that read.
    pub saved: Saved,
    /// What to tell the person about it.
    pub problems: Vec<StoreProblem>,
    /// False when saving would destroy something: a newer version's save, or a damaged text
    /// that could not be copied aside. The app then runs in memory and says so.
    pub saving: bool,
}

/// What the app holds that is stored, borrowed from the state without copying it: the
/// reducer keeps the same `Rc`s when nothing changed, which is what makes saving cheap.
pub struct Snapshot<'a> {
    /// The interface language shown.
    pub language: &'a str,
    /// The consultant's profile; `None` in a widget, whose profile came with the host page and
    /// stays out of the host's storage.
    pub profile: Option<&'a Rc<Profile>>,
    /// Whether "Your terms first" was answered or skipped.
    pub profile_asked: bool,
    /// The JSON of the questionnaires that are not built in, kept with the history.
    pub questionnaires: &'a [(String, Rc<serde_json::Value>)],
    /// The assessment in progress.
    pub session: Option<&'a Rc<Session>>,
    /// The saved assessments; `None` in a widget, which keeps none.
    pub history: Option<&'a Rc<Vec<Assessment>>>,
    /// The consultant's own questionnaires, with the marks of deleted ones (none in a widget).
    pub own: &'a [Own],
    /// The versions of own questionnaires saved assessments were made with (none in a widget).
    pub versions: &'a [own::Version],
}

impl Snapshot<'_> {
    /// The same as one owned `Saved`: what a restart reads back (the tests restore from it).
    pub fn to_saved(&self) -> Saved {
        Saved {
            session: self.session.map(|s| (**s).clone()),
            profile: self.profile.map(|p| (**p).clone()).unwrap_or_default(),
            language: Some(self.language.to_owned()),
            history: self.history.map(|h| (**h).clone()).unwrap_or_default(),
            questionnaires: self
                .questionnaires
                .iter()
                .map(|(_, q)| (**q).clone())
                .collect(),
            profile_asked: self.profile_asked,
            own: self.own.to_vec(),
            versions: self.versions.to_vec(),
            ..Saved::new()
        }
    }
}

/// Changes another tab made, for the state to take in (`Incoming::apply`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Incoming {
    /// Assessments added or changed elsewhere (merged by `history::merge_entry`).
    pub entries: Vec<Assessment>,
    /// Ids of assessments deleted elsewhere.
    pub removed: Vec<String>,
    /// The profile as it now stands after another tab's edit (already merged field by field).
    pub profile: Option<Profile>,
    /// Another tab answered or skipped "Your terms first": it is not asked here either.
    pub terms_asked: bool,
    /// Own questionnaires as another tab stored them (merged by `own::merge`: the later copy
    /// of each wins).
    pub own: Vec<Own>,
    /// Versions of own questionnaires another tab kept (only ever added).
    pub versions: Vec<own::Version>,
}

/// What of the state another tab's saves can change.
#[derive(Clone, Debug, PartialEq)]
pub struct Held {
    /// The saved assessments.
    pub history: Rc<Vec<Assessment>>,
    /// The consultant's profile.
    pub profile: Rc<Profile>,
    /// Whether "Your terms first" was answered or skipped.
    pub profile_asked: bool,
    /// The consultant's own questionnaires.
    pub own: Rc<Vec<Own>>,
    /// The versions of own questionnaires saved assessments were made with.
    pub versions: Rc<Vec<own::Version>>,
}

impl Incoming {
    /// Whether there is nothing to take in.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
            && self.removed.is_empty()
            && self.profile.is_none()
            && !self.terms_asked
            && self.own.is_empty()
            && self.versions.is_empty()
    }

    /// What the state holds with these changes taken in, or `None` when nothing changes (so
    /// the state stays the same `Rc`). What this tab holds is never dropped except by another
    /// tab's delete; an entry both changed goes by `history::merge_entry`. `with_profile` is
    /// false in a widget, whose profile came with its page.
    pub fn apply(self, held: &Held, with_profile: bool) -> Option<Held> {
        let list = &held.history;
        // Most events change one entry: look before copying thousands.
        let changes =
            self.entries
                .iter()
                .any(|theirs| match list.iter().find(|a| a.id == theirs.id) {
                    Some(mine) => history::merge_entry(mine, theirs) != *mine,
                    None => true,
                })
                || self
                    .removed
                    .iter()
                    .any(|id| list.iter().any(|a| a.id == *id));
        let history = if changes {
            let mut merged = history::merge_history(list, &self.entries);
            let removed: SmallSet<&str> = self.removed.iter().map(String::as_str).collect();
            merged.retain(|a| !removed.contains(a.id.as_str()));
            Some(Rc::new(merged))
        } else {
            None
        };
        let profile = self
            .profile
            .filter(|p| with_profile && *p != *held.profile)
            .map(Rc::new);
        let asked = self.terms_asked && !held.profile_asked;
        let own = Some(own::merge(&held.own, &self.own))
            .filter(|merged| *merged != *held.own)
            .map(Rc::new);
        let versions = Some(own::merge_versions(&held.versions, &self.versions))
            .filter(|merged| merged.len() != held.versions.len())
            .map(Rc::new);
        if history.is_none() && profile.is_none() && !asked && own.is_none() && versions.is_none() {
            return None;
        }
        Some(Held {
            history: history.unwrap_or_else(|| held.history.clone()),
            profile: profile.unwrap_or_else(|| held.profile.clone()),
            profile_asked: held.profile_asked || asked,
            own: own.unwrap_or_else(|| held.own.clone()),
            versions: versions.unwrap_or_else(|| held.versions.clone()),
        })
    }
}

/// What one `save` did: another tab's changes met while merging, and a problem, if any.
#[derive(Debug, Default)]
pub struct SaveReport {
    /// Copies found newer in storage than this tab's (another tab wrote them since).
    pub incoming: Incoming,
    /// Set when something could not be written: it lives only in memory now.
    pub problem: Option<StoreProblem>,
}

/// What this tab last read or wrote under one main key: the base every diff and merge starts
/// from.
struct Tracked {
    /// This tab's id (see `storage::work_key`).
    tab: String,
    /// The main key's settings as last read or written.
    settings: Settings,
    /// The main key's text as last read or written (`None`: absent).
    main_text: Option<String>,
    /// The history as last read or written.
    history: Rc<Vec<Assessment>>,
    /// The assessment in progress as last written.
    session: Option<Rc<Session>>,
    /// This tab's work key's text as last read or written.
    work_text: Option<String>,
}

impl Tracked {
    /// The base of a key this tab never loaded (a test mounting the app with its own save):
    /// everything held counts as changed on the first save.
    fn unread() -> Self {
        Tracked {
            tab: tab_id(),
            settings: Settings::default(),
            main_text: None,
            history: Rc::new(Vec::new()),
            session: None,
            work_text: None,
        }
    }
}

thread_local! {
    /// The base of each main key in use in this tab (the app's, or each widget's).
    static TRACKED: RefCell<SmallMap<String, Tracked>> = const { RefCell::new(SmallMap::new()) };
}

/// Where this tab keeps its id, in `sessionStorage`: per tab, and kept over a reload.
const TAB_KEY: &str = "client-fit-tab";

fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn session_storage() -> Option<Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A fresh tab id: the clock and a random part, so two tabs opened in the same millisecond
/// still differ.
fn new_tab_id() -> String {
    let id = format!(
        "{:x}{:04x}",
        now_ms() as u64,
        (js_sys::Math::random() * 65536.0) as u32
    );
    if let Some(tabs) = session_storage() {
        // Without it a reload takes up the most recent work instead, usually this tab's own.
        let _ = tabs.set_item(TAB_KEY, &id);
    }
    id
}

/// Where the person's choice of one question at a time or whole sections is kept: one choice
/// for the app and every widget of the origin, since it is how this person likes to answer.
const LAYOUT_KEY: &str = "client-fit-layout";

/// Whether the person chose one question at a time (`Some(true)`) or whole sections on this
/// device; `None` until they choose.
pub fn one_question() -> Option<bool> {
    let stored = local_storage()?.get_item(LAYOUT_KEY).ok()??;
    match stored.as_str() {
        "one-question" => Some(true),
        "sections" => Some(false),
        _ => None,
    }
}

/// Keeps the person's choice of one question at a time or whole sections.
pub fn set_one_question(one: bool) {
    if let Some(storage) = local_storage() {
        let value = if one { "one-question" } else { "sections" };
        let _ = storage.set_item(LAYOUT_KEY, value);
    }
}

/// Where the choices on "Put it on your site" are kept, beside `main_key` (not one of its
/// parts: `storage::part_of` does not know the suffix, so loading and merging pass it by).
fn snippet_key(main_key: &str) -> String {
    format!("{main_key}-snippet")
}

/// The choices last made on "Put it on your site" (the defaults when none, or when what is
/// kept does not read: they are a convenience, not worth a notice).
pub fn snippet_choices(main_key: &str) -> SnippetChoices {
    local_storage()
        .and_then(|storage| storage.get_item(&snippet_key(main_key)).ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Keeps the choices on "Put it on your site" (never the profile: see `SnippetChoices`).
pub fn set_snippet_choices(main_key: &str, choices: &SnippetChoices) {
    if let (Some(storage), Ok(text)) = (local_storage(), serde_json::to_string(choices)) {
        // Best effort: a full storage loses only these choices, which the page shows anyway.
        let _ = storage.set_item(&snippet_key(main_key), &text);
    }
}

/// Removes everything kept under `main_key`, and what this tab remembers of it: for a save
/// that must start empty each time (the snippet page's preview).
pub fn forget(main_key: &str) {
    if let Some(storage) = local_storage() {
        let keys: Vec<String> = (0..storage.length().unwrap_or(0))
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|key| part_of(main_key, key).is_some())
            .collect();
        for key in keys {
            let _ = storage.remove_item(&key);
        }
    }
    TRACKED.with(|all| all.borrow_mut().remove(main_key));
}

/// The client's name typed on the start page and not begun yet, per tab (`sessionStorage`):
/// a reload keeps it, another tab does not see it.
fn draft_key(instance: u32) -> String {
    format!("client-fit-draft-client-{instance}")
}

/// The client's name typed on the start page before a reload (empty: none).
pub fn draft_client(instance: u32) -> String {
    session_storage()
        .and_then(|tab| tab.get_item(&draft_key(instance)).ok().flatten())
        .unwrap_or_default()
}

/// Keeps the client's name typed on the start page over a reload of this tab.
pub fn set_draft_client(instance: u32, name: &str) {
    if let Some(tab) = session_storage() {
        let _ = if name.is_empty() {
            tab.remove_item(&draft_key(instance))
        } else {
            tab.set_item(&draft_key(instance), name)
        };
    }
}

/// Where a widget keeps its send of the answers (`core::submit::Outgoing`): beside its save,
/// under a key that is not one of the save's parts (`core::storage::part_of`), so a damaged
/// send never touches the answers.
/// One per questionnaire: the same element id on two pages may show two questionnaires.
pub fn outbox_key(main_key: &str, questionnaire: &str) -> String {
    format!("{main_key}-outbox-{questionnaire}")
}

/// The send kept under `key` (`outbox_key`) from an earlier visit; `None` when there is none
/// or it does not read (the end screen queues it again from the answers).
pub fn outbox(key: &str) -> Option<Outgoing> {
    let text = local_storage()?.get_item(key).ok()??;
    Outgoing::from_json(&text)
}

/// Keeps (or, with `None`, forgets) the send under `key` (`outbox_key`).
pub fn set_outbox(key: &str, outgoing: Option<&Outgoing>) {
    if let Some(storage) = local_storage() {
        let _ = match outgoing {
            Some(outgoing) => storage.set_item(key, &outgoing.to_json()),
            None => storage.remove_item(key),
        };
    }
}

/// This tab's id, made on first use.
fn tab_id() -> String {
    session_storage()
        .and_then(|tabs| tabs.get_item(TAB_KEY).ok().flatten())
        .unwrap_or_else(new_tab_id)
}

/// Every stored (key, text) pair that belongs to the save under `main_key`.
fn items(storage: &Storage, main_key: &str) -> Result<Vec<(String, String)>, ()> {
    let length = storage.length().map_err(|_| ())?;
    // Keys first: reading while listing would shift the indexes if something changed.
    let keys: Vec<String> = (0..length)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| part_of(main_key, key).is_some())
        .collect();
    Ok(keys
        .into_iter()
        .filter_map(|key| {
            let text = storage.get_item(&key).ok().flatten()?;
            Some((key, text))
        })
        .collect())
}

/// Reads what was saved under `main_key`, brings an older save to the current version, and
/// says what to tell the person. A damaged text is copied aside (never deleted) before anything
/// replaces it, and can be downloaded from its notice; the rest is used.
pub fn load(main_key: &str) -> Restored {
    let fresh = |problems, saving| Restored {
        saved: Saved::new(),
        problems,
        saving,
    };
    let Some(storage) = local_storage() else {
        return fresh(vec![StoreProblem::Unavailable], false);
    };
    let Ok(items) = items(&storage, main_key) else {
        return fresh(vec![StoreProblem::Unavailable], false);
    };
    let tab = tab_id();
    let read = match storage::read(main_key, &tab, &items, now_ms()) {
        Ok(read) => read,
        // Left exactly as it is, for the newer version to open again.
        Err((LoadError::Newer(_), _)) => return fresh(vec![StoreProblem::Newer], false),
        Err((LoadError::Damaged(_), text)) => {
            let damaged = [storage::Damaged {
                key: main_key.to_owned(),
                text,
            }];
            let (problems, saving) = set_aside(&storage, main_key, &damaged);
            return fresh(problems, saving);
        }
    };
    let (mut problems, mut saving) = set_aside(&storage, main_key, &read.damaged);
    let mut main_text = items
        .iter()
        .find(|(key, _)| key == main_key)
        .map(|(_, text)| text.clone())
        .filter(|_| !read.damaged.iter().any(|d| d.key == main_key));
    let own = work_key(main_key, &tab);
    let mut work_text = items
        .iter()
        .find(|(key, _)| *key == own)
        .map(|(_, text)| text.clone());
    // Migration: the parts first, in order, the old keys removed only once all are written.
    let mut written = true;
    for (key, text) in &read.writes {
        if storage.set_item(key, text).is_err() {
            written = false;
            break;
        }
        if key == main_key {
            main_text = Some(text.clone());
        }
        if *key == own {
            work_text = Some(text.clone());
        }
    }
    if written {
        for key in &read.removals {
            let _ = storage.remove_item(key);
        }
    } else {
        // The older save is still whole; this visit runs in memory rather than half-migrate.
        saving = false;
        if !problems.contains(&StoreProblem::Unavailable) {
            problems.push(StoreProblem::Unavailable);
        }
    }
    let migrated = !read.writes.is_empty() && written;
    let tracked = Tracked {
        tab,
        settings: read.saved.settings(read.profile_ms),
        main_text,
        history: Rc::new(read.saved.history.clone()),
        // A migrated or own session is stored as read; one taken up from another tab is not
        // yet under this tab's key, so the first save writes it there.
        session: (migrated || work_text.is_some())
            .then(|| read.saved.session.clone().map(Rc::new))
            .flatten(),
        work_text,
    };
    TRACKED.with(|all| all.borrow_mut().insert(main_key.to_owned(), tracked));
    Restored {
        saved: read.saved,
        problems,
        saving,
    }
}

/// Copies each damaged text aside under a key of its own (never deleted), then removes it from
/// where it was so it is not reported again; saving may go on only when every copy was made.
fn set_aside(
    storage: &Storage,
    main_key: &str,
    damaged: &[storage::Damaged],
) -> (Vec<StoreProblem>, bool) {
    let mut problems = Vec::new();
    let mut saving = true;
    for (n, item) in damaged.iter().enumerate() {
        // An earlier damaged copy is kept too: each gets its own key.
        let aside = match storage.get_item(DAMAGED_KEY) {
            Ok(None) => DAMAGED_KEY.to_owned(),
            _ => format!("{DAMAGED_KEY}-{}-{n}", now_ms()),
        };
        if storage.set_item(&aside, &item.text).is_ok() {
            let _ = storage.remove_item(&item.key);
        } else {
            saving = false;
        }
        let text: Rc<str> = item.text.as_str().into();
        problems.push(match part_of(main_key, &item.key) {
            Some(Part::Assessment(_)) => StoreProblem::EntryDamaged(text),
            _ => StoreProblem::Damaged(text),
        });
    }
    if !saving {
        problems.push(StoreProblem::Unavailable);
    }
    (problems, saving)
}

/// Writes what changed under `main_key` since this tab last read or wrote it, merging with
/// what other tabs stored meanwhile. The assessment in progress goes first (the most precious
/// and smallest), then the assessments that changed, one key each, then the settings: a
/// history too big for a full storage does not stop the work in progress from being saved.
pub fn save(main_key: &str, now: &Snapshot<'_>) -> SaveReport {
    let mut report = SaveReport::default();
    let Some(storage) = local_storage() else {
        report.problem = Some(StoreProblem::Unavailable);
        return report;
    };
    TRACKED.with(|all| {
        let mut all = all.borrow_mut();
        let tracked = all
            .entry(main_key.to_owned())
            .or_insert_with(Tracked::unread);
        let mut failed = !save_work(&storage, main_key, tracked, now.session);
        if let Some(history) = now.history {
            failed |= !save_history(&storage, main_key, tracked, history, &mut report.incoming);
        }
        failed |= !save_settings(&storage, main_key, tracked, now, &mut report.incoming);
        if failed {
            report.problem = Some(StoreProblem::Unavailable);
        }
    });
    report
}

/// Writes this tab's assessment in progress when it changed (removes its key when there is
/// none). False when storage refused it.
fn save_work(
    storage: &Storage,
    main_key: &str,
    tracked: &mut Tracked,
    session: Option<&Rc<Session>>,
) -> bool {
    let same = match (session, &tracked.session) {
        (Some(now), Some(before)) => Rc::ptr_eq(now, before) || **now == **before,
        (None, None) => true,
        _ => false,
    };
    if same {
        tracked.session = session.cloned();
        return true;
    }
    let mut key = work_key(main_key, &tracked.tab);
    let stored = storage.get_item(&key).ok().flatten();
    if stored.is_some() && stored != tracked.work_text {
        // Someone else wrote this tab's key: a duplicated tab, which copies `sessionStorage`
        // and so the id. This tab takes a new id rather than write over the other's work.
        tracked.tab = new_tab_id();
        key = work_key(main_key, &tracked.tab);
    }
    let (ok, text) = match session {
        Some(session) => {
            let text = InProgress {
                updated_ms: now_ms(),
                session: Some((**session).clone()),
            }
            .to_json();
            (storage.set_item(&key, &text).is_ok(), Some(text))
        }
        None => (storage.remove_item(&key).is_ok(), None),
    };
    if ok {
        tracked.session = session.cloned();
        tracked.work_text = text;
    }
    ok
}

/// Writes each assessment that differs from what this tab last read or wrote, after merging it
/// with the stored copy (which another tab may have changed), and removes the keys of those
/// deleted here. Copies that merging changed go to `incoming`. False when a write was refused.
fn save_history(
    storage: &Storage,
    main_key: &str,
    tracked: &mut Tracked,
    history: &Rc<Vec<Assessment>>,
    incoming: &mut Incoming,
) -> bool {
    if Rc::ptr_eq(history, &tracked.history) {
        return true;
    }
    let before: SmallMap<&str, &Assessment> =
        tracked.history.iter().map(|a| (a.id.as_str(), a)).collect();
    let mut ok = true;
    for assessment in history.iter() {
        if before.get(assessment.id.as_str()) == Some(&assessment) {
            continue;
        }
        let key = assessment_key(main_key, &assessment.id);
        let stored = storage
            .get_item(&key)
            .ok()
            .flatten()
            .and_then(|text| serde_json::from_str::<Assessment>(&text).ok());
        let winner = match &stored {
            Some(stored) => history::merge_entry(assessment, stored),
            None => assessment.clone(),
        };
        if stored.as_ref() != Some(&winner)
            && storage.set_item(&key, &storage::to_text(&winner)).is_err()
        {
            ok = false;
        }
        if winner != *assessment {
            incoming.entries.push(winner);
        }
    }
    let now: SmallSet<&str> = history.iter().map(|a| a.id.as_str()).collect();
    for id in before.keys().filter(|id| !now.contains(*id)) {
        ok &= storage.remove_item(&assessment_key(main_key, id)).is_ok();
    }
    if ok {
        tracked.history = history.clone();
    }
    ok
}

/// Writes the settings when they changed, merged with the stored copy when another tab wrote
/// it since (`storage::merge_settings`). A profile that merging changed goes to `incoming`.
/// False when the write was refused.
fn save_settings(
    storage: &Storage,
    main_key: &str,
    tracked: &mut Tracked,
    now: &Snapshot<'_>,
    incoming: &mut Incoming,
) -> bool {
    let base = &tracked.settings;
    let profile_same = now.profile.is_none_or(|p| **p == base.profile);
    // Kept questionnaires are only ever added (by this tab or, merged in, by another): the
    // stored list holds every one this tab holds, and possibly more.
    let questionnaires_same = now
        .questionnaires
        .iter()
        .all(|(_, q)| base.questionnaires.contains(q));
    let own_same = *now.own == *base.own;
    // Versions too are only ever added.
    let versions_same =
        (now.versions.iter()).all(|v| base.versions.iter().any(|b| b.fingerprint == v.fingerprint));
    if profile_same
        && questionnaires_same
        && own_same
        && versions_same
        && base.language.as_deref() == Some(now.language)
        && base.profile_asked == now.profile_asked
        && tracked.main_text.is_some()
    {
        return true;
    }
    let time = now_ms();
    let mine = Settings {
        version: storage::STORAGE_VERSION,
        profile: now.profile.map(|p| (**p).clone()).unwrap_or_default(),
        profile_ms: if profile_same { base.profile_ms } else { time },
        language: Some(now.language.to_owned()),
        questionnaires: kept_questionnaires(&base.questionnaires, now.questionnaires),
        profile_asked: now.profile_asked,
        own: now.own.to_vec(),
        versions: own::merge_versions(now.versions, &base.versions),
    };
    let stored = storage.get_item(main_key).ok().flatten();
    let theirs = stored
        .as_ref()
        .filter(|text| tracked.main_text.as_ref() != Some(*text))
        .and_then(|text| Settings::from_json(text).ok());
    let merged = match &theirs {
        Some(theirs) => storage::merge_settings(base, &mine, mine.profile_ms, theirs),
        None => mine.clone(),
    };
    let text = merged.to_json();
    if stored.as_ref() != Some(&text) && storage.set_item(main_key, &text).is_err() {
        return false;
    }
    if now.profile.is_some() && merged.profile != mine.profile {
        incoming.profile = Some(merged.profile.clone());
    }
    incoming.terms_asked |= merged.profile_asked && !now.profile_asked;
    if merged.own != now.own {
        incoming.own = merged.own.clone();
    }
    if merged.versions.len() != now.versions.len() {
        incoming.versions = merged.versions.clone();
    }
    tracked.settings = merged;
    tracked.main_text = Some(text);
    true
}

/// The kept questionnaires to write: those stored before (another tab's among them), each
/// replaced by this tab's copy of the same id, then this tab's new ones.
fn kept_questionnaires(
    before: &[serde_json::Value],
    now: &[(String, Rc<serde_json::Value>)],
) -> Vec<serde_json::Value> {
    let id = |q: &serde_json::Value| q.get("id").cloned();
    let mut kept: Vec<serde_json::Value> = before
        .iter()
        .map(|q| match now.iter().find(|(_, mine)| id(mine) == id(q)) {
            Some((_, mine)) => (**mine).clone(),
            None => q.clone(),
        })
        .collect();
    for (_, q) in now {
        if !kept.iter().any(|k| id(k) == id(q)) {
            kept.push((**q).clone());
        }
    }
    kept
}

/// Everything saved under `main_key` in one text, for the emergency download after a panic:
/// the settings, every assessment and this tab's work in progress, as `Saved::to_json` writes
/// them; the main text as it is when it does not read (a newer version's), or the damaged copy
/// set aside when nothing else is there.
pub fn raw_saved(main_key: &str) -> Option<String> {
    let storage = local_storage()?;
    let items = items(&storage, main_key).ok()?;
    if items.is_empty() {
        return storage.get_item(DAMAGED_KEY).ok().flatten();
    }
    // Read only: nothing is migrated or set aside from a panicked page.
    match storage::read(main_key, &tab_id(), &items, now_ms()) {
        Ok(read) => Some(read.saved.to_json()),
        Err((_, text)) => Some(text),
    }
}

/// Listens for other tabs' writes under `main_key` (the browser's `storage` event, which fires
/// in every other tab of the origin) and hands each change that concerns this tab's state to
/// `on_change`. Other tabs' work in progress is theirs and is not taken. Dropping the returned
/// value stops listening.
pub fn listen(
    main_key: &str,
    on_change: impl Fn(Incoming) + 'static,
) -> crate::device::WindowListener {
    let main_key = main_key.to_owned();
    crate::device::listen("storage", move |event: web_sys::Event| {
        let Some(event) = event.dyn_ref::<StorageEvent>() else {
            return;
        };
        if let Some(incoming) = heard(&main_key, event)
            && !incoming.is_empty()
        {
            on_change(incoming);
        }
    })
}

/// What a `storage` event means for this tab, if anything.
fn heard(main_key: &str, event: &StorageEvent) -> Option<Incoming> {
    let key = event.key()?;
    // Another tab's `sessionStorage` never reaches here, but a `localStorage` of another
    // origin cannot either; only this origin's local storage is ours.
    let mut incoming = Incoming::default();
    match part_of(main_key, &key)? {
        Part::Assessment(id) => match event.new_value() {
            None => incoming.removed.push(id.to_owned()),
            Some(text) => incoming
                .entries
                .push(serde_json::from_str::<Assessment>(&text).ok()?),
        },
        Part::Main => {
            let text = event.new_value()?;
            let theirs = Settings::from_json(&text).ok()?;
            TRACKED.with(|all| {
                let mut all = all.borrow_mut();
                let tracked = all.get_mut(main_key)?;
                if theirs.profile != tracked.settings.profile {
                    incoming.profile = Some(theirs.profile.clone());
                }
                incoming.terms_asked = theirs.profile_asked && !tracked.settings.profile_asked;
                if theirs.own != tracked.settings.own {
                    incoming.own = theirs.own.clone();
                }
                if theirs.versions.len() != tracked.settings.versions.len() {
                    incoming.versions = theirs.versions.clone();
                }
                tracked.settings.profile_asked |= theirs.profile_asked;
                // The base profile moves to what is stored, so taking it in is not an edit of
                // ours. The main text stays as this tab last knew it: the next write then sees
                // the other tab's and merges the rest (kept questionnaires, "terms asked").
                tracked.settings.profile = theirs.profile.clone();
                tracked.settings.profile_ms = theirs.profile_ms;
                Some(())
            })?;
        }
        Part::Work(_) | Part::Legacy => return None,
    }
    Some(incoming)
}

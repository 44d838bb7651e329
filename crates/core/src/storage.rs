//! The format of what Client Fit keeps on the device, versioned so that older saves still load.
//! The browser shell only moves these strings in and out of storage. Pure: no browser imports.

use serde::{Deserialize, Serialize};

use super::history::Assessment;
use super::profile::Profile;
use super::session::Session;

/// Version written by this build. Version 1 kept everything under one key; version 2 splits a
/// save into three (`to_parts`), so a full storage that refuses a long history still takes the
/// small assessment in progress, and only what changed is rewritten.
pub const STORAGE_VERSION: u32 = 2;
/// The app's main key: the version, profile, language and kept questionnaires (in version 1,
/// everything). The assessment in progress and the history sit beside it (`session_key`,
/// `history_key`); a widget has a main key of its own.
pub const STORAGE_KEY: &str = "client-fit";
/// Where an unreadable save is moved, so nothing is lost and it can still be exported.
pub const DAMAGED_KEY: &str = "client-fit-damaged";

/// Everything saved on the device.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub version: u32,
    /// The assessment in progress, if any.
    #[serde(default)]
    pub session: Option<Session>,
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
}

/// Why a save could not be read.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum LoadError {
    #[error("the saved data is damaged: {0}")]
    Damaged(String),
    #[error("the saved data was written by a newer Client Fit (version {0})")]
    Newer(u32),
}

impl Saved {
    pub fn new() -> Self {
        Saved {
            version: STORAGE_VERSION,
            ..Saved::default()
        }
    }

    pub fn to_json(&self) -> String {
        // Serialising plain data to a string cannot fail: there are no maps with non-string keys.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The save as (key, text) pairs under `main_key`, in the order they are to be written: the
    /// assessment in progress first (the most precious and smallest), then the history, and the
    /// main key last, so a version 1 save is only replaced once its parts are in place.
    pub fn to_parts(&self, main_key: &str) -> [(String, String); 3] {
        #[derive(Serialize)]
        struct Main<'a> {
            version: u32,
            profile: &'a Profile,
            language: &'a Option<String>,
            #[serde(skip_serializing_if = "<[_]>::is_empty")]
            questionnaires: &'a [serde_json::Value],
            profile_asked: bool,
        }
        let main = Main {
            version: STORAGE_VERSION,
            profile: &self.profile,
            language: &self.language,
            questionnaires: &self.questionnaires,
            profile_asked: self.profile_asked,
        };
        // Serialising plain data to a string cannot fail: there are no maps with non-string keys.
        [
            (
                session_key(main_key),
                serde_json::to_string(&self.session).unwrap_or_default(),
            ),
            (
                history_key(main_key),
                serde_json::to_string(&self.history).unwrap_or_default(),
            ),
            (
                main_key.to_owned(),
                serde_json::to_string(&main).unwrap_or_default(),
            ),
        ]
    }

    /// Reads a save from its keys' texts: `main` is the text under `main_key`; `part(key)` reads
    /// another key. A version 1 save (everything in `main`) is migrated and the other keys are
    /// not read. A damaged part is left out (its text returned, to be set aside) and the rest
    /// kept; a damaged or newer `main` refuses the whole save, with its text.
    pub fn from_parts(
        main: &str,
        main_key: &str,
        part: impl Fn(&str) -> Option<String>,
    ) -> Result<(Self, Vec<String>), (LoadError, String)> {
        let mut saved = Self::from_json(main).map_err(|e| (e, main.to_owned()))?;
        let mut damaged = Vec::new();
        if version_of(main) == Some(1) {
            return Ok((saved, damaged));
        }
        if let Some(text) = part(&session_key(main_key)) {
            match serde_json::from_str(&text) {
                Ok(session) => saved.session = session,
                Err(_) => damaged.push(text),
            }
        }
        if let Some(text) = part(&history_key(main_key)) {
            match serde_json::from_str(&text) {
                Ok(history) => saved.history = history,
                Err(_) => damaged.push(text),
            }
        }
        Ok((saved, damaged))
    }

    /// Reads a whole save in one text (version 1's layout, version 2's main key alone, or a
    /// download of everything), upgrading older versions.
    pub fn from_json(text: &str) -> Result<Self, LoadError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| LoadError::Damaged(e.to_string()))?;
        let version = value
            .get("version")
            .and_then(serde_json::Value::as_u64)
            .ok_or_else(|| LoadError::Damaged("no version".into()))?;
        let version = u32::try_from(version).unwrap_or(u32::MAX);
        if version > STORAGE_VERSION {
            return Err(LoadError::Newer(version));
        }
        // Version 1 to 2 only moved parts to other keys (`from_parts`); the fields are the same.
        // Later versions add their upgrade steps here, oldest first.
        let mut saved: Saved =
            serde_json::from_value(value).map_err(|e| LoadError::Damaged(e.to_string()))?;
        saved.version = STORAGE_VERSION;
        Ok(saved)
    }
}

/// The key of the assessment in progress beside `main_key`.
pub fn session_key(main_key: &str) -> String {
    format!("{main_key}-session")
}

/// The key of the saved assessments beside `main_key`.
pub fn history_key(main_key: &str) -> String {
    format!("{main_key}-history")
}

/// The version a saved main text declares, if it reads.
pub fn version_of(text: &str) -> Option<u64> {
    serde_json::from_str::<serde_json::Value>(text)
        .ok()?
        .get("version")?
        .as_u64()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }

    fn parts_of(saved: &Saved) -> std::collections::HashMap<String, String> {
        saved.to_parts(STORAGE_KEY).into_iter().collect()
    }

    fn read(parts: &std::collections::HashMap<String, String>) -> (Saved, Vec<String>) {
        Saved::from_parts(&parts[STORAGE_KEY], STORAGE_KEY, |k| parts.get(k).cloned()).unwrap()
    }

    #[test]
    fn the_parts_round_trip_and_the_main_key_comes_last() {
        let mut saved = Saved::new();
        saved.language = Some("ro".into());
        saved.profile.min_budget = Some(900.0);
        saved.questionnaires = vec![serde_json::json!({"id": "custom"})];
        saved.profile_asked = true;
        let keys: Vec<String> = saved
            .to_parts(STORAGE_KEY)
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        assert_eq!(
            keys,
            ["client-fit-session", "client-fit-history", "client-fit"]
        );
        let parts = parts_of(&saved);
        let main = &parts[STORAGE_KEY];
        assert!(!main.contains("history") && !main.contains("session"));
        assert_eq!(read(&parts), (saved.clone(), Vec::new()));
        // The main key alone (the other keys lost or never written) reads as empty parts.
        let (alone, _) = Saved::from_parts(main, STORAGE_KEY, |_| None).unwrap();
        assert_eq!(
            (alone.profile, alone.questionnaires),
            (saved.profile, saved.questionnaires)
        );
        assert!(alone.history.is_empty() && alone.session.is_none());
    }

    #[test]
    fn a_version_1_save_is_migrated_and_other_keys_are_ignored() {
        let v1 = r#"{"version": 1, "language": "da", "profile": {"min_budget": 1500.0},
            "session": null, "history": []}"#;
        let (saved, damaged) =
            Saved::from_parts(v1, STORAGE_KEY, |_| Some("not even json".into())).unwrap();
        assert!(damaged.is_empty());
        assert_eq!(saved.version, STORAGE_VERSION);
        assert_eq!(saved.language.as_deref(), Some("da"));
        assert_eq!(saved.profile.min_budget, Some(1500.0));
        // Written back as version 2 and read again, it is the same.
        assert_eq!(read(&parts_of(&saved)), (saved, Vec::new()));
    }

    #[test]
    fn a_damaged_part_is_set_aside_and_the_rest_kept() {
        let main = r#"{"version": 2, "language": "es"}"#;
        let parts = |k: &str| match k {
            "client-fit-session" => Some("{\"work\": ".to_owned()),
            "client-fit-history" => Some("[]".to_owned()),
            _ => None,
        };
        let (saved, damaged) = Saved::from_parts(main, STORAGE_KEY, parts).unwrap();
        assert_eq!(saved.language.as_deref(), Some("es"));
        assert_eq!(damaged, ["{\"work\": "]);
        let history = |k: &str| (k == "client-fit-history").then(|| "{}".to_owned());
        assert_eq!(
            Saved::from_parts(main, STORAGE_KEY, history).unwrap().1,
            ["{}"]
        );
    }

    #[test]
    fn a_damaged_or_newer_main_refuses_the_save_with_its_text() {
        assert!(matches!(
            Saved::from_parts("{\"vers", STORAGE_KEY, |_| None),
            Err((LoadError::Damaged(_), text)) if text == "{\"vers"
        ));
        assert_eq!(
            Saved::from_parts(r#"{"version": 3}"#, STORAGE_KEY, |_| None),
            Err((LoadError::Newer(3), r#"{"version": 3}"#.to_owned()))
        );
    }

    #[test]
    fn a_widget_keeps_its_parts_under_its_own_key() {
        let keys: Vec<String> = Saved::new()
            .to_parts("client-fit.widget.intake")
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        assert_eq!(
            keys,
            [
                "client-fit.widget.intake-session",
                "client-fit.widget.intake-history",
                "client-fit.widget.intake"
            ]
        );
    }

    #[test]
    fn a_partial_save_fills_in_defaults() {
        let saved = Saved::from_json(r#"{"version": 1}"#).unwrap();
        assert_eq!(saved.session, None);
        assert_eq!(saved.profile, Profile::default());
        // Saved before "Your terms first" existed: not asked yet.
        assert!(!saved.profile_asked);
        let (main, _) = Saved::from_parts(r#"{"version": 2}"#, STORAGE_KEY, |_| None).unwrap();
        assert!(!main.profile_asked);
    }
}

//! The format of what Client Fit keeps on the device, versioned so that older saves still load.
//! The browser shell only moves these strings in and out of storage. Pure: no browser imports.

use serde::{Deserialize, Serialize};

use super::history::Assessment;
use super::profile::Profile;
use super::session::Session;

/// Version written by this build.
pub const STORAGE_VERSION: u32 = 1;
/// The key everything is kept under.
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

    /// Reads a save, upgrading older versions.
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
        // Version 1 is the first; later versions add their upgrade steps here, oldest first.
        let mut saved: Saved =
            serde_json::from_value(value).map_err(|e| LoadError::Damaged(e.to_string()))?;
        saved.version = STORAGE_VERSION;
        Ok(saved)
    }
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

    #[test]
    fn a_partial_save_fills_in_defaults() {
        let saved = Saved::from_json(r#"{"version": 1}"#).unwrap();
        assert_eq!(saved.session, None);
        assert_eq!(saved.profile, Profile::default());
    }
}

//! Localized text and the language fallback chain (`da-DK` → `da` → the questionnaire's default).
//! Pure: no browser imports.

use crate::small_map::SmallMap;

use serde::{Deserialize, Serialize};

/// The languages Client Fit speaks out of the box, in the order the switcher shows them.
pub const LANGUAGES: [&str; 4] = ["en", "es", "ro", "da"];

/// The languages' own names, in the order of [`LANGUAGES`].
const LANGUAGE_NAMES: [&str; 4] = ["English", "Español", "Română", "Dansk"];

/// A language by its own name (English, Español, Română, Dansk), else by its tag: how the
/// editor names a language to the person writing in it.
pub fn language_name(language: &str) -> &str {
    LANGUAGES
        .iter()
        .position(|l| l.eq_ignore_ascii_case(language))
        .map_or(language, |i| LANGUAGE_NAMES[i])
}

/// One piece of text in several languages: `{"en": "Budget", "es": "Presupuesto"}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct Text(pub SmallMap<String, String>);

impl Text {
    /// The text in the best language for `wanted`, falling back to its primary subtag, then to
    /// `default`, then to any language present. Empty only when the text has no language at all.
    pub fn get<'a>(&'a self, wanted: &str, default: &str) -> &'a str {
        fallback_chain(wanted, default)
            .iter()
            .find_map(|tag| self.lookup(tag))
            .or_else(|| self.0.values().next().map(String::as_str))
            .unwrap_or("")
    }

    /// The text in exactly this language (case-insensitive tag), if present.
    pub fn lookup(&self, tag: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(tag))
            .map(|(_, value)| value.as_str())
    }

    /// Whether the text has no language at all (a text left out of a prospect's copy).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Builds a text from `(language, text)` pairs; handy in tests and generated content.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        Text(
            pairs
                .into_iter()
                .map(|(lang, text)| (lang.to_owned(), text.to_owned()))
                .collect(),
        )
    }
}

/// The tags to try, best first: `da-DK` gives `["da-DK", "da", default]`.
pub fn fallback_chain(wanted: &str, default: &str) -> Vec<String> {
    let mut chain: Vec<String> = Vec::with_capacity(3);
    let mut push = |tag: &str| {
        if !tag.is_empty() && !chain.iter().any(|t| t.eq_ignore_ascii_case(tag)) {
            chain.push(tag.to_owned());
        }
    };
    push(wanted);
    if let Some((primary, _)) = wanted.split_once(['-', '_']) {
        push(primary);
    }
    push(default);
    chain
}

/// The first of the browser's preferred languages that Client Fit speaks, else English.
pub fn pick_language<'a>(preferred: impl IntoIterator<Item = &'a str>) -> &'static str {
    preferred
        .into_iter()
        .flat_map(|tag| fallback_chain(tag, ""))
        .find_map(|tag| {
            LANGUAGES
                .iter()
                .find(|lang| lang.eq_ignore_ascii_case(&tag))
                .copied()
        })
        .unwrap_or("en")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Text {
        Text::from_pairs([
            ("en", "Budget"),
            ("da", "Budget (da)"),
            ("es", "Presupuesto"),
        ])
    }

    #[test]
    fn region_tag_falls_back_to_primary_language() {
        assert_eq!(sample().get("da-DK", "en"), "Budget (da)");
    }

    #[test]
    fn missing_language_falls_back_to_default() {
        assert_eq!(sample().get("ro", "es"), "Presupuesto");
    }

    #[test]
    fn missing_default_falls_back_to_any_language() {
        let text = Text::from_pairs([("ro", "Buget")]);
        assert_eq!(text.get("da", "en"), "Buget");
        assert_eq!(Text::default().get("da", "en"), "");
    }

    #[test]
    fn tags_match_without_regard_to_case() {
        assert_eq!(sample().get("ES-mx", "en"), "Presupuesto");
    }

    #[test]
    fn browser_preferences_pick_the_first_language_we_speak() {
        assert_eq!(pick_language(["fr-FR", "ro-RO", "en"]), "ro");
        assert_eq!(pick_language(["fr"]), "en");
        assert_eq!(pick_language(["DA"]), "da");
    }
}

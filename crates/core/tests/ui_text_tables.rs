//! The interface's words in a build that compiles in English only (the prospect's widget,
//! `--no-default-features`): another language is English until its table file is installed,
//! and a file for other keys, another language or no table at all changes nothing.
//! With every language compiled in, the file `table_file` writes installs as it is. The
//! consultant's words are in the first build only: the widget's build has none of them, not
//! even in English, and a table file holds the prospect's keys alone.

use client_fit_core::ui_text::{TableError, Ui, fingerprint, install, needs_table, ui};

/// A table file as `table_file` writes one, with each English text marked.
fn marked_table(language: &str, fingerprint: u32, keys: usize) -> String {
    let texts: Vec<String> = Ui::PROSPECT
        .iter()
        .take(keys)
        .map(|key| format!("[{language}] {}", key.english()))
        .collect();
    serde_json::json!({ "fingerprint": fingerprint, "language": language, "texts": texts })
        .to_string()
}

#[cfg(not(feature = "all-ui-languages"))]
#[test]
fn another_language_is_english_until_its_table_is_installed() {
    assert!(needs_table("ro-RO"));
    assert!(!needs_table("en") && !needs_table("fr"));
    assert_eq!(ui("ro", Ui::Next), "Next");
    // Refused, and nothing changes: not a table, another build's keys, another language,
    // a table with a key missing.
    assert_eq!(
        install("ro", "<!doctype html>"),
        Err(TableError::Unreadable)
    );
    let stale = marked_table("ro", fingerprint().wrapping_add(1), Ui::PROSPECT.len());
    assert_eq!(install("ro", &stale), Err(TableError::Mismatch));
    let danish = marked_table("da", fingerprint(), Ui::PROSPECT.len());
    assert_eq!(install("ro", &danish), Err(TableError::Mismatch));
    let short = marked_table("ro", fingerprint(), Ui::PROSPECT.len() - 1);
    assert_eq!(install("ro", &short), Err(TableError::Mismatch));
    assert_eq!(ui("ro", Ui::Next), "Next");
    assert!(needs_table("ro"));
    // The right file: every key in its place, by the language's first two letters.
    assert_eq!(
        install("ro", &marked_table("ro", fingerprint(), Ui::PROSPECT.len())),
        Ok(())
    );
    assert!(!needs_table("ro-MD"));
    assert_eq!(ui("RO", Ui::Next), "[ro] Next");
    assert_eq!(ui("ro", Ui::Back), "[ro] Back");
    assert_eq!(ui("en", Ui::Next), "Next");
}

#[cfg(not(feature = "consultant-words"))]
#[test]
fn the_widgets_build_has_the_prospects_words_and_none_of_the_consultants() {
    assert!(Ui::PROSPECT.iter().all(|key| !key.english().is_empty()));
    let consultant = &Ui::ALL[Ui::PROSPECT.len()..];
    assert!(consultant.len() > 100, "{}", consultant.len());
    assert!(consultant.iter().all(|key| key.english().is_empty()));
    assert_eq!(ui("en", Ui::EditorShownWhen), "");
}

#[cfg(feature = "consultant-words")]
#[test]
fn with_the_consultants_words_every_key_has_its_english() {
    assert!(Ui::ALL.iter().all(|key| !key.english().is_empty()));
    assert_eq!(&Ui::ALL[..Ui::PROSPECT.len()], Ui::PROSPECT);
    assert_eq!(ui("en", Ui::EditorShownWhen), "When to show it");
}

#[cfg(feature = "all-ui-languages")]
#[test]
fn with_every_language_compiled_in_a_table_file_is_only_checked() {
    use client_fit_core::ui_text::table_file;
    assert!(!needs_table("es"));
    assert_eq!(install("da", &table_file("da")), Ok(()));
    assert_eq!(ui("da", Ui::Next), "Næste");
    let file: serde_json::Value = serde_json::from_str(&table_file("es")).unwrap();
    assert_eq!(file["texts"].as_array().unwrap().len(), Ui::PROSPECT.len());
    let back = Ui::ALL.iter().position(|k| *k == Ui::Back).unwrap();
    assert_eq!(file["texts"][back], "Atrás");
    assert_eq!(
        install("es", &marked_table("es", fingerprint(), 3)),
        Err(TableError::Mismatch)
    );
}

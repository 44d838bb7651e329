//! Every interface text the prospect's widget can show has its words in the widget's build:
//! `core::ui_text` lists the prospect's keys before a `;` and the consultant's after it, and
//! the widget (built without `consultant-words`) carries no text for the latter, so a key
//! named by code the widget compiles but listed after the `;` would show as nothing. This
//! reads every source file the widget compiles (those of `client-fit-core`, `-ui`, `-web` and
//! `-widget`, less the modules declared under `#[cfg(feature = "consultant")]` and the core's
//! editing modules, which only the consultant's pages call) and fails naming each such key.

mod common;
use common::sources;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// The crates the widget's wasm is built from.
const CRATES: [&str; 4] = ["core", "ui", "web", "widget"];

/// The core's modules that only the consultant's pages call (the editor's draft and its
/// structural edits, and the linter's problems in the editor's words): compiled into the
/// widget's core but never reached from it, so their keys may be the consultant's.
const CONSULTANT_ONLY_CORE: [&str; 4] = ["draft.rs", "draft", "edit.rs", "problem_advice.rs"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The files of the modules a file declares under `#[cfg(feature = "consultant")]`
/// (`mod name;` beside it: `name.rs` or `name/`).
fn gated_modules(file: &Path, text: &str) -> Vec<PathBuf> {
    let dir = match file.file_name().and_then(|n| n.to_str()) {
        Some("mod.rs" | "lib.rs" | "main.rs") => file.parent().unwrap().to_path_buf(),
        _ => file.with_extension(""),
    };
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    lines
        .windows(2)
        .filter(|pair| pair[0] == "#[cfg(feature = \"consultant\")]")
        .filter_map(|pair| {
            let declared = pair[1].strip_prefix("pub ").unwrap_or(pair[1]);
            let name = declared.strip_prefix("mod ")?.strip_suffix(';')?;
            Some(dir.join(name))
        })
        .collect()
}

/// The keys of the `ui_texts!` invocation: those before its `;`, then those after.
fn keys() -> (BTreeSet<String>, BTreeSet<String>) {
    let text = fs::read_to_string(root().join("crates/core/src/ui_text.rs")).unwrap();
    let body = &text[text.find("ui_texts! {\n").expect("the invocation")..];
    let body = &body[..body.find("\n}\n").expect("its end")];
    let (mut prospect, mut consultant) = (BTreeSet::new(), BTreeSet::new());
    let mut past = false;
    for line in body.lines() {
        if line.trim() == ";" {
            past = true;
        } else if let Some((key, _)) = line
            .strip_prefix("    ")
            .and_then(|l| l.split_once(" => ["))
            && key.chars().all(|c| c.is_ascii_alphanumeric())
        {
            match past {
                true => consultant.insert(key.to_owned()),
                false => prospect.insert(key.to_owned()),
            };
        }
    }
    (prospect, consultant)
}

/// The `Ui::Key` names written in `text`.
fn named(text: &str) -> BTreeSet<String> {
    text.match_indices("Ui::")
        .map(|(at, _)| {
            text[at + 4..]
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect::<String>()
        })
        .filter(|key| key.starts_with(|c: char| c.is_ascii_uppercase()))
        .collect()
}

#[test]
fn every_key_the_widget_can_show_is_listed_before_the_consultants() {
    let (prospect, consultant) = keys();
    assert!(prospect.len() > 100 && consultant.len() > 100);
    let mut files = Vec::new();
    for krate in CRATES {
        files.extend(sources(&root().join("crates").join(krate).join("src")));
    }
    let texts: Vec<(PathBuf, String)> = (files.into_iter())
        .map(|file| {
            let text = fs::read_to_string(&file).unwrap();
            (file, text)
        })
        .collect();
    let gated: Vec<PathBuf> = (texts.iter())
        .flat_map(|(file, text)| gated_modules(file, text))
        .collect();
    let core = root().join("crates/core/src");
    let consultant_only = |file: &Path| {
        let module = file.with_extension("");
        gated.iter().any(|g| module == *g || file.starts_with(g))
            || CONSULTANT_ONLY_CORE
                .iter()
                .any(|m| file == core.join(m) || file.starts_with(core.join(m)))
            || file.ends_with("ui_text.rs")
    };
    assert!(
        gated
            .iter()
            .any(|g| g.ends_with("components/editor_question")),
        "the gated modules are found: {gated:?}"
    );
    let mut wrong = Vec::new();
    for (file, text) in &texts {
        if consultant_only(file) {
            continue;
        }
        for key in named(text) {
            if consultant.contains(&key) {
                let shown = file
                    .strip_prefix(root())
                    .unwrap_or(file)
                    .display()
                    .to_string();
                wrong.push(format!("{key} (named in {shown})"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "keys the widget can show, listed after the `;` in ui_text.rs (move them above it): {wrong:#?}"
    );
}

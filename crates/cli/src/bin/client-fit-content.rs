//! `client-fit-content SITE_DIR [PROSPECT_DIR]`: writes each built-in questionnaire once per
//! language (`SITE_DIR/questionnaires/<id>.<language>.json`, one language's texts each), so the
//! page fetches only the words it shows; with `PROSPECT_DIR`, also the prospect's copy of each
//! (`Questionnaire::for_prospect`: no advice, letters or "find out" notes) for the widget, under
//! `PROSPECT_DIR/questionnaires/`, and the interface's words in each language but English
//! (`PROSPECT_DIR/ui/<language>.json`: the widget compiles in English only). Run by `make build` after Trunk; exits 1 if a questionnaire
//! does not load.

use std::path::Path;
use std::process::ExitCode;

use client_fit_core::builtin::{BUILTIN, content_path};
use client_fit_core::load::load;
use client_fit_core::model::Questionnaire;
use client_fit_core::text::LANGUAGES;
use client_fit_core::ui_text::{table_file, table_path};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(site) = args.next() else {
        eprintln!(
            "usage: client-fit-content SITE_DIR [PROSPECT_DIR] (writes */questionnaires/*.json)"
        );
        return ExitCode::from(2);
    };
    let prospect = args.next();
    if let Some(dir) = &prospect {
        for language in LANGUAGES.into_iter().filter(|l| *l != "en") {
            let path = Path::new(dir).join(table_path(language));
            let written = path
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|()| std::fs::write(&path, table_file(language)));
            if let Err(error) = written {
                eprintln!("{}: {error}", path.display());
                return ExitCode::FAILURE;
            }
        }
    }
    for (id, json) in BUILTIN {
        let questionnaire = match load(json) {
            Ok(loaded) => loaded.questionnaire,
            Err(problems) => {
                for problem in problems {
                    eprintln!("{id}: {problem}");
                }
                return ExitCode::FAILURE;
            }
        };
        let mut outputs = vec![(site.clone(), questionnaire.clone())];
        if let Some(dir) = &prospect {
            outputs.push((dir.clone(), questionnaire.for_prospect()));
        }
        for (dir, questionnaire) in &outputs {
            if let Err(message) = write_languages(dir, id, questionnaire) {
                eprintln!("{message}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

/// Writes `questionnaire` once per language under `dir`.
fn write_languages(dir: &str, id: &str, questionnaire: &Questionnaire) -> Result<(), String> {
    for language in LANGUAGES {
        let path = Path::new(dir).join(content_path(id, language));
        let single = questionnaire.in_language(language);
        path.parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| {
                let text = serde_json::to_string(&single).map_err(std::io::Error::other)?;
                std::fs::write(&path, text)
            })
            .map_err(|error| format!("{}: {error}", path.display()))?;
    }
    Ok(())
}

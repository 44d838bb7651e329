//! `client-fit-content OUT_DIR`: writes each built-in questionnaire once per language
//! (`OUT_DIR/<id>.<language>.json`, one language's texts each), so the page fetches only the
//! words it shows. Run by `make build` after Trunk; exits 1 if a questionnaire does not load.

use std::path::Path;
use std::process::ExitCode;

use client_fit_core::builtin::{BUILTIN, content_path};
use client_fit_core::load::load;
use client_fit_core::text::LANGUAGES;

fn main() -> ExitCode {
    let Some(site) = std::env::args().nth(1) else {
        eprintln!("usage: client-fit-content SITE_DIR (writes SITE_DIR/questionnaires/*.json)");
        return ExitCode::from(2);
    };
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
        for language in LANGUAGES {
            let path = Path::new(&site).join(content_path(id, language));
            let single = questionnaire.in_language(language);
            let written = path
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|()| {
                    let text = serde_json::to_string(&single).map_err(std::io::Error::other)?;
                    std::fs::write(&path, text)
                });
            if let Err(error) = written {
                eprintln!("{}: {error}", path.display());
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

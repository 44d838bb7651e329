//! `client-fit-prerender QUESTIONNAIRES OUT`: the prospect's widget's first screen, rendered at
//! build time for each built-in questionnaire in each language, so the embed loader can show
//! the first question before the wasm has arrived (`embed/client-fit.js`). The live widget
//! takes over when it starts, keeping whatever was answered meanwhile (`client_fit_web::embed`).
//!
//! QUESTIONNAIRES is the folder of prospect copies (`<id>.<language>.json`, written by
//! `client-fit-content`); OUT gets `<id>.<language>.html` for each.

use std::path::Path;
use std::process::ExitCode;

use client_fit_prerender::first_screen;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [from, to] = args.as_slice() else {
        eprintln!("usage: client-fit-prerender QUESTIONNAIRES OUT");
        return ExitCode::from(2);
    };
    match write_all(Path::new(from), Path::new(to)) {
        Ok(count) => {
            println!("client-fit-prerender: {count} first screens in {to}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("client-fit-prerender: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Renders every built-in questionnaire file in `from` into `to`; how many it wrote.
fn write_all(from: &Path, to: &Path) -> Result<usize, String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| e.to_string())?;
    let mut count = 0;
    for id in client_fit_core::builtin::IDS {
        for language in client_fit_core::text::LANGUAGES {
            let name = format!("{id}.{language}");
            let path = from.join(format!("{name}.json"));
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let html = runtime
                .block_on(first_screen(&text, language))
                .map_err(|e| format!("{}: {e}", path.display()))?;
            let out = to.join(format!("{name}.html"));
            std::fs::write(&out, html).map_err(|e| format!("{}: {e}", out.display()))?;
            count += 1;
        }
    }
    Ok(count)
}

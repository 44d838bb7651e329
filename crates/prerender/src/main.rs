//! `client-fit-prerender QUESTIONNAIRES OUT`: the prospect's widget's first screen, rendered at
//! build time for each built-in questionnaire in each language, so the embed loader can show
//! the first question before the wasm has arrived (`embed/client-fit.js`). The live widget
//! takes over when it starts, keeping whatever was answered meanwhile (`client_fit_web::embed`).
//!
//! QUESTIONNAIRES is the folder of prospect copies (`<id>.<language>.json`, written by
//! `client-fit-content`); OUT gets `<id>.<language>.html` for each.
//!
//! `client-fit-prerender --app QUESTIONNAIRES OUT` (built with the `app` feature): the
//! consultant's app's first screen on a first visit, `app.<language>.html`, from the full
//! questionnaires in QUESTIONNAIRES (`dist/questionnaires/`); `scripts/first_screen.mjs` puts
//! them into the app's page.

use std::path::Path;
use std::process::ExitCode;

use client_fit_prerender::first_screen;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (app, from, to) = match args.as_slice() {
        [flag, from, to] if flag == "--app" => (true, from, to),
        [from, to] => (false, from, to),
        _ => {
            eprintln!("usage: client-fit-prerender [--app] QUESTIONNAIRES OUT");
            return ExitCode::from(2);
        }
    };
    let written = if app {
        write_app(Path::new(from), Path::new(to))
    } else {
        write_all(Path::new(from), Path::new(to))
    };
    match written {
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

/// The app's first screen in each language into `to`, from the full questionnaires in `from`.
#[cfg(feature = "app")]
fn write_app(from: &Path, to: &Path) -> Result<usize, String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| e.to_string())?;
    for language in client_fit_core::text::LANGUAGES {
        let mut files = Vec::new();
        for id in client_fit_core::builtin::IDS {
            let path = from.join(format!("{id}.{language}.json"));
            files.push(
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?,
            );
        }
        let html = runtime.block_on(client_fit_prerender::app_first_screen(&files, language))?;
        let out = to.join(format!("app.{language}.html"));
        std::fs::write(&out, html).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    Ok(client_fit_core::text::LANGUAGES.len())
}

/// Without the `app` feature there is no app to draw.
#[cfg(not(feature = "app"))]
fn write_app(_: &Path, _: &Path) -> Result<usize, String> {
    Err("--app needs the app feature (cargo run -p client-fit-prerender --features app)".to_owned())
}

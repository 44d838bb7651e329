//! `client-fit-lint FILE...`: checks questionnaire files as the widget would load them.
//! Prints every problem with its place; exits 1 when any file has errors, 2 on bad usage.
//! `client-fit-lint --prospect-copy FILE OUT`: checks one file and, when it loads, writes the
//! copy to put on a website for the widget (`Questionnaire::for_prospect`: the same scoring,
//! without the advice, letters and "find out" notes meant for the consultant).

use std::process::ExitCode;

use client_fit_core::lint::{Level, lint};
use client_fit_core::load::{load, parse};

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, file, out] = files.as_slice()
        && flag == "--prospect-copy"
    {
        return prospect_copy(file, out);
    }
    // An option other than these (`--prospect-copy` with the wrong arguments) is a mistake.
    if files.is_empty() || files.iter().any(|f| f.starts_with('-')) {
        eprintln!(
            "usage: client-fit-lint QUESTIONNAIRE.json...\n       client-fit-lint --prospect-copy QUESTIONNAIRE.json OUT.json"
        );
        return ExitCode::from(2);
    }
    let mut failed = false;
    for file in &files {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(error) => {
                println!("{file}: error: cannot read the file: {error}");
                failed = true;
                continue;
            }
        };
        let problems = match parse(&text) {
            Ok(questionnaire) => lint(&questionnaire),
            Err(problem) => vec![problem],
        };
        for problem in &problems {
            println!("{file}: {problem}");
        }
        let errors = problems.iter().filter(|p| p.level == Level::Error).count();
        let warnings = problems.len() - errors;
        println!("{file}: {errors} error(s), {warnings} warning(s)");
        failed |= load(&text).is_err();
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Writes the prospect's copy of `file` to `out`, if `file` loads (never over `file` itself:
/// that would lose the consultant's own texts).
fn prospect_copy(file: &str, out: &str) -> ExitCode {
    let same = |a: &str, b: &str| match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    };
    if same(file, out) {
        println!(
            "{out}: error: the copy would replace the questionnaire itself; name another file"
        );
        return ExitCode::from(2);
    }
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(error) => {
            println!("{file}: error: cannot read the file: {error}");
            return ExitCode::FAILURE;
        }
    };
    let questionnaire = match load(&text) {
        Ok(loaded) => loaded.questionnaire,
        Err(problems) => {
            for problem in &problems {
                println!("{file}: {problem}");
            }
            return ExitCode::FAILURE;
        }
    };
    let copy = questionnaire.for_prospect();
    let written = serde_json::to_string_pretty(&copy)
        .map_err(std::io::Error::other)
        .and_then(|json| std::fs::write(out, json + "\n"));
    match written {
        Ok(()) => {
            println!("{out}: the prospect's copy of {file}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            println!("{out}: error: cannot write the file: {error}");
            ExitCode::FAILURE
        }
    }
}

//! `client-fit-lint FILE...`: checks questionnaire files as the widget would load them.
//! Prints every problem with its place; exits 1 when any file has errors, 2 on bad usage.

use std::process::ExitCode;

use client_fit_core::lint::{Level, lint};
use client_fit_core::load::{load, parse};

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() || files.iter().any(|f| f == "-h" || f == "--help") {
        eprintln!("usage: client-fit-lint QUESTIONNAIRE.json...");
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

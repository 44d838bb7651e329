//! `make fuzz`: bounded-time fuzzing of everything that reads outside input, on stable Rust: the
//! questionnaire loader and linter, the share-link decoder, the backup importer, the saved-data
//! reader and the widget's options. Inputs are mutations of real ones (byte flips, cuts, splices,
//! repeated and deleted runs, JSON tokens, huge numbers, deep nesting, odd Unicode) and plain
//! random bytes. A panic fails the target and keeps the input in `target/fuzz-results/`; so does a
//! single input that takes over a second. Each target runs `FUZZ_SECONDS` (default 30) and
//! prints how many inputs it ran. The tests are `#[ignore]`d so `cargo test` skips them.
#![cfg(not(target_arch = "wasm32"))]

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

use client_fit_core::backup::{export, import};
use client_fit_core::builtin::BUILTIN;
use client_fit_core::embed::read_options;
use client_fit_core::history::Assessment;
use client_fit_core::lint::lint;
use client_fit_core::load::{load, parse};
use client_fit_core::model::Questionnaire;
use client_fit_core::session::Session;
use client_fit_core::share::{Shared, decode, encode, find_code};
use client_fit_core::storage::Saved;

mod common;

use common::rng::Rng;

const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"",
    ",",
    ":",
    "null",
    "true",
    "-0",
    "1e999",
    "-1e308",
    "18446744073709551616",
    "NaN",
    "\\u0000",
    "\\ud800",
    "\u{202e}",
    "\u{200b}",
    "é",
    "🙂",
    "<script>alert(1)</script>",
    "cf1.",
    "cf9999.",
    "#",
    "%",
    "\u{feff}",
];

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut data = seeds[rng.below(seeds.len())].clone();
    for _ in 0..=rng.below(4) {
        let at = rng.below(data.len() + 1);
        match rng.below(9) {
            0 if !data.is_empty() => {
                let i = rng.below(data.len());
                data[i] ^= 1 << rng.below(8);
            }
            1 => data.truncate(at),
            2 => {
                let end = (at + rng.below(64)).min(data.len());
                data.drain(at..end);
            }
            3 => {
                let end = (at + rng.below(256)).min(data.len());
                let run = data[at..end].to_vec();
                data.splice(at..at, run);
            }
            4 => {
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                data.splice(at..at, token.iter().copied());
            }
            5 => {
                let other = &seeds[rng.below(seeds.len())];
                let from = rng.below(other.len());
                let end = (from + rng.below(512)).min(other.len());
                data.splice(at..at, other[from..end].iter().copied());
            }
            6 => {
                let depth = 1 + rng.below(5_000);
                let open = if rng.below(2) == 0 { b'[' } else { b'{' };
                data.splice(at..at, std::iter::repeat_n(open, depth));
            }
            7 => {
                let noise: Vec<u8> = (0..rng.below(32)).map(|_| rng.next() as u8).collect();
                data.splice(at..at, noise);
            }
            _ => {
                // A number far past what any field can hold.
                data.splice(at..at, b"99999999999999999999999".iter().copied());
            }
        }
    }
    data
}

/// Runs `target` on mutated and random inputs for the time budget; fails on a panic or a
/// pathologically slow input, keeping it under `target/fuzz-results/`.
fn fuzz(name: &str, seeds: Vec<Vec<u8>>, target: impl Fn(&str)) {
    let seconds: u64 = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(30);
    let seed = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_c11e_u64);
    let mut rng = Rng(seed | 1);
    let started = Instant::now();
    let mut inputs = 0u64;
    let mut slowest = Duration::ZERO;
    while started.elapsed() < Duration::from_secs(seconds) {
        let input = if rng.below(10) == 0 {
            (0..rng.below(4096)).map(|_| rng.next() as u8).collect()
        } else {
            mutate(&mut rng, &seeds)
        };
        let text = String::from_utf8_lossy(&input).into_owned();
        let began = Instant::now();
        let outcome = catch_unwind(AssertUnwindSafe(|| target(&text)));
        let took = began.elapsed();
        slowest = slowest.max(took);
        if outcome.is_err() || took > Duration::from_secs(1) {
            let dir =
                std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/fuzz-results");
            let _ = std::fs::create_dir_all(&dir);
            let kept = dir.join(format!("{name}-{inputs}.txt"));
            let _ = std::fs::write(&kept, &text);
            panic!(
                "{name}: input {inputs} {} ({took:?}); kept in {}",
                if outcome.is_err() {
                    "panicked"
                } else {
                    "was too slow"
                },
                kept.display()
            );
        }
        inputs += 1;
    }
    let line = format!(
        "{name}: {inputs} inputs in {seconds} s, none crashed, slowest {:.1} ms (FUZZ_SEED={seed})",
        slowest.as_secs_f64() * 1000.0
    );
    println!("{line}");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/fuzz-results");
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join(format!("{name}.txt")), format!("{line}\n"));
}

fn builtins() -> Vec<Questionnaire> {
    BUILTIN
        .iter()
        .map(|(_, json)| load(json).unwrap().questionnaire)
        .collect()
}

/// A real session on `q` with some answers, and its share link.
fn answered(q: &Questionnaire, client: &str) -> Session {
    let mut session = Session::new(q, client);
    for (_, question) in q.questions().take(12) {
        if let Some(option) = question.options.first() {
            let answer = client_fit_core::answers::Answer::Choice(option.id.clone());
            session.work.answers.insert(question.id.clone(), answer);
        }
    }
    session
}

#[test]
#[ignore = "bounded-time fuzzing: run with `make fuzz`"]
fn fuzz_questionnaire_loader_and_linter() {
    let mut seeds: Vec<Vec<u8>> = BUILTIN
        .iter()
        .map(|(_, json)| json.as_bytes().to_vec())
        .collect();
    seeds.push(common::MINIMAL.as_bytes().to_vec());
    fuzz("questionnaire loader and linter", seeds, |text| {
        let _ = load(text);
        if let Ok(questionnaire) = parse(text) {
            let _ = lint(&questionnaire);
        }
    });
}

#[test]
#[ignore = "bounded-time fuzzing: run with `make fuzz`"]
fn fuzz_share_link_decoder() {
    let questionnaires = builtins();
    let seeds: Vec<Vec<u8>> = questionnaires
        .iter()
        .map(|q| {
            let link = encode(q, &Shared::from(&answered(q, "Ana & Co").work)).unwrap();
            format!("https://fit.example/#{link}").into_bytes()
        })
        .collect();
    fuzz("share link decoder", seeds, |text| {
        let _ = decode(text, |id| questionnaires.iter().find(|q| q.id == id));
        let _ = find_code(text);
    });
}

#[test]
#[ignore = "bounded-time fuzzing: run with `make fuzz`"]
fn fuzz_backup_importer() {
    let questionnaires = builtins();
    let history: Vec<Assessment> = questionnaires
        .iter()
        .enumerate()
        .map(|(i, q)| Assessment::from_session(i.to_string(), &answered(q, "Client"), 1.0))
        .collect();
    let custom: serde_json::Value = serde_json::from_str(common::MINIMAL).unwrap();
    let seeds = vec![export(&Default::default(), &history, &[custom], 2.0).into_bytes()];
    let current = history[..1].to_vec();
    fuzz("backup importer", seeds, |text| {
        let _ = import(text, &current);
    });
}

#[test]
#[ignore = "bounded-time fuzzing: run with `make fuzz`"]
fn fuzz_saved_data_reader() {
    let questionnaires = builtins();
    let saved = Saved {
        session: Some(answered(&questionnaires[0], "Client")),
        history: vec![Assessment::from_session(
            "1".into(),
            &answered(&questionnaires[1], "B"),
            1.0,
        )],
        ..Saved::new()
    };
    fuzz(
        "saved data reader",
        vec![saved.to_json().into_bytes()],
        |text| {
            let _ = Saved::from_json(text);
        },
    );
}

#[test]
#[ignore = "bounded-time fuzzing: run with `make fuzz`"]
fn fuzz_widget_options() {
    let block = format!(
        r#"{{"questionnaire": {}, "profile": {{"name": "Vega", "min_budget": 4000}}, "reveal": "full"}}"#,
        common::MINIMAL
    );
    let attributes = vec![("reveal".to_owned(), "summary".to_owned())];
    fuzz("widget options", vec![block.into_bytes()], |text| {
        let _ = read_options(&attributes, Some(text));
        let _ = read_options(&[("consultant-email".to_owned(), text.to_owned())], None);
    });
}

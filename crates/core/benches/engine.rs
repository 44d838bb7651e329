//! Native benchmark of the engine on generated questionnaires of 30, 300 and 3,000 questions:
//! `load` (parse + lint), `score` (one call, preparing included), its two halves
//! (`Scorer::new` once per questionnaire and profile, `Scorer::score` per set of answers), and
//! the "what would change" search up to its size limit.
//! Run by `make bench` (`cargo bench --profile measure --bench engine`); prints min / median /
//! max in microseconds and writes `target/bench/engine.json`. No criterion: a plain timer loop
//! keeps the build light. The `measure` profile is the release one (panics unwinding), so this
//! measures the size-optimised code the page ships.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

use client_fit_core::explain::{MAX_QUESTIONS_FOR_CHANGES, what_would_change};
use client_fit_core::load::load;
use client_fit_core::scoring::{Scorer, score};

mod generate;
use generate::{answers, profile, questionnaire};

const SIZES: [usize; 3] = [30, 300, 3_000];

struct Stats {
    samples: usize,
    min: f64,
    median: f64,
    max: f64,
}

/// Times `run` over about a second (at least 20 and at most 5,000 calls, after a few warm-up
/// calls), in microseconds per call.
fn measure(mut run: impl FnMut()) -> Stats {
    let start = Instant::now();
    for _ in 0..3 {
        run();
    }
    let guess = start.elapsed().as_secs_f64() / 3.0;
    let samples = ((1.0 / guess.max(1e-9)) as usize).clamp(20, 5_000);
    let mut times: Vec<f64> = (0..samples)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(f64::total_cmp);
    Stats {
        samples,
        min: times[0],
        median: times[times.len() / 2],
        max: times[times.len() - 1],
    }
}

fn json(stats: &Stats) -> String {
    format!(
        r#"{{"samples": {}, "min_us": {:.1}, "median_us": {:.1}, "max_us": {:.1}}}"#,
        stats.samples, stats.min, stats.median, stats.max
    )
}

fn main() {
    // `cargo bench` passes `--bench`; a name filter is not supported, so arguments are ignored.
    let profile = profile();
    let mut rows = Vec::new();
    println!(
        "{:>9} {:>9} {:>9} {:>12} {:>12} {:>12}",
        "questions", "file KiB", "what", "min µs", "median µs", "max µs"
    );
    for size in SIZES {
        let definition = questionnaire(size);
        // Compact, so 3,000 questions in four languages stay under the 4 MiB file limit.
        let file = serde_json::to_string(&definition).expect("the model serializes");
        let loaded = load(&file).unwrap_or_else(|errors| {
            panic!("generated questionnaire has errors: {errors:#?}");
        });
        let questionnaire = loaded.questionnaire;
        let answers = answers(&questionnaire);
        let outcome = score(&questionnaire, &answers, &profile);
        assert!(outcome.overall.is_some() && !outcome.forced_by_deal_breaker);
        let scorer = Scorer::new(&questionnaire, &profile);

        let mut results: Vec<(&str, &str, Stats)> = vec![
            (
                "load",
                "load",
                measure(|| drop(black_box(load(black_box(&file))))),
            ),
            (
                "score",
                "score",
                measure(|| {
                    drop(black_box(score(
                        &questionnaire,
                        black_box(&answers),
                        &profile,
                    )))
                }),
            ),
            (
                "prepare",
                "scorer_new",
                measure(|| drop(black_box(Scorer::new(black_box(&questionnaire), &profile)))),
            ),
            (
                "prepared",
                "scorer_score",
                measure(|| drop(black_box(scorer.score(black_box(&answers))))),
            ),
        ];
        if size <= MAX_QUESTIONS_FOR_CHANGES {
            let stats = measure(|| {
                let changes = what_would_change(&questionnaire, &answers, None, &profile, &outcome);
                drop(black_box(changes));
            });
            results.push(("changes", "what_would_change", stats));
        }
        let kib = file.len() / 1024;
        for (what, _, stats) in &results {
            println!(
                "{size:>9} {kib:>9} {what:>9} {:>12.1} {:>12.1} {:>12.1}",
                stats.min, stats.median, stats.max
            );
        }
        let fields: Vec<String> = results
            .iter()
            .map(|(_, key, stats)| format!(r#""{key}": {}"#, json(stats)))
            .collect();
        rows.push(format!(
            r#"    {{"questions": {size}, "file_bytes": {}, {}}}"#,
            file.len(),
            fields.join(", ")
        ));
    }

    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let dir = target.join("bench");
    let report = format!(
        "{{\n  \"machine\": \"{} cores\",\n  \"engine\": [\n{}\n  ]\n}}\n",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        rows.join(",\n")
    );
    match std::fs::create_dir_all(&dir)
        .and_then(|()| std::fs::write(dir.join("engine.json"), report))
    {
        Ok(()) => println!("wrote {}", dir.join("engine.json").display()),
        Err(error) => eprintln!("could not write {}: {error}", dir.display()),
    }
}

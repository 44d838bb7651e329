//! The scoring engine in WebAssembly, on the same generated 3,000-question questionnaire as
//! `benches/engine.rs`. `make bench` builds it for wasm32 (as an example) and runs it in Chromium
//! (`scripts/bench.mjs` calls `run()`, which returns min / median / max in milliseconds as
//! JSON). Natively it is only compiled, never run: `engine.rs` is the native measurement.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

mod generate;

const QUESTIONS: usize = 3_000;
/// Calls per sample: the browser's clock is coarsened (100 µs without cross-origin isolation),
/// so each sample times a batch and reports the time of one call.
const BATCH: usize = 10;
const SAMPLES: usize = 30;

/// Times `Scorer::score` (prepared), `score` (one call) and `Scorer::new` on the generated
/// questionnaire: a JSON object of min / median / max milliseconds per call for each, read by
/// `scripts/bench.mjs`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn run() -> String {
    use client_fit_core::load::load;
    use client_fit_core::scoring::{Scorer, score};
    use std::hint::black_box;

    let now = || {
        let performance = js_sys::Reflect::get(&js_sys::global(), &"performance".into()).unwrap();
        let now: js_sys::Function = js_sys::Reflect::get(&performance, &"now".into())
            .unwrap()
            .into();
        now.call0(&performance).unwrap().as_f64().unwrap()
    };
    let measure = |work: &mut dyn FnMut()| {
        work(); // warm-up
        let mut times: Vec<f64> = (0..SAMPLES)
            .map(|_| {
                let start = now();
                for _ in 0..BATCH {
                    work();
                }
                (now() - start) / BATCH as f64
            })
            .collect();
        times.sort_by(f64::total_cmp);
        format!(
            r#"{{"min": {}, "median": {}, "max": {}, "runs": {}}}"#,
            times[0],
            times[SAMPLES / 2],
            times[SAMPLES - 1],
            SAMPLES * BATCH
        )
    };
    let file = serde_json::to_string(&generate::questionnaire(QUESTIONS)).unwrap();
    let questionnaire = load(&file).unwrap().questionnaire;
    let answers = generate::answers(&questionnaire);
    let profile = generate::profile();
    let scorer = Scorer::new(&questionnaire, &profile);
    let prepared = measure(&mut || drop(black_box(scorer.score(black_box(&answers)))));
    let one_call = measure(&mut || drop(black_box(score(&questionnaire, &answers, &profile))));
    let prepare = measure(&mut || drop(black_box(Scorer::new(&questionnaire, &profile))));
    format!(
        r#"{{"Scorer::score, prepared, 3,000 questions": {prepared}, "score, one call, 3,000 questions": {one_call}, "Scorer::new, 3,000 questions": {prepare}}}"#
    )
}

fn main() {}

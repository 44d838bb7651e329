//! Client Fit's engine: screening a client before you take them on, and checking up on one you
//! have. A consultant answers a questionnaire about a prospect (or a prospect answers an intake)
//! and records a first impression; the engine turns that into a verdict such as "Good fit: go
//! ahead", "Take it, with safeguards", "Change the terms first" or "Walk away", with the
//! reasons, the warning signs raised, the safeguards to take, the letters to send and what to
//! find out next.
//!
//! The pieces, in the order a page uses them:
//! - [`model`]: the questionnaire format (dimensions, questions, warning signs, verdict tiers,
//!   safeguards, letters, judgement rules); [`load`] reads a file and [`lint`] checks it, with
//!   a precise place for every problem; [`edit`] changes one and keeps it valid; [`builtin`]
//!   holds the questionnaires that ship.
//! - [`answers`] and [`profile`]: what was answered, the first impression, and the consultant's
//!   ideal client; [`condition`] works out which questions are shown.
//! - [`scoring`]: points become dimension scores (0 to 100) and an overall score, which falls in a
//!   verdict tier; warning signs can cap the tier, a deal-breaker forces the lowest, a bad first
//!   impression backed by what you saw decides, and too little known withholds the verdict.
//!   [`explain`] adds the gut check and "what would change", [`next_steps`] the three steps a
//!   result leads with; [`letters`], [`describe`] and [`not_compared`] put the result into words.
//! - [`history`], [`outcome`], [`track_record`], [`share`], [`backup`] and [`storage`]: saved
//!   assessments, what became of each client, share links, backup files and the device's saved
//!   data, all versioned; [`own`] keeps the consultant's own questionnaires with them.
//! - [`embed`]: the widget's contract with a host page, [`submit`] its send to the
//!   consultant's own endpoint, and [`snippet`] the HTML that puts it on their site;
//!   [`text`], [`ui_text`] and [`numbers`]: the four languages, and numbers as people write
//!   them in each; [`order`]: the one stable sort every list is sorted with, and
//!   [`small_map`]: the sorted-`Vec` maps and sets the core keeps its keyed data in.
//!
//! Nothing here imports yew, web-sys, gloo or js-sys, and nothing reads the clock (callers pass
//! the time in milliseconds), so it all runs and is tested natively.
//!
//! # Example
//!
//! Load a questionnaire, then judge answers with a first impression:
//!
//! ```
//! use client_fit_core::answers::{Answer, Answers};
//! use client_fit_core::load::load;
//! use client_fit_core::model::Impression;
//! use client_fit_core::profile::Profile;
//! use client_fit_core::scoring::{Standing, assess};
//!
//! let loaded = load(include_str!("../tests/fixtures/minimal.json")).expect("a sound file");
//! assert!(loaded.warnings.is_empty());
//! let questionnaire = loaded.questionnaire;
//! let profile = Profile::default();
//!
//! // Nothing answered yet: not enough to judge, and the questions to find out come first.
//! let outcome = assess(&questionnaire, &Answers::new(), Some(Impression::Unsure), &profile);
//! assert_eq!(outcome.standing, Standing::NotEnough);
//! assert_eq!(outcome.verdict, None);
//! assert!(!outcome.unknowns.is_empty());
//!
//! // A threat is a deal-breaker: the lowest tier, however little else is known.
//! let mut answers = Answers::new();
//! answers.insert("threatened".into(), Answer::YesNo(true));
//! let outcome = assess(&questionnaire, &answers, Some(Impression::Unsure), &profile);
//! assert_eq!(outcome.verdict.as_deref(), Some("walk_away"));
//! assert!(outcome.forced_by_deal_breaker);
//! ```

pub mod answers;
pub mod backup;
pub mod builtin;
pub mod condition;
pub mod describe;
pub mod draft;
pub mod edit;
pub mod embed;
pub mod explain;
pub mod history;
mod id_table;
pub mod letters;
pub mod lint;
pub mod load;
pub mod model;
pub mod next_steps;
pub mod not_compared;
pub mod numbers;
pub mod order;
pub mod outcome;
pub mod own;
pub mod problem_advice;
pub mod profile;
pub mod profile_edit;
#[cfg(feature = "schema")]
pub mod schema;
pub mod scoring;
pub mod session;
pub mod share;
pub mod small_map;
pub mod snippet;
pub mod storage;
pub mod submit;
#[cfg(test)]
mod test_support;
pub mod text;
pub mod track_record;
pub mod ui_text;
pub mod work;

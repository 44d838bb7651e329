//! The pure core: questionnaire model, validation, scoring, profile and explanations.
//! Nothing here imports yew, web-sys, gloo or js-sys, so it all runs and is tested natively.

pub mod answers;
pub mod backup;
pub mod builtin;
pub mod condition;
pub mod describe;
pub mod embed;
pub mod explain;
pub mod history;
pub mod letters;
pub mod lint;
pub mod model;
pub mod not_compared;
pub mod numbers;
pub mod outcome;
pub mod profile;
#[cfg(feature = "schema")]
pub mod schema;
pub mod scoring;
pub mod session;
pub mod share;
pub mod storage;
#[cfg(test)]
mod test_support;
pub mod text;
pub mod track_record;
pub mod ui_text;
pub mod work;

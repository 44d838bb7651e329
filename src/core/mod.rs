//! The pure core: questionnaire model, validation, scoring, profile and explanations.
//! Nothing here imports yew, web-sys, gloo or js-sys, so it all runs and is tested natively.

pub mod answers;
pub mod builtin;
pub mod condition;
pub mod describe;
pub mod explain;
pub mod letters;
pub mod lint;
pub mod model;
pub mod profile;
pub mod scoring;
pub mod session;
pub mod storage;
pub mod text;
pub mod ui_text;

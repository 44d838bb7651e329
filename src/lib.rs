//! Client Fit: a client-screening questionnaire that scores fit fully on the device.
//! `core` is the pure engine (tested natively); `app` is the thin Yew shell over it.

pub mod app;
pub mod core;

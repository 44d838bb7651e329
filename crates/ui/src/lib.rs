//! Client Fit's Yew component library: a thin layer over `client_fit_core`. It holds the state,
//! draws it, and does the side effects that the core must not: device storage (`store`, its one
//! owner), and clipboard, downloads, focus and fetching questionnaires (`device`, `content`).
//! The browser entry points live in `client-fit-web`.

pub mod address;
mod answer_keys;
pub mod assessed;
mod client_fit;
pub mod components;
pub mod content;
pub mod context;
pub mod device;
#[cfg(feature = "consultant")]
mod drag_move;
pub mod host_events;
#[cfg(feature = "consultant")]
mod move_focus;
pub mod next_frame;
pub mod number_entry;
pub mod sender;
pub mod state;
pub mod store;
mod view;

pub use client_fit::{ClientFit, ClientFitProps};
pub use client_fit_core::embed::QuestionnaireSource;

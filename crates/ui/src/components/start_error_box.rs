//! The one place a component that cannot start says why: a short alert in the component's own
//! box, never a blank page, naming what to fix.

use yew::prelude::*;

use client_fit_core::embed::OptionError;

use crate::content::ContentError;

/// Why the component could not start.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum StartError {
    /// A widget option on the host page is wrong.
    #[error(transparent)]
    Options(#[from] OptionError),
    /// The questionnaire could not be fetched or read.
    #[error(transparent)]
    Content(#[from] ContentError),
    /// No questionnaire was given to a build without the consultant's app (the widget's).
    #[cfg(not(feature = "consultant"))]
    #[error("no questionnaire was given")]
    NoQuestionnaire,
}

/// What went wrong.
#[derive(Properties, PartialEq)]
pub struct StartErrorBoxProps {
    /// The reason, shown after "Client Fit cannot start here:".
    pub error: StartError,
}

/// A short alert in place of the component: it could not start, and why.
#[component]
pub fn StartErrorBox(props: &StartErrorBoxProps) -> Html {
    html! {
        <div class="cf-app cf-embed-error" role="alert">
            { format!("Client Fit cannot start here: {}", props.error) }
        </div>
    }
}

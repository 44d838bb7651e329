//! Fetching questionnaire files: a built-in one in one language, or a custom one by address.
//! Only the files in use are fetched, so the page does not carry every questionnaire in every
//! language up front.

use std::future::Future;

use client_fit_core::backup::Custom;
use client_fit_core::builtin::content_path;
use client_fit_core::lint::{Problem, Problems};
use client_fit_core::load::load;
use client_fit_core::model::Questionnaire;
use client_fit_core::ui_text;

use super::device;

/// Why a questionnaire could not be had, with where it was looked for.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ContentError {
    /// The file could not be fetched: offline, not found, refused.
    #[error("{url}: could not be fetched ({reason})")]
    Unreachable {
        /// Where it was looked for.
        url: String,
        /// Why it could not be had, as the browser said.
        reason: String,
    },
    #[error("{url}: {}", Problems(problems.clone()))]
    /// The file arrived but is not a questionnaire this version can use.
    Invalid {
        /// Where it came from.
        url: String,
        /// What is wrong with it, as the linter says.
        problems: Vec<Problem>,
    },
}

/// The address of built-in questionnaire `id` in `language`, under the site's `base` (empty for
/// the page's own folder, the script's folder when embedded).
pub fn builtin_url(base: &str, id: &str, language: &str) -> String {
    format!("{base}{}", content_path(id, language))
}

/// Starts fetching the questionnaire at `url` at once, and resolves to it once read and
/// checked as any questionnaire file is.
pub fn fetch_questionnaire(
    url: String,
) -> impl Future<Output = Result<Questionnaire, ContentError>> {
    let text = device::fetch_text(&url);
    async move {
        let text = text.await.map_err(|reason| ContentError::Unreachable {
            url: url.clone(),
            reason,
        })?;
        load(&text)
            .map(|loaded| loaded.questionnaire)
            .map_err(|problems| ContentError::Invalid { url, problems })
    }
}

/// Fetches built-in questionnaires side by side, in `language`: those that arrived, and why
/// the others did not.
pub async fn fetch_builtins(
    base: &str,
    ids: &[&str],
    language: &str,
) -> (Vec<std::rc::Rc<Questionnaire>>, Vec<ContentError>) {
    let fetches: Vec<_> = ids
        .iter()
        .map(|id| fetch_questionnaire(builtin_url(base, id, language)))
        .collect();
    let (mut arrived, mut failed) = (Vec::new(), Vec::new());
    for fetch in fetches {
        match fetch.await {
            Ok(questionnaire) => arrived.push(std::rc::Rc::new(questionnaire)),
            Err(error) => failed.push(error),
        }
    }
    (arrived, failed)
}

/// Fetches a questionnaire that is not built in and keeps the JSON it came as, to pass on with
/// the answers given to it.
pub async fn fetch_custom(url: String) -> Result<Custom, ContentError> {
    let text = device::fetch_text(&url)
        .await
        .map_err(|reason| ContentError::Unreachable {
            url: url.clone(),
            reason,
        })?;
    let invalid = |problems| ContentError::Invalid {
        url: url.clone(),
        problems,
    };
    // Not JSON at all: `load` says where it breaks, with its line and column.
    let source =
        serde_json::from_str(&text).map_err(|_| invalid(load(&text).err().unwrap_or_default()))?;
    Custom::read(source).map_err(invalid)
}

/// Starts fetching the interface's words in `language` at once, if this build does not carry
/// them (the prospect's widget compiles in English only), and resolves once they are installed
/// or could not be: then the widget speaks English around the questions, and says why on the
/// console (a missing file is the host's setup, not the prospect's doing).
pub fn ui_words(base: &str, language: &str) -> impl Future<Output = ()> + use<> {
    let needed = ui_text::needs_table(language);
    let url = format!("{base}{}", ui_text::table_path(language));
    let text = needed.then(|| device::fetch_text(&url));
    let language = language.to_owned();
    async move {
        let Some(text) = text else { return };
        let installed = match text.await {
            Ok(text) => ui_text::install(&language, &text).map_err(|e| e.to_string()),
            Err(reason) => Err(reason),
        };
        if let Err(reason) = installed {
            web_sys::console::warn_1(&format!("Client Fit: {url}: {reason}").into());
        }
    }
}

//! The first screen of the widget (and, with the `app` feature, of the consultant's app) as HTML, from the same start the live widget builds
//! (`ClientFitProps::begin_prospect`), drawn by Yew's server renderer.

use std::rc::Rc;

use client_fit_core::embed::QuestionnaireSource;
use client_fit_core::load::load;
use client_fit_core::storage::{STORAGE_KEY, Saved};
use client_fit_ui::ClientFitProps;
use client_fit_ui::components::{App, AppProps};
use client_fit_ui::state::Start;

/// The instance the first screen is drawn for: the first widget on a page (`embed::mount`
/// numbers them from 1). The loader shows it only there, since element ids carry the number.
pub const FIRST_INSTANCE: u32 = 1;

/// The first screen of a widget showing the questionnaire file `text` in `language`, as a
/// first visitor meets it: nothing saved, the widget's default options.
pub async fn first_screen(text: &str, language: &str) -> Result<String, String> {
    first_screen_with(text, language, &widget_props()).await
}

/// The same, with a widget's own options (for the tests that show which ones leave the first
/// screen unchanged, and so may be ignored by the loader when it shows this one).
pub async fn first_screen_with(
    text: &str,
    language: &str,
    props: &ClientFitProps,
) -> Result<String, String> {
    let questionnaire = read(text)?;
    let mut start = Start::new(language.to_owned(), Vec::new(), true);
    start.instance = props.instance;
    start.addresses = props.addresses;
    start.storage_key = props.storage_key.to_string();
    start.content_base = props.content_base.to_string();
    let mut saved = Saved::new();
    props.begin_prospect(&mut start, &mut saved, questionnaire, None);
    Ok(render(start, saved).await)
}

/// The consultant's app's first screen on a first visit to its page (nothing saved, no address
/// beyond the page's own), in `language`, with the built-in questionnaires `files` (their
/// JSON, each in that language) on offer, as `client_fit_web::start` shows it.
#[cfg(feature = "app")]
pub async fn app_first_screen(files: &[String], language: &str) -> Result<String, String> {
    let mut catalogue = Vec::new();
    for text in files {
        catalogue.push(Rc::new(read(text)?));
    }
    let props = ClientFitProps::app(None, None);
    let mut start = Start::new(language.to_owned(), Vec::new(), true);
    start.instance = props.instance;
    start.addresses = props.addresses;
    start.catalogue = Rc::new(catalogue);
    Ok(render(start, Saved::new()).await)
}

/// A questionnaire file read as the app and the widget read one.
fn read(text: &str) -> Result<client_fit_core::model::Questionnaire, String> {
    load(text)
        .map(|loaded| loaded.questionnaire)
        .map_err(|problems| {
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ")
        })
}

/// The whole app drawn to HTML by Yew's server renderer, from a start and a save.
async fn render(start: Start, saved: Saved) -> String {
    yew::LocalServerRenderer::<App>::with_props(AppProps {
        start: Rc::new(start),
        saved: Rc::new(saved),
        callbacks: Default::default(),
    })
    .hydratable(false)
    .render()
    .await
}

/// What `embed::mount` gives the first widget on a page with no options but its
/// questionnaire.
pub fn widget_props() -> ClientFitProps {
    ClientFitProps {
        questionnaire: Some(QuestionnaireSource::Builtin("intake".to_owned())),
        storage_key: format!("{STORAGE_KEY}.widget.0").into(),
        instance: FIRST_INSTANCE,
        addresses: false,
        ..ClientFitProps::app(None, None)
    }
}

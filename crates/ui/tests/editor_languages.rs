//! The editor in every language an own questionnaire offers, natively: the reducer's language
//! written in (`Action::WriteIn`, only an offered one; a removed one falls back to the
//! default), texts written in it, and the page rendered with Yew's server renderer: the
//! "Language you are writing in" control, how many texts each language lacks, a field in a
//! second language marked missing with the default language's words as its hint, and the
//! preview in that language.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use client_fit_core::draft::{Change, missing_texts};
use client_fit_core::model::Lens;
use client_fit_core::own::{Own, blank};
use client_fit_core::storage::Saved;
use client_fit_ui::state::{Action, State, View};
use yew::prelude::*;

mod common;
mod editor_common;
use editor_common::*;

fn editing() -> Rc<State> {
    let mut start = (*common::start(7, "en")).clone();
    start.view = View::Questionnaires;
    let state = Rc::new(State::restore(
        start,
        Saved {
            profile_asked: true,
            own: vec![Own::kept(blank("a", "en", Lens::Screen, &WORDS), 1.0)],
            ..Saved::new()
        },
    ));
    state.reduce(Action::EditOwn(Some("a".into())))
}

/// Editing "a" with Spanish added and chosen to write in.
fn in_spanish() -> Rc<State> {
    change(editing(), Change::AddLanguage("es".into())).reduce(Action::WriteIn("es".into()))
}

#[test]
fn texts_are_written_in_the_language_chosen_while_it_is_offered() {
    let state = editing();
    assert_eq!(state.writing_language().as_deref(), Some("en"));
    // Not offered yet: nothing changes.
    let same = state.clone().reduce(Action::WriteIn("es".into()));
    assert!(Rc::ptr_eq(&state, &same));
    let state = in_spanish();
    assert_eq!(state.writing_language().as_deref(), Some("es"));
    let state = change(state, Change::Title("Mío".into()));
    assert_eq!(open(&state).title.lookup("es"), Some("Mío"));
    assert_eq!(open(&state).title.lookup("en"), Some("Mine"));
    // Kept at once, as every change is.
    let kept = state.own_questionnaire("a").unwrap();
    assert_eq!(kept.title.lookup("es"), Some("Mío"));
    // Spanish removed: the editor writes in the default again; undo brings Spanish back.
    let state = change(state, Change::RemoveLanguage("es".into()));
    assert_eq!(state.writing_language().as_deref(), Some("en"));
    assert_eq!(open(&state).title.lookup("es"), None);
    let state = state.reduce(Action::UndoOwn { now_ms: 60.0 });
    assert_eq!(open(&state).title.lookup("es"), Some("Mío"));
    assert_eq!(state.writing_language().as_deref(), Some("es"));
    // Another questionnaire opened is written in its own default language.
    let closed = state.reduce(Action::EditOwn(None));
    assert_eq!(closed.writing_language(), None);
}

/// The opening tag of the element with this id.
fn tag_with_id<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no {id} in {html}"));
    let start = html[..at].rfind('<').unwrap();
    &html[start..at + html[at..].find('>').unwrap()]
}

#[tokio::test]
async fn the_language_control_lists_the_offered_languages_by_their_own_names() {
    let html = render(editing()).await;
    assert!(html.contains("Language you are writing in"), "{html}");
    assert!(html.contains(r#"for="cf7-editor-language-writing""#));
    assert!(tag_with_id(&html, "cf7-editor-language-writing").starts_with("<select"));
    assert!(html.contains("English (default)"));
    assert!(html.contains("English (default): every text is written"));
    for name in ["Add Español", "Add Română", "Add Dansk"] {
        assert!(html.contains(name), "{name} missing from {html}");
    }
    assert!(!html.contains("Add English"));
    // Nothing to remove or make default while writing in the default language.
    assert!(!html.contains("cf-editor-remove-language"));
    assert!(!html.contains("cf-editor-make-default"));

    let state = in_spanish();
    let html = render(state.clone()).await;
    assert!(
        html.contains(r#"<option value="es" selected="selected">Español</option>"#),
        "{html}"
    );
    assert!(!html.contains("Add Español"));
    assert!(html.contains("Make Español the default"));
    assert!(html.contains("Remove Español"));
    assert!(html.contains("Undo brings them back"));
    // The count of texts Spanish lacks, as the core counts them.
    let missing = missing_texts(open(&state), "es").len();
    assert!(missing > 5);
    assert!(
        html.contains(&format!("Español: {missing} texts missing")),
        "{html}"
    );
    assert!(html.contains(&format!(r#"data-language="es" data-missing="{missing}""#)));
}

#[tokio::test]
async fn a_field_not_yet_translated_is_marked_missing_with_the_default_words_as_hint() {
    let state = in_spanish();
    let html = render(state.clone()).await;
    let title = tag_with_id(&html, "cf7-editor-title");
    assert!(title.contains("cf-input-missing"), "{title}");
    assert!(title.contains(r#"placeholder="Mine""#), "{title}");
    assert!(title.contains(r#"value="""#), "{title}");
    // Said with the field, after the problems of the whole questionnaire (the linter's
    // warning that Spanish is incomplete).
    assert!(
        title.contains(r#"aria-describedby="cf7-editor-problems cf7-editor-title-missing""#),
        "{title}"
    );
    let before = missing_texts(open(&state), "es").len();
    assert!(html.contains(
        "Some texts are not in Español yet and show in the main language instead: choose \
         Español as the language you are writing in, and fill in the fields marked missing."
    ));
    let note = tag_with_id(&html, "cf7-editor-title-missing");
    assert!(note.contains("cf-editor-missing"), "{note}");
    assert!(html.contains("Missing in Español"));
    assert!(html.contains("In English: Mine"));
    // The question's text and the tier's too.
    assert!(tag_with_id(&html, "cf7-editor-q1-text").contains(r#"placeholder="Yes?""#));
    assert!(html.contains("In English: Yes?"));

    // Written in Spanish: shown, no longer missing, one fewer counted.
    let state = change(state, Change::Title("Mío".into()));
    let html = render(state).await;
    let title = tag_with_id(&html, "cf7-editor-title");
    assert!(title.contains(r#"value="Mío""#), "{title}");
    assert!(!title.contains("cf-input-missing"), "{title}");
    assert!(!html.contains("cf7-editor-title-missing"));
    assert!(html.contains(&format!("Español: {} texts missing", before - 1)));
    // The heading names it in the language written in.
    assert!(html.contains("Edit Mío"), "{html}");
}

#[tokio::test]
async fn making_an_incomplete_language_the_default_is_refused_with_why() {
    let state = change(in_spanish(), Change::DefaultLanguage("es".into()));
    assert_eq!(open(&state).default_language, "en");
    assert!(matches!(
        state.screen.edit_refused,
        Some(client_fit_core::edit::EditError::Breaks(_))
    ));
    let html = render(state).await;
    assert!(html.contains("Español: "));
    assert!(html.contains("have no `es` words yet"), "{html}");
}

#[tokio::test]
async fn the_default_language_is_never_marked_missing_and_shows_its_words() {
    let state = change(editing(), Change::AddLanguage("es".into()));
    let html = render(state).await;
    assert!(!html.contains("cf-input-missing"));
    assert!(!html.contains("Missing in"));
    let title = tag_with_id(&html, "cf7-editor-title");
    assert!(title.contains(r#"value="Mine""#), "{title}");
    assert!(html.contains("Español: "), "{html}");
}

#[tokio::test]
async fn the_preview_follows_the_language_written_in() {
    let state = in_spanish();
    let question = open(&state).sections[0].questions[0].id.clone();
    let state = change(
        state,
        Change::QuestionText {
            id: question,
            text: "¿Sí o no?".into(),
        },
    );
    let html = render(state.clone()).await;
    let preview = &html[html.find("cf-editor-preview").unwrap()..];
    assert!(preview.contains("¿Sí o no?"), "{preview}");
    // Back in English, the preview is too.
    let html = render(state.reduce(Action::WriteIn("en".into()))).await;
    let preview = &html[html.find("cf-editor-preview").unwrap()..];
    assert!(!preview.contains("¿Sí o no?"), "{preview}");
    assert!(preview.contains("Yes?"), "{preview}");
}

//! One text field of the editor, in the language the editor writes in
//! (`State::writing_language`): the words in that language, and, when a translation has none
//! yet, the field marked "Missing in Español" with the default language's words beside it and
//! as its placeholder, to translate from. What is typed goes through the reducer, which writes
//! it in that language.

use yew::prelude::*;

use super::language_name;
use crate::context::use_app;
use client_fit_core::text::Text;
use client_fit_core::ui_text::Ui;

/// Props of [`EditorText`].
#[derive(Properties, PartialEq)]
pub struct EditorTextProps {
    /// The field's id (its label's `for`).
    pub id: AttrValue,
    /// The text, all its languages (`None`: an optional text not written yet).
    pub text: Option<Text>,
    /// The longest words the field takes.
    pub maxlength: u32,
    /// What typing sends.
    pub oninput: Callback<InputEvent>,
    /// The id of the problems that concern it, if any.
    #[prop_or_default]
    pub described: Option<AttrValue>,
    /// A text area of this many rows, rather than a one-line field.
    #[prop_or_default]
    pub rows: Option<u32>,
}

/// A text field in the language the editor writes in.
#[component]
pub fn EditorText(props: &EditorTextProps) -> Html {
    let app = use_app();
    let default = (app.screen.editing.as_ref())
        .map(|d| d.questionnaire.default_language.clone())
        .unwrap_or_default();
    let language = app.writing_language().unwrap_or_else(|| default.clone());
    let text = props.text.as_ref();
    let value = text
        .and_then(|t| t.lookup(&language))
        .unwrap_or_default()
        .to_owned();
    let translating = !language.eq_ignore_ascii_case(&default);
    let original = text
        .and_then(|t| t.lookup(&default))
        .filter(|words| translating && !words.trim().is_empty());
    let missing = original.is_some() && value.trim().is_empty();
    // An emptied text in the default language is an error at this field (the linter says so
    // beside it); a translation not written yet is only missing.
    let invalid = text.is_some() && !translating && value.trim().is_empty();
    let note_id = AttrValue::from(format!("{}-missing", props.id));
    let described = match (&props.described, missing) {
        (Some(problems), true) => Some(AttrValue::from(format!("{problems} {note_id}"))),
        (None, true) => Some(note_id.clone()),
        (problems, false) => problems.clone(),
    };
    let placeholder = original.map(|words| AttrValue::from(words.to_owned()));
    let class = classes!(
        "cf-input",
        props.rows.is_some().then_some("cf-textarea"),
        missing.then_some("cf-input-missing")
    );
    let maxlength = props.maxlength.to_string();
    let field = match props.rows {
        Some(rows) => html! {
            <textarea {class} id={props.id.clone()} rows={rows.to_string()} {maxlength} {value} {placeholder}
                oninput={props.oninput.clone()} aria-describedby={described}
                aria-invalid={invalid.then_some("true")} />
        },
        None => html! {
            <input {class} type="text" id={props.id.clone()} {maxlength} {value} {placeholder}
                oninput={props.oninput.clone()} aria-describedby={described}
                aria-invalid={invalid.then_some("true")} />
        },
    };
    let note = original.filter(|_| missing).map(|words| {
        html! {
            <p class="cf-editor-missing" id={note_id.clone()}>
                <strong>{ app.ui_fill(Ui::EditorMissingIn, &[("language", language_name(&language))]) }</strong>
                { " " }
                <span class="cf-editor-original">
                    { app.ui_fill(Ui::EditorInDefault, &[("language", language_name(&default)), ("words", words)]) }
                </span>
            </p>
        }
    });
    html! {
        <div class="cf-editor-text">
            { field }
            // Always one child here, the note or nothing: Yew matches unkeyed children from
            // the end, so a note appearing would otherwise rebuild the field being typed in.
            { note.unwrap_or_default() }
        </div>
    }
}

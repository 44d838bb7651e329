//! The editor's languages: which one the texts are written in (`Action::WriteIn`, the
//! editor's own choice, not the questionnaire's), how many texts each offered language still
//! lacks (`draft::missing_texts`), and buttons to add one of the languages Client Fit speaks, to
//! make the one written in the default, or to remove it (its texts go; Undo brings them back).

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::context::use_app;
use crate::state::Action;
use client_fit_core::draft::{Change, missing_texts, offered_languages};
use client_fit_core::model::Questionnaire;
use client_fit_core::text::LANGUAGES;
use client_fit_core::ui_text::Ui;

/// A language by its own name (English, Español, Română, Dansk), else by its tag.
pub use client_fit_core::text::language_name;

/// Props of [`EditorLanguages`].
#[derive(Properties, PartialEq)]
pub struct EditorLanguagesProps {
    /// The questionnaire being edited.
    pub questionnaire: Rc<Questionnaire>,
}

/// The language control of the editor.
#[component]
pub fn EditorLanguages(props: &EditorLanguagesProps) -> Html {
    let app = use_app();
    let q = &props.questionnaire;
    let default = q.default_language.clone();
    let writing = app.writing_language().unwrap_or_else(|| default.clone());
    let offered = offered_languages(q);
    let key = |part: &str| app.id(&format!("editor-language-{part}"));
    let counts_id = key("counts");
    let send = |changes: Vec<Change>, then: Option<String>| {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            for change in &changes {
                app.dispatch(Action::ChangeOwn {
                    change: change.clone(),
                    now_ms: crate::device::now_ms(),
                });
            }
            if let Some(language) = &then {
                app.dispatch(Action::WriteIn(language.clone()));
            }
        })
    };
    let on_writing = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            app.dispatch(Action::WriteIn(value));
        })
    };
    let named = |language: &str| match language == default {
        true => app.ui_fill(
            Ui::EditorLanguageDefault,
            &[("language", language_name(language))],
        ),
        false => language_name(language).to_owned(),
    };
    let options = offered.iter().map(|language| {
        html! {
            <option value={language.clone()} selected={*language == writing}>{ named(language) }</option>
        }
    });
    let counts = offered.iter().map(|language| {
        let missing = missing_texts(q, language).len();
        let name = named(language);
        let said = match missing {
            0 => app.ui_fill(Ui::EditorLanguageComplete, &[("language", &name)]),
            n => app.ui_fill(
                Ui::EditorLanguageMissing,
                &[("language", &name), ("n", &n.to_string())],
            ),
        };
        html! {
            <li class={classes!("cf-editor-language-count", (missing > 0).then_some("cf-editor-language-incomplete"))}
                data-language={language.clone()} data-missing={missing.to_string()}>{ said }</li>
        }
    });
    let adds = LANGUAGES
        .iter()
        .filter(|l| !offered.iter().any(|o| o.eq_ignore_ascii_case(l)))
        .map(|language| {
            let add = send(
                vec![Change::AddLanguage((*language).to_owned())],
                Some((*language).to_owned()),
            );
            html! {
                <button type="button" class="cf-button cf-editor-add-language" data-language={*language} onclick={add}>
                    { app.ui_fill(Ui::EditorAddLanguage, &[("language", language_name(language))]) }
                </button>
            }
        });
    let name = language_name(&writing);
    let translating = writing != default;
    html! {
        <fieldset class="cf-fieldset cf-editor-languages">
            <legend class="cf-legend">{ app.ui(Ui::EditorLanguages) }</legend>
            <div class="cf-field">
                <label class="cf-label" for={key("writing")}>{ app.ui(Ui::EditorWritingIn) }</label>
                <select class="cf-input cf-editor-writing-in" id={key("writing")} onchange={on_writing}
                    aria-describedby={counts_id.clone()}>
                    { for options }
                </select>
            </div>
            <ul class="cf-editor-language-counts" id={counts_id}>{ for counts }</ul>
            <div class="cf-actions cf-editor-language-actions">
                { for adds }
                if translating {
                    <button type="button" class="cf-button cf-editor-make-default"
                        onclick={send(vec![Change::DefaultLanguage(writing.clone())], None)}>
                        { app.ui_fill(Ui::EditorMakeDefault, &[("language", name)]) }
                    </button>
                    <button type="button" class="cf-button cf-button-quiet cf-editor-remove-language"
                        aria-describedby={key("remove-help")}
                        onclick={send(vec![Change::RemoveLanguage(writing.clone())], None)}>
                        { app.ui_fill(Ui::EditorRemoveLanguage, &[("language", name)]) }
                    </button>
                }
            </div>
            if translating {
                <p class="cf-help" id={key("remove-help")}>{ app.ui(Ui::EditorRemoveLanguageHelp) }</p>
            }
        </fieldset>
    }
}

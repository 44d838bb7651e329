//! The editor of one own questionnaire: its title and intro, its sections and questions
//! ([`EditorSection`]), its warning signs ([`EditorFlags`]), the questionnaire-wide parts
//! after them ([`EditorRules`]), undo and redo, and "Use it", held back while the
//! questionnaire has an error. Every change goes through the reducer (`Action::ChangeOwn`) and
//! is kept at once; the problems are worked out again from the questionnaire on each change.
//! Its languages ([`EditorLanguages`]): every text field ([`EditorText`]) shows and writes the
//! language chosen there.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{EditorFlags, EditorLanguages, EditorProblems, EditorRules, EditorSection, EditorText};
use crate::context::use_app;
use crate::state::Action;
use client_fit_core::draft::{Change, Draft, Part, problems};
use client_fit_core::lint::{Level, Problem};
use client_fit_core::model::Lens;
use client_fit_core::ui_text::Ui;

/// Who answers, as the select offers it.
const LENSES: [(Lens, Ui, &str); 3] = [
    (Lens::Screen, Ui::LensScreen, "screen"),
    (Lens::Checkup, Ui::LensCheckup, "checkup"),
    (Lens::Intake, Ui::LensIntake, "intake"),
];

/// Props of [`QuestionnaireEditor`].
#[derive(Properties, PartialEq)]
pub struct QuestionnaireEditorProps {
    /// The questionnaire open in the editor, with its undo and redo.
    pub draft: Rc<Draft>,
}

/// The editor of one own questionnaire.
#[component]
pub fn QuestionnaireEditor(props: &QuestionnaireEditorProps) -> Html {
    let app = use_app();
    let q = Rc::new(props.draft.questionnaire.clone());
    let found = {
        let q = q.clone();
        use_memo(q, |q| problems(q))
    };
    let all: Rc<Vec<(Part, Problem)>> = Rc::new((*found).clone());
    let errors = all.iter().filter(|(_, p)| p.level == Level::Error).count();
    let whole: Rc<Vec<Problem>> = Rc::new(
        all.iter()
            .filter(|(part, _)| *part == Part::Whole)
            .map(|(_, p)| p.clone())
            .collect(),
    );
    let key = |part: &str| app.id(&format!("editor-{part}"));
    let whole_id = key("problems");
    let described = (!whole.is_empty()).then(|| whole_id.clone());
    let described_lens = described.clone();
    let on_lens = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some((lens, _, _)) = LENSES.iter().find(|(_, _, name)| *name == value) {
                app.dispatch(Action::ChangeOwn {
                    change: Change::Lens(*lens),
                    now_ms: crate::device::now_ms(),
                });
            }
        })
    };
    let language = app
        .writing_language()
        .unwrap_or_else(|| q.default_language.clone());
    let text_change = |make: fn(String) -> Change| {
        let app = app.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            app.dispatch(Action::ChangeOwn {
                change: make(value),
                now_ms: crate::device::now_ms(),
            });
        })
    };
    let click = |action: fn(f64) -> Action| {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(action(crate::device::now_ms())))
    };
    let back = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::EditOwn(None)))
    };
    let use_it = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::UseOwn))
    };
    let add_section = {
        let app = app.clone();
        let at = q.sections.len();
        Callback::from(move |_| {
            app.dispatch(Action::ChangeOwn {
                change: Change::AddSection {
                    at,
                    title: app.ui(Ui::EditorNewSection).to_owned(),
                    question: app.ui(Ui::EditorNewQuestion).to_owned(),
                },
                now_ms: crate::device::now_ms(),
            })
        })
    };
    let title = q.title.get(&language, &q.default_language).to_owned();
    let status_id = key("status");
    let status = if errors == 0 {
        html! { <p class="cf-help cf-editor-ready" id={status_id.clone()}>{ app.ui(Ui::EditorReady) }</p> }
    } else {
        html! { <p class="cf-field-error cf-editor-blocked" id={status_id.clone()}>{ app.ui(Ui::EditorUseBlocked) }</p> }
    };
    let refused = app.screen.edit_refused.as_ref().map(|error| {
        html! {
            <p class="cf-field-error cf-editor-refused" role="alert">
                { app.ui_fill(Ui::EditorRefused, &[("reason", &error.to_string())]) }
            </p>
        }
    });
    let sections = (0..q.sections.len()).map(|index| {
        html! {
            <EditorSection key={q.sections[index].id.clone()} questionnaire={q.clone()} {index} problems={all.clone()} />
        }
    });
    html! {
        <section class="cf-page cf-editor" aria-labelledby={app.id("heading")}>
            <h2 class="cf-title" id={app.id("heading")} tabindex="-1">{ app.ui_fill(Ui::EditorHeading, &[("title", &title)]) }</h2>
            <div class="cf-actions cf-editor-bar">
                <button type="button" class="cf-button cf-editor-back" onclick={back}>{ app.ui(Ui::EditorBack) }</button>
                <button type="button" class="cf-button cf-editor-undo" disabled={!props.draft.can_undo()}
                    onclick={click(|now_ms| Action::UndoOwn { now_ms })}>{ app.ui(Ui::EditorUndo) }</button>
                <button type="button" class="cf-button cf-editor-redo" disabled={!props.draft.can_redo()}
                    onclick={click(|now_ms| Action::RedoOwn { now_ms })}>{ app.ui(Ui::EditorRedo) }</button>
                <button type="button" class="cf-button cf-button-primary cf-editor-use" disabled={errors > 0}
                    aria-describedby={status_id} onclick={use_it}>{ app.ui(Ui::EditorUse) }</button>
            </div>
            { status }
            { refused.unwrap_or_default() }
            <EditorLanguages questionnaire={q.clone()} />
            <div class="cf-field">
                <label class="cf-label" for={key("title")}>{ app.ui(Ui::EditorTitle) }</label>
                <EditorText id={key("title")} maxlength={200} text={Some(q.title.clone())}
                    oninput={text_change(Change::Title)} described={described.clone()} />
            </div>
            <div class="cf-field">
                <label class="cf-label" for={key("lens")}>{ app.ui(Ui::EditorLens) }</label>
                <select class="cf-input" id={key("lens")} onchange={on_lens} aria-describedby={described_lens}>
                    { for LENSES.iter().map(|(lens, label, name)| html! {
                        <option value={*name} selected={q.lens == *lens}>{ app.ui(*label) }</option>
                    }) }
                </select>
            </div>
            <div class="cf-field">
                <label class="cf-label" for={key("intro")}>{ app.ui(Ui::EditorIntro) }</label>
                <EditorText id={key("intro")} maxlength={400} text={q.intro.clone()}
                    oninput={text_change(Change::Intro)} {described} />
            </div>
            if !whole.is_empty() {
                <h3 class="cf-subtitle">{ app.ui(Ui::EditorWhole) }</h3>
            }
            <EditorProblems id={whole_id} problems={whole} questionnaire={q.clone()} />
            <ol class="cf-editor-sections">{ for sections }</ol>
            <button type="button" class="cf-button cf-editor-add-section" onclick={add_section}>{ app.ui(Ui::EditorAddSection) }</button>
            <EditorFlags questionnaire={q.clone()} problems={all.clone()} />
            <EditorRules questionnaire={q.clone()} problems={all.clone()} />
        </section>
    }
}

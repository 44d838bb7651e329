//! One safeguard or letter in the editor (the two have the same shape: a title, a longer text
//! and an id): its fields, the id renamed with every reference (the warning signs that
//! recommend a safeguard, the verdicts that offer a letter), deleted with those references;
//! its problems under it.

use std::rc::Rc;

use yew::prelude::*;

use super::editor_rules::{add_button, on_delete, on_long_text, on_rename, on_text};
use super::{EditorProblems, EditorText};
use crate::context::use_app;
use client_fit_core::draft::rules::RulesChange;
use client_fit_core::draft::{Change, rename};
use client_fit_core::edit::IdKind;
use client_fit_core::lint::Problem;
use client_fit_core::model::Questionnaire;
use client_fit_core::text::Text;
use client_fit_core::ui_text::Ui;

/// Which of the two a [`EditorTitledPart`] shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TitledKind {
    /// A safeguard: its title and how to take it.
    Safeguard,
    /// A letter: what it is for and its template.
    Letter,
}

/// What differs between the two kinds.
struct Shape {
    /// The name in element ids and the add button's id.
    name: &'static str,
    id_kind: IdKind,
    numbered: Ui,
    legend: Ui,
    title_label: Ui,
    long_label: Ui,
    /// The longer text's field: its id part, length and height.
    long_key: &'static str,
    long_max: u32,
    long_rows: u32,
    title_change: fn(String, String) -> RulesChange,
    long_change: fn(String, String) -> RulesChange,
    delete: fn(String) -> RulesChange,
}

impl TitledKind {
    fn shape(self) -> Shape {
        match self {
            TitledKind::Safeguard => Shape {
                name: "safeguard",
                id_kind: IdKind::Safeguard,
                numbered: Ui::RulesSafeguardOf,
                legend: Ui::RulesSafeguardN,
                title_label: Ui::RulesSafeguardTitle,
                long_label: Ui::RulesSafeguardDetail,
                long_key: "detail",
                long_max: 1000,
                long_rows: 3,
                title_change: |id, text| RulesChange::SafeguardTitle { id, text },
                long_change: |id, text| RulesChange::SafeguardDetail { id, text },
                delete: |id| RulesChange::DeleteSafeguard { id },
            },
            TitledKind::Letter => Shape {
                name: "letter",
                id_kind: IdKind::Letter,
                numbered: Ui::RulesLetterOf,
                legend: Ui::RulesLetterN,
                title_label: Ui::RulesLetterTitle,
                long_label: Ui::RulesLetterBody,
                // Letters run to several lines.
                long_key: "body",
                long_max: 5000,
                long_rows: 8,
                title_change: |id, text| RulesChange::LetterTitle { id, text },
                long_change: |id, text| RulesChange::LetterBody { id, text },
                delete: |id| RulesChange::DeleteLetter { id },
            },
        }
    }

    /// The part's id and its two texts, if it is there.
    fn part(self, q: &Questionnaire, index: usize) -> Option<(String, Text, Text)> {
        match self {
            TitledKind::Safeguard => q
                .safeguards
                .get(index)
                .map(|s| (s.id.clone(), s.title.clone(), s.detail.clone())),
            TitledKind::Letter => q
                .letters
                .get(index)
                .map(|l| (l.id.clone(), l.title.clone(), l.body.clone())),
        }
    }
}

/// Props of [`EditorTitledPart`].
#[derive(Properties, PartialEq)]
pub struct EditorTitledPartProps {
    /// A safeguard or a letter.
    pub kind: TitledKind,
    /// The questionnaire being edited.
    pub questionnaire: Rc<Questionnaire>,
    /// The part's place among its kind.
    pub index: usize,
    /// The problems that concern it.
    pub problems: Rc<Vec<Problem>>,
}

/// One safeguard's or letter's fields and its delete button.
#[component]
pub fn EditorTitledPart(props: &EditorTitledPartProps) -> Html {
    let app = use_app();
    let shape = props.kind.shape();
    let Some((id, title, long)) = props.kind.part(&props.questionnaire, props.index) else {
        return Html::default();
    };
    let n = (props.index + 1).to_string();
    let key = |part: &str| app.id(&format!("editor-{}{n}-{part}", shape.name));
    let problems_id = key("problems");
    let described = (!props.problems.is_empty()).then(|| problems_id.clone());
    let on_title = {
        let (id, make) = (id.clone(), shape.title_change);
        on_text(&app, move |text| make(id.clone(), text))
    };
    let on_long = {
        let (id, make) = (id.clone(), shape.long_change);
        on_long_text(&app, move |text| make(id.clone(), text))
    };
    let renamed = {
        let (id, kind) = (id.clone(), shape.id_kind);
        on_rename(&app, move |to| rename(kind, &id, &to))
    };
    let what = app.ui_fill(shape.numbered, &[("n", &n)]);
    let delete = on_delete(
        &app,
        Change::Rules((shape.delete)(id.clone())),
        add_button(&app, shape.name),
    );
    html! {
        <li class={classes!("cf-editor-part", format!("cf-editor-{}", shape.name))}>
            <fieldset class="cf-fieldset">
                <legend class="cf-legend">{ app.ui_fill(shape.legend, &[("n", &n)]) }</legend>
                <div class="cf-editor-row">
                    <div class="cf-field">
                        <label class="cf-label" for={key("title")}>{ app.ui(shape.title_label) }</label>
                        <EditorText id={key("title")} maxlength={200} text={Some(title)}
                            oninput={on_title} described={described.clone()} />
                    </div>
                    <div class="cf-field">
                        <label class="cf-label" for={key("id")}>{ app.ui(Ui::RulesId) }</label>
                        <input class="cf-input" type="text" id={key("id")} maxlength="60" value={id}
                            onchange={renamed} aria-describedby={described.clone()} />
                    </div>
                </div>
                <div class="cf-field">
                    <label class="cf-label" for={key(shape.long_key)}>{ app.ui(shape.long_label) }</label>
                    <EditorText id={key(shape.long_key)} maxlength={shape.long_max} text={Some(long)}
                        rows={Some(shape.long_rows)} oninput={on_long} {described} />
                </div>
                <EditorProblems id={problems_id} problems={props.problems.clone()} questionnaire={props.questionnaire.clone()} />
                <div class="cf-actions cf-editor-actions">
                    <button type="button" class="cf-button cf-button-quiet cf-editor-delete"
                        aria-label={app.ui_fill(Ui::EditorDeleteOf, &[("what", &what)])} onclick={delete}>
                        { app.ui(Ui::EditorDelete) }
                    </button>
                </div>
            </fieldset>
        </li>
    }
}

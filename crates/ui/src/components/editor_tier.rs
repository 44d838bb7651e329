//! One verdict tier in the editor: its label, what to do next, the scores it covers, which way
//! it leans, the letters it offers and its id (renamed with the warning signs that cap at it
//! and the first-impression rule that names it); deleted into its neighbour. Its own problems
//! are under it; the fields also point at the problems of the tiers together (a gap, an
//! overlap), since moving one threshold is how those are fixed.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::editor_rules::{
    add_button, number, on_check, on_delete, on_number, on_rename, on_text, send,
};
use super::{EditorProblems, EditorText};
use crate::context::use_app;
use client_fit_core::draft::rules::RulesChange;
use client_fit_core::draft::{Change, rename};
use client_fit_core::edit::IdKind;
use client_fit_core::lint::Problem;
use client_fit_core::model::{Impression, Questionnaire};
use client_fit_core::ui_text::Ui;

/// The leanings, as the select offers them.
const LEANINGS: [(Impression, Ui, &str); 3] = [
    (Impression::Good, Ui::ImpressionGood, "good"),
    (Impression::Unsure, Ui::ImpressionUnsure, "unsure"),
    (Impression::Bad, Ui::ImpressionBad, "bad"),
];

/// Props of [`EditorTier`].
#[derive(Properties, PartialEq)]
pub struct EditorTierProps {
    /// The questionnaire being edited.
    pub questionnaire: Rc<Questionnaire>,
    /// The tier's place in the file.
    pub index: usize,
    /// Its place in the list, best first, from 1: its number on the page.
    pub number: usize,
    /// The problems that concern this tier.
    pub problems: Rc<Vec<Problem>>,
    /// The element id of the tiers' shared problems, when there are any.
    #[prop_or_default]
    pub together: Option<AttrValue>,
}

/// One tier's fields, its letters and its delete button.
#[component]
pub fn EditorTier(props: &EditorTierProps) -> Html {
    let app = use_app();
    let q = &props.questionnaire;
    let Some(tier) = q.verdicts.get(props.index) else {
        return Html::default();
    };
    let id = tier.id.clone();
    let n = props.number.to_string();
    let key = |part: &str| app.id(&format!("editor-tier{n}-{part}"));
    let problems_id = key("problems");
    let own = (!props.problems.is_empty()).then(|| problems_id.to_string());
    let described: Option<AttrValue> = match (own, &props.together) {
        (None, None) => None,
        (Some(own), None) => Some(own.into()),
        (None, Some(together)) => Some(together.clone()),
        (Some(own), Some(together)) => Some(format!("{own} {together}").into()),
    };
    // Names in the language the editor writes in, else the default's.
    let writing = app
        .writing_language()
        .unwrap_or_else(|| q.default_language.clone());
    let language = &writing;
    let text = |make: fn(String, String) -> RulesChange| {
        let id = id.clone();
        on_text(&app, move |text| make(id.clone(), text))
    };
    let on_label = text(|id, text| RulesChange::TierLabel { id, text });
    let on_next = text(|id, text| RulesChange::TierNext { id, text });
    let on_min = {
        let id = id.clone();
        on_number(&app, move |min| RulesChange::TierMin {
            id: id.clone(),
            min,
        })
    };
    let on_max = {
        let id = id.clone();
        on_number(&app, move |max| RulesChange::TierMax {
            id: id.clone(),
            max,
        })
    };
    let on_leaning = {
        let (app, id) = (app.clone(), id.clone());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some((leaning, _, _)) = LEANINGS.iter().find(|(_, _, name)| *name == value) {
                let change = RulesChange::TierLeaning {
                    id: id.clone(),
                    leaning: *leaning,
                };
                send(&app, Change::Rules(change));
            }
        })
    };
    let renamed = {
        let id = id.clone();
        on_rename(&app, move |to| rename(IdKind::Verdict, &id, &to))
    };
    let letters: Vec<Html> = (q.letters.iter().enumerate()).map(|(i, letter)| {
        let box_id = key(&format!("letter{}", i + 1));
        let toggled = {
            let (id, letter) = (id.clone(), letter.id.clone());
            on_check(&app, move |offered| {
                Change::Rules(RulesChange::TierLetter {
                    id: id.clone(),
                    letter: letter.clone(),
                    offered,
                })
            })
        };
        let title = letter.title.get(language, &q.default_language);
        let title = if title.trim().is_empty() { letter.id.as_str() } else { title };
        html! {
            <div class="cf-field cf-editor-check">
                <input type="checkbox" id={box_id.clone()} checked={tier.letters.contains(&letter.id)} onchange={toggled} />
                <label for={box_id}>{ title.to_owned() }</label>
            </div>
        }
    }).collect();
    // The linter's own test of one range (the gaps and overlaps between tiers are the
    // verdicts' together, not one field's).
    let score = 0.0..=100.0;
    let bad_range =
        !score.contains(&tier.min) || !score.contains(&tier.max) || tier.min >= tier.max;
    let what = app.ui_fill(Ui::RulesTierOf, &[("n", &n)]);
    let delete = on_delete(
        &app,
        Change::Rules(RulesChange::DeleteTier { id: id.clone() }),
        add_button(&app, "tier"),
    );
    html! {
        <li class="cf-editor-part cf-editor-tier">
            <fieldset class="cf-fieldset">
                <legend class="cf-legend">{ app.ui_fill(Ui::RulesTierN, &[("n", &n)]) }</legend>
                <div class="cf-field">
                    <label class="cf-label" for={key("label")}>{ app.ui(Ui::RulesTierLabel) }</label>
                    <EditorText id={key("label")} maxlength={200} text={Some(tier.label.clone())}
                        oninput={on_label} described={described.clone()} />
                </div>
                <div class="cf-field">
                    <label class="cf-label" for={key("next")}>{ app.ui(Ui::RulesTierNext) }</label>
                    <EditorText id={key("next")} maxlength={400} text={Some(tier.next.clone())}
                        oninput={on_next} described={described.clone()} />
                </div>
                <div class="cf-editor-row">
                    <div class="cf-field">
                        <label class="cf-label" for={key("min")}>{ app.ui(Ui::RulesTierMin) }</label>
                        <input class="cf-input cf-input-number" type="number" inputmode="decimal" id={key("min")}
                            min="0" max="100" step="1" value={number(tier.min)} oninput={on_min}
                            aria-invalid={bad_range.then_some("true")}
                            aria-describedby={described.clone()} />
                    </div>
                    <div class="cf-field">
                        <label class="cf-label" for={key("max")}>{ app.ui(Ui::RulesTierMax) }</label>
                        <input class="cf-input cf-input-number" type="number" inputmode="decimal" id={key("max")}
                            min="0" max="100" step="1" value={number(tier.max)} oninput={on_max}
                            aria-invalid={bad_range.then_some("true")}
                            aria-describedby={described.clone()} />
                    </div>
                    <div class="cf-field">
                        <label class="cf-label" for={key("leaning")}>{ app.ui(Ui::RulesTierLeaning) }</label>
                        <select class="cf-input" id={key("leaning")} onchange={on_leaning} aria-describedby={described.clone()}>
                            { for LEANINGS.iter().map(|(leaning, label, name)| html! {
                                <option value={*name} selected={tier.leaning == *leaning}>{ app.ui(*label) }</option>
                            }) }
                        </select>
                    </div>
                    <div class="cf-field">
                        <label class="cf-label" for={key("id")}>{ app.ui(Ui::RulesId) }</label>
                        <input class="cf-input" type="text" id={key("id")} maxlength="60" value={id}
                            onchange={renamed} aria-describedby={described} />
                    </div>
                </div>
                // Under the scores, which most of a verdict's problems are about.
                <EditorProblems id={problems_id} problems={props.problems.clone()} questionnaire={props.questionnaire.clone()} />
                <fieldset class="cf-fieldset cf-editor-tier-letters">
                    <legend class="cf-legend">{ app.ui(Ui::RulesTierLetters) }</legend>
                    if q.letters.is_empty() {
                        <p class="cf-help">{ app.ui(Ui::RulesNoLetters) }</p>
                    } else {
                        { for letters }
                    }
                </fieldset>
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

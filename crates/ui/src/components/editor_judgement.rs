//! The first-impression and confidence rules in the editor. Each set is off until the
//! consultant turns it on (off, the usual rules apply, and the page says what they are); on, it
//! starts from those same usual values, so turning it on changes nothing until a field is.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::editor_rules::{on_check, on_number, on_text, send};
use super::{EditorProblems, EditorText};
use crate::context::use_app;
use client_fit_core::draft::Change;
use client_fit_core::draft::rules::RulesChange;
use client_fit_core::lint::Problem;
use client_fit_core::model::Questionnaire;
use client_fit_core::ui_text::Ui;

/// Props of [`EditorJudgement`].
#[derive(Properties, PartialEq)]
pub struct EditorJudgementProps {
    /// The questionnaire being edited.
    pub questionnaire: Rc<Questionnaire>,
    /// The problems of the first-impression rules.
    pub first_impression: Rc<Vec<Problem>>,
    /// The problems of the confidence rules.
    pub confidence: Rc<Vec<Problem>>,
}

/// A share from 0 to 1 as the percent its field shows (`0.5` is `50`), to one decimal.
fn percent(share: f64) -> String {
    format!("{}", (share * 1000.0).round() / 10.0)
}

/// The select value of "the lowest verdict" (`when_backed` left out): not a tier id, which
/// never starts with `-`.
const LOWEST: &str = "-lowest";

/// The two sets of judgement rules.
#[component]
pub fn EditorJudgement(props: &EditorJudgementProps) -> Html {
    let app = use_app();
    let q = &props.questionnaire;
    // Names in the language the editor writes in, else the default's.
    let writing = app
        .writing_language()
        .unwrap_or_else(|| q.default_language.clone());
    let language = &writing;
    let key = |part: &str| app.id(&format!("editor-rules-{part}"));
    let described =
        |problems: &Rc<Vec<Problem>>, id: &AttrValue| (!problems.is_empty()).then(|| id.clone());

    // First impression.
    let fi_problems_id = key("fi-problems");
    let fi_described = described(&props.first_impression, &fi_problems_id);
    let fi_on = on_check(&app, |on| Change::Rules(RulesChange::FirstImpression(on)));
    let first_impression = q.first_impression.as_ref().map(|rules| {
        let flags = q.flags.iter().enumerate().map(|(i, flag)| {
            let box_id = key(&format!("fi-flag{}", i + 1));
            let flag_id = flag.id.clone();
            let toggled = on_check(&app, move |backing| {
                Change::Rules(RulesChange::BackedBy {
                    flag: flag_id.clone(),
                    backing,
                })
            });
            let title = flag.title.get(language, &q.default_language);
            let title = if title.trim().is_empty() { flag.id.as_str() } else { title };
            html! {
                <div class="cf-field cf-editor-check">
                    <input type="checkbox" id={box_id.clone()} checked={rules.backed_by.contains(&flag.id)} onchange={toggled} />
                    <label for={box_id}>{ title.to_owned() }</label>
                </div>
            }
        });
        let on_when = {
            let app = app.clone();
            Callback::from(move |e: Event| {
                let value = e.target_unchecked_into::<HtmlSelectElement>().value();
                let tier = (value != LOWEST).then_some(value);
                send(&app, Change::Rules(RulesChange::WhenBacked(tier)));
            })
        };
        let on_drop = {
            let app = app.clone();
            Callback::from(move |e: Event| {
                let value = e.target_unchecked_into::<HtmlSelectElement>().value();
                if let Ok(drop) = value.parse::<u8>() {
                    send(&app, Change::Rules(RulesChange::UnbackedDrop(drop)));
                }
            })
        };
        let on_find_out = on_text(&app, RulesChange::FindOut);
        let tiers = q.tiers_best_first().into_iter().map(|tier| {
            let label = tier.label.get(language, &q.default_language);
            let label = if label.trim().is_empty() { tier.id.as_str() } else { label };
            html! {
                <option value={tier.id.clone()} selected={rules.when_backed.as_deref() == Some(tier.id.as_str())}>{ label.to_owned() }</option>
            }
        });
        html! {
            <>
                <fieldset class="cf-fieldset cf-editor-backed-by">
                    <legend class="cf-legend">{ app.ui(Ui::RulesBackedBy) }</legend>
                    if q.flags.is_empty() {
                        <p class="cf-help">{ app.ui(Ui::RulesNoFlags) }</p>
                    } else {
                        { for flags }
                    }
                </fieldset>
                <div class="cf-editor-row">
                    <div class="cf-field">
                        <label class="cf-label" for={key("fi-when")}>{ app.ui(Ui::RulesWhenBacked) }</label>
                        <select class="cf-input" id={key("fi-when")} onchange={on_when} aria-describedby={fi_described.clone()}>
                            <option value={LOWEST} selected={rules.when_backed.is_none()}>{ app.ui(Ui::RulesLowest) }</option>
                            { for tiers }
                        </select>
                    </div>
                    <div class="cf-field">
                        <label class="cf-label" for={key("fi-drop")}>{ app.ui(Ui::RulesUnbackedDrop) }</label>
                        <select class="cf-input" id={key("fi-drop")} onchange={on_drop} aria-describedby={fi_described.clone()}>
                            <option value="1" selected={rules.unbacked_drop == 1}>{ app.ui(Ui::RulesDropOne) }</option>
                            <option value="0" selected={rules.unbacked_drop == 0}>{ app.ui(Ui::RulesDropNone) }</option>
                        </select>
                    </div>
                </div>
                <div class="cf-field">
                    <label class="cf-label" for={key("fi-find-out")}>{ app.ui(Ui::RulesFindOut) }</label>
                    <EditorText id={key("fi-find-out")} maxlength={400} text={rules.find_out.clone()}
                        oninput={on_find_out} described={fi_described.clone()} />
                </div>
            </>
        }
    });

    // Confidence, shown in percent: "half of what matters" reads better as 50 than as 0.5.
    let c_problems_id = key("confidence-problems");
    let c_described = described(&props.confidence, &c_problems_id);
    let c_on = on_check(&app, |on| Change::Rules(RulesChange::Confidence(on)));
    let confidence = q.confidence.as_ref().map(|rules| {
        let on_judge = on_number(&app, |n| RulesChange::JudgeAt(n / 100.0));
        let on_firm = on_number(&app, |n| RulesChange::FirmAt(n / 100.0));
        html! {
            <div class="cf-editor-row">
                <div class="cf-field">
                    <label class="cf-label" for={key("judge-at")}>{ app.ui(Ui::RulesJudgeAt) }</label>
                    <input class="cf-input cf-input-number" type="number" inputmode="decimal" id={key("judge-at")}
                        min="0" max="100" step="5" value={percent(rules.judge_at)} oninput={on_judge}
                        aria-describedby={c_described.clone()} />
                </div>
                <div class="cf-field">
                    <label class="cf-label" for={key("firm-at")}>{ app.ui(Ui::RulesFirmAt) }</label>
                    <input class="cf-input cf-input-number" type="number" inputmode="decimal" id={key("firm-at")}
                        min="0" max="100" step="5" value={percent(rules.firm_at)} oninput={on_firm}
                        aria-describedby={c_described.clone()} />
                </div>
            </div>
        }
    });
    html! {
        <>
            <fieldset class="cf-fieldset cf-editor-first-impression">
                <legend class="cf-legend">{ app.ui(Ui::RulesFirstImpression) }</legend>
                <p class="cf-help">{ app.ui(Ui::RulesFirstImpressionHelp) }</p>
                <div class="cf-field cf-editor-check">
                    <input type="checkbox" id={key("fi-on")} checked={first_impression.is_some()} onchange={fi_on} />
                    <label for={key("fi-on")}>{ app.ui(Ui::RulesFirstImpressionOwn) }</label>
                </div>
                if let Some(fields) = first_impression {
                    { fields }
                } else {
                    <p class="cf-help">{ app.ui(Ui::RulesFirstImpressionOff) }</p>
                }
                <EditorProblems id={fi_problems_id} problems={props.first_impression.clone()} questionnaire={props.questionnaire.clone()} />
            </fieldset>
            <fieldset class="cf-fieldset cf-editor-confidence">
                <legend class="cf-legend">{ app.ui(Ui::RulesConfidence) }</legend>
                <div class="cf-field cf-editor-check">
                    <input type="checkbox" id={key("confidence-on")} checked={confidence.is_some()} onchange={c_on} />
                    <label for={key("confidence-on")}>{ app.ui(Ui::RulesConfidenceOwn) }</label>
                </div>
                if let Some(fields) = confidence {
                    { fields }
                } else {
                    <p class="cf-help">{ app.ui(Ui::RulesConfidenceOff) }</p>
                }
                <EditorProblems id={c_problems_id} problems={props.confidence.clone()} questionnaire={props.questionnaire.clone()} />
            </fieldset>
        </>
    }
}

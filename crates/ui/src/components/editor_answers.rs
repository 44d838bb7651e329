//! What each answer of one question counts for in the editor: its points for each of the
//! questionnaire's dimensions and the warning signs it raises, one group per answer (options,
//! yes and no, the five scale steps, a number's rules). Flags are ticked from the defined ones,
//! never typed, and points that are half typed (`-`) are not sent until they read as a number.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::context::{AppContext, use_app};
use crate::state::Action;
use client_fit_core::draft::{AnswerSlot, Change, parse_points, points_text};
use client_fit_core::model::{Cmp, Question, Questionnaire};
use client_fit_core::ui_text::Ui;

/// Props of [`EditorAnswers`].
#[derive(Properties, PartialEq)]
pub struct EditorAnswersProps {
    /// The questionnaire being edited.
    pub questionnaire: Rc<Questionnaire>,
    /// The question's id.
    pub question: AttrValue,
    /// Its number in the whole questionnaire (from 1), for ids.
    pub number: usize,
    /// The id of the question's problems, when it has some.
    #[prop_or_default]
    pub described: Option<AttrValue>,
}

/// An answer as the editor names it in labels: the option's label, Yes or No, a scale step
/// with its end's label, or a number's rule ("rule 1: < 1000").
fn answer_name(
    app: &AppContext,
    q: &Questionnaire,
    question: &Question,
    slot: AnswerSlot,
) -> String {
    // Names in the language the editor writes in, else the default's.
    let writing = app
        .writing_language()
        .unwrap_or_else(|| q.default_language.clone());
    let language = &writing;
    let words = |t: &client_fit_core::text::Text| t.get(language, &q.default_language).to_owned();
    match slot {
        AnswerSlot::Option(i) => match question.options.get(i).map(|o| words(&o.label)) {
            Some(label) if !label.trim().is_empty() => label,
            _ => app.ui_fill(Ui::EditorOption, &[("n", &(i + 1).to_string())]),
        },
        AnswerSlot::Yes => app.ui(Ui::Yes).to_owned(),
        AnswerSlot::No => app.ui(Ui::No).to_owned(),
        AnswerSlot::Step(i) => {
            let end = question.scale.as_ref().and_then(|s| match i {
                0 => Some(words(&s.low)),
                4 => Some(words(&s.high)),
                _ => None,
            });
            match end.filter(|e| !e.trim().is_empty()) {
                Some(end) => format!("{} ({end})", i + 1),
                None => (i + 1).to_string(),
            }
        }
        AnswerSlot::Rule(i) => {
            let rule = question.number.as_ref().and_then(|n| n.rules.get(i));
            let test = rule.map_or_else(String::new, |rule| {
                let op = match rule.op {
                    Cmp::Lt => "<",
                    Cmp::Le => "≤",
                    Cmp::Gt => ">",
                    Cmp::Ge => "≥",
                    Cmp::Eq => "=",
                };
                let than = match (rule.than.value, rule.than.factor) {
                    (Some(value), _) => value.to_string(),
                    (None, Some(factor)) if factor != 1.0 => {
                        format!("{factor} × {}", app.ui(Ui::EditorRuleProfile))
                    }
                    (None, _) => app.ui(Ui::EditorRuleProfile).to_owned(),
                };
                format!("{op} {than}")
            });
            let n = (i + 1).to_string();
            app.ui_fill(Ui::EditorRule, &[("n", &n), ("test", &test)])
        }
    }
}

/// The points and warning signs of every answer of one question.
#[component]
pub fn EditorAnswers(props: &EditorAnswersProps) -> Html {
    let app = use_app();
    let q = &props.questionnaire;
    let Some(question) = q.question(&props.question) else {
        return Html::default();
    };
    let slots = AnswerSlot::all(question);
    let key = |part: &str| app.id(&format!("editor-q{}-{part}", props.number));
    let send: Rc<dyn Fn(Change)> = {
        let app = app.clone();
        Rc::new(move |change| {
            app.dispatch(Action::ChangeOwn {
                change,
                now_ms: crate::device::now_ms(),
            })
        })
    };
    // Names in the language the editor writes in, else the default's.
    let writing = app
        .writing_language()
        .unwrap_or_else(|| q.default_language.clone());
    let language = &writing;
    let answers = slots.iter().enumerate().map(|(a, slot)| {
        let effect = slot.effect(question).unwrap_or_default();
        let answer = answer_name(&app, q, question, *slot);
        let points = q.dimensions.iter().enumerate().map(|(d, dimension)| {
            let id = key(&format!("a{a}-points-{d}"));
            let name = dimension.label.get(language, &q.default_language).to_owned();
            let name = if name.trim().is_empty() { dimension.id.clone() } else { name };
            let full = app.ui_fill(Ui::EditorPointsFor, &[("dimension", &name), ("answer", &answer)]);
            // Sent while typing, and again on leaving the field; a 0 only then, as it empties
            // the box (0 points is no points) and may be the start of `0.5`.
            let points_from = |left: bool| {
                let (send, question, slot) = (send.clone(), props.question.to_string(), *slot);
                let dimension = dimension.id.clone();
                move |typed: String| {
                    // Half typed (`-`, `1,`) or not a number: wait for the rest.
                    match parse_points(&typed) {
                        Some(Some(n)) if n == 0.0 && !left => {}
                        Some(points) => send(Change::Points {
                            question: question.clone(),
                            answer: slot,
                            dimension: dimension.clone(),
                            points,
                        }),
                        None => {}
                    }
                }
            };
            let oninput = {
                let typed = points_from(false);
                Callback::from(move |e: InputEvent| {
                    typed(e.target_unchecked_into::<HtmlInputElement>().value())
                })
            };
            let onchange = {
                let typed = points_from(true);
                Callback::from(move |e: Event| {
                    typed(e.target_unchecked_into::<HtmlInputElement>().value())
                })
            };
            html! {
                <div class="cf-field cf-editor-points">
                    // The whole sentence for a screen reader; the dimension's name for the eye,
                    // under the answer's legend.
                    <label class="cf-label" for={id.clone()}>
                        <span class="cf-visually-hidden">{ full }</span>
                        <span aria-hidden="true">{ name }</span>
                    </label>
                    <input class="cf-input" type="text" id={id} size="5" maxlength="6" autocomplete="off"
                        value={points_text(effect.points.get(&dimension.id).copied())}
                        {oninput} {onchange} aria-describedby={props.described.clone()} />
                </div>
            }
        });
        let flags = (!q.flags.is_empty()).then(|| {
            let boxes = q.flags.iter().enumerate().map(|(f, flag)| {
                let id = key(&format!("a{a}-flag-{f}"));
                let raised = effect.flags.contains(&flag.id);
                let onchange = {
                    let (send, question, slot) = (send.clone(), props.question.to_string(), *slot);
                    let flag = flag.id.clone();
                    Callback::from(move |e: Event| {
                        let raised = e.target_unchecked_into::<HtmlInputElement>().checked();
                        send(Change::RaiseFlag {
                            question: question.clone(),
                            answer: slot,
                            flag: flag.clone(),
                            raised,
                        });
                    })
                };
                let title = flag.title.get(language, &q.default_language);
                let title = if title.trim().is_empty() { flag.id.as_str() } else { title };
                html! {
                    <div class="cf-editor-check">
                        <input type="checkbox" id={id.clone()} checked={raised} {onchange} />
                        <label for={id}>{ title }</label>
                    </div>
                }
            });
            html! {
                <fieldset class="cf-fieldset cf-editor-flags-of">
                    <legend class="cf-legend">{ app.ui_fill(Ui::EditorFlagsOf, &[("answer", &answer)]) }</legend>
                    { for boxes }
                </fieldset>
            }
        });
        html! {
            <fieldset class="cf-fieldset cf-editor-answer">
                <legend class="cf-legend">{ app.ui_fill(Ui::EditorAnswerWhen, &[("answer", &answer)]) }</legend>
                <div class="cf-editor-row">{ for points }</div>
                { flags.unwrap_or_default() }
            </fieldset>
        }
    });
    if slots.is_empty() && question.number.is_none() {
        // A text question is never scored: nothing to set.
        return Html::default();
    }
    html! {
        <fieldset class="cf-fieldset cf-editor-scoring">
            <legend class="cf-legend">{ app.ui(Ui::EditorScoring) }</legend>
            <p class="cf-help">{ app.ui(Ui::EditorScoringHelp) }</p>
            if q.flags.is_empty() {
                <p class="cf-help">{ app.ui(Ui::EditorNoFlagsYet) }</p>
            }
            if slots.is_empty() {
                <p class="cf-help">{ app.ui(Ui::EditorNoRules) }</p>
            }
            { for answers }
        </fieldset>
    }
}

//! A question's further texts and settings in the editor: its help line, what to find out when
//! its answer is unknown, whether "I don't know yet" is offered, and, by kind, a scale's end
//! labels or a number's unit and bounds (half-typed bounds wait; a smallest above the largest
//! is refused by the draft, and said).

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::EditorText;
use crate::context::use_app;
use crate::state::Action;
use client_fit_core::draft::{Bound, Change, QuestionNote, ScaleEnd, parse_points, points_text};
use client_fit_core::model::{Questionnaire, Unit};
use client_fit_core::ui_text::Ui;

/// Props of [`EditorQuestionSettings`].
#[derive(Properties, PartialEq)]
pub struct EditorQuestionSettingsProps {
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

/// The units, as the select offers them.
const UNITS: [(Unit, Ui, &str); 6] = [
    (Unit::Money, Ui::EditorUnitMoney, "money"),
    (Unit::Percent, Ui::EditorUnitPercent, "percent"),
    (Unit::Hours, Ui::EditorUnitHours, "hours"),
    (Unit::Days, Ui::EditorUnitDays, "days"),
    (Unit::Weeks, Ui::EditorUnitWeeks, "weeks"),
    (Unit::Count, Ui::EditorUnitCount, "count"),
];

/// One question's help, "find out" note, "I don't know yet", and its scale's or number's
/// settings.
#[component]
pub fn EditorQuestionSettings(props: &EditorQuestionSettingsProps) -> Html {
    let app = use_app();
    let q = &props.questionnaire;
    let Some(question) = q
        .questions()
        .map(|(_, each)| each)
        .find(|each| each.id == props.question.as_str())
    else {
        return Html::default();
    };
    let id = question.id.clone();
    let key = |part: &str| app.id(&format!("editor-q{}-{part}", props.number));
    let described = props.described.clone();
    let send: Rc<dyn Fn(Change)> = {
        let app = app.clone();
        Rc::new(move |change| {
            app.dispatch(Action::ChangeOwn {
                change,
                now_ms: crate::device::now_ms(),
            })
        })
    };
    let typed = |make: Rc<dyn Fn(String) -> Change>| {
        let send = send.clone();
        Callback::from(move |e: InputEvent| {
            send(make(e.target_unchecked_into::<HtmlInputElement>().value()))
        })
    };
    let on_note = |note: QuestionNote| {
        let id = id.clone();
        typed(Rc::new(move |text| Change::QuestionNote {
            id: id.clone(),
            note,
            text,
        }))
    };
    let on_unknown = {
        let (send, id) = (send.clone(), id.clone());
        Callback::from(move |e: Event| {
            let allow = e.target_unchecked_into::<HtmlInputElement>().checked();
            send(Change::AllowUnknown {
                id: id.clone(),
                allow,
            })
        })
    };
    let text_field = |part: &str, label: String, text, oninput, rows: Option<u32>| {
        html! {
            <div class="cf-field">
                <label class="cf-label" for={key(part)}>{ label }</label>
                <EditorText id={key(part)} maxlength={400} {text} {oninput} {rows}
                    described={described.clone()} />
            </div>
        }
    };
    let scale = question.scale.as_ref().map(|scale| {
        let on_end = |end: ScaleEnd| {
            let id = id.clone();
            typed(Rc::new(move |text| Change::ScaleLabel {
                id: id.clone(),
                end,
                text,
            }))
        };
        html! {
            <div class="cf-editor-row cf-editor-scale-ends">
                { text_field("scale-low", app.ui(Ui::EditorScaleLow).to_owned(), Some(scale.low.clone()), on_end(ScaleEnd::Low), None) }
                { text_field("scale-high", app.ui(Ui::EditorScaleHigh).to_owned(), Some(scale.high.clone()), on_end(ScaleEnd::High), None) }
            </div>
        }
    });
    let number = question.number.as_ref().map(|number| {
        let on_unit = {
            let (send, id) = (send.clone(), id.clone());
            Callback::from(move |e: Event| {
                let value = e.target_unchecked_into::<HtmlSelectElement>().value();
                if let Some((unit, _, _)) = UNITS.iter().find(|(_, _, name)| *name == value) {
                    send(Change::NumberUnit {
                        id: id.clone(),
                        unit: *unit,
                    });
                }
            })
        };
        let bound_field = |part: &str, label: Ui, bound: Bound, value: Option<f64>| {
            let oninput = {
                let (send, id) = (send.clone(), id.clone());
                Callback::from(move |e: InputEvent| {
                    let typed = e.target_unchecked_into::<HtmlInputElement>().value();
                    // Half typed (`-`, `1,`) or not a number: wait for the rest.
                    if let Some(value) = parse_points(&typed) {
                        send(Change::NumberBound {
                            id: id.clone(),
                            bound,
                            value,
                        });
                    }
                })
            };
            html! {
                <div class="cf-field cf-editor-bound">
                    <label class="cf-label" for={key(part)}>{ app.ui(label) }</label>
                    <input class="cf-input" type="text" inputmode="decimal" id={key(part)} size="8"
                        maxlength="12" autocomplete="off" value={points_text(value)} {oninput}
                        aria-describedby={described.clone()} />
                </div>
            }
        };
        html! {
            <div class="cf-editor-row cf-editor-number">
                <div class="cf-field">
                    <label class="cf-label" for={key("unit")}>{ app.ui(Ui::EditorUnit) }</label>
                    <select class="cf-input" id={key("unit")} onchange={on_unit} aria-describedby={described.clone()}>
                        { for UNITS.iter().map(|(unit, label, name)| html! {
                            <option value={*name} selected={number.unit == *unit}>{ app.ui(*label) }</option>
                        }) }
                    </select>
                </div>
                { bound_field("min", Ui::EditorNumberMin, Bound::Min, number.min) }
                { bound_field("max", Ui::EditorNumberMax, Bound::Max, number.max) }
            </div>
        }
    });
    html! {
        <div class="cf-editor-question-settings">
            { text_field("help", app.ui(Ui::EditorHelpLine).to_owned(), question.help.clone(), on_note(QuestionNote::Help), None) }
            { text_field("find-out", app.ui(Ui::EditorFindOut).to_owned(), question.find_out.clone(), on_note(QuestionNote::FindOut), None) }
            <div class="cf-field cf-editor-check">
                <input type="checkbox" id={key("unknown")} checked={question.allow_unknown} onchange={on_unknown} />
                <label for={key("unknown")}>{ app.ui(Ui::EditorAllowUnknown) }</label>
            </div>
            // One child each, whatever the kind: Yew matches unkeyed children from the end, so
            // a part appearing would otherwise rebuild the fields before it.
            { scale.unwrap_or_default() }
            { number.unwrap_or_default() }
        </div>
    }
}

//! One question in the editor: its text, id, kind of answer, whether it must be answered, its
//! help, "find out" note, scale ends or number settings ([`EditorQuestionSettings`]) and,
//! for a choice, its options ([`EditorOption`]: label, tag, place), when it is shown
//! ([`EditorShowIf`]) and what each answer counts for ([`EditorAnswers`]); moved, deleted and
//! renamed through `core::edit`, with its problems listed under it.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::{
    EditorAnswers, EditorOption, EditorProblems, EditorQuestionSettings, EditorShowIf, EditorText,
};
use crate::context::{AppContext, use_app};
use crate::drag_move::{self, Hint};
use crate::state::Action;
use client_fit_core::draft::{Change, Shown, rename_question};
use client_fit_core::edit::{Edit, question_drop};
use client_fit_core::lint::Problem;
use client_fit_core::model::{Kind, Questionnaire};
use client_fit_core::ui_text::Ui;

/// Props of [`EditorQuestion`].
#[derive(Properties, PartialEq)]
pub struct EditorQuestionProps {
    /// The questionnaire being edited.
    pub questionnaire: Rc<Questionnaire>,
    /// The section's place.
    pub section: usize,
    /// The question's place in its section.
    pub index: usize,
    /// Its number in the whole questionnaire (from 1), for labels.
    pub number: usize,
    /// The problems that concern it.
    pub problems: Rc<Vec<Problem>>,
}

const KINDS: [(Kind, Ui, &str); 6] = [
    (Kind::Single, Ui::KindSingle, "single"),
    (Kind::Multi, Ui::KindMulti, "multi"),
    (Kind::YesNo, Ui::KindYesNo, "yes_no"),
    (Kind::Scale, Ui::KindScale, "scale"),
    (Kind::Number, Ui::KindNumber, "number"),
    (Kind::Text, Ui::KindText, "text"),
];

/// One question's fields and actions.
#[component]
pub fn EditorQuestion(props: &EditorQuestionProps) -> Html {
    let app = use_app();
    let hint = use_state(|| None::<Hint>);
    let item = use_node_ref();
    let q = &props.questionnaire;
    // A kind the draft refused (a condition tests the question's answers) leaves the page's
    // select on it, as nothing in what is drawn changed: after each draw it is put back on
    // the question's kind.
    let kind_select = use_node_ref();
    {
        let kind = (q.sections.get(props.section))
            .and_then(|s| s.questions.get(props.index))
            .and_then(|question| KINDS.iter().find(|(kind, _, _)| *kind == question.kind))
            .map(|(_, _, name)| *name);
        let kind_select = kind_select.clone();
        use_effect(move || {
            if let (Some(select), Some(kind)) = (kind_select.cast::<HtmlSelectElement>(), kind)
                && select.value() != kind
            {
                select.set_value(kind);
            }
        });
    }
    let Some(question) = q
        .sections
        .get(props.section)
        .and_then(|s| s.questions.get(props.index))
    else {
        return Html::default();
    };
    let id = question.id.clone();
    let key = |part: &str| app.id(&format!("editor-q{}-{part}", props.number));
    let problems_id = key("problems");
    let described = (!props.problems.is_empty()).then(|| problems_id.clone());
    let send = |make: Rc<dyn Fn(String) -> Change>| {
        let app = app.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            app.dispatch(Action::ChangeOwn {
                change: make(value),
                now_ms: crate::device::now_ms(),
            });
        })
    };
    let on_text = {
        let id = id.clone();
        send(Rc::new(move |text| Change::QuestionText {
            id: id.clone(),
            text,
        }))
    };
    let on_rename = {
        let (app, id) = (app.clone(), id.clone());
        Callback::from(move |e: Event| {
            let to = e.target_unchecked_into::<HtmlInputElement>().value();
            app.dispatch(Action::ChangeOwn {
                change: rename_question(&id, &to),
                now_ms: crate::device::now_ms(),
            });
        })
    };
    let on_kind = {
        let (app, id) = (app.clone(), id.clone());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some((kind, _, _)) = KINDS.iter().find(|(_, _, name)| *name == value) {
                app.dispatch(Action::ChangeOwn {
                    change: Change::QuestionKind {
                        id: id.clone(),
                        kind: *kind,
                    },
                    now_ms: crate::device::now_ms(),
                });
            }
        })
    };
    let on_required = {
        let (app, id) = (app.clone(), id.clone());
        Callback::from(move |e: Event| {
            let required = e.target_unchecked_into::<HtmlInputElement>().checked();
            app.dispatch(Action::ChangeOwn {
                change: Change::Required {
                    id: id.clone(),
                    required,
                },
                now_ms: crate::device::now_ms(),
            });
        })
    };
    let structural_change = |change: Change| {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            app.dispatch(Action::ChangeOwn {
                change: change.clone(),
                now_ms: crate::device::now_ms(),
            })
        })
    };
    let structural = |edit: Edit| structural_change(Change::Edit(edit));
    let sections = q.sections.len();
    let in_section = q.sections[props.section].questions.len();
    let first = props.section == 0 && props.index == 0;
    let last = props.section + 1 == sections && props.index + 1 == in_section;
    // Up from the top of a section goes to the end of the one before; down from the bottom, to
    // the top of the one after.
    let up = match props.index {
        0 => (props.section.saturating_sub(1), usize::MAX),
        i => (props.section, i - 1),
    };
    let down = if props.index + 1 < in_section {
        (props.section, props.index + 1)
    } else {
        (props.section + 1, 0)
    };
    // The question is drawn at its new number, perhaps in another section (a new component
    // there): the focus goes after it by id, to the button pressed or, at the top or the
    // bottom, to the other one.
    let move_id = |n: usize, way: &str| app.id(&format!("editor-q{n}-{way}"));
    let move_to = |(section, at): (usize, usize), up: bool| {
        let change = Change::Edit(Edit::MoveQuestion {
            id: id.clone(),
            section,
            at,
        });
        // Across a section's edge it keeps its number: only its section changes.
        let to = match (up, props.index == 0, props.index + 1 == in_section) {
            (true, true, _) | (false, _, true) => props.number,
            (true, false, _) => props.number - 1,
            (false, _, false) => props.number + 1,
        };
        let (pressed, other) = match up {
            true => (move_id(to, "up"), move_id(to, "down")),
            false => (move_id(to, "down"), move_id(to, "up")),
        };
        let (app, send) = (app.clone(), structural_change(change));
        Callback::from(move |e: MouseEvent| {
            send.emit(e);
            app.focus_when_drawn(vec![pressed.clone(), other.clone()]);
        })
    };
    let what = app.ui_fill(Ui::EditorQuestionN, &[("n", &props.number.to_string())]);
    let tags = Rc::new(tags_to_pick(&app, q));
    // Keyed by id, so a moved option's row moves with its field and buttons.
    let options = question.options.iter().enumerate().map(|(i, option)| {
        html! {
            <EditorOption key={option.id.clone()} questionnaire={props.questionnaire.clone()}
                question={id.clone()} index={i} number={props.number} tags={tags.clone()}
                described={described.clone()} />
        }
    });
    let add_option = {
        let (app, id) = (app.clone(), id.clone());
        let label = app.ui(Ui::EditorNewOption).to_owned();
        Callback::from(move |_: MouseEvent| {
            app.dispatch(Action::ChangeOwn {
                change: Change::AddOption {
                    question: id.clone(),
                    label: label.clone(),
                },
                now_ms: crate::device::now_ms(),
            })
        })
    };
    let choice = matches!(question.kind, Kind::Single | Kind::Multi);
    // Dropping another question here puts it before or after this one, in this section.
    let on_drop = {
        let (app, q, target) = (
            app.clone(),
            props.questionnaire.clone(),
            (props.section, props.index),
        );
        drag_move::drop(
            drag_move::QUESTION,
            item.clone(),
            hint.clone(),
            move |moved, after| {
                if let Some(edit) = question_drop(&q, &moved, target, after) {
                    app.dispatch(Action::ChangeOwn {
                        change: Change::Edit(edit),
                        now_ms: crate::device::now_ms(),
                    });
                }
            },
        )
    };
    html! {
        <li class={classes!("cf-editor-question", drag_move::hint_class(*hint))}
            ref={item.clone()} ondragover={drag_move::over(drag_move::QUESTION, item.clone(), hint.clone())}
            ondragleave={drag_move::leave(item.clone(), hint.clone())} ondrop={on_drop}>
            <fieldset class="cf-fieldset">
                <legend class="cf-legend">
                    // The mouse's way to reorder; the keyboard's is Move up and Move down below.
                    <span class="cf-drag-handle" draggable="true" aria-hidden="true"
                        title={app.ui(Ui::EditorDragToMove)}
                        ondragstart={drag_move::start(drag_move::QUESTION, id.clone())}>{ "⠿" }</span>
                    { app.ui_fill(Ui::EditorQuestion, &[("n", &props.number.to_string())]) }
                </legend>
                <div class="cf-field">
                    <label class="cf-label" for={key("text")}>{ app.ui(Ui::EditorQuestionText) }</label>
                    <EditorText id={key("text")} maxlength={400} text={Some(question.text.clone())}
                        oninput={on_text} described={described.clone()} />
                </div>
                // Right under what is asked, where an edit is typed: not after the answers'
                // points, a screen or more further down.
                <EditorProblems id={problems_id} problems={props.problems.clone()} questionnaire={props.questionnaire.clone()} />
                <div class="cf-editor-row">
                    <div class="cf-field">
                        <label class="cf-label" for={key("kind")}>{ app.ui(Ui::EditorKind) }</label>
                        <select class="cf-input" id={key("kind")} onchange={on_kind} ref={kind_select} aria-describedby={described.clone()}>
                            { for KINDS.iter().map(|(kind, label, name)| html! {
                                <option value={*name} selected={question.kind == *kind}>{ app.ui(*label) }</option>
                            }) }
                        </select>
                    </div>
                    <div class="cf-field">
                        <label class="cf-label" for={key("id")}>{ app.ui(Ui::EditorQuestionId) }</label>
                        <input class="cf-input" type="text" id={key("id")} maxlength="60" value={id.clone()}
                            onchange={on_rename} aria-describedby={described.clone()} />
                    </div>
                </div>
                <div class="cf-field cf-editor-check">
                    <input type="checkbox" id={key("required")} checked={question.required} onchange={on_required} />
                    <label for={key("required")}>{ app.ui(Ui::EditorRequired) }</label>
                </div>
                <EditorQuestionSettings questionnaire={props.questionnaire.clone()} question={id.clone()}
                    number={props.number} described={described.clone()} />
                if choice {
                    <ol class="cf-editor-options">{ for options }</ol>
                    <button type="button" class="cf-button cf-editor-add-option" onclick={add_option}>{ app.ui(Ui::EditorAddOption) }</button>
                }
                <EditorShowIf questionnaire={props.questionnaire.clone()} at={Shown::Question(id.clone())}
                    prefix={format!("editor-q{}", props.number)} described={described.clone()} />
                <EditorAnswers questionnaire={props.questionnaire.clone()} question={id.clone()}
                    number={props.number} described={described.clone()} />
                <div class="cf-actions cf-editor-actions">
                    <button type="button" class="cf-button cf-editor-up" disabled={first} id={move_id(props.number, "up")}
                        aria-label={app.ui_fill(Ui::EditorMoveUpOf, &[("what", &what)])} onclick={move_to(up, true)}>{ app.ui(Ui::EditorMoveUp) }</button>
                    <button type="button" class="cf-button cf-editor-down" disabled={last} id={move_id(props.number, "down")}
                        aria-label={app.ui_fill(Ui::EditorMoveDownOf, &[("what", &what)])} onclick={move_to(down, false)}>{ app.ui(Ui::EditorMoveDown) }</button>
                    <button type="button" class="cf-button cf-button-quiet cf-editor-delete"
                        aria-label={app.ui_fill(Ui::EditorDeleteOf, &[("what", &what)])}
                        onclick={structural(Edit::DeleteQuestion { id: id.clone() })}>{ app.ui(Ui::EditorDelete) }</button>
                </div>
            </fieldset>
        </li>
    }
}

/// The tags an option can be given: those the questionnaires' options carry (as the profile
/// page offers them, by the first option's words), then any other on the profile's welcome or
/// avoid lists or on this questionnaire's options (by the tag itself), so a tag the file has
/// is always among them.
fn tags_to_pick(app: &AppContext, q: &Questionnaire) -> Vec<(String, AttrValue)> {
    let mut tags = super::profile_page::known_tags(app);
    let profile = &app.records.profile;
    let own = q
        .questions()
        .flat_map(|(_, each)| each.options.iter().filter_map(|o| o.tag.as_ref()));
    for tag in (profile.welcome.iter()).chain(&profile.avoided).chain(own) {
        if !tags.iter().any(|(known, _)| known == tag) {
            tags.push((tag.clone(), AttrValue::from(tag.clone())));
        }
    }
    tags
}

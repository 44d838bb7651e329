//! One section in the editor: its title and intro, when it is shown ([`EditorShowIf`]), its questions
//! ([`EditorQuestion`]), a question to add, and moving or deleting the section through
//! `core::edit`, with its problems under it.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{EditorProblems, EditorQuestion, EditorShowIf, EditorText};
use crate::context::use_app;
use crate::drag_move::{self, Hint};
use crate::move_focus::use_move_buttons;
use crate::state::Action;
use client_fit_core::draft::{Change, Part, Shown};
use client_fit_core::edit::{Edit, section_drop};
use client_fit_core::lint::Problem;
use client_fit_core::model::Questionnaire;
use client_fit_core::ui_text::Ui;

/// Props of [`EditorSection`].
#[derive(Properties, PartialEq)]
pub struct EditorSectionProps {
    /// The questionnaire being edited.
    pub questionnaire: Rc<Questionnaire>,
    /// The section's place.
    pub index: usize,
    /// Every problem of the questionnaire with the part it concerns; the section shows its own
    /// and gives each question its own.
    pub problems: Rc<Vec<(Part, Problem)>>,
}

/// One section's fields, questions and actions.
#[component]
pub fn EditorSection(props: &EditorSectionProps) -> Html {
    let app = use_app();
    let hint = use_state(|| None::<Hint>);
    let item = use_node_ref();
    let q = &props.questionnaire;
    // "Add a question" takes the keyboard to the new question's text, selected, once it is
    // drawn: otherwise it stays on the button, after the new question's fields.
    let added = use_mut_ref(|| false);
    {
        let before: usize = q
            .sections
            .iter()
            .take(props.index)
            .map(|s| s.questions.len())
            .sum();
        let count = q.sections.get(props.index).map_or(0, |s| s.questions.len());
        let last_text = app.id(&format!("editor-q{}-text", before + count));
        let (added, root) = (added.clone(), app.root.clone());
        use_effect_with(last_text, move |last_text| {
            if std::mem::replace(&mut *added.borrow_mut(), false) {
                crate::device::focus_and_select(last_text, &root);
            }
        });
    }
    let count = q.sections.len();
    // Moved, the section is drawn at its new place: the focus goes back to the button pressed.
    let buttons = use_move_buttons(props.index, props.index == 0, props.index + 1 >= count);
    let Some(section) = q.sections.get(props.index) else {
        return Html::default();
    };
    let n = (props.index + 1).to_string();
    let key = |part: &str| app.id(&format!("editor-s{}-{part}", props.index + 1));
    let own: Rc<Vec<Problem>> = Rc::new(
        props
            .problems
            .iter()
            .filter(|(part, _)| *part == Part::Section(props.index))
            .map(|(_, p)| p.clone())
            .collect(),
    );
    let problems_id = key("problems");
    let described = (!own.is_empty()).then(|| problems_id.clone());
    let on_title = {
        let (app, section) = (app.clone(), props.index);
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            app.dispatch(Action::ChangeOwn {
                change: Change::SectionTitle { section, text },
                now_ms: crate::device::now_ms(),
            });
        })
    };
    let on_intro = {
        let (app, section) = (app.clone(), props.index);
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            app.dispatch(Action::ChangeOwn {
                change: Change::SectionIntro { section, text },
                now_ms: crate::device::now_ms(),
            });
        })
    };
    let send = |change: Change| {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            app.dispatch(Action::ChangeOwn {
                change: change.clone(),
                now_ms: crate::device::now_ms(),
            })
        })
    };
    // Numbered through the whole questionnaire, as the prospect meets them.
    let before: usize = q.sections[..props.index]
        .iter()
        .map(|s| s.questions.len())
        .sum();
    let questions = section.questions.iter().enumerate().map(|(i, question)| {
        let problems: Rc<Vec<Problem>> = Rc::new(
            props
                .problems
                .iter()
                .filter(|(part, _)| matches!(part, Part::Question(id) if *id == question.id))
                .map(|(_, p)| p.clone())
                .collect(),
        );
        html! {
            <EditorQuestion key={question.id.clone()} questionnaire={props.questionnaire.clone()}
                section={props.index} index={i} number={before + i + 1} {problems} />
        }
    });
    let add_question = {
        let (app, added, section) = (app.clone(), added.clone(), props.index);
        Callback::from(move |_: MouseEvent| {
            *added.borrow_mut() = true;
            app.dispatch(Action::ChangeOwn {
                change: Change::AddQuestion {
                    section,
                    at: usize::MAX,
                    text: app.ui(Ui::EditorNewQuestion).to_owned(),
                },
                now_ms: crate::device::now_ms(),
            });
        })
    };
    let what = app.ui_fill(Ui::EditorSectionN, &[("n", &n)]);
    let move_to = |to: usize| {
        let (app, from) = (app.clone(), props.index);
        move || {
            app.dispatch(Action::ChangeOwn {
                change: Change::Edit(Edit::MoveSection { from, to }),
                now_ms: crate::device::now_ms(),
            })
        }
    };
    let on_up = buttons.on_up(move_to(props.index.saturating_sub(1)));
    let on_down = buttons.on_down(move_to(props.index + 1));
    // Dropping another section here puts it before or after this one.
    let on_drop = {
        let (app, target) = (app.clone(), props.index);
        drag_move::drop(
            drag_move::SECTION,
            item.clone(),
            hint.clone(),
            move |moved, after| {
                let edit = moved
                    .parse::<usize>()
                    .ok()
                    .and_then(|from| section_drop(from, target, after));
                if let Some(edit) = edit {
                    app.dispatch(Action::ChangeOwn {
                        change: Change::Edit(edit),
                        now_ms: crate::device::now_ms(),
                    });
                }
            },
        )
    };
    html! {
        <li class={classes!("cf-editor-section", drag_move::hint_class(*hint))}
            ref={item.clone()} ondragover={drag_move::over(drag_move::SECTION, item.clone(), hint.clone())}
            ondragleave={drag_move::leave(item.clone(), hint.clone())} ondrop={on_drop}>
            <h4 class="cf-subtitle">
                // The mouse's way to reorder; the keyboard's is Move up and Move down below.
                <span class="cf-drag-handle" draggable="true" aria-hidden="true"
                    title={app.ui(Ui::EditorDragToMove)}
                    ondragstart={drag_move::start(drag_move::SECTION, props.index.to_string())}>{ "⠿" }</span>
                { app.ui_fill(Ui::EditorSection, &[("n", &n)]) }
            </h4>
            <div class="cf-field">
                <label class="cf-label" for={key("title")}>{ app.ui_fill(Ui::EditorSectionTitle, &[("n", &n)]) }</label>
                <EditorText id={key("title")} maxlength={200} text={Some(section.title.clone())}
                    oninput={on_title} described={described.clone()} />
            </div>
            <div class="cf-field">
                <label class="cf-label" for={key("intro")}>{ app.ui_fill(Ui::EditorSectionIntro, &[("n", &n)]) }</label>
                <EditorText id={key("intro")} maxlength={400} text={section.intro.clone()}
                    oninput={on_intro} described={described.clone()} />
            </div>
            <EditorShowIf questionnaire={props.questionnaire.clone()} at={Shown::Section(props.index)}
                prefix={format!("editor-s{}", props.index + 1)} {described} />
            <EditorProblems id={problems_id} problems={own} questionnaire={props.questionnaire.clone()} />
            <div class="cf-actions cf-editor-actions">
                <button type="button" class="cf-button cf-editor-up" disabled={props.index == 0} ref={buttons.up.clone()}
                    aria-label={app.ui_fill(Ui::EditorMoveUpOf, &[("what", &what)])} onclick={on_up}>
                    { app.ui(Ui::EditorMoveUp) }
                </button>
                <button type="button" class="cf-button cf-editor-down" disabled={props.index + 1 == count} ref={buttons.down.clone()}
                    aria-label={app.ui_fill(Ui::EditorMoveDownOf, &[("what", &what)])} onclick={on_down}>
                    { app.ui(Ui::EditorMoveDown) }
                </button>
                <button type="button" class="cf-button cf-button-quiet cf-editor-delete"
                    aria-label={app.ui_fill(Ui::EditorDeleteOf, &[("what", &what)])}
                    onclick={send(Change::Edit(Edit::DeleteSection { index: props.index }))}>
                    { app.ui(Ui::EditorDelete) }
                </button>
            </div>
            <ol class="cf-editor-questions">{ for questions }</ol>
            <button type="button" class="cf-button cf-editor-add-question" onclick={add_question}>
                { app.ui(Ui::EditorAddQuestion) }
            </button>
        </li>
    }
}

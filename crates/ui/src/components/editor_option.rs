//! One option of a choice question in the editor: its label, the tag your profile's work you
//! welcome or avoid is matched with (picked from the tags the questionnaires and your profile
//! know, or none, or typed: a tag of your own), Move up and Move down (the keyboard's way to reorder; the focus stays on
//! the button pressed), a handle to drag it (the mouse's) and its delete button. Its place is
//! the order the prospect sees; its id, which answers and conditions name, never changes.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::EditorText;
use crate::context::use_app;
use crate::drag_move::{self, Hint};
use crate::move_focus::use_move_buttons;
use crate::state::Action;
use client_fit_core::draft::Change;
use client_fit_core::edit::place_drop;
use client_fit_core::model::Questionnaire;
use client_fit_core::ui_text::Ui;

/// Props of [`EditorOption`].
#[derive(Properties, PartialEq)]
pub struct EditorOptionProps {
    /// The questionnaire being edited.
    pub questionnaire: Rc<Questionnaire>,
    /// The question's id.
    pub question: AttrValue,
    /// The option's place among the question's options.
    pub index: usize,
    /// The question's number in the whole questionnaire (from 1), for ids.
    pub number: usize,
    /// The tags to pick from, each with the words it is known by.
    pub tags: Rc<Vec<(String, AttrValue)>>,
    /// The id of the question's problems, when it has some.
    #[prop_or_default]
    pub described: Option<AttrValue>,
}

/// The tag select's value for "a tag of your own"; no tag starts with a space (they are trimmed).
const OWN_TAG: &str = " own";

/// One option's fields and actions.
#[component]
pub fn EditorOption(props: &EditorOptionProps) -> Html {
    let app = use_app();
    let hint = use_state(|| None::<Hint>);
    // Typing a tag of one's own: the field stays while it is typed, even once the select
    // knows the tag typed so far.
    let typing_tag = use_state(|| false);
    let item = use_node_ref();
    let count = (props.questionnaire.question(&props.question)).map_or(0, |q| q.options.len());
    let (first, last) = (props.index == 0, props.index + 1 >= count);
    let buttons = use_move_buttons(props.index, first, last);
    let Some(option) = (props.questionnaire.question(&props.question))
        .and_then(|question| question.options.get(props.index))
    else {
        return Html::default();
    };
    let (question, index) = (props.question.to_string(), props.index);
    let key = |part: &str| app.id(&format!("editor-q{}-option-{index}{part}", props.number));
    let send = {
        let app = app.clone();
        Rc::new(move |change: Change| {
            app.dispatch(Action::ChangeOwn {
                change,
                now_ms: crate::device::now_ms(),
            })
        })
    };
    let on_label = {
        let (send, question) = (send.clone(), question.clone());
        Callback::from(move |e: InputEvent| {
            send(Change::OptionLabel {
                question: question.clone(),
                option: index,
                text: e.target_unchecked_into::<HtmlInputElement>().value(),
            })
        })
    };
    let on_tag = {
        let (send, question, typing_tag) = (send.clone(), question.clone(), typing_tag.clone());
        Callback::from(move |e: Event| {
            let tag = e.target_unchecked_into::<HtmlSelectElement>().value();
            typing_tag.set(tag == OWN_TAG);
            if tag != OWN_TAG {
                send(Change::OptionTag {
                    question: question.clone(),
                    option: index,
                    tag: Some(tag),
                })
            }
        })
    };
    let on_own_tag = {
        let (send, question) = (send.clone(), question.clone());
        Callback::from(move |e: InputEvent| {
            send(Change::OptionTag {
                question: question.clone(),
                option: index,
                tag: Some(e.target_unchecked_into::<HtmlInputElement>().value()),
            })
        })
    };
    let move_to = |to: usize| {
        let (send, question) = (send.clone(), question.clone());
        move || {
            send(Change::MoveOption {
                question: question.clone(),
                from: index,
                to,
            })
        }
    };
    let on_up = buttons.on_up(move_to(index.saturating_sub(1)));
    let on_down = buttons.on_down(move_to(index + 1));
    let on_delete = {
        let (send, question) = (send.clone(), question.clone());
        Callback::from(move |_: MouseEvent| {
            send(Change::DeleteOption {
                question: question.clone(),
                option: index,
            })
        })
    };
    // Another option of this question dropped here goes before or after this one; one of
    // another question's is left where it is.
    let on_drop = {
        let (send, question) = (send.clone(), question.clone());
        drag_move::drop(
            drag_move::OPTION,
            item.clone(),
            hint.clone(),
            move |carried, after| {
                let from = carried
                    .rsplit_once(' ')
                    .filter(|(of, _)| *of == question)
                    .and_then(|(_, from)| from.parse::<usize>().ok());
                if let Some((from, to)) =
                    from.and_then(|from| Some((from, place_drop(from, index, after)?)))
                {
                    send(Change::MoveOption {
                        question: question.clone(),
                        from,
                        to,
                    });
                }
            },
        )
    };
    let n = (index + 1).to_string();
    let named = app.ui_fill(Ui::EditorOptionN, &[("n", &n)]);
    let tag = option.tag.clone().unwrap_or_default();
    let picks = props.tags.iter().map(|(each, name)| {
        let words = match name.as_str() == each {
            true => each.clone(),
            false => format!("{name} ({each})"),
        };
        html! { <option value={each.clone()} selected={!*typing_tag && *each == tag}>{ words }</option> }
    });
    let own_tag = (*typing_tag).then(|| {
        html! {
            <div class="cf-field cf-editor-option-own-tag">
                <label class="cf-label" for={key("-own-tag")}>{ app.ui(Ui::EditorOptionOwnTagField) }</label>
                <input class="cf-input" type="text" id={key("-own-tag")} value={tag.clone()} maxlength="64"
                    oninput={on_own_tag} aria-describedby={props.described.clone()} />
            </div>
        }
    });
    html! {
        <li class={classes!("cf-editor-option", drag_move::hint_class(*hint))}
            ref={item.clone()} ondragover={drag_move::over(drag_move::OPTION, item.clone(), hint.clone())}
            ondragleave={drag_move::leave(item.clone(), hint.clone())} ondrop={on_drop}>
            <div class="cf-field">
                <label class="cf-label" for={key("")}>{ app.ui_fill(Ui::EditorOption, &[("n", &n)]) }</label>
                <div class="cf-editor-row">
                    // The mouse's way to reorder; the keyboard's is Move up and Move down. Beside
                    // the field, not in its label, whose words are the field's name.
                    <span class="cf-drag-handle" draggable="true" aria-hidden="true"
                        title={app.ui(Ui::EditorDragToMove)}
                        ondragstart={drag_move::start(drag_move::OPTION, format!("{question} {index}"))}>{ "⠿" }</span>
                    <EditorText id={key("")} maxlength={200} text={Some(option.label.clone())}
                        oninput={on_label} described={props.described.clone()} />
                    <button type="button" class="cf-button cf-button-quiet cf-editor-delete-option"
                        aria-label={app.ui_fill(Ui::EditorDeleteOf, &[("what", &named)])} onclick={on_delete}>
                        { app.ui(Ui::EditorDelete) }
                    </button>
                </div>
            </div>
            <div class="cf-editor-row cf-editor-option-more">
                <div class="cf-field cf-editor-option-tag">
                    <label class="cf-label" for={key("-tag")}>{ app.ui(Ui::EditorOptionTag) }</label>
                    <select class="cf-input" id={key("-tag")} onchange={on_tag} aria-describedby={props.described.clone()}>
                        <option value="" selected={!*typing_tag && tag.is_empty()}>{ app.ui(Ui::EditorOptionNoTag) }</option>
                        { for picks }
                        <option value={OWN_TAG} selected={*typing_tag}>{ app.ui(Ui::EditorOptionOwnTag) }</option>
                    </select>
                </div>
                { own_tag.unwrap_or_default() }
                <div class="cf-actions cf-editor-option-moves">
                    <button type="button" class="cf-button cf-button-quiet cf-editor-up" disabled={first} ref={buttons.up.clone()}
                        aria-label={app.ui_fill(Ui::EditorMoveUpOf, &[("what", &named)])} onclick={on_up}>{ app.ui(Ui::EditorMoveUp) }</button>
                    <button type="button" class="cf-button cf-button-quiet cf-editor-down" disabled={last} ref={buttons.down.clone()}
                        aria-label={app.ui_fill(Ui::EditorMoveDownOf, &[("what", &named)])} onclick={on_down}>{ app.ui(Ui::EditorMoveDown) }</button>
                </div>
            </div>
        </li>
    }
}

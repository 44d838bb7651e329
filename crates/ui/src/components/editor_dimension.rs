//! One dimension in the editor: its name, its weight in the overall score and its id (renamed
//! with every answer's points), moved up and down (the order the result lists the scores in;
//! by drag too), deleted with the points answers give it; its problems under it.

use std::rc::Rc;

use yew::prelude::*;

use super::editor_rules::{add_button, number, on_delete, on_number, on_rename, on_text, send};
use super::{EditorProblems, EditorText};
use crate::context::use_app;
use crate::drag_move::{self, Hint};
use crate::move_focus::use_move_buttons;
use client_fit_core::draft::rules::RulesChange;
use client_fit_core::draft::{Change, rename};
use client_fit_core::edit::{IdKind, place_drop};
use client_fit_core::lint::Problem;
use client_fit_core::model::{Questionnaire, WEIGHT_RANGE};
use client_fit_core::ui_text::Ui;

/// Props of [`EditorDimension`].
#[derive(Properties, PartialEq)]
pub struct EditorDimensionProps {
    /// The questionnaire being edited.
    pub questionnaire: Rc<Questionnaire>,
    /// The dimension's place.
    pub index: usize,
    /// The problems that concern it.
    pub problems: Rc<Vec<Problem>>,
}

/// One dimension's fields and its delete button.
#[component]
pub fn EditorDimension(props: &EditorDimensionProps) -> Html {
    let app = use_app();
    let hint = use_state(|| None::<Hint>);
    let item = use_node_ref();
    let q = &props.questionnaire;
    let index = props.index;
    let buttons = use_move_buttons(index, index == 0, index + 1 >= q.dimensions.len());
    let Some(dimension) = q.dimensions.get(index) else {
        return Html::default();
    };
    let id = dimension.id.clone();
    let n = (props.index + 1).to_string();
    // Element ids by place, not by the dimension's id, so renaming it keeps them.
    let key = |part: &str| app.id(&format!("editor-dim{n}-{part}"));
    let problems_id = key("problems");
    let described = (!props.problems.is_empty()).then(|| problems_id.clone());
    let on_label = {
        let id = id.clone();
        on_text(&app, move |text| RulesChange::DimensionLabel {
            id: id.clone(),
            text,
        })
    };
    let on_weight = {
        let id = id.clone();
        on_number(&app, move |weight| RulesChange::DimensionWeight {
            id: id.clone(),
            weight,
        })
    };
    let renamed = {
        let id = id.clone();
        on_rename(&app, move |to| rename(IdKind::Dimension, &id, &to))
    };
    let what = app.ui_fill(Ui::RulesDimensionOf, &[("n", &n)]);
    let delete = on_delete(
        &app,
        Change::Rules(RulesChange::DeleteDimension { id: id.clone() }),
        add_button(&app, "dimension"),
    );
    let move_to = |to: usize| {
        let app = app.clone();
        move || {
            send(
                &app,
                Change::Rules(RulesChange::MoveDimension { from: index, to }),
            )
        }
    };
    let on_up = buttons.on_up(move_to(index.saturating_sub(1)));
    let on_down = buttons.on_down(move_to(index + 1));
    // Another dimension dropped here goes before or after this one.
    let on_drop = {
        let app = app.clone();
        drag_move::drop(
            drag_move::DIMENSION,
            item.clone(),
            hint.clone(),
            move |carried, after| {
                let from = carried.parse::<usize>().ok();
                if let Some((from, to)) =
                    from.and_then(|from| Some((from, place_drop(from, index, after)?)))
                {
                    send(&app, Change::Rules(RulesChange::MoveDimension { from, to }));
                }
            },
        )
    };
    let (first, last) = (index == 0, index + 1 >= q.dimensions.len());
    html! {
        <li class={classes!("cf-editor-part", "cf-editor-dimension", drag_move::hint_class(*hint))}
            ref={item.clone()} ondragover={drag_move::over(drag_move::DIMENSION, item.clone(), hint.clone())}
            ondragleave={drag_move::leave(item.clone(), hint.clone())} ondrop={on_drop}>
            <fieldset class="cf-fieldset">
                <legend class="cf-legend">
                    // The mouse's way to reorder; the keyboard's is Move up and Move down below.
                    <span class="cf-drag-handle" draggable="true" aria-hidden="true"
                        title={app.ui(Ui::EditorDragToMove)}
                        ondragstart={drag_move::start(drag_move::DIMENSION, index.to_string())}>{ "⠿" }</span>
                    { app.ui_fill(Ui::RulesDimensionN, &[("n", &n)]) }
                </legend>
                <div class="cf-editor-row">
                    <div class="cf-field">
                        <label class="cf-label" for={key("label")}>{ app.ui(Ui::RulesDimensionLabel) }</label>
                        <EditorText id={key("label")} maxlength={100} text={Some(dimension.label.clone())}
                            oninput={on_label} described={described.clone()} />
                    </div>
                    <div class="cf-field">
                        <label class="cf-label" for={key("weight")}>{ app.ui(Ui::RulesWeight) }</label>
                        <input class="cf-input cf-input-number" type="number" inputmode="decimal" id={key("weight")}
                            min={number(*WEIGHT_RANGE.start())} max={number(*WEIGHT_RANGE.end())} step="0.5"
                            value={number(dimension.weight)} oninput={on_weight}
                            aria-describedby={described.clone()} />
                    </div>
                    <div class="cf-field">
                        <label class="cf-label" for={key("id")}>{ app.ui(Ui::RulesId) }</label>
                        <input class="cf-input" type="text" id={key("id")} maxlength="60" value={id}
                            onchange={renamed} aria-describedby={described} />
                    </div>
                </div>
                <EditorProblems id={problems_id} problems={props.problems.clone()} questionnaire={props.questionnaire.clone()} />
                <div class="cf-actions cf-editor-actions">
                    <button type="button" class="cf-button cf-editor-up" disabled={first} ref={buttons.up.clone()}
                        aria-label={app.ui_fill(Ui::EditorMoveUpOf, &[("what", &what)])} onclick={on_up}>{ app.ui(Ui::EditorMoveUp) }</button>
                    <button type="button" class="cf-button cf-editor-down" disabled={last} ref={buttons.down.clone()}
                        aria-label={app.ui_fill(Ui::EditorMoveDownOf, &[("what", &what)])} onclick={on_down}>{ app.ui(Ui::EditorMoveDown) }</button>
                    <button type="button" class="cf-button cf-button-quiet cf-editor-delete"
                        aria-label={app.ui_fill(Ui::EditorDeleteOf, &[("what", &what)])} onclick={delete}>
                        { app.ui(Ui::EditorDelete) }
                    </button>
                </div>
            </fieldset>
        </li>
    }
}

//! One member of a show-if condition in the editor, and through itself every member inside it:
//! a single test ([`EditorConditionLeaf`]) or a group whose members must all hold or of which
//! any one must ("all of these", "any of these"), each of them with a box that turns it around
//! ("not"). Members are added, grouped and removed with buttons; every change rebuilds the
//! whole condition in the core (`draft::conditions`) and sends it as one edit.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::EditorConditionLeaf;
use crate::context::{AppContext, use_app};
use crate::state::Action;
use client_fit_core::draft::conditions::{
    a_new_test, add_member, group, join_with, member_at, remove_member, toggle_not, unturned,
    with_member,
};
use client_fit_core::draft::{Change, Shown};
use client_fit_core::model::{Condition, Questionnaire};
use client_fit_core::ui_text::Ui;

/// Props of [`EditorCondition`].
#[derive(Properties, PartialEq)]
pub struct EditorConditionProps {
    /// The questionnaire being edited.
    pub questionnaire: Rc<Questionnaire>,
    /// The question or section whose condition this is part of.
    pub at: Shown,
    /// The prefix of the part's ids (`editor-q2`, `editor-s1`), unique on the page.
    pub prefix: AttrValue,
    /// The id of the part's problems, when it has some.
    #[prop_or_default]
    pub described: Option<AttrValue>,
    /// The whole condition, or none (always shown).
    pub whole: Option<Condition>,
    /// Where this member sits in it (empty: the whole condition).
    #[prop_or_default]
    pub path: Vec<usize>,
}

/// The ids' prefix of the member at `path`: the part's own for the whole condition (so a
/// single test keeps the ids it has always had), then `-c0-1` for each level down.
pub(crate) fn member_prefix(prefix: &str, path: &[usize]) -> String {
    let mut ids = prefix.to_owned();
    for (i, at) in path.iter().enumerate() {
        ids.push_str(if i == 0 { "-c" } else { "-" });
        ids.push_str(&at.to_string());
    }
    ids
}

/// Sends the part's condition as `rebuilt` makes it from the whole one (nothing when it cannot).
fn send(app: &AppContext, at: &Shown, rebuilt: Option<Option<Condition>>) {
    if let Some(condition) = rebuilt {
        app.dispatch(Action::ChangeOwn {
            change: Change::ShowIf {
                at: at.clone(),
                condition,
            },
            now_ms: crate::device::now_ms(),
        });
    }
}

/// A member of the condition: a single test, or a group with its members.
#[component]
pub fn EditorCondition(props: &EditorConditionProps) -> Html {
    let app = use_app();
    let path = props.path.clone();
    let whole = props.whole.clone();
    let member = whole.as_ref().and_then(|w| member_at(w, &path));
    if !path.is_empty() && member.is_none() {
        return Html::default();
    }
    let prefix = member_prefix(&props.prefix, &path);
    let key = |part: &str| app.id(&format!("{prefix}-{part}"));
    let (turned, inner) = match member.map(unturned) {
        Some((turned, inner)) => (turned, Some(inner)),
        None => (false, None),
    };
    // Changes the whole condition through this member.
    let change_here = {
        let (app, at, whole) = (app.clone(), props.at.clone(), whole.clone());
        Rc::new(move |rebuild: &dyn Fn(&Condition) -> Option<Condition>| {
            let rebuilt = whole.as_ref().and_then(rebuild).map(Some);
            send(&app, &at, rebuilt);
        })
    };
    let not_box = member.map(|_| {
        let id = key("not");
        let onchange = {
            let (change_here, path) = (change_here.clone(), path.clone());
            Callback::from(move |_: Event| change_here(&|w| toggle_not(w, &path)))
        };
        html! {
            <div class="cf-editor-check cf-editor-condition-not">
                <input type="checkbox" id={id.clone()} checked={turned} {onchange} />
                <label for={id}>{ app.ui(Ui::EditorConditionNot) }</label>
            </div>
        }
    });
    // The new member takes the focus: its select, or a new group's.
    let add_button = |what: Ui, added: Condition, suffix: &str| {
        let id = key(suffix);
        let onclick = {
            let (change_here, path, app) = (change_here.clone(), path.clone(), app.clone());
            let count = member
                .and_then(group)
                .map_or(1, |(_, members)| members.len());
            let new_at = [path.clone(), vec![count]].concat();
            let field = if group(&added).is_some() {
                "join"
            } else {
                "show"
            };
            let focus = app.id(&format!(
                "{}-{field}",
                member_prefix(&props.prefix, &new_at)
            ));
            Callback::from(move |_: MouseEvent| {
                change_here(&|w| add_member(w, &path, added.clone()));
                app.focus_when_drawn(vec![focus.clone()]);
            })
        };
        html! {
            <button type="button" class="cf-button cf-button-secondary" id={id} {onclick}>
                { app.ui(what) }
            </button>
        }
    };
    let new_test = a_new_test(&props.questionnaire, &props.at);
    if let Some((any, members)) = member.and_then(group) {
        let join_id = key("join");
        let on_join = {
            let (change_here, path) = (change_here.clone(), path.clone());
            Callback::from(move |e: Event| {
                let any = e.target_unchecked_into::<HtmlSelectElement>().value() == "any";
                change_here(&|w| join_with(w, &path, any))
            })
        };
        let items = members.iter().enumerate().map(|(i, _)| {
            let inside = [path.clone(), vec![i]].concat();
            let n = (i + 1).to_string();
            let onclick = {
                let (change_here, inside, app) = (change_here.clone(), inside.clone(), app.clone());
                // The group's "Add a condition", or, when the group is left with one member
                // and becomes that member, its test.
                let stays = vec![key("add"), key("show")];
                Callback::from(move |_: MouseEvent| {
                    change_here(&|w| remove_member(w, &inside));
                    app.focus_when_drawn(stays.clone());
                })
            };
            html! {
                <li class="cf-editor-condition-member" key={i}>
                    <fieldset class="cf-fieldset">
                        <legend class="cf-legend">{ app.ui_fill(Ui::EditorConditionNumber, &[("n", &n)]) }</legend>
                        <EditorCondition questionnaire={props.questionnaire.clone()} at={props.at.clone()}
                            prefix={props.prefix.clone()} described={props.described.clone()}
                            whole={whole.clone()} path={inside} />
                        <button type="button" class="cf-button cf-button-secondary cf-editor-condition-remove" {onclick}
                            aria-label={app.ui_fill(Ui::EditorConditionRemoveNumber, &[("n", &n)])}>
                            { app.ui(Ui::EditorConditionRemove) }
                        </button>
                    </fieldset>
                </li>
            }
        });
        let pair = Condition::All(vec![new_test.clone(), new_test.clone()]);
        return html! {
            <div class="cf-editor-condition-group">
                <div class="cf-field">
                    <label class="cf-label" for={join_id.clone()}>{ app.ui(if path.is_empty() { Ui::EditorShownWhen } else { Ui::EditorConditionJoin }) }</label>
                    <select class="cf-input" id={join_id} onchange={on_join} aria-describedby={props.described.clone()}>
                        <option value="all" selected={!any}>{ app.ui(Ui::EditorConditionAll) }</option>
                        <option value="any" selected={any}>{ app.ui(Ui::EditorConditionAny) }</option>
                    </select>
                </div>
                { not_box.unwrap_or_default() }
                <ol class="cf-editor-condition-members">{ for items }</ol>
                <div class="cf-editor-condition-actions">
                    { add_button(Ui::EditorConditionAdd, new_test, "add") }
                    { add_button(Ui::EditorConditionAddGroup, pair, "add-group") }
                </div>
            </div>
        };
    }
    let on_leaf = {
        let (app, at, whole, path) = (app.clone(), props.at.clone(), whole.clone(), path.clone());
        Callback::from(move |changed: Option<Condition>| {
            let rebuilt = match (&whole, changed) {
                // "Always", from the whole condition's own select.
                (_, None) => Some(None),
                (None, Some(test)) => Some(Some(test)),
                // The test changes; a `not` around it stays.
                (Some(w), Some(test)) => with_member(w, &path, |member| match member {
                    Condition::Not(_) => Condition::Not(Box::new(test.clone())),
                    _ => test.clone(),
                })
                .map(Some),
            };
            send(&app, &at, rebuilt);
        })
    };
    let whole_add = (path.is_empty() && member.is_some())
        .then(|| add_button(Ui::EditorConditionAddAnother, new_test, "add"));
    html! {
        <div class="cf-editor-condition">
            <EditorConditionLeaf questionnaire={props.questionnaire.clone()} at={props.at.clone()}
                prefix={AttrValue::from(prefix.clone())} described={props.described.clone()}
                condition={inner.cloned()} whole={path.is_empty()} send={on_leaf} />
            { not_box.unwrap_or_default() }
            { whole_add.unwrap_or_default() }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::member_prefix;

    #[test]
    fn the_whole_condition_keeps_the_parts_ids_and_members_get_their_own() {
        assert_eq!(member_prefix("editor-q2", &[]), "editor-q2");
        assert_eq!(member_prefix("editor-q2", &[1]), "editor-q2-c1");
        assert_eq!(member_prefix("editor-q2", &[1, 0]), "editor-q2-c1-0");
    }
}

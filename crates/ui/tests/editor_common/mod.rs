//! Shared by the tests of the Questionnaires page and its editor: a blank own questionnaire,
//! a state with it open in the editor, changes through the reducer, and the page rendered with
//! Yew's server renderer under the app's context.
#![allow(dead_code)]

use std::rc::Rc;

use client_fit_core::draft::Change;
use client_fit_core::model::{Lens, Questionnaire};
use client_fit_core::own::{Own, blank};
use client_fit_core::storage::Saved;
use client_fit_ui::components::QuestionnairesPage;
use client_fit_ui::context::AppContext;
use client_fit_ui::state::{Action, State, View};
use yew::prelude::*;

use crate::common;

pub(crate) use crate::common::WORDS;

/// A blank screening questionnaire with this id, in English.
pub(crate) fn mine(id: &str) -> Questionnaire {
    blank(id, "en", Lens::Screen, &WORDS)
}

/// The app on the Questionnaires page with these own questionnaires kept.
pub(crate) fn with_own(own: Vec<Own>) -> Rc<State> {
    with_own_in(own, "en")
}

/// [`with_own`], with the interface in `language`.
pub(crate) fn with_own_in(own: Vec<Own>, language: &str) -> Rc<State> {
    let mut start = (*common::start(7, language)).clone();
    start.view = View::Questionnaires;
    Rc::new(State::restore(
        start,
        Saved {
            profile_asked: true,
            own,
            ..Saved::new()
        },
    ))
}

/// The app with these own questionnaires kept and the one with `id` open in the editor.
pub(crate) fn editing(own: Vec<Own>, id: &str) -> Rc<State> {
    with_own(own).reduce(Action::EditOwn(Some(id.into())))
}

/// The app with one blank questionnaire, `a`, open in the editor.
pub(crate) fn editing_blank() -> Rc<State> {
    editing(vec![Own::kept(mine("a"), 1.0)], "a")
}

/// The state after `change` to the questionnaire open in the editor.
pub(crate) fn change(state: Rc<State>, change: Change) -> Rc<State> {
    state.reduce(Action::ChangeOwn {
        change,
        now_ms: 50.0,
    })
}

/// The questionnaire open in the editor.
pub(crate) fn open(state: &State) -> &Questionnaire {
    &state.screen.editing.as_ref().unwrap().questionnaire
}

#[derive(Properties, PartialEq)]
pub(crate) struct HostProps {
    pub(crate) state: Rc<State>,
}

/// The Questionnaires page under the app's context, from a state built by the reducer.
#[component]
pub(crate) fn Host(props: &HostProps) -> Html {
    let first = props.state.clone();
    let state = use_reducer(move || (*first).clone());
    html! {
        <ContextProvider<AppContext> context={AppContext { state, root: NodeRef::default() }}>
            <QuestionnairesPage />
        </ContextProvider<AppContext>>
    }
}

/// The Questionnaires page as `state` draws it.
pub(crate) async fn render(state: Rc<State>) -> String {
    yew::LocalServerRenderer::<Host>::with_props(HostProps { state })
        .hydratable(false)
        .render()
        .await
}

/// The opening tag of the first element with `class`.
pub(crate) fn tag_of<'a>(html: &'a str, class: &str) -> &'a str {
    let at = html.find(class).unwrap();
    let start = html[..at].rfind('<').unwrap();
    &html[start..at + html[at..].find('>').unwrap()]
}

/// The opening tag of the element with this id.
pub(crate) fn tag<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html
        .find(&format!(r#"id="{id}""#))
        .unwrap_or_else(|| panic!("no {id} in {html}"));
    let start = html[..at].rfind('<').unwrap();
    &html[start..at + html[at..].find('>').unwrap()]
}

/// Every `<input` and `<select` has an id that a `<label for>` names.
pub(crate) fn every_field_labelled(html: &str) {
    for (i, _) in html
        .match_indices("<input")
        .chain(html.match_indices("<select"))
    {
        let tag = &html[i..i + html[i..].find('>').unwrap()];
        let id = tag
            .split("id=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        assert!(html.contains(&format!("for=\"{id}\"")), "no label for {id}");
    }
}

/// The text of the `<label for=id>`, tags left out.
pub(crate) fn label(html: &str, id: &str) -> String {
    let at = html
        .find(&format!(r#"for="{id}""#))
        .unwrap_or_else(|| panic!("no label for {id}"));
    let inner = &html[at + html[at..].find('>').unwrap() + 1..];
    let inner = &inner[..inner.find("</label>").unwrap()];
    let mut text = String::new();
    let mut in_tag = false;
    for c in inner.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

/// The `<select>` with this id, up to its end.
pub(crate) fn select<'a>(html: &'a str, id: &str) -> &'a str {
    let from = &html[html
        .find(&format!(r#"id="{id}""#))
        .unwrap_or_else(|| panic!("no {id}"))..];
    &from[..from.find("</select>").unwrap()]
}

/// The blank questionnaire with a question after its first for each of `added` (its text and
/// kind), in order: question 2, 3...
pub(crate) fn with_questions(added: &[(&str, client_fit_core::model::Kind)]) -> Rc<State> {
    let mut state = editing_blank();
    for (at, (text, kind)) in (1..).zip(added) {
        state = change(
            state,
            Change::AddQuestion {
                section: 0,
                at,
                text: (*text).into(),
            },
        );
        if *kind != client_fit_core::model::Kind::YesNo {
            state = change(
                state,
                Change::QuestionKind {
                    id: format!("question-{}", at + 1),
                    kind: *kind,
                },
            );
        }
    }
    state
}

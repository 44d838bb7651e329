//! The app state shared with every component, behind a hook that says clearly when it is used
//! outside the provider.

use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use client_fit_core::model::Questionnaire;
use client_fit_core::session::Session;
use client_fit_core::text::Text;
use client_fit_core::ui_text::{Ui, ui, ui_fill};

use super::device;
use super::state::{Action, State};
use client_fit_core::answers::Answer;

/// The reducer handle and the app's root element, shared through a context.
#[derive(Clone, PartialEq)]
pub struct AppContext {
    /// The state and its dispatcher.
    pub state: UseReducerHandle<State>,
    /// The app's outermost element: focus looks for ids from there, so it finds them inside a
    /// widget's shadow root as well as on the app's own page.
    pub root: NodeRef,
}

impl Deref for AppContext {
    type Target = UseReducerHandle<State>;

    fn deref(&self) -> &Self::Target {
        &self.state
    }
}

impl AppContext {
    /// Interface text in the current language.
    pub fn ui(&self, key: Ui) -> &'static str {
        ui(&self.records.language, key)
    }

    /// Interface text with placeholders filled.
    pub fn ui_fill(&self, key: Ui, values: &[(&str, &str)]) -> String {
        ui_fill(&self.records.language, key, values)
    }

    /// Questionnaire text in the current language, with the questionnaire's fallback.
    pub fn text(&self, questionnaire: &Questionnaire, text: &Text) -> AttrValue {
        AttrValue::from(
            text.get(&self.records.language, &questionnaire.default_language)
                .to_owned(),
        )
    }

    /// A callback that sets (or, with `None`, clears) the answer to one question.
    pub fn answer_setter(&self, question: &str) -> Callback<Option<Answer>> {
        let (app, question) = (self.clone(), question.to_owned());
        Callback::from(move |answer| {
            app.dispatch(Action::Answer {
                question: question.clone(),
                answer,
            })
        })
    }

    /// The element id of one part of a question (`help`, `number`, `unknown`...). Question ids
    /// cannot contain `.`, so `q.{question}.{part}` never collides across questions, and option
    /// parts (`o.{option}`, see `option_id`) never collide with the fixed ones.
    pub fn question_id(&self, question: &str, part: &str) -> AttrValue {
        self.id(&format!("q.{question}.{part}"))
    }

    /// The element id of an option's input.
    pub fn option_id(&self, question: &str, option: &str) -> AttrValue {
        self.question_id(question, &format!("o.{option}"))
    }

    /// Moves keyboard focus to the element with this id (see `id`), if it is shown.
    pub fn focus(&self, id: &str) {
        device::focus(id, &self.root);
    }

    /// Once a change just sent has been drawn, focuses the first of `ids` that is there and
    /// not disabled: after a move, the button pressed at the part's new place (or the other,
    /// at the top or the bottom); after an add or a removal, what took the place of the
    /// button pressed. The element may be new, so it is looked for after the draw.
    pub fn focus_when_drawn(&self, ids: Vec<AttrValue>) {
        let root = self.root.clone();
        crate::next_frame::after_ms(0, move || {
            let ids: Vec<&str> = ids.iter().map(AttrValue::as_str).collect();
            device::focus_first_enabled(&ids, &root)
        });
    }

    /// An element id unique to this widget on the page.
    pub fn id(&self, suffix: &str) -> AttrValue {
        AttrValue::from(format!("cf{}-{suffix}", self.setup.instance))
    }
}

/// The assessment in progress and its questionnaire, when one is open: what every part of an
/// assessment's pages draws from (they show nothing without one).
#[hook]
pub fn use_assessment() -> Option<(Rc<Session>, Rc<Questionnaire>)> {
    let app = use_app();
    app.flow.session.clone().zip(app.flow.questionnaire.clone())
}

/// The app context. Panics with a clear message outside `App`, which is a programming error.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>()
        .expect("use_app() must be called inside <App>, which provides the state")
}

//! The reducer's handlers for what is on screen besides the assessment: the page, the
//! start-over dialog and the notices.

use std::rc::Rc;

use super::{Notice, Screen, State, View};
use crate::address::Place;
use client_fit_core::session::Step;

impl State {
    /// Goes to a page.
    pub(super) fn show(self: Rc<Self>, view: View) -> Rc<Self> {
        if view == self.screen.view {
            return self;
        }
        self.with_screen(Screen {
            view,
            ..self.screen.clone()
        })
    }

    /// Where the app is, as far as page addresses go (see `crate::address`).
    pub fn place(&self) -> Place {
        match (self.screen.view, self.flow.session.as_deref()) {
            (View::Assess, None) => Place::Start,
            (View::Assess, Some(session)) => match (session.step, self.one_question_shown()) {
                (Step::Section(section), Some(question)) => Place::Question { section, question },
                (step, _) => Place::Step(step),
            },
            (view, _) => Place::Page(view),
        }
    }

    /// Goes where the browser's Back or Forward leads: a page, or a step of the assessment in
    /// progress. A step of an assessment no longer open, or the start page while one is in
    /// progress, is not reached: the app's effect then puts the address right.
    pub(super) fn arrive(self: Rc<Self>, place: Place) -> Rc<Self> {
        let arrived = Rc::new(State {
            screen: Screen {
                arrivals: self.screen.arrivals.wrapping_add(1),
                ..self.screen.clone()
            },
            ..(*self).clone()
        });
        match place {
            Place::Page(view) => arrived.show(view),
            Place::Start => arrived.show(View::Assess),
            // "Your terms first" is asked once: going back does not ask it again.
            Place::Step(Step::Terms) => arrived.show(View::Assess),
            Place::Step(step) if arrived.flow.session.is_some() => {
                arrived.show(View::Assess).go_to(step)
            }
            Place::Step(_) => arrived.show(View::Assess),
            Place::Question { section, question } if arrived.flow.session.is_some() => arrived
                .show(View::Assess)
                .go_to(Step::Section(section))
                .at_question(Some(question)),
            Place::Question { .. } => arrived.show(View::Assess),
        }
    }

    /// One question at a time, on a section: the index (in the section) of the question shown.
    pub fn one_question_shown(&self) -> Option<usize> {
        if !self.records.one_question {
            return None;
        }
        let session = self.flow.session.as_deref()?;
        let questionnaire = self.flow.questionnaire.as_deref()?;
        session.current_question(questionnaire, &self.records.profile, self.flow.question)
    }

    /// Opens or closes the "start over?" confirmation.
    pub(super) fn confirm_start_over(self: Rc<Self>, confirming: bool) -> Rc<Self> {
        if confirming == self.screen.confirming_start_over {
            return self;
        }
        self.with_screen(Screen {
            confirming_start_over: confirming,
            ..self.screen.clone()
        })
    }

    /// Shows a notice, once however often it is sent.
    pub(super) fn notify(self: Rc<Self>, notice: Notice) -> Rc<Self> {
        if self.screen.notices.contains(&notice) {
            return self;
        }
        self.with_screen(self.screen.clone().with_notice(notice))
    }

    /// Removes a notice.
    pub(super) fn dismiss(self: Rc<Self>, notice: &Notice) -> Rc<Self> {
        if !self.screen.notices.contains(notice) {
            return self;
        }
        let notices = (self.screen.notices.iter())
            .filter(|n| *n != notice)
            .cloned()
            .collect();
        self.with_screen(Screen {
            notices,
            ..self.screen.clone()
        })
    }
}

impl Screen {
    /// This screen with a notice added, unless it is already there.
    pub(super) fn with_notice(mut self, notice: Notice) -> Self {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
        self
    }
}

//! The app state and its one reducer. Every change goes through an `Action`; the reducer is
//! pure (saving to the device happens in an effect in `App`). Flow rules live in
//! `core::session`; this only wires them to the state.

use std::rc::Rc;

use yew::Reducible;

use crate::core::answers::{Answer, Blink};
use crate::core::lint::Problem;
use crate::core::model::Questionnaire;
use crate::core::profile::Profile;
use crate::core::session::{Session, Step};
use crate::core::storage::Saved;

/// Something the person should know that is not an error of theirs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Storage refused or full: answers live only in memory.
    StorageUnavailable,
    /// The saved data could not be read; it was set aside and the app started fresh.
    SavedDataDamaged,
}

/// The top-level pages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The questionnaire flow and its result.
    #[default]
    Assess,
    Profile,
    History,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub view: View,
    /// Makes element ids unique when several widgets share a page.
    pub instance: u32,
    /// The questionnaires on offer.
    pub catalogue: Rc<Vec<Rc<Questionnaire>>>,
    pub language: String,
    pub profile: Rc<Profile>,
    pub session: Option<Rc<Session>>,
    /// The questionnaire of `session`, from the catalogue.
    pub questionnaire: Option<Rc<Questionnaire>>,
    /// Problems of questionnaires that would not load.
    pub load_problems: Rc<Vec<Problem>>,
    pub confirming_start_over: bool,
    pub notices: Vec<Notice>,
}

/// What the app starts from, besides what the device saved.
#[derive(Clone, Debug, PartialEq)]
pub struct Start {
    /// The page to open on.
    pub view: View,
    pub instance: u32,
    pub catalogue: Rc<Vec<Rc<Questionnaire>>>,
    pub load_problems: Rc<Vec<Problem>>,
    pub language: String,
    pub notices: Vec<Notice>,
}

pub enum Action {
    SetLanguage(String),
    Show(View),
    SetProfile(Profile),
    Begin {
        questionnaire: String,
        client: String,
    },
    SetBlink(Blink),
    Answer {
        question: String,
        answer: Option<Answer>,
    },
    Next,
    Back,
    /// Jump to a step, from the review's list of unanswered questions.
    GoTo(Step),
    AskStartOver,
    CancelStartOver,
    StartOver,
    Notify(Notice),
    Dismiss(Notice),
}

impl State {
    /// The state at start-up, from what the device had saved.
    pub fn restore(start: Start, saved: Saved) -> Self {
        let mut state = State {
            view: start.view,
            instance: start.instance,
            catalogue: start.catalogue,
            language: saved.language.clone().unwrap_or(start.language),
            profile: Rc::new(saved.profile),
            session: None,
            questionnaire: None,
            load_problems: start.load_problems,
            confirming_start_over: false,
            notices: start.notices,
        };
        if let Some(session) = saved.session
            && let Some(questionnaire) = state.find(&session.questionnaire)
        {
            state.session = Some(Rc::new(session.repaired(&questionnaire)));
            state.questionnaire = Some(questionnaire);
        }
        state
    }

    /// A questionnaire of the catalogue by id.
    pub fn find(&self, id: &str) -> Option<Rc<Questionnaire>> {
        self.catalogue.iter().find(|q| q.id == id).cloned()
    }

    /// What is kept on the device.
    pub fn saved(&self) -> Saved {
        Saved {
            session: self.session.as_deref().cloned(),
            profile: (*self.profile).clone(),
            language: Some(self.language.clone()),
            ..Saved::new()
        }
    }

    fn with_session(self: &Rc<Self>, session: Session) -> Rc<Self> {
        if self.session.as_deref() == Some(&session) {
            return self.clone();
        }
        Rc::new(State {
            session: Some(Rc::new(session)),
            ..(**self).clone()
        })
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let current = self.session.as_deref().zip(self.questionnaire.as_deref());
        match action {
            Action::SetLanguage(language) if language != self.language => Rc::new(State {
                language,
                ..(*self).clone()
            }),
            Action::Show(view) if view != self.view => Rc::new(State {
                view,
                ..(*self).clone()
            }),
            Action::SetProfile(profile) if profile != *self.profile => Rc::new(State {
                profile: Rc::new(profile),
                ..(*self).clone()
            }),
            Action::Begin {
                questionnaire,
                client,
            } => match self.find(&questionnaire) {
                Some(questionnaire) => Rc::new(State {
                    session: Some(Rc::new(Session::new(&questionnaire, &client))),
                    questionnaire: Some(questionnaire),
                    ..(*self).clone()
                }),
                None => self,
            },
            Action::SetBlink(blink) => match current {
                Some((session, _)) => self.with_session(Session {
                    blink: Some(blink),
                    ..session.clone()
                }),
                None => self,
            },
            Action::Answer { question, answer } => match current {
                Some((session, questionnaire)) => {
                    self.with_session(session.answer(questionnaire, &question, answer))
                }
                None => self,
            },
            Action::Next => match current {
                Some((session, questionnaire)) => self.with_session(Session {
                    step: session.next(questionnaire, &self.profile),
                    ..session.clone()
                }),
                None => self,
            },
            Action::Back => match current {
                Some((session, questionnaire)) => self.with_session(Session {
                    step: session.back(questionnaire, &self.profile),
                    ..session.clone()
                }),
                None => self,
            },
            Action::GoTo(step) => match current {
                Some((session, questionnaire)) => self.with_session(
                    Session {
                        step,
                        ..session.clone()
                    }
                    .repaired(questionnaire),
                ),
                None => self,
            },
            Action::AskStartOver if !self.confirming_start_over => Rc::new(State {
                confirming_start_over: true,
                ..(*self).clone()
            }),
            Action::CancelStartOver if self.confirming_start_over => Rc::new(State {
                confirming_start_over: false,
                ..(*self).clone()
            }),
            Action::StartOver => Rc::new(State {
                session: None,
                questionnaire: None,
                confirming_start_over: false,
                ..(*self).clone()
            }),
            Action::Notify(notice) if !self.notices.contains(&notice) => {
                let mut notices = self.notices.clone();
                notices.push(notice);
                Rc::new(State {
                    notices,
                    ..(*self).clone()
                })
            }
            Action::Dismiss(notice) if self.notices.contains(&notice) => Rc::new(State {
                notices: self
                    .notices
                    .iter()
                    .copied()
                    .filter(|n| *n != notice)
                    .collect(),
                ..(*self).clone()
            }),
            _ => self,
        }
    }
}

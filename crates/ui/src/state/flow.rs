//! The reducer's handlers for the assessment in progress: beginning it, answering, moving
//! between steps, and starting over. The flow's rules are `core::session`'s; these only apply
//! them to the state.

use std::rc::Rc;

use client_fit_core::answers::{Answer, Blink};
use client_fit_core::condition::Visibility;
use client_fit_core::model::{Impression, Questionnaire};
use client_fit_core::session::{Session, Step, asks_terms_first};
#[cfg(feature = "consultant")]
use client_fit_core::small_map::SmallSet;
use client_fit_core::work::Work;

use super::{Flow, Records, Screen, State, TERMS_ENTRIES};

impl State {
    /// The session in progress and its questionnaire, when both are there.
    fn current(&self) -> Option<(&Session, &Questionnaire)> {
        self.flow
            .session
            .as_deref()
            .zip(self.flow.questionnaire.as_deref())
    }

    /// Begins a questionnaire of the catalogue for `client` ("Your terms first" before it
    /// when that is still to be asked).
    pub(super) fn begin(self: Rc<Self>, questionnaire: &str, client: &str) -> Rc<Self> {
        let Some(questionnaire) = self.find(questionnaire) else {
            return self;
        };
        let mut session = Session::new(&questionnaire, client);
        if self.asks_terms(&questionnaire) {
            session = session.with_terms_first();
        }
        #[cfg(feature = "consultant")]
        let this = {
            let mut state = (*self).clone();
            state.stamp_version(&mut session, &questionnaire);
            Rc::new(state)
        };
        #[cfg(not(feature = "consultant"))]
        let this = self;
        this.with_flow(Flow {
            session: Some(Rc::new(session)),
            questionnaire: Some(questionnaire),
            invalid_entries: Rc::default(),
            question: None,
            ..this.flow.clone()
        })
    }

    /// Sets the first impression, keeping the line on why.
    pub(super) fn set_impression(self: Rc<Self>, impression: Impression) -> Rc<Self> {
        self.edit_work(|w| {
            let why = w.blink.take().map(|b| b.why).unwrap_or_default();
            w.blink = Some(Blink { impression, why });
        })
    }

    /// Sets the line on why, keeping the impression (unsure until one is set).
    pub(super) fn set_blink_why(self: Rc<Self>, why: String) -> Rc<Self> {
        self.edit_work(|w| {
            let impression = w
                .blink
                .as_ref()
                .map_or(Impression::Unsure, |b| b.impression);
            w.blink = Some(Blink { impression, why });
        })
    }

    /// Adds or removes one option of a multiple-choice answer.
    pub(super) fn toggle_choice(self: Rc<Self>, question: &str, option: String) -> Rc<Self> {
        let Some((session, _)) = self.current() else {
            return self;
        };
        let mut chosen = match session.work.answers.get(question) {
            Some(Answer::Choices(ids)) => ids.clone(),
            _ => Vec::new(),
        };
        match chosen.iter().position(|c| *c == option) {
            Some(at) => {
                chosen.remove(at);
            }
            None => chosen.push(option),
        }
        self.answer(question, Some(Answer::Choices(chosen)))
    }

    /// Sets or clears an answer (the session drops answers its conditions now hide).
    pub(super) fn answer(self: Rc<Self>, question: &str, answer: Option<Answer>) -> Rc<Self> {
        let Some((session, questionnaire)) = self.current() else {
            return self;
        };
        let next = session.answer(questionnaire, question, answer);
        self.with_session(next)
    }

    /// The next question (one at a time) or the next step, unless an entry that does not
    /// read holds the person where it is (its error is shown).
    pub(super) fn next(self: Rc<Self>) -> Rc<Self> {
        if self.blocking_entry().is_some() {
            return self;
        }
        let Some((session, questionnaire)) = self.current() else {
            return self;
        };
        let profile = &self.records.profile;
        if self.records.one_question
            && let Some(question) =
                session.next_question(questionnaire, profile, self.flow.question)
        {
            return self.at_question(Some(question));
        }
        let next = Session {
            step: session.next(questionnaire, profile),
            ..session.clone()
        };
        self.with_session(next).at_question(None)
    }

    /// The question before (one at a time) or the step before; coming back to a section one
    /// question at a time lands on its last question.
    pub(super) fn back(self: Rc<Self>) -> Rc<Self> {
        let Some((session, questionnaire)) = self.current() else {
            return self;
        };
        let profile = &self.records.profile;
        if !self.records.one_question {
            let next = Session {
                step: session.back(questionnaire, profile),
                ..session.clone()
            };
            return self.with_session(next);
        }
        if let Some(question) =
            session.previous_question(questionnaire, profile, self.flow.question)
        {
            return self.at_question(Some(question));
        }
        let next = Session {
            step: session.back(questionnaire, profile),
            ..session.clone()
        };
        let last = match next.step {
            Step::Section(section) => (next.shown_questions(questionnaire, profile, section))
                .last()
                .copied(),
            _ => None,
        };
        self.with_session(next).at_question(last)
    }

    /// Jumps to a step (made valid for the answers as they are), at its first question.
    pub(super) fn go_to(self: Rc<Self>, step: Step) -> Rc<Self> {
        let Some((session, questionnaire)) = self.current() else {
            return self;
        };
        let next = Session {
            step,
            ..session.clone()
        }
        .repaired(questionnaire);
        self.with_session(next).at_question(None)
    }

    /// One question at a time: shows this question of the current section (`None`: its first).
    pub(super) fn at_question(self: Rc<Self>, question: Option<usize>) -> Rc<Self> {
        if self.flow.question == question {
            return self;
        }
        self.with_flow(Flow {
            question,
            ..self.flow.clone()
        })
    }

    /// Answers one question at a time, or shows whole sections, from the question shown.
    pub(super) fn set_one_question(self: Rc<Self>, one: bool) -> Rc<Self> {
        if self.records.one_question == one {
            return self;
        }
        Rc::new(State {
            records: Records {
                one_question: one,
                ..self.records.clone()
            },
            ..(*self).clone()
        })
    }

    /// One question at a time: after a single choice on `question`, the next one comes,
    /// unless the person has already moved (Back, another key) since.
    pub(super) fn advance_from(self: Rc<Self>, question: usize) -> Rc<Self> {
        let Some((session, questionnaire)) = self.current() else {
            return self;
        };
        let shown =
            session.current_question(questionnaire, &self.records.profile, self.flow.question);
        if !self.records.one_question || shown != Some(question) {
            return self;
        }
        self.next()
    }

    /// Marks a number field's typed text as reading or not.
    pub(super) fn set_entry_invalid(self: Rc<Self>, entry: String, invalid: bool) -> Rc<Self> {
        if self.flow.invalid_entries.contains(&entry) == invalid {
            return self;
        }
        let mut entries = (*self.flow.invalid_entries).clone();
        if invalid {
            entries.insert(entry);
        } else {
            entries.remove(&entry);
        }
        self.with_flow(Flow {
            invalid_entries: Rc::new(entries),
            ..self.flow.clone()
        })
    }

    /// Leaves "Your terms first" for the first impression; it is not asked again. Continuing
    /// is refused while a field there does not read; skipping never is.
    #[cfg(feature = "consultant")]
    pub(super) fn terms_done(self: Rc<Self>, skipped: bool) -> Rc<Self> {
        let Some((session, questionnaire)) = self.current() else {
            return self;
        };
        if session.step != Step::Terms || (!skipped && self.blocking_entry().is_some()) {
            return self;
        }
        let next = Session {
            step: session.next(questionnaire, &self.records.profile),
            ..session.clone()
        };
        Rc::new(State {
            records: Records {
                profile_asked: true,
                ..self.records.clone()
            },
            flow: Flow {
                session: Some(Rc::new(next)),
                invalid_entries: Rc::new(SmallSet::new()),
                question: None,
                ..self.flow.clone()
            },
            ..(*self).clone()
        })
    }

    /// Discards the assessment in progress. A widget has no start page: it begins its
    /// questionnaire afresh.
    pub(super) fn start_over(self: Rc<Self>) -> Rc<Self> {
        if self.flow.session.is_none() && !self.screen.confirming_start_over {
            return self;
        }
        let again = (self.setup.embedded.as_ref()).and_then(|e| self.find(&e.questionnaire));
        Rc::new(State {
            flow: Flow {
                session: again.as_ref().map(|q| Rc::new(Session::new(q, ""))),
                questionnaire: again,
                invalid_entries: Rc::default(),
                question: None,
                ..self.flow.clone()
            },
            screen: Screen {
                confirming_start_over: false,
                ..self.screen.clone()
            },
            ..(*self).clone()
        })
    }

    /// Ticks a safeguard of the result's checklist on or off.
    #[cfg(feature = "consultant")]
    pub(super) fn toggle_safeguard(self: Rc<Self>, id: String) -> Rc<Self> {
        self.edit_work(|w| match w.safeguards_done.iter().position(|d| *d == id) {
            Some(at) => {
                w.safeguards_done.remove(at);
            }
            None => w.safeguards_done.push(id),
        })
    }

    /// The state with an edit applied to the work of the session in progress (the same state
    /// when there is none, or the edit changes nothing).
    pub(super) fn edit_work(self: Rc<Self>, edit: impl FnOnce(&mut Work)) -> Rc<Self> {
        let Some((session, _)) = self.current() else {
            return self;
        };
        let mut next = session.clone();
        edit(&mut next.work);
        self.with_session(next)
    }

    /// The state with `session` in progress (the same state when it is the same).
    pub(super) fn with_session(self: Rc<Self>, session: Session) -> Rc<Self> {
        if self.flow.session.as_deref() == Some(&session) {
            return self;
        }
        self.with_flow(Flow {
            session: Some(Rc::new(session)),
            ..self.flow.clone()
        })
    }

    /// The first entry on the current step that does not read as a number in range: a shown
    /// question of the current section, or a field of "Your terms first". Next stops at it.
    pub fn blocking_entry(&self) -> Option<&str> {
        let invalid = &self.flow.invalid_entries;
        if invalid.is_empty() {
            return None;
        }
        let (session, questionnaire) = self.current()?;
        match session.step {
            Step::Section(index) => {
                let section = questionnaire.sections.get(index)?;
                let visibility =
                    Visibility::of(questionnaire, &session.work.answers, &self.records.profile);
                let first: usize = questionnaire.sections[..index]
                    .iter()
                    .map(|s| s.questions.len())
                    .sum();
                section
                    .questions
                    .iter()
                    .enumerate()
                    .filter(|(offset, _)| visibility.questions.get(first + offset) == Some(&true))
                    .map(|(_, q)| q.id.as_str())
                    .find(|id| invalid.contains(*id))
            }
            Step::Terms => TERMS_ENTRIES
                .into_iter()
                .find(|entry| invalid.contains(*entry)),
            Step::Blink | Step::Review | Step::Result => None,
        }
    }

    /// Whether beginning `questionnaire` now first asks "Your terms first".
    pub(super) fn asks_terms(&self, questionnaire: &Questionnaire) -> bool {
        asks_terms_first(
            questionnaire,
            &self.records.profile,
            self.records.profile_asked,
            self.setup.embedded.is_some(),
        )
    }
}

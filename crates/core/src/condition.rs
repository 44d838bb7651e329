//! Which sections and questions are shown, given the answers so far and the profile.
//! A hidden question's answer does not count, so visibility is worked out through the
//! chain of conditions. Pure: no browser imports.

use std::cell::OnceCell;

use super::answers::{Answer, Answers};
use super::id_table::IdTable;
use super::model::{Condition, Question, Questionnaire, Target};
use super::profile::Profile;

/// Whether each question (in questionnaire order) and each section is shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Visibility {
    /// One per question, in the order of
    /// [`Questionnaire::questions`](crate::model::Questionnaire::questions). A question in a
    /// hidden section is hidden.
    pub questions: Vec<bool>,
    /// One per section, in order.
    pub sections: Vec<bool>,
}

impl Visibility {
    /// Works out what is shown. An answer counts only if its question is shown and the answer
    /// [fits](Answer::fits) it, so a hidden or tampered answer opens nothing. A condition cycle
    /// (which the linter rejects) hides its members rather than looping.
    pub fn of(questionnaire: &Questionnaire, answers: &Answers, profile: &Profile) -> Self {
        let layout = Layout::new(questionnaire);
        if !layout.conditional.contains(&true) {
            return Visibility {
                questions: vec![true; layout.questions.len()],
                sections: vec![true; questionnaire.sections.len()],
            };
        }
        Self::with_layout(&layout, &layout.given(answers), profile)
    }

    /// The same, with the questionnaire's layout worked out beforehand (scoring keeps one for
    /// many sets of answers) and the answers already matched to questions.
    pub(crate) fn with_layout(
        layout: &Layout,
        given: &[Option<&Answer>],
        profile: &Profile,
    ) -> Self {
        let mut eval = Evaluator {
            layout,
            given,
            profile,
            question_memo: vec![Seen::NotYet; layout.questions.len()],
            section_memo: vec![Seen::NotYet; layout.questionnaire.sections.len()],
        };
        let sections = (0..layout.questionnaire.sections.len())
            .map(|s| eval.section_visible(s))
            .collect();
        // Most questions depend on nothing; they are shown without reading them again.
        let questions = (layout.conditional.iter().enumerate())
            .map(|(q, &conditional)| !conditional || eval.question_visible(q))
            .collect();
        Visibility {
            questions,
            sections,
        }
    }
}

/// The number a target stands for, or `None` when it names a profile field that is not set.
pub fn resolve(target: &Target, profile: &Profile) -> Option<f64> {
    match (target.value, target.profile) {
        (Some(value), _) => Some(value),
        (None, Some(field)) => profile
            .number(field)
            .map(|v| v * target.factor.unwrap_or(1.0)),
        (None, None) => None,
    }
}

/// The questions in order, the section of each, and (once needed) an index of their ids: what
/// visibility and scoring need besides the answers.
pub(crate) struct Layout<'a> {
    pub(crate) questionnaire: &'a Questionnaire,
    pub(crate) questions: Vec<&'a Question>,
    section_of: Vec<usize>,
    /// Whether the question or its section has a condition.
    conditional: Vec<bool>,
    ids: OnceCell<IdTable>,
}

impl<'a> Layout<'a> {
    pub(crate) fn new(questionnaire: &'a Questionnaire) -> Self {
        let count = questionnaire
            .sections
            .iter()
            .map(|s| s.questions.len())
            .sum();
        let mut questions = Vec::with_capacity(count);
        let mut section_of = Vec::with_capacity(count);
        let mut conditional = Vec::with_capacity(count);
        for (s, section) in questionnaire.sections.iter().enumerate() {
            for question in &section.questions {
                questions.push(question);
                section_of.push(s);
                conditional.push(section.show_if.is_some() || question.show_if.is_some());
            }
        }
        Layout {
            questionnaire,
            questions,
            section_of,
            conditional,
            ids: OnceCell::new(),
        }
    }

    /// The question ids, indexed.
    pub(crate) fn ids(&self) -> &IdTable {
        self.ids
            .get_or_init(|| IdTable::new(self.questions.iter().map(|q| q.id.as_str())))
    }

    /// The answers by question position; answers to questions that do not exist are dropped.
    pub(crate) fn given<'b>(&self, answers: &'b Answers) -> Vec<Option<&'b Answer>> {
        let ids = self.ids();
        let mut given = vec![None; self.questions.len()];
        // One pass over the answers through the index, rather than a search of the answers
        // (string comparisons all the way down) for every question.
        for (id, answer) in answers {
            if let Some(position) = ids.position(id) {
                given[position] = Some(answer);
            }
        }
        given
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Seen {
    NotYet,
    // Reached again while still being worked out: a cycle, which the linter rejects; treat the
    // member as hidden rather than recurse forever on a file that skipped the linter.
    InProgress,
    Done(bool),
}

struct Evaluator<'l, 'a, 'b> {
    layout: &'l Layout<'a>,
    /// The answers by question position.
    given: &'b [Option<&'b Answer>],
    profile: &'b Profile,
    question_memo: Vec<Seen>,
    section_memo: Vec<Seen>,
}

impl<'b> Evaluator<'_, '_, 'b> {
    fn section_visible(&mut self, s: usize) -> bool {
        match self.section_memo[s] {
            Seen::Done(visible) => return visible,
            Seen::InProgress => return false,
            Seen::NotYet => {}
        }
        self.section_memo[s] = Seen::InProgress;
        let layout = self.layout;
        let visible = match &layout.questionnaire.sections[s].show_if {
            Some(condition) => self.holds(condition),
            None => true,
        };
        self.section_memo[s] = Seen::Done(visible);
        visible
    }

    fn question_visible(&mut self, q: usize) -> bool {
        match self.question_memo[q] {
            Seen::Done(visible) => return visible,
            Seen::InProgress => return false,
            Seen::NotYet => {}
        }
        self.question_memo[q] = Seen::InProgress;
        let question = self.layout.questions[q];
        let visible = self.section_visible(self.layout.section_of[q])
            && match &question.show_if {
                Some(condition) => self.holds(condition),
                None => true,
            };
        self.question_memo[q] = Seen::Done(visible);
        visible
    }

    /// The answer to a question if it is shown and the answer fits it; hidden questions and
    /// tampered answers have no answer, so they open nothing.
    fn answer(&mut self, id: &str) -> Option<&'b Answer> {
        let q = self.layout.ids().position(id)?;
        if self.question_visible(q) {
            let question = self.layout.questions[q];
            self.given[q].filter(|a| a.fits(question))
        } else {
            None
        }
    }

    fn holds(&mut self, condition: &Condition) -> bool {
        match condition {
            Condition::Answered(id) => self.answer(id).is_some_and(Answer::is_known),
            Condition::Is { question, option } => self
                .answer(question)
                .is_some_and(|answer| answer_is(answer, option)),
            Condition::AnyOf { question, options } => self
                .answer(question)
                .is_some_and(|answer| options.iter().any(|option| answer_is(answer, option))),
            Condition::Compare { question, op, than } => {
                let value = match self.answer(question) {
                    Some(Answer::Number(n)) => *n,
                    Some(Answer::Scale(s)) => f64::from(*s),
                    _ => return false,
                };
                resolve(than, self.profile).is_some_and(|target| op.holds(value, target))
            }
            Condition::ProfileSet(field) => self.profile.number(*field).is_some(),
            Condition::FriendsPolicy(policy) => self.profile.friends_policy == *policy,
            Condition::All(all) => all.iter().all(|c| self.holds(c)),
            Condition::Any(any) => any.iter().any(|c| self.holds(c)),
            Condition::Not(inner) => !self.holds(inner),
        }
    }
}

/// Whether an answer is, or includes, the option (`yes`/`no` for yes/no questions).
pub fn answer_is(answer: &Answer, option: &str) -> bool {
    match answer {
        Answer::Choice(chosen) => chosen == option,
        Answer::Choices(chosen) => chosen.iter().any(|c| c == option),
        Answer::YesNo(yes) => option == if *yes { "yes" } else { "no" },
        _ => false,
    }
}

//! Which sections and questions are shown, given the answers so far and the profile.
//! A hidden question's answer does not count, so visibility is worked out through the
//! chain of conditions. Pure: no browser imports.

use std::collections::HashMap;

use super::answers::{Answer, Answers};
use super::model::{Condition, Question, Questionnaire, Target};
use super::profile::Profile;

/// Whether each question (in questionnaire order) and each section is shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Visibility {
    pub questions: Vec<bool>,
    pub sections: Vec<bool>,
}

impl Visibility {
    pub fn of(questionnaire: &Questionnaire, answers: &Answers, profile: &Profile) -> Self {
        let mut eval = Evaluator::new(questionnaire, answers, profile);
        let sections = (0..questionnaire.sections.len())
            .map(|s| eval.section_visible(s))
            .collect();
        let questions = (0..eval.section_of.len())
            .map(|q| eval.question_visible(q))
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

#[derive(Clone, Copy, PartialEq)]
enum Seen {
    NotYet,
    // Reached again while still being worked out: a cycle, which the linter rejects; treat the
    // member as hidden rather than recurse forever on a file that skipped the linter.
    InProgress,
    Done(bool),
}

struct Evaluator<'a> {
    questionnaire: &'a Questionnaire,
    answers: &'a Answers,
    profile: &'a Profile,
    /// Question id to position, built on the first condition that names a question: files
    /// without conditions, the common case, never pay for hashing every id.
    index: Option<HashMap<&'a str, usize>>,
    questions: Vec<&'a Question>,
    section_of: Vec<usize>,
    question_memo: Vec<Seen>,
    section_memo: Vec<Seen>,
}

impl<'a> Evaluator<'a> {
    fn new(questionnaire: &'a Questionnaire, answers: &'a Answers, profile: &'a Profile) -> Self {
        let mut questions = Vec::new();
        let mut section_of = Vec::new();
        for (s, section) in questionnaire.sections.iter().enumerate() {
            for question in &section.questions {
                questions.push(question);
                section_of.push(s);
            }
        }
        Evaluator {
            questionnaire,
            answers,
            profile,
            index: None,
            questions,
            question_memo: vec![Seen::NotYet; section_of.len()],
            section_memo: vec![Seen::NotYet; questionnaire.sections.len()],
            section_of,
        }
    }

    fn section_visible(&mut self, s: usize) -> bool {
        match self.section_memo[s] {
            Seen::Done(visible) => return visible,
            Seen::InProgress => return false,
            Seen::NotYet => {}
        }
        self.section_memo[s] = Seen::InProgress;
        let questionnaire = self.questionnaire;
        let visible = match &questionnaire.sections[s].show_if {
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
        let question = self.questions[q];
        let visible = self.section_visible(self.section_of[q])
            && match &question.show_if {
                Some(condition) => self.holds(condition),
                None => true,
            };
        self.question_memo[q] = Seen::Done(visible);
        visible
    }

    /// The answer to a question if it is shown and the answer fits it; hidden questions and
    /// tampered answers have no answer, so they open nothing.
    fn answer(&mut self, id: &str) -> Option<&'a Answer> {
        let questions = &self.questions;
        let index = self.index.get_or_insert_with(|| {
            let mut index = HashMap::with_capacity(questions.len());
            for (q, question) in questions.iter().enumerate() {
                // The first of a repeated id wins, as in `Questionnaire::question`.
                index.entry(question.id.as_str()).or_insert(q);
            }
            index
        });
        let q = *index.get(id)?;
        if self.question_visible(q) {
            let question = self.questions[q];
            self.answers.get(id).filter(|a| a.fits(question))
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
            Condition::AnyOf { question, options } => self.answer(question).is_some_and(|answer| {
                options.iter().any(|option| answer_is(answer, option))
            }),
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

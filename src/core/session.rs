//! One assessment in progress: which questionnaire, whose name, the first impression, the
//! answers and the step the person is on. Its methods return the next state, so the web shell's
//! reducer only delegates here. Pure: no browser imports.

use serde::{Deserialize, Serialize};

use super::answers::Answer;
use super::condition::Visibility;
use super::history::{Assessment, Work};
use super::model::{Kind, Lens, Questionnaire};
use super::profile::Profile;

/// Where the person is in the flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// The first impression, asked before any question (not on the intake lens: a prospect does
    /// not rate themselves).
    Blink,
    /// A section, by its index in the questionnaire.
    Section(usize),
    /// The list of unanswered questions before the result.
    Review,
    Result,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    #[serde(flatten)]
    pub work: Work,
    pub step: Step,
    /// The history id this assessment was saved as, so saving again updates it.
    #[serde(default)]
    pub saved_as: Option<String>,
}

/// How far along the person is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// 1-based position of the current section among the shown ones (0 before the first).
    pub section: usize,
    pub sections: usize,
    pub answered: usize,
    pub questions: usize,
}

impl Progress {
    pub fn percent(&self) -> usize {
        (self.answered * 100)
            .checked_div(self.questions)
            .unwrap_or(100)
    }
}

impl Session {
    pub fn new(questionnaire: &Questionnaire, client: &str) -> Self {
        Session {
            work: Work {
                questionnaire: questionnaire.id.clone(),
                client: client.trim().to_owned(),
                ..Work::default()
            },
            step: if questionnaire.lens == Lens::Intake {
                first_section(questionnaire)
            } else {
                Step::Blink
            },
            saved_as: None,
        }
    }

    /// Reopens a saved assessment at its result.
    pub fn from_assessment(assessment: &Assessment) -> Self {
        Session {
            work: assessment.work.clone(),
            step: Step::Result,
            saved_as: Some(assessment.id.clone()),
        }
    }

    /// A new assessment of the same client, starting from the earlier answers so only what
    /// changed needs changing.
    pub fn reassess(earlier: &Assessment, questionnaire: &Questionnaire) -> Self {
        let mut session = Session::new(questionnaire, &earlier.work.client);
        session.work.answers = earlier.work.answers.clone();
        session.work.previous = Some(earlier.id.clone());
        session
    }

    /// Indexes of the sections shown with the current answers.
    pub fn shown_sections(&self, questionnaire: &Questionnaire, profile: &Profile) -> Vec<usize> {
        let visibility = Visibility::of(questionnaire, &self.work.answers, profile);
        visibility
            .sections
            .iter()
            .enumerate()
            .filter(|(s, shown)| {
                // A shown section whose questions are all hidden is skipped as well.
                **shown && questions_of(questionnaire, *s).any(|q| visibility.questions[q])
            })
            .map(|(s, _)| s)
            .collect()
    }

    /// The step after this one: the next shown section, then the review, then the result.
    pub fn next(&self, questionnaire: &Questionnaire, profile: &Profile) -> Step {
        let shown = self.shown_sections(questionnaire, profile);
        match self.step {
            Step::Blink => shown.first().map_or(Step::Review, |s| Step::Section(*s)),
            Step::Section(current) => shown
                .iter()
                .find(|s| **s > current)
                .map_or(Step::Review, |s| Step::Section(*s)),
            Step::Review | Step::Result => Step::Result,
        }
    }

    /// The step before this one; the first step stays where it is.
    pub fn back(&self, questionnaire: &Questionnaire, profile: &Profile) -> Step {
        let shown = self.shown_sections(questionnaire, profile);
        let start = if questionnaire.lens == Lens::Intake {
            None
        } else {
            Some(Step::Blink)
        };
        let before = |current: usize| {
            shown
                .iter()
                .rev()
                .find(|s| **s < current)
                .map(|s| Step::Section(*s))
                .or(start)
        };
        match self.step {
            Step::Blink => Step::Blink,
            Step::Section(current) => before(current).unwrap_or(Step::Section(current)),
            Step::Review => before(usize::MAX).unwrap_or(Step::Review),
            Step::Result => Step::Review,
        }
    }

    /// Sets or clears (with `None`) an answer. Unknown question ids are ignored.
    pub fn answer(
        &self,
        questionnaire: &Questionnaire,
        question: &str,
        answer: Option<Answer>,
    ) -> Self {
        let mut next = self.clone();
        if questionnaire.question(question).is_some() {
            match answer {
                Some(answer) => next.work.answers.insert(question.to_owned(), answer),
                None => next.work.answers.remove(question),
            };
        }
        next
    }

    /// Shown, non-note questions with no answer at all ("don't know" counts as answered here:
    /// the person made a choice).
    pub fn unanswered<'q>(
        &self,
        questionnaire: &'q Questionnaire,
        profile: &Profile,
    ) -> Vec<&'q str> {
        let visibility = Visibility::of(questionnaire, &self.work.answers, profile);
        questionnaire
            .questions()
            .enumerate()
            .filter(|(i, (_, q))| {
                visibility.questions[*i]
                    && q.kind != Kind::Text
                    && !self.work.answers.contains_key(&q.id)
            })
            .map(|(_, (_, q))| q.id.as_str())
            .collect()
    }

    pub fn progress(&self, questionnaire: &Questionnaire, profile: &Profile) -> Progress {
        let visibility = Visibility::of(questionnaire, &self.work.answers, profile);
        let shown = self.shown_sections(questionnaire, profile);
        let questions: Vec<&str> = questionnaire
            .questions()
            .enumerate()
            .filter(|(i, (_, q))| visibility.questions[*i] && q.kind != Kind::Text)
            .map(|(_, (_, q))| q.id.as_str())
            .collect();
        let answered = questions
            .iter()
            .filter(|q| self.work.answers.contains_key(**q))
            .count();
        let section = match self.step {
            Step::Section(current) => shown
                .iter()
                .position(|s| *s == current)
                .map_or(0, |p| p + 1),
            Step::Review | Step::Result => shown.len(),
            Step::Blink => 0,
        };
        Progress {
            section,
            sections: shown.len(),
            answered,
            questions: questions.len(),
        }
    }

    /// Brings a restored session back to a step that exists (a questionnaire may have changed).
    pub fn repaired(mut self, questionnaire: &Questionnaire) -> Self {
        if let Step::Section(s) = self.step
            && s >= questionnaire.sections.len()
        {
            self.step = Step::Review;
        }
        if self.step == Step::Blink && questionnaire.lens == Lens::Intake {
            self.step = first_section(questionnaire);
        }
        self
    }
}

fn first_section(questionnaire: &Questionnaire) -> Step {
    if questionnaire.sections.is_empty() {
        Step::Review
    } else {
        Step::Section(0)
    }
}

/// Flat indexes of the questions of section `s`.
fn questions_of(questionnaire: &Questionnaire, s: usize) -> impl Iterator<Item = usize> {
    let start: usize = questionnaire.sections[..s]
        .iter()
        .map(|x| x.questions.len())
        .sum();
    start..start + questionnaire.sections[s].questions.len()
}

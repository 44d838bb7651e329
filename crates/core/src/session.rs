//! One assessment in progress: which questionnaire, whose name, the first impression, the
//! answers and the step the person is on. Its methods return the next state, so the web shell's
//! reducer only delegates here. Pure: no browser imports.

use serde::{Deserialize, Serialize};

use super::answers::Answer;
use super::condition::Visibility;
use super::history::Assessment;
use super::model::{Kind, Lens, Question, Questionnaire};
use super::outcome::FollowUp;
use super::profile::{Profile, ProfileField};
use super::work::Work;

/// Where the person is in the flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// "Your terms first": the profile values scoring compares with, asked once before the first
    /// screening or check-up (see `asks_terms_first`); it leads to the first impression.
    Terms,
    /// The first impression, asked before any question (not on the intake lens: a prospect does
    /// not rate themselves).
    Blink,
    /// A section, by its index in the questionnaire.
    Section(usize),
    /// The list of unanswered questions before the result.
    Review,
    /// The verdict, score and what to do next.
    Result,
}

/// The assessment in progress: what was said so far and where the person is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// What it is about and what was said, stored flat in its JSON.
    #[serde(flatten)]
    pub work: Work,
    /// The step shown.
    pub step: Step,
    /// The history id this assessment was saved as, so saving again updates it.
    #[serde(default)]
    pub saved_as: Option<String>,
}

/// Where the person is, as the progress line says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// Before the questions: "Your terms first" or the first impression.
    BeforeQuestions,
    /// In a section: its 1-based position among the sections counted (never 0).
    Section(usize),
    /// Past the questions: the review or the result.
    AfterQuestions,
}

/// How far along the person is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Where the person is. A place of its own before and after the sections, rather than a
    /// section number 0, which a progress line would print as "Section 0 of 6".
    pub place: Place,
    /// How many sections are counted: those shown with the current answers, and the current
    /// one if an answer or the profile has hidden it meanwhile (the person is still on it).
    pub sections: usize,
    /// How many of the shown questions are answered.
    pub answered: usize,
    /// How many questions are shown (notes left out).
    pub questions: usize,
}

impl Progress {
    /// The share of shown questions answered, 0 to 100 (100 when none are shown).
    pub fn percent(&self) -> usize {
        (self.answered * 100)
            .checked_div(self.questions)
            .unwrap_or(100)
    }

    /// How far through the steps, 0 to 100: 0 before the questions, a step further with each
    /// section, 100 past them. What a re-assessment's bar shows: it starts with every earlier
    /// answer in place, so the share answered is 100 from its first step and says nothing of
    /// how far the person has come.
    pub fn through_percent(&self) -> usize {
        match self.place {
            Place::BeforeQuestions => 0,
            Place::Section(n) => n * 100 / (self.sections + 1),
            Place::AfterQuestions => 100,
        }
    }
}

impl Session {
    /// A new assessment of `questionnaire` for `client` (trimmed), at its first step: the first
    /// impression, or the first section of a prospect's intake.
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

    /// The indexes, within section `section`, of its questions the current answers show.
    pub fn shown_questions(
        &self,
        questionnaire: &Questionnaire,
        profile: &Profile,
        section: usize,
    ) -> Vec<usize> {
        if section >= questionnaire.sections.len() {
            return Vec::new();
        }
        let visibility = Visibility::of(questionnaire, &self.work.answers, profile);
        questions_of(questionnaire, section)
            .enumerate()
            .filter(|(_, q)| visibility.questions[*q])
            .map(|(offset, _)| offset)
            .collect()
    }

    /// One question at a time: the question shown on the current section when the person was
    /// at `at` (an index within the section; `None`: its start). `at` itself when it is shown,
    /// else the next shown question, else the last one (answers can hide the question the
    /// person was on). `None` off a section or when it shows nothing.
    pub fn current_question(
        &self,
        questionnaire: &Questionnaire,
        profile: &Profile,
        at: Option<usize>,
    ) -> Option<usize> {
        self.shown_and_current(questionnaire, profile, at)
            .map(|(_, current)| current)
    }

    /// One question at a time: the shown question after the current one on this section, or
    /// `None` when the next step comes instead.
    pub fn next_question(
        &self,
        questionnaire: &Questionnaire,
        profile: &Profile,
        at: Option<usize>,
    ) -> Option<usize> {
        let (shown, current) = self.shown_and_current(questionnaire, profile, at)?;
        shown.into_iter().find(|q| *q > current)
    }

    /// One question at a time: the shown question before the current one on this section, or
    /// `None` when the step before comes instead.
    pub fn previous_question(
        &self,
        questionnaire: &Questionnaire,
        profile: &Profile,
        at: Option<usize>,
    ) -> Option<usize> {
        let (shown, current) = self.shown_and_current(questionnaire, profile, at)?;
        shown.into_iter().rev().find(|q| *q < current)
    }

    /// On a section: its shown questions and the one shown one at a time (see
    /// `current_question`).
    fn shown_and_current(
        &self,
        questionnaire: &Questionnaire,
        profile: &Profile,
        at: Option<usize>,
    ) -> Option<(Vec<usize>, usize)> {
        let Step::Section(section) = self.step else {
            return None;
        };
        let shown = self.shown_questions(questionnaire, profile, section);
        let at = at.unwrap_or(0);
        let current = *shown.iter().find(|q| **q >= at).or(shown.last())?;
        Some((shown, current))
    }

    /// This session starting at "Your terms first" instead of the first impression.
    pub fn with_terms_first(mut self) -> Self {
        if self.step == Step::Blink {
            self.step = Step::Terms;
        }
        self
    }

    /// The step after this one: the next shown section, then the review, then the result.
    pub fn next(&self, questionnaire: &Questionnaire, profile: &Profile) -> Step {
        let shown = self.shown_sections(questionnaire, profile);
        match self.step {
            Step::Terms if questionnaire.lens == Lens::Intake => first_section(questionnaire),
            Step::Terms => Step::Blink,
            Step::Blink => shown.first().map_or(Step::Review, |s| Step::Section(*s)),
            Step::Section(current) => shown
                .iter()
                .find(|s| **s > current)
                .map_or(Step::Review, |s| Step::Section(*s)),
            // The result waits for the required questions.
            Step::Review if !self.missing_required(questionnaire, profile).is_empty() => {
                Step::Review
            }
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
            // The terms are asked once: the first impression does not lead back to them.
            Step::Terms => Step::Terms,
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
        self.shown_where(questionnaire, profile, |q| {
            q.kind != Kind::Text && !self.work.answers.contains_key(&q.id)
        })
    }

    /// Shown required questions without a real answer ("I don't know yet", no choice and an
    /// empty text do not count), in questionnaire order: the result waits for them.
    pub fn missing_required<'q>(
        &self,
        questionnaire: &'q Questionnaire,
        profile: &Profile,
    ) -> Vec<&'q str> {
        self.shown_where(questionnaire, profile, |q| {
            q.required
                && match self.work.answers.get(&q.id) {
                    None | Some(Answer::Unknown) => true,
                    Some(Answer::Choices(chosen)) => chosen.is_empty(),
                    Some(Answer::Text(text)) => text.trim().is_empty(),
                    Some(_) => false,
                }
        })
    }

    /// The ids of the shown questions that `keep` keeps, in questionnaire order.
    fn shown_where<'q>(
        &self,
        questionnaire: &'q Questionnaire,
        profile: &Profile,
        keep: impl Fn(&Question) -> bool,
    ) -> Vec<&'q str> {
        let visibility = Visibility::of(questionnaire, &self.work.answers, profile);
        questionnaire
            .questions()
            .enumerate()
            .filter(|(i, (_, q))| visibility.questions[*i] && keep(q))
            .map(|(_, (_, q))| q.id.as_str())
            .collect()
    }

    /// How far along the person is, for the progress bar.
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
        // A section an answer (or the profile) has hidden while the person is on it still
        // counts, in its place, so the line never reads "Section 0".
        let (place, sections) = match self.step {
            Step::Section(current) => {
                let before = shown.iter().filter(|s| **s < current).count();
                let hidden = !shown.contains(&current);
                (
                    Place::Section(before + 1),
                    shown.len() + usize::from(hidden),
                )
            }
            Step::Review | Step::Result => (Place::AfterQuestions, shown.len()),
            Step::Terms | Step::Blink => (Place::BeforeQuestions, shown.len()),
        };
        Progress {
            place,
            sections,
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
        if matches!(self.step, Step::Terms | Step::Blink) && questionnaire.lens == Lens::Intake {
            self.step = first_section(questionnaire);
        }
        self
    }
}

impl Assessment {
    /// An assessment of the session's answers, created and updated now. Here rather than in
    /// `history`, so that `history` need not know the session.
    pub fn from_session(id: String, session: &Session, now_ms: f64) -> Self {
        Assessment {
            id,
            created_ms: now_ms,
            updated_ms: now_ms,
            work: session.work.clone(),
            follow: FollowUp::default(),
        }
    }
}

/// Whether beginning this questionnaire first asks for the terms scoring compares with: only a
/// screening or a check-up (the consultant's own lenses), never in a widget, and only while the
/// terms were never asked (filled or skipped) and none of them is set.
pub fn asks_terms_first(
    questionnaire: &Questionnaire,
    profile: &Profile,
    asked: bool,
    embedded: bool,
) -> bool {
    let terms_set = !profile.currency.trim().is_empty()
        || [
            ProfileField::MinBudget,
            ProfileField::DepositPercent,
            ProfileField::PaymentDays,
            ProfileField::ReplyHours,
        ]
        .into_iter()
        .any(|field| profile.number(field).is_some());
    matches!(questionnaire.lens, Lens::Screen | Lens::Checkup) && !embedded && !asked && !terms_set
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::minimal;

    #[test]
    fn the_terms_are_asked_on_the_consultant_s_lenses_once_while_none_is_set() {
        let mut q = minimal();
        let empty = Profile::default();
        assert!(asks_terms_first(&q, &empty, false, false));
        assert!(!asks_terms_first(&q, &empty, true, false), "asked before");
        assert!(!asks_terms_first(&q, &empty, false, true), "in a widget");
        let set = Profile {
            reply_hours: Some(24.0),
            ..Profile::default()
        };
        assert!(!asks_terms_first(&q, &set, false, false), "already set");
        // A term that is not a number a rule compares with does not count as set.
        let named = Profile {
            name: "Vega".into(),
            min_weeks: Some(2.0),
            ..Profile::default()
        };
        assert!(asks_terms_first(&q, &named, false, false));
        q.lens = Lens::Checkup;
        assert!(asks_terms_first(&q, &empty, false, false));
        q.lens = Lens::Intake;
        assert!(
            !asks_terms_first(&q, &empty, false, false),
            "a prospect's intake"
        );
    }

    #[test]
    fn the_terms_lead_to_the_first_impression_and_are_not_returned_to() {
        let q = minimal();
        let profile = Profile::default();
        let session = Session::new(&q, "Acme").with_terms_first();
        assert_eq!(session.step, Step::Terms);
        assert_eq!(session.back(&q, &profile), Step::Terms);
        assert_eq!(session.next(&q, &profile), Step::Blink);
        assert_eq!(session.progress(&q, &profile).place, Place::BeforeQuestions);
        let blink = Session {
            step: Step::Blink,
            ..session.clone()
        };
        assert_eq!(blink.back(&q, &profile), Step::Blink);
        // Only a session that starts at the first impression starts at the terms instead.
        let later = Session {
            step: Step::Section(0),
            ..session
        }
        .with_terms_first();
        assert_eq!(later.step, Step::Section(0));
        // A saved step on the terms of an intake (never asked there) is repaired.
        let mut intake = minimal();
        intake.lens = Lens::Intake;
        let repaired = Session::new(&q, "").with_terms_first().repaired(&intake);
        assert_eq!(repaired.step, Step::Section(0));
    }

    #[test]
    fn a_reassessment_starts_fully_answered_before_the_questions_never_in_section_0() {
        let q = minimal();
        let profile = Profile::default();
        let mut earlier = Assessment::new("1", "minimal", "Acme", 5.0);
        earlier.work.answers = [
            ("budget", Answer::Number(4000.0)),
            ("pays_on_time", Answer::Choice("late".into())),
            ("threatened", Answer::YesNo(false)),
            ("respect", Answer::Scale(4)),
        ]
        .into_iter()
        .map(|(id, a)| (id.to_owned(), a))
        .collect();
        let mut session = Session::reassess(&earlier, &q);
        assert_eq!(session.step, Step::Blink);
        // Every earlier answer is in place: the share answered says nothing of how far along
        // the person is, the steps do.
        let at = |session: &Session| session.progress(&q, &profile);
        let first = at(&session);
        assert_eq!(first.place, Place::BeforeQuestions);
        assert_eq!(
            (first.answered, first.questions, first.percent()),
            (4, 4, 100)
        );
        assert_eq!(first.through_percent(), 0);
        session.step = session.next(&q, &profile);
        let section = at(&session);
        assert_eq!((section.place, section.sections), (Place::Section(1), 1));
        assert_eq!(section.through_percent(), 50);
        session.step = Step::Review;
        assert_eq!(at(&session).place, Place::AfterQuestions);
        assert_eq!(at(&session).through_percent(), 100);
    }

    #[test]
    fn a_section_hidden_while_the_person_is_on_it_keeps_its_place() {
        let (catalogue, _) = crate::builtin::catalogue();
        let q = catalogue
            .iter()
            .find(|q| q.id == "screen")
            .expect("the screening is built in");
        let profile = Profile::default();
        let friends = q
            .sections
            .iter()
            .position(|s| s.id == "friends")
            .expect("a friends section");
        let mut session = Session::new(q, "Acme");
        session
            .work
            .answers
            .insert("friend".into(), Answer::YesNo(true));
        session.step = Step::Section(friends);
        let shown = session.shown_sections(q, &profile).len();
        let progress = session.progress(q, &profile);
        assert_eq!(
            (progress.place, progress.sections),
            (Place::Section(shown), shown)
        );
        // "Not a friend" after all, answered in another tab: the section is hidden, the person
        // is still on it, and it is still counted where it was.
        session
            .work
            .answers
            .insert("friend".into(), Answer::YesNo(false));
        assert_eq!(session.shown_sections(q, &profile).len(), shown - 1);
        let progress = session.progress(q, &profile);
        assert_eq!(
            (progress.place, progress.sections),
            (Place::Section(shown), shown)
        );
        for step in (0..q.sections.len()).map(Step::Section) {
            let place = Session {
                step,
                ..session.clone()
            }
            .progress(q, &profile)
            .place;
            assert_ne!(place, Place::Section(0), "{step:?}");
        }
    }

    #[test]
    fn from_session_copies_the_answers_and_stamps_the_time() {
        let mut session = Session::new(&minimal(), "Acme");
        session.work.answers = [("respect".to_owned(), Answer::Scale(4))]
            .into_iter()
            .collect();
        session.step = Step::Result;
        let a = Assessment::from_session("9".into(), &session, 42.0);
        assert_eq!((a.created_ms, a.updated_ms), (42.0, 42.0));
        assert_eq!((a.work.client.as_str(), a.work.answers.len()), ("Acme", 1));
        assert_eq!(a.verdict(Some("strong_fit")), Some("strong_fit"));
    }
}

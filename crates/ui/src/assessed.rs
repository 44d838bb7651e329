//! The scored result of the assessment in progress, worked out once per change of what it
//! depends on (answers, first impression, questionnaire, profile) and shared by every part of
//! the page that shows it: a keystroke in the notes field does not score again, and the "what
//! would change" search runs once per result, not once per render.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use client_fit_core::answers::Answers;
use client_fit_core::explain::{Changes, what_would_change};
use client_fit_core::model::{Impression, Questionnaire};
use client_fit_core::profile::Profile;
use client_fit_core::scoring::{Outcome, assess};

/// One assessment's scored result, and its "what would change" search when first asked for.
#[derive(Debug)]
pub struct Assessed {
    /// The verdict, scores, flags and reasons.
    pub outcome: Outcome,
    changes: OnceCell<Changes>,
    inputs: Inputs,
}

impl Assessed {
    /// The answers that would move the verdict, searched on first use and kept.
    pub fn changes(&self, cache: &AssessedCache) -> &Changes {
        self.changes.get_or_init(|| {
            cache.searches.set(cache.searches.get() + 1);
            let inputs = &self.inputs;
            what_would_change(
                &inputs.questionnaire,
                &inputs.answers,
                inputs.impression,
                &inputs.profile,
                &self.outcome,
            )
        })
    }
}

/// What a result depends on. The questionnaire and profile are compared by identity: the
/// reducer replaces their `Rc`s whenever they change, and keeping them here keeps their
/// addresses from being reused.
#[derive(Debug)]
struct Inputs {
    questionnaire: Rc<Questionnaire>,
    profile: Rc<Profile>,
    answers: Answers,
    impression: Option<Impression>,
}

impl Inputs {
    fn same_as(&self, other: &Inputs) -> bool {
        Rc::ptr_eq(&self.questionnaire, &other.questionnaire)
            && Rc::ptr_eq(&self.profile, &other.profile)
            && self.impression == other.impression
            && self.answers == other.answers
    }
}

/// The last result worked out, kept across the reducer's states (each new state shares the
/// cache of the one before), with counts of the work done, which the tests read.
#[derive(Debug, Default)]
pub struct AssessedCache {
    last: RefCell<Option<Rc<Assessed>>>,
    scorings: Cell<u32>,
    searches: Cell<u32>,
}

impl AssessedCache {
    /// The result for these inputs: the kept one when nothing it depends on changed.
    pub fn get(
        &self,
        questionnaire: &Rc<Questionnaire>,
        profile: &Rc<Profile>,
        answers: &Answers,
        impression: Option<Impression>,
    ) -> Rc<Assessed> {
        let inputs = Inputs {
            questionnaire: questionnaire.clone(),
            profile: profile.clone(),
            answers: answers.clone(),
            impression,
        };
        if let Some(kept) = &*self.last.borrow()
            && kept.inputs.same_as(&inputs)
        {
            return kept.clone();
        }
        self.scorings.set(self.scorings.get() + 1);
        let outcome = assess(questionnaire, answers, impression, profile);
        let assessed = Rc::new(Assessed {
            outcome,
            changes: OnceCell::new(),
            inputs,
        });
        *self.last.borrow_mut() = Some(assessed.clone());
        assessed
    }

    /// How many times the scorer has run through this cache.
    pub fn scorings(&self) -> u32 {
        self.scorings.get()
    }

    /// How many times the "what would change" search has run through this cache.
    pub fn searches(&self) -> u32 {
        self.searches.get()
    }
}

/// A cache is working memory, not state: two states are equal whatever their caches hold.
impl PartialEq for AssessedCache {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

//! The next three steps a result leads with: what its verdict says to do, the letter to send,
//! then what to find out and which safeguards to put in place. The result page shows them on
//! top, so the person knows what to do without reading further.

use crate::model::{Impression, Questionnaire};
use crate::scoring::{Outcome, Reason, Standing};

/// How many steps a result leads with.
pub const SHOWN: usize = 3;

/// One thing to do next, by what it points at in the questionnaire.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NextStep {
    /// Do what the verdict's tier says (its `next` text), by the tier's id.
    Verdict(String),
    /// Send this letter (its id): the first one the tier offers.
    SendLetter(String),
    /// Name what the first impression saw, then look for the facts: a bad impression that
    /// nothing backs yet.
    NameWhatYouSaw,
    /// Find out the answer to this question (its id).
    FindOut(String),
    /// Put this safeguard (its id) in place.
    Safeguard(String),
}

/// The first [`SHOWN`] steps for `outcome`. With a verdict: its advice, its first letter,
/// then the questions to find out and the safeguards not yet done. Without one (too little
/// known), finding out comes first: the verdict has nothing to say yet.
pub fn next_steps(
    questionnaire: &Questionnaire,
    outcome: &Outcome,
    impression: Option<Impression>,
    safeguards_done: &[String],
) -> Vec<NextStep> {
    let band = (outcome.verdict.as_deref())
        .filter(|_| outcome.standing != Standing::NotEnough)
        .and_then(|id| questionnaire.verdict(id));
    let gut_unbacked = impression == Some(Impression::Bad)
        && outcome
            .reasons
            .iter()
            .any(|r| matches!(r, Reason::FirstImpression { backed: false, .. }));

    let mut steps = Vec::new();
    if let Some(band) = band {
        steps.push(NextStep::Verdict(band.id.clone()));
        let letter = (band.letters.iter()).find(|id| questionnaire.letter(id).is_some());
        steps.extend(letter.cloned().map(NextStep::SendLetter));
    }
    if gut_unbacked {
        steps.push(NextStep::NameWhatYouSaw);
    }
    let find_out = (outcome.unknowns.iter())
        .filter(|id| questionnaire.question(id).is_some())
        .cloned()
        .map(NextStep::FindOut);
    let safeguards = (outcome.safeguards.iter())
        .filter(|id| questionnaire.safeguard(id).is_some() && !safeguards_done.contains(id))
        .cloned()
        .map(NextStep::Safeguard);
    steps.extend(find_out.chain(safeguards));
    steps.truncate(SHOWN);
    steps
}

//! The texts and settings of questions, sections and warning signs that the editor's draft
//! changes besides their main words: a question's help line, its "find out" note and whether
//! it offers "I don't know yet", a scale's end labels, a number's unit and bounds, a section's
//! intro, and a warning sign's safeguards, cap and letter line. Texts are written in the
//! language written in ([`Writing`]); [`super::Draft::change`] refuses a setting that would add
//! a linter error. Pure: no browser imports.

use super::{Writing, question_mut};
use crate::edit::EditError;
use crate::lint::{Level, Problem, ProblemKind};
use crate::model::{FlagDef, NumberSpec, Questionnaire, Scale, Unit};

/// One end of a scale question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScaleEnd {
    /// The label of 1.
    Low,
    /// The label of 5.
    High,
}

/// One bound of a number question's answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Bound {
    /// The smallest answer accepted.
    Min,
    /// The largest answer accepted.
    Max,
}

/// An optional text of a question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuestionNote {
    /// The line under the question that helps answer it.
    Help,
    /// What to find out when the answer is unknown.
    FindOut,
}

fn missing(what: String) -> EditError {
    EditError::NotFound(what)
}

/// Writes one of a question's optional texts (empty in the default language: none).
pub(super) fn set_note(
    q: &mut Questionnaire,
    id: &str,
    note: QuestionNote,
    words: &str,
    writing: Writing<'_>,
) -> Result<(), EditError> {
    let question = question_mut(q, id)?;
    let slot = match note {
        QuestionNote::Help => &mut question.help,
        QuestionNote::FindOut => &mut question.find_out,
    };
    writing.set_optional(slot, words);
    Ok(())
}

fn scale_mut<'a>(q: &'a mut Questionnaire, id: &str) -> Result<&'a mut Scale, EditError> {
    (question_mut(q, id)?.scale.as_mut())
        .ok_or_else(|| missing(format!("scale of question `{id}`")))
}

fn number_mut<'a>(q: &'a mut Questionnaire, id: &str) -> Result<&'a mut NumberSpec, EditError> {
    (question_mut(q, id)?.number.as_mut())
        .ok_or_else(|| missing(format!("number settings of question `{id}`")))
}

/// Writes the label of one end of a scale question.
pub(super) fn set_scale_label(
    q: &mut Questionnaire,
    id: &str,
    end: ScaleEnd,
    words: &str,
    writing: Writing<'_>,
) -> Result<(), EditError> {
    let scale = scale_mut(q, id)?;
    let text = match end {
        ScaleEnd::Low => &mut scale.low,
        ScaleEnd::High => &mut scale.high,
    };
    writing.set(text, words);
    Ok(())
}

/// Sets a number question's unit.
pub(super) fn set_unit(q: &mut Questionnaire, id: &str, unit: Unit) -> Result<(), EditError> {
    number_mut(q, id)?.unit = unit;
    Ok(())
}

/// Sets a number question's smallest or largest answer; a number that is not finite is
/// refused (a smallest above the largest is refused by the linter's error).
pub(super) fn set_bound(
    q: &mut Questionnaire,
    id: &str,
    bound: Bound,
    value: Option<f64>,
) -> Result<(), EditError> {
    if value.is_some_and(|n| !n.is_finite()) {
        return Err(EditError::Breaks(vec![Problem {
            level: Level::Error,
            kind: ProblemKind::Type,
            at: format!("question `{id}`"),
            line: None,
            column: None,
            message: "a bound must be a number".into(),
        }]));
    }
    let number = number_mut(q, id)?;
    match bound {
        Bound::Min => number.min = value,
        Bound::Max => number.max = value,
    }
    Ok(())
}

/// Writes a section's intro (empty in the default language: none).
pub(super) fn set_section_intro(
    q: &mut Questionnaire,
    section: usize,
    words: &str,
    writing: Writing<'_>,
) -> Result<(), EditError> {
    let at =
        (q.sections.get_mut(section)).ok_or_else(|| missing(format!("section {}", section + 1)))?;
    writing.set_optional(&mut at.intro, words);
    Ok(())
}

fn flag_mut<'a>(q: &'a mut Questionnaire, id: &str) -> Result<&'a mut FlagDef, EditError> {
    (q.flags.iter_mut().find(|f| f.id == id)).ok_or_else(|| missing(format!("flag `{id}`")))
}

/// Has the warning sign `flag` recommend (or no longer recommend) the defined `safeguard`;
/// recommended ones keep the order of the questionnaire's safeguards.
pub(super) fn recommend(
    q: &mut Questionnaire,
    flag: &str,
    safeguard: &str,
    recommended: bool,
) -> Result<(), EditError> {
    if q.safeguard(safeguard).is_none() {
        return Err(missing(format!("safeguard `{safeguard}`")));
    }
    let order: Vec<String> = q.safeguards.iter().map(|s| s.id.clone()).collect();
    let sign = flag_mut(q, flag)?;
    if sign.safeguards.iter().any(|s| s == safeguard) == recommended {
        return Ok(());
    }
    sign.safeguards.retain(|s| s != safeguard);
    if recommended {
        sign.safeguards.push(safeguard.to_owned());
        let place = |id: &String| order.iter().position(|o| o == id).unwrap_or(usize::MAX);
        sign.safeguards.sort_by_key(place);
    }
    Ok(())
}

/// Sets the best verdict tier a client with the warning sign `flag` can get (`None`: none).
pub(super) fn set_cap(
    q: &mut Questionnaire,
    flag: &str,
    tier: Option<&str>,
) -> Result<(), EditError> {
    if let Some(tier) = tier
        && q.verdict(tier).is_none()
    {
        return Err(missing(format!("verdict tier `{tier}`")));
    }
    flag_mut(q, flag)?.caps_at = tier.map(str::to_owned);
    Ok(())
}

/// Writes the line the warning sign `flag` adds to a letter (empty in the default language:
/// none).
pub(super) fn set_letter_line(
    q: &mut Questionnaire,
    flag: &str,
    words: &str,
    writing: Writing<'_>,
) -> Result<(), EditError> {
    writing.set_optional(&mut flag_mut(q, flag)?.letter_line, words);
    Ok(())
}

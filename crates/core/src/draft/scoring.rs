//! The scoring parts of a questionnaire in the editor's draft: the points and warning signs of
//! each answer (and of a choice question's "work you welcome" and "work you avoid" effects), a number question's rules (added, deleted, their tests), the warning signs
//! themselves, and when a question or section is shown (by an earlier answer, a comparison of
//! an earlier number or scale answer, or a profile field being set). The editor only picks (a
//! dimension, a defined flag, an earlier question's answer, a profile field), never types an
//! id, and [`super::Draft::change`] refuses whatever would add a linter error.
//! Pure: no browser imports.

use super::Writing;
use crate::edit::{self, EditError};
use crate::model::{
    Cmp, Condition, Effect, FlagDef, Kind, NumberRule, Question, Questionnaire, Severity, Target,
};

/// One answer of a question that carries points and flags, by place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AnswerSlot {
    /// An option of a single or multiple choice question.
    Option(usize),
    /// "Yes" of a yes/no question.
    Yes,
    /// "No" of a yes/no question.
    No,
    /// A step of a scale question, 0 for 1 to 4 for 5.
    Step(usize),
    /// A rule of a number question.
    Rule(usize),
    /// What a single or multiple choice question adds when the chosen option's tag is on the
    /// profile's welcome list (`on_welcome`).
    Welcome,
    /// What it adds when the chosen option's tag is on the profile's avoid list
    /// (`on_avoided`).
    Avoided,
}

impl AnswerSlot {
    /// Every answer of `question` that can carry an effect, in the order the editor shows them
    /// (none for a text question: it is never scored). Not [`AnswerSlot::Welcome`] and
    /// [`AnswerSlot::Avoided`], which are not answers but what a tag adds to one (see
    /// [`AnswerSlot::tagged`]).
    pub fn all(question: &Question) -> Vec<AnswerSlot> {
        match question.kind {
            Kind::Single | Kind::Multi => (0..question.options.len())
                .map(AnswerSlot::Option)
                .collect(),
            Kind::YesNo => vec![AnswerSlot::Yes, AnswerSlot::No],
            Kind::Scale => (0..question.scale.as_ref().map_or(0, |s| s.steps.len()))
                .map(AnswerSlot::Step)
                .collect(),
            Kind::Number => (0..question.number.as_ref().map_or(0, |n| n.rules.len()))
                .map(AnswerSlot::Rule)
                .collect(),
            Kind::Text => Vec::new(),
        }
    }

    /// What a chosen option's tag adds on a single or multiple choice question whose options
    /// carry at least one tag: [`AnswerSlot::Welcome`] and [`AnswerSlot::Avoided`]; none on
    /// any other (without a tag they would do nothing), unless the question has them already
    /// (its last tag taken away), so they can still be seen and taken away.
    pub fn tagged(question: &Question) -> Vec<AnswerSlot> {
        let choice = matches!(question.kind, Kind::Single | Kind::Multi);
        let tags = question.options.iter().any(|o| o.tag.is_some());
        let has = question.on_welcome.is_some() || question.on_avoided.is_some();
        match choice && (tags || has) {
            true => vec![AnswerSlot::Welcome, AnswerSlot::Avoided],
            false => Vec::new(),
        }
    }

    /// The answer's points and flags as `question` has them now (`None` when it has no such
    /// answer; a yes or no without an effect yet reads as empty).
    pub fn effect(self, question: &Question) -> Option<Effect> {
        let of = |points: &crate::model::Points, flags: &Vec<String>| Effect {
            points: points.clone(),
            flags: flags.clone(),
        };
        match self {
            AnswerSlot::Option(i) => question.options.get(i).map(|o| of(&o.points, &o.flags)),
            AnswerSlot::Yes | AnswerSlot::No if question.kind != Kind::YesNo => None,
            AnswerSlot::Yes => Some(question.yes.clone().unwrap_or_default()),
            AnswerSlot::No => Some(question.no.clone().unwrap_or_default()),
            AnswerSlot::Step(i) => question.scale.as_ref()?.steps.get(i).cloned(),
            AnswerSlot::Rule(i) => {
                (question.number.as_ref()?.rules.get(i)).map(|r| of(&r.points, &r.flags))
            }
            AnswerSlot::Welcome | AnswerSlot::Avoided
                if !matches!(question.kind, Kind::Single | Kind::Multi) =>
            {
                None
            }
            AnswerSlot::Welcome => Some(question.on_welcome.clone().unwrap_or_default()),
            AnswerSlot::Avoided => Some(question.on_avoided.clone().unwrap_or_default()),
        }
    }

    /// A stable name for the undo step of typing points into it.
    pub(super) fn key(self) -> String {
        match self {
            AnswerSlot::Option(i) => format!("option {i}"),
            AnswerSlot::Yes => "yes".into(),
            AnswerSlot::No => "no".into(),
            AnswerSlot::Step(i) => format!("step {i}"),
            AnswerSlot::Rule(i) => format!("rule {i}"),
            AnswerSlot::Welcome => "welcome".into(),
            AnswerSlot::Avoided => "avoided".into(),
        }
    }
}

/// A part whose `show_if` the editor sets.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Shown {
    /// A question, by id.
    Question(String),
    /// A section, by place.
    Section(usize),
}

/// A text of a warning sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FlagField {
    /// Its short name.
    Title,
    /// Why it matters.
    Reason,
    /// What to do about it.
    Advice,
}

/// What the editor's points field holds, read: `Some(None)` for an empty field (no points),
/// `Some(Some(n))` for a finite number (a decimal comma is read as a point, as the other
/// languages write it), `None` for anything else (half typed, such as `-`, or not a number,
/// such as `inf`), which the editor leaves unsent.
pub fn parse_points(typed: &str) -> Option<Option<f64>> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Some(None);
    }
    // Only digits, one sign, one separator: `f64::from_str` would also take `inf` and `NaN`.
    let plain = typed
        .trim_start_matches(['-', '+', '−'])
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    if !plain {
        return None;
    }
    let n: f64 = typed.replace(',', ".").replace('−', "-").parse().ok()?;
    n.is_finite().then_some(Some(n))
}

/// The points as the editor's field shows them: nothing for none, `-1.5` for a number.
pub fn points_text(points: Option<f64>) -> String {
    points.map(|n| n.to_string()).unwrap_or_default()
}

/// The questions whose answers can show or hide `at`: single, multiple choice and yes/no
/// questions asked before it (for a section, in the sections before it), first first.
pub fn earlier_questions<'a>(q: &'a Questionnaire, at: &Shown) -> Vec<&'a Question> {
    asked_earlier(q, at)
        .into_iter()
        .filter(|each| matches!(each.kind, Kind::Single | Kind::Multi | Kind::YesNo))
        .collect()
}

/// The number and scale questions asked before `at` (for a section, in the sections before
/// it), first first: a condition can compare their answers with a number.
pub fn earlier_numbers<'a>(q: &'a Questionnaire, at: &Shown) -> Vec<&'a Question> {
    asked_earlier(q, at)
        .into_iter()
        .filter(|each| matches!(each.kind, Kind::Number | Kind::Scale))
        .collect()
}

/// A condition the editor can show as picks: "the answer to question X is `op` a fixed
/// number, or a profile field times an optional factor", as the question's id, the comparison
/// and what it compares with; `None` for any other (a target holding both a number and a
/// profile field, as only a file can).
pub fn compare_condition(condition: &Condition) -> Option<(&str, Cmp, &Target)> {
    match condition {
        Condition::Compare { question, op, than } => {
            let picked = match (than.value, than.profile) {
                (Some(_), None) => than.factor.is_none(),
                (None, Some(_)) => true,
                _ => false,
            };
            picked.then_some((question.as_str(), *op, than))
        }
        _ => None,
    }
}

/// The condition the editor starts with when `question` is picked to show a part: its first
/// answer for a choice or yes/no question (more are ticked then), "at least 3" for a scale
/// (from its middle up), "more than 0" for a number; `None` for a text question, which no
/// condition can test.
pub fn first_condition(question: &Question) -> Option<Condition> {
    match question.kind {
        Kind::Single | Kind::Multi | Kind::YesNo => {
            let answers = answer_ids(question);
            Some(condition_for(
                &question.id,
                &answers[..answers.len().min(1)],
            ))
        }
        Kind::Scale => Some(compare_for(&question.id, Cmp::Ge, 3.0)),
        Kind::Number => Some(compare_for(&question.id, Cmp::Gt, 0.0)),
        Kind::Text => None,
    }
}

/// "The answer to question `question` is `op` `value`".
pub fn compare_for(question: &str, op: Cmp, value: f64) -> Condition {
    Condition::Compare {
        question: question.to_owned(),
        op,
        than: fixed(value),
    }
}

/// A fixed number to compare an answer with.
pub fn fixed(value: f64) -> Target {
    Target {
        value: Some(value),
        profile: None,
        factor: None,
    }
}

/// Every question asked before `at` (for a section, in the sections before it), first first:
/// any of them can be tested for having an answer.
pub fn asked_earlier<'a>(q: &'a Questionnaire, at: &Shown) -> Vec<&'a Question> {
    match at {
        Shown::Section(index) => (q.sections.iter().take(*index))
            .flat_map(|s| &s.questions)
            .collect(),
        Shown::Question(id) => q
            .questions()
            .map(|(_, each)| each)
            .take_while(|each| each.id != *id)
            .collect(),
    }
}

/// The answers a question can be tested for in a condition: its options' ids, or `yes` and
/// `no`.
pub fn answer_ids(question: &Question) -> Vec<String> {
    match question.kind {
        Kind::YesNo => vec!["yes".into(), "no".into()],
        _ => question.options.iter().map(|o| o.id.clone()).collect(),
    }
}

/// A condition the editor can show as picks: "question X is answered with any of these", as
/// the question's id and the answers; `None` for any other condition (written in a file).
pub fn simple_condition(condition: &Condition) -> Option<(&str, Vec<&str>)> {
    match condition {
        Condition::Is { question, option } => Some((question, vec![option.as_str()])),
        Condition::AnyOf { question, options } => {
            Some((question, options.iter().map(String::as_str).collect()))
        }
        _ => None,
    }
}

/// "Question `question` is answered with any of `answers`": `is` for one answer, `any_of` for
/// several (none makes an `any_of` that never holds, which the linter refuses).
pub fn condition_for(question: &str, answers: &[String]) -> Condition {
    match answers {
        [one] => Condition::Is {
            question: question.to_owned(),
            option: one.clone(),
        },
        _ => Condition::AnyOf {
            question: question.to_owned(),
            options: answers.to_vec(),
        },
    }
}

fn missing(what: String) -> EditError {
    EditError::NotFound(what)
}

/// The points and flags of `slot` of `question`, to change; a yes or no without an effect gets
/// an empty one.
fn effect_mut(
    question: &mut Question,
    slot: AnswerSlot,
) -> Option<(&mut crate::model::Points, &mut Vec<String>)> {
    let effect = match slot {
        AnswerSlot::Option(i) => {
            let option = question.options.get_mut(i)?;
            return Some((&mut option.points, &mut option.flags));
        }
        AnswerSlot::Rule(i) => {
            let rule = question.number.as_mut()?.rules.get_mut(i)?;
            return Some((&mut rule.points, &mut rule.flags));
        }
        AnswerSlot::Yes | AnswerSlot::No if question.kind != Kind::YesNo => return None,
        AnswerSlot::Yes => question.yes.get_or_insert_with(Effect::default),
        AnswerSlot::No => question.no.get_or_insert_with(Effect::default),
        AnswerSlot::Step(i) => question.scale.as_mut()?.steps.get_mut(i)?,
        AnswerSlot::Welcome | AnswerSlot::Avoided
            if !matches!(question.kind, Kind::Single | Kind::Multi) =>
        {
            return None;
        }
        AnswerSlot::Welcome => question.on_welcome.get_or_insert_with(Effect::default),
        AnswerSlot::Avoided => question.on_avoided.get_or_insert_with(Effect::default),
    };
    Some((&mut effect.points, &mut effect.flags))
}

fn question_and_effect<'a>(
    q: &'a mut Questionnaire,
    id: &str,
    slot: AnswerSlot,
) -> Result<(&'a mut crate::model::Points, &'a mut Vec<String>), EditError> {
    let question = super::question_mut(q, id)?;
    effect_mut(question, slot).ok_or_else(|| missing(format!("{slot:?} of question `{id}`")))
}

/// Gives `slot` of question `id` `points` for `dimension`; none or 0 takes its entry away.
pub(super) fn set_points(
    q: &mut Questionnaire,
    id: &str,
    slot: AnswerSlot,
    dimension: &str,
    points: Option<f64>,
) -> Result<(), EditError> {
    if q.dimension(dimension).is_none() {
        return Err(missing(format!("dimension `{dimension}`")));
    }
    let points = points.filter(|n| *n != 0.0);
    // Taking away what is not there changes nothing, not even an empty yes or no.
    let had = super::question_mut(q, id).map(|each| slot.effect(each))?;
    if points.is_none() && had.is_some_and(|e| !e.points.contains_key(dimension)) {
        return Ok(());
    }
    let (map, _) = question_and_effect(q, id, slot)?;
    match points {
        Some(n) => map.insert(dimension.to_owned(), n),
        None => map.remove(dimension),
    };
    tidy(super::question_mut(q, id)?);
    Ok(())
}

/// Takes away a welcome or avoid effect left empty, so the file says nothing of it (an empty
/// yes or no stays: it is the answer's place in the file).
fn tidy(question: &mut Question) {
    for effect in [&mut question.on_welcome, &mut question.on_avoided] {
        if effect
            .as_ref()
            .is_some_and(|e| e.points.is_empty() && e.flags.is_empty())
        {
            *effect = None;
        }
    }
}

/// Has `slot` of question `id` raise (or no longer raise) the defined warning sign `flag`.
pub(super) fn raise_flag(
    q: &mut Questionnaire,
    id: &str,
    slot: AnswerSlot,
    flag: &str,
    raised: bool,
) -> Result<(), EditError> {
    if q.flag(flag).is_none() {
        return Err(missing(format!("flag `{flag}`")));
    }
    let had = super::question_mut(q, id).map(|each| slot.effect(each))?;
    if had.is_some_and(|e| e.flags.iter().any(|f| f == flag) == raised) {
        return Ok(());
    }
    let (_, flags) = question_and_effect(q, id, slot)?;
    flags.retain(|f| f != flag);
    if raised {
        flags.push(flag.to_owned());
    }
    tidy(super::question_mut(q, id)?);
    Ok(())
}

/// Sets when `at` is shown; `None` shows it always.
pub(super) fn set_show_if(
    q: &mut Questionnaire,
    at: &Shown,
    condition: Option<Condition>,
) -> Result<(), EditError> {
    let slot = match at {
        Shown::Question(id) => &mut super::question_mut(q, id)?.show_if,
        Shown::Section(index) => {
            &mut (q.sections.get_mut(*index))
                .ok_or_else(|| missing(format!("section {}", index + 1)))?
                .show_if
        }
    };
    *slot = condition;
    Ok(())
}

/// Adds a warning sign of `Caution` severity at the end, its id the first free `flag-N`.
/// Its texts (title, reason, advice) are written as a new part's are ([`Writing::new_text`]).
pub(super) fn add_flag(
    q: &mut Questionnaire,
    [title, reason, advice]: [&str; 3],
    writing: Writing<'_>,
) {
    let id = super::next_id("flag", |id| q.flag(id).is_some());
    q.flags.push(FlagDef {
        id,
        severity: Severity::Caution,
        title: writing.new_text(title),
        reason: writing.new_text(reason),
        advice: writing.new_text(advice),
        safeguards: Vec::new(),
        letter_line: None,
        caps_at: None,
    });
}

fn flag_mut<'a>(q: &'a mut Questionnaire, id: &str) -> Result<&'a mut FlagDef, EditError> {
    (q.flags.iter_mut().find(|f| f.id == id)).ok_or_else(|| missing(format!("flag `{id}`")))
}

/// Sets how serious the warning sign `id` is.
pub(super) fn set_severity(
    q: &mut Questionnaire,
    id: &str,
    severity: Severity,
) -> Result<(), EditError> {
    flag_mut(q, id)?.severity = severity;
    Ok(())
}

/// Writes one of the warning sign's texts in the language written in.
pub(super) fn set_flag_text(
    q: &mut Questionnaire,
    id: &str,
    field: FlagField,
    words: &str,
    writing: Writing<'_>,
) -> Result<(), EditError> {
    let flag = flag_mut(q, id)?;
    let text = match field {
        FlagField::Title => &mut flag.title,
        FlagField::Reason => &mut flag.reason,
        FlagField::Advice => &mut flag.advice,
    };
    writing.set(text, words);
    Ok(())
}

/// Deletes the warning sign `id` and every mention of it (the answers that raise it, the
/// first impression's `backed_by`), so nothing is left naming a flag that is not there.
pub(super) fn delete_flag(q: &mut Questionnaire, id: &str) -> Result<(), EditError> {
    let index =
        (q.flags.iter().position(|f| f.id == id)).ok_or_else(|| missing(format!("flag `{id}`")))?;
    q.flags.remove(index);
    edit::for_each_effect(q, &mut |_, flags| flags.retain(|f| f != id));
    if let Some(rules) = &mut q.first_impression {
        rules.backed_by.retain(|f| f != id);
    }
    Ok(())
}

/// The rules of number question `id`.
fn rules_mut<'a>(q: &'a mut Questionnaire, id: &str) -> Result<&'a mut Vec<NumberRule>, EditError> {
    let question = super::question_mut(q, id)?;
    match (question.kind, question.number.as_mut()) {
        (Kind::Number, Some(number)) => Ok(&mut number.rules),
        _ => Err(missing(format!("the number of question `{id}`"))),
    }
}

/// Adds a rule at the end of number question `id`: "the answer is at least 0", counting for
/// nothing until its points or warning signs are set.
pub(super) fn add_rule(q: &mut Questionnaire, id: &str) -> Result<(), EditError> {
    rules_mut(q, id)?.push(NumberRule {
        op: Cmp::Ge,
        than: fixed(0.0),
        points: Default::default(),
        flags: Vec::new(),
    });
    Ok(())
}

/// Deletes rule `rule` of number question `id`.
pub(super) fn delete_rule(q: &mut Questionnaire, id: &str, rule: usize) -> Result<(), EditError> {
    let rules = rules_mut(q, id)?;
    if rule >= rules.len() {
        return Err(missing(format!("rule {} of question `{id}`", rule + 1)));
    }
    rules.remove(rule);
    Ok(())
}

/// Moves rule `from` of number question `id` to place `to` (past the end is last): the rules
/// are tried in order and the first that holds counts, so their order is part of the scoring.
pub(super) fn move_rule(
    q: &mut Questionnaire,
    id: &str,
    from: usize,
    to: usize,
) -> Result<(), EditError> {
    crate::edit::move_item(rules_mut(q, id)?, from, to, || {
        format!("rule {} of question `{id}`", from + 1)
    })
}

/// Sets how rule `rule` of number question `id` compares the answer, and with what.
pub(super) fn set_rule_test(
    q: &mut Questionnaire,
    id: &str,
    rule: usize,
    op: Cmp,
    than: &Target,
) -> Result<(), EditError> {
    let found = rules_mut(q, id)?
        .get_mut(rule)
        .ok_or_else(|| missing(format!("rule {} of question `{id}`", rule + 1)))?;
    found.op = op;
    found.than = than.clone();
    Ok(())
}

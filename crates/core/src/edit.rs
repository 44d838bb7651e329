//! Editing a questionnaire as a builder page would: add, move and delete sections and
//! questions, and rename any id together with every reference to it. Each edit gives a new
//! questionnaire that still passes the linter, or the reason it was refused and nothing changed:
//! a valid questionnaire stays valid whatever is done to it.

use super::lint::{Level, Problem, lint};
use super::model::{Condition, Points, Question, Questionnaire, Section};

/// Which kind of id a rename is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    /// A section's id (nothing refers to it).
    Section,
    /// A question's id: conditions that test it follow.
    Question,
    /// A warning sign's id: the answers that raise it and `first_impression.backed_by` follow.
    Flag,
    /// A dimension's id: every answer's points follow.
    Dimension,
    /// A verdict tier's id: `caps_at` and `first_impression.when_backed` follow.
    Verdict,
    /// A safeguard's id: the warning signs that recommend it follow.
    Safeguard,
    /// A letter's id: the tiers that offer it follow.
    Letter,
}

impl IdKind {
    /// The word for it in messages (`question`, `flag`...): written out, not the `Debug` name
    /// lower-cased, which would pull the Unicode case tables into the wasm for seven words.
    pub fn name(self) -> &'static str {
        match self {
            IdKind::Section => "section",
            IdKind::Question => "question",
            IdKind::Flag => "flag",
            IdKind::Dimension => "dimension",
            IdKind::Verdict => "verdict",
            IdKind::Safeguard => "safeguard",
            IdKind::Letter => "letter",
        }
    }
}

/// One change to a questionnaire.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Puts a section at `at` (0 is first; past the end is last).
    AddSection {
        /// Where it goes.
        at: usize,
        /// The section, with its questions.
        section: Section,
    },
    /// Moves the section at `from` to `to`.
    MoveSection {
        /// Its place now.
        from: usize,
        /// Its place after.
        to: usize,
    },
    /// Deletes the section at `index`, with its questions.
    DeleteSection {
        /// Its place.
        index: usize,
    },
    /// Puts a question into section `section` at `at` (past the end is last).
    AddQuestion {
        /// The section's place.
        section: usize,
        /// Where in the section.
        at: usize,
        /// The question.
        question: Box<Question>,
    },
    /// Moves the question `id` to section `section`, at `at` in it.
    MoveQuestion {
        /// The question's id.
        id: String,
        /// The section it goes to.
        section: usize,
        /// Where in that section (counted without the question itself; past the end is last).
        at: usize,
    },
    /// Deletes the question `id`.
    DeleteQuestion {
        /// The question's id.
        id: String,
    },
    /// Renames an id and every reference to it.
    Rename {
        /// What the id names.
        kind: IdKind,
        /// The id now.
        from: String,
        /// The new id.
        to: String,
    },
    /// Renames an option of question `question`, and the conditions that test it.
    RenameOption {
        /// The question's id.
        question: String,
        /// The option's id now.
        from: String,
        /// Its new id.
        to: String,
    },
}

/// Why an edit was refused; the questionnaire is as it was.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum EditError {
    /// A place past the end, or an id that is not there.
    #[error("there is no {0}")]
    NotFound(String),
    /// The edit would make the questionnaire unusable: the linter's errors, each saying what
    /// would break (a deleted question that a condition still tests, an id already taken...).
    #[error("this would break the questionnaire: {}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Breaks(Vec<Problem>),
}

/// The move a question dragged onto another makes: `id` dropped on the question at `target`
/// (its section, its place there), before it or `after` it. `None` when it would land where it
/// is, or when `id` or the target section is not there.
pub fn question_drop(
    questionnaire: &Questionnaire,
    id: &str,
    target: (usize, usize),
    after: bool,
) -> Option<Edit> {
    let (section, index) = target;
    questionnaire.sections.get(section)?;
    let (from_section, from_index) =
        questionnaire
            .sections
            .iter()
            .enumerate()
            .find_map(|(s, each)| {
                each.questions
                    .iter()
                    .position(|q| q.id == id)
                    .map(|i| (s, i))
            })?;
    // The place among the section's questions as they are, then without the moved one.
    let mut at = index + usize::from(after);
    if from_section == section && from_index < at {
        at -= 1;
    }
    (from_section != section || from_index != at).then(|| Edit::MoveQuestion {
        id: id.to_owned(),
        section,
        at,
    })
}

/// The move a section dragged onto another makes: the section at `from` dropped on the one at
/// `target`, before it or `after` it; `None` when it would land where it is.
pub fn section_drop(from: usize, target: usize, after: bool) -> Option<Edit> {
    place_drop(from, target, after).map(|to| Edit::MoveSection { from, to })
}

/// Where a part of a list dragged from place `from` onto the one at `target`, before it or
/// `after` it, goes: its place after the move (counted without it), or `None` when it would
/// land where it is. For the sections, a question's options and the dimensions alike.
pub fn place_drop(from: usize, target: usize, after: bool) -> Option<usize> {
    let mut to = target + usize::from(after);
    if from < to {
        to -= 1;
    }
    (from != to).then_some(to)
}

/// Applies `edit` to `questionnaire`: the edited copy, or why not.
///
/// # Errors
///
/// [`EditError::NotFound`] for a place or id that is not there; [`EditError::Breaks`] when the
/// result would have a linter error the questionnaire did not have.
pub fn apply(questionnaire: &Questionnaire, edit: &Edit) -> Result<Questionnaire, EditError> {
    let mut q = questionnaire.clone();
    let missing = EditError::NotFound;
    match edit {
        Edit::AddSection { at, section } => {
            let at = (*at).min(q.sections.len());
            q.sections.insert(at, section.clone());
        }
        Edit::MoveSection { from, to } => {
            move_item(&mut q.sections, *from, *to, || {
                format!("section {}", from + 1)
            })?;
        }
        Edit::DeleteSection { index } => {
            if *index >= q.sections.len() {
                return Err(missing(format!("section {}", index + 1)));
            }
            q.sections.remove(*index);
        }
        Edit::AddQuestion {
            section,
            at,
            question,
        } => {
            let section = q
                .sections
                .get_mut(*section)
                .ok_or_else(|| missing(format!("section {}", section + 1)))?;
            let at = (*at).min(section.questions.len());
            section.questions.insert(at, (**question).clone());
        }
        Edit::MoveQuestion { id, section, at } => {
            if *section >= q.sections.len() {
                return Err(missing(format!("section {}", section + 1)));
            }
            let question =
                take_question(&mut q, id).ok_or_else(|| missing(format!("question `{id}`")))?;
            let questions = &mut q.sections[*section].questions;
            let at = (*at).min(questions.len());
            questions.insert(at, question);
        }
        Edit::DeleteQuestion { id } => {
            take_question(&mut q, id).ok_or_else(|| missing(format!("question `{id}`")))?;
        }
        Edit::Rename { kind, from, to } => {
            if !rename(&mut q, *kind, from, to) {
                return Err(missing(format!("{} `{from}`", kind.name())));
            }
        }
        Edit::RenameOption { question, from, to } => {
            let found = q
                .sections
                .iter_mut()
                .flat_map(|s| s.questions.iter_mut())
                .find(|each| each.id == *question)
                .and_then(|each| each.options.iter_mut().find(|o| o.id == *from));
            let Some(option) = found else {
                return Err(missing(format!("option `{from}` of question `{question}`")));
            };
            option.id = to.clone();
            for_each_condition(&mut q, &mut |condition| match condition {
                Condition::Is {
                    question: tested,
                    option,
                } if tested == question && option == from => *option = to.clone(),
                Condition::AnyOf {
                    question: tested,
                    options,
                } if tested == question => {
                    for option in options.iter_mut().filter(|o| *o == from) {
                        *option = to.clone();
                    }
                }
                _ => {}
            });
        }
    }
    let before = errors(questionnaire);
    let new: Vec<Problem> = errors(&q)
        .into_iter()
        .filter(|problem| !before.contains(problem))
        .collect();
    if new.is_empty() {
        Ok(q)
    } else {
        Err(EditError::Breaks(new))
    }
}

fn errors(questionnaire: &Questionnaire) -> Vec<Problem> {
    lint(questionnaire)
        .into_iter()
        .filter(|p| p.level == Level::Error)
        .collect()
}

/// Removes the question `id` from its section.
fn take_question(q: &mut Questionnaire, id: &str) -> Option<Question> {
    q.sections.iter_mut().find_map(|section| {
        let index = section.questions.iter().position(|each| each.id == id)?;
        Some(section.questions.remove(index))
    })
}

/// Renames `from` to `to` for ids of `kind` and every reference; false when `from` is not one.
fn rename(q: &mut Questionnaire, kind: IdKind, from: &str, to: &str) -> bool {
    let swap = |id: &mut String| {
        if id == from {
            *id = to.to_owned();
        }
    };
    match kind {
        IdKind::Section => {
            let Some(section) = q.sections.iter_mut().find(|s| s.id == from) else {
                return false;
            };
            section.id = to.to_owned();
        }
        IdKind::Question => {
            let Some(question) = q
                .sections
                .iter_mut()
                .flat_map(|s| s.questions.iter_mut())
                .find(|each| each.id == from)
            else {
                return false;
            };
            question.id = to.to_owned();
            for_each_condition(q, &mut |condition| match condition {
                Condition::Answered(question)
                | Condition::Is { question, .. }
                | Condition::AnyOf { question, .. }
                | Condition::Compare { question, .. } => swap(question),
                _ => {}
            });
        }
        IdKind::Flag => {
            let Some(flag) = q.flags.iter_mut().find(|f| f.id == from) else {
                return false;
            };
            flag.id = to.to_owned();
            for_each_effect(q, &mut |_, flags| flags.iter_mut().for_each(swap));
            if let Some(rules) = &mut q.first_impression {
                rules.backed_by.iter_mut().for_each(swap);
            }
        }
        IdKind::Dimension => {
            let Some(dimension) = q.dimensions.iter_mut().find(|d| d.id == from) else {
                return false;
            };
            dimension.id = to.to_owned();
            for_each_effect(q, &mut |points, _| {
                if let Some(value) = points.remove(from) {
                    points.insert(to.to_owned(), value);
                }
            });
        }
        IdKind::Verdict => {
            let Some(verdict) = q.verdicts.iter_mut().find(|v| v.id == from) else {
                return false;
            };
            verdict.id = to.to_owned();
            for flag in &mut q.flags {
                flag.caps_at.iter_mut().for_each(swap);
            }
            if let Some(rules) = &mut q.first_impression {
                rules.when_backed.iter_mut().for_each(swap);
            }
        }
        IdKind::Safeguard => {
            let Some(safeguard) = q.safeguards.iter_mut().find(|s| s.id == from) else {
                return false;
            };
            safeguard.id = to.to_owned();
            for flag in &mut q.flags {
                flag.safeguards.iter_mut().for_each(swap);
            }
        }
        IdKind::Letter => {
            let Some(letter) = q.letters.iter_mut().find(|l| l.id == from) else {
                return false;
            };
            letter.id = to.to_owned();
            for verdict in &mut q.verdicts {
                verdict.letters.iter_mut().for_each(swap);
            }
        }
    }
    true
}

/// Calls `visit` with every condition of the questionnaire, nested ones included.
fn for_each_condition(q: &mut Questionnaire, visit: &mut dyn FnMut(&mut Condition)) {
    fn walk(condition: &mut Condition, visit: &mut dyn FnMut(&mut Condition)) {
        visit(condition);
        match condition {
            Condition::All(all) | Condition::Any(all) => {
                all.iter_mut().for_each(|c| walk(c, visit));
            }
            Condition::Not(inner) => walk(inner, visit),
            _ => {}
        }
    }
    for section in &mut q.sections {
        if let Some(condition) = &mut section.show_if {
            walk(condition, visit);
        }
        for question in &mut section.questions {
            if let Some(condition) = &mut question.show_if {
                walk(condition, visit);
            }
        }
    }
}

/// Moves item `from` of `items` to place `to` (past the end is last): a section, an option, a
/// rule, a dimension. `what` names item `from` when there is none.
pub(crate) fn move_item<T>(
    items: &mut Vec<T>,
    from: usize,
    to: usize,
    what: impl FnOnce() -> String,
) -> Result<(), EditError> {
    if from >= items.len() {
        return Err(EditError::NotFound(what()));
    }
    let moved = items.remove(from);
    let to = to.min(items.len());
    items.insert(to, moved);
    Ok(())
}

/// Calls `visit` with the points and flags of every effect an answer can have.
pub(crate) fn for_each_effect(
    q: &mut Questionnaire,
    visit: &mut dyn FnMut(&mut Points, &mut Vec<String>),
) {
    for question in q.sections.iter_mut().flat_map(|s| s.questions.iter_mut()) {
        for option in &mut question.options {
            visit(&mut option.points, &mut option.flags);
        }
        for effect in [
            &mut question.yes,
            &mut question.no,
            &mut question.on_welcome,
            &mut question.on_avoided,
        ]
        .into_iter()
        .flatten()
        {
            visit(&mut effect.points, &mut effect.flags);
        }
        if let Some(scale) = &mut question.scale {
            for step in &mut scale.steps {
                visit(&mut step.points, &mut step.flags);
            }
        }
        if let Some(number) = &mut question.number {
            for rule in &mut number.rules {
                visit(&mut rule.points, &mut rule.flags);
            }
        }
    }
}

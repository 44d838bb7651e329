//! One own questionnaire open in the editor: the changes the editor makes to it (texts, kinds,
//! required, options, answers' points and warning signs, the warning signs themselves, when a
//! part is shown, and the structural edits of [`crate::edit`]), undo and redo, and the
//! linter's problems sorted by the part of the questionnaire they concern, so the page can show
//! each beside its field. Texts are written in the questionnaire's default language.
//! Pure: no browser imports.

use super::edit::{self, Edit, EditError, IdKind};
use super::lint::{Level, Problem, ProblemKind, lint};
use super::model::{
    Choice, Condition, Effect, Kind, Lens, NumberSpec, Question, Questionnaire, SCALE_STEPS, Scale,
    Section, Severity, Unit,
};
use super::text::Text;

pub mod rules;
mod scoring;
use rules::RulesChange;
pub use scoring::{
    AnswerSlot, FlagField, Shown, answer_ids, condition_for, earlier_questions, parse_points,
    points_text, simple_condition,
};

/// How many earlier versions undo keeps.
pub const UNDO_DEPTH: usize = 100;

/// One change the editor makes.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// The questionnaire's title.
    Title(String),
    /// The line shown before the first question (empty: none).
    Intro(String),
    /// Who answers it: the consultant screening a prospect, checking up on a client, or the
    /// prospect on the consultant's site.
    Lens(Lens),
    /// A section's title.
    SectionTitle {
        /// The section's place.
        section: usize,
        /// The new title.
        text: String,
    },
    /// A question's text.
    QuestionText {
        /// The question's id.
        id: String,
        /// The new text.
        text: String,
    },
    /// A question's kind; what the new kind needs (options, a scale, a number's unit) is added
    /// with plain defaults, to be filled in.
    QuestionKind {
        /// The question's id.
        id: String,
        /// The new kind.
        kind: Kind,
    },
    /// Whether a question must be answered.
    Required {
        /// The question's id.
        id: String,
        /// Required or not.
        required: bool,
    },
    /// An option's label.
    OptionLabel {
        /// The question's id.
        question: String,
        /// The option's place.
        option: usize,
        /// The new label.
        text: String,
    },
    /// Deletes an option of a choice question; refused when that would add a linter error (a
    /// condition that tests it, a question left with one option).
    DeleteOption {
        /// The question's id.
        question: String,
        /// The option's place.
        option: usize,
    },
    /// Adds an option at the end of a choice question, labelled `label`.
    AddOption {
        /// The question's id.
        question: String,
        /// Its label.
        label: String,
    },
    /// Adds a section at `at`, titled `title`, with one yes/no question asking `question`.
    AddSection {
        /// Where it goes.
        at: usize,
        /// Its title.
        title: String,
        /// Its first question's text.
        question: String,
    },
    /// Adds a yes/no question asking `text` to section `section`, at `at`.
    AddQuestion {
        /// The section's place.
        section: usize,
        /// Where in the section.
        at: usize,
        /// Its text.
        text: String,
    },
    /// A structural edit, refused when it would break the questionnaire (see [`edit::apply`]).
    Edit(Edit),
    /// The points one answer gives a dimension; none or 0 takes them away. Refused when the
    /// points are out of range or not a number, or the dimension is not defined.
    Points {
        /// The question's id.
        question: String,
        /// Which of its answers.
        answer: AnswerSlot,
        /// The dimension's id.
        dimension: String,
        /// The points, or none.
        points: Option<f64>,
    },
    /// Whether one answer raises a defined warning sign.
    RaiseFlag {
        /// The question's id.
        question: String,
        /// Which of its answers.
        answer: AnswerSlot,
        /// The warning sign's id.
        flag: String,
        /// Raised or not.
        raised: bool,
    },
    /// When a question or section is shown (`None`: always); refused when the condition names
    /// what is not there or would make a question's showing hang on itself.
    ShowIf {
        /// The question or section.
        at: Shown,
        /// The condition, or none.
        condition: Option<Condition>,
    },
    /// Adds a warning sign at the end, of `caution` severity, with these texts and the first
    /// free id `flag-N`.
    AddFlag {
        /// Its short name.
        title: String,
        /// Why it matters.
        reason: String,
        /// What to do about it.
        advice: String,
    },
    /// How serious a warning sign is.
    FlagSeverity {
        /// The warning sign's id.
        flag: String,
        /// Its new severity.
        severity: Severity,
    },
    /// One of a warning sign's texts.
    FlagText {
        /// The warning sign's id.
        flag: String,
        /// Which text.
        field: FlagField,
        /// The new words.
        text: String,
    },
    /// Deletes a warning sign and takes it off every answer that raises it and off the first
    /// impression's `backed_by`, so the questionnaire stays usable.
    DeleteFlag {
        /// The warning sign's id.
        flag: String,
    },
    /// A change to the questionnaire-wide parts: dimensions, tiers, safeguards, letters and
    /// the judgement rules (see [`rules::apply`]).
    Rules(RulesChange),
}

impl Change {
    /// The field a text change writes to: successive changes of the same field make one step
    /// of undo (typing a word is one change, not one per letter).
    fn text_field(&self) -> Option<String> {
        match self {
            Change::Title(_) => Some("title".into()),
            Change::Intro(_) => Some("intro".into()),
            Change::SectionTitle { section, .. } => Some(format!("section {section}")),
            Change::QuestionText { id, .. } => Some(format!("question {id}")),
            Change::OptionLabel {
                question, option, ..
            } => Some(format!("option {question} {option}")),
            // Typing `-1.5` into a points field is one step, like typing a word.
            Change::Points {
                question,
                answer,
                dimension,
                ..
            } => Some(format!("points {question} {} {dimension}", answer.key())),
            Change::FlagText { flag, field, .. } => Some(format!("flag {flag} {field:?}")),
            Change::Rules(rules) => rules.text_field(),
            _ => None,
        }
    }
}

/// The questionnaire open in the editor, with what undo and redo go back and forth between.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// The questionnaire as it is now.
    pub questionnaire: Questionnaire,
    /// Earlier versions, the latest last.
    undo: Vec<Questionnaire>,
    /// Versions undone, the latest undone last.
    redo: Vec<Questionnaire>,
    /// The text field the last change wrote, while typing goes on in it.
    typing: Option<String>,
}

impl Draft {
    /// Opens a questionnaire, with nothing to undo.
    pub fn new(questionnaire: Questionnaire) -> Draft {
        Draft {
            questionnaire,
            undo: Vec::new(),
            redo: Vec::new(),
            typing: None,
        }
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The draft with `change` made, or why it was refused (the draft is as it was). `None`
    /// when it changes nothing.
    ///
    /// # Errors
    ///
    /// [`EditError::NotFound`] for a place or id that is not there; [`EditError::Breaks`] when
    /// a structural edit would add a linter error.
    pub fn change(&self, change: &Change) -> Result<Option<Draft>, EditError> {
        let changed = apply(&self.questionnaire, change)?;
        if changed == self.questionnaire {
            return Ok(None);
        }
        let field = change.text_field();
        let mut undo = self.undo.clone();
        if field.is_none() || field != self.typing {
            undo.push(self.questionnaire.clone());
            if undo.len() > UNDO_DEPTH {
                undo.remove(0);
            }
        }
        Ok(Some(Draft {
            questionnaire: changed,
            undo,
            redo: Vec::new(),
            typing: field,
        }))
    }

    /// The draft one step back, if there is one.
    pub fn undo(&self) -> Option<Draft> {
        let mut undo = self.undo.clone();
        let earlier = undo.pop()?;
        let mut redo = self.redo.clone();
        redo.push(self.questionnaire.clone());
        Some(Draft {
            questionnaire: earlier,
            undo,
            redo,
            typing: None,
        })
    }

    /// The draft one step forward again, if something was undone.
    pub fn redo(&self) -> Option<Draft> {
        let mut redo = self.redo.clone();
        let later = redo.pop()?;
        let mut undo = self.undo.clone();
        undo.push(self.questionnaire.clone());
        Some(Draft {
            questionnaire: later,
            undo,
            redo,
            typing: None,
        })
    }
}

/// The part of a questionnaire a problem concerns, for showing it beside its fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    /// The questionnaire as a whole (its title, languages, dimensions, tiers...).
    Whole,
    /// A section, by place.
    Section(usize),
    /// A question, by id.
    Question(String),
    /// A warning sign, by id.
    Flag(String),
    /// A dimension, by id.
    Dimension(String),
    /// The verdict tiers together (a gap or an overlap between two of them).
    Tiers,
    /// A verdict tier, by id.
    Tier(String),
    /// A safeguard, by id.
    Safeguard(String),
    /// A letter, by id.
    Letter(String),
    /// The first-impression rules.
    FirstImpression,
    /// The confidence rules.
    Confidence,
}

/// The problems of a questionnaire by the part they concern: the linter's, each placed by the
/// section or question it names, and a text left empty in the default language, placed at the
/// text's own part. Errors first.
pub fn problems(questionnaire: &Questionnaire) -> Vec<(Part, Problem)> {
    let q = questionnaire;
    let mut found: Vec<(Part, Problem)> = lint(q)
        .into_iter()
        .map(|problem| (part_of(q, &problem.at), problem))
        .collect();
    let language = &q.default_language;
    let empty = |text: &Text| text.0.get(language).is_none_or(|t| t.trim().is_empty());
    let missing = |at: String| Problem {
        level: Level::Error,
        kind: ProblemKind::MissingTranslation,
        at,
        line: None,
        column: None,
        message: format!("this needs words in `{language}`"),
    };
    if empty(&q.title) {
        found.push((Part::Whole, missing("title".into())));
    }
    for (index, section) in q.sections.iter().enumerate() {
        if empty(&section.title) {
            found.push((
                Part::Section(index),
                missing(format!("section `{}` title", section.id)),
            ));
        }
        for question in &section.questions {
            let at = Part::Question(question.id.clone());
            if empty(&question.text) {
                found.push((
                    at.clone(),
                    missing(format!("question `{}` text", question.id)),
                ));
            }
            for option in &question.options {
                if empty(&option.label) {
                    let place = format!("question `{}` option `{}`", question.id, option.id);
                    found.push((at.clone(), missing(place)));
                }
            }
        }
    }
    for flag in &q.flags {
        let texts = [
            ("title", &flag.title),
            ("reason", &flag.reason),
            ("advice", &flag.advice),
        ];
        for (name, _) in texts.into_iter().filter(|(_, text)| empty(text)) {
            let at = format!("flag `{}` {name}", flag.id);
            found.push((Part::Flag(flag.id.clone()), missing(at)));
        }
    }
    found.extend(rules::empty_texts(q, &missing));
    // The linter sums up every text without words in the default language as one problem with
    // the whole questionnaire ("1 text(s) have no `en` translation"). Each is shown at its own
    // part above, where it was emptied: when every one of them is, that sum is only the same
    // problem again, far from the field, and worded as if a translation were missing.
    let shown: Vec<String> = (found.iter())
        .filter(|(_, p)| p.kind == ProblemKind::MissingTranslation && p.level == Level::Error)
        .map(|(_, p)| p.at.clone())
        .collect();
    let mut elsewhere = false;
    q.visit_texts(&mut |at, text| {
        if text.lookup(language).is_none_or(|t| t.trim().is_empty())
            && !shown.iter().any(|s| s == at)
        {
            elsewhere = true;
        }
    });
    if !elsewhere {
        let sum = format!("language `{language}`");
        found.retain(|(_, p)| !(p.kind == ProblemKind::MissingTranslation && p.at == sum));
    }
    found.sort_by_key(|(_, p)| p.level != Level::Error);
    found
}

/// Whether a questionnaire has no error at all (by `problems`): only then can it be used.
pub fn usable(questionnaire: &Questionnaire) -> bool {
    problems(questionnaire)
        .iter()
        .all(|(_, p)| p.level != Level::Error)
}

/// Which part a linter place names (`question `budget``, `section `money``, or a JSON path
/// `sections[1].questions[0].kind`).
fn part_of(q: &Questionnaire, at: &str) -> Part {
    let named = |prefix: &str| {
        at.strip_prefix(prefix)
            .and_then(|rest| rest.strip_prefix('`'))
            .and_then(|rest| rest.split('`').next())
            .map(str::to_owned)
    };
    if let Some(id) = named("question ")
        && q.sections
            .iter()
            .any(|s| s.questions.iter().any(|each| each.id == id))
    {
        return Part::Question(id);
    }
    if let Some(id) = named("flag ")
        && q.flag(&id).is_some()
    {
        return Part::Flag(id);
    }
    if let Some(id) = named("section ")
        && let Some(index) = q.sections.iter().position(|s| s.id == id)
    {
        return Part::Section(index);
    }
    let index = |rest: &str| rest.split(']').next()?.parse::<usize>().ok();
    if let Some(rest) = at.strip_prefix("sections[")
        && let Some(section) = index(rest)
    {
        let question = rest
            .split_once("].questions[")
            .and_then(|(_, rest)| index(rest))
            .and_then(|i| q.sections.get(section)?.questions.get(i));
        return match question {
            Some(question) => Part::Question(question.id.clone()),
            None => Part::Section(section),
        };
    }
    rules::part_of(q, at).unwrap_or(Part::Whole)
}

fn lint_errors(q: &Questionnaire) -> Vec<Problem> {
    lint(q)
        .into_iter()
        .filter(|p| p.level == Level::Error)
        .collect()
}

fn set(text: &mut Text, language: &str, words: &str) {
    text.0.insert(language.to_owned(), words.to_owned());
}

fn question_mut<'a>(q: &'a mut Questionnaire, id: &str) -> Result<&'a mut Question, EditError> {
    q.sections
        .iter_mut()
        .flat_map(|s| s.questions.iter_mut())
        .find(|each| each.id == id)
        .ok_or_else(|| EditError::NotFound(format!("question `{id}`")))
}

/// The first of `stem-1`, `stem-2`... that `used` does not hold.
fn next_id(stem: &str, used: impl Fn(&str) -> bool) -> String {
    (1..)
        .map(|n| format!("{stem}-{n}"))
        .find(|id| !used(id))
        .unwrap_or_default()
}

fn question_ids(q: &Questionnaire) -> Vec<String> {
    q.sections
        .iter()
        .flat_map(|s| s.questions.iter().map(|each| each.id.clone()))
        .collect()
}

/// A yes/no question that gives a point to the first dimension for yes and takes one for no.
fn yes_no(q: &Questionnaire, id: String, text: &str) -> Question {
    let points = |n: f64| Effect {
        points: q
            .dimensions
            .first()
            .map(|d| (d.id.clone(), n))
            .into_iter()
            .collect(),
        flags: Vec::new(),
    };
    let mut words = Text::default();
    set(&mut words, &q.default_language, text);
    Question {
        id,
        kind: Kind::YesNo,
        text: words,
        help: None,
        find_out: None,
        allow_unknown: true,
        required: false,
        show_if: None,
        options: Vec::new(),
        yes: Some(points(1.0)),
        no: Some(points(-1.0)),
        scale: None,
        number: None,
        on_welcome: None,
        on_avoided: None,
    }
}

fn apply(questionnaire: &Questionnaire, change: &Change) -> Result<Questionnaire, EditError> {
    let mut q = questionnaire.clone();
    let language = q.default_language.clone();
    match change {
        Change::Title(text) => set(&mut q.title, &language, text),
        Change::Lens(lens) => q.lens = *lens,
        Change::Intro(text) if text.trim().is_empty() => q.intro = None,
        Change::Intro(text) => set(q.intro.get_or_insert_with(Text::default), &language, text),
        Change::SectionTitle { section, text } => {
            let section = q
                .sections
                .get_mut(*section)
                .ok_or_else(|| EditError::NotFound(format!("section {}", section + 1)))?;
            set(&mut section.title, &language, text);
        }
        Change::QuestionText { id, text } => {
            set(&mut question_mut(&mut q, id)?.text, &language, text)
        }
        Change::Required { id, required } => question_mut(&mut q, id)?.required = *required,
        Change::QuestionKind { id, kind } => {
            let first_dimension = q.dimensions.first().map(|d| d.id.clone());
            let question = question_mut(&mut q, id)?;
            question.kind = *kind;
            let label = |n: usize| {
                let mut t = Text::default();
                set(&mut t, &language, &n.to_string());
                t
            };
            match kind {
                Kind::Single | Kind::Multi if question.options.len() < 2 => {
                    question.options = (1..=2)
                        .map(|n| Choice {
                            id: format!("option-{n}"),
                            label: label(n),
                            points: first_dimension
                                .iter()
                                .map(|d| (d.clone(), if n == 1 { 1.0 } else { -1.0 }))
                                .collect(),
                            flags: Vec::new(),
                            tag: None,
                        })
                        .collect();
                }
                Kind::Scale if question.scale.is_none() => {
                    question.scale = Some(Scale {
                        low: label(1),
                        high: label(SCALE_STEPS),
                        steps: (0..SCALE_STEPS)
                            .map(|step| Effect {
                                points: first_dimension
                                    .iter()
                                    .map(|d| (d.clone(), step as f64 - 2.0))
                                    .collect(),
                                flags: Vec::new(),
                            })
                            .collect(),
                    });
                }
                Kind::Number if question.number.is_none() => {
                    question.number = Some(NumberSpec {
                        unit: Unit::Count,
                        min: None,
                        max: None,
                        rules: Vec::new(),
                    });
                }
                _ => {}
            }
            // What only the old kind used goes, so nothing is left that the linter warns of.
            if !matches!(kind, Kind::Single | Kind::Multi) {
                question.options.clear();
            }
            if *kind != Kind::YesNo {
                question.yes = None;
                question.no = None;
            }
            if *kind != Kind::Scale {
                question.scale = None;
            }
            if *kind != Kind::Number {
                question.number = None;
            }
            if *kind == Kind::YesNo && question.yes.is_none() && question.no.is_none() {
                let fresh = yes_no(questionnaire, String::new(), "");
                (question.yes, question.no) = (fresh.yes, fresh.no);
            }
            // A condition testing this question may not fit its new kind: refused, with why.
            // (Other errors, such as no points yet, are shown at the question to be fixed.)
            let had = lint_errors(questionnaire);
            let unfit: Vec<Problem> = (lint_errors(&q).into_iter())
                .filter(|p| {
                    matches!(
                        p.kind,
                        ProblemKind::ConditionType | ProblemKind::UnknownOption
                    )
                })
                .filter(|p| !had.contains(p))
                .collect();
            if !unfit.is_empty() {
                return Err(EditError::Breaks(unfit));
            }
        }
        Change::OptionLabel {
            question,
            option,
            text,
        } => {
            let choice = question_mut(&mut q, question)?
                .options
                .get_mut(*option)
                .ok_or_else(|| {
                    EditError::NotFound(format!("option {} of question `{question}`", option + 1))
                })?;
            set(&mut choice.label, &language, text);
        }
        Change::DeleteOption { question, option } => {
            let options = &mut question_mut(&mut q, question)?.options;
            if *option >= options.len() {
                return Err(EditError::NotFound(format!(
                    "option {} of question `{question}`",
                    option + 1
                )));
            }
            options.remove(*option);
            return unbroken(questionnaire, q);
        }
        Change::AddOption { question, label } => {
            let question = question_mut(&mut q, question)?;
            let id = {
                let taken: Vec<String> = question.options.iter().map(|o| o.id.clone()).collect();
                next_id("option", |id| taken.iter().any(|t| t == id))
            };
            let mut words = Text::default();
            set(&mut words, &language, label);
            question.options.push(Choice {
                id,
                label: words,
                points: Default::default(),
                flags: Vec::new(),
                tag: None,
            });
        }
        Change::AddSection {
            at,
            title,
            question,
        } => {
            let taken = question_ids(&q);
            let id = next_id("section", |id| q.sections.iter().any(|s| s.id == id));
            let first = yes_no(
                &q,
                next_id("question", |id| taken.iter().any(|t| t == id)),
                question,
            );
            let mut words = Text::default();
            set(&mut words, &language, title);
            let section = Section {
                id,
                title: words,
                intro: None,
                show_if: None,
                questions: vec![first],
            };
            return edit::apply(&q, &Edit::AddSection { at: *at, section });
        }
        Change::AddQuestion { section, at, text } => {
            let taken = question_ids(&q);
            let question = yes_no(
                &q,
                next_id("question", |id| taken.iter().any(|t| t == id)),
                text,
            );
            return edit::apply(
                &q,
                &Edit::AddQuestion {
                    section: *section,
                    at: *at,
                    question: Box::new(question),
                },
            );
        }
        Change::Edit(structural) => return edit::apply(&q, structural),
        // Typing may empty a text for a moment, as with the other texts: shown, not refused.
        Change::FlagText { flag, field, text } => {
            scoring::set_flag_text(&mut q, flag, *field, text)?
        }
        Change::Points {
            question,
            answer,
            dimension,
            points,
        } => {
            scoring::set_points(&mut q, question, *answer, dimension, *points)?;
            return unbroken(questionnaire, q);
        }
        Change::RaiseFlag {
            question,
            answer,
            flag,
            raised,
        } => {
            scoring::raise_flag(&mut q, question, *answer, flag, *raised)?;
            return unbroken(questionnaire, q);
        }
        Change::ShowIf { at, condition } => {
            scoring::set_show_if(&mut q, at, condition.clone())?;
            return unbroken(questionnaire, q);
        }
        Change::AddFlag {
            title,
            reason,
            advice,
        } => {
            scoring::add_flag(&mut q, title, reason, advice);
            return unbroken(questionnaire, q);
        }
        Change::FlagSeverity { flag, severity } => {
            scoring::set_severity(&mut q, flag, *severity)?;
            return unbroken(questionnaire, q);
        }
        Change::DeleteFlag { flag } => {
            scoring::delete_flag(&mut q, flag)?;
            return unbroken(questionnaire, q);
        }
        Change::Rules(rules) => return rules::apply(&q, rules),
    }
    Ok(q)
}

/// `changed`, or the linter errors it has that `before` did not.
fn unbroken(before: &Questionnaire, changed: Questionnaire) -> Result<Questionnaire, EditError> {
    let had = lint_errors(before);
    let new: Vec<Problem> = lint_errors(&changed)
        .into_iter()
        .filter(|p| !had.contains(p))
        .collect();
    match new.is_empty() {
        true => Ok(changed),
        false => Err(EditError::Breaks(new)),
    }
}

/// A rename of a warning sign's id with every answer that raises it, as the editor's id field
/// sends it.
pub fn rename_flag(from: &str, to: &str) -> Change {
    rename(IdKind::Flag, from, to)
}

/// A rename of a question's id, as the editor's id field sends it.
pub fn rename_question(from: &str, to: &str) -> Change {
    rename(IdKind::Question, from, to)
}

/// A rename of any id with every reference to it, as the editor's id fields send it.
pub fn rename(kind: IdKind, from: &str, to: &str) -> Change {
    Change::Edit(Edit::Rename {
        kind,
        from: from.to_owned(),
        to: to.trim().to_owned(),
    })
}

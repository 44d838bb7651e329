//! One own questionnaire open in the editor: the changes the editor makes to it (texts, kinds,
//! required, options (their order and tags), help lines and "find out" notes, scale labels, a number's unit, bounds
//! and rules with their tests, section intros, answers' points and warning signs, the warning
//! signs themselves with their safeguards, cap and letter line, when a part is shown, and the
//! structural edits of [`crate::edit`]), undo and redo, and the linter's problems sorted by the
//! part of the questionnaire they concern, so the page can show each beside its field. Texts
//! are written in the language the editor writes in (any the questionnaire offers, see
//! [`Draft::change_in`]; [`Draft::change`] writes the default
//! language); languages are added, removed and made the default by [`Change`]s too, and
//! [`missing_texts`] lists what one language still lacks. Pure: no browser imports.

use super::edit::{self, Edit, EditError, IdKind};
use super::lint::{Level, Problem, ProblemKind, lint};
use super::model::{
    Choice, Cmp, Condition, Effect, Kind, Lens, NumberSpec, Question, Questionnaire, SCALE_STEPS,
    Scale, Section, Severity, Target, Unit,
};
use super::text::{LANGUAGES, Text};

pub mod conditions;
pub mod rules;
mod scoring;
mod settings;
use rules::RulesChange;
pub use scoring::{
    AnswerSlot, FlagField, Shown, answer_ids, asked_earlier, compare_condition, compare_for,
    condition_for, earlier_numbers, earlier_questions, first_condition, fixed, parse_points,
    points_text, simple_condition,
};
pub use settings::{Bound, QuestionNote, ScaleEnd};

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
    /// Moves an option of a choice question from place `from` to place `to` (past the end is
    /// last): the order the prospect sees. Its id, points and warning signs go with it, so
    /// answers and conditions, which name options by id, are unaffected.
    MoveOption {
        /// The question's id.
        question: String,
        /// The option's place now.
        from: usize,
        /// Its place after.
        to: usize,
    },
    /// An option's tag (`industry:retail`), matched against the profile's welcome and avoid
    /// lists; `None` or blank takes it away.
    OptionTag {
        /// The question's id.
        question: String,
        /// The option's place.
        option: usize,
        /// The tag, or none.
        tag: Option<String>,
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
    /// Adds a rule at the end of a number question: "the answer is at least 0", with no points
    /// or warning signs yet (set them as any answer's).
    AddNumberRule {
        /// The question's id.
        question: String,
    },
    /// Deletes a rule of a number question, with its points and warning signs.
    DeleteNumberRule {
        /// The question's id.
        question: String,
        /// The rule's place.
        rule: usize,
    },
    /// Moves a rule of a number question from place `from` to place `to` (past the end is
    /// last): the first rule that holds is the one that counts, so the order is the scoring's.
    MoveNumberRule {
        /// The question's id.
        question: String,
        /// The rule's place now.
        from: usize,
        /// Its place after.
        to: usize,
    },
    /// A number rule's test: how the answer is compared, and with what (a fixed number, or a
    /// profile field times an optional factor). Refused when that is not a finite number or a
    /// profile field with a finite factor.
    NumberRuleTest {
        /// The question's id.
        question: String,
        /// The rule's place.
        rule: usize,
        /// How the answer is compared: `answer op than`.
        op: Cmp,
        /// What it is compared with.
        than: Target,
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
    /// Offers one more of the languages Client Fit speaks ([`LANGUAGES`]); its texts are
    /// missing until written. Refused for a language Client Fit does not speak.
    AddLanguage(String),
    /// One of a question's optional texts: its help line or its "find out" note (empty in the
    /// default language: none).
    QuestionNote {
        /// The question's id.
        id: String,
        /// Which text.
        note: QuestionNote,
        /// The new words.
        text: String,
    },
    /// Whether a question offers "I don't know yet".
    AllowUnknown {
        /// The question's id.
        id: String,
        /// Offered or not.
        allow: bool,
    },
    /// The label of one end of a scale question.
    ScaleLabel {
        /// The question's id.
        id: String,
        /// Which end.
        end: ScaleEnd,
        /// The new label.
        text: String,
    },
    /// A number question's unit.
    NumberUnit {
        /// The question's id.
        id: String,
        /// The new unit.
        unit: Unit,
    },
    /// A number question's smallest or largest answer (`None`: no bound). Refused when the
    /// smallest would be above the largest, or for a number that is not finite.
    NumberBound {
        /// The question's id.
        id: String,
        /// Which bound.
        bound: Bound,
        /// The bound, or none.
        value: Option<f64>,
    },
    /// A section's intro, the line under its title (empty in the default language: none).
    SectionIntro {
        /// The section's place.
        section: usize,
        /// The new words.
        text: String,
    },
    /// Whether a warning sign recommends a defined safeguard.
    FlagSafeguard {
        /// The warning sign's id.
        flag: String,
        /// The safeguard's id.
        safeguard: String,
        /// Recommended or not.
        recommended: bool,
    },
    /// The best verdict tier a client with a warning sign can get (`None`: no cap). Refused
    /// for a tier that is not defined.
    FlagCap {
        /// The warning sign's id.
        flag: String,
        /// The tier's id, or none.
        tier: Option<String>,
    },
    /// The line a warning sign adds to a letter (empty in the default language: none).
    FlagLetterLine {
        /// The warning sign's id.
        flag: String,
        /// The new words.
        text: String,
    },
    /// Stops offering a language and drops its texts (undo brings them back). Refused for the
    /// default language and for one not offered.
    RemoveLanguage(String),
    /// Makes an offered language the default, the one every text must have. Refused while a
    /// text lacks it (the questionnaire would have errors it did not have).
    DefaultLanguage(String),
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
            // A tag of one's own is typed too: one step, as a label.
            Change::OptionTag {
                question, option, ..
            } => Some(format!("option {question} {option} tag")),
            // Typing `-1.5` into a points field is one step, like typing a word.
            Change::Points {
                question,
                answer,
                dimension,
                ..
            } => Some(format!("points {question} {} {dimension}", answer.key())),
            Change::FlagText { flag, field, .. } => Some(format!("flag {flag} {field:?}")),
            Change::QuestionNote { id, note, .. } => Some(format!("question {id} {note:?}")),
            Change::ScaleLabel { id, end, .. } => Some(format!("scale {id} {end:?}")),
            // Typing `-1.5` into a bound is one step, as into a points field.
            Change::NumberBound { id, bound, .. } => Some(format!("number {id} {bound:?}")),
            Change::SectionIntro { section, .. } => Some(format!("section {section} intro")),
            Change::FlagLetterLine { flag, .. } => Some(format!("flag {flag} letter_line")),
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

    /// The draft with `change` made, its texts written in the default language, or why it
    /// was refused (the draft is as it was). `None` when it changes nothing.
    ///
    /// # Errors
    ///
    /// [`EditError::NotFound`] for a place or id that is not there; [`EditError::Breaks`] when
    /// a structural edit would add a linter error.
    pub fn change(&self, change: &Change) -> Result<Option<Draft>, EditError> {
        let default = self.questionnaire.default_language.clone();
        self.change_in(change, &default)
    }

    /// The draft with `change` made, its texts written in `language` (one the questionnaire
    /// offers), or why it was refused. A new part's words go in the default language too, so
    /// it leaves the questionnaire usable. Typing in one field in one language is one step of
    /// undo; the same field in another language is another field.
    ///
    /// # Errors
    ///
    /// As [`Draft::change`], and [`EditError::NotFound`] for a language not offered.
    pub fn change_in(&self, change: &Change, language: &str) -> Result<Option<Draft>, EditError> {
        let q = &self.questionnaire;
        if !offers(q, language) {
            return Err(EditError::NotFound(format!(
                "language `{language}` in this questionnaire"
            )));
        }
        let writing = Writing {
            language,
            default: &q.default_language,
        };
        let changed = apply(q, change, writing)?;
        if changed == self.questionnaire {
            return Ok(None);
        }
        let field = change.text_field().map(|f| format!("{language} {f}"));
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
            if let Some(scale) = &question.scale {
                for (end, text) in [("low", &scale.low), ("high", &scale.high)] {
                    if empty(text) {
                        let place = format!("question `{}` scale {end}", question.id);
                        found.push((at.clone(), missing(place)));
                    }
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

/// The languages a questionnaire offers: its default first, then the others it lists.
pub fn offered_languages(q: &Questionnaire) -> Vec<String> {
    let mut offered = vec![q.default_language.clone()];
    for language in &q.languages {
        if !offered.iter().any(|o| o.eq_ignore_ascii_case(language)) {
            offered.push(language.clone());
        }
    }
    offered
}

/// Whether the questionnaire offers `language` (its default, or one it lists).
pub fn offers(q: &Questionnaire, language: &str) -> bool {
    offered_languages(q)
        .iter()
        .any(|o| o.eq_ignore_ascii_case(language))
}

/// The language the editor writes in: `wanted` while the questionnaire offers it, else the
/// default (a language just removed, or another questionnaire opened).
pub fn writing_language(q: &Questionnaire, wanted: Option<&str>) -> String {
    match wanted {
        Some(language) if offers(q, language) => language.to_owned(),
        _ => q.default_language.clone(),
    }
}

/// The texts that have no words in `language` (empty or blank counts as none), each at its
/// part and with the linter's name for its place (`question `budget` text`): what is left to
/// translate. The same texts the linter counts in its missing-translation findings.
pub fn missing_texts(q: &Questionnaire, language: &str) -> Vec<(Part, String)> {
    let mut places = Vec::new();
    q.visit_texts(&mut |at, text| {
        // A prospect's copy leaves the consultant's texts out on purpose (as the linter sees).
        let consultants = (at.starts_with("flag ")
            && (at.ends_with(" reason") || at.ends_with(" advice")))
            || (at.starts_with("verdict ") && at.ends_with(" next"));
        if q.prospect_copy && consultants && text.is_empty() {
            return;
        }
        if text.lookup(language).is_none_or(|t| t.trim().is_empty()) {
            places.push(at.to_owned());
        }
    });
    places.into_iter().map(|at| (part_of(q, &at), at)).collect()
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

/// The language a change writes its texts in, and the questionnaire's default.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Writing<'a> {
    /// The language written in.
    pub(crate) language: &'a str,
    /// The questionnaire's default language.
    pub(crate) default: &'a str,
}

impl Writing<'_> {
    /// Whether this writes in another language than the default.
    fn translating(self) -> bool {
        !self.language.eq_ignore_ascii_case(self.default)
    }

    /// Writes `words` in the language written in. Emptying a translation takes that language
    /// out of the text (missing again); the default language keeps its empty words, shown as
    /// the error they are.
    pub(crate) fn set(self, text: &mut Text, words: &str) {
        if words.trim().is_empty() && self.translating() {
            text.0
                .retain(|key, _| !key.eq_ignore_ascii_case(self.language));
        } else {
            set(text, self.language, words);
        }
    }

    /// An optional text (an intro, a "find out" note): emptied in the default language it is
    /// gone, in another language only that language's words go (and the text with them when
    /// none are left).
    /// One not there yet, written in a translation, is new: it gets the default language's
    /// words too ([`Writing::new_text`]).
    pub(crate) fn set_optional(self, slot: &mut Option<Text>, words: &str) {
        if words.trim().is_empty() && !self.translating() {
            *slot = None;
            return;
        }
        match slot {
            Some(text) => self.set(text, words),
            None if words.trim().is_empty() => {}
            None => *slot = Some(self.new_text(words)),
        }
        if slot.as_ref().is_some_and(Text::is_empty) {
            *slot = None;
        }
    }

    /// A new part's words: in the language written in and in the default language, so the
    /// new part leaves the questionnaire usable.
    pub(crate) fn new_text(self, words: &str) -> Text {
        let mut text = Text::default();
        set(&mut text, self.default, words);
        set(&mut text, self.language, words);
        text
    }
}

/// Words that read the same in every language (a number), in each `q` offers.
fn everywhere(q: &Questionnaire, words: &str) -> Text {
    let mut text = Text::default();
    for language in offered_languages(q) {
        set(&mut text, &language, words);
    }
    text
}

/// A problem for a language change refused, said in `message`.
fn language_problem(language: &str, message: String) -> EditError {
    EditError::Breaks(vec![Problem {
        level: Level::Error,
        kind: ProblemKind::MissingTranslation,
        at: format!("language `{language}`"),
        line: None,
        column: None,
        message,
    }])
}

/// The languages `q` lists, with its default among them (a questionnaire may list none).
fn listed_with_default(q: &Questionnaire) -> Vec<String> {
    let mut listed = q.languages.clone();
    if !listed
        .iter()
        .any(|l| l.eq_ignore_ascii_case(&q.default_language))
    {
        listed.insert(0, q.default_language.clone());
    }
    listed
}

/// A language change made to `q`, or why it was refused.
fn change_language(q: &mut Questionnaire, change: &Change) -> Result<(), EditError> {
    let before = q.clone();
    let not_offered = |language: &str| {
        EditError::NotFound(format!("language `{language}` in this questionnaire"))
    };
    match change {
        Change::AddLanguage(language) => {
            let Some(known) = LANGUAGES.iter().find(|l| l.eq_ignore_ascii_case(language)) else {
                return Err(EditError::NotFound(format!(
                    "language `{language}` among those Client Fit speaks"
                )));
            };
            if offers(q, known) {
                return Ok(());
            }
            q.languages = listed_with_default(q);
            q.languages.push((*known).to_owned());
        }
        Change::RemoveLanguage(language) => {
            if !offers(q, language) {
                return Err(not_offered(language));
            }
            if language.eq_ignore_ascii_case(&q.default_language) {
                return Err(language_problem(
                    language,
                    format!(
                        "`{language}` is the default language, which every text needs: make \
                         another language the default first"
                    ),
                ));
            }
            q.languages.retain(|l| !l.eq_ignore_ascii_case(language));
            q.visit_texts_mut(&mut |_, text| {
                text.0.retain(|key, _| !key.eq_ignore_ascii_case(language));
            });
        }
        Change::DefaultLanguage(language) => {
            let Some(offered) = offered_languages(q)
                .into_iter()
                .find(|l| l.eq_ignore_ascii_case(language))
            else {
                return Err(not_offered(language));
            };
            q.languages = listed_with_default(q);
            q.default_language = offered;
            let had: Vec<Problem> = errors(&before);
            let new: Vec<Problem> = errors(q).into_iter().filter(|p| !had.contains(p)).collect();
            if !new.is_empty() {
                let missing = missing_texts(q, language).len();
                return Err(match missing {
                    0 => EditError::Breaks(new),
                    _ => language_problem(
                        language,
                        format!(
                            "{missing} text(s) have no `{language}` words yet: write them \
                             before making it the default"
                        ),
                    ),
                });
            }
        }
        _ => {}
    }
    Ok(())
}

/// The errors of `q` by [`problems`].
fn errors(q: &Questionnaire) -> Vec<Problem> {
    problems(q)
        .into_iter()
        .filter(|(_, p)| p.level == Level::Error)
        .map(|(_, p)| p)
        .collect()
}

fn question_mut<'a>(q: &'a mut Questionnaire, id: &str) -> Result<&'a mut Question, EditError> {
    q.sections
        .iter_mut()
        .flat_map(|s| s.questions.iter_mut())
        .find(|each| each.id == id)
        .ok_or_else(|| EditError::NotFound(format!("question `{id}`")))
}

/// Option `option` of question `question`, to change.
fn option_mut<'a>(
    q: &'a mut Questionnaire,
    question: &str,
    option: usize,
) -> Result<&'a mut Choice, EditError> {
    question_mut(q, question)?
        .options
        .get_mut(option)
        .ok_or_else(|| {
            EditError::NotFound(format!("option {} of question `{question}`", option + 1))
        })
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
fn yes_no(q: &Questionnaire, id: String, text: &str, writing: Writing<'_>) -> Question {
    let first = q.dimensions.first().map(|d| d.id.as_str());
    Question::yes_no(id, writing.new_text(text), first)
}

fn apply(
    questionnaire: &Questionnaire,
    change: &Change,
    writing: Writing<'_>,
) -> Result<Questionnaire, EditError> {
    let mut q = questionnaire.clone();
    match change {
        Change::Title(text) => writing.set(&mut q.title, text),
        Change::Lens(lens) => q.lens = *lens,
        Change::Intro(text) => writing.set_optional(&mut q.intro, text),
        Change::SectionTitle { section, text } => {
            let section = q
                .sections
                .get_mut(*section)
                .ok_or_else(|| EditError::NotFound(format!("section {}", section + 1)))?;
            writing.set(&mut section.title, text);
        }
        Change::QuestionText { id, text } => writing.set(&mut question_mut(&mut q, id)?.text, text),
        Change::Required { id, required } => question_mut(&mut q, id)?.required = *required,
        Change::QuestionKind { id, kind } => {
            let first_dimension = q.dimensions.first().map(|d| d.id.clone());
            // Numbers read the same in every language: a new option or scale end says them in
            // each one offered.
            let label = |n: usize| everywhere(questionnaire, &n.to_string());
            let question = question_mut(&mut q, id)?;
            question.kind = *kind;
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
            // Only a chosen option's tag brings them in: without options they would do nothing.
            if !matches!(kind, Kind::Single | Kind::Multi) {
                question.on_welcome = None;
                question.on_avoided = None;
            }
            if *kind == Kind::YesNo && question.yes.is_none() && question.no.is_none() {
                let fresh = yes_no(questionnaire, String::new(), "", writing);
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
            let choice = option_mut(&mut q, question, *option)?;
            writing.set(&mut choice.label, text);
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
        Change::MoveOption { question, from, to } => {
            let options = &mut question_mut(&mut q, question)?.options;
            edit::move_item(options, *from, *to, || {
                format!("option {} of question `{question}`", from + 1)
            })?;
            return unbroken(questionnaire, q);
        }
        Change::OptionTag {
            question,
            option,
            tag,
        } => {
            let choice = option_mut(&mut q, question, *option)?;
            // The profile matches tags exactly: spaces around one would never match.
            choice.tag = (tag.as_deref().map(str::trim))
                .filter(|t| !t.is_empty())
                .map(str::to_owned);
            return unbroken(questionnaire, q);
        }
        Change::AddOption { question, label } => {
            let question = question_mut(&mut q, question)?;
            let id = {
                let taken: Vec<String> = question.options.iter().map(|o| o.id.clone()).collect();
                next_id("option", |id| taken.iter().any(|t| t == id))
            };
            question.options.push(Choice {
                id,
                label: writing.new_text(label),
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
                writing,
            );
            let section = Section {
                id,
                title: writing.new_text(title),
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
                writing,
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
            scoring::set_flag_text(&mut q, flag, *field, text, writing)?
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
        Change::AddNumberRule { question } => {
            scoring::add_rule(&mut q, question)?;
            return unbroken(questionnaire, q);
        }
        Change::DeleteNumberRule { question, rule } => {
            scoring::delete_rule(&mut q, question, *rule)?;
            return unbroken(questionnaire, q);
        }
        Change::MoveNumberRule { question, from, to } => {
            scoring::move_rule(&mut q, question, *from, *to)?;
            return unbroken(questionnaire, q);
        }
        Change::NumberRuleTest {
            question,
            rule,
            op,
            than,
        } => {
            scoring::set_rule_test(&mut q, question, *rule, *op, than)?;
            return unbroken(questionnaire, q);
        }
        Change::AddFlag {
            title,
            reason,
            advice,
        } => {
            scoring::add_flag(&mut q, [title, reason, advice], writing);
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
        Change::Rules(rules) => return rules::apply_in(&q, rules, writing),
        // Texts: typing may empty one for a moment, shown as a problem, not refused.
        Change::QuestionNote { id, note, text } => {
            settings::set_note(&mut q, id, *note, text, writing)?
        }
        Change::ScaleLabel { id, end, text } => {
            settings::set_scale_label(&mut q, id, *end, text, writing)?
        }
        Change::SectionIntro { section, text } => {
            settings::set_section_intro(&mut q, *section, text, writing)?
        }
        Change::FlagLetterLine { flag, text } => {
            settings::set_letter_line(&mut q, flag, text, writing)?
        }
        // Settings: refused when they would add a linter error.
        Change::AllowUnknown { id, allow } => {
            question_mut(&mut q, id)?.allow_unknown = *allow;
            return unbroken(questionnaire, q);
        }
        Change::NumberUnit { id, unit } => {
            settings::set_unit(&mut q, id, *unit)?;
            return unbroken(questionnaire, q);
        }
        Change::NumberBound { id, bound, value } => {
            settings::set_bound(&mut q, id, *bound, *value)?;
            return unbroken(questionnaire, q);
        }
        Change::FlagSafeguard {
            flag,
            safeguard,
            recommended,
        } => {
            settings::recommend(&mut q, flag, safeguard, *recommended)?;
            return unbroken(questionnaire, q);
        }
        Change::FlagCap { flag, tier } => {
            settings::set_cap(&mut q, flag, tier.as_deref())?;
            return unbroken(questionnaire, q);
        }
        Change::AddLanguage(_) | Change::RemoveLanguage(_) | Change::DefaultLanguage(_) => {
            change_language(&mut q, change)?
        }
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

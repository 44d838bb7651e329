//! Checking a questionnaire that parsed: ids, kinds, conditions, points and weights, warning
//! signs, safeguards, letters, verdict tiers, judgement rules and translations. The result is a
//! list of precise [`Problem`]s, each saying where and why. Consultants edit these files by hand,
//! so every message names the place and suggests the fix. Reading the file is
//! [`crate::load`]'s job, not this module's. Pure: no browser imports.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::id_table::IdTable;
use super::model::{
    Condition, Kind, Lens, MAX_UNBACKED_DROP, POINTS_RANGE, Points, Question, Questionnaire,
    SCALE_STEPS, Severity, Target, WEIGHT_RANGE,
};
use super::numbers::Num;
use super::profile::Profile;
use super::scoring::{Parts, for_each_possible};
use super::small_map::{SmallMap, SmallSet};

/// Longest chain of conditions (a shown-if b shown-if c ...); a longer one is a
/// [`ProblemKind::ConditionTooDeep`] error.
pub const MAX_CONDITION_DEPTH: usize = 32;
/// Longest id, in bytes; ids are 1 to this many lowercase ASCII letters, digits, `_` or `-`.
pub const MAX_ID_LEN: usize = 64;

// The linter's fixed words where one kind at one place covers several situations:
// `crate::problem_advice` tells those apart by these, so the two cannot drift apart.
/// A choice question with fewer than two options.
pub(crate) const NEEDS_OPTIONS: &str = "a choice question needs at least two `options`";
/// A yes/no question with neither a yes nor a no effect.
pub(crate) const NEEDS_YES_NO: &str = "a yes/no question needs a `yes` or a `no` effect";
/// A scale question without its five steps.
pub(crate) const NEEDS_SCALE: &str = "a scale question needs `scale` with exactly five `steps`";
/// A number question without its `number` (and so its unit).
pub(crate) const NEEDS_UNIT: &str = "a number question needs `number` with a unit";
/// A number question whose smallest answer is above its largest.
pub(crate) const MIN_ABOVE_MAX: &str = "`number.min` is above `number.max`";
/// Points for welcomed or avoided work on a question none of whose options has a tag.
pub(crate) const UNTAGGED: &str = "`on_welcome`/`on_avoided` do nothing: no option has a `tag`";
/// A comparison with neither a value nor a profile field.
pub(crate) const NO_TARGET: &str =
    "a comparison needs either a finite `value` or a `profile` field (with an optional `factor`)";
/// The end of the message of an `any_of` listing no options.
pub(crate) const NEVER_HOLDS: &str = "lists no options, so it never holds";
/// The end of the message of a gap below the lowest tier.
pub(crate) const LOWEST_AT_0: &str = "the lowest tier must start at 0";
/// A tier out of reach because nothing is scored.
pub(crate) const NOT_SCORABLE: &str =
    "no answer gives points to a weighted dimension, so no score can reach this tier";
/// First-impression rules on an intake.
pub(crate) const INTAKE_IMPRESSION: &str = "an intake is answered by the prospect, who records no first impression, so these rules never apply";
/// `when_backed` without `backed_by`.
pub(crate) const BACKED_BY_NONE: &str =
    "`when_backed` is set but `backed_by` names no flag, so it never applies";
/// Confidence shares outside 0 to 1.
pub(crate) const SHARES: &str =
    "`judge_at` and `firm_at` are shares of what matters answered, from 0 to 1 (0.5 is half)";

/// Errors stop loading; warnings do not. Errors sort before warnings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// The file cannot be used: [`crate::load::load`] refuses it.
    Error,
    /// The file works, but something in it is probably not what its author meant.
    Warning,
}

/// What kind of problem, so tools and tests can tell them apart without reading messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// The file is over [`crate::load::MAX_FILE_BYTES`].
    TooLarge,
    /// The file is not valid JSON (or is cut off); comes with a line and column.
    Syntax,
    /// A value has the wrong type or shape, or a field is unknown or missing; comes with the
    /// line and column, and the JSON path with the `error-paths` feature (else `at` is `file`).
    Type,
    /// `format` is missing, not a number, or newer than [`FORMAT_VERSION`](crate::model::FORMAT_VERSION).
    FormatVersion,
    /// No dimensions, no verdict tiers or no questions (errors), or a section without questions
    /// (a warning).
    Empty,
    /// An id that is empty, too long (over [`MAX_ID_LEN`]) or has characters other than
    /// lowercase ASCII letters, digits, `_` and `-`.
    BadId,
    /// The same id twice where ids must be unique.
    DuplicateId,
    /// A question lacks what its kind needs (an error), or has fields its kind ignores (a
    /// warning).
    KindMismatch,
    /// A condition names a question that does not exist.
    UnknownQuestion,
    /// A condition names an option its question does not have.
    UnknownOption,
    /// A condition tests a question in a way its kind cannot answer, compares with nothing, or
    /// can never hold.
    ConditionType,
    /// Whether a question is shown depends, through conditions, on itself.
    ConditionCycle,
    /// A chain of conditions longer than [`MAX_CONDITION_DEPTH`].
    ConditionTooDeep,
    /// Points go to a dimension that is not defined.
    UnknownDimension,
    /// A dimension no answer gives points to (a warning): it never has a score.
    UnusedDimension,
    /// A dimension's weight outside [`WEIGHT_RANGE`] or not a number.
    WeightOutOfRange,
    /// Points outside [`POINTS_RANGE`], or a verdict tier's bounds
    /// outside 0 to 100.
    PointsOutOfRange,
    /// Texts without a translation: an error for the default language, a warning for the other
    /// languages the file claims.
    MissingTranslation,
    /// Two verdict tiers cover the same scores.
    VerdictOverlap,
    /// Some overall scores from 0 to 100 have no verdict tier.
    VerdictGap,
    /// A verdict tier no score can fall in (`min` not below `max`, or nothing is scored).
    VerdictUnreachable,
    /// An answer or `backed_by` names a warning sign that is not defined.
    UnknownFlag,
    /// A warning sign no answer raises (a warning): it can never show.
    FlagNeverRaised,
    /// A warning sign recommends a safeguard that is not defined.
    UnknownSafeguard,
    /// A safeguard no warning sign recommends (a warning): it can never show.
    UnusedSafeguard,
    /// A verdict tier offers a letter that is not defined.
    UnknownLetter,
    /// `caps_at` or `when_backed` names a verdict tier that is not defined.
    UnknownVerdict,
    /// A question none of whose answers gives points or raises a flag (a warning).
    NoEffect,
    /// An answer that raises a warning sign gives more points than one that raises none (a
    /// warning): a warning sign should never raise the score.
    FlaggedAnswerScoresHigher,
    /// A first-impression or confidence rule outside what it can be, or one that never applies.
    RuleOutOfRange,
}

impl ProblemKind {
    /// Every kind, for tests that must cover them all.
    pub const ALL: &'static [ProblemKind] = &[
        ProblemKind::TooLarge,
        ProblemKind::Syntax,
        ProblemKind::Type,
        ProblemKind::FormatVersion,
        ProblemKind::Empty,
        ProblemKind::BadId,
        ProblemKind::DuplicateId,
        ProblemKind::KindMismatch,
        ProblemKind::UnknownQuestion,
        ProblemKind::UnknownOption,
        ProblemKind::ConditionType,
        ProblemKind::ConditionCycle,
        ProblemKind::ConditionTooDeep,
        ProblemKind::UnknownDimension,
        ProblemKind::UnusedDimension,
        ProblemKind::WeightOutOfRange,
        ProblemKind::PointsOutOfRange,
        ProblemKind::MissingTranslation,
        ProblemKind::VerdictOverlap,
        ProblemKind::VerdictGap,
        ProblemKind::VerdictUnreachable,
        ProblemKind::UnknownFlag,
        ProblemKind::FlagNeverRaised,
        ProblemKind::UnknownSafeguard,
        ProblemKind::UnusedSafeguard,
        ProblemKind::UnknownLetter,
        ProblemKind::UnknownVerdict,
        ProblemKind::NoEffect,
        ProblemKind::FlaggedAnswerScoresHigher,
        ProblemKind::RuleOutOfRange,
    ];
}

/// One problem in a questionnaire file: how bad, what kind, where, and a message for the person
/// editing the file that says what to change. Displays as `error: <at> (line L, column C): <message>`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub struct Problem {
    /// Whether it stops loading.
    pub level: Level,
    /// What kind of problem, for tools and tests.
    pub kind: ProblemKind,
    /// Where: a JSON path (`sections[1].questions[0].kind`) or a named part (`question `budget``).
    pub at: String,
    /// The line (from 1), for problems found while reading the JSON.
    pub line: Option<usize>,
    /// The column (from 1), with `line`.
    pub column: Option<usize>,
    /// What is wrong and how to fix it, in English.
    pub message: String,
}

/// The problems of one file, displayed one after the other (separated by `; `), where a single
/// line has to say them all: an option's error, a refused backup entry, a file that would not
/// load.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl From<Vec<Problem>> for Problems {
    fn from(problems: Vec<Problem>) -> Self {
        Problems(problems)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.level {
            Level::Error => "error",
            Level::Warning => "warning",
        };
        write!(f, "{level}: {}", self.at)?;
        if let (Some(line), Some(column)) = (self.line, self.column) {
            write!(f, " (line {line}, column {column})")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Every problem in a questionnaire that parsed, errors first (in the order the checks run
/// within each level). An empty list means the file is sound; [`crate::load::load`] runs this
/// and refuses the file when any problem is an error.
pub fn lint(questionnaire: &Questionnaire) -> Vec<Problem> {
    let mut linter = Linter::<true>::new(questionnaire);
    linter.run();
    crate::order::sort_by_key(&mut linter.problems, |p| p.level);
    linter.problems
}

/// Only the errors that would make scoring or the prospect's screens go wrong, with the same
/// messages as [`lint`]'s: ids that are malformed or repeated, questions their kind cannot
/// show, conditions naming what does not exist or testing it the wrong way, condition cycles and
/// chains too deep to evaluate, points and weights out of range or for unknown dimensions,
/// unknown flags, safeguards and verdict tiers, verdict tiers that leave gaps or overlap, and
/// judgement rules out of range. An empty list means the engine can use the file.
///
/// Left out, because they are about the file's quality rather than its soundness, and the
/// consultant's tools ([`lint`], `client-fit-lint`, the app) report them when the file is
/// prepared: every warning, missing translations (a text falls back to another language),
/// letters (the consultant's), and tiers out of reach because no answer gives points (the
/// verdict is then withheld, as with too little known). This is what [`crate::load::load`]
/// runs without the `full-lint` feature (the prospect's widget), so the widget's wasm does not
/// carry the rest of the linter.
pub fn check(questionnaire: &Questionnaire) -> Vec<Problem> {
    let mut linter = Linter::<false>::new(questionnaire);
    linter.run();
    linter.problems
}

/// `FULL` is whether to run every check ([`lint`]) or only [`check`]'s: a constant, so the
/// compiler drops the rest from a build that only checks.
struct Linter<'a, const FULL: bool> {
    q: &'a Questionnaire,
    problems: Vec<Problem>,
}

impl<'a, const FULL: bool> Linter<'a, FULL> {
    fn new(q: &'a Questionnaire) -> Self {
        Linter {
            q,
            problems: Vec::new(),
        }
    }

    fn run(&mut self) {
        self.structure();
        self.ids();
        self.kinds();
        self.conditions();
        self.dimensions_and_points();
        self.flags_safeguards_letters();
        self.verdicts();
        self.judgement_rules();
        if FULL {
            self.translations();
        }
    }

    fn report(
        &mut self,
        level: Level,
        kind: ProblemKind,
        at: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.problems.push(Problem {
            level,
            kind,
            at: at.into(),
            line: None,
            column: None,
            message: message.into(),
        });
    }

    fn error(&mut self, kind: ProblemKind, at: impl Into<String>, message: impl Into<String>) {
        self.report(Level::Error, kind, at, message);
    }

    fn warn(&mut self, kind: ProblemKind, at: impl Into<String>, message: impl Into<String>) {
        self.report(Level::Warning, kind, at, message);
    }

    fn structure(&mut self) {
        if self.q.dimensions.is_empty() {
            self.error(
                ProblemKind::Empty,
                "dimensions",
                "define at least one dimension to score on",
            );
        }
        if self.q.verdicts.is_empty() {
            self.error(
                ProblemKind::Empty,
                "verdicts",
                "define at least one verdict tier",
            );
        }
        if self.q.questions().next().is_none() {
            self.error(
                ProblemKind::Empty,
                "sections",
                "the questionnaire has no questions",
            );
        }
        // Empty sections are a warning: the full linter's only (as in the other
        // `filter(|_| FULL)` loops).
        for section in self.q.sections.iter().filter(|_| FULL) {
            if section.questions.is_empty() {
                self.warn(
                    ProblemKind::Empty,
                    format!("section `{}`", section.id),
                    "this section has no questions",
                );
            }
        }
    }

    fn ids(&mut self) {
        let q = self.q;
        // (where the group lives, what its ids name, the ids)
        let mut groups: Vec<(String, &str, Vec<&str>)> = vec![
            (String::new(), "questionnaire", vec![q.id.as_str()]),
            (
                String::new(),
                "dimension",
                q.dimensions.iter().map(|d| d.id.as_str()).collect(),
            ),
            (
                String::new(),
                "section",
                q.sections.iter().map(|s| s.id.as_str()).collect(),
            ),
            (
                String::new(),
                "question",
                q.questions().map(|(_, q)| q.id.as_str()).collect(),
            ),
            (
                String::new(),
                "flag",
                q.flags.iter().map(|f| f.id.as_str()).collect(),
            ),
            (
                String::new(),
                "safeguard",
                q.safeguards.iter().map(|s| s.id.as_str()).collect(),
            ),
            (
                String::new(),
                "verdict",
                q.verdicts.iter().map(|v| v.id.as_str()).collect(),
            ),
            (
                String::new(),
                "letter",
                q.letters.iter().map(|l| l.id.as_str()).collect(),
            ),
        ];
        for (_, question) in q.questions() {
            // Option ids only need to be unique within their question, so the place names it.
            groups.push((
                format!("question `{}` ", question.id),
                "option",
                question.options.iter().map(|o| o.id.as_str()).collect(),
            ));
        }
        for (within, what, ids) in groups {
            // An id is repeated where the table (which keeps the first of each) has it at an
            // earlier position: one pass, however many ids.
            let seen = IdTable::new(ids.iter().copied());
            for (position, id) in ids.into_iter().enumerate() {
                if !valid_id(id) {
                    self.error(
                        ProblemKind::BadId,
                        format!("{within}{what} `{id}`"),
                        format!("ids use 1 to {MAX_ID_LEN} lowercase letters, digits, `_` or `-`"),
                    );
                }
                if seen.position(id) != Some(position) {
                    self.error(
                        ProblemKind::DuplicateId,
                        format!("{within}{what} `{id}`"),
                        format!("the {what} id `{id}` is used more than once; ids must be unique"),
                    );
                }
            }
        }
    }

    fn kinds(&mut self) {
        for (_, question) in self.q.questions() {
            let at = format!("question `{}`", question.id);
            let need = |ok: bool, what: &str, linter: &mut Self| {
                if !ok {
                    linter.error(ProblemKind::KindMismatch, at.clone(), what.to_owned());
                }
            };
            match question.kind {
                Kind::Single | Kind::Multi => {
                    need(question.options.len() >= 2, NEEDS_OPTIONS, self)
                }
                Kind::YesNo => need(
                    question.yes.is_some() || question.no.is_some(),
                    NEEDS_YES_NO,
                    self,
                ),
                Kind::Scale => need(
                    question
                        .scale
                        .as_ref()
                        .is_some_and(|s| s.steps.len() == SCALE_STEPS),
                    NEEDS_SCALE,
                    self,
                ),
                Kind::Number => {
                    need(question.number.is_some(), NEEDS_UNIT, self);
                    if let Some(number) = &question.number {
                        if let (Some(min), Some(max)) = (number.min, number.max) {
                            need(min <= max, MIN_ABOVE_MAX, self);
                        }
                        for rule in &number.rules {
                            self.target(&at, &rule.than);
                        }
                    }
                }
                Kind::Text => {}
            }
            // The rest are warnings: the full linter's only.
            if !FULL {
                continue;
            }
            let stray = [
                (
                    !question.options.is_empty()
                        && !matches!(question.kind, Kind::Single | Kind::Multi),
                    "options",
                ),
                (
                    (question.yes.is_some() || question.no.is_some())
                        && question.kind != Kind::YesNo,
                    "yes/no",
                ),
                (
                    question.scale.is_some() && question.kind != Kind::Scale,
                    "scale",
                ),
                (
                    question.number.is_some() && question.kind != Kind::Number,
                    "number",
                ),
            ];
            for (present, field) in stray {
                if present {
                    self.warn(
                        ProblemKind::KindMismatch,
                        at.clone(),
                        format!("`{field}` is ignored on a question of this kind"),
                    );
                }
            }
            let tagged = question.options.iter().any(|o| o.tag.is_some());
            if (question.on_welcome.is_some() || question.on_avoided.is_some()) && !tagged {
                self.warn(ProblemKind::KindMismatch, at.clone(), UNTAGGED);
            }
        }
    }

    fn target(&mut self, at: &str, target: &Target) {
        let ok = match (target.value, target.profile) {
            (Some(v), None) => v.is_finite() && target.factor.is_none(),
            (None, Some(_)) => target.factor.is_none_or(f64::is_finite),
            _ => false,
        };
        if !ok {
            self.error(ProblemKind::ConditionType, at.to_owned(), NO_TARGET);
        }
    }

    fn conditions(&mut self) {
        let q = self.q;
        // The last of a repeated id wins, as it did in the `HashMap` this was.
        let questions: SmallMap<&str, &Question> = q
            .questions()
            .map(|(_, question)| (question.id.as_str(), question))
            .collect();
        // Which questions each question's visibility depends on (its own and its section's).
        let mut depends: Vec<(&str, Vec<&str>)> = Vec::new();
        for section in &q.sections {
            let mut section_refs = Vec::new();
            if let Some(condition) = &section.show_if {
                let at = format!("section `{}` show_if", section.id);
                self.condition(&at, condition, &questions, &mut section_refs);
            }
            for question in &section.questions {
                let mut refs = section_refs.clone();
                if let Some(condition) = &question.show_if {
                    let at = format!("question `{}` show_if", question.id);
                    self.condition(&at, condition, &questions, &mut refs);
                }
                depends.push((&question.id, refs));
            }
        }
        // Sorted once, rather than each question inserted into the middle of a sorted map;
        // a repeated id gathers the dependencies of each question carrying it.
        let depends = SmallMap::from_entries_merging(depends, |kept, later| kept.extend(later));
        self.cycles_and_depth(&depends);
    }

    fn condition<'q>(
        &mut self,
        at: &str,
        condition: &'q Condition,
        questions: &SmallMap<&str, &Question>,
        refs: &mut Vec<&'q str>,
    ) {
        let mut check = |linter: &mut Self, id: &'q str, options: &[&String], compare: bool| {
            refs.push(id);
            let Some(question) = questions.get(id) else {
                linter.error(
                    ProblemKind::UnknownQuestion,
                    at.to_owned(),
                    format!("the condition names a question `{id}` that does not exist"),
                );
                return;
            };
            let fits = match question.kind {
                Kind::Single | Kind::Multi => !compare,
                Kind::YesNo => !compare,
                Kind::Scale | Kind::Number => compare || options.is_empty(),
                Kind::Text => options.is_empty() && !compare,
            };
            if !fits {
                linter.error(
                    ProblemKind::ConditionType,
                    at.to_owned(),
                    format!(
                        "question `{id}` cannot be tested this way: use `is`/`any_of` for choice and yes/no questions, `compare` for numbers and scales"
                    ),
                );
                return;
            }
            for option in options {
                let known = match question.kind {
                    Kind::YesNo => *option == "yes" || *option == "no",
                    _ => question.options.iter().any(|o| &o.id == *option),
                };
                if !known {
                    linter.error(
                        ProblemKind::UnknownOption,
                        at.to_owned(),
                        format!("question `{id}` has no option `{option}`"),
                    );
                }
            }
        };
        match condition {
            Condition::Answered(id) => check(self, id, &[], false),
            Condition::Is { question, option } => check(self, question, &[option], false),
            Condition::AnyOf { question, options } => {
                if options.is_empty() {
                    self.error(
                        ProblemKind::ConditionType,
                        at.to_owned(),
                        format!("`any_of` on question `{question}` {NEVER_HOLDS}"),
                    );
                }
                let options: Vec<&String> = options.iter().collect();
                check(self, question, &options, false);
            }
            Condition::Compare { question, than, .. } => {
                check(self, question, &[], true);
                self.target(at, than);
            }
            Condition::ProfileSet(_) | Condition::FriendsPolicy(_) => {}
            Condition::All(list) | Condition::Any(list) => {
                for inner in list {
                    self.condition(at, inner, questions, refs);
                }
            }
            Condition::Not(inner) => self.condition(at, inner, questions, refs),
        }
    }

    fn cycles_and_depth(&mut self, depends: &SmallMap<&str, Vec<&str>>) {
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            Open,
            Done(usize),
        }
        // Every question gets its place up front (the keys come sorted, so this is a copy),
        // and marks change in place: no insertion into the middle of a sorted map.
        let mut marks: SmallMap<&str, Option<Mark>> =
            depends.keys().map(|&id| (id, None)).collect();
        fn set(marks: &mut SmallMap<&str, Option<Mark>>, id: &str, to: Mark) {
            if let Some(at) = marks.get_mut(id) {
                *at = Some(to);
            }
        }
        let mut cycles: SmallSet<(String, String)> = SmallSet::new();
        let mut deepest = (0, "");
        for &root in depends.keys() {
            if marks.get(root).copied().flatten().is_some() {
                continue;
            }
            // Depth-first with an explicit stack, not recursion: a hand-made or generated file
            // can chain thousands of conditions, and that must end in a "too deep" message, not
            // a stack overflow (the wasm stack is small).
            // Each frame: (question, next dependency to look at, longest chain found below it).
            let mut stack: Vec<(&str, usize, usize)> = vec![(root, 0, 0)];
            set(&mut marks, root, Mark::Open);
            while let Some(&mut (id, edge, _)) = stack.last_mut() {
                let Some(&next) = depends[id].get(edge) else {
                    let (id, _, depth) = stack.pop().unwrap_or((id, 0, 0));
                    set(&mut marks, id, Mark::Done(depth));
                    if depth > deepest.0 {
                        deepest = (depth, id);
                    }
                    if let Some(parent) = stack.last_mut() {
                        parent.2 = parent.2.max(1 + depth);
                    }
                    continue;
                };
                if let Some(top) = stack.last_mut() {
                    top.1 += 1;
                }
                if !depends.contains_key(next) {
                    // An unknown question, reported where the condition is checked.
                    continue;
                }
                match marks.get(next).copied().flatten() {
                    Some(Mark::Done(depth)) => {
                        if let Some(top) = stack.last_mut() {
                            top.2 = top.2.max(1 + depth);
                        }
                    }
                    Some(Mark::Open) => {
                        let start = stack.iter().position(|f| f.0 == next).unwrap_or(0);
                        let mut cycle: Vec<&str> = stack[start..].iter().map(|f| f.0).collect();
                        cycle.push(next);
                        cycles.insert((next.to_owned(), cycle.join(" → ")));
                    }
                    None => {
                        set(&mut marks, next, Mark::Open);
                        stack.push((next, 0, 0));
                    }
                }
            }
        }
        for (first, cycle) in cycles {
            self.error(
                ProblemKind::ConditionCycle,
                format!("question `{first}`"),
                format!(
                    "whether it is shown depends, through its own or its section's condition, on itself, so it can never be decided: {cycle}"
                ),
            );
        }
        if deepest.0 > MAX_CONDITION_DEPTH {
            self.error(
                ProblemKind::ConditionTooDeep,
                format!("question `{}` show_if", deepest.1),
                format!(
                    "its condition hangs on a chain of {} other conditions; keep chains under {MAX_CONDITION_DEPTH}",
                    deepest.0
                ),
            );
        }
    }

    fn dimensions_and_points(&mut self) {
        let q = self.q;
        for dimension in &q.dimensions {
            if !dimension.weight.is_finite() || !WEIGHT_RANGE.contains(&dimension.weight) {
                self.error(
                    ProblemKind::WeightOutOfRange,
                    format!("dimension `{}`", dimension.id),
                    format!(
                        "weight {} is out of range; use {} to {}",
                        Num(dimension.weight),
                        Num(*WEIGHT_RANGE.start()),
                        Num(*WEIGHT_RANGE.end())
                    ),
                );
            }
        }
        let mut used: SmallSet<&str> = SmallSet::new();
        let mentioned = if FULL {
            mentioned_in_conditions(q)
        } else {
            SmallSet::new()
        };
        for (_, question) in q.questions() {
            let at = format!("question `{}`", question.id);
            for points in points_maps(question) {
                for (dimension, value) in points {
                    // Zero points cannot move a score, so they do not count as using it.
                    if FULL && *value != 0.0 {
                        used.insert(dimension);
                    }
                    if q.dimension(dimension).is_none() {
                        self.error(
                            ProblemKind::UnknownDimension,
                            at.clone(),
                            format!("points go to a dimension `{dimension}` that is not defined in `dimensions`"),
                        );
                    }
                    if !value.is_finite() || !POINTS_RANGE.contains(value) {
                        self.error(
                            ProblemKind::PointsOutOfRange,
                            at.clone(),
                            format!(
                                "{} points for `{dimension}` is out of range; use {} to {}",
                                Num(*value),
                                Num(*POINTS_RANGE.start()),
                                Num(*POINTS_RANGE.end())
                            ),
                        );
                    }
                }
            }
            // The rest are warnings: the full linter's only.
            if !FULL {
                continue;
            }
            // A question whose answer shows or hides others has an effect, even without points:
            // making it a text question, as the advice would say, would break those conditions.
            if question.kind != Kind::Text
                && !affects_anything(question)
                && !mentioned.contains(question.id.as_str())
            {
                self.warn(
                    ProblemKind::NoEffect,
                    at.clone(),
                    "no answer to this question gives points or raises a flag; give its answers an effect or make it a `text` question",
                );
            }
            self.flagged_scores_higher(question, &at);
        }
        for dimension in q.dimensions.iter().filter(|_| FULL) {
            if !used.contains(dimension.id.as_str()) {
                self.warn(
                    ProblemKind::UnusedDimension,
                    format!("dimension `{}`", dimension.id),
                    "no answer gives this dimension points, so it will never have a score",
                );
            }
        }
    }

    /// Keeps the promise that an answer raising a flag never raises the score.
    fn flagged_scores_higher(&mut self, question: &Question, at: &str) {
        let dimensions: Vec<&str> = self.q.dimensions.iter().map(|d| d.id.as_str()).collect();
        // Each possible answer as (points per dimension, raises a flag).
        let mut effects: Vec<(Vec<f64>, bool)> = Vec::new();
        let mut add = |parts: &Parts, _| {
            let points = dimensions.iter().map(|d| parts.points(d)).collect();
            effects.push((points, parts.flags().next().is_some()));
        };
        let profile = everything_set_profile();
        for_each_possible(question, &profile, &mut add);
        // A profile may welcome an option's tag, avoid it, or both, and `on_welcome` /
        // `on_avoided` then add points and flags: each of those is a possible effect too.
        for choice in &question.options {
            let Some(tag) = &choice.tag else { continue };
            for (welcome, avoid) in [(true, false), (false, true), (true, true)] {
                let profile = Profile {
                    welcome: if welcome {
                        vec![tag.clone()]
                    } else {
                        Vec::new()
                    },
                    avoided: if avoid { vec![tag.clone()] } else { Vec::new() },
                    ..profile.clone()
                };
                add(&Parts::of_choice(question, choice, &profile), None);
            }
        }
        let nothing = (vec![0.0; dimensions.len()], false);
        match question.kind {
            // Adding a flagged option to a selection must not add points.
            Kind::Multi => {
                effects = effects
                    .into_iter()
                    .filter(|(_, f)| *f)
                    .chain([nothing])
                    .collect()
            }
            // An answer that matches no rule gives nothing.
            Kind::Number => effects.push(nothing),
            _ => {}
        }
        let higher = |a: &[f64], b: &[f64]| a.iter().zip(b).any(|(a, b)| a > b);
        let broken = effects.iter().filter(|(_, f)| *f).any(|(flagged, _)| {
            effects
                .iter()
                .filter(|(_, f)| !*f)
                .any(|(other, _)| higher(flagged, other))
        });
        if broken {
            self.warn(
                ProblemKind::FlaggedAnswerScoresHigher,
                at.to_owned(),
                "an answer that raises a flag gives more points than one that raises none; a warning sign should never raise the score",
            );
        }
    }

    fn flags_safeguards_letters(&mut self) {
        let q = self.q;
        let mut raised: SmallSet<&str> = SmallSet::new();
        for (_, question) in q.questions() {
            for flag in flag_lists(question).flatten() {
                if FULL {
                    raised.insert(flag);
                }
                if q.flag(flag).is_none() {
                    self.error(
                        ProblemKind::UnknownFlag,
                        format!("question `{}`", question.id),
                        format!("raises a flag `{flag}` that is not defined in `flags`"),
                    );
                }
            }
        }
        let mut recommended: SmallSet<&str> = SmallSet::new();
        for flag in &q.flags {
            if FULL && !raised.contains(flag.id.as_str()) {
                self.warn(
                    ProblemKind::FlagNeverRaised,
                    format!("flag `{}`", flag.id),
                    "no answer raises this flag, so it can never show",
                );
            }
            for safeguard in &flag.safeguards {
                if FULL {
                    recommended.insert(safeguard);
                }
                if q.safeguard(safeguard).is_none() {
                    self.error(
                        ProblemKind::UnknownSafeguard,
                        format!("flag `{}`", flag.id),
                        format!("recommends a safeguard `{safeguard}` that is not defined in `safeguards`"),
                    );
                }
            }
        }
        for safeguard in q.safeguards.iter().filter(|_| FULL) {
            if !recommended.contains(safeguard.id.as_str()) {
                self.warn(
                    ProblemKind::UnusedSafeguard,
                    format!("safeguard `{}`", safeguard.id),
                    "no flag recommends this safeguard, so it can never show",
                );
            }
        }
        for flag in &q.flags {
            if let Some(tier) = flag.caps_at.as_deref().filter(|t| q.verdict(t).is_none()) {
                self.error(
                    ProblemKind::UnknownVerdict,
                    format!("flag `{}`", flag.id),
                    format!("`caps_at` names a verdict `{tier}` that is not defined in `verdicts`"),
                );
            }
        }
        // Letters are the consultant's: the prospect's screens never offer one.
        for verdict in q.verdicts.iter().filter(|_| FULL) {
            for letter in &verdict.letters {
                if q.letter(letter).is_none() {
                    self.error(
                        ProblemKind::UnknownLetter,
                        format!("verdict `{}`", verdict.id),
                        format!("offers a letter `{letter}` that is not defined in `letters`"),
                    );
                }
            }
        }
    }

    fn verdicts(&mut self) {
        let q = self.q;
        let mut bands: Vec<_> = q.verdicts.iter().collect();
        crate::order::sort_by(&mut bands, |a, b| {
            a.min.total_cmp(&b.min).then(a.max.total_cmp(&b.max))
        });
        let in_range = |v: f64| v.is_finite() && (0.0..=100.0).contains(&v);
        for band in &bands {
            let at = format!("verdict `{}`", band.id);
            if !in_range(band.min) || !in_range(band.max) {
                self.error(
                    ProblemKind::PointsOutOfRange,
                    at,
                    "`min` and `max` are overall scores from 0 to 100",
                );
            } else if band.min >= band.max {
                self.error(
                    ProblemKind::VerdictUnreachable,
                    at,
                    format!(
                        "no score falls in {}..{}: `min` must be below `max`",
                        Num(band.min),
                        Num(band.max)
                    ),
                );
            }
        }
        // Walk the tiers from the lowest, tracking how far the ones so far reach, so a wide tier
        // that covers two narrow ones is not reported as leaving a gap between them. A tier
        // reaching past 0..100 (already reported) counts for the part inside, and one covering
        // nothing is left out, so one mistake gives one message.
        let mut clamped: Vec<(f64, f64, &str)> = (bands.iter())
            .filter(|b| !b.min.is_nan() && !b.max.is_nan())
            .map(|b| {
                (
                    b.min.clamp(0.0, 100.0),
                    b.max.clamp(0.0, 100.0),
                    b.id.as_str(),
                )
            })
            .filter(|(min, max, _)| min < max)
            .collect();
        crate::order::sort_by(&mut clamped, |a, b| {
            a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1))
        });
        let mut covered: Option<(f64, &str)> = None;
        for band in clamped
            .into_iter()
            .map(|(min, max, id)| Band { min, max, id })
        {
            match covered {
                None if band.min > 0.0 => self.error(
                    ProblemKind::VerdictGap,
                    format!("verdict `{}`", band.id),
                    format!(
                        "scores from 0 to {} have no verdict; {LOWEST_AT_0}",
                        Num(band.min)
                    ),
                ),
                None => {}
                Some((to, by)) if band.min > to => self.error(
                    ProblemKind::VerdictGap,
                    format!("verdicts `{by}` and `{}`", band.id),
                    format!(
                        "scores from {} to {} have no verdict",
                        Num(to),
                        Num(band.min)
                    ),
                ),
                Some((to, by)) if band.min < to => self.error(
                    ProblemKind::VerdictOverlap,
                    format!("verdicts `{by}` and `{}`", band.id),
                    format!(
                        "both cover scores from {} to {}",
                        Num(band.min),
                        Num(to.min(band.max))
                    ),
                ),
                Some(_) => {}
            }
            if covered.is_none_or(|(to, _)| band.max > to) {
                covered = Some((band.max, band.id));
            }
        }
        if let Some((to, by)) = covered.filter(|(to, _)| *to < 100.0) {
            self.error(
                ProblemKind::VerdictGap,
                format!("verdict `{by}`"),
                format!(
                    "scores from {} to 100 have no verdict; the highest tier must end at 100",
                    Num(to)
                ),
            );
        }
        if !FULL {
            return;
        }
        // Without any scored answer only a deal-breaker can give a verdict, and only the lowest.
        let scorable = q.questions().any(|(_, question)| {
            points_maps(question).any(|points| {
                points
                    .iter()
                    .any(|(d, v)| *v != 0.0 && q.dimension(d).is_some_and(|d| d.weight > 0.0))
            })
        });
        if !scorable {
            let deal_breaker = q.flags.iter().any(|f| f.severity == Severity::DealBreaker);
            let lowest = q.lowest_tier().map(|band| band.id.as_str());
            for band in &q.verdicts {
                if !(deal_breaker && Some(band.id.as_str()) == lowest) {
                    self.error(
                        ProblemKind::VerdictUnreachable,
                        format!("verdict `{}`", band.id),
                        NOT_SCORABLE,
                    );
                }
            }
        }
    }

    /// The first-impression and confidence rules: what they name exists, their numbers are in
    /// range, and they can apply at all.
    fn judgement_rules(&mut self) {
        let q = self.q;
        if let Some(rules) = &q.first_impression {
            let at = "first_impression";
            if FULL && q.lens == Lens::Intake {
                self.warn(ProblemKind::RuleOutOfRange, at, INTAKE_IMPRESSION);
            }
            for flag in &rules.backed_by {
                if q.flag(flag).is_none() {
                    self.error(
                        ProblemKind::UnknownFlag,
                        at,
                        format!("`backed_by` names a flag `{flag}` that is not defined in `flags`"),
                    );
                }
            }
            if let Some(tier) = rules
                .when_backed
                .as_deref()
                .filter(|t| q.verdict(t).is_none())
            {
                self.error(
                    ProblemKind::UnknownVerdict,
                    at,
                    format!(
                        "`when_backed` names a verdict `{tier}` that is not defined in `verdicts`"
                    ),
                );
            }
            if FULL && rules.when_backed.is_some() && rules.backed_by.is_empty() {
                self.warn(ProblemKind::RuleOutOfRange, at, BACKED_BY_NONE);
            }
            if rules.unbacked_drop > MAX_UNBACKED_DROP {
                self.error(
                    ProblemKind::RuleOutOfRange,
                    at,
                    format!(
                        "`unbacked_drop` is {}; a first impression with nothing backing it may move the verdict down 0 to {MAX_UNBACKED_DROP} tiers",
                        rules.unbacked_drop
                    ),
                );
            }
        }
        if let Some(rules) = &q.confidence {
            let at = "confidence";
            let share = |v: f64| v.is_finite() && (0.0..=1.0).contains(&v);
            if !share(rules.judge_at) || !share(rules.firm_at) {
                self.error(ProblemKind::RuleOutOfRange, at, SHARES);
            } else if rules.judge_at > rules.firm_at {
                self.error(
                    ProblemKind::RuleOutOfRange,
                    at,
                    format!(
                        "`judge_at` ({}) is above `firm_at` ({}): a verdict must be judged before it can be firm",
                        Num(rules.judge_at),
                        Num(rules.firm_at)
                    ),
                );
            }
        }
    }

    fn translations(&mut self) {
        let q = self.q;
        let default = q.default_language.as_str();
        let mut wanted: Vec<&str> = q.languages.iter().map(String::as_str).collect();
        if !wanted.iter().any(|l| l.eq_ignore_ascii_case(default)) {
            wanted.insert(0, default);
        }
        let mut found = Vec::new();
        q.visit_texts(&mut |at, text| {
            // A prospect's copy leaves the consultant's texts out on purpose: those, and only
            // those, may be missing from it.
            let consultants = (at.starts_with("flag ")
                && (at.ends_with(" reason") || at.ends_with(" advice")))
                || (at.starts_with("verdict ") && at.ends_with(" next"));
            if q.prospect_copy && consultants && text.is_empty() {
                return;
            }
            for language in &wanted {
                if text.lookup(language).is_none_or(|t| t.trim().is_empty()) {
                    found.push((at.to_owned(), *language));
                }
            }
        });
        // Many texts missing one language is one problem to fix, so report per language
        // with the first few places, rather than hundreds of lines.
        let mut by_language: SmallMap<&str, Vec<String>> = SmallMap::new();
        for (at, language) in found {
            by_language.entry(language).or_default().push(at);
        }
        for (language, places) in by_language {
            let level = if language.eq_ignore_ascii_case(default) {
                Level::Error
            } else {
                Level::Warning
            };
            let shown: Vec<&str> = places.iter().take(5).map(String::as_str).collect();
            let more = places.len().saturating_sub(shown.len());
            let mut message = format!(
                "{} text(s) have no `{language}` translation: {}",
                places.len(),
                shown.join(", ")
            );
            if more > 0 {
                message.push_str(&format!(" and {more} more"));
            }
            if level == Level::Error {
                message.push_str(" (this is the default language, which every text needs)");
            }
            self.report(
                level,
                ProblemKind::MissingTranslation,
                format!("language `{language}`"),
                message,
            );
        }
    }
}

/// A verdict tier's range as the coverage check sees it.
struct Band<'a> {
    min: f64,
    max: f64,
    id: &'a str,
}

/// A profile that welcomes and avoids nothing and sets every number, so every number rule counts.
fn everything_set_profile() -> Profile {
    Profile {
        min_budget: Some(1.0),
        deposit_percent: Some(1.0),
        payment_days: Some(1.0),
        min_weeks: Some(1.0),
        max_weeks: Some(1.0),
        reply_hours: Some(1.0),
        weekly_hours: Some(1.0),
        ..Profile::default()
    }
}

fn valid_id(id: &str) -> bool {
    (1..=MAX_ID_LEN).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

/// Every points map a question holds, whatever its kind.
fn points_maps(question: &Question) -> impl Iterator<Item = &Points> {
    question.effects().map(|(points, _)| points)
}

/// Every list of flags a question holds.
fn flag_lists(question: &Question) -> impl Iterator<Item = &Vec<String>> {
    question.effects().map(|(_, flags)| flags)
}

/// The ids of the questions some section's or question's `show_if` tests.
fn mentioned_in_conditions(q: &Questionnaire) -> SmallSet<&str> {
    fn walk<'a>(condition: &'a Condition, into: &mut SmallSet<&'a str>) {
        match condition {
            Condition::Answered(question)
            | Condition::Is { question, .. }
            | Condition::AnyOf { question, .. }
            | Condition::Compare { question, .. } => {
                into.insert(question.as_str());
            }
            Condition::All(all) | Condition::Any(all) => {
                for c in all {
                    walk(c, into);
                }
            }
            Condition::Not(c) => walk(c, into),
            Condition::ProfileSet(_) | Condition::FriendsPolicy(_) => {}
        }
    }
    let mut mentioned = SmallSet::new();
    for section in &q.sections {
        let conditions = (section.show_if.iter()).chain(
            section
                .questions
                .iter()
                .filter_map(|qn| qn.show_if.as_ref()),
        );
        for condition in conditions {
            walk(condition, &mut mentioned);
        }
    }
    mentioned
}

fn affects_anything(question: &Question) -> bool {
    question
        .effects()
        .any(|(points, flags)| points.values().any(|v| *v != 0.0) || !flags.is_empty())
}

//! The linter's problems in the words of the person using the editor, in the interface's
//! language: what is wrong and what to do there, named as the editor names things (a field's
//! label, a dimension's name in the language written in, a language's own name), never by an
//! id or a JSON path. The linter's [`Problem`] stays as it is (its English message and place
//! are the file's, for the CLI and for whoever reads the exported file): the situation is
//! worked out from its kind, level and place, and where one kind at one place covers several
//! situations, from the linter's fixed words for each. Pure: no browser imports.

use crate::lint::{
    BACKED_BY_NONE, INTAKE_IMPRESSION, LOWEST_AT_0, Level, MAX_CONDITION_DEPTH, MAX_ID_LEN,
    MIN_ABOVE_MAX, NEEDS_OPTIONS, NEEDS_SCALE, NEEDS_UNIT, NEEDS_YES_NO, NEVER_HOLDS, NO_TARGET,
    NOT_SCORABLE, Problem, ProblemKind, SHARES, UNTAGGED,
};
use crate::model::{MAX_UNBACKED_DROP, Questionnaire};
use crate::numbers::format_number;
use crate::text::{Text, language_name};
use crate::ui_text::{Ui, ui, ui_fill};

// `UnbackedDropTooFar` says "one step" in words in every language.
const _: () = assert!(MAX_UNBACKED_DROP == 1);

macro_rules! advice {
    ($($(#[$doc:meta])* $name:ident => $key:ident,)*) => {
        /// One situation the editor advises on: a [`ProblemKind`] at one kind of place, or one
        /// of the situations a kind covers that need different advice.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Advice { $($(#[$doc])* $name),* }

        impl Advice {
            /// Every situation, for tests that must cover them all.
            pub const ALL: &'static [Advice] = &[$(Advice::$name),*];

            /// The interface text that says it.
            pub const fn key(self) -> Ui {
                match self { $(Advice::$name => Ui::$key),* }
            }
        }
    };
}

advice! {
    /// The file is over the size limit.
    FileTooLarge => EditorLintFileTooLarge,
    /// The file is not JSON, or is cut off.
    FileUnreadable => EditorLintFileUnreadable,
    /// A value of the wrong type or shape, or an unknown or missing field.
    FileShape => EditorLintFileShape,
    /// The file's format is missing or newer than this version's.
    FileNewer => EditorLintFileNewer,
    /// No dimensions at all.
    NoDimensions => EditorLintNoDimensions,
    /// No verdict tiers at all.
    NoVerdicts => EditorLintNoVerdicts,
    /// No questions at all.
    NoQuestions => EditorLintNoQuestions,
    /// A section without questions (a warning).
    EmptySection => EditorLintEmptySection,
    /// A malformed id.
    BadId => EditorLintBadId,
    /// The same id twice.
    DuplicateId => EditorLintDuplicateId,
    /// A choice question with fewer than two options.
    NeedsOptions => EditorLintNeedsOptions,
    /// A yes/no question with neither answer's effect.
    NeedsYesNo => EditorLintNeedsYesNo,
    /// A scale question without its five steps.
    NeedsScale => EditorLintNeedsScale,
    /// A number question without its unit.
    NeedsUnit => EditorLintNeedsUnit,
    /// A number question's smallest answer above its largest.
    NumberMinAboveMax => EditorLintNumberMinAboveMax,
    /// A question lacking something else its kind needs.
    KindLacks => EditorLintKindLacks,
    /// Settings another kind of question would use (a warning).
    KindExtra => EditorLintKindExtra,
    /// Points for welcomed or avoided work where no option is a kind of work (a warning).
    WorkUntagged => EditorLintWorkUntagged,
    /// A condition naming a question that is not there.
    ShownByMissingQuestion => EditorLintShownByMissingQuestion,
    /// A condition naming an answer its question does not have.
    ShownByMissingAnswer => EditorLintShownByMissingAnswer,
    /// A comparison (a number rule or a condition) with nothing to compare with.
    ComparedWithNothing => EditorLintComparedWithNothing,
    /// A condition testing a question in a way its kind cannot answer.
    ShownWrongTest => EditorLintShownWrongTest,
    /// A condition on a list of answers that lists none.
    ShownNoAnswers => EditorLintShownNoAnswers,
    /// Whether a question is shown depends on itself.
    ShownCycle => EditorLintShownCycle,
    /// A chain of conditions too long to follow.
    ShownTooDeep => EditorLintShownTooDeep,
    /// Points for a dimension that is not there.
    PointsToMissingDimension => EditorLintPointsToMissingDimension,
    /// A dimension no answer gives points to (a warning).
    DimensionUnused => EditorLintDimensionUnused,
    /// A dimension's weight out of range.
    WeightOutOfRange => EditorLintWeightOutOfRange,
    /// An answer's points out of range.
    PointsOutOfRange => EditorLintPointsOutOfRange,
    /// A verdict tier's scores outside 0 to 100.
    TierScoreOutOfRange => EditorLintTierScoreOutOfRange,
    /// A text left empty in the default language, at a field the editor names.
    TextEmpty => EditorLintTextEmpty,
    /// A text left empty in the default language, somewhere in the part.
    TextEmptyHere => EditorLintTextEmptyHere,
    /// Texts without words in the default language, counted for the whole questionnaire.
    MainLanguageMissing => EditorLintMainLanguageMissing,
    /// Texts not yet translated into another language the questionnaire offers (a warning).
    LanguageIncomplete => EditorLintLanguageIncomplete,
    /// Two verdict tiers covering the same scores.
    TiersOverlap => EditorLintTiersOverlap,
    /// Scores between two verdict tiers that have no verdict.
    TiersGap => EditorLintTiersGap,
    /// Scores below the lowest verdict tier.
    TiersGapBelow => EditorLintTiersGapBelow,
    /// Scores above the highest verdict tier.
    TiersGapAbove => EditorLintTiersGapAbove,
    /// A verdict tier whose lowest score is not below its highest.
    TierEmptyRange => EditorLintTierEmptyRange,
    /// A verdict tier out of reach because no answer scores.
    TierNothingScored => EditorLintTierNothingScored,
    /// An answer raising a warning sign that is not there.
    AnswerRaisesMissingSign => EditorLintAnswerRaisesMissingSign,
    /// A first-impression rule backed by a warning sign that is not there.
    BackedByMissingSign => EditorLintBackedByMissingSign,
    /// A warning sign no answer raises (a warning).
    SignNeverRaised => EditorLintSignNeverRaised,
    /// A warning sign recommending a safeguard that is not there.
    SignRecommendsMissing => EditorLintSignRecommendsMissing,
    /// A safeguard no warning sign recommends (a warning).
    SafeguardUnused => EditorLintSafeguardUnused,
    /// A verdict tier offering a letter that is not there.
    TierOffersMissingLetter => EditorLintTierOffersMissingLetter,
    /// A warning sign capping the verdict at a tier that is not there.
    SignCapsAtMissing => EditorLintSignCapsAtMissing,
    /// A first-impression rule giving a verdict tier that is not there.
    BackedVerdictMissing => EditorLintBackedVerdictMissing,
    /// A question none of whose answers counts for anything (a warning).
    NoEffect => EditorLintNoEffect,
    /// An answer raising a warning sign that scores above one raising none (a warning).
    FlaggedScoresHigher => EditorLintFlaggedScoresHigher,
    /// First-impression rules on an intake, which has no first impression (a warning).
    ImpressionOnIntake => EditorLintImpressionOnIntake,
    /// A verdict for a backed first impression that no warning sign can back (a warning).
    BackedVerdictUnbacked => EditorLintBackedVerdictUnbacked,
    /// An unbacked first impression moving the verdict down too far.
    UnbackedDropTooFar => EditorLintUnbackedDropTooFar,
    /// Confidence shares outside 0 to 100 %.
    ConfidenceShares => EditorLintConfidenceShares,
    /// A verdict given later than it is called firm.
    ConfidenceOrder => EditorLintConfidenceOrder,
    /// An error the editor cannot say more about (a place it cannot find).
    SomethingWrong => EditorLintSomethingWrong,
    /// A warning the editor cannot say more about (a place it cannot find).
    SomethingOdd => EditorLintSomethingOdd,
}

/// The situation `problem` is, from its kind, level and place (and, where one kind at one
/// place covers several, the linter's fixed words for each). A new [`ProblemKind`] does not
/// compile until it is given its advice here.
pub fn advice(problem: &Problem) -> Advice {
    let at = problem.at.as_str();
    let message = problem.message.as_str();
    let error = problem.level == Level::Error;
    match problem.kind {
        ProblemKind::TooLarge => Advice::FileTooLarge,
        ProblemKind::Syntax => Advice::FileUnreadable,
        ProblemKind::Type => Advice::FileShape,
        ProblemKind::FormatVersion => Advice::FileNewer,
        ProblemKind::Empty => match at {
            "dimensions" => Advice::NoDimensions,
            "verdicts" => Advice::NoVerdicts,
            "sections" => Advice::NoQuestions,
            _ if error => Advice::SomethingWrong,
            _ => Advice::EmptySection,
        },
        ProblemKind::BadId => Advice::BadId,
        ProblemKind::DuplicateId => Advice::DuplicateId,
        ProblemKind::KindMismatch if error => match message {
            NEEDS_OPTIONS => Advice::NeedsOptions,
            NEEDS_YES_NO => Advice::NeedsYesNo,
            NEEDS_SCALE => Advice::NeedsScale,
            NEEDS_UNIT => Advice::NeedsUnit,
            MIN_ABOVE_MAX => Advice::NumberMinAboveMax,
            _ => Advice::KindLacks,
        },
        ProblemKind::KindMismatch if message == UNTAGGED => Advice::WorkUntagged,
        ProblemKind::KindMismatch => Advice::KindExtra,
        ProblemKind::UnknownQuestion => Advice::ShownByMissingQuestion,
        ProblemKind::UnknownOption => Advice::ShownByMissingAnswer,
        ProblemKind::ConditionType if message == NO_TARGET => Advice::ComparedWithNothing,
        ProblemKind::ConditionType if message.ends_with(NEVER_HOLDS) => Advice::ShownNoAnswers,
        ProblemKind::ConditionType => Advice::ShownWrongTest,
        ProblemKind::ConditionCycle => Advice::ShownCycle,
        ProblemKind::ConditionTooDeep => Advice::ShownTooDeep,
        ProblemKind::UnknownDimension => Advice::PointsToMissingDimension,
        ProblemKind::UnusedDimension => Advice::DimensionUnused,
        ProblemKind::WeightOutOfRange => Advice::WeightOutOfRange,
        ProblemKind::PointsOutOfRange if at.starts_with("verdict ") => Advice::TierScoreOutOfRange,
        ProblemKind::PointsOutOfRange => Advice::PointsOutOfRange,
        ProblemKind::MissingTranslation if at.starts_with("language ") => match error {
            true => Advice::MainLanguageMissing,
            false => Advice::LanguageIncomplete,
        },
        ProblemKind::MissingTranslation if field_at(at).is_some() => Advice::TextEmpty,
        ProblemKind::MissingTranslation => Advice::TextEmptyHere,
        ProblemKind::VerdictOverlap => Advice::TiersOverlap,
        ProblemKind::VerdictGap if at.starts_with("verdicts ") => Advice::TiersGap,
        ProblemKind::VerdictGap if message.ends_with(LOWEST_AT_0) => Advice::TiersGapBelow,
        ProblemKind::VerdictGap => Advice::TiersGapAbove,
        ProblemKind::VerdictUnreachable if message == NOT_SCORABLE => Advice::TierNothingScored,
        ProblemKind::VerdictUnreachable => Advice::TierEmptyRange,
        ProblemKind::UnknownFlag if at == "first_impression" => Advice::BackedByMissingSign,
        ProblemKind::UnknownFlag => Advice::AnswerRaisesMissingSign,
        ProblemKind::FlagNeverRaised => Advice::SignNeverRaised,
        ProblemKind::UnknownSafeguard => Advice::SignRecommendsMissing,
        ProblemKind::UnusedSafeguard => Advice::SafeguardUnused,
        ProblemKind::UnknownLetter => Advice::TierOffersMissingLetter,
        ProblemKind::UnknownVerdict if at == "first_impression" => Advice::BackedVerdictMissing,
        ProblemKind::UnknownVerdict => Advice::SignCapsAtMissing,
        ProblemKind::NoEffect => Advice::NoEffect,
        ProblemKind::FlaggedAnswerScoresHigher => Advice::FlaggedScoresHigher,
        ProblemKind::RuleOutOfRange => match (at, message) {
            (_, INTAKE_IMPRESSION) => Advice::ImpressionOnIntake,
            (_, BACKED_BY_NONE) => Advice::BackedVerdictUnbacked,
            (_, SHARES) => Advice::ConfidenceShares,
            ("first_impression", _) if error => Advice::UnbackedDropTooFar,
            ("confidence", _) if error => Advice::ConfidenceOrder,
            _ if error => Advice::SomethingWrong,
            _ => Advice::SomethingOdd,
        },
    }
}

/// What `problem` means for the person editing `q`, in `language` (the interface's), with
/// names in `writing` (the language the texts are written in): the sentence the editor shows.
/// A place the questionnaire does not have (a problem of another questionnaire) gives the
/// plain "something here" sentence rather than a name left blank.
pub fn in_words(problem: &Problem, q: &Questionnaire, language: &str, writing: &str) -> String {
    let advice = advice(problem);
    let Some(values) = values(advice, problem, q, language, writing) else {
        let vague = match problem.level {
            Level::Error => Advice::SomethingWrong,
            Level::Warning => Advice::SomethingOdd,
        };
        return ui(language, vague.key()).to_owned();
    };
    let pairs: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    ui_fill(language, advice.key(), &pairs)
}

/// The `{placeholders}` of `advice`'s text for `problem`, or `None` when a part it names is
/// not in `q`.
fn values(
    advice: Advice,
    problem: &Problem,
    q: &Questionnaire,
    language: &str,
    writing: &str,
) -> Option<Vec<(&'static str, String)>> {
    let at = problem.at.as_str();
    let name = |text: &Text, fallback: Ui, n: usize| {
        let words = text.get(writing, &q.default_language).trim();
        if words.is_empty() {
            ui_fill(language, fallback, &[("n", &(n + 1).to_string())])
        } else {
            words.to_owned()
        }
    };
    let number = |n: f64| format_number(n.clamp(0.0, 100.0), language);
    // Numbered as the editor lists them: best first.
    let tier = |id: &str| {
        let n = (q.tiers_best_first().iter()).position(|v| v.id == id)?;
        let v = q.verdict(id)?;
        Some((name(&v.label, Ui::RulesTierN, n), v.min, v.max))
    };
    let ids = backticked(at);
    let first = || ids.first().copied();
    let values = match advice {
        Advice::BadId => vec![("max", MAX_ID_LEN.to_string())],
        Advice::ShownTooDeep => vec![("max", MAX_CONDITION_DEPTH.to_string())],
        Advice::DimensionUnused => {
            let n = q
                .dimensions
                .iter()
                .position(|d| Some(d.id.as_str()) == first())?;
            let label = name(&q.dimensions[n].label, Ui::RulesDimensionN, n);
            vec![("dimension", label)]
        }
        Advice::SignNeverRaised => {
            let n = q
                .flags
                .iter()
                .position(|f| Some(f.id.as_str()) == first())?;
            vec![("sign", name(&q.flags[n].title, Ui::EditorFlag, n))]
        }
        Advice::SafeguardUnused => {
            let n = q
                .safeguards
                .iter()
                .position(|s| Some(s.id.as_str()) == first())?;
            let title = name(&q.safeguards[n].title, Ui::RulesSafeguardN, n);
            vec![("safeguard", title)]
        }
        Advice::TextEmpty => vec![
            ("field", field_name(at, q, language)?),
            ("language", language_name(&q.default_language).to_owned()),
        ],
        Advice::TextEmptyHere => {
            vec![("language", language_name(&q.default_language).to_owned())]
        }
        Advice::MainLanguageMissing | Advice::LanguageIncomplete => {
            vec![("language", language_name(first()?).to_owned())]
        }
        Advice::TiersOverlap | Advice::TiersGap => {
            let (a, b) = (tier(ids.first()?)?, tier(ids.get(1)?)?);
            // The linter names first the tier reaching furthest so far, then the next one up:
            // a gap runs from the first's top to the second's bottom, an overlap from the
            // second's bottom to the lower of their tops.
            let (from, to) = match advice {
                Advice::TiersGap => (a.2, b.1),
                _ => (b.1, a.2.min(b.2)),
            };
            vec![
                ("first", a.0),
                ("second", b.0),
                ("from", number(from)),
                ("to", number(to)),
            ]
        }
        Advice::TiersGapBelow => {
            let (label, min, _) = tier(first()?)?;
            vec![("tier", label), ("to", number(min))]
        }
        Advice::TiersGapAbove => {
            let (label, _, max) = tier(first()?)?;
            vec![("tier", label), ("from", number(max))]
        }
        Advice::TierEmptyRange => {
            let (_, min, max) = tier(first()?)?;
            vec![("min", number(min)), ("max", number(max))]
        }
        _ => Vec::new(),
    };
    Some(values)
}

/// The ids a linter place names between backticks, in order (`verdicts `a` and `b``).
fn backticked(at: &str) -> Vec<&str> {
    at.split('`').skip(1).step_by(2).collect()
}

/// A text's field as the editor labels it, from a place the editor reports an empty text at
/// (`draft::problems`): the field's label, and for a numbered one (a section's title, an
/// option) whose number.
#[derive(Clone, Copy)]
enum Field<'a> {
    /// A field with a label of its own.
    Plain(Ui),
    /// A section's title, by the section's id.
    SectionTitle(&'a str),
    /// An option's label, by its question's id and its own.
    Option(&'a str, &'a str),
}

/// Which field a place names, if the editor has one for it.
fn field_at(at: &str) -> Option<Field<'_>> {
    if at == "title" {
        return Some(Field::Plain(Ui::EditorTitle));
    }
    let parts: Vec<&str> = at.split('`').collect();
    let plain = |key| Some(Field::Plain(key));
    match parts.as_slice() {
        ["section ", id, " title"] => Some(Field::SectionTitle(id)),
        ["question ", _, " text"] => plain(Ui::EditorQuestionText),
        ["question ", question, " option ", option, ""] => Some(Field::Option(question, option)),
        ["question ", _, " scale low"] => plain(Ui::EditorScaleLow),
        ["question ", _, " scale high"] => plain(Ui::EditorScaleHigh),
        ["flag ", _, " title"] => plain(Ui::EditorFlagTitle),
        ["flag ", _, " reason"] => plain(Ui::EditorFlagReason),
        ["flag ", _, " advice"] => plain(Ui::EditorFlagAdvice),
        ["dimension ", _, " label"] => plain(Ui::RulesDimensionLabel),
        ["verdict ", _, " label"] => plain(Ui::RulesTierLabel),
        ["verdict ", _, " next"] => plain(Ui::RulesTierNext),
        ["safeguard ", _, " title"] => plain(Ui::RulesSafeguardTitle),
        ["safeguard ", _, " detail"] => plain(Ui::RulesSafeguardDetail),
        ["letter ", _, " title"] => plain(Ui::RulesLetterTitle),
        ["letter ", _, " body"] => plain(Ui::RulesLetterBody),
        _ => None,
    }
}

/// The label of the field a place names, in `language`, as the editor shows it.
fn field_name(at: &str, q: &Questionnaire, language: &str) -> Option<String> {
    let numbered = |key, n: usize| ui_fill(language, key, &[("n", &(n + 1).to_string())]);
    Some(match field_at(at)? {
        Field::Plain(key) => ui(language, key).to_owned(),
        Field::SectionTitle(id) => numbered(
            Ui::EditorSectionTitle,
            q.sections.iter().position(|s| s.id == id)?,
        ),
        Field::Option(question, option) => {
            let (_, question) = q.questions().find(|(_, each)| each.id == question)?;
            let n = question.options.iter().position(|o| o.id == option)?;
            numbered(Ui::EditorOption, n)
        }
    })
}

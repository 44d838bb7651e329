//! Reading a questionnaire file: JSON text in, a [`Questionnaire`] (with the linter's warnings)
//! or a list of [`Problem`]s out, each with the place and, for syntax and type errors, the line
//! and column. The checks themselves live in [`crate::lint`]; this module only reads the file and
//! runs them: the whole linter with the `full-lint` feature, only the errors of
//! [`lint::check`](crate::lint::check) without it (the prospect's widget). Pure: no browser
//! imports.

use serde::Deserialize;

#[cfg(not(feature = "full-lint"))]
use crate::lint::check;
#[cfg(feature = "full-lint")]
use crate::lint::lint;
use crate::lint::{Level, Problem, ProblemKind};
use crate::model::{FORMAT_VERSION, Questionnaire};

/// Largest questionnaire file accepted, in bytes (4 MiB), so a huge paste cannot freeze the
/// page; a larger one is a [`ProblemKind::TooLarge`] error.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

/// A questionnaire that loaded, with the warnings found in it.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// The questionnaire, checked: no [`Level::Error`] problem was found in it.
    pub questionnaire: Questionnaire,
    /// The linter's warnings, worth showing to whoever edits the file; all [`Level::Warning`].
    /// Always empty without the `full-lint` feature: [`lint::check`](crate::lint::check) reports
    /// errors only.
    pub warnings: Vec<Problem>,
}

/// Reads and checks a questionnaire file: [`parse`], then [`lint::lint`](crate::lint::lint)
/// (with the default `full-lint` feature) or [`lint::check`](crate::lint::check) (without it:
/// the prospect's widget, whose files come prepared by the consultant's tools, which lint
/// them). Errors stop loading; warnings come with the result.
///
/// # Errors
///
/// The one problem that stopped [`parse`], or every problem the linter found (errors first,
/// then the warnings) when any of them is an error.
///
/// ```
/// use client_fit_core::lint::{Level, ProblemKind};
/// use client_fit_core::load::load;
///
/// let loaded = load(include_str!("../tests/fixtures/minimal.json")).unwrap();
/// assert_eq!(loaded.questionnaire.id, "minimal");
///
/// let problems = load(r#"{"format": 1, "id": "x""#).unwrap_err();
/// assert_eq!(problems[0].kind, ProblemKind::Syntax);
/// assert_eq!(problems[0].level, Level::Error);
/// ```
pub fn load(text: &str) -> Result<Loaded, Vec<Problem>> {
    let questionnaire = parse(text).map_err(|p| vec![p])?;
    #[cfg(feature = "full-lint")]
    let problems = lint(&questionnaire);
    #[cfg(not(feature = "full-lint"))]
    let problems = check(&questionnaire);
    let (errors, warnings): (Vec<Problem>, Vec<Problem>) =
        problems.into_iter().partition(|p| p.level == Level::Error);
    if errors.is_empty() {
        Ok(Loaded {
            questionnaire,
            warnings,
        })
    } else {
        Err(errors.into_iter().chain(warnings).collect())
    }
}

/// Reads the JSON into the model: size, syntax, format version and types, with line and column
/// (and, with the `error-paths` feature, the JSON path of a type error in `Problem::at`).
/// It does not lint: the questionnaire may still be unsound (use [`load`] unless you lint it
/// yourself).
///
/// # Errors
///
/// The first problem found, always a [`Level::Error`] of kind [`ProblemKind::TooLarge`],
/// [`ProblemKind::Syntax`], [`ProblemKind::FormatVersion`] or [`ProblemKind::Type`].
pub fn parse(text: &str) -> Result<Questionnaire, Problem> {
    let problem = |kind, at: &str, line, column, message: String| Problem {
        level: Level::Error,
        kind,
        at: at.to_owned(),
        line,
        column,
        message,
    };
    if text.len() > MAX_FILE_BYTES {
        return Err(problem(
            ProblemKind::TooLarge,
            "file",
            None,
            None,
            format!(
                "the file is {} KiB; questionnaires are limited to {} KiB",
                text.len() / 1024,
                MAX_FILE_BYTES / 1024
            ),
        ));
    }
    let syntax = |e: serde_json::Error| {
        let message = if e.is_eof() {
            "the file ends too early: it looks cut off (a missing closing bracket or quote)"
                .to_owned()
        } else {
            format!("this is not valid JSON: {}", strip_position(&e))
        };
        problem(
            ProblemKind::Syntax,
            "file",
            Some(e.line()),
            Some(e.column()),
            message,
        )
    };
    // First the syntax and the format version, so a newer file gets "made for a newer Client
    // Fit" rather than whatever type error its new fields cause. Reading only `format` (the rest
    // is checked and skipped) rather than the whole file as a `Value` halves the time a large
    // file takes to load.
    #[derive(Deserialize)]
    struct Head {
        #[serde(default)]
        format: Option<serde_json::Value>,
    }
    let whole = |text| -> Result<Option<serde_json::Value>, Problem> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(syntax)?;
        Ok(value.get("format").cloned())
    };
    // Only an object is read as a `Head`: serde would take `[1, 2]` for one too.
    let format = if text.trim_start().starts_with('{') {
        match serde_json::from_str::<Head>(text) {
            Ok(head) => head.format,
            // Valid JSON, but `format` twice: read it whole to say what it is.
            Err(e) if e.is_data() => whole(text)?,
            Err(e) => return Err(syntax(e)),
        }
    } else {
        whole(text)?
    };
    match format {
        Some(serde_json::Value::Number(n)) if n.as_u64() == Some(u64::from(FORMAT_VERSION)) => {}
        Some(serde_json::Value::Number(n))
            if n.as_u64().is_some_and(|n| n > u64::from(FORMAT_VERSION)) =>
        {
            return Err(problem(
                ProblemKind::FormatVersion,
                "format",
                None,
                None,
                format!(
                    "this file is format {n}, made for a newer Client Fit; this one reads format {FORMAT_VERSION}"
                ),
            ));
        }
        other => {
            return Err(problem(
                ProblemKind::FormatVersion,
                "format",
                None,
                None,
                format!(
                    "expected \"format\": {FORMAT_VERSION} at the top of the file, found {}",
                    other.map_or("nothing".to_owned(), |v| v.to_string())
                ),
            ));
        }
    }
    deserialize(text).map_err(|(at, e)| {
        problem(
            ProblemKind::Type,
            &at,
            Some(e.line()),
            Some(e.column()),
            strip_position(&e),
        )
    })
}

/// The model from the JSON, or where a type error is (its JSON path; `file` at the top level)
/// and the error.
#[cfg(feature = "error-paths")]
fn deserialize(text: &str) -> Result<Questionnaire, (String, serde_json::Error)> {
    let mut reader = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut reader).map_err(|e| {
        let path = e.path().to_string();
        let at = if path == "." { "file".to_owned() } else { path };
        (at, e.into_inner())
    })
}

/// Without `error-paths` (the prospect's widget), a type error is placed by its line and column
/// only: no tracking wrapper around every deserialiser of the model.
#[cfg(not(feature = "error-paths"))]
fn deserialize(text: &str) -> Result<Questionnaire, (String, serde_json::Error)> {
    serde_json::from_str(text).map_err(|e| ("file".to_owned(), e))
}

/// serde_json appends " at line L column C"; we report those separately.
fn strip_position(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_owned(),
        None => text,
    }
}

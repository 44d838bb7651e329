//! Numbers read and written as people write them in each language: "12,000.50" in English,
//! "12.000,50" in Spanish, Romanian and Danish, "12 000" and "12'000" everywhere. A reading is
//! exact or an error, never a guess: "12,000" is twelve thousand in English, and a mark that
//! cannot be a group of thousands ("2,5") is the decimal mark only when it appears once.
//! Pure: no browser imports.

use super::model::Unit;
use super::ui_text::{Ui, ui, ui_fill};

/// Why a typed number was not taken.
#[derive(Clone, Copy, Debug, PartialEq, thiserror::Error)]
pub enum NumberError {
    /// Nothing was typed (not an error at a field: the value is simply not set).
    #[error("nothing was typed")]
    Empty,
    /// It does not read as a number in this language.
    #[error("this does not read as a number")]
    Unreadable,
    /// Below the smallest allowed, which it carries.
    #[error("the smallest allowed is {}", plain_decimal(*.0))]
    TooSmall(f64),
    /// Above the largest allowed, which it carries.
    #[error("the largest allowed is {}", plain_decimal(*.0))]
    TooLarge(f64),
}

impl NumberError {
    /// What the field says about it in `language`; nothing for an empty field.
    pub fn message(self, language: &str) -> Option<String> {
        let bound = |key: Ui, n: f64| ui_fill(language, key, &[("n", &format_number(n, language))]);
        match self {
            NumberError::Empty => None,
            NumberError::Unreadable => Some(ui(language, Ui::NumberUnreadable).to_owned()),
            NumberError::TooSmall(min) => Some(bound(Ui::NumberTooSmall, min)),
            NumberError::TooLarge(max) => Some(bound(Ui::NumberTooLarge, max)),
        }
    }
}

/// How a language writes numbers: the mark that groups thousands and the decimal mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    /// The mark between groups of thousands (`,` in English, `.` in Spanish, Romanian and
    /// Danish).
    pub group: char,
    /// The decimal mark (`.` in English, `,` in Spanish, Romanian and Danish).
    pub decimal: char,
}

impl Style {
    /// The style of a language tag (`en`, `da-DK`...); English for a language we do not speak.
    pub fn of(language: &str) -> Self {
        let primary = language.get(..2).unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "es" | "ro" | "da" => Style {
                group: '.',
                decimal: ',',
            },
            _ => Style {
                group: ',',
                decimal: '.',
            },
        }
    }
}

/// Marks that only ever group thousands, in every language: spaces (with the no-break and narrow
/// no-break spaces that word processors put in numbers) and apostrophes (Swiss style).
fn is_group_only(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '\u{2019}'
    )
}

/// Reads a number as written in `language`. Surrounding spaces are ignored.
///
/// # Errors
///
/// [`NumberError::Empty`] for blank text; [`NumberError::Unreadable`] for anything that is not
/// one number written this language's way (never a guess).
///
/// ```
/// use client_fit_core::numbers::{NumberError, format_number, parse_number};
///
/// assert_eq!(parse_number("12,000.50", "en"), Ok(12_000.5));
/// assert_eq!(parse_number("12.000,50", "da"), Ok(12_000.5));
/// assert_eq!(parse_number("  ", "en"), Err(NumberError::Empty));
/// assert_eq!(format_number(12_000.5, "es"), "12.000,5");
/// ```
pub fn parse_number(text: &str, language: &str) -> Result<f64, NumberError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(NumberError::Empty);
    }
    let (negative, body) = match text.chars().next() {
        Some('-' | '\u{2212}') => (true, &text[text.chars().next().map_or(0, char::len_utf8)..]),
        Some('+') => (false, &text[1..]),
        _ => (false, text),
    };
    let body = body.trim_start();
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || is_group_only(c))
    {
        return Err(NumberError::Unreadable);
    }
    let style = Style::of(language);
    let decimal = decimal_mark(body, style)?;
    let (whole, fraction) = match decimal {
        Some(mark) => match body.rsplit_once(mark) {
            Some((whole, fraction)) => (whole, Some(fraction)),
            None => (body, None),
        },
        None => (body, None),
    };
    let mut digits = String::with_capacity(body.len() + 2);
    if negative {
        digits.push('-');
    }
    digits.push_str(&grouped_digits(whole)?);
    if let Some(fraction) = fraction {
        // The fraction is plain digits: "0.5", never "0.5 00" or a mark after the decimal one.
        if fraction.is_empty() || !fraction.chars().all(|c| c.is_ascii_digit()) {
            return Err(NumberError::Unreadable);
        }
        if digits.trim_start_matches('-').is_empty() {
            digits.push('0');
        }
        digits.push('.');
        digits.push_str(fraction);
    } else if digits.trim_start_matches('-').is_empty() {
        return Err(NumberError::Unreadable);
    }
    digits
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .map(|n| if n == 0.0 { 0.0 } else { n })
        .ok_or(NumberError::Unreadable)
}

/// Which of "." and "," is the decimal mark in `body`, if any (see the module's rules).
fn decimal_mark(body: &str, style: Style) -> Result<Option<char>, NumberError> {
    let count = |mark: char| body.chars().filter(|c| *c == mark).count();
    let last = |mark: char| body.rfind(mark);
    let (dots, commas) = (count('.'), count(','));
    let mark = match (dots, commas) {
        (0, 0) => return Ok(None),
        // Both: the last one is the decimal mark (once), the other groups.
        (_, _) if dots > 0 && commas > 0 => {
            if last('.') > last(',') {
                '.'
            } else {
                ','
            }
        }
        _ => {
            let only = if dots > 0 { '.' } else { ',' };
            if only == style.decimal {
                only
            } else if valid_groups(body, |c| c == only || is_group_only(c)) {
                return Ok(None);
            } else {
                // Not groups of three: the same mark once is the decimal mark ("2,5" in English),
                // but only with at most two digits after it, as a price's cents; "12,5000" is
                // neither a group nor a price, so it is an error, not a guess.
                let after = last(only).map_or(0, |at| body[at + 1..].chars().count());
                let leading_zero = body.starts_with('0') || body.starts_with(only);
                if after > 2 && !leading_zero {
                    return Err(NumberError::Unreadable);
                }
                only
            }
        }
    };
    if count(mark) == 1 {
        Ok(Some(mark))
    } else {
        Err(NumberError::Unreadable)
    }
}

/// Whether `text` is digits in groups split by `separator`: the first 1 to 3 digits, the rest
/// exactly 3, and no group of thousands after a leading zero ("0,500" is not five hundred).
fn valid_groups(text: &str, separator: impl Fn(char) -> bool) -> bool {
    let mut groups = text.split(separator).peekable();
    let first = groups.next().unwrap_or("");
    let more = groups.peek().is_some();
    (1..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_digit())
        && !(more && first.starts_with('0'))
        && groups.all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
}

/// The digits of a whole part, its group marks checked and taken out. Empty stays empty (".5").
fn grouped_digits(whole: &str) -> Result<String, NumberError> {
    let digits: String = whole.chars().filter(char::is_ascii_digit).collect();
    if digits.len() == whole.len() {
        return Ok(digits);
    }
    if valid_groups(whole, |c| !c.is_ascii_digit()) {
        Ok(digits)
    } else {
        Err(NumberError::Unreadable)
    }
}

/// The number itself when it lies within `min` and `max` (inclusive; either may be absent).
///
/// # Errors
///
/// [`NumberError::TooSmall`] or [`NumberError::TooLarge`], carrying the bound it broke.
pub fn check_range(n: f64, min: Option<f64>, max: Option<f64>) -> Result<f64, NumberError> {
    if let Some(min) = min.filter(|min| n < *min) {
        return Err(NumberError::TooSmall(min));
    }
    if let Some(max) = max.filter(|max| n > *max) {
        return Err(NumberError::TooLarge(max));
    }
    Ok(n)
}

/// Reads a number and checks it is within bounds: what a field takes.
///
/// # Errors
///
/// Those of [`parse_number`], then those of [`check_range`].
pub fn read_number(
    text: &str,
    language: &str,
    min: Option<f64>,
    max: Option<f64>,
) -> Result<f64, NumberError> {
    parse_number(text, language).and_then(|n| check_range(n, min, max))
}

/// A number as a person would write it in `language`: thousands grouped, no ".0" on whole
/// numbers, and every digit needed to read back the same number ("12,000.5"; "12.000,5").
pub fn format_number(n: f64, language: &str) -> String {
    if !n.is_finite() {
        return "—".to_owned();
    }
    let style = Style::of(language);
    let plain = plain_decimal(if n == 0.0 { 0.0 } else { n });
    let (sign, unsigned) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain.as_str()),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let mut out = String::with_capacity(plain.len() + whole.len() / 3 + 1);
    out.push_str(sign);
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(style.group);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push(style.decimal);
        out.push_str(fraction);
    }
    out
}

/// The shortest decimal that reads back as the same number, never in exponent form, as Rust's
/// `{}` writes it ("12000.5", "0.0000001", "1000000000000000000000"); "NaN" and "inf" as it
/// does too. Written from ryu's digits (serde_json's float writer, which every save already
/// uses) rather than by `{}`: the page then carries one float printer, not two (issue #17).
pub fn plain_decimal(n: f64) -> String {
    if !n.is_finite() {
        return if n.is_nan() {
            "NaN".to_owned()
        } else if n > 0.0 {
            "inf".to_owned()
        } else {
            "-inf".to_owned()
        };
    }
    // ryu's forms: "12000.5", "100.0", "-0.0", "1e21", "1.5e-7".
    let written = serde_json::to_string(&n).unwrap_or_default();
    let (sign, unsigned) = match written.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", written.as_str()),
    };
    let (mantissa, exponent) = match unsigned.split_once('e') {
        Some((mantissa, exponent)) => (mantissa, exponent.parse::<i64>().unwrap_or(0)),
        None => (unsigned, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits: String = whole.chars().chain(fraction.chars()).collect();
    // Where the decimal point falls in `digits` once the exponent is applied.
    let point = i64::try_from(whole.len()).unwrap_or(0) + exponent;
    let (int_part, frac_part) = if point <= 0 {
        let zeros = "0".repeat(usize::try_from(-point).unwrap_or(0));
        ("0".to_owned(), format!("{zeros}{digits}"))
    } else {
        let point = usize::try_from(point).unwrap_or(0);
        if point >= digits.len() {
            let zeros = "0".repeat(point - digits.len());
            (format!("{digits}{zeros}"), String::new())
        } else {
            (digits[..point].to_owned(), digits[point..].to_owned())
        }
    };
    let int_part = int_part.trim_start_matches('0');
    let int_part = if int_part.is_empty() { "0" } else { int_part };
    let frac_part = frac_part.trim_end_matches('0');
    if frac_part.is_empty() {
        format!("{sign}{int_part}")
    } else {
        format!("{sign}{int_part}.{frac_part}")
    }
}

/// A number in a message, written by [`plain_decimal`] (`format!("{}", Num(x))`), so messages
/// do not bring `{}`'s own float printer into the page.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Num(pub f64);

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&plain_decimal(self.0))
    }
}

/// A number with its unit, as the field shows what it read: "12,000 EUR", "15 %", "48 hours".
/// Money without a currency and plain counts are the number alone.
pub fn format_amount(n: f64, unit: Unit, currency: &str, language: &str) -> String {
    let number = format_number(n, language);
    let word = match unit {
        Unit::Money => currency.trim(),
        Unit::Percent => "%",
        Unit::Hours => ui(language, Ui::UnitHours),
        Unit::Days => ui(language, Ui::UnitDays),
        Unit::Weeks => ui(language, Ui::UnitWeeks),
        Unit::Count => "",
    };
    if word.is_empty() {
        number
    } else {
        // A no-break space keeps the number and its unit on one line.
        format!("{number}\u{a0}{word}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::LANGUAGES;

    fn read(text: &str, language: &str) -> Result<f64, NumberError> {
        parse_number(text, language)
    }

    #[test]
    fn the_issue_examples_read_right_in_every_language() {
        for language in LANGUAGES {
            // Both marks: the last is the decimal mark, whatever the language.
            assert_eq!(read("3,500.50", language), Ok(3500.5), "{language}");
            assert_eq!(read("3.500,50", language), Ok(3500.5), "{language}");
            assert_eq!(read("12 000", language), Ok(12000.0), "{language}");
            assert_eq!(read("12\u{a0}000", language), Ok(12000.0), "{language}");
            assert_eq!(read("12\u{202f}000,5", language), Ok(12000.5));
            assert_eq!(read("12'000", language), Ok(12000.0), "{language}");
            assert_eq!(read("1'234'567", language), Ok(1_234_567.0), "{language}");
            assert_eq!(read("150", language), Ok(150.0), "{language}");
            assert_eq!(read("  2500 ", language), Ok(2500.0), "{language}");
        }
        // One kind of mark: the language's convention.
        assert_eq!(read("12,000", "en"), Ok(12000.0));
        assert_eq!(read("3,500", "en"), Ok(3500.0));
        assert_eq!(read("2,000", "en"), Ok(2000.0));
        assert_eq!(read("1,234,567", "en"), Ok(1_234_567.0));
        assert_eq!(read("12.000", "en"), Ok(12.0));
        for language in ["es", "ro", "da", "da-DK"] {
            assert_eq!(read("12.000", language), Ok(12000.0), "{language}");
            assert_eq!(read("1.234.567", language), Ok(1_234_567.0), "{language}");
            assert_eq!(read("12,000", language), Ok(12.0), "{language}");
            assert_eq!(read("2,5", language), Ok(2.5), "{language}");
            assert_eq!(read("3.500,50", language), Ok(3500.5), "{language}");
        }
    }

    #[test]
    fn a_group_mark_that_forms_no_groups_is_the_decimal_mark_once() {
        assert_eq!(read("2,5", "en"), Ok(2.5));
        assert_eq!(read("2,50", "en"), Ok(2.5));
        assert_eq!(read("1234,5", "en"), Ok(1234.5));
        assert_eq!(read("2.5", "da"), Ok(2.5));
        assert_eq!(read("0.25", "es"), Ok(0.25));
        assert_eq!(read("0,500", "en"), Ok(0.5));
        assert_eq!(read("0.500", "da"), Ok(0.5));
        // More than a price's two decimals after the other language's mark: not a guess.
        assert_eq!(read("12,5000", "en"), Err(NumberError::Unreadable));
        assert_eq!(read("10.0000", "da"), Err(NumberError::Unreadable));
        // Twice and not groups of three: not a number, not a guess.
        assert_eq!(read("1,23,456", "en"), Err(NumberError::Unreadable));
        assert_eq!(read("1.23.456", "ro"), Err(NumberError::Unreadable));
        // The decimal mark twice.
        assert_eq!(read("1.2.3", "en"), Err(NumberError::Unreadable));
        assert_eq!(read("1,2,3", "da"), Err(NumberError::Unreadable));
    }

    #[test]
    fn groups_must_be_groups_of_three() {
        for language in LANGUAGES {
            assert_eq!(read("1 2", language), Err(NumberError::Unreadable));
            assert_eq!(read("12 00", language), Err(NumberError::Unreadable));
            assert_eq!(read("1234 567", language), Err(NumberError::Unreadable));
            assert_eq!(read("12,00.5", language), Err(NumberError::Unreadable));
            assert_eq!(read("12.00,5", language), Err(NumberError::Unreadable));
            assert_eq!(read("1,000.000,5", language), Err(NumberError::Unreadable));
            assert_eq!(read("1 000.5 00", language), Err(NumberError::Unreadable));
            assert_eq!(read("12 000,50", language), Ok(12000.5), "{language}");
        }
        // The decimal mark with spaces grouping the whole part.
        assert_eq!(read("12 000,50", "da"), Ok(12000.5));
        assert_eq!(read("12 000.50", "en"), Ok(12000.5));
    }

    #[test]
    fn what_is_not_a_number_is_an_error() {
        for language in LANGUAGES {
            for text in [
                "abc", "twelve", "12k", "1e5", "inf", "NaN", "-", ".", ",", "12.", "12,", "€12",
                "12 €", "--1", "1-", "0x10", "½",
            ] {
                assert_eq!(
                    read(text, language),
                    Err(NumberError::Unreadable),
                    "{text:?} in {language}"
                );
            }
            assert_eq!(read("", language), Err(NumberError::Empty));
            assert_eq!(read("   ", language), Err(NumberError::Empty));
        }
    }

    #[test]
    fn signs_and_leading_decimal_marks() {
        assert_eq!(read("-5", "en"), Ok(-5.0));
        assert_eq!(read("\u{2212}1,500", "en"), Ok(-1500.0));
        assert_eq!(read("+7", "da"), Ok(7.0));
        assert_eq!(read(".5", "en"), Ok(0.5));
        assert_eq!(read(",5", "da"), Ok(0.5));
        assert_eq!(read("-0", "en"), Ok(0.0));
    }

    #[test]
    fn ranges_give_their_bound() {
        assert_eq!(
            check_range(150.0, Some(0.0), Some(100.0)),
            Err(NumberError::TooLarge(100.0))
        );
        assert_eq!(
            check_range(-1.0, Some(0.0), Some(100.0)),
            Err(NumberError::TooSmall(0.0))
        );
        assert_eq!(check_range(100.0, Some(0.0), Some(100.0)), Ok(100.0));
        assert_eq!(check_range(1e9, None, None), Ok(1e9));
        assert_eq!(
            read_number("150", "en", Some(0.0), Some(100.0)),
            Err(NumberError::TooLarge(100.0))
        );
        assert_eq!(
            read_number("abc", "en", Some(0.0), Some(100.0)),
            Err(NumberError::Unreadable)
        );
        assert_eq!(read_number("1.500", "da", Some(0.0), None), Ok(1500.0));
    }

    #[test]
    fn errors_say_what_is_wrong_in_the_language() {
        assert_eq!(NumberError::Empty.message("en"), None);
        assert_eq!(
            NumberError::TooLarge(100.0).message("en").as_deref(),
            Some("The largest allowed is 100.")
        );
        assert_eq!(
            NumberError::TooLarge(1500.0).message("da").as_deref(),
            Some("Det største tilladte er 1.500.")
        );
        assert!(
            NumberError::Unreadable
                .message("es")
                .unwrap()
                .contains("12.000")
        );
    }

    #[test]
    fn formatting_follows_the_language() {
        assert_eq!(format_number(12000.0, "en"), "12,000");
        assert_eq!(format_number(12000.5, "en"), "12,000.5");
        assert_eq!(format_number(12000.5, "da"), "12.000,5");
        assert_eq!(format_number(12000.5, "es"), "12.000,5");
        assert_eq!(format_number(12000.5, "ro"), "12.000,5");
        assert_eq!(format_number(3500.5, "da"), "3.500,5");
        assert_eq!(format_number(2500.0, "en"), "2,500");
        assert_eq!(format_number(2.5, "en"), "2.5");
        assert_eq!(format_number(2.5, "da"), "2,5");
        assert_eq!(format_number(150.0, "en"), "150");
        assert_eq!(format_number(1_234_567.0, "en"), "1,234,567");
        assert_eq!(format_number(-1500.25, "en"), "-1,500.25");
        assert_eq!(format_number(-0.0, "en"), "0");
        assert_eq!(format_number(0.1, "ro"), "0,1");
        assert_eq!(format_number(f64::NAN, "en"), "—");
    }

    #[test]
    fn amounts_carry_their_unit() {
        assert_eq!(
            format_amount(12000.0, Unit::Money, "EUR", "en"),
            "12,000\u{a0}EUR"
        );
        assert_eq!(format_amount(12000.0, Unit::Money, " ", "en"), "12,000");
        assert_eq!(format_amount(15.0, Unit::Percent, "", "en"), "15\u{a0}%");
        assert_eq!(format_amount(48.0, Unit::Hours, "", "en"), "48\u{a0}hours");
        assert_eq!(format_amount(48.0, Unit::Hours, "", "da"), "48\u{a0}timer");
        assert_eq!(
            format_amount(3500.5, Unit::Money, "DKK", "da"),
            "3.500,5\u{a0}DKK"
        );
        assert_eq!(format_amount(3.0, Unit::Count, "", "es"), "3");
        assert_eq!(
            format_amount(6.0, Unit::Weeks, "", "ro"),
            "6\u{a0}săptămâni"
        );
    }

    #[test]
    fn what_is_written_reads_back() {
        for language in LANGUAGES {
            for n in [
                0.0,
                1.0,
                999.0,
                1000.0,
                12000.5,
                0.001,
                123_456_789.125,
                -42.5,
                1e15,
                1e-7,
            ] {
                assert_eq!(
                    read(&format_number(n, language), language),
                    Ok(n),
                    "{n} in {language}"
                );
            }
        }
    }
}

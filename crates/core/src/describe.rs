//! Answers in words, for the result page, the review list and letters. Pure: no browser imports.

use super::answers::Answer;
use super::model::{Kind, Question, Questionnaire};
use super::numbers::{format_amount, format_number};
use super::ui_text::{Ui, ui, ui_fill};

/// The answer as the person would read it back ("Often late", "Yes", "3 of 5", "2,500", "30 %",
/// "48 hours"), numbers written in the language's own way with their unit; amounts of money
/// without their currency (see [`answer_text_with_currency`]).
pub fn answer_text(
    questionnaire: &Questionnaire,
    question: &Question,
    answer: &Answer,
    language: &str,
) -> String {
    answer_text_with_currency(questionnaire, question, answer, language, "")
}

/// [`answer_text`], with amounts of money in `currency` ("12,000 EUR"): for the consultant,
/// whose profile names it.
pub fn answer_text_with_currency(
    questionnaire: &Questionnaire,
    question: &Question,
    answer: &Answer,
    language: &str,
    currency: &str,
) -> String {
    let text = |t: &super::text::Text| t.get(language, &questionnaire.default_language).to_owned();
    let option = |id: &str| {
        question
            .options
            .iter()
            .find(|o| o.id == id)
            .map_or_else(|| id.to_owned(), |o| text(&o.label))
    };
    match answer {
        Answer::Choice(id) => option(id),
        Answer::Choices(ids) if ids.is_empty() => "—".to_owned(),
        Answer::Choices(ids) => ids
            .iter()
            .map(|id| option(id))
            .collect::<Vec<_>>()
            .join(", "),
        Answer::YesNo(true) => ui(language, Ui::Yes).to_owned(),
        Answer::YesNo(false) => ui(language, Ui::No).to_owned(),
        Answer::Scale(n) => ui_fill(language, Ui::ScaleValue, &[("n", &n.to_string())]),
        Answer::Number(n) => match &question.number {
            Some(spec) => format_amount(*n, spec.unit, currency, language),
            None => format_number(*n, language),
        },
        Answer::Text(t) => t.clone(),
        Answer::Unknown if question.kind == Kind::YesNo => ui(language, Ui::NotSure).to_owned(),
        Answer::Unknown => ui(language, Ui::DontKnow).to_owned(),
    }
}

/// A score or a percentage as a whole number, halves rounded away from zero (12.5 reads "13"):
/// the same rounding as the widget's event payload (`embed`), so the page and the payload
/// never disagree. (`format!("{:.0}")` alone would round halves to even.)
pub fn whole(x: f64) -> String {
    // `plain_decimal`, not `{:.0}`: one float printer in the page (issue #17).
    crate::numbers::plain_decimal(x.round())
}

/// A length for a chart's SVG with one decimal ("12.5"), halves away from zero; written
/// without `{:.1}`, so the page carries one float printer (issue #17).
pub fn tenths(x: f64) -> String {
    crate::numbers::plain_decimal((x * 10.0).round() / 10.0)
}

/// A date as `YYYY-MM-DD` (UTC) from milliseconds since the Unix epoch; read the same in every
/// language.
pub fn date_from_ms(ms: f64) -> String {
    if !ms.is_finite() {
        return "—".to_owned();
    }
    // Days to civil date (Howard Hinnant's algorithm), exact for the proleptic Gregorian calendar.
    let days = (ms / 86_400_000.0).floor() as i64 + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// `<stem>-<name>.json` with the name reduced to letters, digits and dashes, so it is safe on
/// every system; `<stem>-<fallback>.json` when nothing of the name is left. ASCII letters are
/// lower-cased; other letters keep their case: lower-casing them would take the Unicode case
/// tables into the prospect's widget (issue #17), and their case does nothing to the name's
/// safety.
pub fn json_file_name(stem: &str, name: &str, fallback: &str) -> String {
    let slug: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let slug = slug.trim_matches('-');
    format!(
        "{stem}-{}.json",
        if slug.is_empty() { fallback } else { slug }
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::minimal;

    #[test]
    fn dates_from_milliseconds() {
        assert_eq!(date_from_ms(0.0), "1970-01-01");
        assert_eq!(date_from_ms(951_782_400_000.0), "2000-02-29");
        assert_eq!(date_from_ms(1_795_305_600_000.0), "2026-11-22");
        assert_eq!(date_from_ms(-86_400_000.0), "1969-12-31");
        assert_eq!(date_from_ms(f64::NAN), "—");
    }

    #[test]
    fn answers_read_back_in_the_chosen_language() {
        let q = minimal();
        let pays = q.question("pays_on_time").unwrap();
        assert_eq!(
            answer_text(&q, pays, &Answer::Choice("late".into()), "en"),
            "Often late"
        );
        assert_eq!(
            answer_text(&q, pays, &Answer::Choice("gone".into()), "en"),
            "gone"
        );
        let threat = q.question("threatened").unwrap();
        assert_eq!(answer_text(&q, threat, &Answer::YesNo(true), "da"), "Ja");
        assert_eq!(
            answer_text(&q, threat, &Answer::Unknown, "es"),
            "No lo tengo claro"
        );
        let respect = q.question("respect").unwrap();
        assert_eq!(answer_text(&q, respect, &Answer::Scale(3), "ro"), "3 din 5");
        let budget = q.question("budget").unwrap();
        assert_eq!(
            answer_text(&q, budget, &Answer::Number(2500.0), "en"),
            "2,500"
        );
        assert_eq!(answer_text(&q, budget, &Answer::Number(2.5), "en"), "2.5");
        assert_eq!(
            answer_text(&q, budget, &Answer::Number(2500.5), "da"),
            "2.500,5"
        );
        // With the consultant's currency, an amount carries it.
        assert_eq!(
            answer_text_with_currency(&q, budget, &Answer::Number(12000.0), "en", "EUR"),
            "12,000\u{a0}EUR"
        );
    }

    #[test]
    fn whole_numbers_round_halves_as_the_payload_does() {
        for (x, shown) in [
            (12.5, "13"),
            (13.5, "14"),
            (12.4, "12"),
            (0.5, "1"),
            (99.5, "100"),
            (-2.5, "-3"),
        ] {
            assert_eq!(whole(x), shown, "{x}");
            assert_eq!(whole(x), format!("{}", x.round()), "{x}");
        }
    }

    #[test]
    fn file_names_keep_only_safe_characters() {
        assert_eq!(
            super::json_file_name("client-fit", "Ana & Co. ÆØ", "x"),
            "client-fit-ana---co--ÆØ.json"
        );
        assert_eq!(
            super::json_file_name("client-fit", "../..", "assessment"),
            "client-fit-assessment.json"
        );
        assert_eq!(
            super::json_file_name("client-fit", "Jo\u{202e}nosJ Ltd", "x"),
            "client-fit-jo-nosj-ltd.json"
        );
    }
}

//! Property tests of numbers as people write them: every number written in a language reads back
//! exactly in that language, reading never panics, and what reads is always a finite number.

use client_fit_core::numbers::{NumberError, format_number, parse_number, read_number};
use client_fit_core::text::LANGUAGES;
use proptest::prelude::*;

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        // Failures are reported with their inputs; no files are written next to the tests.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Numbers a person might type: money, percentages, hours, with up to a few decimals, and any
/// finite double in a sensible range besides.
fn sensible() -> impl Strategy<Value = f64> {
    prop_oneof![
        (0u64..10_000_000_000).prop_map(|n| n as f64),
        (0i64..1_000_000_000, 0u32..4).prop_map(|(n, d)| n as f64 / 10f64.powi(d as i32)),
        (-1e12..1e12f64),
        (-1e-3..1e-3f64),
    ]
}

/// Text made mostly of the characters numbers are written with, so odd mixes get tried.
fn numberish() -> impl Strategy<Value = String> {
    "[0-9.,' \u{a0}\u{202f}+\\-]{0,24}"
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn every_number_written_in_a_language_reads_back_exactly(n in sensible()) {
        for language in LANGUAGES {
            let written = format_number(n, language);
            prop_assert_eq!(parse_number(&written, language), Ok(n), "{} in {}", written, language);
        }
    }

    #[test]
    fn any_finite_double_reads_back(n in any::<f64>().prop_filter("finite", |n| n.is_finite())) {
        for language in ["en", "da"] {
            let written = format_number(n, language);
            prop_assert_eq!(parse_number(&written, language), Ok(n), "{} in {}", written, language);
        }
    }

    #[test]
    fn grouping_with_spaces_or_apostrophes_reads_the_same(n in 0u64..1_000_000_000_000) {
        let en = format_number(n as f64, "en");
        for group in [" ", "\u{a0}", "\u{202f}", "'"] {
            let spaced = en.replace(',', group);
            for language in LANGUAGES {
                prop_assert_eq!(parse_number(&spaced, language), Ok(n as f64), "{:?} in {}", spaced, language);
            }
        }
    }

    #[test]
    fn reading_never_panics_and_gives_a_finite_number_or_an_error(text in any::<String>()) {
        for language in LANGUAGES {
            match parse_number(&text, language) {
                Ok(n) => prop_assert!(n.is_finite()),
                Err(e) => prop_assert!(matches!(e, NumberError::Empty | NumberError::Unreadable)),
            }
        }
    }

    #[test]
    fn number_like_text_never_panics_and_respects_bounds(text in numberish(), max in 0.0..1e6f64) {
        for language in LANGUAGES {
            match read_number(&text, language, Some(0.0), Some(max)) {
                Ok(n) => prop_assert!((0.0..=max).contains(&n)),
                Err(NumberError::TooSmall(min)) => prop_assert_eq!(min, 0.0),
                Err(NumberError::TooLarge(bound)) => prop_assert_eq!(bound, max),
                Err(NumberError::Empty) => prop_assert!(text.trim().is_empty()),
                Err(NumberError::Unreadable) => {}
            }
        }
    }
}

proptest! {
    #![proptest_config(config(2048))]

    /// The page's one float printer writes as Rust's `{}` would, for every double: plain
    /// decimals (never an exponent), as short, reading back the same. (Where two last digits
    /// are equally near, ryu rounds the tie to even and `{}` up: "…567.2" for "…567.3".)
    #[test]
    fn plain_decimal_writes_what_display_writes(n in any::<f64>().prop_filter("finite", |n| n.is_finite())) {
        let plain = client_fit_core::numbers::plain_decimal(n);
        let display = format!("{n}");
        prop_assert!(!plain.contains('e'), "{}", plain);
        prop_assert_eq!(plain.len(), display.len(), "{} / {}", plain, display);
        prop_assert_eq!(plain.parse::<f64>().unwrap().to_bits(), n.to_bits(), "{}", plain);
        prop_assert_eq!(&plain[..plain.len() - 1], &display[..display.len() - 1]);
    }

    /// Whole numbers and chart lengths, as `{:.0}` and `{:.1}` wrote them but for halves.
    #[test]
    fn whole_and_tenths_round_as_before(n in -1e9f64..1e9) {
        use client_fit_core::describe::{tenths, whole};
        prop_assert_eq!(whole(n), format!("{:.0}", n.round()));
        let t: f64 = tenths(n).parse().unwrap();
        prop_assert!((t - n).abs() <= 0.05 + 1e-6, "{} -> {}", n, t);
    }
}

#[test]
fn plain_decimal_at_the_edges() {
    use client_fit_core::numbers::plain_decimal;
    for n in [
        0.0,
        -0.0,
        1e21,
        1e22,
        1.5e-7,
        5e-324,
        f64::MAX,
        f64::MIN_POSITIVE,
        100.0,
        -12000.5,
        0.1 + 0.2,
    ] {
        assert_eq!(plain_decimal(n), format!("{n}"), "{n:e}");
    }
    assert_eq!(plain_decimal(f64::NAN), "NaN");
    assert_eq!(plain_decimal(f64::NEG_INFINITY), "-inf");
}

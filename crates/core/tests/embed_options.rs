//! The embedded widget's contract, natively: the options a host page can set (and the clear
//! errors for wrong ones), the events' payload, and the hand-over email.

use client_fit_core::answers::{Answer, Answers};
use client_fit_core::embed::{
    EmailLabels, Event, OptionError, Options, PAYLOAD_VERSION, QuestionnaireSource, Reveal, Theme,
    accent_text, email_body, mailto, payload, read_options,
};
use client_fit_core::scoring::score;
use client_fit_core::submit::SubmitFormat;
use serde_json::json;

mod common;

fn attrs(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

fn read(pairs: &[(&str, &str)], block: Option<&str>) -> Result<Options, OptionError> {
    read_options(&attrs(pairs), block)
}

#[test]
fn with_no_options_the_widget_shows_the_intake_with_a_thank_you() {
    let options = read(&[], None).unwrap();
    assert_eq!(
        options.questionnaire,
        QuestionnaireSource::Builtin("intake".into())
    );
    assert_eq!(
        (options.reveal, options.theme, options.language),
        (Reveal::Thanks, Theme::Auto, None)
    );
    assert!(options.consultant_email.is_empty());
}

#[test]
fn attributes_set_the_simple_options_and_the_block_the_rich_ones() {
    let block = r#"{"profile": {"name": "Vega Studio", "min_budget": 4000}, "reveal": "full"}"#;
    let options = read(
        &[
            ("questionnaire", "screen"),
            ("language", "DA"),
            ("reveal", "summary"),
            ("theme", "dark"),
            ("consultant-email", "ana@vega.example"),
            ("consultant-name", "Ana"),
            ("v-3f2a", ""),
        ],
        Some(block),
    )
    .unwrap();
    assert_eq!(
        options.questionnaire,
        QuestionnaireSource::Builtin("screen".into())
    );
    assert_eq!(options.language.as_deref(), Some("da"));
    assert_eq!(
        options.reveal,
        Reveal::Summary,
        "the attribute wins over the block"
    );
    assert_eq!(options.theme, Theme::Dark);
    assert_eq!(options.profile.name, "Vega Studio");
    assert_eq!(
        (
            options.consultant_name.as_str(),
            options.consultant_email.as_str()
        ),
        ("Ana", "ana@vega.example")
    );
}

#[test]
fn a_custom_questionnaire_comes_inline_or_by_address() {
    let inline = format!(r#"{{"questionnaire": {}}}"#, common::MINIMAL);
    match read(&[], Some(&inline)).unwrap().questionnaire {
        QuestionnaireSource::Inline(custom) => assert_eq!(custom.questionnaire.id, "minimal"),
        other => panic!("not inline: {other:?}"),
    }
    let by_url = read(&[], Some(r#"{"questionnaire_url": "/forms/intake.json"}"#)).unwrap();
    assert_eq!(
        by_url.questionnaire,
        QuestionnaireSource::Url("/forms/intake.json".into())
    );
}

#[test]
fn each_wrong_option_is_named_with_what_would_do() {
    let message =
        |pairs: &[(&str, &str)], block: Option<&str>| read(pairs, block).unwrap_err().to_string();
    assert_eq!(
        message(&[("reveal", "everything")], None),
        "data-reveal=\"everything\" is not one of: thanks, summary, full"
    );
    assert!(message(&[("questionnaire", "survey")], None).contains("screen, checkup, intake"));
    assert!(message(&[("language", "klingon")], None).contains("en, es, ro, da"));
    assert!(message(&[("theme", "neon")], None).contains("auto, light, dark"));
    assert!(message(&[("consultant-email", "ana at vega")], None).contains("an email address"));
    assert!(message(&[("consultant-email", "a@b.c?cc=x@y.z")], None).contains("an email address"));
    assert!(
        message(&[], Some("{\"reveal\": "))
            .starts_with("the JSON block inside the element cannot be read")
    );
    assert!(message(&[], Some(r#"{"reveals": "full"}"#)).contains("unknown field `reveals`"));
    assert_eq!(
        read(
            &[("questionnaire", "intake")],
            Some(r#"{"questionnaire_url": "x.json"}"#)
        ),
        Err(OptionError::TwoQuestionnaires)
    );
    let broken = read(&[], Some(r#"{"questionnaire": {"format": 1, "id": "x"}}"#)).unwrap_err();
    assert!(
        matches!(broken, OptionError::BadInlineQuestionnaire(_)),
        "{broken:?}"
    );
}

fn some_answers() -> Answers {
    [
        ("respect".to_owned(), Answer::Scale(2)),
        ("budget".to_owned(), Answer::Number(1200.0)),
    ]
    .into_iter()
    .collect()
}

#[test]
fn the_change_payload_carries_the_answers_but_no_result() {
    let q = common::minimal();
    let detail = payload(Event::Change, &q, "Acme", &some_answers(), None, "en");
    assert_eq!(detail["version"], json!(PAYLOAD_VERSION));
    assert_eq!(detail["event"], json!("change"));
    assert_eq!(detail["questionnaire"]["id"], json!("minimal"));
    assert_eq!(detail["client"], json!("Acme"));
    let answers = detail["answers"].as_array().unwrap();
    assert!(
        answers
            .iter()
            .any(|a| a["question"] == json!("respect") && a["value"] == json!(2))
    );
    for absent in ["scores", "verdict", "flags", "confidence"] {
        assert!(
            detail.get(absent).is_none(),
            "{absent} is sent before the end"
        );
    }
}

#[test]
fn the_complete_payload_carries_scores_verdict_and_flags_as_the_result_shows_them() {
    let q = common::minimal();
    let answers = some_answers();
    let profile = Default::default();
    let mut answers = answers;
    answers.insert("pays_on_time".to_owned(), Answer::Choice("late".into()));
    answers.insert("threatened".to_owned(), Answer::YesNo(false));
    let outcome = score(&q, &answers, &profile);
    assert!(outcome.verdict.is_some(), "enough is known to judge");
    let detail = payload(Event::Complete, &q, "", &answers, Some(&outcome), "en");
    assert_eq!(detail["event"], json!("complete"));
    assert_eq!(
        detail["scores"]["overall"],
        json!(outcome.overall.map(f64::round))
    );
    assert_eq!(
        detail["scores"]["dimensions"].as_array().unwrap().len(),
        outcome.dimensions.len()
    );
    assert_eq!(detail["verdict"]["id"], json!(outcome.verdict));
    // The raw totals behind each score, and the verdict tier's range.
    for (sent, scored) in detail["scores"]["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .zip(&outcome.dimensions)
    {
        let sum = |part: fn(&client_fit_core::scoring::Contribution) -> f64| -> f64 {
            scored.contributors.iter().map(part).sum()
        };
        assert_eq!(sent["points"], json!(sum(|c| c.points)), "{sent}");
        assert_eq!(sent["min"], json!(sum(|c| c.min)));
        assert_eq!(sent["max"], json!(sum(|c| c.max)));
        assert!(
            sent["min"].as_f64() <= sent["points"].as_f64()
                && sent["points"].as_f64() <= sent["max"].as_f64()
        );
    }
    let band = q.verdict(outcome.verdict.as_deref().unwrap()).unwrap();
    assert_eq!(
        (
            detail["verdict"]["min"].clone(),
            detail["verdict"]["max"].clone()
        ),
        (json!(band.min), json!(band.max))
    );
    assert_eq!(detail["standing"], json!("firm"));
    let flags: Vec<&str> = detail["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    let expected: Vec<&str> = outcome.flags.iter().map(|f| f.flag.as_str()).collect();
    assert_eq!(flags, expected);
    // Too little known: no verdict, and the standing says why.
    let few: Answers = [("respect".to_owned(), Answer::Scale(5))].into();
    let unjudged = score(&q, &few, &profile);
    let detail = payload(Event::Complete, &q, "", &few, Some(&unjudged), "en");
    assert_eq!(detail["verdict"], json!(null));
    assert_eq!(detail["standing"], json!("not_enough"));
}

#[test]
fn the_hand_over_email_cannot_be_bent_into_other_headers() {
    let q = common::minimal();
    let labels = EmailLabels {
        code_intro: "Code:".into(),
    };
    let body = email_body(
        &q,
        "Eve\r\nBcc: x@y.z",
        &some_answers(),
        "en",
        "cf1.minimal.AAAA",
        &labels,
    );
    assert!(body.ends_with("Code:\ncf1.minimal.AAAA\n"));
    let link = mailto("ana@vega.example", "Intake & more?", &body);
    assert!(link.starts_with("mailto:ana@vega.example?subject=Intake%20%26%20more%3F&body="));
    let after_body = link.split_once("&body=").unwrap().1;
    assert!(
        !after_body.contains(['&', '\r', '\n', '?', ' ']),
        "{after_body}"
    );
    assert!(after_body.contains("Eve%0D%0ABcc%3A"));
}

#[test]
fn a_submit_url_is_this_site_or_https_and_is_posted_as_json_unless_told() {
    let options = read(&[("submit-url", "/forms/intake")], None).unwrap();
    assert_eq!(options.submit_url.as_deref(), Some("/forms/intake"));
    assert_eq!(options.submit_as, SubmitFormat::Json);
    let block = r#"{"submit_url": "https://forms.example/f/1", "submit_as": "form"}"#;
    let options = read(&[], Some(block)).unwrap();
    assert_eq!(
        (options.submit_url.as_deref(), options.submit_as),
        (Some("https://forms.example/f/1"), SubmitFormat::Form)
    );
    assert_eq!(read(&[], None).unwrap().submit_url, None);
    for bad in [
        "javascript:alert(1)",
        "http://forms.example/x",
        "//x.example",
    ] {
        match read(&[("submit-url", bad)], None) {
            Err(OptionError::BadValue { option, .. }) => assert_eq!(option, "submit-url"),
            other => panic!("{bad}: {other:?}"),
        }
    }
    assert!(matches!(
        read(&[("submit-as", "xml")], None),
        Err(OptionError::BadValue {
            option: "submit-as",
            ..
        })
    ));
}

#[test]
fn an_accent_is_a_hex_colour_with_a_readable_text_colour() {
    let options = read(&[("accent", "#0F6E5A")], None).unwrap();
    assert_eq!(options.accent.as_deref(), Some("#0f6e5a"));
    assert_eq!(accent_text("#0f6e5a"), Some("#ffffff"));
    assert_eq!(accent_text("#fc0"), Some("#111111"));
    assert_eq!(accent_text("#ffffff"), Some("#111111"));
    assert_eq!(accent_text("#000"), Some("#ffffff"));
    for bad in ["red", "#12", "#12345g", "0f6e5a", "#0f6e5a;x:y", "url(x)"] {
        assert!(accent_text(bad).is_none(), "{bad}");
        assert!(read(&[("accent", bad)], None).is_err(), "{bad}");
    }
}

//! The embedded widget's contract with the host page: the options read from its element (data
//! attributes and an optional JSON block), and the versioned payload of the events it sends.
//! Pure: no browser imports; the shell reads the element and dispatches the events.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::answers::{Answer, Answers};
use super::backup::Custom;
use super::builtin::IDS;
use super::describe::answer_text;
use super::lint::Problems;
use super::model::Questionnaire;
use super::profile::Profile;
use super::scoring::{Contribution, Outcome};
use super::submit::{SubmitFormat, check_submit_url};
use super::text::LANGUAGES;

/// The version of the events' `detail` layout. It changes only when a field is removed or
/// changes meaning; new fields may appear within a version.
pub const PAYLOAD_VERSION: u32 = 1;

/// What the prospect sees once they have answered: the consultant's choice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reveal {
    /// A thank-you and the hand-over, nothing of the result.
    #[default]
    Thanks,
    /// A thank-you and their own answers to look over.
    Summary,
    /// The verdict, the scores and the warning signs (never the consultant's profile or notes).
    Full,
}

/// The widget's colours: the visitor's setting, or fixed by the host page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// Follows the visitor's light or dark setting.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// Where the widget's questionnaire comes from: `data-questionnaire`, `"questionnaire_url"`
/// or an inline `"questionnaire"` in the JSON block (one only; the built-in intake when none).
#[derive(Clone, Debug, PartialEq)]
pub enum QuestionnaireSource {
    /// One of the built-in questionnaires, by id.
    Builtin(String),
    /// A questionnaire file on the host's own site (checked to be same-origin by the shell).
    Url(String),
    /// A questionnaire written into the JSON block itself, read and checked.
    Inline(Box<Custom>),
}

/// Everything a host page can set on a widget, as [`read_options`] reads it.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// Which questionnaire the prospect answers.
    pub questionnaire: QuestionnaireSource,
    /// A fixed language; `None` follows the visitor's browser.
    pub language: Option<String>,
    /// What the prospect sees once they have answered.
    pub reveal: Reveal,
    /// Light, dark or the visitor's setting.
    pub theme: Theme,
    /// The consultant's ideal client profile, for scoring. It is part of the host page, so
    /// anyone can read it there; it is never shown in the widget.
    pub profile: Profile,
    /// Who the answers go to, for the hand-over; empty when not given.
    pub consultant_name: String,
    /// The address the hand-over email goes to; empty, or a plausible address that cannot
    /// break out of a `mailto:` link.
    pub consultant_email: String,
    /// The consultant's own endpoint the answers are posted to at the end (checked by
    /// `submit::check_submit_url`); `None`: the prospect hands them over by file or email.
    pub submit_url: Option<String>,
    /// How the answers are posted to `submit_url`.
    pub submit_as: SubmitFormat,
    /// The widget's accent colour (`#rgb` or `#rrggbb`), for hosts whose Content Security
    /// Policy forbids a `style` attribute; a CSS rule for `--cf-accent` does the same.
    pub accent: Option<String>,
}

/// A wrong option: which one, what was given and what would do. The message is written for
/// the developer of the host page.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum OptionError {
    /// An option's value is not one it can take.
    #[error("data-{option}=\"{value}\" is not one of: {expected}")]
    BadValue {
        /// The option's name, as its data attribute without `data-`.
        option: &'static str,
        /// What was given.
        value: String,
        /// What would do, for the message.
        expected: String,
    },
    /// The JSON block is not valid JSON, has a field of the wrong type, or an unknown field;
    /// serde's message.
    #[error("the JSON block inside the element cannot be read: {0}")]
    BadJson(String),
    /// The questionnaire is given more than one way.
    #[error(
        "give the questionnaire one way only: data-questionnaire, \"questionnaire_url\" or \"questionnaire\""
    )]
    TwoQuestionnaires,
    /// The inline questionnaire does not load: its problems, one after the other.
    #[error("the inline questionnaire cannot be used: {0}")]
    BadInlineQuestionnaire(Problems),
}

/// The JSON block's fields; every attribute may be given here too (the attribute wins).
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Block {
    questionnaire: Option<Value>,
    questionnaire_url: Option<String>,
    language: Option<String>,
    reveal: Option<String>,
    theme: Option<String>,
    profile: Option<Profile>,
    consultant_name: Option<String>,
    consultant_email: Option<String>,
    submit_url: Option<String>,
    submit_as: Option<String>,
    accent: Option<String>,
}

/// Reads a widget's options from its data attributes (`name` without `data-`) and the text of
/// its `<script type="application/json">` block. Unknown attributes are the host's own and
/// are left alone; unknown fields in the block are mistakes and are reported.
///
/// # Errors
///
/// The first wrong option found, as an [`OptionError`].
pub fn read_options(
    attributes: &[(String, String)],
    block: Option<&str>,
) -> Result<Options, OptionError> {
    let attribute = |name: &str| {
        attributes
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.trim().to_owned())
    };
    let block: Block = match block.map(str::trim).filter(|b| !b.is_empty()) {
        Some(text) => {
            serde_json::from_str(text).map_err(|e| OptionError::BadJson(e.to_string()))?
        }
        None => Block::default(),
    };
    let questionnaire = match (
        attribute("questionnaire"),
        block.questionnaire_url,
        block.questionnaire,
    ) {
        (Some(id), None, None) => {
            QuestionnaireSource::Builtin(one_of("questionnaire", &id, &IDS)?.to_owned())
        }
        (None, Some(url), None) => QuestionnaireSource::Url(url),
        (None, None, Some(inline)) => {
            let custom = Custom::read(inline)
                .map_err(|problems| OptionError::BadInlineQuestionnaire(problems.into()))?;
            QuestionnaireSource::Inline(Box::new(custom))
        }
        (None, None, None) => QuestionnaireSource::Builtin("intake".to_owned()),
        _ => return Err(OptionError::TwoQuestionnaires),
    };
    let language = match attribute("language").or(block.language) {
        Some(language) => Some(one_of("language", &language, &LANGUAGES)?.to_owned()),
        None => None,
    };
    let reveal = match attribute("reveal").or(block.reveal).as_deref() {
        None => Reveal::default(),
        Some(value) => match one_of("reveal", value, &["thanks", "summary", "full"])? {
            "summary" => Reveal::Summary,
            "full" => Reveal::Full,
            _ => Reveal::Thanks,
        },
    };
    let theme = match attribute("theme").or(block.theme).as_deref() {
        None => Theme::default(),
        Some(value) => match one_of("theme", value, &["auto", "light", "dark"])? {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::Auto,
        },
    };
    let consultant_email = attribute("consultant-email")
        .or(block.consultant_email)
        .unwrap_or_default();
    if !consultant_email.is_empty() && !plausible_email(&consultant_email) {
        return Err(OptionError::BadValue {
            option: "consultant-email",
            value: consultant_email,
            expected: "an email address such as you@example.com".to_owned(),
        });
    }
    let submit_url = attribute("submit-url").or(block.submit_url);
    if let Some(url) = &submit_url {
        check_submit_url(url).map_err(|expected| OptionError::BadValue {
            option: "submit-url",
            value: url.clone(),
            expected: expected.to_owned(),
        })?;
    }
    let submit_as = match attribute("submit-as").or(block.submit_as).as_deref() {
        None => SubmitFormat::default(),
        Some(value) => match one_of("submit-as", value, &["json", "form"])? {
            "form" => SubmitFormat::Form,
            _ => SubmitFormat::Json,
        },
    };
    let accent = attribute("accent").or(block.accent);
    if let Some(colour) = &accent
        && accent_text(colour).is_none()
    {
        return Err(OptionError::BadValue {
            option: "accent",
            value: colour.clone(),
            expected: "a colour such as #0f6e5a or #c50".to_owned(),
        });
    }
    Ok(Options {
        questionnaire,
        language,
        reveal,
        theme,
        profile: block.profile.unwrap_or_default(),
        consultant_name: attribute("consultant-name")
            .or(block.consultant_name)
            .unwrap_or_default(),
        consultant_email,
        submit_url,
        submit_as,
        accent: accent.map(|a| a.to_ascii_lowercase()),
    })
}

/// The text colour that reads on an accent given as `#rgb` or `#rrggbb`: white on a dark
/// accent, near-black on a light one (whichever contrasts more, by WCAG's relative luminance).
/// `None` when the accent is not such a colour.
pub fn accent_text(accent: &str) -> Option<&'static str> {
    let hex = accent.strip_prefix('#')?;
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |text: &str| u8::from_str_radix(text, 16).ok();
    let (r, g, b) = match hex.len() {
        3 => {
            let one = |i: usize| channel(&hex[i..=i]).map(|v| v * 17);
            (one(0)?, one(1)?, one(2)?)
        }
        6 => (
            channel(&hex[0..2])?,
            channel(&hex[2..4])?,
            channel(&hex[4..6])?,
        ),
        _ => return None,
    };
    let linear = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.039_28 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    // Contrast with white is 1.05 / (L + 0.05); with #111111 (L about 0.0056) it is
    // (L + 0.05) / 0.0556. White wins below the luminance where the two are equal.
    let with_white = 1.05 / (luminance + 0.05);
    let with_dark = (luminance + 0.05) / 0.0556;
    Some(if with_white >= with_dark {
        "#ffffff"
    } else {
        "#111111"
    })
}

fn one_of<'a>(
    option: &'static str,
    value: &str,
    allowed: &[&'a str],
) -> Result<&'a str, OptionError> {
    allowed
        .iter()
        .find(|a| a.eq_ignore_ascii_case(value))
        .copied()
        .ok_or_else(|| OptionError::BadValue {
            option,
            value: value.to_owned(),
            expected: allowed.join(", "),
        })
}

/// One `@` with something on each side, a dot in the domain, and nothing that would break
/// out of a `mailto:` address: the check of `data-consultant-email` (and of the snippet page's
/// email field, so it never writes one the widget refuses).
pub fn plausible_email(address: &str) -> bool {
    let unsafe_char = |c: char| c.is_whitespace() || "<>\"',;?&#/\\".contains(c);
    match address.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty()
                && domain.contains('.')
                && !domain.contains('@')
                && !address.chars().any(unsafe_char)
        }
        None => false,
    }
}

/// Which event a payload belongs to; [`Event::name`] is the DOM event's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// `client-fit:ready`: the widget shows.
    Ready,
    /// `client-fit:change`: after each answer.
    Change,
    /// `client-fit:complete`: the prospect reached the end; the payload adds the scores, the
    /// confidence, the verdict and the warning signs.
    Complete,
}

impl Event {
    /// The DOM event's name on the widget's element.
    pub fn name(self) -> &'static str {
        match self {
            Event::Ready => "client-fit:ready",
            Event::Change => "client-fit:change",
            Event::Complete => "client-fit:complete",
        }
    }
}

/// An answer's plain value for the host page: the option id, the list of ids, `true`/`false`,
/// the scale step, the number, the note, or `null` for "don't know".
fn plain_value(answer: &Answer) -> Value {
    match answer {
        Answer::Choice(id) => json!(id),
        Answer::Choices(ids) => json!(ids),
        Answer::YesNo(yes) => json!(yes),
        Answer::Scale(step) => json!(step),
        Answer::Number(n) if n.is_finite() => json!(n),
        Answer::Number(_) | Answer::Unknown => Value::Null,
        Answer::Text(text) => json!(text),
    }
}

/// The `detail` of an event: see the README's "Events" table. `outcome` is given for
/// `Complete` only: the scores, verdict and flags are not sent while answers are still coming.
pub fn payload(
    event: Event,
    questionnaire: &Questionnaire,
    client: &str,
    answers: &Answers,
    outcome: Option<&Outcome>,
    language: &str,
) -> Value {
    let text = |t: &super::text::Text| t.get(language, &questionnaire.default_language).to_owned();
    let answered: Vec<Value> = questionnaire
        .questions()
        .filter_map(|(_, question)| {
            let answer = answers.get(&question.id)?;
            Some(json!({
                "question": question.id,
                "question_text": text(&question.text),
                "value": plain_value(answer),
                "answer_text": answer_text(questionnaire, question, answer, language),
            }))
        })
        .collect();
    let mut detail = Map::new();
    detail.insert("version".into(), json!(PAYLOAD_VERSION));
    detail.insert(
        "event".into(),
        json!(event.name().trim_start_matches("client-fit:")),
    );
    detail.insert(
        "questionnaire".into(),
        json!({ "id": questionnaire.id, "title": text(&questionnaire.title) }),
    );
    detail.insert("language".into(), json!(language));
    detail.insert("client".into(), json!(client));
    detail.insert("answers".into(), Value::Array(answered));
    if let Some(outcome) = outcome {
        let dimensions: Vec<Value> = outcome
            .dimensions
            .iter()
            .map(|d| {
                let label = questionnaire.dimension(&d.id).map(|dim| text(&dim.label));
                // The raw totals behind the score: the points the answers gave, and the fewest
                // and most they could have given (the score places `points` between them).
                let total = |part: fn(&Contribution) -> f64| -> f64 {
                    d.contributors.iter().map(part).sum()
                };
                json!({
                    "id": d.id, "label": label, "score": d.score.map(f64::round),
                    "points": total(|c| c.points), "min": total(|c| c.min), "max": total(|c| c.max),
                })
            })
            .collect();
        detail.insert(
            "scores".into(),
            json!({ "overall": outcome.overall.map(f64::round), "dimensions": dimensions }),
        );
        detail.insert(
            "confidence".into(),
            json!((outcome.confidence * 100.0).round() / 100.0),
        );
        let verdict = outcome.verdict.as_deref().map(|id| {
            let band = questionnaire.verdict(id);
            let label = band.map(|band| text(&band.label));
            // The tier's range of overall scores.
            let (min, max) = (band.map(|b| b.min), band.map(|b| b.max));
            json!({ "id": id, "label": label, "min": min, "max": max, "forced_by_deal_breaker": outcome.forced_by_deal_breaker })
        });
        detail.insert("verdict".into(), verdict.unwrap_or(Value::Null));
        // `firm`, `provisional` or `not_enough` (then `verdict` is null: too little is known).
        detail.insert("standing".into(), json!(outcome.standing));
        let flags: Vec<Value> = outcome
            .flags
            .iter()
            .map(|raised| {
                let title = questionnaire.flag(&raised.flag).map(|f| text(&f.title));
                json!({ "id": raised.flag, "title": title, "severity": raised.severity, "question": raised.question })
            })
            .collect();
        detail.insert("flags".into(), Value::Array(flags));
    }
    Value::Object(detail)
}

/// The text of the hand-over email: the answers in plain words, then the code the consultant
/// pastes into their own Client Fit.
pub fn email_body(
    questionnaire: &Questionnaire,
    client: &str,
    answers: &Answers,
    language: &str,
    code: &str,
    labels: &EmailLabels,
) -> String {
    let text = |t: &super::text::Text| t.get(language, &questionnaire.default_language).to_owned();
    let mut body = String::new();
    if !client.is_empty() {
        body.push_str(client);
        body.push_str("\n\n");
    }
    for (_, question) in questionnaire.questions() {
        if let Some(answer) = answers.get(&question.id) {
            body.push_str(&text(&question.text));
            body.push_str("\n  ");
            body.push_str(&answer_text(questionnaire, question, answer, language));
            body.push('\n');
        }
    }
    body.push('\n');
    body.push_str(&labels.code_intro);
    body.push('\n');
    body.push_str(code);
    body.push('\n');
    body
}

/// The words of the email around the answers, in the prospect's language.
pub struct EmailLabels {
    /// The line before the code, telling the consultant what to do with it.
    pub code_intro: String,
}

/// A `mailto:` address with subject and body, each percent-encoded so no text can add headers
/// or break out of its field.
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    format!(
        "mailto:{}?subject={}&body={}",
        encode(to),
        encode(subject),
        encode(body)
    )
}

fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~@".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

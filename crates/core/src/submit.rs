//! Sending a prospect's answers to the consultant's own endpoint, with no server of ours: where
//! a send may go, the request it makes (JSON or a form), the send kept on the device until it
//! succeeds, and what the end screen says about it. Pure: the shell makes the request.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

/// How the answers are posted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubmitFormat {
    /// `application/json`: the `client-fit:complete` payload with a `submission_id`.
    #[default]
    Json,
    /// `application/x-www-form-urlencoded`, as an HTML form would post it: one field per
    /// answer in words, a few summary fields and the whole payload in `payload` (what form
    /// services and simple backends take).
    Form,
}

/// Checks a `submit_url`: a path on the page's own site (`/forms/intake`), or an `https://`
/// address on any site (plain `http://` only for this computer, `localhost` or `127.0.0.1`,
/// for trying it out). Anything else (another scheme, spaces, control characters) is refused.
///
/// # Errors
///
/// What would do, for the option's error message.
pub fn check_submit_url(url: &str) -> Result<(), &'static str> {
    const EXPECTED: &str =
        "a path on this site (/forms/intake) or an https:// address (http:// only for localhost)";
    // A backslash reads as a slash to browsers (`http://evil.example\\@localhost` goes to
    // evil.example), so none anywhere.
    if url.is_empty()
        || url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
    {
        return Err(EXPECTED);
    }
    if url.starts_with('/') && !url.starts_with("//") {
        return Ok(());
    }
    let lower = url.to_ascii_lowercase();
    // No user name or password in the address: browsers refuse to send to one, so it could
    // never succeed (and it hides where the answers go).
    let host_of = |rest: &str| -> String {
        let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
        if authority.contains('@') {
            return String::new();
        }
        let host = authority;
        match host.strip_prefix('[') {
            Some(v6) => v6.split(']').next().unwrap_or_default().to_owned(),
            None => host.split(':').next().unwrap_or_default().to_owned(),
        }
    };
    if let Some(rest) = lower.strip_prefix("https://")
        && !host_of(rest).is_empty()
    {
        return Ok(());
    }
    if let Some(rest) = lower.strip_prefix("http://")
        && ["localhost", "127.0.0.1", "::1"].contains(&host_of(rest).as_str())
    {
        return Ok(());
    }
    Err(EXPECTED)
}

/// A send of one prospect's answers: kept on the device from the moment the prospect reaches
/// the end until the endpoint accepts it, and after that as the record of what was sent (so a
/// reload neither sends it again nor forgets that it went).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outgoing {
    /// The idempotency key: the same for every attempt of this send, sent as the
    /// `Idempotency-Key` header and the `submission_id` field, so an endpoint that sees it
    /// twice (a retry after a lost response) keeps one submission.
    pub key: String,
    /// The earlier send this one replaces: the prospect went back and changed answers after it
    /// was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<String>,
    /// Where it goes, as the host page gave it.
    pub url: String,
    /// How it is posted.
    #[serde(default)]
    pub format: SubmitFormat,
    /// The `client-fit:complete` payload (`embed::payload`) it carries.
    pub payload: Value,
    /// Whether a request for it ever went out: the endpoint may have it even without a 2xx (a
    /// lost answer), so a send made after it names it in `replaces`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub attempted: bool,
    /// When the endpoint accepted it (milliseconds since the Unix epoch); `None` while not yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_ms: Option<f64>,
}

impl Outgoing {
    /// The send for `payload`, given what is on the device already: the same send (same key,
    /// sent or not) when the answers and the address are unchanged, so arriving at the end
    /// again (or switching the language there, which changes only the payload's words) never
    /// sends twice; otherwise a new send under `new_key`, naming the one it replaces when that
    /// one went out.
    pub fn queue(
        earlier: Option<&Outgoing>,
        payload: Value,
        url: &str,
        format: SubmitFormat,
        new_key: &str,
    ) -> Outgoing {
        if let Some(earlier) = earlier
            && essence(&earlier.payload) == essence(&payload)
            && earlier.url == url
            && earlier.format == format
        {
            return earlier.clone();
        }
        // Only a send of the same questionnaire's answers is replaced.
        let replaces = earlier
            .filter(|e| essence(&e.payload)[0] == essence(&payload)[0])
            .and_then(|e| {
                if e.sent_ms.is_some() || e.attempted {
                    Some(e.key.clone())
                } else {
                    e.replaces.clone()
                }
            });
        Outgoing {
            key: new_key.to_owned(),
            replaces,
            url: url.to_owned(),
            format,
            payload,
            attempted: false,
            sent_ms: None,
        }
    }

    /// A kept send, read back on opening, for the page's options now: a pending one goes where
    /// the page now says, as it says (same key: it is the same submission); one already sent
    /// stays the record it is.
    pub fn retarget(self, url: &str, format: SubmitFormat) -> Outgoing {
        if self.pending() {
            Outgoing {
                url: url.to_owned(),
                format,
                ..self
            }
        } else {
            self
        }
    }

    /// Whether it still has to go out.
    pub fn pending(&self) -> bool {
        self.sent_ms.is_none()
    }

    /// The request body and its `Content-Type`.
    pub fn body(&self) -> (String, &'static str) {
        let mut payload = self.payload.clone();
        if let Value::Object(fields) = &mut payload {
            fields.insert("submission_id".into(), json!(self.key));
            if let Some(replaces) = &self.replaces {
                fields.insert("replaces".into(), json!(replaces));
            }
        }
        match self.format {
            SubmitFormat::Json => (payload.to_string(), "application/json"),
            SubmitFormat::Form => (
                form_encode(&form_fields(&payload)),
                "application/x-www-form-urlencoded",
            ),
        }
    }

    /// Reads a kept send; `None` for anything that is not one (damaged storage is not worth a
    /// message here: the answers themselves are kept apart, and the end screen queues the send
    /// again from them).
    pub fn from_json(text: &str) -> Option<Outgoing> {
        let outgoing: Outgoing = serde_json::from_str(text).ok()?;
        (check_submit_url(&outgoing.url).is_ok() && !outgoing.key.is_empty()).then_some(outgoing)
    }

    /// The text kept on the device.
    pub fn to_json(&self) -> String {
        // Plain data with string keys: serialising cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// What a send is about, apart from the words it is put in: the questionnaire, the client and
/// each answer's value.
fn essence(payload: &Value) -> Value {
    let answers: Vec<Value> = payload
        .get("answers")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|a| json!([a.get("question"), a.get("value")]))
        .collect();
    json!([
        payload.get("questionnaire").and_then(|q| q.get("id")),
        payload.get("client"),
        answers
    ])
}

/// A form's fields, in order: `submission_id` (and `replaces`), `questionnaire`, `language`,
/// `client`, `verdict` and `overall` when known, one field per answer named `answer_` and the
/// question's id (so no question can take another field's name), with the answer in words, and
/// last `payload`, the whole JSON.
fn form_fields(payload: &Value) -> Vec<(String, String)> {
    let empty = Map::new();
    let fields = payload.as_object().unwrap_or(&empty);
    let plain = |value: Option<&Value>| match value {
        Some(Value::String(text)) => text.clone(),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    };
    let mut out = Vec::new();
    for name in ["submission_id", "replaces"] {
        if let Some(value) = fields.get(name) {
            out.push((name.to_owned(), plain(Some(value))));
        }
    }
    let questionnaire = fields.get("questionnaire").and_then(|q| q.get("id"));
    out.push(("questionnaire".to_owned(), plain(questionnaire)));
    out.push(("language".to_owned(), plain(fields.get("language"))));
    out.push(("client".to_owned(), plain(fields.get("client"))));
    if let Some(label) = fields.get("verdict").and_then(|v| v.get("label")) {
        out.push(("verdict".to_owned(), plain(Some(label))));
    }
    if let Some(overall) = fields.get("scores").and_then(|s| s.get("overall"))
        && !overall.is_null()
    {
        out.push(("overall".to_owned(), plain(Some(overall))));
    }
    for answer in fields
        .get("answers")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let id = plain(answer.get("question"));
        if !id.is_empty() {
            out.push((format!("answer_{id}"), plain(answer.get("answer_text"))));
        }
    }
    out.push(("payload".to_owned(), payload.to_string()));
    out
}

/// `application/x-www-form-urlencoded`, as browsers write it: bytes outside the unreserved set
/// percent-encoded, spaces as `+`.
fn form_encode(fields: &[(String, String)]) -> String {
    let encode = |text: &str| {
        let mut out = String::with_capacity(text.len());
        for byte in text.bytes() {
            match byte {
                b' ' => out.push('+'),
                b'*' | b'-' | b'.' | b'_' => out.push(byte as char),
                _ if byte.is_ascii_alphanumeric() => out.push(byte as char),
                _ => out.push_str(&format!("%{byte:02X}")),
            }
        }
        out
    };
    fields
        .iter()
        .map(|(name, value)| format!("{}={}", encode(name), encode(value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Where a send stands, for the end screen: the kept send says whether it went; this says what
/// happened to the last attempt while it has not.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum SendState {
    /// Nothing tried yet in this visit (a pending send is tried now).
    #[default]
    Waiting,
    /// A request is out.
    Sending,
    /// The browser is offline: it goes when the browser is back online.
    Offline,
    /// The last attempt failed: why, in words for the prospect.
    Failed(SendFailure),
}

/// Why an attempt failed.
#[derive(Clone, Debug, PartialEq)]
pub enum SendFailure {
    /// The endpoint answered, but not with success (the HTTP status).
    Refused(u16),
    /// No answer: the network failed, the endpoint could not be reached or took too long, or
    /// it does not allow this page to send to it (the browser does not say which).
    NoAnswer,
}

/// Whether an HTTP status means the endpoint took the answers.
pub fn accepted(status: u16) -> bool {
    (200..300).contains(&status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn submit_urls_are_this_site_or_https_or_this_computer() {
        for good in [
            "/forms/intake",
            "https://forms.example/f/abc",
            "HTTPS://Forms.Example",
            "http://localhost:8080/in",
            "http://127.0.0.1:9/x",
            "http://[::1]:3000/",
        ] {
            assert_eq!(check_submit_url(good), Ok(()), "{good}");
        }
        for bad in [
            "",
            "//evil.example/x",
            "/\\evil.example",
            "http://forms.example/x",
            "http://localhost.evil.example/",
            "http://evil.example\\@localhost/",
            "https://user:pass@forms.example/x",
            "https://forms.example@evil.example/x",
            "/in\\x",
            "javascript:alert(1)",
            "data:text/plain,x",
            "https://",
            "https:///path",
            "https://a b.example",
            "forms/intake",
            "ftp://x.example",
        ] {
            assert!(check_submit_url(bad).is_err(), "{bad}");
        }
    }

    fn payload(answer: &str) -> Value {
        let value: i64 = answer.replace([',', '.'], "").parse().unwrap();
        json!({
            "version": 1, "event": "complete",
            "questionnaire": {"id": "intake", "title": "Intake"},
            "language": "en", "client": "Ana & Co",
            "answers": [
                {"question": "budget", "question_text": "Budget?", "value": value, "answer_text": answer},
                {"question": "deadline", "question_text": "When?", "value": null, "answer_text": "I don't know yet"}
            ],
            "scores": {"overall": 72, "dimensions": []},
            "verdict": {"id": "good", "label": "Good fit"},
        })
    }

    #[test]
    fn arriving_again_with_the_same_answers_keeps_the_send_and_its_key() {
        let first = Outgoing::queue(None, payload("12,000"), "/in", SubmitFormat::Json, "k1");
        assert!(first.pending());
        let again = Outgoing::queue(
            Some(&first),
            payload("12,000"),
            "/in",
            SubmitFormat::Json,
            "k2",
        );
        assert_eq!(again, first);
        let sent = Outgoing {
            sent_ms: Some(5.0),
            ..first.clone()
        };
        let again = Outgoing::queue(
            Some(&sent),
            payload("12,000"),
            "/in",
            SubmitFormat::Json,
            "k2",
        );
        assert!(!again.pending(), "a sent send is not sent again");
        // The same answers in other words (the prospect switched language): still the same.
        let mut spanish = payload("12.000");
        spanish["language"] = json!("es");
        spanish["answers"][0]["question_text"] = json!("¿Presupuesto?");
        let again = Outgoing::queue(Some(&sent), spanish, "/in", SubmitFormat::Json, "k3");
        assert_eq!(again.key, "k1");
    }

    #[test]
    fn changed_answers_make_a_new_send_that_names_the_one_it_replaces() {
        let sent = Outgoing {
            sent_ms: Some(5.0),
            ..Outgoing::queue(None, payload("12,000"), "/in", SubmitFormat::Json, "k1")
        };
        let new = Outgoing::queue(
            Some(&sent),
            payload("15,000"),
            "/in",
            SubmitFormat::Json,
            "k2",
        );
        assert_eq!(
            (new.key.as_str(), new.replaces.as_deref()),
            ("k2", Some("k1"))
        );
        assert!(new.pending());
        // Changed again before the new one went: it still replaces the one that went.
        let newer = Outgoing::queue(
            Some(&new),
            payload("9,000"),
            "/in",
            SubmitFormat::Json,
            "k3",
        );
        assert_eq!(newer.replaces.as_deref(), Some("k1"));
        // Tried, but no answer came (the endpoint may have it): replaced by name too.
        let tried = Outgoing {
            attempted: true,
            ..Outgoing::queue(None, payload("1"), "/in", SubmitFormat::Json, "k1")
        };
        let after = Outgoing::queue(Some(&tried), payload("2"), "/in", SubmitFormat::Json, "k2");
        assert_eq!(after.replaces.as_deref(), Some("k1"));
        // Another questionnaire's answers replace nothing.
        let mut other = payload("2");
        other["questionnaire"]["id"] = json!("checkup");
        let unrelated = Outgoing::queue(Some(&sent), other, "/in", SubmitFormat::Json, "k4");
        assert_eq!(unrelated.replaces, None);
        // Never sent before: nothing to replace.
        let unsent = Outgoing::queue(None, payload("1"), "/in", SubmitFormat::Json, "k1");
        let changed = Outgoing::queue(Some(&unsent), payload("2"), "/in", SubmitFormat::Json, "k2");
        assert_eq!(changed.replaces, None);
    }

    #[test]
    fn the_json_body_is_the_payload_with_its_key() {
        let outgoing = Outgoing::queue(None, payload("12,000"), "/in", SubmitFormat::Json, "k1");
        let (body, content_type) = outgoing.body();
        assert_eq!(content_type, "application/json");
        let read: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(read["submission_id"], "k1");
        assert_eq!(read["answers"][0]["value"], 12000);
        assert!(read.get("replaces").is_none());
    }

    #[test]
    fn the_form_body_has_a_field_per_answer_and_the_whole_payload() {
        let outgoing = Outgoing::queue(None, payload("12,000"), "/in", SubmitFormat::Form, "k 1");
        let (body, content_type) = outgoing.body();
        assert_eq!(content_type, "application/x-www-form-urlencoded");
        let fields: Vec<&str> = body.split('&').collect();
        assert_eq!(fields[0], "submission_id=k+1");
        assert!(fields.contains(&"client=Ana+%26+Co"), "{body}");
        assert!(fields.contains(&"answer_budget=12%2C000"), "{body}");
        assert!(
            fields.contains(&"answer_deadline=I+don%27t+know+yet"),
            "{body}"
        );
        assert!(fields.contains(&"verdict=Good+fit"), "{body}");
        assert!(fields.contains(&"overall=72"), "{body}");
        assert!(fields.last().unwrap().starts_with("payload=%7B"), "{body}");
    }

    #[test]
    fn a_kept_send_reads_back_and_a_damaged_or_tampered_one_does_not() {
        let outgoing = Outgoing::queue(None, payload("1"), "/in", SubmitFormat::Form, "k1");
        assert_eq!(
            Outgoing::from_json(&outgoing.to_json()),
            Some(outgoing.clone())
        );
        assert_eq!(Outgoing::from_json("{\"key\": 3"), None);
        let tampered = Outgoing {
            url: "javascript:alert(1)".into(),
            ..outgoing
        };
        assert_eq!(Outgoing::from_json(&tampered.to_json()), None);
    }

    #[test]
    fn a_pending_send_goes_where_the_page_now_says_and_a_sent_one_stays() {
        let pending = Outgoing::queue(None, payload("1"), "/old", SubmitFormat::Json, "k1");
        let moved = pending.clone().retarget("/new", SubmitFormat::Form);
        assert_eq!(
            (moved.key.as_str(), moved.url.as_str(), moved.format),
            ("k1", "/new", SubmitFormat::Form)
        );
        let sent = Outgoing {
            sent_ms: Some(1.0),
            ..pending
        };
        assert_eq!(sent.clone().retarget("/new", SubmitFormat::Form), sent);
    }

    #[test]
    fn only_2xx_is_accepted() {
        assert!(accepted(200) && accepted(201) && accepted(204));
        assert!(!accepted(0) && !accepted(302) && !accepted(409) && !accepted(500));
    }
}

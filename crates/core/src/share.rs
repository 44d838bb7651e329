//! The share link: one assessment's answers packed into a URL fragment, so opening the link shows
//! the same result while nothing is sent anywhere (browsers never send the fragment).
//!
//! Format, version 1: `cf1.<questionnaire id>.<payload>`, the payload in base64url without
//! padding. Decoded, the payload is `varint body length, body, FNV-1a 32 (little-endian) of the
//! questionnaire id, a 0xff byte and the body`. The body is:
//! - 4 bytes (little-endian): a fingerprint of the questionnaire's shape (question ids and kinds,
//!   option ids, in order), since the body refers to questions and options by position;
//! - the client name: varint byte length, UTF-8;
//! - the first impression: varint 0 (none), 1 good, 2 unsure, 3 bad; then its reason as a string;
//! - then, until the body ends, the questions in questionnaire order, each starting with a varint
//!   code: `0 n` skips n + 1 unanswered questions (unanswered ones at the end are simply left
//!   off), `1` is "don't know", and `2 + v` is an answer whose `v` depends on the question's
//!   kind: single the option's position; multi the count, then each option's position in the
//!   order chosen; yes/no 0 or 1; scale the step minus one; text the byte length, then UTF-8;
//!   number 0 followed by the f64's 8 bytes, or `4 + e` followed by the zigzag varint of `m`,
//!   the number being `m` times 10^e (e = -3 to 3), used only when that gives back exactly the
//!   same f64 (round budgets take one or two bytes).
//!
//! Decoding never panics and never allocates more than the link's own length: every length is
//! checked against the bytes that remain. Pure: no browser imports.

use super::answers::{Answer, Answers, Blink};
use super::history::Assessment;
use super::model::{Impression, Kind, Question, Questionnaire};
use super::work::{Source, Work};

/// The link version this build writes and the newest it reads.
pub const VERSION: u32 = 1;
/// Longest fragment accepted or written (without the `#`); anything longer is refused before it
/// is decoded.
pub const MAX_LINK_BYTES: usize = 8 * 1024;

/// What a share link carries. Never the consultant's private notes or overrule.
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    /// The questionnaire's id.
    pub questionnaire: String,
    /// The client's name as the consultant wrote it.
    pub client: String,
    /// The first impression and its one-line reason, if one was recorded (never on a
    /// prospect's intake).
    pub blink: Option<Blink>,
    /// The answers; [`encode`] leaves out those that do not fit their question.
    pub answers: Answers,
}

/// Why a link could not be opened or made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ShareError {
    /// Not a share link at all (the shell ignores such fragments).
    #[error("this is not a Client Fit link")]
    NotOurs,
    /// A link version newer than [`VERSION`] (the version it claims).
    #[error("this link was made by a newer Client Fit (link version {0})")]
    Newer(u32),
    /// The lookup found no questionnaire with this id.
    #[error("this link is for the questionnaire `{0}`, which is not available here")]
    UnknownQuestionnaire(String),
    /// The link ends before its payload does: part of it was lost when copied.
    #[error("the link is incomplete: copy it again in full")]
    Truncated,
    /// The checksum does not match, or the content is malformed.
    #[error("the link was changed or damaged")]
    Tampered,
    /// Over [`MAX_LINK_BYTES`]: refused unread, or (from [`encode`]) notes too long to share.
    #[error("the link is too long (over {MAX_LINK_BYTES} bytes)")]
    TooLarge,
    /// The questionnaire's questions or options have changed since the link was made.
    #[error("the link was made with another version of the questionnaire `{0}`")]
    Changed(String),
    /// An answer names a question or option that is not there, or a value its question cannot
    /// take. Holds the question id, or `#n` for a question position past the end.
    #[error("the answer to `{0}` does not fit the questionnaire")]
    DoesNotFit(String),
}

impl From<&Work> for Shared {
    fn from(work: &Work) -> Self {
        Shared {
            questionnaire: work.questionnaire.clone(),
            client: work.client.clone(),
            blink: work.blink.clone(),
            answers: work.answers.clone(),
        }
    }
}

impl Shared {
    /// A saved assessment of what the link carried, with this id, created and updated at
    /// `now_ms` (milliseconds since the Unix epoch), marked as made by `source`.
    pub fn into_assessment(self, id: String, now_ms: f64, source: Source) -> Assessment {
        Assessment {
            id,
            created_ms: now_ms,
            updated_ms: now_ms,
            work: Work {
                questionnaire: self.questionnaire,
                client: self.client,
                blink: self.blink,
                answers: self.answers,
                source,
                ..Work::default()
            },
            follow: Default::default(),
        }
    }
}

/// The fragment (without `#`) of a link to these answers on `questionnaire`, whose id it carries.
/// Answers that do not fit their question (an option since removed, the wrong kind, an empty
/// note) are left out: they count for nothing anyway, so the result is the same.
///
/// # Errors
///
/// [`ShareError::TooLarge`] when long notes make the link longer than [`MAX_LINK_BYTES`].
pub fn encode(questionnaire: &Questionnaire, shared: &Shared) -> Result<String, ShareError> {
    let mut body = Vec::with_capacity(64 + shared.client.len());
    body.extend_from_slice(&fingerprint(questionnaire).to_le_bytes());
    put_str(&mut body, &shared.client);
    match &shared.blink {
        None => put_uint(&mut body, 0),
        Some(blink) => {
            put_uint(&mut body, impression_code(blink.impression));
            put_str(&mut body, &blink.why);
        }
    }
    let mut skipped = 0u64;
    for (_, question) in questionnaire.questions() {
        let answer = shared.answers.get(&question.id);
        let Some(answer) = answer.filter(|a| **a == Answer::Unknown || a.fits(question)) else {
            skipped += 1;
            continue;
        };
        if skipped > 0 {
            put_uint(&mut body, 0);
            put_uint(&mut body, skipped - 1);
            skipped = 0;
        }
        put_answer(&mut body, question, answer);
    }

    let mut payload = Vec::with_capacity(body.len() + 8);
    put_uint(&mut payload, body.len() as u64);
    payload.extend_from_slice(&body);
    payload.extend_from_slice(&checksum(&questionnaire.id, &body).to_le_bytes());

    let mut link = String::with_capacity(8 + questionnaire.id.len() + payload.len() * 4 / 3);
    link.push_str("cf1.");
    link.push_str(&questionnaire.id);
    link.push('.');
    base64_encode(&payload, &mut link);
    if link.len() > MAX_LINK_BYTES {
        return Err(ShareError::TooLarge);
    }
    Ok(link)
}

/// The first share code in any text: a pasted email, an address, or the bare code. A code is
/// `cf` and digits, a dot, and then only the characters a code is written with.
pub fn find_code(text: &str) -> Option<&str> {
    let is_code_char = |c: char| c.is_ascii_alphanumeric() || "._-".contains(c);
    let mut rest = text;
    while let Some(at) = rest.find("cf") {
        let candidate = &rest[at..];
        let end = candidate
            .find(|c| !is_code_char(c))
            .unwrap_or(candidate.len());
        let code = &candidate[..end];
        let starts_word = !rest[..at].ends_with(|c: char| c.is_ascii_alphanumeric());
        let version_digits = code[2..].chars().take_while(char::is_ascii_digit).count();
        if starts_word && version_digits > 0 && code[2 + version_digits..].starts_with('.') {
            return Some(code);
        }
        rest = &rest[at + 2..];
    }
    None
}

/// Reads a link: the fragment with or without its `#`, or a whole pasted address. `lookup` finds
/// the questionnaire by id, to turn positions back into question and option ids.
///
/// # Errors
///
/// A [`ShareError`] saying why the link cannot be opened; never a panic, whatever the text.
pub fn decode<'q>(
    link: &str,
    lookup: impl FnOnce(&str) -> Option<&'q Questionnaire>,
) -> Result<Shared, ShareError> {
    // A cheap bound first, so a pasted novel is not even scanned for its `#`.
    if link.len() > 2 * MAX_LINK_BYTES {
        return Err(ShareError::TooLarge);
    }
    let link = link.trim();
    let fragment = link.rsplit_once('#').map_or(link, |(_, fragment)| fragment);
    if fragment.len() > MAX_LINK_BYTES {
        return Err(ShareError::TooLarge);
    }
    let (version, rest) = fragment
        .strip_prefix("cf")
        .and_then(|rest| rest.split_once('.'))
        .ok_or(ShareError::NotOurs)?;
    if version.is_empty() || version.len() > 9 || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ShareError::NotOurs);
    }
    match version.parse::<u32>() {
        Ok(VERSION) => {}
        Ok(newer) if newer > VERSION => return Err(ShareError::Newer(newer)),
        _ => return Err(ShareError::NotOurs),
    }
    let (id, data) = rest.split_once('.').ok_or(ShareError::Truncated)?;
    if !plausible_id(id) {
        return Err(ShareError::NotOurs);
    }
    let questionnaire =
        lookup(id).ok_or_else(|| ShareError::UnknownQuestionnaire(id.to_owned()))?;

    let (payload, canonical) = base64_decode(data)?;
    let mut header = Reader(&payload);
    let length = header.uint().ok_or(ShareError::Truncated)?;
    let rest = header.0;
    let wanted = length.saturating_add(4);
    if (rest.len() as u64) < wanted {
        return Err(ShareError::Truncated);
    }
    if rest.len() as u64 != wanted || !canonical {
        return Err(ShareError::Tampered);
    }
    let (body, sum) = rest.split_at(rest.len() - 4);
    if checksum(id, body).to_le_bytes() != sum {
        return Err(ShareError::Tampered);
    }
    if questionnaire.id != id {
        return Err(ShareError::UnknownQuestionnaire(id.to_owned()));
    }
    read_body(questionnaire, body)
}

fn read_body(questionnaire: &Questionnaire, body: &[u8]) -> Result<Shared, ShareError> {
    use ShareError::Tampered;
    let mut r = Reader(body);
    let shape = r.take(4).ok_or(Tampered)?;
    if shape != fingerprint(questionnaire).to_le_bytes() {
        return Err(ShareError::Changed(questionnaire.id.clone()));
    }
    let client = r.string().ok_or(Tampered)?;
    let blink = match r.uint().ok_or(Tampered)? {
        0 => None,
        code => Some(Blink {
            impression: match code {
                1 => Impression::Good,
                2 => Impression::Unsure,
                3 => Impression::Bad,
                _ => return Err(Tampered),
            },
            why: r.string().ok_or(Tampered)?,
        }),
    };

    let mut answers = Answers::new();
    let mut questions = questionnaire.questions().map(|(_, q)| q);
    // Questions read or skipped so far, to name a position past the end.
    let mut position = 0usize;
    let past_end = |position: usize| ShareError::DoesNotFit(format!("#{position}"));
    while !r.0.is_empty() {
        let code = r.uint().ok_or(Tampered)?;
        if code == 0 {
            let skip = usize::try_from(r.uint().ok_or(Tampered)?).unwrap_or(usize::MAX);
            position = position.saturating_add(skip).saturating_add(1);
            questions.nth(skip).ok_or_else(|| past_end(position))?;
            continue;
        }
        position = position.saturating_add(1);
        let question = questions.next().ok_or_else(|| past_end(position))?;
        let answer = read_answer(&mut r, question, code)?;
        if answer != Answer::Unknown && !answer.fits(question) {
            return Err(misfit(question));
        }
        answers.insert(question.id.clone(), answer);
    }
    Ok(Shared {
        questionnaire: questionnaire.id.clone(),
        client,
        blink,
        answers,
    })
}

fn misfit(question: &Question) -> ShareError {
    ShareError::DoesNotFit(question.id.clone())
}

/// The code of a known answer is this plus its value.
const KNOWN: u64 = 2;
/// Powers of ten a compact number is scaled by, from 10^-3 to 10^3.
const POWERS: [f64; 4] = [1.0, 10.0, 100.0, 1000.0];

fn put_answer(out: &mut Vec<u8>, question: &Question, answer: &Answer) {
    let option = |id: &str| {
        question
            .options
            .iter()
            .position(|o| o.id == id)
            .unwrap_or(0)
    };
    match answer {
        Answer::Choice(id) => put_uint(out, KNOWN + option(id) as u64),
        Answer::Choices(ids) => {
            put_uint(out, KNOWN + ids.len() as u64);
            for id in ids {
                put_uint(out, option(id) as u64);
            }
        }
        Answer::YesNo(yes) => put_uint(out, KNOWN + u64::from(*yes)),
        Answer::Scale(step) => put_uint(out, KNOWN + u64::from(step.saturating_sub(1))),
        Answer::Number(n) => put_number(out, *n),
        Answer::Text(text) => {
            put_uint(out, KNOWN + text.len() as u64);
            out.extend_from_slice(text.as_bytes());
        }
        Answer::Unknown => put_uint(out, 1),
    }
}

/// `m` times 10^`e`, computed the one way encoder and decoder share.
fn scaled(m: i64, e: i64) -> f64 {
    let power = POWERS[e.unsigned_abs().min(3) as usize];
    if e < 0 {
        m as f64 / power
    } else {
        m as f64 * power
    }
}

fn put_number(out: &mut Vec<u8>, n: f64) {
    // Largest exponent first: the smallest mantissa is the shortest varint.
    for e in (-3i64..=3).rev() {
        let m = if e < 0 {
            n * POWERS[e.unsigned_abs() as usize]
        } else {
            n / POWERS[e as usize]
        };
        // Within ±2^53 every integer is exact; the check is the decoder's own sum.
        if m.fract() == 0.0 && m.abs() <= 9_007_199_254_740_992.0 {
            let m = m as i64;
            if scaled(m, e).to_bits() == n.to_bits() {
                put_uint(out, KNOWN + (4 + e) as u64);
                put_uint(out, ((m << 1) ^ (m >> 63)) as u64);
                return;
            }
        }
    }
    put_uint(out, KNOWN);
    out.extend_from_slice(&n.to_le_bytes());
}

/// Reads the answer whose code (1 or more) was just read.
fn read_answer(r: &mut Reader, question: &Question, code: u64) -> Result<Answer, ShareError> {
    if code == 1 {
        return Ok(Answer::Unknown);
    }
    let option = |index: u64| {
        usize::try_from(index)
            .ok()
            .and_then(|i| question.options.get(i))
            .map(|o| o.id.clone())
            .ok_or_else(|| misfit(question))
    };
    let value = code - KNOWN;
    Ok(match question.kind {
        Kind::Single => Answer::Choice(option(value)?),
        Kind::Multi => {
            // A count above the number of options would have to repeat one.
            if value > question.options.len() as u64 {
                return Err(misfit(question));
            }
            let mut ids = Vec::with_capacity(value as usize);
            for _ in 0..value {
                ids.push(option(r.uint().ok_or(ShareError::Tampered)?)?);
            }
            Answer::Choices(ids)
        }
        Kind::YesNo => match value {
            0 => Answer::YesNo(false),
            1 => Answer::YesNo(true),
            _ => return Err(misfit(question)),
        },
        Kind::Scale => {
            Answer::Scale(u8::try_from(value.saturating_add(1)).map_err(|_| misfit(question))?)
        }
        Kind::Number => match value {
            0 => {
                let bytes = r.take(8).ok_or(ShareError::Tampered)?;
                let mut raw = [0; 8];
                raw.copy_from_slice(bytes);
                Answer::Number(f64::from_le_bytes(raw))
            }
            1..=7 => {
                let zigzag = r.uint().ok_or(ShareError::Tampered)?;
                let m = (zigzag >> 1) as i64 ^ -((zigzag & 1) as i64);
                Answer::Number(scaled(m, value as i64 - 4))
            }
            _ => return Err(misfit(question)),
        },
        Kind::Text => {
            let bytes = r.take(value).ok_or(ShareError::Tampered)?;
            Answer::Text(String::from_utf8(bytes.to_vec()).map_err(|_| ShareError::Tampered)?)
        }
    })
}

fn impression_code(impression: Impression) -> u64 {
    match impression {
        Impression::Good => 1,
        Impression::Unsure => 2,
        Impression::Bad => 3,
    }
}

/// Ids as the linter allows them; anything else cannot be one of ours.
fn plausible_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

const FNV_OFFSET: u32 = 0x811c_9dc5;

fn fnv1a(hash: u32, bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .fold(hash, |h, b| (h ^ u32::from(*b)).wrapping_mul(0x0100_0193))
}

fn checksum(id: &str, body: &[u8]) -> u32 {
    fnv1a(fnv1a(fnv1a(FNV_OFFSET, id.as_bytes()), &[0xff]), body)
}

/// A hash of what positions in a link refer to. Bounds, points and texts may change without
/// breaking old links; adding, removing or reordering questions or options does break them.
fn fingerprint(questionnaire: &Questionnaire) -> u32 {
    questionnaire.questions().fold(FNV_OFFSET, |hash, (_, q)| {
        let kind = match q.kind {
            Kind::Single => 1,
            Kind::Multi => 2,
            Kind::YesNo => 3,
            Kind::Scale => 4,
            Kind::Number => 5,
            Kind::Text => 6,
        };
        let hash = fnv1a(fnv1a(hash, q.id.as_bytes()), &[0xff, kind]);
        q.options
            .iter()
            .fold(hash, |h, o| fnv1a(fnv1a(h, o.id.as_bytes()), &[0xfe]))
    })
}

/// LEB128: seven bits a byte, low bits first.
fn put_uint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push(value as u8 | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

fn put_str(out: &mut Vec<u8>, text: &str) {
    put_uint(out, text.len() as u64);
    out.extend_from_slice(text.as_bytes());
}

/// The bytes not yet read.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn uint(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let (&byte, rest) = self.0.split_first()?;
            self.0 = rest;
            let bits = u64::from(byte & 0x7f);
            // The tenth byte may only hold the top bit.
            if shift == 63 && bits > 1 {
                return None;
            }
            value |= bits << shift;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    /// `len` bytes, if that many remain: a length field can never ask for more than the link has.
    fn take(&mut self, len: u64) -> Option<&'a [u8]> {
        let len = usize::try_from(len)
            .ok()
            .filter(|len| *len <= self.0.len())?;
        let (taken, rest) = self.0.split_at(len);
        self.0 = rest;
        Some(taken)
    }

    fn string(&mut self) -> Option<String> {
        let len = self.uint()?;
        let bytes = self.take(len)?;
        String::from_utf8(bytes.to_vec()).ok()
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64_encode(bytes: &[u8], out: &mut String) {
    for chunk in bytes.chunks(3) {
        let byte = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
        let n = (byte(0) << 16) | (byte(1) << 8) | byte(2);
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
        }
    }
}

fn base64_decode(text: &str) -> Result<(Vec<u8>, bool), ShareError> {
    // One character past a group of four holds fewer than 8 bits: something was cut off.
    if text.is_empty() || text.len() % 4 == 1 {
        return Err(ShareError::Truncated);
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let six = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return Err(ShareError::Tampered),
        };
        acc = (acc << 6) | u32::from(six);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    // The bits left over are padding and must be zero, so each payload has one spelling; the
    // caller checks for a cut-off link first, which leaves them nonzero too.
    Ok((out, acc == 0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::minimal;

    fn shared(pairs: &[(&str, Answer)]) -> Shared {
        Shared {
            questionnaire: "minimal".into(),
            client: "Acme".into(),
            blink: None,
            answers: pairs
                .iter()
                .map(|(q, a)| ((*q).to_owned(), a.clone()))
                .collect(),
        }
    }

    fn open(q: &Questionnaire, link: &str) -> Result<Shared, ShareError> {
        decode(link, |id| (id == q.id).then_some(q))
    }

    fn full() -> Shared {
        shared(&[
            ("budget", Answer::Number(4500.0)),
            ("pays_on_time", Answer::Choice("late".into())),
            ("threatened", Answer::YesNo(true)),
            ("why_threat", Answer::Text("shouted at the intern".into())),
            ("respect", Answer::Scale(2)),
        ])
    }

    #[test]
    fn round_trips_and_accepts_hash_and_whole_addresses() {
        let q = minimal();
        let original = full();
        let link = encode(&q, &original).unwrap();
        assert!(link.starts_with("cf1.minimal."), "{link}");
        assert_eq!(open(&q, &link), Ok(original.clone()));
        assert_eq!(open(&q, &format!("#{link}")), Ok(original.clone()));
        let address = format!("  https://example.com/fit/?lang=da#{link}\n");
        assert_eq!(open(&q, &address), Ok(original));
    }

    #[test]
    fn base64url_matches_the_rfc_vectors() {
        for (raw, encoded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            let mut out = String::new();
            base64_encode(raw.as_bytes(), &mut out);
            assert_eq!(out, encoded);
            if !raw.is_empty() {
                assert_eq!(base64_decode(encoded), Ok((raw.as_bytes().to_vec(), true)));
            }
        }
        let mut out = String::new();
        base64_encode(&[0xfb, 0xff], &mut out);
        assert_eq!(out, "-_8", "url-safe alphabet");
        assert_eq!(base64_decode("-_9"), Ok((vec![0xfb, 0xff], false)));
    }

    #[test]
    fn varints_round_trip_at_the_edges() {
        for value in [
            0,
            1,
            127,
            128,
            16_383,
            16_384,
            u64::from(u32::MAX),
            u64::MAX,
        ] {
            let mut out = Vec::new();
            put_uint(&mut out, value);
            assert_eq!(Reader(&out).uint(), Some(value));
        }
        // Eleven continuation bytes, or a tenth byte over the top: refused, not wrapped.
        assert_eq!(Reader(&[0xff; 11]).uint(), None);
        let mut over = vec![0xff; 9];
        over.push(0x02);
        assert_eq!(Reader(&over).uint(), None);
        assert_eq!(Reader(&[0x80]).uint(), None);
    }

    #[test]
    fn numbers_are_compact_when_exact_and_bit_identical_always() {
        let q = minimal();
        for n in [
            0.0,
            -0.0,
            5000.0,
            12.5,
            0.1,
            1e300,
            f64::MIN_POSITIVE,
            1.0 / 3.0,
        ] {
            let mut body = Vec::new();
            put_number(&mut body, n);
            let mut r = Reader(&body);
            let code = r.uint().unwrap();
            let back = read_answer(&mut r, q.question("budget").unwrap(), code).unwrap();
            let Answer::Number(back) = back else {
                panic!("{back:?}")
            };
            assert_eq!(back.to_bits(), n.to_bits(), "{n}");
            assert!(r.0.is_empty());
        }
        for (n, len) in [
            (5000.0, 2),
            (12_500.0, 3),
            (0.25, 2),
            (-7.5, 3),
            (0.1, 2),
            (0.0001, 9),
        ] {
            let mut body = Vec::new();
            put_number(&mut body, n);
            assert_eq!(body.len(), len, "{n}");
        }
    }

    #[test]
    fn every_kind_round_trips_as_unknown_too() {
        let q = minimal();
        let all_unknown = shared(&[
            ("budget", Answer::Unknown),
            ("pays_on_time", Answer::Unknown),
            ("threatened", Answer::Unknown),
            ("why_threat", Answer::Unknown),
            ("respect", Answer::Unknown),
        ]);
        let link = encode(&q, &all_unknown).unwrap();
        assert_eq!(open(&q, &link), Ok(all_unknown));
    }

    #[test]
    fn answers_that_do_not_fit_are_left_out_and_the_score_is_unchanged() {
        let q = minimal();
        let mut messy = full();
        messy.answers.insert("gone".into(), Answer::YesNo(true));
        messy
            .answers
            .insert("pays_on_time".into(), Answer::Choice("removed".into()));
        messy.answers.insert("respect".into(), Answer::Number(3.0));
        messy
            .answers
            .insert("why_threat".into(), Answer::Text("  ".into()));
        let back = open(&q, &encode(&q, &messy).unwrap()).unwrap();
        let kept: Vec<&str> = back.answers.keys().map(String::as_str).collect();
        assert_eq!(kept, ["budget", "threatened"]);
        let profile = crate::profile::Profile::default();
        let score = |a: &Answers| crate::scoring::score(&q, a, &profile);
        assert_eq!(score(&back.answers), score(&messy.answers));
    }

    #[test]
    fn names_blinks_and_hostile_text_round_trip() {
        let q = minimal();
        for client in [
            "",
            "Zoë Ørsted-Ionescu 李雷 🚀",
            "<script>alert(1)</script>",
            "a.b#c%20\"'\\\u{0}\u{202e}\u{2028}\n",
        ] {
            let mut s = full();
            s.client = client.into();
            s.blink = Some(Blink {
                impression: Impression::Unsure,
                why: client.into(),
            });
            s.answers
                .insert("why_threat".into(), Answer::Text(client.into()));
            if client.is_empty() {
                s.answers.remove("why_threat");
            }
            let link = encode(&q, &s).unwrap();
            assert!(
                link.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b)),
                "{link}"
            );
            assert_eq!(open(&q, &link), Ok(s));
        }
    }

    #[test]
    fn foreign_and_newer_links_are_told_apart() {
        let q = minimal();
        for foreign in [
            "",
            "#",
            "#top",
            "cf",
            "cfx.minimal.AA",
            "cf.minimal.AA",
            "cf0.minimal.AA",
        ] {
            assert_eq!(open(&q, foreign), Err(ShareError::NotOurs), "{foreign:?}");
        }
        assert_eq!(open(&q, "cf1.Bad Id.AAAA"), Err(ShareError::NotOurs));
        assert_eq!(open(&q, "#cf2.minimal.AAAA"), Err(ShareError::Newer(2)));
        assert_eq!(
            open(&q, "cf999999999.x.y"),
            Err(ShareError::Newer(999_999_999))
        );
        assert_eq!(open(&q, "cf99999999999.x.y"), Err(ShareError::NotOurs));
        let link = encode(&q, &full()).unwrap().replace("minimal", "other");
        assert_eq!(
            open(&q, &link),
            Err(ShareError::UnknownQuestionnaire("other".into()))
        );
    }

    #[test]
    fn truncated_links_say_so() {
        let q = minimal();
        let link = encode(&q, &full()).unwrap();
        assert_eq!(open(&q, "cf1.minimal"), Err(ShareError::Truncated));
        assert_eq!(open(&q, "cf1.minimal."), Err(ShareError::Truncated));
        for cut in 1..20 {
            let short = &link[..link.len() - cut];
            assert_eq!(open(&q, short), Err(ShareError::Truncated), "cut {cut}");
        }
    }

    #[test]
    fn tampered_links_fail_the_checksum() {
        let q = minimal();
        let link = encode(&q, &full()).unwrap();
        let start = "cf1.minimal.".len();
        for at in start..link.len() {
            let mut bytes = link.clone().into_bytes();
            bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
            let changed = String::from_utf8(bytes).unwrap();
            assert_eq!(open(&q, &changed), Err(ShareError::Tampered), "at {at}");
        }
        assert_eq!(open(&q, &format!("{link}AAAA")), Err(ShareError::Tampered));
        let starred = format!("{}*", &link[..link.len() - 1]);
        assert_eq!(open(&q, &starred), Err(ShareError::Tampered));
    }

    #[test]
    fn overlong_links_are_refused_before_decoding_and_not_written() {
        let q = minimal();
        let long = format!("cf1.minimal.{}", "A".repeat(MAX_LINK_BYTES));
        assert_eq!(open(&q, &long), Err(ShareError::TooLarge));
        assert_eq!(
            open(&q, &"#".repeat(3 * MAX_LINK_BYTES)),
            Err(ShareError::TooLarge)
        );
        let mut s = full();
        s.answers.insert(
            "why_threat".into(),
            Answer::Text("x".repeat(MAX_LINK_BYTES)),
        );
        assert_eq!(encode(&q, &s), Err(ShareError::TooLarge));
    }

    /// A link with a hand-made body and a correct checksum, as a deliberate forger would write.
    fn forged(q: &Questionnaire, answers: &[u8]) -> String {
        let mut body = fingerprint(q).to_le_bytes().to_vec();
        body.extend_from_slice(&[0, 0]);
        body.extend_from_slice(answers);
        let mut payload = Vec::new();
        put_uint(&mut payload, body.len() as u64);
        payload.extend_from_slice(&body);
        payload.extend_from_slice(&checksum(&q.id, &body).to_le_bytes());
        let mut link = String::from("cf1.minimal.");
        base64_encode(&payload, &mut link);
        link
    }

    #[test]
    fn forged_answers_that_do_not_fit_are_refused_with_their_question() {
        let q = minimal();
        let misfit = |id: &str| Err(ShareError::DoesNotFit(id.into()));
        // The fixture's questions: budget, pays_on_time, threatened, why_threat, respect.
        // A sixth answer, and a skip past the end.
        assert_eq!(open(&q, &forged(&q, &[1, 1, 1, 1, 1, 1])), misfit("#6"));
        assert_eq!(open(&q, &forged(&q, &[1, 0, 9])), misfit("#11"));
        // Option 3 of two; yes/no value 2.
        assert_eq!(open(&q, &forged(&q, &[0, 0, 4])), misfit("pays_on_time"));
        assert_eq!(open(&q, &forged(&q, &[0, 1, 4])), misfit("threatened"));
        // Scale step 6 and 256; a negative budget (min is 0), an unknown number mode; an empty
        // note.
        assert_eq!(open(&q, &forged(&q, &[0, 3, 7])), misfit("respect"));
        assert_eq!(
            open(&q, &forged(&q, &[0, 3, 0x81, 0x02])),
            misfit("respect")
        );
        assert_eq!(open(&q, &forged(&q, &[6, 1])), misfit("budget"));
        assert_eq!(open(&q, &forged(&q, &[10, 1])), misfit("budget"));
        assert_eq!(open(&q, &forged(&q, &[0, 2, 2])), misfit("why_threat"));
        // A note longer than the body, invalid UTF-8, a number missing its bytes: malformed.
        assert_eq!(
            open(&q, &forged(&q, &[0, 2, 200])),
            Err(ShareError::Tampered)
        );
        assert_eq!(
            open(&q, &forged(&q, &[0, 2, 3, 0xff])),
            Err(ShareError::Tampered)
        );
        assert_eq!(open(&q, &forged(&q, &[2, 0])), Err(ShareError::Tampered));
        // And the forger's well-formed answer is read.
        let fine = open(&q, &forged(&q, &[0, 1, 3])).unwrap();
        assert_eq!(fine.answers["threatened"], Answer::YesNo(true));
    }

    #[test]
    fn a_changed_questionnaire_is_detected() {
        let q = minimal();
        let link = encode(&q, &full()).unwrap();
        let mut moved = q.clone();
        moved.sections[0].questions.swap(0, 1);
        assert_eq!(
            open(&moved, &link),
            Err(ShareError::Changed("minimal".into()))
        );
        let mut reworded = q.clone();
        reworded.title = crate::text::Text::from_pairs([("en", "New title")]);
        reworded.sections[0].questions[0]
            .number
            .as_mut()
            .unwrap()
            .max = Some(1e9);
        assert!(
            open(&reworded, &link).is_ok(),
            "texts and bounds may change"
        );
    }

    #[test]
    fn private_fields_never_travel_and_an_assessment_comes_back() {
        let q = minimal();
        let mut a = full().into_assessment("1".into(), 7.0, Source::Consultant);
        a.work.notes = "SECRET NOTE".into();
        let link = encode(&q, &Shared::from(&a.work)).unwrap();
        let opened = open(&q, &link).unwrap();
        let back = opened.into_assessment("2".into(), 9.0, Source::Prospect);
        assert_eq!(back.work.answers, a.work.answers);
        assert_eq!(
            (back.work.notes.as_str(), back.work.source),
            ("", Source::Prospect)
        );
    }
}

/// The body parser fed random bytes behind a correct checksum, as a forger could write them.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz {
    use proptest::prelude::*;

    use super::*;
    use crate::load::load;

    fn forge(q: &Questionnaire, body: &[u8]) -> String {
        let mut payload = Vec::new();
        put_uint(&mut payload, body.len() as u64);
        payload.extend_from_slice(body);
        payload.extend_from_slice(&checksum(&q.id, body).to_le_bytes());
        let mut link = String::from("cf1.minimal.");
        base64_encode(&payload, &mut link);
        link
    }

    proptest! {
        #[test]
        fn forged_bodies_never_panic_and_what_reads_fits(
            header in any::<bool>(),
            bytes in prop::collection::vec(any::<u8>(), 0..64),
        ) {
            let q = load(include_str!("../tests/fixtures/minimal.json")).unwrap().questionnaire;
            // Half the time behind the right fingerprint and an empty name and blink, so the
            // answers are reached.
            let mut body = Vec::new();
            if header {
                body.extend_from_slice(&fingerprint(&q).to_le_bytes());
                body.extend_from_slice(&[0, 0]);
            }
            body.extend_from_slice(&bytes);
            if let Ok(shared) = decode(&forge(&q, &body), |_| Some(&q)) {
                for (id, answer) in &shared.answers {
                    let question = q.question(id).unwrap();
                    prop_assert!(*answer == Answer::Unknown || answer.fits(question));
                }
            }
        }
    }
}

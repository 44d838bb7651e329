//! Saved assessments: the list the history page shows, and what changed between an assessment and
//! the earlier one it re-assesses. The functions edit a plain `Vec` and say whether anything
//! changed, so the shell's reducer can keep the same state when nothing did.
//! Pure: no browser imports, no clock (the caller passes the time).

use serde::{Deserialize, Serialize};

use super::answers::Answer;
use super::condition::Visibility;
use super::model::{Impression, Questionnaire};
use super::outcome::{ClientOutcome, FollowUp, Link};
use super::profile::Profile;
use super::scoring::{RaisedFlag, assess};
use super::small_map::{SmallMap, SmallSet};
use super::work::{Source, Work};

/// One finished (or paused) assessment, as saved on the device and in backups.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    /// Unique in the history; the shell makes it from the clock (see [`unique_id`]).
    pub id: String,
    /// Milliseconds since the Unix epoch.
    pub created_ms: f64,
    /// When it was last changed; the newer one wins when a backup brings the same id.
    #[serde(default)]
    pub updated_ms: f64,
    /// What it is about and what was said, stored flat in its JSON.
    #[serde(flatten)]
    pub work: Work,
    /// What was recorded later: the client's outcome, a link made by hand.
    #[serde(flatten)]
    pub follow: FollowUp,
}

/// Saved assessments, oldest first as they were added.
pub type History = Vec<Assessment>;

impl Assessment {
    /// A new assessment of `questionnaire` with nothing answered yet, for `client`.
    pub fn new(id: &str, questionnaire: &str, client: &str, created_ms: f64) -> Self {
        Assessment {
            id: id.to_owned(),
            created_ms,
            updated_ms: created_ms,
            work: Work {
                questionnaire: questionnaire.to_owned(),
                client: client.to_owned(),
                ..Work::default()
            },
            follow: FollowUp::default(),
        }
    }

    /// The verdict that stands: the consultant's overrule if there is one, else the computed one.
    pub fn verdict<'a>(&'a self, computed: Option<&'a str>) -> Option<&'a str> {
        self.work
            .overrule
            .as_ref()
            .map(|o| o.verdict.as_str())
            .or(computed)
    }
}

/// An id not yet used in the history, made from the time: `1712345678901`, or with `-2`, `-3`...
/// when two assessments are saved in the same millisecond.
pub fn unique_id(history: &[Assessment], now_ms: f64) -> String {
    // Saturating cast: a clock that is no number still gives an id.
    let base = (now_ms.max(0.0) as u64).to_string();
    let taken = |id: &str| history.iter().any(|a| a.id == id);
    if !taken(&base) {
        return base;
    }
    (2u32..)
        .map(|n| {
            let mut id = base.clone();
            id.push('-');
            id.push_str(&n.to_string());
            id
        })
        .find(|id| !taken(id))
        .unwrap_or(base)
}

/// The saved assessment with this id.
pub fn find<'a>(history: &'a [Assessment], id: &str) -> Option<&'a Assessment> {
    history.iter().find(|a| a.id == id)
}

/// Adds the assessment, or replaces the one with the same id where it stands.
/// False when an identical one was already there.
pub fn put(history: &mut History, assessment: Assessment) -> bool {
    match history.iter_mut().find(|a| a.id == assessment.id) {
        Some(existing) if *existing == assessment => false,
        Some(existing) => {
            *existing = assessment;
            true
        }
        None => {
            history.push(assessment);
            true
        }
    }
}

/// Gives the assessment a new client name (trimmed). False when there is no such id or the name
/// is the same.
pub fn rename(history: &mut History, id: &str, client: &str, now_ms: f64) -> bool {
    let client = client.trim();
    match history.iter_mut().find(|a| a.id == id) {
        Some(a) if a.work.client != client => {
            a.work.client = client.to_owned();
            a.updated_ms = now_ms;
            true
        }
        _ => false,
    }
}

/// Removes the assessment. Later assessments that re-assessed it keep their `previous` id, which
/// then finds nothing: the comparison is simply not offered. False when there is no such id.
pub fn delete(history: &mut History, id: &str) -> bool {
    let before = history.len();
    history.retain(|a| a.id != id);
    history.len() != before
}

/// The copy of one assessment that stands when two copies of it meet (two tabs, or this device
/// and its stored copy): the one changed later (`updated_ms`) wins, and the recorded outcome goes
/// by its own time (`outcome_ms`), from whichever copy set it later. A tie between different
/// copies is broken by their JSON text, so that `merge_entry(a, b)` and `merge_entry(b, a)` are
/// the same whichever side is "mine": two tabs that merge the same pair agree.
pub fn merge_entry(mine: &Assessment, theirs: &Assessment) -> Assessment {
    if mine == theirs {
        return mine.clone();
    }
    let theirs_wins = match theirs.updated_ms.total_cmp(&mine.updated_ms) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        // Plain data: serialising cannot fail.
        std::cmp::Ordering::Equal => {
            serde_json::to_string(theirs).unwrap_or_default()
                > serde_json::to_string(mine).unwrap_or_default()
        }
    };
    let (mut winner, other) = if theirs_wins {
        (theirs.clone(), mine)
    } else {
        (mine.clone(), theirs)
    };
    winner.follow.merge_outcome(&other.follow);
    winner
}

/// Two histories merged by id: every assessment either has is kept once, and where both have
/// one, `merge_entry` decides. Mine keep their order; theirs that are new to me follow in theirs.
/// Nothing is ever dropped: deleting is an action of its own, never the result of a merge.
pub fn merge_history(mine: &[Assessment], theirs: &[Assessment]) -> History {
    let theirs_by_id: SmallMap<&str, &Assessment> =
        theirs.iter().map(|a| (a.id.as_str(), a)).collect();
    let mut merged: History = mine
        .iter()
        .map(|a| match theirs_by_id.get(a.id.as_str()) {
            Some(other) => merge_entry(a, other),
            None => a.clone(),
        })
        .collect();
    let mine_ids: SmallSet<&str> = mine.iter().map(|a| a.id.as_str()).collect();
    merged.extend(
        theirs
            .iter()
            .filter(|a| !mine_ids.contains(a.id.as_str()))
            .cloned(),
    );
    merged
}

/// What taking one imported assessment into a history did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Taken {
    /// Its id was new: it was added at the end.
    Added,
    /// The history's copy was replaced, or took the imported copy's later outcome.
    Updated,
    /// The history's copy stands as it was.
    Unchanged,
}

/// Takes an assessment from a backup file into the history by the import rule: a new id is
/// added; a known id is kept as it is when identical, and otherwise the copy with the later
/// `updated_ms` wins (this device's on a tie, unlike `merge_entry`: a file is older news than
/// the device); the outcome goes by its own time, from whichever copy.
pub fn take_imported(history: &mut History, entry: Assessment) -> Taken {
    match history.iter_mut().find(|a| a.id == entry.id) {
        None => {
            history.push(entry);
            Taken::Added
        }
        Some(existing) if *existing != entry && entry.updated_ms > existing.updated_ms => {
            let mut entry = entry;
            entry.follow.merge_outcome(&existing.follow);
            *existing = entry;
            Taken::Updated
        }
        Some(existing) => {
            if existing.follow.merge_outcome(&entry.follow) {
                Taken::Updated
            } else {
                Taken::Unchanged
            }
        }
    }
}

/// Whether two names are the same client: case and surrounding spaces do not matter, and an
/// empty name is nobody in particular.
pub fn same_client(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    !a.is_empty() && a.to_lowercase() == b.to_lowercase()
}

/// The latest assessment of the same client on the same questionnaire created before
/// `before_ms`: what a new assessment re-assesses.
pub fn previous_of<'a>(
    history: &'a [Assessment],
    client: &str,
    questionnaire: &str,
    before_ms: f64,
) -> Option<&'a Assessment> {
    history
        .iter()
        .filter(|a| {
            a.work.questionnaire == questionnaire
                && a.created_ms < before_ms
                && same_client(&a.work.client, client)
        })
        .max_by(|a, b| a.created_ms.total_cmp(&b.created_ms))
}

/// The latest intake the client filled in themself (sent from a widget and imported here), to
/// show beside the consultant's own screening of them.
pub fn prospect_intake_of<'a>(history: &'a [Assessment], client: &str) -> Option<&'a Assessment> {
    history
        .iter()
        .filter(|a| a.work.source == Source::Prospect && same_client(&a.work.client, client))
        .max_by(|a, b| a.created_ms.total_cmp(&b.created_ms))
}

/// A value before and after.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change<T> {
    /// In the earlier assessment.
    pub before: T,
    /// In the later one.
    pub after: T,
}

impl<T: PartialEq> Change<T> {
    /// Whether it changed at all.
    pub fn changed(&self) -> bool {
        self.before != self.after
    }
}

/// What one assessment said to a question, as the comparison reads it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Said {
    /// An answer ("I don't know yet" included: the person made a choice).
    Answer(Answer),
    /// The question was shown and left without an answer.
    Unanswered,
    /// A condition hid the question: it was not asked, and an answer kept from before it was
    /// hidden does not count (scoring ignores it too).
    NotAsked,
}

/// One thing said differently in the later assessment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerChange {
    /// The first impression; `None` is none given.
    Impression {
        /// In the earlier assessment.
        before: Option<Impression>,
        /// In the later one.
        after: Option<Impression>,
    },
    /// A question's answer.
    Question {
        /// The question's id.
        question: String,
        /// In the earlier assessment.
        before: Said,
        /// In the later one.
        after: Said,
    },
}

/// What changed between an assessment and a later one of the same client.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// Flags raised now and not before, most severe first.
    pub flags_raised: Vec<RaisedFlag>,
    /// Flags raised before and not now, most severe first.
    pub flags_cleared: Vec<RaisedFlag>,
    /// Overall score, 0 to 100, or `None` when nothing scored.
    pub overall: Change<Option<f64>>,
    /// Computed verdict tier ids (overrules are on the assessments themselves).
    pub verdict: Change<Option<String>>,
    /// What was said differently: see [`changed_answers`].
    pub answers: Vec<AnswerChange>,
}

impl Comparison {
    /// The change in overall score, when both have one.
    pub fn overall_delta(&self) -> Option<f64> {
        Some(self.overall.after? - self.overall.before?)
    }
}

/// Scores both assessments with today's profile and says what changed.
pub fn compare(
    questionnaire: &Questionnaire,
    profile: &Profile,
    before: &Assessment,
    after: &Assessment,
) -> Comparison {
    let judge = |work: &Work| assess(questionnaire, &work.answers, work.impression(), profile);
    let (old, new) = (judge(&before.work), judge(&after.work));
    let missing_from = |flags: &[RaisedFlag], from: &[RaisedFlag]| -> Vec<RaisedFlag> {
        flags
            .iter()
            .filter(|f| !from.iter().any(|g| g.flag == f.flag))
            .cloned()
            .collect()
    };
    Comparison {
        flags_raised: missing_from(&new.flags, &old.flags),
        flags_cleared: missing_from(&old.flags, &new.flags),
        overall: Change {
            before: old.overall,
            after: new.overall,
        },
        verdict: Change {
            before: old.verdict,
            after: new.verdict,
        },
        answers: changed_answers(questionnaire, profile, &before.work, &after.work),
    }
}

/// What the later assessment says differently from the earlier one: the first impression
/// first, when it changed, then each question whose answer changed, in question order, with
/// both sides (an answer, none, or not asked). Each side is read with its own answers and
/// today's profile, so an answer a condition hides counts as not asked, as scoring has it: a
/// question hidden on both sides is never listed, whatever was kept under it. The same options
/// in another order are the same answer; questions no longer in the questionnaire are left out.
pub fn changed_answers(
    questionnaire: &Questionnaire,
    profile: &Profile,
    before: &Work,
    after: &Work,
) -> Vec<AnswerChange> {
    let (shown_before, shown_after) = (
        Visibility::of(questionnaire, &before.answers, profile),
        Visibility::of(questionnaire, &after.answers, profile),
    );
    let said = |work: &Work, shown: bool, id: &str| match work.answers.get(id) {
        _ if !shown => Said::NotAsked,
        Some(answer) => Said::Answer(answer.clone()),
        None => Said::Unanswered,
    };
    let impression =
        (before.impression() != after.impression()).then(|| AnswerChange::Impression {
            before: before.impression(),
            after: after.impression(),
        });
    let questions = questionnaire
        .questions()
        .enumerate()
        .filter_map(|(i, (_, q))| {
            let (b, a) = (
                said(before, shown_before.questions[i], &q.id),
                said(after, shown_after.questions[i], &q.id),
            );
            (!same_said(&b, &a)).then(|| AnswerChange::Question {
                question: q.id.clone(),
                before: b,
                after: a,
            })
        });
    impression.into_iter().chain(questions).collect()
}

/// Equal sides of a question, where the same options chosen in another order are the same
/// answer.
fn same_said(a: &Said, b: &Said) -> bool {
    match (a, b) {
        (Said::Answer(Answer::Choices(x)), Said::Answer(Answer::Choices(y))) => {
            x.len() == y.len()
                && x.iter().all(|id| y.contains(id))
                && y.iter().all(|id| x.contains(id))
        }
        _ => a == b,
    }
}

/// Records (or, with `None`, clears) a client's outcome on the saved assessment `id`, stamping
/// its time. False when there is no such id or the outcome is already that.
pub fn record_outcome(
    history: &mut History,
    id: &str,
    outcome: Option<ClientOutcome>,
    now_ms: f64,
) -> bool {
    history
        .iter_mut()
        .find(|a| a.id == id)
        .is_some_and(|a| a.follow.record(outcome, now_ms))
}

/// Links the saved check-up `id` to a screening by hand, unlinks it, or (with `None`) lets the
/// client's name decide again; the assessment counts as changed at `now_ms`. False when there is
/// no such id or nothing changes.
pub fn link(history: &mut History, id: &str, link: Option<Link>, now_ms: f64) -> bool {
    let Some(a) = history.iter_mut().find(|a| a.id == id) else {
        return false;
    };
    let changed = a.follow.set_link(link);
    if changed {
        a.updated_ms = now_ms;
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Answer, Answers, Blink};
    use crate::model::Impression;
    use crate::test_support::minimal;
    use crate::work::Overrule;

    fn assessment(id: &str, client: &str, created_ms: f64) -> Assessment {
        Assessment::new(id, "minimal", client, created_ms)
    }

    fn answers(pairs: &[(&str, Answer)]) -> Answers {
        pairs
            .iter()
            .map(|(q, a)| ((*q).to_owned(), a.clone()))
            .collect()
    }

    fn profile() -> Profile {
        Profile {
            min_budget: Some(5000.0),
            ..Profile::default()
        }
    }

    #[test]
    fn an_older_save_without_the_later_fields_reads_with_defaults() {
        let a: Assessment = serde_json::from_str(
            r#"{"id": "1", "questionnaire": "minimal", "created_ms": 5, "answers": {"threatened": {"yes_no": false}}}"#,
        )
        .unwrap();
        assert_eq!(a.work.source, Source::Consultant);
        assert_eq!((a.work.notes.as_str(), a.work.client.as_str()), ("", ""));
        assert_eq!(
            (a.work.overrule, a.work.previous, a.updated_ms),
            (None, None, 0.0)
        );
        assert_eq!(a.work.answers["threatened"], Answer::YesNo(false));
    }

    #[test]
    fn round_trips_through_json_with_every_field() {
        let mut a = assessment("7", "Zoë \"Ø\" <b>", 1.0);
        a.work.blink = Some(Blink {
            impression: Impression::Bad,
            why: "late to the call".into(),
        });
        a.work.overrule = Some(Overrule {
            verdict: "walk_away".into(),
            reason: "they threatened a supplier".into(),
        });
        a.work.previous = Some("3".into());
        a.work.source = Source::Prospect;
        a.work.notes = "line\nbreak\u{2028}".into();
        let json = serde_json::to_string(&a).unwrap();
        assert!(json.contains(r#""source":"prospect""#));
        assert_eq!(serde_json::from_str::<Assessment>(&json).unwrap(), a);
    }

    #[test]
    fn an_overrule_replaces_the_computed_verdict() {
        let mut a = assessment("1", "", 0.0);
        a.work.overrule = Some(Overrule {
            verdict: "safeguards".into(),
            reason: "known them for years".into(),
        });
        assert_eq!(a.verdict(Some("walk_away")), Some("safeguards"));
        assert_eq!(a.verdict(None), Some("safeguards"));
    }

    #[test]
    fn an_overrule_needs_a_real_tier_and_a_reason() {
        let q = minimal();
        let made = Overrule::new(&q, "safeguards", "  known them for years ");
        assert_eq!(made.map(|o| o.reason), Some("known them for years".into()));
        assert_eq!(Overrule::new(&q, "safeguards", " \n "), None);
        assert_eq!(Overrule::new(&q, "no_such_tier", "reason"), None);
    }

    #[test]
    fn unique_ids_come_from_the_clock_and_never_repeat() {
        let mut history = History::new();
        assert_eq!(unique_id(&history, 1700.9), "1700");
        history.push(assessment("1700", "", 0.0));
        assert_eq!(unique_id(&history, 1700.0), "1700-2");
        history.push(assessment("1700-2", "", 0.0));
        assert_eq!(unique_id(&history, 1700.0), "1700-3");
        assert_eq!(unique_id(&history, f64::NAN), "0");
    }

    #[test]
    fn put_adds_replaces_in_place_and_reports_no_change() {
        let mut history = vec![assessment("a", "A", 1.0), assessment("b", "B", 2.0)];
        assert!(put(&mut history, assessment("c", "C", 3.0)));
        assert_eq!(history.len(), 3);
        let mut edited = assessment("a", "A", 1.0);
        edited.work.notes = "pays late".into();
        assert!(put(&mut history, edited.clone()));
        assert_eq!(history[0], edited, "replaced where it stood");
        assert!(!put(&mut history, edited));
        assert_eq!(history.len(), 3);
    }

    #[test]
    fn rename_trims_and_stamps_and_ignores_unknown_ids() {
        let mut history = vec![assessment("a", "Old", 1.0)];
        assert!(rename(&mut history, "a", "  New Name ", 50.0));
        assert_eq!(
            (history[0].work.client.as_str(), history[0].updated_ms),
            ("New Name", 50.0)
        );
        assert!(!rename(&mut history, "a", "New Name", 60.0));
        assert_eq!(history[0].updated_ms, 50.0);
        assert!(!rename(&mut history, "zz", "X", 60.0));
    }

    #[test]
    fn delete_removes_only_that_id() {
        let mut history = vec![assessment("a", "", 1.0), assessment("b", "", 2.0)];
        assert!(delete(&mut history, "a"));
        assert!(!delete(&mut history, "a"));
        assert_eq!(history.len(), 1);
        assert!(find(&history, "b").is_some());
        assert!(find(&history, "a").is_none());
    }

    #[test]
    fn the_previous_assessment_is_the_latest_earlier_one_of_that_client_and_questionnaire() {
        let mut other_questionnaire = assessment("q", "Acme", 25.0);
        other_questionnaire.work.questionnaire = "intake".into();
        let history = vec![
            assessment("old", "Acme", 10.0),
            assessment("mid", " acme ", 20.0),
            other_questionnaire,
            assessment("other", "Bolt", 28.0),
            assessment("later", "Acme", 40.0),
        ];
        let found = previous_of(&history, "ACME", "minimal", 30.0).map(|a| a.id.as_str());
        assert_eq!(found, Some("mid"));
        assert_eq!(
            previous_of(&history, "Acme", "minimal", 10.0).map(|a| &a.id),
            None
        );
        assert_eq!(previous_of(&history, "Nobody", "minimal", 99.0), None);
        // An unnamed client cannot be recognised.
        let unnamed = vec![assessment("x", "", 1.0)];
        assert_eq!(previous_of(&unnamed, "", "minimal", 99.0), None);
    }

    #[test]
    fn compare_reports_flags_scores_verdicts_and_answers() {
        let q = minimal();
        let mut before = assessment("1", "Acme", 1.0);
        before.work.answers = answers(&[
            ("budget", Answer::Number(1000.0)),
            ("pays_on_time", Answer::Choice("late".into())),
            ("threatened", Answer::YesNo(false)),
            ("respect", Answer::Scale(3)),
        ]);
        let mut after = assessment("2", "Acme", 2.0);
        after.work.answers = answers(&[
            ("budget", Answer::Number(9000.0)),
            ("pays_on_time", Answer::Choice("late".into())),
            ("threatened", Answer::YesNo(false)),
            ("respect", Answer::Scale(1)),
            ("why_threat", Answer::Text("none".into())),
        ]);
        let c = compare(&q, &profile(), &before, &after);
        let ids = |flags: &[RaisedFlag]| flags.iter().map(|f| f.flag.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&c.flags_raised), ["disrespect"]);
        assert_eq!(c.flags_raised[0].question, "respect");
        assert_eq!(ids(&c.flags_cleared), ["low_budget"]);
        assert!(c.overall.before.is_some() && c.overall.after.is_some());
        assert_eq!(
            c.overall_delta(),
            Some(c.overall.after.unwrap() - c.overall.before.unwrap())
        );
        // "why_threat" is hidden on both sides (nobody threatened): its kept note is not listed.
        assert_eq!(
            questions(&c.answers),
            ["budget", "respect"],
            "in question order"
        );
        assert_eq!(
            c.answers[1],
            question_change(
                "respect",
                Said::Answer(Answer::Scale(3)),
                Said::Answer(Answer::Scale(1))
            )
        );
    }

    fn questions(changes: &[AnswerChange]) -> Vec<&str> {
        changes
            .iter()
            .filter_map(|c| match c {
                AnswerChange::Question { question, .. } => Some(question.as_str()),
                AnswerChange::Impression { .. } => None,
            })
            .collect()
    }

    fn question_change(question: &str, before: Said, after: Said) -> AnswerChange {
        AnswerChange::Question {
            question: question.to_owned(),
            before,
            after,
        }
    }

    fn work(blink: Option<Impression>, pairs: &[(&str, Answer)]) -> Work {
        Work {
            questionnaire: "minimal".into(),
            blink: blink.map(|impression| Blink {
                impression,
                why: String::new(),
            }),
            answers: answers(pairs),
            ..Work::default()
        }
    }

    #[test]
    fn changed_answers_lists_a_changed_an_added_and_a_removed_answer_with_both_sides() {
        let before = work(
            None,
            &[
                ("budget", Answer::Number(1000.0)),
                ("pays_on_time", Answer::Choice("late".into())),
                ("respect", Answer::Scale(4)),
            ],
        );
        let after = work(
            None,
            &[
                ("budget", Answer::Number(9000.0)),
                ("threatened", Answer::Unknown),
                ("respect", Answer::Scale(4)),
            ],
        );
        assert_eq!(
            changed_answers(&minimal(), &profile(), &before, &after),
            [
                question_change(
                    "budget",
                    Said::Answer(Answer::Number(1000.0)),
                    Said::Answer(Answer::Number(9000.0))
                ),
                question_change(
                    "pays_on_time",
                    Said::Answer(Answer::Choice("late".into())),
                    Said::Unanswered
                ),
                // "I don't know yet" is an answer given.
                question_change(
                    "threatened",
                    Said::Unanswered,
                    Said::Answer(Answer::Unknown)
                ),
            ],
            "the unchanged \"respect\" is left out"
        );
    }

    #[test]
    fn unchanged_answers_are_not_listed_whatever_the_order_of_the_options() {
        let same = work(
            Some(Impression::Good),
            &[
                ("budget", Answer::Number(1000.0)),
                ("respect", Answer::Scale(2)),
                ("gone", Answer::Choice("a".into())),
            ],
        );
        let mut later = same.clone();
        later.answers.insert("gone".into(), Answer::Unknown);
        assert!(
            changed_answers(&minimal(), &profile(), &same, &later).is_empty(),
            "a question no longer in the questionnaire is left out"
        );
        let x = Said::Answer(Answer::Choices(vec!["a".into(), "b".into()]));
        let y = Said::Answer(Answer::Choices(vec!["b".into(), "a".into()]));
        let fewer = Said::Answer(Answer::Choices(vec!["a".into()]));
        assert!(same_said(&x, &y));
        assert!(!same_said(&x, &fewer) && !same_said(&fewer, &x));
        assert!(!same_said(&x, &Said::Unanswered));
    }

    #[test]
    fn an_answer_a_condition_hides_reads_as_not_asked() {
        let q = minimal();
        // "why_threat" is asked only when "threatened" is yes.
        let before = work(
            None,
            &[
                ("threatened", Answer::YesNo(true)),
                ("why_threat", Answer::Text("shouted at the printer".into())),
            ],
        );
        let after = work(
            None,
            &[
                ("threatened", Answer::YesNo(false)),
                ("why_threat", Answer::Text("shouted at the printer".into())),
            ],
        );
        assert_eq!(
            changed_answers(&q, &profile(), &before, &after),
            [
                question_change(
                    "threatened",
                    Said::Answer(Answer::YesNo(true)),
                    Said::Answer(Answer::YesNo(false))
                ),
                question_change(
                    "why_threat",
                    Said::Answer(Answer::Text("shouted at the printer".into())),
                    Said::NotAsked
                ),
            ]
        );
        // Asked now and not before: not asked → unanswered.
        assert_eq!(
            changed_answers(
                &q,
                &profile(),
                &work(None, &[]),
                &work(None, &[("threatened", Answer::YesNo(true))])
            )[1],
            question_change("why_threat", Said::NotAsked, Said::Unanswered)
        );
        // Hidden on both sides: whatever was kept under it differs, it is not listed.
        let hidden = |note: &str| {
            work(
                None,
                &[
                    ("threatened", Answer::YesNo(false)),
                    ("why_threat", Answer::Text(note.into())),
                ],
            )
        };
        assert!(changed_answers(&q, &profile(), &hidden("one"), &hidden("two")).is_empty());
    }

    #[test]
    fn a_changed_first_impression_is_listed_first() {
        let q = minimal();
        let pairs = [("respect", Answer::Scale(2))];
        let changes = changed_answers(
            &q,
            &profile(),
            &work(Some(Impression::Good), &pairs),
            &work(Some(Impression::Bad), &[("respect", Answer::Scale(1))]),
        );
        assert_eq!(
            changes[0],
            AnswerChange::Impression {
                before: Some(Impression::Good),
                after: Some(Impression::Bad)
            }
        );
        assert_eq!(questions(&changes), ["respect"]);
        // Not given again is a change too; the same impression with another reason is not.
        assert_eq!(
            changed_answers(
                &q,
                &profile(),
                &work(Some(Impression::Unsure), &pairs),
                &work(None, &pairs)
            ),
            [AnswerChange::Impression {
                before: Some(Impression::Unsure),
                after: None
            }]
        );
        let mut reason = work(Some(Impression::Unsure), &pairs);
        if let Some(blink) = reason.blink.as_mut() {
            blink.why = "late twice".into();
        }
        assert!(
            changed_answers(
                &q,
                &profile(),
                &work(Some(Impression::Unsure), &pairs),
                &reason
            )
            .is_empty()
        );
    }

    #[test]
    fn compare_sees_a_deal_breaker_change_the_verdict() {
        let q = minimal();
        let mut before = assessment("1", "Acme", 1.0);
        before.work.answers = answers(&[
            ("budget", Answer::Number(9000.0)),
            ("pays_on_time", Answer::Choice("early".into())),
            ("threatened", Answer::YesNo(false)),
            ("respect", Answer::Scale(5)),
        ]);
        let mut after = before.clone();
        after
            .work
            .answers
            .insert("threatened".into(), Answer::YesNo(true));
        let c = compare(&q, &profile(), &before, &after);
        assert_eq!(c.verdict.before.as_deref(), Some("strong_fit"));
        assert_eq!(c.verdict.after.as_deref(), Some("walk_away"));
        assert!(c.verdict.changed() && c.overall.changed());
        assert_eq!(c.flags_raised[0].flag, "abuse");
    }

    #[test]
    fn compare_of_equal_answers_finds_nothing() {
        let q = minimal();
        let mut before = assessment("1", "", 1.0);
        before.work.answers = answers(&[
            ("pays_on_time", Answer::Choice("late".into())),
            ("gone", Answer::Choices(vec!["a".into(), "b".into()])),
        ]);
        let mut after = before.clone();
        after.work.answers.insert("gone".into(), Answer::Unknown);
        let c = compare(&q, &profile(), &before, &after);
        assert!(c.flags_raised.is_empty() && c.flags_cleared.is_empty());
        assert!(!c.overall.changed() && !c.verdict.changed());
        assert!(
            c.answers.is_empty(),
            "questions not in the questionnaire are left out"
        );
    }

    #[test]
    fn compare_with_nothing_answered_has_no_scores() {
        let c = compare(
            &minimal(),
            &profile(),
            &assessment("1", "", 1.0),
            &assessment("2", "", 2.0),
        );
        assert_eq!(c.overall.before, None);
        assert_eq!(c.overall_delta(), None);
    }

    #[test]
    fn a_merge_keeps_both_sides_and_the_later_copy_of_each() {
        let mut newer = assessment("2", "Beta", 2.0);
        newer.updated_ms = 9.0;
        newer.work.notes = "edited in the other tab".into();
        let mine = vec![assessment("1", "Alpha", 1.0), assessment("2", "Beta", 2.0)];
        let theirs = vec![newer.clone(), assessment("3", "Gamma", 3.0)];
        let merged = merge_history(&mine, &theirs);
        let ids: Vec<&str> = merged.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["1", "2", "3"]);
        assert_eq!(merged[1], newer);
    }

    #[test]
    fn an_import_keeps_this_device_s_copy_on_a_tie() {
        let mut history = vec![assessment("1", "Here", 1.0)];
        let mut tie = assessment("1", "There", 1.0);
        tie.updated_ms = history[0].updated_ms;
        assert_eq!(take_imported(&mut history, tie), Taken::Unchanged);
        assert_eq!(history[0].work.client, "Here");
        let mut later = assessment("1", "There", 1.0);
        later.updated_ms = 5.0;
        assert_eq!(take_imported(&mut history, later), Taken::Updated);
        assert_eq!(
            take_imported(&mut history, assessment("2", "", 2.0)),
            Taken::Added
        );
    }
}

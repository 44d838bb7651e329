//! What became of a client, as the consultant records it later: the outcome (went well, hard
//! work, ended badly, did not take the job) and, for a check-up whose client's name differs from
//! the screening's, a link made by hand. This is the data kept on a saved assessment; the
//! statistics drawn from it are in `track_record`. Pure: no browser imports, no clock (the
//! caller passes the time).

use serde::{Deserialize, Serialize};

/// How it went with a client, recorded in one click at any time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClientOutcome {
    /// The work went well.
    WentWell,
    /// The work got done, but the client was hard work: a bad outcome.
    HardWork,
    /// The relationship ended badly: a bad outcome.
    EndedBadly,
    /// You did not take the job (or they went elsewhere): there is no outcome to check a first
    /// impression or a verdict against.
    Declined,
}

impl ClientOutcome {
    /// Every outcome, in the order the choice offers them.
    pub const ALL: [ClientOutcome; 4] = [
        ClientOutcome::WentWell,
        ClientOutcome::HardWork,
        ClientOutcome::EndedBadly,
        ClientOutcome::Declined,
    ];

    /// The id used in saved data and element ids.
    pub fn id(self) -> &'static str {
        match self {
            ClientOutcome::WentWell => "went_well",
            ClientOutcome::HardWork => "hard_work",
            ClientOutcome::EndedBadly => "ended_badly",
            ClientOutcome::Declined => "declined",
        }
    }

    /// The outcome with this [`id`](ClientOutcome::id); `None` for any other text.
    pub fn from_id(id: &str) -> Option<ClientOutcome> {
        ClientOutcome::ALL.into_iter().find(|o| o.id() == id)
    }

    /// A bad outcome: the work ended badly or was hard work. A bad first impression (or a verdict
    /// leaning bad) was right about it.
    pub fn is_bad(self) -> bool {
        matches!(self, ClientOutcome::HardWork | ClientOutcome::EndedBadly)
    }

    /// Whether a first impression or a verdict can be checked against it: not when the job was
    /// never taken.
    pub fn is_checkable(self) -> bool {
        self != ClientOutcome::Declined
    }
}

/// A check-up's screening, chosen by hand.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Link {
    /// Follows the screening with this id, whatever the names say.
    Screening(String),
    /// Follows no screening, even of a client with the same name.
    Unlinked,
}

/// What was recorded after an assessment, kept flat in its JSON. Saves and backups from before
/// it existed read as nothing recorded.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FollowUp {
    /// The client's outcome, recorded on a screening of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<ClientOutcome>,
    /// When the outcome was last set or cleared (milliseconds since the Unix epoch; 0: never).
    /// The later one wins when a backup brings the same assessment.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub outcome_ms: f64,
    /// A check-up's screening chosen by hand; `None` follows the client's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<Link>,
}

fn is_zero(value: &f64) -> bool {
    *value == 0.0
}

impl FollowUp {
    /// Records (or, with `None`, clears) the outcome and stamps its time. False when the
    /// outcome is already that.
    pub fn record(&mut self, outcome: Option<ClientOutcome>, now_ms: f64) -> bool {
        if self.outcome == outcome {
            return false;
        }
        self.outcome = outcome;
        self.outcome_ms = now_ms;
        true
    }

    /// Links a check-up to a screening by hand, unlinks it, or (with `None`) lets the client's
    /// name decide again. False when the link is already that.
    pub fn set_link(&mut self, link: Option<Link>) -> bool {
        if self.link == link {
            return false;
        }
        self.link = link;
        true
    }

    /// Merges what another copy of the same assessment recorded (a backup's, another tab's):
    /// the outcome with the later time wins (this copy's on a tie). True when it took theirs.
    pub fn merge_outcome(&mut self, theirs: &FollowUp) -> bool {
        if theirs.outcome_ms > self.outcome_ms {
            self.outcome = theirs.outcome;
            self.outcome_ms = theirs.outcome_ms;
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::{Assessment, link, record_outcome as record};

    fn merge_outcome(here: &mut Assessment, theirs: &Assessment) -> bool {
        here.follow.merge_outcome(&theirs.follow)
    }

    #[test]
    fn ids_round_trip_and_only_taken_jobs_are_checked() {
        for outcome in ClientOutcome::ALL {
            assert_eq!(ClientOutcome::from_id(outcome.id()), Some(outcome));
            let json = serde_json::to_string(&outcome).unwrap();
            assert_eq!(json, format!("\"{}\"", outcome.id()));
        }
        assert_eq!(ClientOutcome::from_id("nope"), None);
        assert!(ClientOutcome::EndedBadly.is_bad() && ClientOutcome::HardWork.is_bad());
        assert!(!ClientOutcome::WentWell.is_bad() && !ClientOutcome::Declined.is_bad());
        assert!(!ClientOutcome::Declined.is_checkable());
    }

    #[test]
    fn recording_stamps_the_time_and_reports_no_change() {
        let mut history = vec![Assessment::new("a", "screen", "Acme", 1.0)];
        assert!(record(
            &mut history,
            "a",
            Some(ClientOutcome::HardWork),
            10.0
        ));
        assert_eq!(history[0].follow.outcome_ms, 10.0);
        assert!(!record(
            &mut history,
            "a",
            Some(ClientOutcome::HardWork),
            20.0
        ));
        assert!(record(&mut history, "a", None, 30.0));
        assert_eq!(
            (history[0].follow.outcome, history[0].follow.outcome_ms),
            (None, 30.0)
        );
        assert!(!record(
            &mut history,
            "zz",
            Some(ClientOutcome::WentWell),
            40.0
        ));
        assert_eq!(history[0].updated_ms, 1.0, "the answers were not changed");
    }

    #[test]
    fn linking_by_hand_stamps_the_assessment() {
        let mut history = vec![Assessment::new("c", "checkup", "Acme Ltd", 1.0)];
        let to = Some(Link::Screening("s".into()));
        assert!(link(&mut history, "c", to.clone(), 5.0));
        assert!(!link(&mut history, "c", to, 6.0));
        assert_eq!(history[0].updated_ms, 5.0);
        let json = serde_json::to_string(&history[0]).unwrap();
        assert!(json.contains(r#""link":{"screening":"s"}"#), "{json}");
        assert!(link(&mut history, "c", Some(Link::Unlinked), 7.0));
        let json = serde_json::to_string(&history[0]).unwrap();
        assert!(json.contains(r#""link":"unlinked""#), "{json}");
    }

    #[test]
    fn nothing_recorded_is_not_written_and_old_saves_read() {
        let a = Assessment::new("a", "screen", "Acme", 1.0);
        let json = serde_json::to_string(&a).unwrap();
        assert!(
            !json.contains("\"outcome") && !json.contains("\"link"),
            "{json}"
        );
        let old: Assessment =
            serde_json::from_str(r#"{"id": "1", "questionnaire": "screen", "created_ms": 5}"#)
                .unwrap();
        assert_eq!(old.follow, FollowUp::default());
    }

    #[test]
    fn the_later_outcome_wins_a_merge() {
        let mut here = Assessment::new("a", "screen", "Acme", 1.0);
        let mut theirs = here.clone();
        here.follow.outcome = Some(ClientOutcome::WentWell);
        here.follow.outcome_ms = 10.0;
        theirs.follow.outcome = Some(ClientOutcome::EndedBadly);
        theirs.follow.outcome_ms = 10.0;
        assert!(
            !merge_outcome(&mut here, &theirs),
            "a tie keeps this device's"
        );
        theirs.follow.outcome_ms = 11.0;
        assert!(merge_outcome(&mut here, &theirs));
        assert_eq!(here.follow.outcome, Some(ClientOutcome::EndedBadly));
    }
}

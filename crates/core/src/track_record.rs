//! Your track record: for the clients whose outcome you recorded, how often your first
//! impression was right, how often the computed verdict was, which warning signs came before a
//! bad outcome, and how the verdicts you overruled went. Everything is computed from the history
//! on the device; nothing here changes a verdict.
//!
//! **Who is a client.** Each screening (a questionnaire with the `screen` lens, filled in by you)
//! belongs to a client, known by their name with the surrounding spaces and the case ignored
//! ([`client_key`]); an unnamed screening is a client of its own. A client's *first* screening
//! stands for them: its first impression, its computed verdict (with today's profile) and its
//! warning signs are what is checked. Your own verdict is the latest overrule among their
//! screenings. The outcome is the one recorded last (by `outcome_ms`) on any of their screenings.
//! A check-up follows the client's screening of the same name, or the one it was linked to by
//! hand, or none when it was unlinked by hand.
//!
//! **What counts as right.** A *bad* first impression (or a verdict that leans bad, such as
//! "Walk away") is right when the work ended badly or was hard work; a *good* one (or a verdict
//! that leans good) is right when it went well. An *unsure* impression, a verdict that leans
//! neither way ("Take it, with safeguards", "Change the terms first") and "Not enough to judge
//! yet" are not counted. A job you did not take has no outcome to check against, so it is left
//! out of every count.
//!
//! **Small numbers.** A share is only given from [`MIN_FOR_PERCENT`] counted clients on; below
//! that, the counts stand alone and the page says it is too few yet. The result page speaks only
//! from [`MIN_FOR_PERCENT`] checkable outcomes on, and of a warning sign only when it came before
//! at least two bad outcomes.
//!
//! Pure: no browser imports, no clock.

use std::collections::BTreeMap;
use std::ops::Deref;

use super::history::Assessment;
use super::model::{Impression, Lens, Questionnaire};
pub use super::outcome::ClientOutcome;
use super::outcome::Link;
use super::profile::Profile;
use super::scoring::assess;
use super::work::Source;

/// Fewest counted clients a share (a percentage) is given from.
pub const MIN_FOR_PERCENT: usize = 5;

/// How many times something was right, out of how many it was counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// How many times it was right; never more than `counted`.
    pub right: usize,
    /// How many times it was counted (a checkable outcome and a leaning that is not unsure).
    pub counted: usize,
}

impl Tally {
    fn add(&mut self, right: Option<bool>) {
        if let Some(right) = right {
            self.counted += 1;
            self.right += usize::from(right);
        }
    }

    /// The share right, rounded, from [`MIN_FOR_PERCENT`] counted on; `None` below.
    pub fn percent(&self) -> Option<u32> {
        (self.counted >= MIN_FOR_PERCENT)
            .then(|| ((self.right as f64 / self.counted as f64) * 100.0).round() as u32)
    }

    /// Counted often enough for a share.
    pub fn enough(&self) -> bool {
        self.counted >= MIN_FOR_PERCENT
    }
}

/// Whether a first impression, or a verdict leaning this way, was right about the outcome;
/// `None` when it is not counted (an unsure leaning, or a job not taken).
pub fn agrees(leaning: Impression, outcome: ClientOutcome) -> Option<bool> {
    if !outcome.is_checkable() {
        return None;
    }
    match leaning {
        Impression::Good => Some(outcome == ClientOutcome::WentWell),
        Impression::Bad => Some(outcome.is_bad()),
        Impression::Unsure => None,
    }
}

/// The key that tells one client from another: the name trimmed and case-folded; `None` for an
/// unnamed client, who matches nobody.
pub fn client_key(name: &str) -> Option<String> {
    let name = name.trim();
    (!name.is_empty()).then(|| name.to_lowercase())
}

/// A check-up that follows a client's screening.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckupRecord {
    /// The check-up's assessment id.
    pub id: String,
    /// When it was created, in milliseconds since the Unix epoch.
    pub created_ms: f64,
    /// Its questionnaire's id.
    pub questionnaire: String,
    /// The verdict that stands (your overrule, else the computed one).
    pub verdict: Option<String>,
}

/// One screened client.
#[derive(Clone, Debug, PartialEq)]
pub struct ClientRecord {
    /// Id of the client's first screening, which stands for them.
    pub screening: String,
    /// Ids of every screening of the client, oldest first.
    pub screenings: Vec<String>,
    /// The name as the first screening has it.
    pub client: String,
    /// When the first screening was created, in milliseconds since the Unix epoch.
    pub created_ms: f64,
    /// The first screening's questionnaire id.
    pub questionnaire: String,
    /// The first impression recorded on the first screening, if any.
    pub impression: Option<Impression>,
    /// The computed verdict tier of the first screening (with today's profile); `None` when it
    /// was not enough to judge.
    pub verdict: Option<String>,
    /// Which way that verdict's tier leans.
    pub verdict_leaning: Option<Impression>,
    /// Your own verdict: the tier of the latest overrule among the client's screenings.
    pub overrule: Option<String>,
    /// Which way your own verdict's tier leans.
    pub overrule_leaning: Option<Impression>,
    /// The outcome recorded last on any of the client's screenings.
    pub outcome: Option<ClientOutcome>,
    /// Warning signs raised in the first screening, most severe first.
    pub flags: Vec<String>,
    /// Check-ups that follow the client, oldest first.
    pub checkups: Vec<CheckupRecord>,
}

impl ClientRecord {
    /// Whether the first impression was right (`None`: not counted).
    pub fn gut_right(&self) -> Option<bool> {
        agrees(self.impression?, self.outcome?)
    }

    /// Whether the computed verdict was right (`None`: not counted).
    pub fn verdict_right(&self) -> Option<bool> {
        agrees(self.verdict_leaning?, self.outcome?)
    }

    /// Whether your own verdict was right (`None`: not counted, or not overruled).
    pub fn overrule_right(&self) -> Option<bool> {
        agrees(self.overrule_leaning?, self.outcome?)
    }
}

/// How a warning sign fared: among the clients with a checkable outcome who showed it, how many
/// then went badly (ended badly or hard work).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignRecord {
    /// The questionnaire's id: a flag id means something only within its questionnaire.
    pub questionnaire: String,
    /// The warning sign's flag id.
    pub flag: String,
    /// Clients who showed it whose outcome was bad.
    pub before_bad: usize,
    /// Clients who showed it, with a checkable outcome; at least `before_bad`.
    pub seen: usize,
}

/// The whole track record.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TrackRecord {
    /// Every screened client, newest first.
    pub clients: Vec<ClientRecord>,
    /// First impressions of every kind (unsure ones are never counted).
    pub gut: Tally,
    /// Good first impressions: right when the work went well.
    pub gut_good: Tally,
    /// Bad first impressions: right when the work ended badly or was hard work.
    pub gut_bad: Tally,
    /// The computed verdicts of the first screenings (those that lean neither way are not
    /// counted).
    pub verdict: Tally,
    /// Your own verdicts, where you overruled.
    pub overruled: Tally,
    /// Warning signs seen before a checkable outcome: most often before a bad one first.
    pub signs: Vec<SignRecord>,
}

impl TrackRecord {
    /// Clients with an outcome recorded, jobs not taken included.
    pub fn with_outcome(&self) -> usize {
        self.clients.iter().filter(|c| c.outcome.is_some()).count()
    }

    /// Clients whose outcome can be checked (the job was taken).
    pub fn checkable(&self) -> usize {
        let checkable = |c: &&ClientRecord| c.outcome.is_some_and(ClientOutcome::is_checkable);
        self.clients.iter().filter(checkable).count()
    }

    /// Whether there are enough checkable outcomes for the history to speak on the result page.
    pub fn enough(&self) -> bool {
        self.checkable() >= MIN_FOR_PERCENT
    }

    /// The tally of first impressions like this one (unsure ones are never counted).
    pub fn gut_for(&self, impression: Impression) -> Option<Tally> {
        match impression {
            Impression::Good => Some(self.gut_good),
            Impression::Bad => Some(self.gut_bad),
            Impression::Unsure => None,
        }
    }

    /// Signs that came before at least one bad outcome, most often first.
    pub fn warning_signs(&self) -> impl Iterator<Item = &SignRecord> {
        self.signs.iter().filter(|s| s.before_bad > 0)
    }

    /// Signs seen before checkable outcomes, none of them bad.
    pub fn never_mattered(&self) -> impl Iterator<Item = &SignRecord> {
        self.signs.iter().filter(|s| s.before_bad == 0)
    }

    /// How a sign of a questionnaire fared, if it was ever seen before a checkable outcome.
    pub fn sign(&self, questionnaire: &str, flag: &str) -> Option<&SignRecord> {
        self.signs
            .iter()
            .find(|s| s.questionnaire == questionnaire && s.flag == flag)
    }

    /// A sign the result page may speak of: the history has enough outcomes
    /// ([`TrackRecord::enough`]) and the sign came before at least two bad ones (once could be
    /// chance).
    pub fn sign_worth_a_remark(&self, questionnaire: &str, flag: &str) -> Option<&SignRecord> {
        if !self.enough() {
            return None;
        }
        self.sign(questionnaire, flag).filter(|s| s.before_bad >= 2)
    }

    /// Clients whose verdict you overruled, newest first.
    pub fn overruled_clients(&self) -> impl Iterator<Item = &ClientRecord> {
        self.clients.iter().filter(|c| c.overrule.is_some())
    }

    /// The client a saved assessment (a screening or a check-up) belongs to.
    pub fn client_of(&self, id: &str) -> Option<&ClientRecord> {
        self.clients
            .iter()
            .find(|c| c.screenings.iter().any(|s| s == id) || c.checkups.iter().any(|k| k.id == id))
    }
}

/// The screening a check-up follows, by name or by hand: the id of the client's first screening.
pub fn linked_screening<'a, Q: Deref<Target = Questionnaire>>(
    history: &'a [Assessment],
    find: impl Fn(&str) -> Option<Q>,
    checkup: &Assessment,
) -> Option<&'a Assessment> {
    let screenings = screenings(history, &find);
    let group = group_of(&screenings, checkup)?;
    screenings
        .into_iter()
        .filter(|s| key_of(s) == group)
        .min_by(|a, b| a.created_ms.total_cmp(&b.created_ms))
}

/// Builds the track record of a history. `find` gives a questionnaire by id; assessments of
/// questionnaires it does not know are left out. Verdicts are computed with `profile`.
pub fn build<Q: Deref<Target = Questionnaire>>(
    history: &[Assessment],
    find: impl Fn(&str) -> Option<Q>,
    profile: &Profile,
) -> TrackRecord {
    build_with(history, find, Some(profile))
}

/// The clients of the track record (who each screening and check-up belongs to, and each
/// client's outcome) without scoring anything: `verdict`, `flags` and the tallies are left
/// empty. What History needs for its rows, at a fraction of the cost with thousands of them.
pub fn clients<Q: Deref<Target = Questionnaire>>(
    history: &[Assessment],
    find: impl Fn(&str) -> Option<Q>,
) -> TrackRecord {
    build_with(history, find, None)
}

fn build_with<Q: Deref<Target = Questionnaire>>(
    history: &[Assessment],
    find: impl Fn(&str) -> Option<Q>,
    profile: Option<&Profile>,
) -> TrackRecord {
    let screenings = screenings(history, &find);
    let mut groups: BTreeMap<String, Vec<&Assessment>> = BTreeMap::new();
    for s in &screenings {
        groups.entry(key_of(s)).or_default().push(s);
    }
    let mut followed = checkups_by_group(history, &find, &screenings);
    let mut record = TrackRecord::default();
    for (key, mut group) in groups {
        crate::order::sort_by(&mut group, |a, b| a.created_ms.total_cmp(&b.created_ms));
        let Some(client) = client_record(&group, &find, profile) else {
            continue;
        };
        let mut client = client;
        client.checkups = checkups(&followed.remove(&key).unwrap_or_default(), profile);
        record.clients.push(client);
    }
    crate::order::sort_by(&mut record.clients, |a, b| {
        b.created_ms.total_cmp(&a.created_ms)
    });
    if profile.is_none() {
        return record;
    }
    let mut signs: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
    for client in &record.clients {
        record.gut.add(client.gut_right());
        if let Some(impression) = client.impression {
            let right = client.gut_right();
            match impression {
                Impression::Good => record.gut_good.add(right),
                Impression::Bad => record.gut_bad.add(right),
                Impression::Unsure => {}
            }
        }
        record.verdict.add(client.verdict_right());
        record.overruled.add(client.overrule_right());
        let Some(outcome) = client.outcome.filter(|o| o.is_checkable()) else {
            continue;
        };
        for flag in &client.flags {
            let entry = signs
                .entry((client.questionnaire.clone(), flag.clone()))
                .or_default();
            entry.0 += usize::from(outcome.is_bad());
            entry.1 += 1;
        }
    }
    record.signs = signs
        .into_iter()
        .map(|((questionnaire, flag), (before_bad, seen))| SignRecord {
            questionnaire,
            flag,
            before_bad,
            seen,
        })
        .collect();
    // Most often before a bad outcome first; then the most seen.
    crate::order::sort_by_key(&mut record.signs, |s| {
        std::cmp::Reverse((s.before_bad, s.seen))
    });
    record
}

/// The consultant's own screenings whose questionnaire is known.
fn screenings<'a, Q: Deref<Target = Questionnaire>>(
    history: &'a [Assessment],
    find: &impl Fn(&str) -> Option<Q>,
) -> Vec<&'a Assessment> {
    history
        .iter()
        .filter(|a| a.work.source == Source::Consultant)
        .filter(|a| find(&a.work.questionnaire).is_some_and(|q| q.lens == Lens::Screen))
        .collect()
}

/// The client key of a screening; an unnamed one is its own client.
fn key_of(assessment: &Assessment) -> String {
    client_key(&assessment.work.client).unwrap_or_else(|| format!("#{}", assessment.id))
}

/// The client a check-up follows: by hand, else by name.
fn group_of(screenings: &[&Assessment], checkup: &Assessment) -> Option<String> {
    match &checkup.follow.link {
        Some(Link::Unlinked) => None,
        Some(Link::Screening(id)) => match screenings.iter().find(|s| s.id == *id) {
            Some(s) => Some(key_of(s)),
            // The screening it was linked to is gone: the name decides again.
            None => by_name(screenings, checkup),
        },
        None => by_name(screenings, checkup),
    }
}

fn by_name(screenings: &[&Assessment], checkup: &Assessment) -> Option<String> {
    let key = client_key(&checkup.work.client)?;
    screenings.iter().any(|s| key_of(s) == key).then_some(key)
}

fn client_record<Q: Deref<Target = Questionnaire>>(
    group: &[&Assessment],
    find: &impl Fn(&str) -> Option<Q>,
    profile: Option<&Profile>,
) -> Option<ClientRecord> {
    let first = group.first()?;
    let q = find(&first.work.questionnaire)?;
    let work = &first.work;
    // Unscored (`clients`): no verdict and no flags.
    let judged = profile.map(|profile| assess(&q, &work.answers, work.impression(), profile));
    let verdict = judged.as_ref().and_then(|j| j.verdict.clone());
    let leaning_of = |q: &Questionnaire, id: &str| q.verdict(id).map(|band| band.leaning);
    let verdict_leaning = verdict.as_deref().and_then(|id| leaning_of(&q, id));
    let mut flags: Vec<String> = Vec::new();
    for raised in judged.iter().flat_map(|j| &j.flags) {
        if !flags.contains(&raised.flag) {
            flags.push(raised.flag.clone());
        }
    }
    let overruled = group
        .iter()
        .rev()
        .find_map(|s| Some((s, s.work.overrule.as_ref()?)));
    let (overrule, overrule_leaning) = match overruled {
        Some((s, overrule)) => {
            let leaning =
                find(&s.work.questionnaire).and_then(|q| leaning_of(&q, &overrule.verdict));
            (Some(overrule.verdict.clone()), leaning)
        }
        None => (None, None),
    };
    let outcome = group
        .iter()
        .filter(|s| s.follow.outcome.is_some() || s.follow.outcome_ms > 0.0)
        .max_by(|a, b| a.follow.outcome_ms.total_cmp(&b.follow.outcome_ms))
        .and_then(|s| s.follow.outcome);
    Some(ClientRecord {
        screening: first.id.clone(),
        screenings: group.iter().map(|s| s.id.clone()).collect(),
        client: work.client.trim().to_owned(),
        created_ms: first.created_ms,
        questionnaire: work.questionnaire.clone(),
        impression: work.impression(),
        verdict,
        verdict_leaning,
        overrule,
        overrule_leaning,
        outcome,
        flags,
        checkups: Vec::new(),
    })
}

/// The consultant's check-ups with the client key each follows, found once for the whole
/// history (each check-up's group is looked up once, not once per client: with thousands of
/// saved assessments that was the difference between milliseconds and seconds).
fn checkups_by_group<'a, Q: Deref<Target = Questionnaire>>(
    history: &'a [Assessment],
    find: &impl Fn(&str) -> Option<Q>,
    screenings: &[&Assessment],
) -> BTreeMap<String, Vec<(&'a Assessment, Q)>> {
    let mut groups: BTreeMap<String, Vec<(&'a Assessment, Q)>> = BTreeMap::new();
    for a in history
        .iter()
        .filter(|a| a.work.source == Source::Consultant)
    {
        let Some(q) = find(&a.work.questionnaire).filter(|q| q.lens == Lens::Checkup) else {
            continue;
        };
        if let Some(key) = group_of(screenings, a) {
            groups.entry(key).or_default().push((a, q));
        }
    }
    groups
}

/// The check-ups of one client, oldest first, with their verdicts computed with `profile`.
fn checkups<Q: Deref<Target = Questionnaire>>(
    group: &[(&Assessment, Q)],
    profile: Option<&Profile>,
) -> Vec<CheckupRecord> {
    let mut found: Vec<CheckupRecord> = group
        .iter()
        .map(|(a, q)| {
            let work = &a.work;
            let computed = profile
                .and_then(|profile| assess(q, &work.answers, work.impression(), profile).verdict);
            CheckupRecord {
                id: a.id.clone(),
                created_ms: a.created_ms,
                questionnaire: work.questionnaire.clone(),
                verdict: a.verdict(computed.as_deref()).map(str::to_owned),
            }
        })
        .collect();
    crate::order::sort_by(&mut found, |a, b| a.created_ms.total_cmp(&b.created_ms));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agreement_is_defined_for_good_and_bad_on_taken_jobs_only() {
        use Impression::*;
        assert_eq!(agrees(Bad, ClientOutcome::EndedBadly), Some(true));
        assert_eq!(agrees(Bad, ClientOutcome::HardWork), Some(true));
        assert_eq!(agrees(Bad, ClientOutcome::WentWell), Some(false));
        assert_eq!(agrees(Good, ClientOutcome::WentWell), Some(true));
        assert_eq!(agrees(Good, ClientOutcome::HardWork), Some(false));
        assert_eq!(agrees(Unsure, ClientOutcome::WentWell), None);
        for leaning in [Good, Unsure, Bad] {
            assert_eq!(agrees(leaning, ClientOutcome::Declined), None);
        }
    }

    #[test]
    fn a_share_needs_five() {
        let four = Tally {
            right: 4,
            counted: 4,
        };
        assert_eq!(four.percent(), None);
        let five = Tally {
            right: 4,
            counted: 5,
        };
        assert_eq!(five.percent(), Some(80));
        assert_eq!(
            Tally {
                right: 5,
                counted: 6
            }
            .percent(),
            Some(83)
        );
    }

    #[test]
    fn client_keys_ignore_case_and_spaces_and_an_empty_name_is_nobody() {
        assert_eq!(client_key("  Acme Ltd "), client_key("ACME LTD"));
        assert_eq!(client_key(" \n"), None);
    }

    #[test]
    fn the_unscored_clients_are_the_scored_record_s_clients_without_verdicts() {
        let mut q = crate::test_support::minimal();
        q.lens = Lens::Screen;
        let mut checkup = crate::test_support::minimal();
        checkup.id = "check".into();
        checkup.lens = Lens::Checkup;
        let find = |id: &str| match id {
            "minimal" => Some(Box::new(q.clone())),
            "check" => Some(Box::new(checkup.clone())),
            _ => None,
        };
        let mut history = vec![
            Assessment::new("1", "minimal", "Acme", 1.0),
            Assessment::new("2", "minimal", "Beta", 2.0),
            Assessment::new("3", "check", "acme ", 3.0),
            Assessment::new("4", "minimal", "", 4.0),
        ];
        history[0].follow.outcome = Some(ClientOutcome::WentWell);
        history[0].follow.outcome_ms = 5.0;
        let scored = build(&history, find, &Profile::default());
        let unscored = clients(&history, find);
        // Each client as (screening, screenings, outcome, check-ups).
        type Shape = Vec<(String, Vec<String>, Option<ClientOutcome>, Vec<String>)>;
        let shape = |r: &TrackRecord| -> Shape {
            r.clients
                .iter()
                .map(|c| {
                    let checkups = c.checkups.iter().map(|k| k.id.clone()).collect();
                    (
                        c.screening.clone(),
                        c.screenings.clone(),
                        c.outcome,
                        checkups,
                    )
                })
                .collect()
        };
        assert_eq!(shape(&unscored), shape(&scored));
        assert_eq!(
            shape(&scored)[2].3,
            ["3"],
            "the check-up follows Acme by name"
        );
        assert!(
            unscored
                .clients
                .iter()
                .all(|c| c.verdict.is_none() && c.flags.is_empty())
        );
    }
}

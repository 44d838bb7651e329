//! The app state and its one reducer. Every change goes through an `Action`; the reducer is
//! pure (saving to the device happens in an effect in `App`). Flow rules live in
//! `core::session`; this only wires them to the state.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::Reducible;

use client_fit_core::answers::{Answer, Blink};
use client_fit_core::backup::{self, BackupError, Custom, Refused};
use client_fit_core::condition::Visibility;
use client_fit_core::embed::Reveal;
use client_fit_core::history::{self, Assessment};
use client_fit_core::model::{Impression, Lens, Questionnaire};
use client_fit_core::outcome::{self, Link, Outcome};
use client_fit_core::profile::Profile;
use client_fit_core::session::{Session, Step, asks_terms_first};
use client_fit_core::share::{ShareError, Shared};
use client_fit_core::storage::Saved;
use client_fit_core::work::{Overrule, Source, Work};

use super::content::ContentError;
use super::store::{self, StoreProblem};

/// Something to tell the person: what happened, and what went wrong that is not their fault.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Storage refused or full: answers live only in memory.
    StorageUnavailable,
    /// The saved data could not be read; it was set aside (its text is here, to download) and
    /// the app started fresh.
    SavedDataDamaged(Rc<str>),
    /// One saved assessment could not be read; it was set aside alone (its text is here, to
    /// download) and the others loaded.
    EntryDamaged(Rc<str>),
    /// The saved data was written by a newer Client Fit; it is left untouched and nothing is
    /// saved over it.
    SavedByNewer,
    SavedToHistory,
    /// A share link replaced an assessment in progress, which went to the history first.
    InProgressKept,
    ShareOpened,
    ShareBroken(ShareError),
    /// The answers do not fit in a link.
    ShareTooLong,
    Imported(ImportReport),
    BackupFailed(BackupError),
}

impl From<StoreProblem> for Notice {
    fn from(problem: StoreProblem) -> Self {
        match problem {
            StoreProblem::Unavailable => Notice::StorageUnavailable,
            StoreProblem::Damaged(text) => Notice::SavedDataDamaged(text),
            StoreProblem::EntryDamaged(text) => Notice::EntryDamaged(text),
            StoreProblem::Newer => Notice::SavedByNewer,
        }
    }
}

/// What an import did, for the notice.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportReport {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub refused: Vec<Refused>,
    /// Whether the backup's profile replaced an empty one (`Some(true)`), was not applied over
    /// an existing one (`Some(false)`), or there was none (`None`).
    pub profile_taken: Option<bool>,
    /// Why the backup's profile could not be read, if it could not.
    pub profile_error: Option<String>,
}

/// The top-level pages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The questionnaire flow and its result.
    #[default]
    Assess,
    Profile,
    History,
    /// How often the first impression and the verdict were right, reached from History.
    TrackRecord,
}

/// How a widget embedded on a host page behaves: set by the consultant in the snippet.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Embedded {
    /// The one questionnaire the widget shows.
    pub questionnaire: String,
    pub reveal: Reveal,
    pub consultant_name: String,
    pub consultant_email: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub view: View,
    /// Makes element ids unique when several widgets share a page.
    pub instance: u32,
    /// The questionnaires on offer.
    pub catalogue: Rc<Vec<Rc<Questionnaire>>>,
    /// The JSON of those in the catalogue that are not built in, kept with the history.
    pub custom_sources: Rc<Vec<(String, Rc<serde_json::Value>)>>,
    pub language: String,
    pub profile: Rc<Profile>,
    pub session: Option<Rc<Session>>,
    /// The questionnaire of `session`, from the catalogue.
    pub questionnaire: Option<Rc<Questionnaire>>,
    /// Problems of questionnaires that would not load.
    pub load_problems: Rc<Vec<ContentError>>,
    pub confirming_start_over: bool,
    pub notices: Vec<Notice>,
    /// Saved assessments, oldest first.
    pub history: Rc<Vec<Assessment>>,
    /// Whether changes are saved to the device; off when that would destroy something.
    pub saving: bool,
    /// Set when the app is a widget on a consultant's page, answered by a prospect.
    pub embedded: Option<Rc<Embedded>>,
    /// The widget's element on the host page (`None`: the full app).
    pub host: Option<web_sys::Element>,
    /// Whether "Your terms first" was answered or skipped (kept with the settings).
    pub profile_asked: bool,
    /// Number fields whose typed text does not read, or is out of range, by entry: a question's
    /// id, or a `terms.` field of "Your terms first" (question ids never contain a dot). Next
    /// does not move on while one of them is on the current step.
    pub invalid_entries: Rc<BTreeSet<String>>,
}

/// The entries of "Your terms first", in the order they are shown.
pub const TERMS_ENTRIES: [&str; 4] = [
    "terms.min-budget",
    "terms.deposit",
    "terms.payment-days",
    "terms.reply-hours",
];

/// What the app starts from, besides what the device saved.
#[derive(Clone, Debug, PartialEq)]
pub struct Start {
    /// The page to open on.
    pub view: View,
    pub instance: u32,
    pub catalogue: Rc<Vec<Rc<Questionnaire>>>,
    pub load_problems: Rc<Vec<ContentError>>,
    pub language: String,
    pub notices: Vec<Notice>,
    /// What a share link in the address held, to open once the app is up.
    pub shared: Option<Result<Shared, ShareError>>,
    /// A questionnaire to begin at once (`?questionnaire=intake`), when nothing is in progress.
    pub begin: Option<String>,
    /// The clock at start-up, for anything restored into the history.
    pub now_ms: f64,
    /// Whether changes may be saved to the device (see `store::Loaded::saving`).
    pub saving: bool,
    /// Where the built-in questionnaire files are, as a prefix of their paths (empty: beside
    /// the page).
    pub content_base: String,
    /// Set when the app is a widget on a consultant's page.
    pub embedded: Option<Rc<Embedded>>,
    /// The JSON of catalogue entries that are not built in (a widget's custom questionnaire).
    pub custom_sources: Vec<(String, Rc<serde_json::Value>)>,
    /// The device storage key for this app or widget.
    pub storage_key: String,
    /// The widget's element on the host page, which receives its events (`None`: the full app).
    pub host: Option<web_sys::Element>,
}

pub enum Action {
    SetLanguage(String),
    /// A questionnaire file arrived (fetched after start-up, or in a newly chosen language): it
    /// joins the catalogue, replacing the one with its id.
    Loaded(Rc<Questionnaire>),
    /// A questionnaire file could not be fetched or read.
    LoadFailed(ContentError),
    Show(View),
    SetProfile(Profile),
    /// Applies an edit to the profile as it is when the action runs, so quick successive edits
    /// (autofill fills several fields at once) never overwrite each other.
    EditProfile(Box<dyn FnOnce(&mut Profile)>),
    Begin {
        questionnaire: String,
        client: String,
    },
    SetBlink(Blink),
    SetImpression(Impression),
    /// The one line on why, kept with whatever impression is set (unsure until one is).
    SetBlinkWhy(String),
    /// Adds or removes one option of a multiple-choice answer ("don't know" becomes a choice).
    ToggleChoice {
        question: String,
        option: String,
    },
    Answer {
        question: String,
        answer: Option<Answer>,
    },
    Next,
    Back,
    /// A number field's typed text stopped or started reading as a number in range (`entry`: see
    /// `State::invalid_entries`).
    SetEntryInvalid {
        entry: String,
        invalid: bool,
    },
    /// Leaves "Your terms first" for the first impression; it is not asked again. Continuing is
    /// refused while a field there does not read; skipping never is.
    TermsDone {
        skipped: bool,
    },
    /// Jump to a step, from the review's list of unanswered questions.
    GoTo(Step),
    AskStartOver,
    CancelStartOver,
    StartOver,
    Notify(Notice),
    Dismiss(Notice),
    SetNotes(String),
    /// Names the client of the assessment in progress (the prospect names themself in a widget).
    SetClient(String),
    /// Ticks a safeguard of the result's checklist on or off.
    ToggleSafeguard(String),
    /// Overrules the computed verdict (with its reason), or removes the overrule.
    Overrule(Option<Overrule>),
    /// Saves the assessment in progress to the history; `now_ms` is the clock's time.
    SaveToHistory {
        now_ms: f64,
    },
    /// Opens a saved assessment; one in progress goes to the history first.
    Open {
        id: String,
        now_ms: f64,
    },
    Rename {
        id: String,
        client: String,
        now_ms: f64,
    },
    Delete(String),
    /// Records a client's outcome on a saved screening of them (`None` clears it).
    SetOutcome {
        id: String,
        outcome: Option<Outcome>,
        now_ms: f64,
    },
    /// Links a saved check-up to a screening by hand, unlinks it, or (`None`) lets the client's
    /// name decide.
    Link {
        id: String,
        link: Option<Link>,
        now_ms: f64,
    },
    /// Starts a new assessment of a saved one's client; one in progress goes to the history first.
    Reassess {
        id: String,
        now_ms: f64,
    },
    /// Shows answers from a share link; an assessment in progress goes to the history first.
    OpenShared {
        shared: Shared,
        now_ms: f64,
    },
    /// Reads a backup file's text and merges it into the current history.
    Import(String),
    /// Takes in what another tab stored (heard through the storage event, or met while
    /// saving): its assessments and deletes, and its profile edits. What this tab is doing
    /// (the assessment in progress, the page shown) stays.
    Stored(store::Incoming),
}

impl State {
    /// The state at start-up, from what the device had saved.
    pub fn restore(start: Start, saved: Saved) -> Self {
        let begin = start.begin.clone();
        // A kept questionnaire that no longer reads is dropped: its assessments stay, unopened.
        let kept: Vec<Custom> = saved
            .questionnaires
            .into_iter()
            .filter_map(|v| Custom::read(v).ok())
            .collect();
        let mut state = State {
            view: start.view,
            instance: start.instance,
            catalogue: start.catalogue.clone(),
            custom_sources: Rc::new(start.custom_sources.clone()),
            language: saved.language.clone().unwrap_or(start.language),
            profile: Rc::new(saved.profile),
            session: None,
            questionnaire: None,
            load_problems: start.load_problems,
            confirming_start_over: false,
            notices: start.notices,
            history: Rc::new(saved.history),
            saving: start.saving,
            embedded: start.embedded.clone(),
            host: start.host.clone(),
            profile_asked: saved.profile_asked,
            invalid_entries: Rc::new(BTreeSet::new()),
        }
        .with_custom(kept);
        if let Some(session) = saved.session {
            match state.find(&session.work.questionnaire) {
                Some(questionnaire) => {
                    state.session = Some(Rc::new(session.repaired(&questionnaire)));
                    state.questionnaire = Some(questionnaire);
                }
                // Its questionnaire is gone (renamed or removed): keep the answers in the
                // history rather than drop them.
                None if !session.work.answers.is_empty() => {
                    let (history, _) = state.history_with(&session, start.now_ms);
                    state.history = Rc::new(history);
                    state.notices.push(Notice::InProgressKept);
                }
                None => {}
            }
        }
        if state.session.is_none()
            && let Some(questionnaire) = begin.and_then(|id| state.find(&id))
        {
            let mut session = Session::new(&questionnaire, "");
            if state.asks_terms(&questionnaire) {
                session = session.with_terms_first();
            }
            state.session = Some(Rc::new(session));
            state.questionnaire = Some(questionnaire);
        }
        state
    }

    /// The JSON of the questionnaires on offer that are not built in (they came with an imported
    /// assessment, or are a widget's own), kept with the assessments that use them.
    pub fn custom_questionnaires(&self) -> Vec<serde_json::Value> {
        self.custom_sources
            .iter()
            .map(|(_, source)| (**source).clone())
            .collect()
    }

    /// The JSON of one questionnaire that is not built in.
    pub fn custom_source(&self, id: &str) -> Option<Rc<serde_json::Value>> {
        self.custom_sources
            .iter()
            .find(|(own, _)| own == id)
            .map(|(_, source)| source.clone())
    }

    /// This state with custom questionnaires added to the catalogue and to what is kept.
    fn with_custom(mut self, custom: Vec<Custom>) -> State {
        if custom.is_empty() {
            return self;
        }
        let mut sources = (*self.custom_sources).clone();
        for c in &custom {
            sources.retain(|(id, _)| *id != c.questionnaire.id);
            sources.push((c.questionnaire.id.clone(), Rc::new(c.source.clone())));
        }
        let arrived = custom.into_iter().map(|c| Rc::new(c.questionnaire));
        self.catalogue = Rc::new(self.catalogue_with(arrived));
        self.custom_sources = Rc::new(sources);
        self
    }

    /// The catalogue with these questionnaires added (or replacing those with their ids), built-ins
    /// first in their order.
    fn catalogue_with(
        &self,
        arrived: impl IntoIterator<Item = Rc<Questionnaire>>,
    ) -> Vec<Rc<Questionnaire>> {
        let mut catalogue = (*self.catalogue).clone();
        for questionnaire in arrived {
            match catalogue.iter_mut().find(|q| q.id == questionnaire.id) {
                Some(same) => *same = questionnaire,
                None => catalogue.push(questionnaire),
            }
        }
        let rank = |q: &Rc<Questionnaire>| {
            let builtin = client_fit_core::builtin::IDS
                .iter()
                .position(|id| *id == q.id);
            builtin.unwrap_or(usize::MAX)
        };
        catalogue.sort_by_key(rank);
        catalogue
    }

    /// A questionnaire of the catalogue by id.
    pub fn find(&self, id: &str) -> Option<Rc<Questionnaire>> {
        self.catalogue.iter().find(|q| q.id == id).cloned()
    }

    /// What is kept on the device. A widget keeps only the prospect's answers in progress: the
    /// consultant's profile came with the page and stays out of the host's storage.
    pub fn saved(&self) -> Saved {
        if self.embedded.is_some() {
            return Saved {
                session: self.session.as_deref().cloned(),
                language: Some(self.language.clone()),
                ..Saved::new()
            };
        }
        Saved {
            session: self.session.as_deref().cloned(),
            profile: (*self.profile).clone(),
            language: Some(self.language.clone()),
            history: (*self.history).clone(),
            questionnaires: self.custom_questionnaires(),
            profile_asked: self.profile_asked,
            ..Saved::new()
        }
    }

    /// What is kept on the device, borrowed for `store::save` (which compares it with what it
    /// last wrote, by pointer first): nothing is copied. A widget keeps no profile or history.
    pub fn stored(&self) -> store::Snapshot<'_> {
        let app = self.embedded.is_none();
        store::Snapshot {
            language: &self.language,
            profile: app.then_some(&self.profile),
            profile_asked: self.profile_asked,
            questionnaires: if app { &self.custom_sources } else { &[] },
            session: self.session.as_ref(),
            history: app.then_some(&self.history),
        }
    }

    /// The first entry on the current step that does not read as a number in range: a shown
    /// question of the current section, or a field of "Your terms first". Next stops at it.
    pub fn blocking_entry(&self) -> Option<&str> {
        if self.invalid_entries.is_empty() {
            return None;
        }
        let session = self.session.as_deref()?;
        let questionnaire = self.questionnaire.as_deref()?;
        match session.step {
            Step::Section(index) => {
                let section = questionnaire.sections.get(index)?;
                let visibility =
                    Visibility::of(questionnaire, &session.work.answers, &self.profile);
                let first: usize = questionnaire.sections[..index]
                    .iter()
                    .map(|s| s.questions.len())
                    .sum();
                section
                    .questions
                    .iter()
                    .enumerate()
                    .filter(|(offset, _)| visibility.questions.get(first + offset) == Some(&true))
                    .map(|(_, q)| q.id.as_str())
                    .find(|id| self.invalid_entries.contains(*id))
            }
            Step::Terms => TERMS_ENTRIES
                .into_iter()
                .find(|entry| self.invalid_entries.contains(*entry)),
            Step::Blink | Step::Review | Step::Result => None,
        }
    }

    /// Whether beginning `questionnaire` now first asks "Your terms first".
    fn asks_terms(&self, questionnaire: &Questionnaire) -> bool {
        asks_terms_first(
            questionnaire,
            &self.profile,
            self.profile_asked,
            self.embedded.is_some(),
        )
    }

    /// A backup of everything held in memory, the assessment in progress included: what the
    /// person downloads when the device will not keep it.
    pub fn backup_now(&self, now_ms: f64) -> String {
        let history = match self.session_worth_keeping() {
            Some(session) => self.history_with(session, now_ms).0,
            None => (*self.history).clone(),
        };
        backup::export(
            &self.profile,
            &history,
            &self.custom_questionnaires(),
            now_ms,
        )
    }

    /// The history with the session in progress saved into it (updated if it was saved before).
    fn history_with(&self, session: &Session, now_ms: f64) -> (Vec<Assessment>, String) {
        let mut list = (*self.history).clone();
        let earlier = session
            .saved_as
            .as_deref()
            .and_then(|id| history::find(&list, id))
            .cloned();
        let id = earlier
            .as_ref()
            .map_or_else(|| history::unique_id(&list, now_ms), |a| a.id.clone());
        let mut assessment = Assessment::from_session(id.clone(), session, now_ms);
        if let Some(earlier) = earlier {
            assessment.created_ms = earlier.created_ms;
            // The outcome and a link made by hand are recorded on the saved copy, not the open one.
            assessment.follow = earlier.follow;
        }
        if assessment.work.previous.is_none() {
            assessment.work.previous = history::previous_of(
                &list,
                &assessment.work.client,
                &assessment.work.questionnaire,
                assessment.created_ms,
            )
            .map(|a| a.id.clone());
        }
        history::put(&mut list, assessment);
        (list, id)
    }

    /// Worth keeping before it is replaced: it has answers and is not already saved as is.
    fn session_worth_keeping(&self) -> Option<&Session> {
        let session = self.session.as_deref()?;
        let saved = session
            .saved_as
            .as_deref()
            .and_then(|id| history::find(&self.history, id));
        let unchanged = saved.is_some_and(|a| {
            let now = Assessment::from_session(a.id.clone(), session, a.updated_ms);
            Assessment {
                created_ms: a.created_ms,
                follow: a.follow.clone(),
                ..now
            } == *a
        });
        (!session.work.answers.is_empty() && !unchanged).then_some(session)
    }

    /// This state with the assessment in progress put in the history first when it holds
    /// anything unsaved, so replacing it loses nothing.
    fn keeping_work(&self, now_ms: f64) -> State {
        let mut next = self.clone();
        // The fields of the assessment being replaced go with it.
        next.invalid_entries = Rc::new(BTreeSet::new());
        if let Some(session) = self.session_worth_keeping() {
            let (history, _) = self.history_with(session, now_ms);
            next.history = Rc::new(history);
            next = next.with_notice(Notice::InProgressKept);
        }
        next
    }

    fn with_notice(mut self, notice: Notice) -> Self {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
        self
    }

    /// A saved assessment and its questionnaire, when both exist.
    fn saved_with_questionnaire(&self, id: &str) -> Option<(&Assessment, Rc<Questionnaire>)> {
        let assessment = history::find(&self.history, id)?;
        Some((assessment, self.find(&assessment.work.questionnaire)?))
    }

    /// The state with an edit applied to the work of the session in progress (the same state
    /// when the edit changes nothing).
    fn with_work(self: &Rc<Self>, session: &Session, edit: impl FnOnce(&mut Work)) -> Rc<Self> {
        let mut next = session.clone();
        edit(&mut next.work);
        self.with_session(next)
    }

    fn with_session(self: &Rc<Self>, session: Session) -> Rc<Self> {
        if self.session.as_deref() == Some(&session) {
            return self.clone();
        }
        Rc::new(State {
            session: Some(Rc::new(session)),
            ..(**self).clone()
        })
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let current = self.session.as_deref().zip(self.questionnaire.as_deref());
        match action {
            Action::SetLanguage(language) if language != self.language => Rc::new(State {
                language,
                ..(*self).clone()
            }),
            Action::Loaded(questionnaire) => {
                if self.find(&questionnaire.id).as_deref() == Some(&*questionnaire) {
                    return self;
                }
                // Built-ins keep their order on the start page whichever arrives first.
                let catalogue = self.catalogue_with([questionnaire.clone()]);
                let in_use = self.questionnaire.as_ref();
                let questionnaire = match in_use {
                    Some(current) if current.id == questionnaire.id => Some(questionnaire),
                    _ => in_use.cloned(),
                };
                Rc::new(State {
                    catalogue: Rc::new(catalogue),
                    questionnaire,
                    ..(*self).clone()
                })
            }
            Action::LoadFailed(error) if !self.load_problems.contains(&error) => {
                let mut problems = (*self.load_problems).clone();
                problems.push(error);
                Rc::new(State {
                    load_problems: Rc::new(problems),
                    ..(*self).clone()
                })
            }
            Action::Show(view) if view != self.view => Rc::new(State {
                view,
                // "Saved to history" tells of the page it was said on; it does not follow
                // the person to other pages. Problems stay until dismissed.
                notices: (self.notices.iter())
                    .filter(|n| !matches!(n, Notice::SavedToHistory))
                    .cloned()
                    .collect(),
                ..(*self).clone()
            }),
            Action::SetProfile(profile) if profile != *self.profile => Rc::new(State {
                profile: Rc::new(profile),
                ..(*self).clone()
            }),
            Action::Begin {
                questionnaire,
                client,
            } => match self.find(&questionnaire) {
                Some(questionnaire) => {
                    let mut session = Session::new(&questionnaire, &client);
                    if self.asks_terms(&questionnaire) {
                        session = session.with_terms_first();
                    }
                    Rc::new(State {
                        session: Some(Rc::new(session)),
                        questionnaire: Some(questionnaire),
                        invalid_entries: Rc::new(BTreeSet::new()),
                        ..(*self).clone()
                    })
                }
                None => self,
            },
            Action::EditProfile(edit) => {
                let mut profile = (*self.profile).clone();
                edit(&mut profile);
                if profile == *self.profile {
                    self
                } else {
                    Rc::new(State {
                        profile: Rc::new(profile),
                        ..(*self).clone()
                    })
                }
            }
            Action::SetImpression(impression) => match current {
                Some((session, _)) => {
                    let why = session
                        .work
                        .blink
                        .as_ref()
                        .map(|b| b.why.clone())
                        .unwrap_or_default();
                    self.with_work(session, |w| w.blink = Some(Blink { impression, why }))
                }
                None => self,
            },
            Action::SetBlinkWhy(why) => match current {
                Some((session, _)) => {
                    let impression = session
                        .work
                        .blink
                        .as_ref()
                        .map_or(Impression::Unsure, |b| b.impression);
                    self.with_work(session, |w| w.blink = Some(Blink { impression, why }))
                }
                None => self,
            },
            Action::ToggleChoice { question, option } => match current {
                Some((session, questionnaire)) => {
                    let mut chosen = match session.work.answers.get(&question) {
                        Some(Answer::Choices(ids)) => ids.clone(),
                        _ => Vec::new(),
                    };
                    match chosen.iter().position(|c| *c == option) {
                        Some(at) => {
                            chosen.remove(at);
                        }
                        None => chosen.push(option),
                    }
                    self.with_session(session.answer(
                        questionnaire,
                        &question,
                        Some(Answer::Choices(chosen)),
                    ))
                }
                None => self,
            },
            Action::SetBlink(blink) => match current {
                Some((session, _)) => self.with_work(session, |w| w.blink = Some(blink)),
                None => self,
            },
            Action::Answer { question, answer } => match current {
                Some((session, questionnaire)) => {
                    self.with_session(session.answer(questionnaire, &question, answer))
                }
                None => self,
            },
            // An entry that does not read holds the person where it is (its error is shown).
            Action::Next if self.blocking_entry().is_some() => self,
            Action::Next => match current {
                Some((session, questionnaire)) => self.with_session(Session {
                    step: session.next(questionnaire, &self.profile),
                    ..session.clone()
                }),
                None => self,
            },
            Action::SetEntryInvalid { entry, invalid } => {
                if self.invalid_entries.contains(&entry) == invalid {
                    return self;
                }
                let mut entries = (*self.invalid_entries).clone();
                if invalid {
                    entries.insert(entry);
                } else {
                    entries.remove(&entry);
                }
                Rc::new(State {
                    invalid_entries: Rc::new(entries),
                    ..(*self).clone()
                })
            }
            Action::TermsDone { skipped } => match current {
                Some((session, questionnaire)) if session.step == Step::Terms => {
                    if !skipped && self.blocking_entry().is_some() {
                        return self;
                    }
                    let next = Session {
                        step: session.next(questionnaire, &self.profile),
                        ..session.clone()
                    };
                    Rc::new(State {
                        profile_asked: true,
                        session: Some(Rc::new(next)),
                        invalid_entries: Rc::new(BTreeSet::new()),
                        ..(*self).clone()
                    })
                }
                _ => self,
            },
            Action::Back => match current {
                Some((session, questionnaire)) => self.with_session(Session {
                    step: session.back(questionnaire, &self.profile),
                    ..session.clone()
                }),
                None => self,
            },
            Action::GoTo(step) => match current {
                Some((session, questionnaire)) => self.with_session(
                    Session {
                        step,
                        ..session.clone()
                    }
                    .repaired(questionnaire),
                ),
                None => self,
            },
            Action::AskStartOver if !self.confirming_start_over => Rc::new(State {
                confirming_start_over: true,
                ..(*self).clone()
            }),
            Action::CancelStartOver if self.confirming_start_over => Rc::new(State {
                confirming_start_over: false,
                ..(*self).clone()
            }),
            Action::StartOver if self.session.is_some() || self.confirming_start_over => {
                // A widget has no start page: starting over begins its questionnaire afresh.
                let again = self
                    .embedded
                    .as_ref()
                    .and_then(|e| self.find(&e.questionnaire));
                Rc::new(State {
                    session: again.as_ref().map(|q| Rc::new(Session::new(q, ""))),
                    questionnaire: again,
                    confirming_start_over: false,
                    invalid_entries: Rc::new(BTreeSet::new()),
                    ..(*self).clone()
                })
            }
            Action::Notify(notice) if !self.notices.contains(&notice) => {
                Rc::new((*self).clone().with_notice(notice))
            }
            Action::Dismiss(notice) if self.notices.contains(&notice) => Rc::new(State {
                notices: self
                    .notices
                    .iter()
                    .filter(|n| **n != notice)
                    .cloned()
                    .collect(),
                ..(*self).clone()
            }),
            Action::SetNotes(notes) => match current {
                Some((session, _)) => self.with_work(session, |w| w.notes = notes),
                _ => self,
            },
            Action::SetClient(client) => match current {
                Some((session, _)) => self.with_work(session, |w| w.client = client),
                _ => self,
            },
            Action::ToggleSafeguard(id) => match current {
                Some((session, _)) => self.with_work(session, |w| {
                    match w.safeguards_done.iter().position(|d| *d == id) {
                        Some(at) => {
                            w.safeguards_done.remove(at);
                        }
                        None => w.safeguards_done.push(id),
                    }
                }),
                None => self,
            },
            Action::Overrule(overrule) => match current {
                Some((session, _)) => self.with_work(session, |w| w.overrule = overrule),
                None => self,
            },
            Action::SaveToHistory { now_ms } => match current {
                Some((session, _)) => {
                    let (history, id) = self.history_with(session, now_ms);
                    let session = Session {
                        saved_as: Some(id),
                        ..session.clone()
                    };
                    Rc::new(
                        State {
                            history: Rc::new(history),
                            session: Some(Rc::new(session)),
                            ..(*self).clone()
                        }
                        .with_notice(Notice::SavedToHistory),
                    )
                }
                None => self,
            },
            Action::Open { id, now_ms } => match self.saved_with_questionnaire(&id) {
                Some((assessment, questionnaire)) => Rc::new(State {
                    view: View::Assess,
                    session: Some(Rc::new(Session::from_assessment(assessment))),
                    questionnaire: Some(questionnaire),
                    ..self.keeping_work(now_ms)
                }),
                None => self,
            },
            Action::Reassess { id, now_ms } => match self.saved_with_questionnaire(&id) {
                Some((earlier, questionnaire)) => Rc::new(State {
                    view: View::Assess,
                    session: Some(Rc::new(Session::reassess(earlier, &questionnaire))),
                    questionnaire: Some(questionnaire),
                    ..self.keeping_work(now_ms)
                }),
                None => self,
            },
            Action::Rename { id, client, now_ms } => {
                let mut list = (*self.history).clone();
                if history::rename(&mut list, &id, &client, now_ms) {
                    // The open copy takes the new name too, or saving it would bring the old back.
                    let session = self
                        .session
                        .as_deref()
                        .map(|s| match s.saved_as.as_deref() {
                            Some(open) if open == id => {
                                let mut renamed = s.clone();
                                renamed.work.client = client.trim().to_owned();
                                Rc::new(renamed)
                            }
                            _ => Rc::new(s.clone()),
                        });
                    Rc::new(State {
                        history: Rc::new(list),
                        session,
                        ..(*self).clone()
                    })
                } else {
                    self
                }
            }
            Action::Delete(id) => {
                let mut list = (*self.history).clone();
                if !history::delete(&mut list, &id) {
                    return self;
                }
                // An open copy of the deleted assessment is no longer saved anywhere.
                let session = self.session.as_deref().map(|s| {
                    let mut s = s.clone();
                    if s.saved_as.as_deref() == Some(id.as_str()) {
                        s.saved_as = None;
                    }
                    Rc::new(s)
                });
                Rc::new(State {
                    history: Rc::new(list),
                    session,
                    ..(*self).clone()
                })
            }
            Action::SetOutcome {
                id,
                outcome: recorded,
                now_ms,
            } => {
                let mut list = (*self.history).clone();
                if !outcome::record(&mut list, &id, recorded, now_ms) {
                    return self;
                }
                Rc::new(State {
                    history: Rc::new(list),
                    ..(*self).clone()
                })
            }
            Action::Link { id, link, now_ms } => {
                let mut list = (*self.history).clone();
                if !outcome::link(&mut list, &id, link, now_ms) {
                    return self;
                }
                Rc::new(State {
                    history: Rc::new(list),
                    ..(*self).clone()
                })
            }
            Action::OpenShared { shared, now_ms } => {
                let Some(questionnaire) = self.find(&shared.questionnaire) else {
                    let broken = ShareError::UnknownQuestionnaire(shared.questionnaire);
                    return Rc::new((*self).clone().with_notice(Notice::ShareBroken(broken)));
                };
                let next = self.keeping_work(now_ms);
                let mut session = Session::new(&questionnaire, &shared.client);
                session.step = Step::Result;
                session.work.blink = shared.blink;
                session.work.answers = shared.answers;
                session.work.source = if questionnaire.lens == Lens::Intake {
                    Source::Prospect
                } else {
                    Source::Consultant
                };
                Rc::new(
                    State {
                        view: View::Assess,
                        session: Some(Rc::new(session)),
                        questionnaire: Some(questionnaire),
                        ..next
                    }
                    .with_notice(Notice::ShareOpened),
                )
            }
            Action::Import(text) => {
                let imported = match backup::import(&text, &self.history) {
                    Ok(imported) => imported,
                    Err(error) => {
                        return Rc::new((*self).clone().with_notice(Notice::BackupFailed(error)));
                    }
                };
                let profile_is_empty = *self.profile == Profile::default();
                let profile_taken = imported.profile.as_ref().map(|_| profile_is_empty);
                let profile = match imported.profile {
                    Some(profile) if profile_is_empty => Rc::new(profile),
                    _ => self.profile.clone(),
                };
                let report = ImportReport {
                    added: imported.added,
                    updated: imported.updated,
                    unchanged: imported.unchanged,
                    refused: imported.refused,
                    profile_taken,
                    profile_error: imported.profile_error,
                };
                Rc::new(
                    State {
                        history: Rc::new(imported.history),
                        profile,
                        ..(*self).clone()
                    }
                    .with_custom(imported.questionnaires)
                    .with_notice(Notice::Imported(report)),
                )
            }
            Action::Stored(incoming) => {
                let held = store::Held {
                    history: self.history.clone(),
                    profile: self.profile.clone(),
                    profile_asked: self.profile_asked,
                };
                // A widget's profile is the consultant's, from the page: never another tab's.
                match incoming.apply(&held, self.embedded.is_none()) {
                    Some(now) => Rc::new(State {
                        history: now.history,
                        profile: now.profile,
                        profile_asked: now.profile_asked,
                        ..(*self).clone()
                    }),
                    None => self,
                }
            }
            _ => self,
        }
    }
}

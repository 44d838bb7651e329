//! The reducer's handlers for what the device keeps: the language, the profile and the saved
//! assessments (saving, opening, renaming, deleting, outcomes, links, share links, backups).
//! The rules for the history are `core::history`'s, `core::outcome`'s and `core::backup`'s.

use std::rc::Rc;

use client_fit_core::backup;
use client_fit_core::history::{self, Assessment};
use client_fit_core::session::{Session, Step};

use super::{Flow, Notice, Records, Screen, State, View};
use crate::store;

// What only the consultant's handlers use (see `State::reduce`: the widget's build has none).
#[cfg(feature = "consultant")]
use super::ImportReport;
#[cfg(feature = "consultant")]
use client_fit_core::small_map::SmallSet;
#[cfg(feature = "consultant")]
use client_fit_core::{
    model::{Lens, Questionnaire},
    outcome::{ClientOutcome, Link},
    own,
    profile::Profile,
    share::{ShareError, Shared},
    snippet::SnippetEdit,
    work::Source,
};

impl State {
    /// Switches the interface language.
    pub(super) fn set_language(self: Rc<Self>, language: String) -> Rc<Self> {
        if language == self.records.language {
            return self;
        }
        self.with_records(Records {
            language,
            ..self.records.clone()
        })
    }

    /// Replaces the profile (the same state when it is the same).
    #[cfg(feature = "consultant")]
    pub(super) fn set_profile(self: Rc<Self>, profile: Profile) -> Rc<Self> {
        if profile == *self.records.profile {
            return self;
        }
        self.with_records(Records {
            profile: Rc::new(profile),
            ..self.records.clone()
        })
    }

    /// Applies one edit to the choices on "Put it on your site" (the same state when it
    /// changes nothing).
    #[cfg(feature = "consultant")]
    pub(super) fn edit_snippet(self: Rc<Self>, edit: SnippetEdit) -> Rc<Self> {
        let mut snippet = (*self.records.snippet).clone();
        edit.apply(&mut snippet);
        if snippet == *self.records.snippet {
            return self;
        }
        self.with_records(Records {
            snippet: Rc::new(snippet),
            ..self.records.clone()
        })
    }

    /// Saves the assessment in progress to the history (updating its earlier copy).
    #[cfg(feature = "consultant")]
    pub(super) fn save_to_history(self: Rc<Self>, now_ms: f64) -> Rc<Self> {
        let Some(session) = self.flow.session.as_deref() else {
            return self;
        };
        let (history, id) = self.history_with(session, now_ms);
        // The open copy takes the work as it was saved (the earlier assessment it follows is
        // found while saving), so the two compare equal until the next change.
        let work =
            history::find(&history, &id).map_or_else(|| session.work.clone(), |a| a.work.clone());
        let session = Session {
            saved_as: Some(id),
            work,
            ..session.clone()
        };
        Rc::new(State {
            records: Records {
                history: Rc::new(history),
                ..self.records.clone()
            },
            flow: Flow {
                session: Some(Rc::new(session)),
                ..self.flow.clone()
            },
            ..(*self).clone()
        })
    }

    /// The earlier assessment the one in progress re-assesses, while it is in the history.
    pub fn earlier(&self) -> Option<&Assessment> {
        let id = self.flow.session.as_deref()?.work.previous.as_deref()?;
        history::find(&self.records.history, id)
    }

    /// Whether the assessment in progress should be saved now: assessments save themselves
    /// once they reach their result, and their saved copy follows every later change (notes,
    /// safeguards, a changed answer). A widget keeps no history. Where the device will not keep
    /// anything (`Setup::saving` off), the history in memory still takes it, for the backup.
    pub fn needs_saving(&self) -> bool {
        let Some(session) = self.flow.session.as_deref() else {
            return false;
        };
        self.setup.embedded.is_none()
            && (session.step == Step::Result || session.saved_as.is_some())
            && self.session_worth_keeping().is_some()
    }

    /// Leaves the assessment on screen (saved first if it holds anything unsaved) for the
    /// start page, where the next one begins: nothing is discarded, so nothing asks.
    pub(super) fn new_screening(self: Rc<Self>, now_ms: f64) -> Rc<Self> {
        let mut next = self.keeping_work(now_ms);
        next.flow = Flow {
            session: None,
            questionnaire: None,
            invalid_entries: Rc::default(),
            question: None,
            ..next.flow
        };
        next.screen = Screen {
            view: View::Assess,
            confirming_start_over: false,
            ..next.screen
        };
        Rc::new(next)
    }

    /// Opens a saved assessment; one in progress goes to the history first.
    #[cfg(feature = "consultant")]
    pub(super) fn open(self: Rc<Self>, id: &str, now_ms: f64) -> Rc<Self> {
        let Some((assessment, questionnaire)) = self.saved_with_questionnaire(id) else {
            return self;
        };
        // Shown with the version it was made with, and said so: its answers are read against
        // the questions as they were then, not as they read now.
        let earlier = self.made_with_earlier(&assessment.work);
        let session = Session::from_assessment(assessment);
        let mut next = self.keeping_work(now_ms).assessing(session, questionnaire);
        if let Some(title) = earlier {
            next.screen = next.screen.with_notice(Notice::EarlierVersion(title));
        }
        Rc::new(next)
    }

    /// Starts a new assessment of a saved one's client; one in progress goes to the history
    /// first.
    #[cfg(feature = "consultant")]
    pub(super) fn reassess(self: Rc<Self>, id: &str, now_ms: f64) -> Rc<Self> {
        let Some((earlier, _)) = self.saved_with_questionnaire(id) else {
            return self;
        };
        // A new assessment is made with the questionnaire as it is now.
        let Some(questionnaire) = self.find(&earlier.work.questionnaire) else {
            return self;
        };
        let session = Session::reassess(earlier, &questionnaire);
        Rc::new(self.keeping_work(now_ms).assessing(session, questionnaire))
    }

    /// Renames a saved assessment's client; the open copy takes the new name too, or saving it
    /// would bring the old one back.
    #[cfg(feature = "consultant")]
    pub(super) fn rename(self: Rc<Self>, id: &str, client: &str, now_ms: f64) -> Rc<Self> {
        let mut list = (*self.records.history).clone();
        if !history::rename(&mut list, id, client, now_ms) {
            return self;
        }
        let session = self.flow.session.as_deref().map(|s| {
            let mut s = s.clone();
            if s.saved_as.as_deref() == Some(id) {
                s.work.client = client.trim().to_owned();
            }
            Rc::new(s)
        });
        self.with_history_and_session(list, session)
    }

    /// Deletes a saved assessment; its open copy closes with it (kept open, it would save
    /// itself again).
    #[cfg(feature = "consultant")]
    pub(super) fn delete(self: Rc<Self>, id: &str) -> Rc<Self> {
        let mut list = (*self.records.history).clone();
        if !history::delete(&mut list, id) {
            return self;
        }
        let session = self
            .flow
            .session
            .clone()
            .filter(|s| s.saved_as.as_deref() != Some(id));
        self.with_history_and_session(list, session)
    }

    /// Records a client's outcome on a saved screening (`None` clears it).
    #[cfg(feature = "consultant")]
    pub(super) fn set_outcome(
        self: Rc<Self>,
        id: &str,
        recorded: Option<ClientOutcome>,
        now_ms: f64,
    ) -> Rc<Self> {
        let mut list = (*self.records.history).clone();
        if !history::record_outcome(&mut list, id, recorded, now_ms) {
            return self;
        }
        self.with_history(list)
    }

    /// Links a saved check-up to a screening by hand, unlinks it, or lets the name decide.
    #[cfg(feature = "consultant")]
    pub(super) fn link(self: Rc<Self>, id: &str, link: Option<Link>, now_ms: f64) -> Rc<Self> {
        let mut list = (*self.records.history).clone();
        if !history::link(&mut list, id, link, now_ms) {
            return self;
        }
        self.with_history(list)
    }

    /// Shows a share link's answers at their result; an assessment in progress goes to the
    /// history first.
    #[cfg(feature = "consultant")]
    pub(super) fn open_shared(self: Rc<Self>, shared: Shared, now_ms: f64) -> Rc<Self> {
        let Some(questionnaire) = self.find(&shared.questionnaire) else {
            let broken = ShareError::UnknownQuestionnaire(shared.questionnaire);
            return self.notify(Notice::ShareBroken(broken));
        };
        let mut session = Session::new(&questionnaire, &shared.client);
        session.step = Step::Result;
        session.work.blink = shared.blink;
        session.work.answers = shared.answers;
        session.work.source = if questionnaire.lens == Lens::Intake {
            Source::Prospect
        } else {
            Source::Consultant
        };
        let mut next = self.keeping_work(now_ms).assessing(session, questionnaire);
        next.screen = next.screen.with_notice(Notice::ShareOpened);
        Rc::new(next)
    }

    /// Reads a backup file's text and merges it into the history; its profile replaces only an
    /// empty one.
    #[cfg(feature = "consultant")]
    pub(super) fn import(self: Rc<Self>, text: &str) -> Rc<Self> {
        let imported = match backup::import(text, &self.records.history) {
            Ok(imported) => imported,
            Err(error) => return self.notify(Notice::BackupFailed(error)),
        };
        let profile_is_empty = *self.records.profile == Profile::default();
        let profile_taken = imported.profile.as_ref().map(|_| profile_is_empty);
        let profile = match imported.profile {
            Some(profile) if profile_is_empty => Rc::new(profile),
            _ => self.records.profile.clone(),
        };
        let report = ImportReport {
            added: imported.added,
            updated: imported.updated,
            unchanged: imported.unchanged,
            refused: imported.refused,
            profile_taken,
            profile_error: imported.profile_error,
        };
        let own = own::merge(&self.records.own, &imported.own);
        let own = if own == *self.records.own {
            self.records.own.clone()
        } else {
            Rc::new(own)
        };
        let next = State {
            records: Records {
                history: Rc::new(imported.history),
                profile,
                own,
                ..self.records.clone()
            },
            screen: self.screen.clone().with_notice(Notice::Imported(report)),
            ..(*self).clone()
        };
        let versions = own::merge_versions(&self.records.versions, &imported.versions);
        Rc::new(
            next.with_custom(imported.questionnaires)
                .with_versions(versions),
        )
    }

    /// Takes in what another tab stored: its assessments and deletes, its profile edits and
    /// its answered terms. A widget's profile is the consultant's, from the page: never
    /// another tab's.
    pub(super) fn take_in(self: Rc<Self>, incoming: store::Incoming) -> Rc<Self> {
        let held = store::Held {
            history: self.records.history.clone(),
            profile: self.records.profile.clone(),
            profile_asked: self.records.profile_asked,
            own: self.records.own.clone(),
            versions: self.records.versions.clone(),
        };
        let Some(now) = incoming.apply(&held, self.setup.embedded.is_none()) else {
            return self;
        };
        // The open copy follows its saved copy: renamed there, it takes the name (saving itself
        // would bring the old one back); deleted there, it closes.
        let session = self.flow.session.clone().and_then(|session| {
            let Some(id) = session.saved_as.as_deref() else {
                return Some(session);
            };
            let saved = history::find(&now.history, id)?;
            if saved.work == session.work {
                return Some(session);
            }
            Some(Rc::new(Session {
                work: saved.work.clone(),
                ..(*session).clone()
            }))
        });
        let versions = (*now.versions).clone();
        Rc::new(
            State {
                records: Records {
                    history: now.history,
                    profile: now.profile,
                    profile_asked: now.profile_asked,
                    own: now.own,
                    ..self.records.clone()
                },
                flow: Flow {
                    session,
                    ..self.flow.clone()
                },
                ..(*self).clone()
            }
            .with_versions(versions),
        )
    }

    /// A backup of everything held in memory, the assessment in progress included: what the
    /// person downloads when the device will not keep it.
    pub fn backup_now(&self, now_ms: f64) -> String {
        let history = match self.session_worth_keeping() {
            Some(session) => self.history_with(session, now_ms).0,
            None => (*self.records.history).clone(),
        };
        backup::export_with_versions(
            &self.records.profile,
            &history,
            &self.custom_questionnaires(),
            &self.records.own,
            &self.records.versions,
            now_ms,
        )
    }

    /// The history with the session in progress saved into it (updated if it was saved
    /// before), and the id it is saved under.
    pub(super) fn history_with(&self, session: &Session, now_ms: f64) -> (Vec<Assessment>, String) {
        let mut list = (*self.records.history).clone();
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
        // A widget keeps no history (see `needs_saving`), so there is no earlier assessment of
        // the client to link to: the search stays out of its wasm, and with it the Unicode
        // case tables that matching client names needs (issue #17).
        #[cfg(feature = "consultant")]
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

    /// The session in progress when it is worth keeping before it is replaced: it has answers
    /// and is not already saved as it is.
    fn session_worth_keeping(&self) -> Option<&Session> {
        let session = self.flow.session.as_deref()?;
        let saved = session
            .saved_as
            .as_deref()
            .and_then(|id| history::find(&self.records.history, id));
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
        if let Some(session) = self.session_worth_keeping() {
            let (history, _) = self.history_with(session, now_ms);
            next.records.history = Rc::new(history);
            next.screen = next.screen.with_notice(Notice::InProgressKept);
        }
        next
    }

    /// This state assessing `session` on the Assess page; the fields of the assessment it
    /// replaces go with it.
    #[cfg(feature = "consultant")]
    fn assessing(mut self, mut session: Session, questionnaire: Rc<Questionnaire>) -> State {
        self.stamp_version(&mut session, &questionnaire);
        State {
            flow: Flow {
                session: Some(Rc::new(session)),
                questionnaire: Some(questionnaire),
                invalid_entries: Rc::new(SmallSet::new()),
                question: None,
                ..self.flow.clone()
            },
            screen: Screen {
                view: View::Assess,
                ..self.screen.clone()
            },
            ..self
        }
    }

    /// A saved assessment and its questionnaire, when both exist.
    #[cfg(feature = "consultant")]
    fn saved_with_questionnaire(&self, id: &str) -> Option<(&Assessment, Rc<Questionnaire>)> {
        let assessment = history::find(&self.records.history, id)?;
        Some((assessment, self.questionnaire_of(&assessment.work)?))
    }

    #[cfg(feature = "consultant")]
    fn with_history(self: Rc<Self>, history: Vec<Assessment>) -> Rc<Self> {
        self.with_records(Records {
            history: Rc::new(history),
            ..self.records.clone()
        })
    }

    #[cfg(feature = "consultant")]
    fn with_history_and_session(
        self: Rc<Self>,
        history: Vec<Assessment>,
        session: Option<Rc<Session>>,
    ) -> Rc<Self> {
        Rc::new(State {
            records: Records {
                history: Rc::new(history),
                ..self.records.clone()
            },
            flow: Flow {
                session,
                ..self.flow.clone()
            },
            ..(*self).clone()
        })
    }
}

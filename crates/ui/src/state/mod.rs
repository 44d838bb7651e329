//! The app state and its one reducer. Every change goes through an `Action`, which is plain
//! data; the reducer is pure (saving to the device happens in an effect in `App`) and matches
//! every action by name, so the compiler says when a new one is not handled. The state is split
//! by concern, and so are the reducer's handlers: `catalogue` (the questionnaires on offer),
//! `flow` (the assessment in progress), `records` (what the device keeps: profile, language,
//! saved assessments) and `screen` (the page, the dialog, the notices). Domain rules live in
//! the core (`session`, `history`, `outcome`, `backup`); this only wires them to the state.

mod catalogue;
mod flow;
mod notice;
mod outbox;
#[cfg(feature = "consultant")]
mod own;
mod records;
mod screen;

use std::rc::Rc;

use yew::Reducible;

use client_fit_core::answers::{Answer, Answers, Blink};
use client_fit_core::backup::Custom;
use client_fit_core::draft::{Change, Draft};
use client_fit_core::edit::EditError;
use client_fit_core::embed::Reveal;
use client_fit_core::history::Assessment;
use client_fit_core::model::{Impression, Questionnaire};
use client_fit_core::outcome::{ClientOutcome, Link};
use client_fit_core::own::{Own, Version};
use client_fit_core::profile::Profile;
use client_fit_core::profile_edit::ProfileEdit;
use client_fit_core::session::{Session, Step};
use client_fit_core::share::{ShareError, Shared};
use client_fit_core::small_map::SmallSet;
use client_fit_core::snippet::{SnippetChoices, SnippetEdit};
use client_fit_core::storage::Saved;
use client_fit_core::submit::{Outgoing, SendFailure, SendState, SubmitFormat};
use client_fit_core::work::Overrule;

use crate::address::Place;
use crate::assessed::{Assessed, AssessedCache};
use crate::content::ContentError;
use crate::store;

pub use crate::view::View;
pub use notice::{ImportReport, Notice};

/// How a widget embedded on a host page behaves: set by the consultant in the snippet.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Embedded {
    /// The one questionnaire the widget shows.
    pub questionnaire: String,
    /// What the prospect sees once they have answered.
    pub reveal: Reveal,
    /// Who the answers go to, named on the end screen.
    pub consultant_name: String,
    /// Where the answers go by email.
    pub consultant_email: String,
    /// The consultant's own endpoint the answers are posted to at the end, if any.
    pub submit_url: Option<String>,
    /// How they are posted there.
    pub submit_as: SubmitFormat,
}

/// Which app or widget this is: fixed at start.
#[derive(Clone, Debug, PartialEq)]
pub struct Setup {
    /// Makes element ids unique when several widgets share a page.
    pub instance: u32,
    /// Set when the app is a widget on a consultant's page, answered by a prospect.
    pub embedded: Option<Rc<Embedded>>,
    /// Whether changes are saved to the device; off when that would destroy something.
    pub saving: bool,
    /// Whether each step and page has its own page address (`crate::address`): on the app's
    /// own page only, never in a widget, whose host's history is not ours.
    pub addresses: bool,
    /// Where the built-in questionnaire files are (see `Start::content_base`): the snippet
    /// page's preview fetches from there too.
    pub content_base: String,
    /// The device storage key everything is kept under (the snippet page's preview keeps its
    /// own beside it).
    pub storage_key: String,
}

/// The questionnaires on offer, and those that would not load.
#[derive(Clone, Debug, PartialEq)]
pub struct Catalogue {
    /// The questionnaires, built-ins first in their order.
    pub questionnaires: Rc<Vec<Rc<Questionnaire>>>,
    /// The JSON of those that are not built in, kept with the history.
    pub custom_sources: Rc<Vec<(String, Rc<serde_json::Value>)>>,
    /// Problems of questionnaires that would not load.
    pub load_problems: Rc<Vec<ContentError>>,
    /// The kept versions of own questionnaires (`Records::versions`) read back, by
    /// fingerprint: what their assessments open with (`State::questionnaire_of`).
    pub earlier: Rc<Vec<(String, Rc<Questionnaire>)>>,
}

/// What the device keeps for the consultant, besides the assessment in progress.
#[derive(Clone, Debug, PartialEq)]
pub struct Records {
    /// The interface language.
    pub language: String,
    /// The ideal client profile every score compares with.
    pub profile: Rc<Profile>,
    /// Saved assessments, oldest first.
    pub history: Rc<Vec<Assessment>>,
    /// Whether "Your terms first" was answered or skipped (kept with the settings).
    pub profile_asked: bool,
    /// Whether sections are answered one question at a time (else the whole section shows):
    /// the person's choice on this device, `store::one_question`.
    pub one_question: bool,
    /// The choices on "Put it on your site" (`store::snippet_choices`), without the profile:
    /// the page adds the one above when it writes the snippet.
    pub snippet: Rc<SnippetChoices>,
    /// The consultant's own questionnaires, made on the Questionnaires page, with the marks of
    /// deleted ones (`core::own`).
    pub own: Rc<Vec<Own>>,
    /// The versions of own questionnaires that assessments were made with (`core::own::Version`),
    /// kept whatever becomes of the questionnaires.
    pub versions: Rc<Vec<Version>>,
}

/// The assessment in progress.
#[derive(Clone, Debug, PartialEq)]
pub struct Flow {
    /// Its answers and where it is, if one is in progress.
    pub session: Option<Rc<Session>>,
    /// The questionnaire of `session`, from the catalogue.
    pub questionnaire: Option<Rc<Questionnaire>>,
    /// Number fields whose typed text does not read, or is out of range, by entry: a question's
    /// id, or a `terms.` field of "Your terms first" (question ids never contain a dot). Next
    /// does not move on while one of them is on the current step.
    pub invalid_entries: Rc<SmallSet<String>>,
    /// The last scored result, shared by every state that follows (see `State::assessed`).
    pub assessed_cache: Rc<AssessedCache>,
    /// One question at a time: the question shown on the current section, by its index in the
    /// section (`None`: its first shown question). See `Session::current_question`.
    pub question: Option<usize>,
}

/// What is on screen besides the assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Screen {
    /// The page shown.
    pub view: View,
    /// Whether "Start over" is asking for confirmation.
    pub confirming_start_over: bool,
    /// What to tell the person, oldest first.
    pub notices: Vec<Notice>,
    /// How many times the browser's Back or Forward brought the person somewhere: each arrival
    /// re-renders, so the address is put right even when the place could not be reached.
    pub arrivals: u32,
    /// The id of the own questionnaire the confirmation asks to delete, while it asks.
    pub confirming_delete: Option<String>,
    /// The own questionnaire open in the editor on the Questionnaires page, with its undo and
    /// redo.
    pub editing: Option<Rc<Draft>>,
    /// Why the editor's last change was refused (it changed nothing), until the next change.
    pub edit_refused: Option<EditError>,
    /// The language the editor writes texts in (and its preview shows), one the questionnaire
    /// offers; `None`, or one no longer offered, is its default (see
    /// `draft::writing_language`). The editor's own: not part of the questionnaire.
    pub writing_in: Option<String>,
    /// The answers given in the editor's preview: they live only here, never in the history.
    /// Kept while the questionnaire is edited (an answer to a question since deleted, or that
    /// no longer fits it, counts for nothing), dropped when another questionnaire is opened.
    pub preview: Rc<Answers>,
    /// The first impression given in the preview (a screening's or a check-up's), judged with
    /// its answers as an assessment's would be; it goes with them.
    pub preview_impression: Option<Impression>,
}

/// Everything the app shows, split by concern.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// Which app or widget this is.
    pub setup: Rc<Setup>,
    /// The questionnaires on offer.
    pub catalogue: Catalogue,
    /// The profile, language and saved assessments.
    pub records: Records,
    /// The assessment in progress.
    pub flow: Flow,
    /// The page, the dialog and the notices.
    pub screen: Screen,
    /// A widget's send of the answers to the consultant's endpoint, if it posts them.
    pub outbox: Outbox,
}

/// A widget's send of the prospect's answers (see `core::submit`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outbox {
    /// The send kept on the device: pending until the endpoint accepts it, then the record of
    /// what went (`store::outbox`).
    pub kept: Option<Rc<Outgoing>>,
    /// What happened to the last attempt in this visit.
    pub state: SendState,
}

/// Whether sections show one question at a time until the person chooses: the layout that
/// measured best (`docs/performance.md`, "The effort of a screening").
pub const DEFAULT_ONE_QUESTION: bool = true;

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
    /// Makes element ids unique when several instances share a page.
    pub instance: u32,
    /// The questionnaires on offer so far (others arrive after the first paint).
    pub catalogue: Rc<Vec<Rc<Questionnaire>>>,
    /// Questionnaires that would not load.
    pub load_problems: Rc<Vec<ContentError>>,
    /// The interface language, unless the device saved another.
    pub language: String,
    /// What reading the device found to tell.
    pub notices: Vec<Notice>,
    /// What a share link in the address held, to open once the app is up.
    pub shared: Option<Result<Shared, ShareError>>,
    /// A questionnaire to begin at once (`?questionnaire=intake`), when nothing is in progress.
    pub begin: Option<String>,
    /// The clock at start-up, for anything restored into the history.
    pub now_ms: f64,
    /// Whether changes may be saved to the device (see `store::Restored::saving`).
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
    /// Whether steps and pages have page addresses (see `Setup::addresses`).
    pub addresses: bool,
    /// Whether sections show one question at a time (see `Records::one_question`).
    pub one_question: bool,
    /// A widget's send kept on the device from an earlier visit (`store::outbox`).
    pub outbox: Option<Outgoing>,
    /// The choices last made on "Put it on your site" (see `Records::snippet`).
    pub snippet: SnippetChoices,
}

/// Every change to the state, as plain data.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Switches the interface language.
    SetLanguage(String),
    /// A questionnaire file arrived (fetched after start-up, or in a newly chosen language): it
    /// joins the catalogue, replacing the one with its id.
    Loaded(Rc<Questionnaire>),
    /// A questionnaire file could not be fetched or read.
    LoadFailed(ContentError),
    /// The interface's words in a newly chosen language were installed (the widget fetches
    /// them, `content::ui_words`): nothing changes but everything is drawn again in them.
    WordsArrived,
    /// Goes to a page.
    Show(View),
    /// The browser's Back or Forward (or a link) brought the person to a place: its page, or
    /// its step when an assessment is in progress.
    Arrive(Place),
    /// At a widget's end: queue the send of the answers to the consultant's endpoint, under
    /// `key` if it is a new send (see `core::submit::Outgoing::queue`).
    QueueSend {
        /// A fresh idempotency key, used only when the answers differ from the kept send's.
        key: String,
    },
    /// A request for the send under this key is going out.
    SendStarted(String),
    /// The browser is offline: the kept send waits.
    SendOffline,
    /// The answer to the request for the send under `key`.
    SendDone {
        /// The send's idempotency key.
        key: String,
        /// Accepted, or why not.
        result: Result<(), SendFailure>,
        /// When the answer came (milliseconds since the Unix epoch).
        now_ms: f64,
    },
    /// Try the kept send again: the prospect's Retry, or the browser back online.
    RetrySend,
    /// Replaces the whole profile.
    SetProfile(Profile),
    /// Applies one edit to the profile as it is when the action runs, so quick successive
    /// edits (autofill fills several fields at once) never overwrite each other.
    EditProfile(ProfileEdit),
    /// Applies one edit to the choices on "Put it on your site", as they are when it runs.
    EditSnippet(SnippetEdit),
    /// Begins a questionnaire, for a client (empty: unnamed).
    Begin {
        /// The questionnaire's id.
        questionnaire: String,
        /// The client's name as typed.
        client: String,
    },
    /// Sets the whole first impression.
    SetBlink(Blink),
    /// Sets the first impression, keeping the line on why.
    SetImpression(Impression),
    /// The one line on why, kept with whatever impression is set (unsure until one is).
    SetBlinkWhy(String),
    /// Adds or removes one option of a multiple-choice answer ("don't know" becomes a choice).
    ToggleChoice {
        /// The question's id.
        question: String,
        /// The option's id.
        option: String,
    },
    /// Sets (or, with `None`, clears) the answer to a question.
    Answer {
        /// The question's id.
        question: String,
        /// The answer.
        answer: Option<Answer>,
    },
    /// Goes to the next step, unless an entry on this one does not read.
    Next,
    /// Goes to the step before.
    Back,
    /// Answers one question at a time, or shows whole sections.
    SetOneQuestion(bool),
    /// One question at a time: a single choice was just made on this question (its index in
    /// the current section), so the next one comes; nothing happens if the person has moved.
    AdvanceFrom(usize),
    /// A number field's typed text stopped or started reading as a number in range (`entry`: see
    /// `Flow::invalid_entries`).
    SetEntryInvalid {
        /// The field's entry name.
        entry: String,
        /// Whether it does not read now.
        invalid: bool,
    },
    /// Leaves "Your terms first" for the first impression; it is not asked again. Continuing is
    /// refused while a field there does not read; skipping never is.
    TermsDone {
        /// Whether the person skipped it rather than filled it in.
        skipped: bool,
    },
    /// Jump to a step, from the review's list of unanswered questions.
    GoTo(Step),
    /// Asks to confirm starting over.
    AskStartOver,
    /// Keeps the assessment after all.
    CancelStartOver,
    /// Discards the assessment in progress (a widget begins its questionnaire afresh).
    StartOver,
    /// Shows a notice (once, however often it is sent).
    Notify(Notice),
    /// Removes a notice.
    Dismiss(Notice),
    /// The consultant's notes on the assessment in progress.
    SetNotes(String),
    /// Names the client of the assessment in progress (the prospect names themself in a widget).
    SetClient(String),
    /// Ticks a safeguard of the result's checklist on or off.
    ToggleSafeguard(String),
    /// Overrules the computed verdict (with its reason), or removes the overrule.
    Overrule(Option<Overrule>),
    /// Saves the assessment in progress to the history (sent by the app's effect whenever
    /// `State::needs_saving`).
    SaveToHistory {
        /// The clock's time.
        now_ms: f64,
    },
    /// Leaves the assessment on screen, saved, for the start page of the next one.
    NewScreening {
        /// The clock's time.
        now_ms: f64,
    },
    /// Opens a saved assessment; one in progress goes to the history first.
    Open {
        /// The saved assessment's id.
        id: String,
        /// The clock's time.
        now_ms: f64,
    },
    /// Renames the client of a saved assessment (and of its open copy).
    Rename {
        /// The saved assessment's id.
        id: String,
        /// The new name.
        client: String,
        /// The clock's time.
        now_ms: f64,
    },
    /// Deletes a saved assessment.
    Delete(String),
    /// Records a client's outcome on a saved screening of them (`None` clears it).
    SetOutcome {
        /// The saved screening's id.
        id: String,
        /// What became of the client.
        outcome: Option<ClientOutcome>,
        /// The clock's time.
        now_ms: f64,
    },
    /// Links a saved check-up to a screening by hand, unlinks it, or (`None`) lets the client's
    /// name decide.
    Link {
        /// The saved check-up's id.
        id: String,
        /// The link.
        link: Option<Link>,
        /// The clock's time.
        now_ms: f64,
    },
    /// Starts a new assessment of a saved one's client; one in progress goes to the history first.
    Reassess {
        /// The earlier assessment's id.
        id: String,
        /// The clock's time.
        now_ms: f64,
    },
    /// Shows answers from a share link; an assessment in progress goes to the history first.
    OpenShared {
        /// What the link held.
        shared: Shared,
        /// The clock's time.
        now_ms: f64,
    },
    /// Reads a backup file's text and merges it into the current history.
    Import(String),
    /// Makes a new own questionnaire: blank, or a copy of a questionnaire on offer.
    NewOwn {
        /// The id of the questionnaire to copy; `None` for a blank one.
        copy_of: Option<String>,
        /// The clock's time.
        now_ms: f64,
    },
    /// Reads a questionnaire file's text to keep as an own questionnaire (a wrong file changes
    /// nothing and says why).
    ImportOwn {
        /// The file's text.
        text: String,
        /// The clock's time.
        now_ms: f64,
    },
    /// Asks before deleting an own questionnaire (`None`: the question is cancelled).
    AskDeleteOwn(Option<String>),
    /// Deletes an own questionnaire (once confirmed).
    DeleteOwn {
        /// Its id.
        id: String,
        /// The clock's time.
        now_ms: f64,
    },
    /// Opens an own questionnaire in the editor (`None`: closes the editor).
    EditOwn(Option<String>),
    /// Makes one change to the questionnaire open in the editor (refused changes say why).
    ChangeOwn {
        /// The change.
        change: Change,
        /// The clock's time.
        now_ms: f64,
    },
    /// Writes the editor's texts in this language from now on (one the questionnaire offers).
    WriteIn(String),
    /// Undoes the editor's last change.
    UndoOwn {
        /// The clock's time.
        now_ms: f64,
    },
    /// Redoes the editor's last undone change.
    RedoOwn {
        /// The clock's time.
        now_ms: f64,
    },
    /// Answers a question in the editor's preview (`None` clears the answer).
    PreviewAnswer {
        /// The question's id.
        question: String,
        /// The answer.
        answer: Option<Answer>,
    },
    /// Replaces all the preview's answers: an example of "what answers lead to each verdict"
    /// tried out, or (empty) a fresh start.
    SetPreview(Answers),
    /// Sets (or, with `None`, clears) the first impression in the editor's preview.
    SetPreviewImpression(Option<Impression>),
    /// Offers the questionnaire open in the editor, once it has no error: it joins the
    /// questionnaires on offer (the start page, or the snippet page for an intake).
    UseOwn,
    /// Takes in what another tab stored (heard through the storage event, or met while
    /// saving): its assessments and deletes, and its profile edits. What this tab is doing
    /// (the assessment in progress, the page shown) stays.
    Stored(store::Incoming),
}

impl Start {
    /// The consultant's app with nothing on offer yet, in `language`; `notices` and `saving`
    /// come from reading the device (see `store::Restored`); the clock reads 0 until set. The
    /// one way a start is made: the component and the tests set the other fields from here.
    pub fn new(language: String, notices: Vec<Notice>, saving: bool) -> Self {
        Start {
            view: View::Assess,
            instance: 0,
            catalogue: Rc::default(),
            load_problems: Rc::default(),
            language,
            notices,
            shared: None,
            begin: None,
            now_ms: 0.0,
            saving,
            content_base: String::new(),
            embedded: None,
            custom_sources: Vec::new(),
            storage_key: client_fit_core::storage::STORAGE_KEY.to_owned(),
            addresses: false,
            one_question: DEFAULT_ONE_QUESTION,
            outbox: None,
            snippet: SnippetChoices::default(),
        }
    }
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
            setup: Rc::new(Setup {
                instance: start.instance,
                embedded: start.embedded.clone(),
                saving: start.saving,
                addresses: start.addresses,
                content_base: start.content_base.clone(),
                storage_key: start.storage_key.clone(),
            }),
            catalogue: Catalogue {
                questionnaires: start.catalogue.clone(),
                custom_sources: Rc::new(start.custom_sources.clone()),
                load_problems: start.load_problems,
                earlier: Rc::default(),
            },
            records: Records {
                language: saved.language.clone().unwrap_or(start.language),
                profile: Rc::new(saved.profile),
                history: Rc::new(saved.history),
                profile_asked: saved.profile_asked,
                one_question: start.one_question,
                snippet: Rc::new(start.snippet.clone()),
                own: Rc::new(saved.own),
                versions: Rc::default(),
            },
            flow: Flow {
                session: None,
                questionnaire: None,
                invalid_entries: Rc::default(),
                assessed_cache: Rc::default(),
                question: None,
            },
            screen: Screen {
                view: start.view,
                confirming_start_over: false,
                notices: start.notices,
                arrivals: 0,
                confirming_delete: None,
                editing: None,
                edit_refused: None,
                writing_in: None,
                preview: Rc::default(),
                preview_impression: None,
            },
            outbox: Outbox {
                // A send kept from an earlier visit goes where the page now says (a pending one
                // is the same submission, sent to the address given now); a page that no longer
                // posts keeps none.
                kept: start
                    .embedded
                    .as_deref()
                    .and_then(|e| Some((e.submit_url.as_deref()?, e.submit_as)))
                    .and_then(|(url, format)| Some(start.outbox?.retarget(url, format)))
                    .map(Rc::new),
                state: SendState::Waiting,
            },
        }
        .with_custom(kept)
        .with_versions(saved.versions);
        if let Some(session) = saved.session {
            match state.questionnaire_of(&session.work) {
                Some(questionnaire) => {
                    state.flow.session = Some(Rc::new(session.repaired(&questionnaire)));
                    state.flow.questionnaire = Some(questionnaire);
                }
                // Its questionnaire is gone (renamed or removed): keep the answers in the
                // history rather than drop them.
                None if !session.work.answers.is_empty() => {
                    let (history, _) = state.history_with(&session, start.now_ms);
                    state.records.history = Rc::new(history);
                    state.screen.notices.push(Notice::InProgressKept);
                }
                None => {}
            }
        }
        if state.flow.session.is_none()
            && let Some(questionnaire) = begin.and_then(|id| state.find(&id))
        {
            let mut session = Session::new(&questionnaire, "");
            if state.asks_terms(&questionnaire) {
                session = session.with_terms_first();
            }
            state.flow.session = Some(Rc::new(session));
            state.flow.questionnaire = Some(questionnaire);
        }
        state
    }

    /// The scored result of the assessment in progress, worked out again only when its answers,
    /// first impression, questionnaire or the profile changed.
    pub fn assessed(&self) -> Option<Rc<Assessed>> {
        let session = self.flow.session.as_deref()?;
        let questionnaire = self.flow.questionnaire.as_ref()?;
        let work = &session.work;
        Some(self.flow.assessed_cache.get(
            questionnaire,
            &self.records.profile,
            &work.answers,
            work.impression(),
        ))
    }

    /// What is kept on the device, borrowed for `store::save` (which compares it with what it
    /// last wrote, by pointer first): nothing is copied. A widget keeps no profile or history.
    pub fn stored(&self) -> store::Snapshot<'_> {
        let app = self.setup.embedded.is_none();
        store::Snapshot {
            language: &self.records.language,
            profile: app.then_some(&self.records.profile),
            profile_asked: self.records.profile_asked,
            questionnaires: if app {
                &self.catalogue.custom_sources
            } else {
                &[]
            },
            session: self.flow.session.as_ref(),
            history: app.then_some(&self.records.history),
            own: if app { &self.records.own } else { &[] },
            versions: if app { &self.records.versions } else { &[] },
        }
    }

    /// This state with another `flow`. Handlers check first that something changed (a deep
    /// comparison here would walk the whole history on every action).
    fn with_flow(self: &Rc<Self>, flow: Flow) -> Rc<Self> {
        Rc::new(State {
            flow,
            ..(**self).clone()
        })
    }

    /// This state with other `records` (see `with_flow`).
    fn with_records(self: &Rc<Self>, records: Records) -> Rc<Self> {
        Rc::new(State {
            records,
            ..(**self).clone()
        })
    }

    /// This state with another `screen` (see `with_flow`).
    fn with_screen(self: &Rc<Self>, screen: Screen) -> Rc<Self> {
        Rc::new(State {
            screen,
            ..(**self).clone()
        })
    }
}

impl Reducible for State {
    type Action = Action;

    /// One handler per action, by name: no catch-all, so an action without a handler does not
    /// compile. Each handler gives back the same `Rc` when nothing changed, so nothing re-renders.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Loaded(questionnaire) => self.loaded(questionnaire),
            Action::LoadFailed(error) => self.load_failed(error),
            Action::WordsArrived => Rc::new((*self).clone()),

            Action::Begin {
                questionnaire,
                client,
            } => self.begin(&questionnaire, &client),
            Action::SetBlink(blink) => self.edit_work(|w| w.blink = Some(blink)),
            Action::SetImpression(impression) => self.set_impression(impression),
            Action::SetBlinkWhy(why) => self.set_blink_why(why),
            Action::ToggleChoice { question, option } => self.toggle_choice(&question, option),
            Action::Answer { question, answer } => self.answer(&question, answer),
            Action::Next => self.next(),
            Action::Back => self.back(),
            Action::SetOneQuestion(one) => self.set_one_question(one),
            Action::AdvanceFrom(question) => self.advance_from(question),
            Action::SetEntryInvalid { entry, invalid } => self.set_entry_invalid(entry, invalid),
            #[cfg(feature = "consultant")]
            Action::TermsDone { skipped } => self.terms_done(skipped),
            Action::GoTo(step) => self.go_to(step),
            Action::StartOver => self.start_over(),
            #[cfg(feature = "consultant")]
            Action::SetNotes(notes) => self.edit_work(|w| w.notes = notes),
            Action::SetClient(client) => self.edit_work(|w| w.client = client),
            #[cfg(feature = "consultant")]
            Action::ToggleSafeguard(id) => self.toggle_safeguard(id),
            #[cfg(feature = "consultant")]
            Action::Overrule(overrule) => self.edit_work(|w| w.overrule = overrule),

            Action::SetLanguage(language) => self.set_language(language),
            #[cfg(feature = "consultant")]
            Action::SetProfile(profile) => self.set_profile(profile),
            #[cfg(feature = "consultant")]
            Action::EditProfile(edit) => {
                let mut profile = (*self.records.profile).clone();
                edit.apply(&mut profile);
                self.set_profile(profile)
            }
            #[cfg(feature = "consultant")]
            Action::EditSnippet(edit) => self.edit_snippet(edit),
            #[cfg(feature = "consultant")]
            Action::SaveToHistory { now_ms } => self.save_to_history(now_ms),
            Action::NewScreening { now_ms } => self.new_screening(now_ms),
            #[cfg(feature = "consultant")]
            Action::Open { id, now_ms } => self.open(&id, now_ms),
            #[cfg(feature = "consultant")]
            Action::Reassess { id, now_ms } => self.reassess(&id, now_ms),
            #[cfg(feature = "consultant")]
            Action::Rename { id, client, now_ms } => self.rename(&id, &client, now_ms),
            #[cfg(feature = "consultant")]
            Action::Delete(id) => self.delete(&id),
            #[cfg(feature = "consultant")]
            Action::SetOutcome {
                id,
                outcome,
                now_ms,
            } => self.set_outcome(&id, outcome, now_ms),
            #[cfg(feature = "consultant")]
            Action::Link { id, link, now_ms } => self.link(&id, link, now_ms),
            #[cfg(feature = "consultant")]
            Action::OpenShared { shared, now_ms } => self.open_shared(shared, now_ms),
            #[cfg(feature = "consultant")]
            Action::Import(text) => self.import(&text),
            #[cfg(feature = "consultant")]
            Action::NewOwn { copy_of, now_ms } => self.new_own(copy_of.as_deref(), now_ms),
            #[cfg(feature = "consultant")]
            Action::ImportOwn { text, now_ms } => self.import_own(&text, now_ms),
            #[cfg(feature = "consultant")]
            Action::AskDeleteOwn(id) => self.ask_delete_own(id),
            #[cfg(feature = "consultant")]
            Action::DeleteOwn { id, now_ms } => self.delete_own(&id, now_ms),
            #[cfg(feature = "consultant")]
            Action::EditOwn(id) => self.edit_own(id.as_deref()),
            #[cfg(feature = "consultant")]
            Action::ChangeOwn { change, now_ms } => self.change_own(&change, now_ms),
            #[cfg(feature = "consultant")]
            Action::WriteIn(language) => self.write_in(language),
            #[cfg(feature = "consultant")]
            Action::UndoOwn { now_ms } => self.undo_own(false, now_ms),
            #[cfg(feature = "consultant")]
            Action::RedoOwn { now_ms } => self.undo_own(true, now_ms),
            #[cfg(feature = "consultant")]
            Action::UseOwn => self.use_own(),
            #[cfg(feature = "consultant")]
            Action::PreviewAnswer { question, answer } => self.preview_answer(question, answer),
            #[cfg(feature = "consultant")]
            Action::SetPreview(answers) => self.set_preview(answers),
            #[cfg(feature = "consultant")]
            Action::SetPreviewImpression(impression) => self.set_preview_impression(impression),
            Action::Stored(incoming) => self.take_in(incoming),

            Action::Show(view) => self.show(view),
            Action::Arrive(place) => self.arrive(place),
            Action::QueueSend { key } => self.queue_send(&key),
            Action::SendStarted(key) => self.send_started(&key),
            Action::SendOffline => self.send_offline(),
            Action::SendDone {
                key,
                result,
                now_ms,
            } => self.send_done(&key, result, now_ms),
            Action::RetrySend => self.retry_send(),
            Action::AskStartOver => self.confirm_start_over(true),
            Action::CancelStartOver => self.confirm_start_over(false),
            Action::Notify(notice) => self.notify(notice),
            Action::Dismiss(notice) => self.dismiss(&notice),

            // The widget's build (without `consultant`) has no page that sends these: the
            // handlers, and the core code behind them (history, share links, backups, outcomes),
            // stay out of it.
            #[cfg(not(feature = "consultant"))]
            Action::TermsDone { .. }
            | Action::SetNotes(_)
            | Action::ToggleSafeguard(_)
            | Action::Overrule(_)
            | Action::SetProfile(_)
            | Action::SaveToHistory { .. }
            | Action::Open { .. }
            | Action::Reassess { .. }
            | Action::Rename { .. }
            | Action::Delete(_)
            | Action::Link { .. }
            | Action::OpenShared { .. }
            | Action::Import(_)
            | Action::NewOwn { .. }
            | Action::ImportOwn { .. }
            | Action::AskDeleteOwn(_)
            | Action::DeleteOwn { .. }
            | Action::EditOwn(_)
            | Action::ChangeOwn { .. }
            | Action::WriteIn(_)
            | Action::UndoOwn { .. }
            | Action::RedoOwn { .. }
            | Action::UseOwn
            | Action::PreviewAnswer { .. }
            | Action::SetPreview(_)
            | Action::SetPreviewImpression(_)
            | Action::EditProfile(_)
            | Action::EditSnippet(_)
            | Action::SetOutcome { .. } => self,
        }
    }
}

//! The root component: owns the state, saves what changed after every action (`store`), takes
//! in other tabs' saves, moves focus on each step and shows the page for the current step.

use std::rc::Rc;

use yew::prelude::*;

use crate::address::Place;
use crate::content::{builtin_url, fetch_questionnaire, ui_words};
use crate::context::AppContext;
use crate::device;
use crate::host_events::{HostCallbacks, use_host_events};
use crate::sender::use_sender;
use crate::state::{Action, Notice, Start, State, View};
use crate::store;
use client_fit_core::builtin::IDS;
use client_fit_core::session::Step;
use client_fit_core::share::ShareError;
use client_fit_core::storage::Saved;
use client_fit_core::ui_text;

use super::{
    BlinkPage, ConfirmDialog, Header, Notices, ProspectEnd, ReassessBanner, ReviewPage, SectionPage,
};
#[cfg(feature = "consultant")]
use super::{
    HistoryPage, ProfilePage, QuestionnairesPage, ResultPage, SitePage, StartPage, TermsPage,
    TrackRecordPage,
};

/// What the app starts from: prepared by [`crate::ClientFit`] (or by a test).
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The questionnaires on offer, and anything found while reading the device.
    pub start: Rc<Start>,
    /// What the device had saved (the browser entry point reads it; tests pass their own).
    pub saved: Rc<Saved>,
    /// What the host hears: ready, change and complete, each with the event payload.
    #[prop_or_default]
    pub callbacks: HostCallbacks,
}

/// The whole app inside a context provider: owns the state, saves it, moves focus on each step
/// and shows the page for the current step. Mounted by [`crate::ClientFit`] once it is ready.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| State::restore((*props.start).clone(), (*props.saved).clone()));
    use_sender(&state, &props.start.storage_key);

    {
        // A share link in the address opens once, after the first paint.
        let (dispatcher, shared) = (state.dispatcher(), props.start.shared.clone());
        use_effect_with((), move |_| match shared {
            Some(Ok(shared)) => {
                dispatcher.dispatch(Action::OpenShared {
                    shared,
                    now_ms: device::now_ms(),
                });
                device::clear_fragment();
            }
            // Somebody else's fragment (an anchor on the host page) is none of our business.
            Some(Err(ShareError::NotOurs)) | None => {}
            Some(Err(error)) => dispatcher.dispatch(Action::Notify(Notice::ShareBroken(error))),
        });
    }
    {
        // Saved after every render. `store::save` compares the state's `Rc`s with what it last
        // wrote and writes only the keys whose content changed, so an action that changes
        // nothing stored costs a few pointer comparisons, however long the history.
        let (dispatcher, current) = (state.dispatcher(), state.clone());
        let key = props.start.storage_key.clone();
        use_effect(move || {
            if current.setup.saving {
                let report = store::save(&key, &current.stored());
                if !report.incoming.is_empty() {
                    dispatcher.dispatch(Action::Stored(report.incoming));
                }
                if let Some(problem) = report.problem {
                    dispatcher.dispatch(Action::Notify(problem.into()));
                }
            }
        });
    }
    {
        // Assessments save themselves: on reaching their result, then on every change to them.
        let (dispatcher, current) = (state.dispatcher(), state.clone());
        use_effect(move || {
            if current.needs_saving() {
                dispatcher.dispatch(Action::SaveToHistory {
                    now_ms: device::now_ms(),
                });
            }
        });
    }
    {
        // Another tab's saves (its assessments, deletes and profile edits) are taken in here
        // as they happen, without a reload.
        let dispatcher = state.dispatcher();
        let key = props.start.storage_key.clone();
        use_effect_with((), move |_| {
            let listener = store::listen(&key, move |incoming| {
                dispatcher.dispatch(Action::Stored(incoming));
            });
            move || drop(listener)
        });
    }

    {
        // After the first paint, and whenever the language changes: every built-in
        // questionnaire in the language shown. Those already here in it are not fetched again.
        let (dispatcher, current, base) = (
            state.dispatcher(),
            state.clone(),
            props.start.content_base.clone(),
        );
        // A widget shows one questionnaire: only it follows the language.
        let offered: Vec<&'static str> = match &state.setup.embedded {
            Some(_) => IDS
                .into_iter()
                .filter(|id| state.catalogue.questionnaires.iter().any(|q| q.id == *id))
                .collect(),
            None => IDS.to_vec(),
        };
        let started_in = props.start.language.clone();
        use_effect_with(state.records.language.clone(), move |language| {
            // The widget's words in a newly chosen language: fetched once, then drawn. The
            // language it started in was fetched before the first draw (`prepare`), and is
            // not asked for again if that failed.
            if *language != started_in && ui_text::needs_table(language) {
                let (words, dispatcher) = (ui_words(&base, language), dispatcher.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    words.await;
                    dispatcher.dispatch(Action::WordsArrived);
                });
            }
            let missing = offered.into_iter().filter(|id| {
                !current
                    .catalogue
                    .questionnaires
                    .iter()
                    .any(|q| q.id == *id && q.default_language == *language)
            });
            for id in missing {
                let fetch = fetch_questionnaire(builtin_url(&base, id, language));
                let dispatcher = dispatcher.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    dispatcher.dispatch(match fetch.await {
                        Ok(questionnaire) => Action::Loaded(Rc::new(questionnaire)),
                        Err(error) => Action::LoadFailed(error),
                    });
                });
            }
        });
    }

    {
        let own_page = state.setup.embedded.is_none();
        use_effect_with(state.records.language.clone(), move |language| {
            if own_page {
                device::set_page_language(language);
            }
        });
    }

    {
        // The choice of one question at a time or whole sections is kept once it is made.
        let first = use_mut_ref(|| true);
        use_effect_with(state.records.one_question, move |one| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                store::set_one_question(*one);
            }
        });
    }

    {
        // The choices on "Put it on your site" are kept once they change (the app's only: a
        // widget has no such page).
        let first = use_mut_ref(|| true);
        let key = props.start.storage_key.clone();
        let keeps = state.setup.embedded.is_none() && state.setup.saving;
        use_effect_with(state.records.snippet.clone(), move |choices| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) && keeps {
                store::set_snippet_choices(&key, choices);
            }
        });
    }

    let root = use_node_ref();
    let step = state.flow.session.as_ref().map(|s| s.step);
    let view = state.screen.view;
    let question = state.one_question_shown();
    {
        // Focus follows each step, but not on first paint: on a host page that would jump. One
        // question at a time, a new question of the same section takes the focus instead, so
        // the next answer is where the keyboard is.
        let first = use_mut_ref(|| true);
        let last_step = use_mut_ref(|| None);
        let instance = state.setup.instance;
        let root = root.clone();
        use_effect_with((view, step, question), move |(view, step, question)| {
            let same_step = *last_step.borrow() == Some((*view, *step));
            *last_step.borrow_mut() = Some((*view, *step));
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            let target = match question {
                Some(_) if same_step => "current-question",
                _ => "heading",
            };
            device::focus(&format!("cf{instance}-{target}"), &root);
        });
    }
    {
        let (dispatcher, addresses) = (state.dispatcher(), state.setup.addresses);
        // Before the effect below puts the address right: it must read the address as loaded.
        use_effect_with((), move |_| {
            // A link to a page (`?page=history`) opens it; a step opens when its assessment is
            // the one restored.
            let arrive = move || Place::parse(&device::page_query());
            let listener = addresses.then(|| {
                let first = arrive();
                if first != Place::Start {
                    dispatcher.dispatch(Action::Arrive(first));
                }
                device::listen("popstate", move |_| {
                    dispatcher.dispatch(Action::Arrive(arrive()))
                })
            });
            move || drop(listener)
        });
    }
    {
        // Each step and page has its own address (`crate::address`): a move pushes a history
        // entry, so Back and Forward go between steps; arriving by Back or Forward pushes
        // nothing, but an address the app could not follow is put right. Back never leaves an
        // assessment in progress: arriving mid-way where it cannot go (the start page, the
        // terms already answered) pushes its step again.
        let addresses = state.setup.addresses;
        let place = state.place();
        let mid_flow = state
            .flow
            .session
            .as_ref()
            .is_some_and(|s| s.step != Step::Result);
        let seen_arrivals = use_mut_ref(|| None::<u32>);
        use_effect_with((place, state.screen.arrivals), move |(place, arrivals)| {
            if addresses {
                let first = seen_arrivals.borrow().is_none();
                let arrived = seen_arrivals.borrow().is_some_and(|seen| seen != *arrivals);
                *seen_arrivals.borrow_mut() = Some(*arrivals);
                let there = Place::parse(&device::page_query());
                if there != *place {
                    let push = !first && (!arrived || mid_flow);
                    device::set_page_query(&place.query(), push);
                }
            }
        });
    }
    use_host_events(&state, &props.callbacks);

    let page = match (state.screen.view, step) {
        #[cfg(feature = "consultant")]
        (View::Profile, _) => html! { <ProfilePage /> },
        #[cfg(feature = "consultant")]
        (View::History, _) => html! { <HistoryPage /> },
        #[cfg(feature = "consultant")]
        (View::TrackRecord, _) => html! { <TrackRecordPage /> },
        #[cfg(feature = "consultant")]
        (View::Site, _) => html! { <SitePage /> },
        #[cfg(feature = "consultant")]
        (View::Questionnaires, _) => html! { <QuestionnairesPage /> },
        (View::Assess, Some(Step::Result)) if state.setup.embedded.is_some() => {
            html! { <ProspectEnd /> }
        }
        (View::Assess, step) => assess_page(step),
        // The widget has no pages but the questionnaire's: a prospect cannot reach the others.
        #[cfg(not(feature = "consultant"))]
        _ => Html::default(),
    };
    let wide =
        view == View::Site || (view == View::Questionnaires && state.screen.editing.is_some());
    html! {
        <ContextProvider<AppContext> context={AppContext { state: state.clone(), root: root.clone() }}>
            // The snippet page holds its preview beside the choices, and the editor its preview
            // beside the form: they take more width.
            <div class={classes!("cf-app", wide.then_some("cf-app-wide"))}
                lang={state.records.language.clone()} ref={root}>
                <Header />
                <Notices />
                <main class="cf-main">
                    // Above the page rather than in each one: the same element on every step
                    // of a re-assessment, so it is not announced anew with each step.
                    if state.screen.view == View::Assess {
                        <ReassessBanner />
                    }
                    { page }
                </main>
                <ConfirmDialog />
            </div>
        </ContextProvider<AppContext>>
    }
}

/// The page of the questionnaire flow for a step (or the start page without a session).
/// Without the `consultant` feature (the prospect's widget), the steps only the consultant meets
/// (the start page, "Your terms first", the full result) draw nothing: a widget begins its
/// questionnaire at once, never asks the terms, and ends on [`ProspectEnd`].
fn assess_page(step: Option<Step>) -> Html {
    match step {
        #[cfg(feature = "consultant")]
        None => html! { <StartPage /> },
        #[cfg(feature = "consultant")]
        Some(Step::Terms) => html! { <TermsPage /> },
        Some(Step::Blink) => html! { <BlinkPage /> },
        Some(Step::Section(index)) => html! { <SectionPage {index} /> },
        Some(Step::Review) => html! { <ReviewPage /> },
        #[cfg(feature = "consultant")]
        Some(Step::Result) => html! { <ResultPage /> },
        #[cfg(not(feature = "consultant"))]
        None | Some(Step::Terms | Step::Result) => Html::default(),
    }
}

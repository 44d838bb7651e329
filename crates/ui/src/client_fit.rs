//! `ClientFit`: the component another Yew app mounts. It reads the device, fetches the
//! questionnaires it needs, then shows the app; what happens comes back through callbacks.

use std::rc::Rc;

use yew::prelude::*;

#[cfg(feature = "consultant")]
use client_fit_core::builtin::IDS;
use client_fit_core::embed::{QuestionnaireSource, Reveal};
use client_fit_core::model::Questionnaire;
use client_fit_core::profile::Profile;
#[cfg(feature = "consultant")]
use client_fit_core::share;
use client_fit_core::storage::{STORAGE_KEY, Saved};
use client_fit_core::submit::{SubmitFormat, check_submit_url};
use client_fit_core::text::pick_language;

use crate::components::{App, StartError, StartErrorBox};
use crate::content::{self, ContentError};
use crate::device;
use crate::host_events::HostCallbacks;
use crate::state::{Embedded, Notice, Start};
use crate::store;

/// What the component is given. Everything has a default: `<ClientFit />` alone is the
/// consultant's app, keeping its data under the key `client-fit`.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct ClientFitProps {
    /// A questionnaire for a prospect to answer: built in (by id), a file on the host's own
    /// site, or one given inline. Without it, the component is the consultant's own app, with
    /// the start page, the profile and the history.
    #[prop_or_default]
    pub questionnaire: Option<QuestionnaireSource>,
    /// The consultant's ideal client profile, to score a prospect's answers against. It is never
    /// shown to the prospect. Ignored in the consultant's app, which keeps its own.
    #[prop_or_default]
    pub profile: Option<Rc<Profile>>,
    /// A fixed interface language (`en`, `es`, `ro`, `da`); otherwise the one last picked on
    /// this device, or the browser's.
    #[prop_or_default]
    pub language: Option<AttrValue>,
    /// What a prospect sees once they have answered.
    #[prop_or_default]
    pub reveal: Reveal,
    /// Who a prospect's answers go to, named on the end screen.
    #[prop_or_default]
    pub consultant_name: AttrValue,
    /// Where a prospect's answers go by email.
    #[prop_or_default]
    pub consultant_email: AttrValue,
    /// The consultant's own endpoint a prospect's answers are posted to at the end (checked
    /// with `client_fit_core::submit::check_submit_url`); without it, the prospect hands them
    /// over by file or email.
    #[prop_or_default]
    pub submit_url: Option<AttrValue>,
    /// How the answers are posted to `submit_url`.
    #[prop_or_default]
    pub submit_as: SubmitFormat,
    /// The device storage key everything is kept under; give each instance on a page its own.
    #[prop_or(AttrValue::Static(STORAGE_KEY))]
    pub storage_key: AttrValue,
    /// The address of the folder holding `questionnaires/` (empty: beside the page).
    #[prop_or_default]
    pub content_base: AttrValue,
    /// In the consultant's app: a built-in questionnaire to begin at once when nothing is in
    /// progress (`?questionnaire=intake` on the app's own page).
    #[prop_or_default]
    pub begin: Option<AttrValue>,
    /// In the consultant's app: a share link's fragment (the part after `#`) to open.
    #[prop_or_default]
    pub share_link: Option<AttrValue>,
    /// Makes element ids unique when several instances share a page: give each its own.
    #[prop_or_default]
    pub instance: u32,
    /// Whether each step and page gets its own page address (`?step=section-2`), so the
    /// browser's Back and Forward move between steps and a reload keeps the step. Only for an
    /// app that owns its page: a component on someone else's page leaves their history alone.
    #[prop_or_default]
    pub addresses: bool,
    /// Called once the first screen shows, with the event payload (as the widget's
    /// `client-fit:ready` DOM event).
    #[prop_or_default]
    pub on_ready: Option<Callback<serde_json::Value>>,
    /// Called after each answer, with the answers so far (`client-fit:change`).
    #[prop_or_default]
    pub on_change: Option<Callback<serde_json::Value>>,
    /// Called when the person reaches the end, with the answers and the outcome
    /// (`client-fit:complete`).
    #[prop_or_default]
    pub on_complete: Option<Callback<serde_json::Value>>,
}

/// The Client Fit questionnaire, result and history, as one component.
///
/// It first reads the device and fetches what it needs (nothing shows meanwhile), then shows
/// the questionnaire. A questionnaire that cannot be had shows a short error in its place.
///
/// # Example
///
/// A prospect's intake, with the result reported to the host app:
///
/// ```no_run
/// use client_fit_core::embed::Reveal;
/// use client_fit_ui::{ClientFit, QuestionnaireSource};
/// use yew::prelude::*;
///
/// #[component]
/// fn Intake() -> Html {
///     let on_complete = Callback::from(|payload: serde_json::Value| {
///         web_sys::console::log_1(&payload.to_string().into());
///     });
///     html! {
///         <ClientFit
///             questionnaire={QuestionnaireSource::Builtin("intake".into())}
///             reveal={Reveal::Summary}
///             consultant_name="Vega Studio"
///             storage_key="my-site.intake"
///             {on_complete}
///         />
///     }
/// }
/// ```
#[component]
pub fn ClientFit(props: &ClientFitProps) -> Html {
    // Prepared again when a setting changes, not when the host passes new callbacks.
    let settings = ClientFitProps {
        on_ready: None,
        on_change: None,
        on_complete: None,
        ..props.clone()
    };
    let prepared = use_state(|| None::<(u32, Result<Rc<(Start, Saved)>, StartError>)>);
    let generation = use_mut_ref(|| 0_u32);
    {
        let prepared = prepared.clone();
        use_effect_with(settings, move |settings| {
            let settings = settings.clone();
            let this = {
                let mut generation = generation.borrow_mut();
                *generation += 1;
                *generation
            };
            wasm_bindgen_futures::spawn_local(async move {
                let start = prepare(&settings).await.map(Rc::new);
                if let Err(error) = &start {
                    // The details go to the console too, for the page's developer.
                    web_sys::console::error_1(&format!("Client Fit: {error}").into());
                }
                prepared.set(Some((this, start)));
            });
        });
    }
    match &*prepared {
        None => Html::default(),
        Some((generation, Ok(ready))) => {
            let (start, saved) = &**ready;
            let callbacks = HostCallbacks {
                on_ready: props.on_ready.clone(),
                on_change: props.on_change.clone(),
                on_complete: props.on_complete.clone(),
            };
            html! {
                // A new preparation is a new app: its state starts from the new start.
                <App key={*generation} start={Rc::new(start.clone())} saved={Rc::new(saved.clone())} {callbacks} />
            }
        }
        Some((_, Err(error))) => html! { <StartErrorBox error={error.clone()} /> },
    }
}

impl ClientFitProps {
    /// The consultant's app, on its own page, with what the page's address asks for.
    pub fn app(begin: Option<String>, share_link: Option<String>) -> Self {
        ClientFitProps {
            questionnaire: None,
            profile: None,
            language: None,
            reveal: Reveal::default(),
            consultant_name: AttrValue::default(),
            consultant_email: AttrValue::default(),
            submit_url: None,
            submit_as: SubmitFormat::default(),
            storage_key: AttrValue::Static(STORAGE_KEY),
            content_base: AttrValue::default(),
            begin: begin.map(AttrValue::from),
            share_link: share_link.map(AttrValue::from),
            instance: 0,
            addresses: true,
            on_ready: None,
            on_change: None,
            on_complete: None,
        }
    }
}

impl ClientFitProps {
    /// A prospect's start once their questionnaire is at hand: what the widget shows them,
    /// with the consultant's settings from these props. Pure, so the widget's first screen can
    /// be rendered at build time from the very same start (`crates/prerender`).
    pub fn begin_prospect(
        &self,
        start: &mut Start,
        saved: &mut Saved,
        questionnaire: Questionnaire,
        custom_source: Option<serde_json::Value>,
    ) {
        // The consultant's profile came with the page: it is not the device's to keep, and a
        // prospect's device has no history of the consultant's.
        saved.profile = self.profile.as_deref().cloned().unwrap_or_default();
        saved.history.clear();
        start.custom_sources = custom_source
            .map(|source| (questionnaire.id.clone(), Rc::new(source)))
            .into_iter()
            .collect();
        start.begin = Some(questionnaire.id.clone());
        start.embedded = Some(Rc::new(Embedded {
            questionnaire: questionnaire.id.clone(),
            reveal: self.reveal,
            consultant_name: self.consultant_name.to_string(),
            consultant_email: self.consultant_email.to_string(),
            // A wrong address is left out (the widget's options were checked already).
            submit_url: self
                .submit_url
                .as_ref()
                .map(|url| url.to_string())
                .filter(|url| check_submit_url(url).is_ok()),
            submit_as: self.submit_as,
        }));
        start.catalogue = Rc::new(vec![Rc::new(questionnaire)]);
    }
}

/// Reads the device and fetches the questionnaires the first screen needs, in the language it
/// will be shown in: everything the component starts from. The rest are fetched after the
/// first paint.
async fn prepare(props: &ClientFitProps) -> Result<(Start, Saved), StartError> {
    let loaded = store::load(&props.storage_key);
    let mut saved = loaded.saved;
    let language = props
        .language
        .as_ref()
        .map(|l| l.to_string())
        .or_else(|| saved.language.clone())
        .unwrap_or_else(|| {
            let preferred = device::preferred_languages();
            pick_language(preferred.iter().map(String::as_str)).to_owned()
        });
    let base = props.content_base.to_string();
    let notices = loaded.problems.into_iter().map(Notice::from).collect();
    let mut start = Start::new(language, notices, loaded.saving);
    start.instance = props.instance;
    start.addresses = props.addresses;
    if let Some(one) = store::one_question() {
        start.one_question = one;
    }
    start.now_ms = device::now_ms();
    start.storage_key = props.storage_key.to_string();
    start.content_base = base.clone();
    // Side by side with the questionnaire: the first draw is in the words of its language.
    let words = content::ui_words(&base, &start.language);
    match &props.questionnaire {
        Some(source) => {
            let (questionnaire, custom_source) =
                prospect_questionnaire(source.clone(), &base, &start.language).await?;
            // A send kept from an earlier visit (`State::restore` checks it against the page).
            start.outbox = store::outbox(&store::outbox_key(&props.storage_key, &questionnaire.id));
            props.begin_prospect(&mut start, &mut saved, questionnaire, custom_source);
        }
        #[cfg(feature = "consultant")]
        None => {
            start.snippet = store::snippet_choices(&props.storage_key);
            let begin = props.begin.as_ref().map(|b| b.to_string());
            // Which questionnaire a share link is for: `decode` asks for it by id before
            // reading more.
            let mut shared_id = None;
            if let Some(fragment) = &props.share_link {
                let _ = share::decode(fragment, |id| {
                    shared_id = Some(id.to_owned());
                    None
                });
            }
            let in_progress = saved.session.as_ref().map(|s| s.work.questionnaire.clone());
            // The start page lists every questionnaire; a page that begins one at once needs
            // only it (an unknown one begins nothing, so the start page shows, with everything).
            let begins = begin.as_deref().is_some_and(|id| IDS.contains(&id));
            let wanted: Vec<&str> = IDS
                .into_iter()
                .filter(|id| {
                    !begins
                        || [&begin, &shared_id, &in_progress]
                            .iter()
                            .any(|wanted| wanted.as_deref() == Some(*id))
                })
                .collect();
            let (catalogue, load_problems) =
                content::fetch_builtins(&base, &wanted, &start.language).await;
            start.shared = props.share_link.as_ref().map(|fragment| {
                share::decode(fragment, |id| {
                    catalogue.iter().find(|q| q.id == id).map(|q| &**q)
                })
            });
            start.begin = begin;
            start.catalogue = Rc::new(catalogue);
            start.load_problems = Rc::new(load_problems);
        }
        // The prospect's widget always has a questionnaire (its options give one): the
        // consultant's app, with its start page, is not in this build.
        #[cfg(not(feature = "consultant"))]
        None => return Err(StartError::NoQuestionnaire),
    }
    words.await;
    Ok((start, saved))
}

/// A prospect's questionnaire: built in (fetched in `language`), written inline, or fetched
/// from the host's own site, with its JSON when it is not built in. Another site's file is
/// refused: the host page vouches only for its own.
async fn prospect_questionnaire(
    source: QuestionnaireSource,
    base: &str,
    language: &str,
) -> Result<(Questionnaire, Option<serde_json::Value>), ContentError> {
    match source {
        QuestionnaireSource::Builtin(id) => {
            let url = content::builtin_url(base, &id, language);
            Ok((content::fetch_questionnaire(url).await?, None))
        }
        QuestionnaireSource::Inline(custom) => Ok((custom.questionnaire, Some(custom.source))),
        QuestionnaireSource::Url(url) => {
            let page = device::page_address();
            let resolved = web_sys::Url::new_with_base(&url, &page).ok();
            let page_origin = web_sys::Url::new(&page).ok().map(|u| u.origin());
            match resolved {
                Some(address) if Some(address.origin()) == page_origin => {
                    let custom = content::fetch_custom(address.href()).await?;
                    Ok((custom.questionnaire, Some(custom.source)))
                }
                _ => Err(ContentError::Unreachable {
                    url,
                    reason: "a questionnaire_url must be on this page's own site".to_owned(),
                }),
            }
        }
    }
}

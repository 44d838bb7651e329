//! Client Fit's browser entry points over the `ClientFit` component: the app on its own page
//! (`start`), the widget on a host page (`embed::mount`), the widget's DOM events to its host,
//! and the view a panic leaves behind.

pub mod embed;
pub mod panic;

use std::rc::Rc;

use client_fit_core::builtin::IDS;
use client_fit_core::share;
use client_fit_core::storage::STORAGE_KEY;
use client_fit_core::text::pick_language;
use client_fit_ui::{components, content, device, state, store};

/// Mounts the app into the page body, when the page asks for it (`<body data-client-fit-app>`).
/// The browser entry point; on a host page the embed loader mounts widgets instead.
pub fn start() {
    let asks = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .is_some_and(|body| body.has_attribute("data-client-fit-app"));
    if asks {
        panic::install_hook();
        wasm_bindgen_futures::spawn_local(launch());
    }
}

/// Reads the device and the address, fetches the questionnaires the first screen needs (in
/// the language it will be shown in), then renders. The rest are fetched after the first paint.
async fn launch() {
    let store::Loaded {
        saved,
        problems,
        saving,
    } = store::load(STORAGE_KEY);
    let notices = problems.into_iter().map(state::Notice::from).collect();
    let language = saved.language.clone().unwrap_or_else(|| {
        let preferred = device::preferred_languages();
        pick_language(preferred.iter().map(String::as_str)).to_owned()
    });
    let begin = device::query_parameter("questionnaire");
    let fragment = device::fragment();
    // Which questionnaire a share link is for: `decode` asks for it by id before reading more.
    let mut shared_id = None;
    if let Some(fragment) = &fragment {
        let _ = share::decode(fragment, |id| {
            shared_id = Some(id.to_owned());
            None
        });
    }
    let in_progress = saved.session.as_ref().map(|s| s.work.questionnaire.clone());
    // The start page lists every questionnaire; a page that begins one at once needs only it
    // (an unknown one begins nothing, so the start page shows, with everything).
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
    let content_base = String::new();
    let (catalogue, load_problems) =
        content::fetch_builtins(&content_base, &wanted, &language).await;
    let shared = fragment.map(|fragment| {
        share::decode(&fragment, |id| {
            catalogue.iter().find(|q| q.id == id).map(|q| &**q)
        })
    });
    let start = state::Start {
        view: state::View::Assess,
        instance: 0,
        shared,
        begin,
        now_ms: device::now_ms(),
        saving,
        catalogue: Rc::new(catalogue),
        load_problems: Rc::new(load_problems),
        language,
        notices,
        content_base,
        embedded: None,
        custom_sources: Vec::new(),
        storage_key: STORAGE_KEY.to_owned(),
        host: None,
    };
    let props = components::AppProps {
        start: Rc::new(start),
        saved: Rc::new(saved),
        callbacks: Default::default(),
    };
    yew::Renderer::<components::App>::with_props(props).render();
}

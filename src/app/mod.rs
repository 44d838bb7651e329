//! The browser shell: a thin Yew layer over `core`. It holds the state, draws it, and does the
//! side effects (device storage, clipboard, downloads, focus, fetching questionnaires) that the
//! core must not.

pub mod components;
pub mod content;
pub mod context;
pub mod device;
pub mod panic;
pub mod state;

use std::rc::Rc;

use crate::core::builtin::IDS;
use crate::core::share;
use crate::core::text::pick_language;

/// Mounts the app into the page body. The browser entry point.
pub fn start() {
    panic::install_hook();
    wasm_bindgen_futures::spawn_local(launch());
}

/// Reads the device and the address, fetches the questionnaires the first screen needs (in
/// the language it will be shown in), then renders. The rest are fetched after the first paint.
async fn launch() {
    let device::Loaded {
        saved,
        notices,
        saving,
    } = device::load_saved();
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
    // The start page lists every questionnaire; a page that begins one at once needs only it.
    let wanted: Vec<&str> = IDS
        .into_iter()
        .filter(|id| {
            begin.is_none()
                || [&begin, &shared_id, &in_progress]
                    .iter()
                    .any(|wanted| wanted.as_deref() == Some(*id))
        })
        .collect();
    let content_base = String::new();
    let fetches: Vec<_> = wanted
        .iter()
        .map(|id| content::fetch_questionnaire(content::builtin_url(&content_base, id, &language)))
        .collect();
    let mut catalogue = Vec::new();
    let mut load_problems = Vec::new();
    for fetch in fetches {
        match fetch.await {
            Ok(questionnaire) => catalogue.push(Rc::new(questionnaire)),
            Err(error) => load_problems.push(error),
        }
    }
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
    };
    let props = components::AppProps {
        start: Rc::new(start),
        saved: Rc::new(saved),
    };
    yew::Renderer::<components::App>::with_props(props).render();
}

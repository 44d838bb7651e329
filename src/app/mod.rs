//! The browser shell: a thin Yew layer over `core`. It holds the state, draws it, and does the
//! side effects (device storage, clipboard, downloads, focus) that the core must not.

pub mod components;
pub mod context;
pub mod device;
pub mod panic;
pub mod state;

use std::rc::Rc;

use crate::core::text::pick_language;

/// Mounts the app into the page body. The browser entry point.
pub fn start() {
    panic::install_hook();
    let device::Loaded {
        saved,
        notices,
        saving,
    } = device::load_saved();
    let preferred = device::preferred_languages();
    let language = pick_language(preferred.iter().map(String::as_str));
    let (catalogue, load_problems) = crate::core::builtin::catalogue();
    let catalogue: Vec<Rc<_>> = catalogue.into_iter().map(Rc::new).collect();
    let shared = device::fragment().map(|fragment| {
        crate::core::share::decode(&fragment, |id| {
            catalogue.iter().find(|q| q.id == id).map(|q| &**q)
        })
    });
    let start = state::Start {
        view: state::View::Assess,
        instance: 0,
        shared,
        begin: device::query_parameter("questionnaire"),
        now_ms: device::now_ms(),
        saving,
        catalogue: Rc::new(catalogue),
        load_problems: Rc::new(load_problems),
        language: language.to_owned(),
        notices,
    };
    let props = components::AppProps {
        start: Rc::new(start),
        saved: Rc::new(saved),
    };
    yew::Renderer::<components::App>::with_props(props).render();
}

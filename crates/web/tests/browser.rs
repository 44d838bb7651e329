//! Browser tests in headless Chromium (wasm-bindgen-test): the real app mounted into its own
//! element, driven through the DOM, with device storage for real.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use client_fit_core::storage::{STORAGE_KEY, Saved};
use client_fit_ui::components::{App, AppProps};
use client_fit_ui::device;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

#[path = "../../ui/tests/common/mod.rs"]
mod common;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts a fresh app into its own element and waits for the first render.
async fn mount(saved: Saved, instance: u32) -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        start: common::start(instance, "en"),
        saved: Rc::new(saved),
        callbacks: Default::default(),
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn find(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .dyn_into()
        .unwrap()
}

async fn click(root: &Element, selector: &str) {
    find(root, selector).click();
    yew::scheduler::flush().await;
}

/// A save in which "Your terms first" was already answered, so Begin leads to the blink.
fn terms_asked() -> Saved {
    Saved {
        profile_asked: true,
        ..Saved::new()
    }
}

#[wasm_bindgen_test]
async fn the_start_page_begins_an_assessment_with_the_terms_then_the_blink() {
    let root = mount(Saved::new(), 101).await;
    assert!(root.query_selector(".cf-start").unwrap().is_some());
    click(&root, "button[type=submit]").await;
    let heading = find(&root, "#cf101-heading");
    assert_eq!(heading.text_content().unwrap(), "Your terms first");
    click(&root, ".cf-terms-skip").await;
    let heading = find(&root, "#cf101-heading");
    assert_eq!(heading.text_content().unwrap(), "First impression");
}

#[wasm_bindgen_test]
async fn answers_are_saved_to_the_device_as_you_go() {
    let root = mount(terms_asked(), 102).await;
    click(&root, "button[type=submit]").await;
    click(&root, "#cf102-blink-bad").await;
    click(&root, ".cf-next").await;
    click(&root, "[id='cf102-q.pays_on_time.o.late']").await;

    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let stored = storage
        .get_item(STORAGE_KEY)
        .unwrap()
        .expect("the app saved its state");
    let (saved, damaged) =
        Saved::from_parts(&stored, STORAGE_KEY, |key| storage.get_item(key).unwrap())
            .expect("what was saved reads back");
    assert!(damaged.is_empty());
    let session = saved
        .session
        .clone()
        .expect("the session in progress was saved");
    assert_eq!(
        session.work.answers.get("pays_on_time"),
        Some(&client_fit_core::answers::Answer::Choice("late".into()))
    );
    assert_eq!(device::load_saved(STORAGE_KEY).saved, saved);
}

#[wasm_bindgen_test]
async fn a_number_that_does_not_read_says_why_and_keeps_the_field() {
    let root = mount(terms_asked(), 103).await;
    click(&root, "button[type=submit]").await;
    click(&root, ".cf-next").await;
    let input: HtmlInputElement = find(&root, "[id='cf103-q.budget.number']")
        .dyn_into()
        .unwrap();
    input.set_value("twelve");
    input
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    let error = find(&root, "[id='cf103-q.budget.error']");
    assert!(error.text_content().unwrap().contains("number"));
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(input.value(), "twelve");
}

#[wasm_bindgen_test]
async fn a_damaged_save_is_set_aside_not_lost() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage
        .set_item(STORAGE_KEY, "{\"version\": 1, \"session\": ")
        .unwrap();
    let loaded = device::load_saved(STORAGE_KEY);
    assert_eq!(loaded.saved, Saved::new());
    assert!(
        loaded.saving,
        "the damaged copy is set aside, so saving may go on"
    );
    assert_eq!(
        loaded.notices,
        vec![client_fit_ui::state::Notice::SavedDataDamaged(
            "{\"version\": 1, \"session\": ".into()
        )]
    );
    assert_eq!(
        storage
            .get_item(client_fit_core::storage::DAMAGED_KEY)
            .unwrap()
            .as_deref(),
        Some("{\"version\": 1, \"session\": ")
    );
    storage.remove_item(STORAGE_KEY).unwrap();
    storage
        .remove_item(client_fit_core::storage::DAMAGED_KEY)
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_save_from_a_newer_version_is_left_untouched() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let newer = r#"{"version": 99, "history": []}"#;
    storage.set_item(STORAGE_KEY, newer).unwrap();
    let loaded = device::load_saved(STORAGE_KEY);
    assert!(
        !loaded.saving,
        "nothing may be saved over a newer version's data"
    );
    assert_eq!(
        loaded.notices,
        vec![client_fit_ui::state::Notice::SavedByNewer]
    );
    let mut start = (*common::start(104, "en")).clone();
    start.saving = loaded.saving;
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        start: Rc::new(start),
        saved: Rc::new(loaded.saved),
        callbacks: Default::default(),
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    click(&root, "button[type=submit]").await;
    assert_eq!(
        storage.get_item(STORAGE_KEY).unwrap().as_deref(),
        Some(newer)
    );
    storage.remove_item(STORAGE_KEY).unwrap();
}

#[wasm_bindgen_test]
async fn after_a_panic_each_widget_shows_the_error_view_in_its_own_box() {
    let host = document().create_element("div").unwrap();
    host.set_id("crashed");
    host.set_attribute("data-client-fit", "").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    let frozen = document().create_element("div").unwrap();
    frozen.set_text_content(Some("half-drawn widget"));
    shadow.append_child(&frozen).unwrap();

    client_fit_web::panic::show_error_view();

    let view = shadow
        .query_selector(".cf-crash")
        .unwrap()
        .expect("an error view in the widget");
    assert_eq!(view.get_attribute("role").as_deref(), Some("alert"));
    let text = shadow.text_content().unwrap_or_default();
    assert!(
        !text.contains("half-drawn widget"),
        "the frozen widget is gone"
    );
    assert!(text.contains("Download"), "{text}");
    assert_eq!(shadow.query_selector_all("button").unwrap().length(), 2);
    // The host page itself is left alone: no error view outside the widget.
    assert!(
        document()
            .query_selector("body > .cf-crash")
            .unwrap()
            .is_none()
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn after_a_panic_the_app_page_shows_the_error_view_in_place_of_the_app() {
    let live = || {
        document()
            .query_selector_all(".cf-app:not(.cf-crash)")
            .unwrap()
            .length()
    };
    let app = document().create_element("div").unwrap();
    app.set_class_name("cf-app");
    document().body().unwrap().append_child(&app).unwrap();
    let before = live();

    client_fit_web::panic::show_error_view();

    assert_eq!(live(), before - 1, "the frozen app is taken away");
    let view = document()
        .query_selector("body > .cf-crash")
        .unwrap()
        .expect("an error view");
    assert_eq!(view.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(view.query_selector_all("button").unwrap().length(), 2);
    view.remove();
}

#[wasm_bindgen_test]
async fn a_version_1_save_is_split_into_its_keys_on_the_next_save() {
    use client_fit_core::storage::{history_key, session_key, version_of};
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let v1 =
        r#"{"version": 1, "language": "da", "profile": {"min_budget": 1500.0}, "history": []}"#;
    storage.set_item(STORAGE_KEY, v1).unwrap();
    let loaded = device::load_saved(STORAGE_KEY);
    assert!(loaded.saving && loaded.notices.is_empty());
    assert_eq!(loaded.saved.language.as_deref(), Some("da"));
    device::save(STORAGE_KEY, &loaded.saved).unwrap();
    let main = storage.get_item(STORAGE_KEY).unwrap().unwrap();
    assert_eq!(version_of(&main), Some(2));
    let part = |key: String| storage.get_item(&key).unwrap();
    assert_eq!(part(history_key(STORAGE_KEY)).as_deref(), Some("[]"));
    assert_eq!(part(session_key(STORAGE_KEY)).as_deref(), Some("null"));
    assert_eq!(device::load_saved(STORAGE_KEY).saved, loaded.saved);
    for key in [
        STORAGE_KEY.to_owned(),
        history_key(STORAGE_KEY),
        session_key(STORAGE_KEY),
    ] {
        storage.remove_item(&key).unwrap();
    }
}

#[wasm_bindgen_test]
async fn when_the_history_no_longer_fits_the_assessment_in_progress_is_still_saved() {
    use client_fit_core::storage::{history_key, session_key};
    let key = "client-fit-test-full";
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    // A history over the browser's quota (5 MiB or so) cannot be written; a session can.
    let huge = "x".repeat(12 * 1024 * 1024);
    assert!(
        storage.set_item(&history_key(key), &huge).is_err(),
        "the quota refuses 12 MiB"
    );
    let q = common::minimal();
    let mut saved = Saved::new();
    saved.session = Some(client_fit_core::session::Session::new(&q, "Kept"));
    saved.history = vec![client_fit_core::history::Assessment::new(
        "1", "minimal", &huge, 1.0,
    )];
    assert!(
        device::save(key, &saved).is_err(),
        "the history could not be written"
    );
    let session = storage
        .get_item(&session_key(key))
        .unwrap()
        .expect("the session was");
    assert!(session.contains("Kept"));
    assert!(storage.get_item(key).unwrap().is_some(), "and the settings");
    for part in [key.to_owned(), history_key(key), session_key(key)] {
        storage.remove_item(&part).unwrap();
    }
}

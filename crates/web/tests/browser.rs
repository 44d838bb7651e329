//! Browser tests in headless Chromium (wasm-bindgen-test): the real app mounted into its own
//! element, driven through the DOM, with device storage for real.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use client_fit_core::storage::{STORAGE_KEY, Saved};
use client_fit_ui::components::{App, AppProps};
use client_fit_ui::store::{self, StoreProblem};
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

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// This tab's id, as the store keeps it in `sessionStorage`.
fn tab() -> String {
    let tabs = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap();
    tabs.get_item("client-fit-tab").unwrap().unwrap_or_default()
}

/// Every stored (key, text) pair.
fn everything() -> Vec<(String, String)> {
    let storage = local_storage();
    (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .map(|k| {
            let v = storage.get_item(&k).unwrap().unwrap();
            (k, v)
        })
        .collect()
}

/// What is stored under `key`, read as the store reads it (without writing anything).
fn read_back(key: &str) -> client_fit_core::storage::Read {
    client_fit_core::storage::read(key, &tab(), &everything(), 0.0).expect("it reads")
}

/// Removes every key of the save under `key`.
fn clear(key: &str) {
    let storage = local_storage();
    for (k, _) in everything() {
        if client_fit_core::storage::part_of(key, &k).is_some() {
            storage.remove_item(&k).unwrap();
        }
    }
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

    let storage = local_storage();
    assert!(
        storage.get_item(STORAGE_KEY).unwrap().is_some(),
        "the app saved its settings"
    );
    let read = read_back(STORAGE_KEY);
    assert!(read.damaged.is_empty());
    let saved = read.saved;
    let session = saved
        .session
        .clone()
        .expect("the session in progress was saved");
    assert_eq!(
        session.work.answers.get("pays_on_time"),
        Some(&client_fit_core::answers::Answer::Choice("late".into()))
    );
    assert_eq!(store::load(STORAGE_KEY).saved, saved);
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
    clear(STORAGE_KEY);
    let storage = local_storage();
    storage
        .set_item(STORAGE_KEY, "{\"version\": 1, \"session\": ")
        .unwrap();
    let loaded = store::load(STORAGE_KEY);
    assert_eq!(loaded.saved, Saved::new());
    assert!(
        loaded.saving,
        "the damaged copy is set aside, so saving may go on"
    );
    assert_eq!(
        loaded.problems,
        vec![StoreProblem::Damaged(
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
    let loaded = store::load(STORAGE_KEY);
    assert!(
        !loaded.saving,
        "nothing may be saved over a newer version's data"
    );
    assert_eq!(loaded.problems, vec![StoreProblem::Newer]);
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
async fn a_version_2_save_is_split_into_one_key_per_assessment_as_it_loads() {
    use client_fit_core::history::Assessment;
    use client_fit_core::storage::{assessment_key, history_key, session_key, version_of};
    let key = "client-fit-test-v2";
    let storage = local_storage();
    let history = vec![
        Assessment::new("1", "minimal", "Alpha", 1.0),
        Assessment::new("2", "minimal", "Beta", 2.0),
    ];
    let v2 = r#"{"version": 2, "language": "da", "profile": {"min_budget": 1500.0}}"#;
    storage.set_item(key, v2).unwrap();
    storage
        .set_item(&history_key(key), &serde_json::to_string(&history).unwrap())
        .unwrap();
    storage.set_item(&session_key(key), "null").unwrap();
    let loaded = store::load(key);
    assert!(loaded.saving && loaded.problems.is_empty());
    assert_eq!(loaded.saved.language.as_deref(), Some("da"));
    assert_eq!(loaded.saved.history, history);
    let main = storage.get_item(key).unwrap().unwrap();
    assert_eq!(version_of(&main), Some(3));
    let part = |k: String| storage.get_item(&k).unwrap();
    assert_eq!(part(history_key(key)), None, "the old keys are gone");
    assert_eq!(part(session_key(key)), None);
    assert!(part(assessment_key(key, "1")).unwrap().contains("Alpha"));
    assert!(part(assessment_key(key, "2")).unwrap().contains("Beta"));
    assert_eq!(store::load(key).saved, loaded.saved);
    clear(key);
}

#[wasm_bindgen_test]
async fn saving_one_assessment_writes_its_key_only_and_a_damaged_one_is_set_aside_alone() {
    use client_fit_core::history::Assessment;
    use client_fit_core::storage::assessment_key;
    let key = "client-fit-test-entries";
    let storage = local_storage();
    let _ = store::load(key);
    let mut history: Vec<Assessment> = (0..5)
        .map(|i| Assessment::new(&i.to_string(), "minimal", "Client", f64::from(i)))
        .collect();
    let profile = Rc::new(client_fit_core::profile::Profile::default());
    let snapshot = |history: &Rc<Vec<Assessment>>| {
        store::save(
            key,
            &store::Snapshot {
                language: "en",
                profile: Some(&profile),
                profile_asked: false,
                questionnaires: &[],
                own: &[],
                versions: &[],
                session: None,
                history: Some(history),
            },
        )
    };
    let first = Rc::new(history.clone());
    assert!(snapshot(&first).problem.is_none());
    // Mark every stored text, then change one assessment: only its key is written again.
    for i in 0..5 {
        let k = assessment_key(key, &i.to_string());
        let text = storage.get_item(&k).unwrap().unwrap();
        storage
            .set_item(&k, &text.replace("Client", "Stored"))
            .unwrap();
    }
    storage
        .set_item(key, &storage.get_item(key).unwrap().unwrap())
        .unwrap();
    history[3].work.notes = "changed".into();
    history[3].updated_ms = 99.0;
    assert!(snapshot(&Rc::new(history)).problem.is_none());
    for i in 0..5 {
        let text = storage
            .get_item(&assessment_key(key, &i.to_string()))
            .unwrap()
            .unwrap();
        assert_eq!(text.contains("changed"), i == 3, "{text}");
        assert_eq!(text.contains("Stored"), i != 3, "{text}");
    }
    // One entry damaged: it alone is set aside, with its own notice; the rest load.
    storage
        .set_item(&assessment_key(key, "2"), "{\"id\": \"2\", \"cre")
        .unwrap();
    let loaded = store::load(key);
    assert_eq!(loaded.saved.history.len(), 4);
    assert_eq!(
        loaded.problems,
        vec![StoreProblem::EntryDamaged("{\"id\": \"2\", \"cre".into())]
    );
    assert_eq!(storage.get_item(&assessment_key(key, "2")).unwrap(), None);
    assert_eq!(
        storage
            .get_item(client_fit_core::storage::DAMAGED_KEY)
            .unwrap()
            .as_deref(),
        Some("{\"id\": \"2\", \"cre")
    );
    storage
        .remove_item(client_fit_core::storage::DAMAGED_KEY)
        .unwrap();
    clear(key);
}

#[wasm_bindgen_test]
async fn when_the_history_no_longer_fits_the_assessment_in_progress_is_still_saved() {
    use client_fit_core::storage::{assessment_key, work_key};
    let key = "client-fit-test-full";
    let storage = local_storage();
    // An assessment over the browser's quota (5 MiB or so) cannot be written; a session can.
    let huge = "x".repeat(12 * 1024 * 1024);
    assert!(
        storage.set_item(&assessment_key(key, "1"), &huge).is_err(),
        "the quota refuses 12 MiB"
    );
    let q = common::minimal();
    let session = Rc::new(client_fit_core::session::Session::new(&q, "Kept"));
    let history = Rc::new(vec![client_fit_core::history::Assessment::new(
        "1", "minimal", &huge, 1.0,
    )]);
    let profile = Rc::new(client_fit_core::profile::Profile::default());
    let report = store::save(
        key,
        &store::Snapshot {
            language: "en",
            profile: Some(&profile),
            profile_asked: false,
            questionnaires: &[],
            own: &[],
            versions: &[],
            session: Some(&session),
            history: Some(&history),
        },
    );
    assert_eq!(
        report.problem,
        Some(StoreProblem::Unavailable),
        "the history could not be written"
    );
    let work = storage
        .get_item(&work_key(key, &tab()))
        .unwrap()
        .expect("the session was");
    assert!(work.contains("Kept"));
    assert!(storage.get_item(key).unwrap().is_some(), "and the settings");
    clear(key);
}

#[wasm_bindgen_test]
async fn the_emergency_download_holds_every_assessment_and_the_work_in_progress() {
    use client_fit_core::history::Assessment;
    use client_fit_core::storage::{InProgress, assessment_key, work_key};
    let key = "client-fit-test-raw";
    let storage = local_storage();
    storage
        .set_item(key, r#"{"version": 3, "profile": {"name": "Vega"}}"#)
        .unwrap();
    for (id, client) in [("1", "Alpha"), ("2", "Beta")] {
        let entry = Assessment::new(id, "minimal", client, 1.0);
        storage
            .set_item(
                &assessment_key(key, id),
                &serde_json::to_string(&entry).unwrap(),
            )
            .unwrap();
    }
    let session = client_fit_core::session::Session::new(&common::minimal(), "Working");
    let work = InProgress {
        updated_ms: 1.0,
        session: Some(session),
    };
    storage
        .set_item(&work_key(key, &tab()), &work.to_json())
        .unwrap();
    let whole = Saved::from_json(&store::raw_saved(key).expect("something to download")).unwrap();
    let clients: Vec<&str> = whole
        .history
        .iter()
        .map(|a| a.work.client.as_str())
        .collect();
    assert_eq!(clients, ["Alpha", "Beta"]);
    assert_eq!(whole.profile.name, "Vega");
    assert_eq!(
        whole.session.map(|s| s.work.client).as_deref(),
        Some("Working")
    );
    clear(key);
}

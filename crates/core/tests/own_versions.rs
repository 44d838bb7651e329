//! Assessments of the consultant's own questionnaires keep the version they were made with: the
//! version is named by its fingerprint in the assessment and kept once in the save, so editing
//! (or deleting) the questionnaire afterwards does not change an old assessment's outcome; saves
//! from before versions were kept still load.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use client_fit_core::answers::{Answer, Answers};
use client_fit_core::history::Assessment;
use client_fit_core::own::{fingerprint, keep_version, merge_versions, version};
use client_fit_core::profile::Profile;
use client_fit_core::scoring::assess;
use client_fit_core::storage::{
    STORAGE_KEY, Saved, Settings, assessment_key, merge_settings, read,
};
use serde_json::json;

fn answers() -> Answers {
    [
        ("pays_on_time", Answer::Choice("early".into())),
        ("threatened", Answer::YesNo(false)),
        ("respect", Answer::Scale(5)),
    ]
    .into_iter()
    .map(|(id, a)| (id.to_owned(), a))
    .collect()
}

#[test]
fn a_fingerprint_names_the_content_and_reads_back_the_same() {
    let q = common::minimal();
    let (kept, print) = keep_version(&[], &q);
    let kept = kept.expect("a new version is kept");
    assert_eq!(print, fingerprint(&q));
    let back = version(&kept, &print).expect("the kept version reads back");
    assert_eq!(back, q);
    assert_eq!(
        fingerprint(&back),
        print,
        "read back, it names the same version"
    );
    // Kept once: keeping it again adds nothing.
    assert_eq!(keep_version(&kept, &back), (None, print.clone()));
    let mut edited = q.clone();
    edited.sections[0].questions[1].options[0].points = [("money".to_owned(), -2.0)].into();
    assert_ne!(fingerprint(&edited), print);
}

#[test]
fn an_edit_after_saving_does_not_change_the_old_assessments_outcome() {
    let q = common::minimal();
    let profile = Profile::default();
    let (kept, print) = keep_version(&[], &q);
    let kept = kept.unwrap();
    let mut assessment = Assessment::new("1", &q.id, "Acme", 1.0);
    assessment.work.answers = answers();
    assessment.work.version = Some(print);
    let before = assess(&q, &assessment.work.answers, None, &profile);

    // The consultant edits the questionnaire: paying on time and paying late swap their
    // points, and the respect question is gone.
    let mut edited = q.clone();
    edited.sections[0].questions[1].options[0].points = [("money".to_owned(), -2.0)].into();
    edited.sections[0].questions[1].options[1].points = [("money".to_owned(), 2.0)].into();
    edited.sections[0]
        .questions
        .retain(|question| question.id != "respect");
    let rescored = assess(&edited, &assessment.work.answers, None, &profile);
    assert_ne!(
        rescored.overall, before.overall,
        "the edit matters to the score"
    );

    // Saved and read back (the save holds the kept versions), the assessment opens with its own.
    let saved = Saved {
        history: vec![assessment],
        versions: kept,
        ..Saved::new()
    };
    let back = Saved::from_json(&saved.to_json()).unwrap();
    let work = &back.history[0].work;
    let made_with = version(&back.versions, work.version.as_deref().unwrap()).unwrap();
    assert_eq!(assess(&made_with, &work.answers, None, &profile), before);
}

#[test]
fn saves_from_before_versions_load_and_a_damaged_version_costs_only_itself() {
    // A version 3 main key and assessment as written before versions were kept.
    let main = json!({"version": 3, "profile_asked": true, "language": "en"}).to_string();
    let entry = json!({
        "id": "1", "created_ms": 1.0, "questionnaire": "mine", "client": "Acme",
        "answers": {"q": {"yes_no": true}}
    })
    .to_string();
    let items = vec![
        (STORAGE_KEY.to_owned(), main),
        (assessment_key(STORAGE_KEY, "1"), entry),
    ];
    let read = read(STORAGE_KEY, "tab", &items, 10.0).expect("an old save reads");
    assert!(read.damaged.is_empty(), "{:?}", read.damaged);
    assert!(read.saved.versions.is_empty());
    assert_eq!(read.saved.history.len(), 1, "{:?}", read.saved);
    assert_eq!(read.saved.history[0].work.version, None);

    // One version that does not read is dropped; the good one and the rest of the save stay.
    let q = common::minimal();
    let (kept, print) = keep_version(&[], &q);
    let mut value = serde_json::to_value(Saved {
        versions: kept.unwrap(),
        ..Saved::new()
    })
    .unwrap();
    value["versions"]
        .as_array_mut()
        .unwrap()
        .push(json!({"fingerprint": 7}));
    let back = Saved::from_json(&value.to_string()).unwrap();
    assert_eq!(back.versions.len(), 1);
    assert_eq!(back.versions[0].fingerprint, print);
}

#[test]
fn two_tabs_versions_are_merged() {
    let q = common::minimal();
    let mut other = q.clone();
    other.id = "other".into();
    let (mine, _) = keep_version(&[], &q);
    let (theirs, _) = keep_version(&[], &other);
    let (mine, theirs) = (mine.unwrap(), theirs.unwrap());
    assert_eq!(merge_versions(&mine, &theirs).len(), 2);
    assert_eq!(merge_versions(&mine, &mine).len(), 1);
    let settings = |versions| Settings {
        versions,
        ..Settings::default()
    };
    let merged = merge_settings(
        &Settings::default(),
        &settings(mine),
        1.0,
        &settings(theirs),
    );
    assert_eq!(merged.versions.len(), 2);
}

#[test]
fn a_backup_carries_the_versions_its_assessments_were_made_with() {
    use client_fit_core::backup::{export_with_versions, import};
    let q = common::minimal();
    let mut other = q.clone();
    other.title = client_fit_core::text::Text([("en".to_owned(), "Other".to_owned())].into());
    let (kept, named) = keep_version(&[], &q);
    let (kept, _) = keep_version(&kept.unwrap(), &other);
    let kept = kept.unwrap();
    let mut assessment = Assessment::new("1", &q.id, "Acme", 1.0);
    assessment.work.answers = answers();
    assessment.work.version = Some(named.clone());
    let text = export_with_versions(&Profile::default(), &[assessment], &[], &[], &kept, 5.0);
    let imported = import(&text, &[]).unwrap();
    // Only the version an assessment names goes with it.
    assert_eq!(imported.versions.len(), 1);
    assert_eq!(imported.versions[0].fingerprint, named);
    assert_eq!(version(&imported.versions, &named).unwrap(), q);
    // A backup from before versions were kept imports with none.
    let old = client_fit_core::backup::export(&Profile::default(), &imported.history, &[], 6.0);
    assert!(!old.contains("\"versions\""));
    assert!(import(&old, &[]).unwrap().versions.is_empty());
}

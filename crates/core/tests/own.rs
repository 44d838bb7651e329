//! The consultant's own questionnaires: kept on the device and in backups, merged by the later
//! copy, started blank or from a built-in, read from a file (a wrong or newer file changes
//! nothing), and written out in the committed format.
#![cfg(not(target_arch = "wasm32"))]

use client_fit_core::backup::{Refusal, export, export_with_own, import};
use client_fit_core::builtin::BUILTIN;
use client_fit_core::load::load;
use client_fit_core::model::{Lens, Questionnaire};
use client_fit_core::own::{
    self, BlankWords, FileError, Own, blank, copy_of, free_id, merge, read_file, to_file, usable,
};
use client_fit_core::profile::Profile;
use client_fit_core::storage::{STORAGE_KEY, Saved, Settings, merge_settings, read};
use serde_json::{Value, json};

const WORDS: BlankWords<'static> = BlankWords {
    title: "My questions",
    section: "First things",
    question: "Did they answer within a day?",
    dimension: "Fit",
    good: "Go ahead",
    good_next: "Send the terms.",
    bad: "Think again",
    bad_next: "Ask what is missing.",
};

fn mine(id: &str) -> Questionnaire {
    blank(id, "en", Lens::Screen, &WORDS)
}

fn builtin(id: &str) -> Questionnaire {
    let (_, json) = BUILTIN.iter().find(|(each, _)| *each == id).unwrap();
    load(json).unwrap().questionnaire
}

#[test]
fn a_blank_questionnaire_is_usable_at_once_and_reads_back_from_its_file() {
    let q = mine("mine");
    assert!(usable(&q), "{:?}", client_fit_core::lint::lint(&q));
    let file = to_file(&q);
    let loaded = load(&file).expect("the file loads as any questionnaire file");
    assert_eq!(loaded.questionnaire, q);
    // Read back as one's own on another device: the same questionnaire, the same file.
    let (again, problems) = read_file(&file, ["other"]).unwrap();
    assert_eq!(again, q);
    assert!(problems.is_empty());
    assert_eq!(to_file(&again), file);
}

#[test]
fn every_builtin_exports_as_a_file_that_loads_the_same() {
    for (id, _) in BUILTIN {
        let q = builtin(id);
        assert_eq!(load(&to_file(&q)).unwrap().questionnaire, q, "{id}");
    }
}

#[test]
fn a_copy_of_a_builtin_takes_a_free_id_and_is_usable() {
    let screen = builtin("screen");
    let copy = copy_of(&screen, ["my-screen"]);
    assert_eq!(copy.id, "my-screen-2");
    assert_eq!(copy.sections, screen.sections);
    assert!(usable(&copy));
    assert_eq!(copy_of(&screen, []).id, "my-screen");
}

#[test]
fn free_ids_avoid_builtins_and_taken_ones() {
    assert_eq!(free_id("screen", []), "screen-2");
    assert_eq!(free_id("mine", ["mine", "mine-2"]), "mine-3");
    assert_eq!(free_id("  ", []), "my-questionnaire");
}

#[test]
fn a_file_that_is_not_a_questionnaire_or_is_newer_is_refused() {
    let backup = export(&Profile::default(), &[], &[], 1.0);
    for text in ["", "not json", "[1, 2]", "{\"format\": 1", backup.as_str()] {
        assert!(
            matches!(read_file(text, []), Err(FileError::NotQuestionnaire(_))),
            "{text:?}"
        );
    }
    let mut newer: Value = serde_json::from_str(&to_file(&mine("mine"))).unwrap();
    newer["format"] = json!(2);
    assert_eq!(read_file(&newer.to_string(), []), Err(FileError::Newer(2)));
    let prospect = to_file(&builtin("intake").for_prospect());
    assert_eq!(read_file(&prospect, []), Err(FileError::ProspectCopy));
    // Two sections with one id: the editor tells parts apart by id, so the file is refused.
    let mut twice = mine("mine");
    let copy = twice.sections[0].clone();
    twice.sections.push(copy);
    for question in &mut twice.sections[1].questions {
        question.id.push_str("-again");
    }
    assert!(matches!(
        read_file(&to_file(&twice), []),
        Err(FileError::RepeatedIds(problem)) if problem.at.contains(&twice.sections[0].id)
    ));
}

#[test]
fn a_file_with_linter_errors_is_taken_with_its_problems_and_a_builtin_id_is_renamed() {
    let mut q = mine("screen");
    q.verdicts.pop();
    let (taken, problems) = read_file(&to_file(&q), []).unwrap();
    assert_eq!(taken.id, "screen-2");
    assert!(!problems.is_empty());
    assert!(!usable(&taken));
}

#[test]
fn the_later_copy_wins_and_a_deletion_is_not_undone_by_an_older_copy() {
    let a = Own::kept(mine("a"), 10.0);
    let mut a_newer = Own::kept(mine("a"), 20.0);
    a_newer.questionnaire.as_mut().unwrap().title = mine("x").title;
    let b = Own::kept(mine("b"), 5.0);
    let merged = merge(std::slice::from_ref(&a), &[a_newer.clone(), b.clone()]);
    assert_eq!(merged, vec![a_newer.clone(), b.clone()]);
    // A tie keeps mine.
    let tie = Own {
        edited_ms: 10.0,
        ..a_newer.clone()
    };
    assert_eq!(merge(std::slice::from_ref(&a), &[tie])[0], a);
    let deleted = Own {
        id: "b".into(),
        edited_ms: 9.0,
        questionnaire: None,
    };
    let both = |first: &Own, second: &Own| {
        merge(std::slice::from_ref(first), std::slice::from_ref(second))
    };
    assert_eq!(both(&deleted, &b), vec![deleted.clone()]);
    assert_eq!(both(&b, &deleted), vec![deleted.clone()]);
    assert_eq!(own::live(&[deleted, a.clone()]).count(), 1);
}

#[test]
fn own_questionnaires_are_kept_on_the_device_and_merged_between_tabs() {
    let mut saved = Saved::new();
    saved.own = vec![Own::kept(mine("a"), 10.0)];
    let again = Saved::from_json(&saved.to_json()).unwrap();
    assert_eq!(again.own, saved.own);

    let settings = saved.settings(0.0);
    let text = settings.to_json();
    assert_eq!(Settings::from_json(&text).unwrap().own, saved.own);
    let items = vec![(STORAGE_KEY.to_owned(), text)];
    assert_eq!(
        read(STORAGE_KEY, "tab", &items, 0.0).unwrap().saved.own,
        saved.own
    );

    // Another tab deleted it later, and added one: both reach the merged settings.
    let base = settings.clone();
    let mut theirs = settings.clone();
    theirs.own = vec![
        Own {
            id: "a".into(),
            edited_ms: 20.0,
            questionnaire: None,
        },
        Own::kept(mine("b"), 15.0),
    ];
    let merged = merge_settings(&base, &settings, 30.0, &theirs);
    assert_eq!(merged.own, theirs.own);
}

#[test]
fn a_save_from_before_own_questionnaires_reads_as_none_and_a_bad_entry_costs_only_itself() {
    let old = r#"{"version": 3, "profile": {}, "language": "en"}"#;
    assert!(Saved::from_json(old).unwrap().own.is_empty());
    assert!(Settings::from_json(old).unwrap().own.is_empty());

    let good = serde_json::to_value(Own::kept(mine("a"), 1.0)).unwrap();
    let text = json!({
        "version": 3,
        "own": [good, {"id": "x", "edited_ms": 1, "questionnaire": {"format": 9}}, 7],
    })
    .to_string();
    let saved = Saved::from_json(&text).unwrap();
    assert_eq!(saved.own, vec![Own::kept(mine("a"), 1.0)]);
}

#[test]
fn own_questionnaires_go_into_backups_and_come_back_on_import() {
    let kept = vec![
        Own::kept(mine("a"), 10.0),
        Own {
            id: "gone".into(),
            edited_ms: 11.0,
            questionnaire: None,
        },
    ];
    let file = export_with_own(&Profile::default(), &[], &[], &kept, 12.0);
    let imported = import(&file, &[]).unwrap();
    // The deletion mark stays on the device: a backup holds what there is.
    assert_eq!(imported.own, vec![Own::kept(mine("a"), 10.0)]);
    assert!(imported.refused.is_empty());
}

#[test]
fn a_backup_from_before_own_questionnaires_still_imports() {
    let old = r#"{"client_fit_backup": 1, "exported_ms": 1, "history": []}"#;
    let imported = import(old, &[]).unwrap();
    assert!(imported.own.is_empty());
    assert!(imported.refused.is_empty());
    let plain = export(&Profile::default(), &[], &[], 1.0);
    assert!(!plain.contains("\"own\""));
}

#[test]
fn a_bad_own_entry_in_a_backup_is_refused_alone() {
    let good = serde_json::to_value(Own::kept(mine("a"), 1.0)).unwrap();
    let builtin_id = serde_json::to_value(Own::kept(mine("screen"), 1.0)).unwrap();
    let text = json!({
        "client_fit_backup": 1,
        "history": [],
        "own": [good.clone(), "nonsense", good, builtin_id, {"id": "gone", "edited_ms": 1}],
    })
    .to_string();
    let imported = import(&text, &[]).unwrap();
    assert_eq!(imported.own.len(), 1);
    let reasons: Vec<(usize, bool)> = imported
        .refused
        .iter()
        .map(|r| (r.index, matches!(r.reason, Refusal::Own(_))))
        .collect();
    assert_eq!(reasons, vec![(1, true), (2, false), (3, true), (4, true)]);
}

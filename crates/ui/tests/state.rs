//! The app's one reducer, natively: each action's effect, and that an action which changes
//! nothing gives back the same state (so nothing re-renders or re-saves).
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use client_fit_core::answers::Answer;
use client_fit_core::backup::export;
use client_fit_core::profile::{Profile, ProfileField};
use client_fit_core::profile_edit::ProfileEdit;
use client_fit_core::session::Step;
use client_fit_core::share::Shared;
use client_fit_core::storage::Saved;
use client_fit_ui::content::ContentError;
use client_fit_ui::state::{Action, Notice, Setup, State, View};
use yew::Reducible;

mod common;

fn fresh() -> Rc<State> {
    // "Your terms first" was already answered: these tests are about what follows it
    // (tests/state_entries.rs covers the step itself).
    Rc::new(State::restore(
        (*common::start(1, "en")).clone(),
        Saved {
            profile_asked: true,
            ..Saved::new()
        },
    ))
}

fn apply(state: Rc<State>, actions: impl IntoIterator<Item = Action>) -> Rc<State> {
    actions
        .into_iter()
        .fold(state, |state, action| state.reduce(action))
}

fn begun() -> Rc<State> {
    apply(
        fresh(),
        [Action::Begin {
            questionnaire: "minimal".into(),
            client: "Acme".into(),
        }],
    )
}

fn answer(id: &str, answer: Answer) -> Action {
    Action::Answer {
        question: id.into(),
        answer: Some(answer),
    }
}

#[test]
fn begin_answer_and_move_through_the_steps() {
    let state = begun();
    let session = state.flow.session.as_deref().unwrap();
    assert_eq!(
        (session.work.client.as_str(), session.step),
        ("Acme", Step::Blink)
    );
    let state = apply(
        state,
        [
            Action::Next,
            answer("respect", Answer::Scale(4)),
            Action::Next,
        ],
    );
    let session = state.flow.session.as_deref().unwrap();
    assert_eq!(session.step, Step::Review);
    assert_eq!(session.work.answers.get("respect"), Some(&Answer::Scale(4)));
    let state = apply(state, [Action::Back]);
    assert_eq!(
        state.flow.session.as_deref().unwrap().step,
        Step::Section(0)
    );
}

#[test]
fn unknown_questionnaires_questions_and_no_op_actions_change_nothing() {
    let state = fresh();
    let same = state.clone().reduce(Action::Begin {
        questionnaire: "nope".into(),
        client: String::new(),
    });
    assert!(Rc::ptr_eq(&state, &same));
    let same = state.clone().reduce(Action::Next);
    assert!(Rc::ptr_eq(&state, &same));
    let state = begun();
    let same = state
        .clone()
        .reduce(answer("no_such_question", Answer::Unknown));
    assert!(Rc::ptr_eq(&state, &same));
    let same = state.clone().reduce(Action::SetLanguage("en".into()));
    assert!(Rc::ptr_eq(&state, &same));
}

#[test]
fn start_over_asks_first_and_only_then_discards() {
    let state = apply(begun(), [Action::AskStartOver]);
    assert!(state.screen.confirming_start_over);
    let kept = apply(state.clone(), [Action::CancelStartOver]);
    assert!(kept.flow.session.is_some() && !kept.screen.confirming_start_over);
    let gone = apply(state, [Action::StartOver]);
    assert!(gone.flow.session.is_none());
}

#[test]
fn saving_twice_updates_the_same_history_entry() {
    let state = apply(
        begun(),
        [
            answer("respect", Answer::Scale(2)),
            Action::SaveToHistory { now_ms: 1000.0 },
        ],
    );
    assert_eq!(state.records.history.len(), 1);
    // Saved as it is: nothing more to save until the next change.
    assert!(!state.needs_saving());
    let id = state
        .flow
        .session
        .as_deref()
        .unwrap()
        .saved_as
        .clone()
        .unwrap();
    let state = apply(
        state,
        [
            answer("respect", Answer::Scale(5)),
            Action::SaveToHistory { now_ms: 2000.0 },
        ],
    );
    assert_eq!(state.records.history.len(), 1);
    assert_eq!(state.records.history[0].id, id);
    assert_eq!(state.records.history[0].created_ms, 1000.0);
    assert_eq!(state.records.history[0].updated_ms, 2000.0);
    assert_eq!(
        state.records.history[0].work.answers.get("respect"),
        Some(&Answer::Scale(5))
    );
}

#[test]
fn reassessing_starts_from_the_earlier_answers_and_links_to_it() {
    let state = apply(
        begun(),
        [
            answer("respect", Answer::Scale(2)),
            Action::SaveToHistory { now_ms: 1000.0 },
            Action::StartOver,
        ],
    );
    let id = state.records.history[0].id.clone();
    let state = apply(
        state,
        [
            Action::Show(View::History),
            Action::Reassess {
                id: id.clone(),
                now_ms: 9000.0,
            },
        ],
    );
    assert_eq!(state.screen.view, View::Assess);
    let session = state.flow.session.as_deref().unwrap();
    assert_eq!(session.work.previous.as_deref(), Some(id.as_str()));
    assert_eq!(session.saved_as, None);
    assert_eq!(session.work.answers.get("respect"), Some(&Answer::Scale(2)));
    let state = apply(state, [Action::SaveToHistory { now_ms: 5000.0 }]);
    assert_eq!(state.records.history.len(), 2);
}

#[test]
fn deleting_the_open_assessment_closes_it_so_it_does_not_save_itself_again() {
    let state = apply(begun(), [Action::SaveToHistory { now_ms: 1.0 }]);
    let id = state.records.history[0].id.clone();
    let state = apply(state, [Action::Delete(id)]);
    assert!(state.records.history.is_empty());
    assert!(state.flow.session.is_none());
    assert!(!state.needs_saving());
}

/// `begun()` answered and taken through to its result.
fn at_result() -> Rc<State> {
    let state = apply(
        begun(),
        [
            answer("respect", Answer::Scale(2)),
            Action::GoTo(Step::Result),
        ],
    );
    assert_eq!(state.flow.session.as_deref().unwrap().step, Step::Result);
    state
}

#[test]
fn an_assessment_asks_to_be_saved_at_its_result_and_after_each_later_change() {
    let answering = apply(begun(), [answer("respect", Answer::Scale(2))]);
    assert!(!answering.needs_saving(), "not before its result");
    let state = at_result();
    assert!(state.needs_saving(), "at its result");
    let state = apply(state, [Action::SaveToHistory { now_ms: 10.0 }]);
    assert!(!state.needs_saving(), "saved as it is");
    let state = apply(state, [Action::SetNotes("Call back on Monday".into())]);
    assert!(state.needs_saving(), "a note typed after saving");
    let state = apply(state, [Action::SaveToHistory { now_ms: 20.0 }]);
    assert_eq!(state.records.history.len(), 1);
    assert_eq!(state.records.history[0].work.notes, "Call back on Monday");
    // Back in the questions, a changed answer still follows the saved copy.
    let state = apply(state, [Action::Back, answer("respect", Answer::Scale(4))]);
    assert!(state.needs_saving());
}

#[test]
fn a_widget_never_asks_to_save_but_an_app_that_cannot_write_keeps_it_in_memory() {
    let state = at_result();
    let mut widget = (*state).clone();
    widget.setup = Rc::new(Setup {
        embedded: Some(Rc::default()),
        ..(*widget.setup).clone()
    });
    assert!(!widget.needs_saving());
    let mut unsaving = (*state).clone();
    unsaving.setup = Rc::new(Setup {
        saving: false,
        ..(*unsaving.setup).clone()
    });
    assert!(unsaving.needs_saving());
}

#[test]
fn a_new_screening_keeps_what_was_done_and_opens_the_start_page_without_asking() {
    let state = apply(at_result(), [Action::SaveToHistory { now_ms: 10.0 }]);
    let state = apply(
        state,
        [
            Action::SetNotes("typed after saving".into()),
            Action::NewScreening { now_ms: 20.0 },
        ],
    );
    assert!(state.flow.session.is_none());
    assert!(!state.screen.confirming_start_over);
    assert_eq!(state.screen.view, View::Assess);
    assert_eq!(state.records.history.len(), 1);
    assert_eq!(state.records.history[0].work.notes, "typed after saving");
    // From History too, with nothing open.
    let state = apply(
        state,
        [
            Action::Show(View::History),
            Action::NewScreening { now_ms: 30.0 },
        ],
    );
    assert_eq!(state.screen.view, View::Assess);
    assert_eq!(state.records.history.len(), 1);
}

#[test]
fn a_share_link_keeps_the_assessment_in_progress_in_history() {
    let state = apply(begun(), [answer("respect", Answer::Scale(1))]);
    let shared = Shared {
        questionnaire: "minimal".into(),
        client: "Other".into(),
        blink: None,
        answers: [("respect".to_owned(), Answer::Scale(5))]
            .into_iter()
            .collect(),
    };
    let state = apply(
        state,
        [Action::OpenShared {
            shared,
            now_ms: 10.0,
        }],
    );
    assert_eq!(state.records.history.len(), 1);
    assert_eq!(state.records.history[0].work.client, "Acme");
    assert!(state.screen.notices.contains(&Notice::InProgressKept));
    let session = state.flow.session.as_deref().unwrap();
    assert_eq!(
        (session.work.client.as_str(), session.step),
        ("Other", Step::Result)
    );
}

#[test]
fn an_imported_profile_only_replaces_an_empty_one() {
    let mine = Profile {
        min_budget: Some(3000.0),
        ..Profile::default()
    };
    let theirs = Profile {
        min_budget: Some(9000.0),
        ..Profile::default()
    };
    let file = export(&theirs, &[], &[], 0.0);
    let state = apply(fresh(), [Action::Import(file.clone())]);
    assert_eq!(state.records.profile.min_budget, Some(9000.0));
    let state = apply(
        fresh(),
        [Action::SetProfile(mine), Action::Import(file.clone())],
    );
    assert_eq!(state.records.profile.min_budget, Some(3000.0));
}

#[test]
fn a_restored_session_for_a_missing_questionnaire_goes_to_history_not_away() {
    let mut saved = Saved::new();
    let mut session = begun().flow.session.as_deref().unwrap().clone();
    session.work.questionnaire = "gone".into();
    saved.session = Some(session);
    let state = State::restore((*common::start(1, "en")).clone(), saved.clone());
    assert!(state.flow.session.is_none());
    assert_eq!(
        state.records.history.len(),
        0,
        "no answers yet: nothing to keep"
    );

    saved
        .session
        .as_mut()
        .unwrap()
        .work
        .answers
        .insert("respect".into(), Answer::Scale(3));
    let state = State::restore((*common::start(1, "en")).clone(), saved);
    assert!(state.flow.session.is_none());
    assert_eq!(state.records.history.len(), 1);
    assert_eq!(state.records.history[0].work.questionnaire, "gone");
    assert_eq!(
        state.records.history[0].work.answers.get("respect"),
        Some(&Answer::Scale(3))
    );
    assert!(state.screen.notices.contains(&Notice::InProgressKept));
}

#[test]
fn opening_a_saved_assessment_keeps_unsaved_work_first() {
    let state = apply(
        begun(),
        [Action::SaveToHistory { now_ms: 1.0 }, Action::StartOver],
    );
    let saved_id = state.records.history[0].id.clone();
    let state = apply(
        state,
        [
            Action::Begin {
                questionnaire: "minimal".into(),
                client: "Unsaved".into(),
            },
            answer("respect", Answer::Scale(2)),
            Action::Open {
                id: saved_id.clone(),
                now_ms: 50.0,
            },
        ],
    );
    assert_eq!(
        state.records.history.len(),
        2,
        "the unsaved work went to history"
    );
    assert!(
        state
            .records
            .history
            .iter()
            .any(|a| a.work.client == "Unsaved")
    );
    assert!(state.screen.notices.contains(&Notice::InProgressKept));
    assert_eq!(
        state.flow.session.as_deref().unwrap().saved_as.as_deref(),
        Some(saved_id.as_str())
    );

    // Opening it again with nothing changed adds nothing more.
    let state = apply(
        state,
        [Action::Open {
            id: saved_id,
            now_ms: 60.0,
        }],
    );
    assert_eq!(state.records.history.len(), 2);
}

#[test]
fn notes_changed_after_saving_count_as_unsaved_work() {
    let state = apply(
        begun(),
        [
            answer("respect", Answer::Scale(2)),
            Action::SaveToHistory { now_ms: 1.0 },
            Action::SetNotes("met them twice".into()),
        ],
    );
    let id = state.records.history[0].id.clone();
    let state = apply(state, [Action::Reassess { id, now_ms: 2.0 }]);
    assert_eq!(state.records.history.len(), 1);
    assert_eq!(state.records.history[0].work.notes, "met them twice");
}

#[test]
fn renaming_the_open_assessment_renames_it_on_screen_too() {
    let state = apply(begun(), [Action::SaveToHistory { now_ms: 1.0 }]);
    let id = state.records.history[0].id.clone();
    let state = apply(
        state,
        [
            Action::Rename {
                id,
                client: "  Acme Ltd ".into(),
                now_ms: 2.0,
            },
            Action::SaveToHistory { now_ms: 3.0 },
        ],
    );
    assert_eq!(
        state.flow.session.as_deref().unwrap().work.client,
        "Acme Ltd"
    );
    assert_eq!(state.records.history[0].work.client, "Acme Ltd");
}

#[test]
fn an_import_merges_into_the_history_as_it_is_now() {
    let file = export(
        &Profile::default(),
        &apply(begun(), [Action::SaveToHistory { now_ms: 7.0 }])
            .records
            .history,
        &[],
        0.0,
    );
    // Something saved here after the file was picked is still there after the import.
    let state = apply(
        begun(),
        [
            Action::SaveToHistory { now_ms: 100.0 },
            Action::Import(file),
        ],
    );
    assert_eq!(
        state.records.history.len(),
        2,
        "{:?}",
        state.records.history
    );
    let state = apply(state, [Action::Import("not json".into())]);
    assert!(
        state
            .screen
            .notices
            .iter()
            .any(|n| matches!(n, Notice::BackupFailed(_)))
    );
    assert_eq!(state.records.history.len(), 2);
}

#[test]
fn edits_apply_to_the_state_as_it_is_when_they_run() {
    // Two edits made from the same drawn page both land (autofill, quick clicks).
    let state = apply(
        fresh(),
        [
            Action::EditProfile(ProfileEdit::Number(ProfileField::MinBudget, Some(1000.0))),
            Action::EditProfile(ProfileEdit::Currency("EUR".into())),
        ],
    );
    assert_eq!(state.records.profile.min_budget, Some(1000.0));
    assert_eq!(state.records.profile.currency, "EUR");
    let same = state
        .clone()
        .reduce(Action::EditProfile(ProfileEdit::Currency("EUR".into())));
    assert!(
        Rc::ptr_eq(&state, &same),
        "an edit that changes nothing keeps the state"
    );
}

#[test]
fn the_blink_reason_and_impression_are_set_separately() {
    let state = apply(
        begun(),
        [
            Action::SetBlinkWhy("gut says no".into()),
            Action::SetImpression(client_fit_core::model::Impression::Bad),
        ],
    );
    let blink = state
        .flow
        .session
        .as_deref()
        .unwrap()
        .work
        .blink
        .clone()
        .unwrap();
    assert_eq!(blink.why, "gut says no");
    assert_eq!(blink.impression, client_fit_core::model::Impression::Bad);
}

#[test]
fn ticked_safeguards_are_kept_and_saved() {
    let state = apply(
        begun(),
        [
            Action::ToggleSafeguard("deposit".into()),
            Action::ToggleSafeguard("written_scope".into()),
            Action::ToggleSafeguard("deposit".into()),
            Action::SaveToHistory { now_ms: 1.0 },
        ],
    );
    assert_eq!(
        state.flow.session.as_deref().unwrap().work.safeguards_done,
        ["written_scope"]
    );
    assert_eq!(
        state.records.history[0].work.safeguards_done,
        ["written_scope"]
    );
}

#[test]
fn a_questionnaire_in_another_language_replaces_the_one_in_use_keeping_the_answers() {
    let state = apply(begun(), [Action::Next, answer("respect", Answer::Scale(4))]);
    let german = Rc::new(common::minimal().in_language("da"));
    let state = apply(state, [Action::Loaded(german.clone())]);
    assert_eq!(
        state.catalogue.questionnaires.len(),
        1,
        "replaced, not added"
    );
    assert!(Rc::ptr_eq(&state.catalogue.questionnaires[0], &german));
    assert!(Rc::ptr_eq(
        state.flow.questionnaire.as_ref().unwrap(),
        &german
    ));
    let answers = &state.flow.session.as_deref().unwrap().work.answers;
    assert_eq!(answers.get("respect"), Some(&Answer::Scale(4)));
    // The same file again changes nothing.
    let again = apply(state.clone(), [Action::Loaded(german)]);
    assert!(Rc::ptr_eq(&again, &state));
}

#[test]
fn questionnaires_arriving_in_any_order_are_listed_built_ins_first_in_their_order() {
    let with_id = |id: &str| {
        let mut q = common::minimal();
        q.id = id.into();
        Rc::new(q)
    };
    let state = apply(
        fresh(),
        [
            Action::Loaded(with_id("intake")),
            Action::Loaded(with_id("screen")),
            Action::Loaded(with_id("checkup")),
        ],
    );
    let ids: Vec<&str> = state
        .catalogue
        .questionnaires
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(ids, ["screen", "checkup", "intake", "minimal"]);
}

#[test]
fn a_questionnaire_that_failed_to_load_is_reported_once() {
    let error = ContentError::Unreachable {
        url: "questionnaires/screen.da.json".into(),
        reason: "offline".into(),
    };
    let state = apply(fresh(), [Action::LoadFailed(error.clone())]);
    assert_eq!(
        state.catalogue.load_problems.as_slice(),
        std::slice::from_ref(&error)
    );
    let again = apply(state.clone(), [Action::LoadFailed(error)]);
    assert!(Rc::ptr_eq(&again, &state));
}

#[test]
fn a_hand_over_on_a_custom_questionnaire_brings_the_questionnaire_which_is_then_kept() {
    let mut source: serde_json::Value = serde_json::from_str(common::MINIMAL).unwrap();
    source["id"] = "wedding-match".into();
    let custom = client_fit_core::backup::Custom::read(source.clone())
        .unwrap()
        .questionnaire;
    let mut session = client_fit_core::session::Session::new(&custom, "Eve");
    session
        .work
        .answers
        .insert("respect".into(), Answer::Scale(2));
    let theirs = client_fit_core::history::Assessment::from_session("w-1".into(), &session, 3.0);
    let file = client_fit_core::backup::export_handover(&theirs, Some(&source), 4.0);

    let state = apply(
        fresh(),
        [
            Action::Import(file),
            Action::Open {
                id: "w-1".into(),
                now_ms: 5.0,
            },
        ],
    );
    assert!(
        state.find("wedding-match").is_some(),
        "the questionnaire came along"
    );
    let open = state.flow.session.as_deref().unwrap();
    assert_eq!(
        (open.work.client.as_str(), open.work.questionnaire.as_str()),
        ("Eve", "wedding-match")
    );
    // Kept on the device with the history, and back after a restart.
    let saved = state.stored().to_saved();
    assert_eq!(saved.questionnaires, [source]);
    let again = State::restore(
        (*common::start(1, "en")).clone(),
        Saved::from_json(&saved.to_json()).unwrap(),
    );
    assert!(again.find("wedding-match").is_some());
}

#[test]
fn a_hand_over_with_a_prospects_copy_never_replaces_the_full_questionnaire() {
    let mut source: serde_json::Value = serde_json::from_str(common::MINIMAL).unwrap();
    source["id"] = "wedding-match".into();
    let full = client_fit_core::backup::Custom::read(source.clone())
        .unwrap()
        .questionnaire;
    let copy = serde_json::to_value(full.for_prospect()).unwrap();
    let handover = |id: &str, source: &serde_json::Value, now: f64| {
        let session = client_fit_core::session::Session::new(&full, "Eve");
        let theirs = client_fit_core::history::Assessment::from_session(id.into(), &session, now);
        client_fit_core::backup::export_handover(&theirs, Some(source), now)
    };
    // The consultant has the full one (from an earlier hand-over); a widget sent the copy.
    let state = apply(
        fresh(),
        [
            Action::Import(handover("w-1", &source, 3.0)),
            Action::Import(handover("w-2", &copy, 4.0)),
        ],
    );
    let kept = state.find("wedding-match").unwrap();
    assert!(!kept.prospect_copy, "the full questionnaire stays");
    assert_eq!(kept.letters, full.letters);
    // With nothing else, the copy is taken in, so the prospect's answers still open.
    let only_copy = apply(fresh(), [Action::Import(handover("w-2", &copy, 4.0))]);
    assert!(only_copy.find("wedding-match").unwrap().prospect_copy);
}

#[test]
fn problems_follow_the_person_to_other_pages() {
    let state = apply(
        begun(),
        [
            answer("respect", Answer::Scale(2)),
            Action::Notify(Notice::StorageUnavailable),
            Action::Show(View::History),
        ],
    );
    assert!(state.screen.notices.contains(&Notice::StorageUnavailable));
}

#[test]
fn a_notes_keystroke_does_not_score_again_but_an_answer_or_profile_edit_does() {
    let state = apply(
        begun(),
        [answer("pays_on_time", Answer::Choice("late".into()))],
    );
    let cache = state.flow.assessed_cache.clone();
    let first = state.assessed().expect("an assessment is in progress");
    let _ = first.changes(&cache);
    assert_eq!((cache.scorings(), cache.searches()), (1, 1));

    // Typing notes, one keystroke at a time: the same result, scored and searched once.
    let mut typed = state;
    for notes in ["P", "Pa", "Pai", "Paid late twice"] {
        typed = typed.reduce(Action::SetNotes(notes.into()));
        let again = typed.assessed().unwrap();
        assert!(Rc::ptr_eq(&first, &again), "notes must not score again");
        let _ = again.changes(&cache);
    }
    typed = typed.reduce(Action::SetClient("Acme Ltd".into()));
    let _ = typed.assessed().unwrap().changes(&cache);
    assert_eq!((cache.scorings(), cache.searches()), (1, 1));

    // A new answer scores again, and the search runs again when it is next asked for.
    let answered = typed.reduce(answer("threatened", Answer::YesNo(true)));
    let after = answered.assessed().unwrap();
    assert!(!Rc::ptr_eq(&first, &after));
    assert_eq!(cache.scorings(), 2);
    let _ = after.changes(&cache);
    assert_eq!(cache.searches(), 2);

    // So does a profile edit, which can change the comparison with the ideal client.
    let edited = answered.reduce(Action::SetProfile(Profile {
        min_budget: Some(5_000.0),
        ..Profile::default()
    }));
    let _ = edited.assessed().unwrap();
    assert_eq!(cache.scorings(), 3);
}

#[test]
fn back_and_forward_arrive_at_pages_and_at_steps_of_the_open_assessment_only() {
    use client_fit_ui::address::Place;
    let state = apply(begun(), [answer("respect", Answer::Scale(2))]);
    let state = apply(state, [Action::Arrive(Place::Page(View::History))]);
    assert_eq!(state.place(), Place::Page(View::History));
    let state = apply(state, [Action::Arrive(Place::Step(Step::Review))]);
    assert_eq!(state.place(), Place::Step(Step::Review));
    // The start page is not reached while an assessment is in progress: nothing is lost.
    let state = apply(state, [Action::Arrive(Place::Start)]);
    assert_eq!(state.place(), Place::Step(Step::Review));
    // A step of an assessment no longer open leads to the start page.
    let state = apply(state, [Action::NewScreening { now_ms: 5.0 }]);
    let arrivals = state.screen.arrivals;
    let state = apply(state, [Action::Arrive(Place::Step(Step::Result))]);
    assert_eq!(state.place(), Place::Start);
    assert_eq!(
        state.screen.arrivals,
        arrivals + 1,
        "each arrival re-renders"
    );
}

#[test]
fn one_question_at_a_time_walks_the_section_question_by_question_and_back() {
    use client_fit_ui::address::Place;
    let state = apply(begun(), [Action::SetOneQuestion(true), Action::Next]);
    // The minimal fixture's section: budget, pays_on_time, threatened, (why_threat), respect.
    assert_eq!(state.one_question_shown(), Some(0));
    assert_eq!(
        state.place(),
        Place::Question {
            section: 0,
            question: 0
        }
    );
    let state = apply(state, [Action::Next, Action::Next]);
    assert_eq!(state.one_question_shown(), Some(2));
    // A single choice moves on by itself, unless the person has moved since.
    let state = apply(
        state,
        [
            answer("threatened", Answer::YesNo(false)),
            Action::AdvanceFrom(2),
        ],
    );
    assert_eq!(
        state.one_question_shown(),
        Some(4),
        "the hidden follow-up is skipped"
    );
    let stale = apply(state.clone(), [Action::AdvanceFrom(2)]);
    assert_eq!(
        stale.one_question_shown(),
        Some(4),
        "a late advance does nothing"
    );
    let state = apply(state, [Action::Back]);
    assert_eq!(state.one_question_shown(), Some(2));
    // The last question leads to the next step; back from it lands on the last question.
    let state = apply(state, [Action::Next, Action::Next]);
    assert_eq!(state.flow.session.as_deref().unwrap().step, Step::Review);
    let state = apply(state, [Action::Back]);
    assert_eq!(state.one_question_shown(), Some(4));
    // Whole sections again: the place is the section.
    let state = apply(state, [Action::SetOneQuestion(false)]);
    assert_eq!(state.place(), Place::Step(Step::Section(0)));
    assert_eq!(state.one_question_shown(), None);
}

//! Combined show-if conditions as the editor builds them (`draft::conditions`): tests joined
//! with "all of these" and "any of these", groups inside groups, members turned around, the
//! tests the editor's picks now cover (`answered`, the friends-and-family policy), all kept by
//! the draft as one change each and deciding what is shown as they say. Property tests: any
//! sequence of the editor's member operations leaves a condition whose groups all have two
//! members or more and never a `not` of a `not`, and is accepted or refused whole; turning the
//! whole condition around always shows the part exactly when it was hidden.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use client_fit_core::answers::{Answer, Answers};
use client_fit_core::condition::Visibility;
use client_fit_core::draft::conditions::{
    a_new_test, add_member, group, join_with, member_at, remove_member, toggle_not,
};
use client_fit_core::draft::{Change, Draft, Shown, asked_earlier, compare_for};
use client_fit_core::edit::EditError;
use client_fit_core::model::{Cmp, Condition, Kind, Lens};
use client_fit_core::own::blank;
use client_fit_core::profile::{FriendsPolicy, Profile};
use proptest::prelude::*;

use common::WORDS;

/// Question 1 yes/no, 2 a number, 3 a text, 4 yes/no: the fourth's condition is built here.
fn draft() -> Draft {
    let mut d = Draft::new(blank("mine", "en", Lens::Screen, &WORDS));
    for (at, kind) in [(1, Kind::Number), (2, Kind::Text), (3, Kind::YesNo)] {
        d = d
            .change(&Change::AddQuestion {
                section: 0,
                at,
                text: "More?".into(),
            })
            .unwrap()
            .unwrap();
        d = d
            .change(&Change::QuestionKind {
                id: format!("question-{}", at + 1),
                kind,
            })
            .unwrap()
            .unwrap_or(d);
    }
    d
}

fn fourth() -> Shown {
    Shown::Question("question-4".into())
}

fn show_fourth(d: &Draft, condition: Option<Condition>) -> Result<Option<Draft>, EditError> {
    d.change(&Change::ShowIf {
        at: fourth(),
        condition,
    })
}

fn is_yes() -> Condition {
    Condition::Is {
        question: "question-1".into(),
        option: "yes".into(),
    }
}

fn shown(d: &Draft, answers: &Answers, profile: &Profile) -> bool {
    Visibility::of(&d.questionnaire, answers, profile).questions[3]
}

fn answers(yes: Option<bool>, number: Option<f64>, text: bool) -> Answers {
    let mut given = Answers::default();
    if let Some(yes) = yes {
        given.insert("question-1".into(), Answer::YesNo(yes));
    }
    if let Some(n) = number {
        given.insert("question-2".into(), Answer::Number(n));
    }
    if text {
        given.insert("question-3".into(), Answer::Text("Soon".into()));
    }
    given
}

#[test]
fn every_earlier_question_can_be_tested_even_a_text_one() {
    let d = draft();
    let ids: Vec<&str> = (asked_earlier(&d.questionnaire, &fourth()).iter())
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(ids, ["question-1", "question-2", "question-3"]);
    // A new member starts from the first question's first answer: valid wherever it goes.
    assert_eq!(a_new_test(&d.questionnaire, &fourth()), is_yes());
    let first = Shown::Question("question-1".into());
    assert!(matches!(
        a_new_test(&d.questionnaire, &first),
        Condition::ProfileSet(_)
    ));
}

#[test]
fn a_combined_condition_is_kept_and_decides_what_is_shown() {
    // Shown after a yes, or when the number is not above 1000 and the text is answered.
    let condition = Condition::Any(vec![
        is_yes(),
        Condition::All(vec![
            Condition::Not(Box::new(compare_for("question-2", Cmp::Gt, 1000.0))),
            Condition::Answered("question-3".into()),
        ]),
    ]);
    let d = show_fourth(&draft(), Some(condition.clone()))
        .expect("it is valid")
        .expect("it changes the draft");
    assert_eq!(
        d.questionnaire.question("question-4").unwrap().show_if,
        Some(condition)
    );
    let profile = Profile::default();
    assert!(shown(&d, &answers(Some(true), None, false), &profile));
    assert!(!shown(
        &d,
        &answers(Some(false), Some(5000.0), true),
        &profile
    ));
    assert!(shown(
        &d,
        &answers(Some(false), Some(500.0), true),
        &profile
    ));
    assert!(!shown(
        &d,
        &answers(Some(false), Some(500.0), false),
        &profile
    ));
    // One step of undo takes the whole condition away.
    assert_eq!(
        d.undo()
            .unwrap()
            .questionnaire
            .question("question-4")
            .unwrap()
            .show_if,
        None
    );
}

#[test]
fn the_friends_policy_and_an_answer_of_any_kind_are_tests_of_their_own() {
    let by_policy = Condition::FriendsPolicy(FriendsPolicy::Never);
    let d = show_fourth(&draft(), Some(by_policy)).unwrap().unwrap();
    let never = Profile {
        friends_policy: FriendsPolicy::Never,
        ..Profile::default()
    };
    assert!(shown(&d, &Answers::default(), &never));
    assert!(!shown(&d, &Answers::default(), &Profile::default()));

    let d = show_fourth(&draft(), Some(Condition::Answered("question-1".into())))
        .unwrap()
        .unwrap();
    let mut unknown = Answers::default();
    unknown.insert("question-1".into(), Answer::Unknown);
    assert!(!shown(&d, &unknown, &Profile::default()));
    assert!(shown(
        &d,
        &answers(Some(false), None, false),
        &Profile::default()
    ));
}

#[test]
fn a_condition_on_a_later_question_is_refused_and_changes_nothing() {
    let d = draft();
    let later = Condition::All(vec![is_yes(), Condition::Answered("question-4".into())]);
    let refused = d.change(&Change::ShowIf {
        at: Shown::Question("question-4".into()),
        condition: Some(later),
    });
    assert!(matches!(refused, Err(EditError::Breaks(_))), "{refused:?}");
}

/// The paths of every member of `c`, the whole one first.
fn paths(c: &Condition) -> Vec<Vec<usize>> {
    let mut all = vec![vec![]];
    let mut i = 0;
    while i < all.len() {
        let path = all[i].clone();
        if let Some((_, members)) = member_at(c, &path).and_then(group) {
            for at in 0..members.len() {
                all.push([path.clone(), vec![at]].concat());
            }
        }
        i += 1;
    }
    all
}

/// No group of fewer than two members and no `not` of a `not`, anywhere in `c`.
fn well_formed(c: &Condition) -> bool {
    match c {
        Condition::Not(inner) => !matches!(**inner, Condition::Not(_)) && well_formed(inner),
        Condition::All(members) | Condition::Any(members) => {
            members.len() >= 2 && members.iter().all(well_formed)
        }
        _ => true,
    }
}

/// One of the editor's operations on the member at one of `c`'s paths.
fn operate(c: &Condition, which: u8, at: usize, new: &Condition) -> Option<Condition> {
    let all = paths(c);
    let path = &all[at % all.len()];
    match which % 5 {
        0 => add_member(c, path, new.clone()),
        1 => add_member(
            c,
            path,
            Condition::All(vec![new.clone(), Condition::Answered("question-3".into())]),
        ),
        2 => toggle_not(c, path),
        3 => join_with(c, path, at.is_multiple_of(2)),
        _ => remove_member(c, path),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Whatever the editor's buttons do to a condition, it stays well formed, and the draft
    /// takes it or refuses it whole.
    #[test]
    fn any_sequence_of_member_operations_stays_well_formed(
        steps in prop::collection::vec((any::<u8>(), 0usize..12), 1..25)
    ) {
        let mut d = show_fourth(&draft(), Some(is_yes())).unwrap().unwrap();
        let new = a_new_test(&d.questionnaire, &fourth());
        for (which, at) in steps {
            let now = d.questionnaire.question("question-4").unwrap().show_if.clone().unwrap();
            let Some(next) = operate(&now, which, at, &new) else { continue };
            prop_assert!(well_formed(&next), "{next:?} from {now:?}");
            let change = Change::ShowIf { at: fourth(), condition: Some(next) };
            d = common::step(&d, &change, |_| false).map_err(TestCaseError::fail)?;
        }
    }

    /// Turning the whole condition around shows the part exactly when it was hidden.
    #[test]
    fn turning_the_whole_condition_around_flips_what_is_shown(
        steps in prop::collection::vec((any::<u8>(), 0usize..12), 0..12),
        yes in prop::option::of(any::<bool>()),
        number in prop::option::of(0.0f64..3000.0),
        text in any::<bool>(),
    ) {
        let d = draft();
        let new = compare_for("question-2", Cmp::Ge, 1000.0);
        let mut c = is_yes();
        for (which, at) in steps {
            if let Some(next) = operate(&c, which, at, &new) {
                c = next;
            }
        }
        let given = answers(yes, number, text);
        let profile = Profile::default();
        let as_is = show_fourth(&d, Some(c.clone())).unwrap().unwrap_or(d.clone());
        let turned = show_fourth(&d, toggle_not(&c, &[])).unwrap().unwrap_or(d.clone());
        prop_assert_eq!(shown(&as_is, &given, &profile), !shown(&turned, &given, &profile));
    }
}

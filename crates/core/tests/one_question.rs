//! Moving through a session's questions. One question at a time (`Session::current_question`,
//! `next_question`, `previous_question`): a section's shown questions in turn, skipping those a
//! condition hides, landing somewhere sensible when an answer hides the one the person was on.
//! And required questions (`Session::missing_required`), which the result waits for.

mod common;

use client_fit_core::answers::Answer;
use client_fit_core::profile::Profile;
use client_fit_core::session::{Session, Step};

/// The minimal fixture's only section: budget, pays_on_time, threatened, why_threat (shown only
/// after a threat), respect.
fn at_section() -> (client_fit_core::model::Questionnaire, Session) {
    let q = common::minimal();
    let mut session = Session::new(&q, "Acme");
    session.step = Step::Section(0);
    (q, session)
}

#[test]
fn next_and_previous_walk_the_shown_questions_and_skip_hidden_ones() {
    let (q, session) = at_section();
    let profile = Profile::default();
    assert_eq!(session.shown_questions(&q, &profile, 0), [0, 1, 2, 4]);
    assert_eq!(session.current_question(&q, &profile, None), Some(0));
    assert_eq!(
        session.next_question(&q, &profile, Some(2)),
        Some(4),
        "the hidden follow-up is skipped"
    );
    assert_eq!(
        session.next_question(&q, &profile, Some(4)),
        None,
        "the last leaves the section"
    );
    assert_eq!(session.previous_question(&q, &profile, Some(4)), Some(2));
    assert_eq!(
        session.previous_question(&q, &profile, Some(0)),
        None,
        "the first goes to the step before"
    );

    let threatened = session.answer(&q, "threatened", Some(Answer::YesNo(true)));
    assert_eq!(
        threatened.next_question(&q, &profile, Some(2)),
        Some(3),
        "the follow-up opens"
    );
}

#[test]
fn a_question_hidden_under_the_person_gives_way_to_the_next_shown_one() {
    let (q, session) = at_section();
    let profile = Profile::default();
    // At the follow-up (index 3) while it is hidden: the next shown one, the last when none.
    assert_eq!(session.current_question(&q, &profile, Some(3)), Some(4));
    assert_eq!(session.current_question(&q, &profile, Some(99)), Some(4));
    // Off a section there is no question.
    let mut review = session.clone();
    review.step = Step::Review;
    assert_eq!(review.current_question(&q, &profile, None), None);
    assert_eq!(review.next_question(&q, &profile, None), None);
    assert_eq!(
        session.shown_questions(&q, &profile, 7),
        Vec::<usize>::new()
    );
}

#[test]
fn the_result_waits_for_required_questions_and_dont_know_is_not_an_answer_to_them() {
    let mut q = common::minimal();
    q.sections[0].questions[1].required = true; // pays_on_time
    let profile = Profile::default();
    let mut session = Session::new(&q, "Acme");
    session.step = Step::Review;
    assert_eq!(session.missing_required(&q, &profile), ["pays_on_time"]);
    assert_eq!(session.next(&q, &profile), Step::Review, "the result waits");
    let unsure = session.answer(&q, "pays_on_time", Some(Answer::Unknown));
    assert_eq!(unsure.missing_required(&q, &profile), ["pays_on_time"]);
    assert_eq!(unsure.next(&q, &profile), Step::Review);
    let answered = session.answer(&q, "pays_on_time", Some(Answer::Choice("early".into())));
    assert!(answered.missing_required(&q, &profile).is_empty());
    assert_eq!(answered.next(&q, &profile), Step::Result);
    // A required question a condition hides is not waited for.
    let mut hidden = common::minimal();
    hidden.sections[0].questions[3].required = true; // why_threat, shown after a threat
    let mut at_review = Session::new(&hidden, "Acme");
    at_review.step = Step::Review;
    assert!(at_review.missing_required(&hidden, &profile).is_empty());
    let threatened = at_review.answer(&hidden, "threatened", Some(Answer::YesNo(true)));
    assert_eq!(
        threatened.missing_required(&hidden, &profile),
        ["why_threat"]
    );
}

//! The editor's preview, natively: its answers live in the reducer's `Screen::preview` only
//! (never the assessment or the history), are kept while the questionnaire is edited and
//! dropped when another one opens; rendered with Yew's server renderer, it shows the questions,
//! then the score, the warning signs and the verdict of the answers given, and "what answers
//! lead to each verdict" with an example for each tier that can be tried out.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use client_fit_core::answers::{Answer, Answers};
use client_fit_core::draft::Change;
use client_fit_core::edit::Edit;
use client_fit_core::explain::answers_for_each_tier;
use client_fit_core::model::Questionnaire;
use client_fit_core::own::Own;
use client_fit_core::profile::Profile;
use client_fit_core::scoring::assess;
use client_fit_core::storage::Saved;
use client_fit_ui::state::{Action, State, View};
use yew::prelude::*;

mod common;
mod editor_common;
use editor_common::*;

/// The small fixture made one's own: three tiers, a deal-breaker, a number question.
fn mine() -> Questionnaire {
    let mut q = common::minimal();
    q.id = "mine".into();
    q
}

fn editing() -> Rc<State> {
    let mut start = (*common::start(5, "en")).clone();
    start.view = View::Questionnaires;
    let state = Rc::new(State::restore(
        start,
        Saved {
            profile_asked: true,
            own: vec![Own::kept(mine(), 1.0)],
            ..Saved::new()
        },
    ));
    state.reduce(Action::EditOwn(Some("mine".into())))
}

fn answer(state: Rc<State>, question: &str, answer: Answer) -> Rc<State> {
    state.reduce(Action::PreviewAnswer {
        question: question.into(),
        answer: Some(answer),
    })
}

/// The preview panel's part of the page.
fn preview(html: &str) -> &str {
    &html[html
        .find("cf-editor-preview")
        .expect("the preview is there")..]
}

/// Its outcome box: score, verdict and signs.
fn outcome(html: &str) -> &str {
    let from = html.find("cf-preview-outcome").unwrap();
    &html[from..from + html[from..].find("cf-preview-clear").unwrap()]
}

#[test]
fn preview_answers_live_only_in_the_preview_and_follow_the_questionnaire() {
    let state = editing();
    assert!(state.screen.preview.is_empty());
    let state = answer(state, "pays_on_time", Answer::Choice("early".into()));
    let state = answer(state, "respect", Answer::Scale(5));
    assert_eq!(state.screen.preview.len(), 2);
    // Never the assessment's or the history's.
    assert!(state.flow.session.is_none());
    assert!(state.records.history.is_empty());
    // The same answer again changes nothing; clearing one removes it.
    let same = answer(state.clone(), "respect", Answer::Scale(5));
    assert!(Rc::ptr_eq(&state, &same));
    let cleared = state.clone().reduce(Action::PreviewAnswer {
        question: "respect".into(),
        answer: None,
    });
    assert_eq!(cleared.screen.preview.len(), 1);

    // An edit keeps the answers; the one to a deleted question then counts for nothing.
    let edited = state.clone().reduce(Action::ChangeOwn {
        change: Change::Edit(Edit::DeleteQuestion {
            id: "respect".into(),
        }),
        now_ms: 20.0,
    });
    assert_eq!(edited.screen.preview, state.screen.preview);
    let q = &edited.screen.editing.as_ref().unwrap().questionnaire;
    let without: Answers = [("pays_on_time".to_owned(), Answer::Choice("early".into()))].into();
    let profile = Profile::default();
    assert_eq!(
        assess(q, &edited.screen.preview, None, &profile),
        assess(q, &without, None, &profile)
    );

    // Closed (or another one opened), the answers go.
    let closed = edited.clone().reduce(Action::EditOwn(None));
    assert!(closed.screen.preview.is_empty());
    // Without an editor open, there is no preview to answer.
    let nothing = answer(closed.clone(), "respect", Answer::Scale(1));
    assert!(Rc::ptr_eq(&closed, &nothing));
    // Reopening the same one keeps them.
    let again = edited.clone().reduce(Action::EditOwn(Some("mine".into())));
    assert_eq!(again.screen.preview, edited.screen.preview);
}

#[tokio::test]
async fn the_preview_shows_the_questions_then_the_score_signs_and_verdict_of_the_answers() {
    let state = editing();
    let html = render(state.clone()).await;
    let panel = preview(&html);
    for text in [
        "Preview",
        "What budget did they name?",
        "How do they pay?",
        "Did they threaten or shout at anyone?",
        "How respectful were they?",
        "No score yet: answer a question.",
        "Too little answered for a verdict yet.",
        "No warning signs raised.",
    ] {
        assert!(panel.contains(text), "{text} missing from {panel}");
    }
    // The note question opens only after a "yes".
    assert!(!panel.contains("What happened?"));

    // Good answers: a strong fit, no sign.
    let good = answer(
        state.clone(),
        "pays_on_time",
        Answer::Choice("early".into()),
    );
    let good = answer(good, "threatened", Answer::YesNo(false));
    let good = answer(good, "respect", Answer::Scale(5));
    let good = answer(good, "budget", Answer::Number(50_000.0));
    let html = render(good.clone()).await;
    let shown = outcome(&html);
    assert!(shown.contains("Verdict: Strong fit"), "{shown}");
    assert!(shown.contains("Score: 100 of 100"), "{shown}");
    assert!(shown.contains("No warning signs raised."), "{shown}");
    // The bar at the foot of a narrow screen says the verdict too, with the way to the
    // preview; the way back shows only once it has been taken.
    let bar = &html[html.find("cf-preview-bar").expect("the bar")..];
    let bar = &bar[..bar.find("</div>").unwrap()];
    assert!(bar.contains("Verdict: Strong fit"), "{bar}");
    assert!(bar.contains(r#"id="cf5-preview-go""#) && bar.contains("See the preview"));
    assert!(!html.contains("Back to where you were editing"));
    // The chosen answers are checked in the form.
    let at = html
        .find("id=\"cf5-preview.pays_on_time.o.early\"")
        .unwrap();
    let tag = &html[html[..at].rfind('<').unwrap()..at];
    assert!(tag.contains("checked"), "{tag}");

    // A threat: the deal-breaker is named and the verdict is the lowest tier.
    let bad = answer(good, "threatened", Answer::YesNo(true));
    let html = render(bad).await;
    let shown = outcome(&html);
    assert!(shown.contains("Verdict: Walk away"), "{shown}");
    assert!(shown.contains("Threatening behaviour"), "{shown}");
    assert!(
        preview(&html).contains("What happened?"),
        "the note now shows"
    );
}

#[tokio::test]
async fn what_answers_lead_to_each_verdict_lists_every_tier_and_its_answers_can_be_tried() {
    let state = editing();
    let html = render(state.clone()).await;
    let panel = preview(&html);
    assert!(
        panel.contains("What answers lead to each verdict"),
        "{panel}"
    );
    for tier in ["Strong fit", "Fit with safeguards", "Walk away"] {
        let button = format!("Try the answers for “{tier}” in the preview");
        assert!(panel.contains(&button), "{button} missing from {panel}");
    }
    assert!(!panel.contains("No answers reach this verdict."));

    // Trying a tier's answers puts them in the preview, which then shows that verdict.
    let q = mine();
    let found = answers_for_each_tier(&q, &Profile::default());
    let middle = found
        .iter()
        .find(|e| e.tier == "safeguards")
        .and_then(|e| e.answers.clone())
        .unwrap();
    let tried = state.reduce(Action::SetPreview(middle.clone()));
    assert_eq!(*tried.screen.preview, middle);
    let html = render(tried).await;
    assert!(
        outcome(&html).contains("Verdict: Fit with safeguards"),
        "{}",
        outcome(&html)
    );
}

#[tokio::test]
async fn a_tier_no_answers_reach_says_so() {
    // One yes/no question left, giving 0 or 100: the middle tier (40 to 75) is out of reach.
    let mut q = mine();
    q.verdicts = vec![
        q.verdicts[0].clone(),
        client_fit_core::model::VerdictBand {
            min: 40.0,
            max: 75.0,
            ..q.verdicts[1].clone()
        },
        client_fit_core::model::VerdictBand {
            max: 40.0,
            ..q.verdicts[2].clone()
        },
    ];
    q.sections[0]
        .questions
        .retain(|question| question.id == "threatened");
    q.sections[0].questions[0].yes = Some(client_fit_core::model::Effect {
        points: [("conduct".to_owned(), -3.0)].into(),
        flags: Vec::new(),
    });
    let mut start = (*common::start(5, "en")).clone();
    start.view = View::Questionnaires;
    let state = Rc::new(State::restore(
        start,
        Saved {
            profile_asked: true,
            own: vec![Own::kept(q, 1.0)],
            ..Saved::new()
        },
    ))
    .reduce(Action::EditOwn(Some("mine".into())));
    let html = render(state).await;
    assert_eq!(
        preview(&html)
            .matches("No answers reach this verdict.")
            .count(),
        1,
        "{html}"
    );
}

#[tokio::test]
async fn every_control_of_the_preview_is_labelled() {
    let state = answer(editing(), "threatened", Answer::YesNo(true));
    let html = render(state).await;
    let panel = preview(&html);
    for (i, _) in panel.match_indices("<input") {
        let tag = &panel[i..i + panel[i..].find('>').unwrap()];
        let id = tag
            .split("id=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        assert!(
            panel.contains(&format!("for=\"{id}\"")),
            "no label for {id}"
        );
    }
    // The panel is named by its heading, and folds away with a native, keyboard-usable toggle.
    let tag = |class: &str| {
        let at = html.find(class).unwrap();
        &html[html[..at].rfind('<').unwrap()..at + html[at..].find('>').unwrap()]
    };
    let aside = tag("cf-editor-preview");
    assert!(
        aside.starts_with("<aside") && aside.contains("aria-labelledby=\"cf5-preview-heading\""),
        "{aside}"
    );
    assert!(panel.contains("id=\"cf5-preview-heading\""));
    let details = tag("cf-preview-panel");
    assert!(
        details.starts_with("<details") && details.contains("open"),
        "{details}"
    );
    assert!(panel.contains("<summary"));
}

#[tokio::test]
async fn a_screenings_first_impression_weighs_in_the_preview_and_an_intake_asks_none() {
    use client_fit_core::model::{Impression, Lens};
    let good = answer(editing(), "pays_on_time", Answer::Choice("early".into()));
    let good = answer(good, "threatened", Answer::YesNo(false));
    let good = answer(good, "respect", Answer::Scale(5));
    let html = render(good.clone()).await;
    assert!(preview(&html).contains("Your first impression"));
    assert!(outcome(&html).contains("Verdict: Strong fit"));

    // A bad first impression with nothing backing it moves the verdict down, as it would in
    // the assessment.
    let bad = good.reduce(Action::SetPreviewImpression(Some(Impression::Bad)));
    assert_eq!(bad.screen.preview_impression, Some(Impression::Bad));
    let judged = assess(
        &mine(),
        &bad.screen.preview,
        Some(Impression::Bad),
        &Profile::default(),
    );
    let label = mine()
        .verdict(judged.verdict.as_deref().unwrap())
        .unwrap()
        .label
        .get("en", "en")
        .to_owned();
    assert_ne!(label, "Strong fit");
    let html = render(bad.clone()).await;
    assert!(
        outcome(&html).contains(&format!("Verdict: {label}")),
        "{}",
        outcome(&html)
    );
    assert!(bad.flow.session.is_none() && bad.records.history.is_empty());

    // Another questionnaire opened: the impression goes with the answers.
    let closed = bad.reduce(Action::EditOwn(None));
    assert_eq!(closed.screen.preview_impression, None);

    // An intake is answered by the prospect, who gives no first impression.
    let intake = editing().reduce(Action::ChangeOwn {
        change: Change::Lens(Lens::Intake),
        now_ms: 30.0,
    });
    let html = render(intake).await;
    assert!(!preview(&html).contains("Your first impression"));
}

#[test]
fn a_rename_in_the_editor_keeps_the_preview_answer() {
    let state = answer(editing(), "pays_on_time", Answer::Choice("late".into()));
    let state = answer(state, "respect", Answer::Scale(2));
    let state = state.reduce(Action::ChangeOwn {
        change: client_fit_core::draft::rename_question("pays_on_time", "payments"),
        now_ms: 40.0,
    });
    let state = state.reduce(Action::ChangeOwn {
        change: Change::Edit(Edit::RenameOption {
            question: "payments".into(),
            from: "late".into(),
            to: "slow".into(),
        }),
        now_ms: 41.0,
    });
    let expected: Answers = [
        ("payments".to_owned(), Answer::Choice("slow".into())),
        ("respect".to_owned(), Answer::Scale(2)),
    ]
    .into();
    assert_eq!(*state.screen.preview, expected);
}

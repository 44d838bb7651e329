//! Hostile text everywhere text can go: every text of a questionnaire (title, intro, sections,
//! questions, help, options, scale ends, dimensions, flags and their advice, safeguards,
//! verdicts, letters), the client's name, the first impression's reason, notes, an overrule's
//! reason, a note answer, the profile, a widget's consultant name, and a history entry. Each
//! page that shows them is rendered natively: the markup must come out as text, never as
//! elements or attributes.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use client_fit_core::answers::{Answer, Blink};
use client_fit_core::embed::Reveal;
use client_fit_core::history::Assessment;
use client_fit_core::model::{Impression, Questionnaire};
use client_fit_core::session::{Session, Step};
use client_fit_core::storage::Saved;
use client_fit_core::text::Text;
use client_fit_core::work::Overrule;
use client_fit_ui::state::{Embedded, Start, View};

mod common;

const HOSTILE: &str = concat!(
    r#"<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">"#,
    r#"<svg onload=alert(1)>"><a href="javascript:alert(1)">x</a> "#,
    // Right-to-left override and a zero-width space: shown, never reordering the page.
    "\u{202e}RTL\u{200b}"
);

/// What must never appear in the markup: the payload's elements and handlers, live.
const LIVE: [&str; 4] = [
    "<script>window",
    "<img src=x",
    "<svg onload",
    "<a href=\"javascript:",
];

fn hostile_questionnaire() -> Questionnaire {
    let mut q = common::minimal();
    q.visit_texts_mut(&mut |at, text| {
        *text = Text::from_pairs([("en", format!("{HOSTILE} {at} {{client}}").as_str())]);
    });
    q
}

fn hostile_session(q: &Questionnaire, step: Step) -> Session {
    let mut session = Session::new(q, HOSTILE);
    session.step = step;
    session.work.blink = Some(Blink {
        impression: Impression::Bad,
        why: HOSTILE.into(),
    });
    session.work.notes = HOSTILE.into();
    session.work.overrule = Some(Overrule {
        verdict: q.verdicts[0].id.clone(),
        reason: HOSTILE.into(),
    });
    let answers = [
        ("threatened", Answer::YesNo(true)),
        ("why_threat", Answer::Text(HOSTILE.into())),
        ("pays_on_time", Answer::Choice("late".into())),
        ("respect", Answer::Scale(1)),
        ("budget", Answer::Number(10.0)),
    ];
    for (id, answer) in answers {
        session.work.answers.insert(id.into(), answer);
    }
    session
}

fn start(view: View, embedded: Option<Reveal>) -> Rc<Start> {
    let mut start = (*common::start(3, "en")).clone();
    start.catalogue = Rc::new(vec![Rc::new(hostile_questionnaire())]);
    start.view = view;
    start.embedded = embedded.map(|reveal| {
        Rc::new(Embedded {
            questionnaire: "minimal".into(),
            reveal,
            consultant_name: HOSTILE.into(),
            consultant_email: "ana@vega.example".into(),
            ..Embedded::default()
        })
    });
    Rc::new(start)
}

fn saved(step: Option<Step>) -> Saved {
    let q = hostile_questionnaire();
    let mut saved = Saved::new();
    saved.profile.name = HOSTILE.into();
    saved.profile.currency = HOSTILE.into();
    saved.session = step.map(|step| hostile_session(&q, step));
    saved.history = vec![Assessment::from_session(
        "h1".into(),
        &hostile_session(&q, Step::Result),
        1.0,
    )];
    saved
}

use common::render_app as render;

fn assert_inert(page: &str, html: &str) {
    for live in LIVE {
        assert!(
            !html.contains(live),
            "{page}: `{live}` came out live:\n{html}"
        );
    }
    assert!(
        html.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"),
        "{page}: the hostile text is not shown as text:\n{html}"
    );
}

#[tokio::test]
async fn every_page_shows_hostile_text_as_text() {
    let steps = [
        ("blink", Some(Step::Blink)),
        ("section", Some(Step::Section(0))),
        ("review", Some(Step::Review)),
        ("result", Some(Step::Result)),
    ];
    for (page, step) in steps {
        assert_inert(page, &render(start(View::Assess, None), saved(step)).await);
    }
    assert_inert(
        "start",
        &render(start(View::Assess, None), saved(None)).await,
    );
    assert_inert(
        "history",
        &render(start(View::History, None), saved(None)).await,
    );
    assert_inert(
        "profile",
        &render(start(View::Profile, None), saved(None)).await,
    );
    // The consultant's own questionnaire, its title and texts hostile, on the Questionnaires page.
    let mut own = saved(None);
    own.own = vec![client_fit_core::own::Own::kept(
        hostile_questionnaire(),
        1.0,
    )];
    assert_inert(
        "questionnaires",
        &render(start(View::Questionnaires, None), own).await,
    );
    for reveal in [Reveal::Thanks, Reveal::Summary, Reveal::Full] {
        let page = format!("widget end ({reveal:?})");
        let html = render(start(View::Assess, Some(reveal)), saved(Some(Step::Result))).await;
        assert_inert(&page, &html);
    }
}

#[tokio::test]
async fn the_result_page_shows_the_hostile_letters_and_advice_as_text() {
    let html = render(start(View::Assess, None), saved(Some(Step::Result))).await;
    // Advice, a safeguard and a letter each carry the payload with where it came from.
    for at in [
        "flag `abuse` advice",
        "safeguard `deposit` title",
        "letter `",
    ] {
        assert!(html.contains(at), "{at} is not on the page");
    }
    assert_inert("result", &html);
}

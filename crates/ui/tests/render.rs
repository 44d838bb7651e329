//! Native rendering tests: each page and component rendered to HTML with Yew's server
//! renderer, checked for the structure people and screen readers rely on.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use client_fit_core::answers::{Answer, Blink};
use client_fit_core::embed::Reveal;
use client_fit_core::model::Impression;
use client_fit_core::session::Step;
use client_fit_core::storage::Saved;
use client_fit_ui::components::{Bar, ScoreChart, ScoreChartProps};
use client_fit_ui::content::ContentError;
use client_fit_ui::state::{Embedded, Notice};
use yew::LocalServerRenderer;

mod common;

async fn render(saved: Saved, language: &str) -> String {
    render_with(common::start(7, language), saved).await
}

use common::render_app as render_with;

fn at(step: Step, answers: &[(&str, Answer)], client: &str) -> Saved {
    common::saved_at(step, answers, client)
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[tokio::test]
async fn start_page_offers_the_questionnaires_and_a_labelled_name_field() {
    let html = render(Saved::new(), "en").await;
    assert!(html.contains("cf-start"), "{html}");
    assert!(html.contains("Minimal screening"));
    assert!(html.contains(r#"for="cf7-client-name""#));
    assert!(html.contains(r#"id="cf7-client-name""#));
    assert!(html.contains("<legend"));
}

#[tokio::test]
async fn interface_follows_the_language() {
    let html = render(Saved::new(), "da").await;
    assert!(html.contains("Tjek en kunde, før du siger ja."), "{html}");
    assert!(html.contains(r#"lang="da""#));
}

#[tokio::test]
async fn blink_page_asks_the_first_impression_as_a_radio_group() {
    let html = render(at(Step::Blink, &[], ""), "en").await;
    assert!(html.contains("First impression"));
    // Before the questions, never "Section 0"; the count is in questions.
    assert!(
        html.contains("Before the questions · Questions answered: 0 of 4"),
        "{html}"
    );
    assert!(!html.contains("Section 0"));
    assert_eq!(count(&html, r#"type="radio""#), 3);
    assert!(html.contains("<fieldset"));
}

#[tokio::test]
async fn section_page_draws_each_shown_question_as_a_fieldset() {
    let html = render(at(Step::Section(0), &[], ""), "en").await;
    // Five questions, one hidden until "threatened" is yes.
    assert_eq!(count(&html, "<fieldset"), 4, "{html}");
    assert_eq!(count(&html, "<legend"), 4);
    assert!(html.contains("Section 1 of 1"));
    assert!(html.contains(r#"inputmode="decimal""#));
    assert!(!html.contains("What happened?"));

    let html = render(
        at(Step::Section(0), &[("threatened", Answer::YesNo(true))], ""),
        "en",
    )
    .await;
    assert!(html.contains("What happened?"));
}

#[tokio::test]
async fn review_lists_unanswered_questions() {
    let html = render(
        at(Step::Review, &[("budget", Answer::Number(900.0))], ""),
        "en",
    )
    .await;
    assert!(html.contains("How do they pay?"));
    assert!(!html.contains("What budget did they name?"));
}

#[tokio::test]
async fn a_deal_breaker_is_shown_first_with_the_answer_that_caused_it() {
    let saved = at(
        Step::Result,
        &[
            ("threatened", Answer::YesNo(true)),
            ("pays_on_time", Answer::Choice("early".into())),
            ("respect", Answer::Scale(5)),
        ],
        "Acme",
    );
    let html = render(saved, "en").await;
    assert!(html.contains("Result for Acme"));
    assert!(html.contains("Walk away"));
    let deal_breakers = html.find("cf-deal-breakers").expect("deal-breakers shown");
    let scores = html.find("cf-scores").expect("scores shown");
    assert!(
        deal_breakers < scores,
        "deal-breakers come before the scores"
    );
    assert!(html.contains("Threatening behaviour"));
    assert!(html.contains("Did they threaten or shout at anyone? — Yes"));
    assert!(html.contains(r#"role="status""#));
    assert!(html.contains("Polite decline"));
}

#[tokio::test]
async fn a_good_result_shows_the_chart_and_no_warning_signs() {
    let saved = at(
        Step::Result,
        &[
            ("threatened", Answer::YesNo(false)),
            ("pays_on_time", Answer::Choice("early".into())),
            ("respect", Answer::Scale(5)),
        ],
        "",
    );
    let saved = Saved {
        profile: client_fit_core::profile::Profile {
            min_budget: Some(5000.0),
            ..Default::default()
        },
        ..saved
    };
    let html = render(saved, "en").await;
    assert!(html.contains("Strong fit"), "{html}");
    assert!(html.contains("No warning signs were raised."));
    assert!(html.contains("<svg"));
    assert!(html.contains("Money 100"));
    // Budget was not answered: it is on the list of things to find out.
    assert!(html.contains("Ask what budget they have set aside."));
}

#[tokio::test]
async fn hostile_text_is_shown_as_text() {
    let saved = at(Step::Result, &[], "<img src=x onerror=alert(1)>");
    let html = render(saved, "en").await;
    assert!(!html.contains("<img src=x"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
}

#[tokio::test]
async fn notices_are_shown() {
    let mut start = (*common::start(7, "en")).clone();
    start.notices = vec![
        Notice::StorageUnavailable,
        Notice::SavedByNewer,
        Notice::SavedDataDamaged("{broken".into()),
    ];
    let html = render_with(Rc::new(start), Saved::new()).await;
    assert!(html.contains("will not let Client Fit save"));
    assert!(html.contains("saved by a newer Client Fit"));
    assert!(html.contains("Download the damaged copy"));
}

#[tokio::test]
async fn questionnaires_that_failed_to_load_are_reported() {
    let mut start = (*common::start(7, "en")).clone();
    let problems = client_fit_core::load::load("{\"format\": 1").unwrap_err();
    start.load_problems = Rc::new(vec![
        ContentError::Invalid {
            url: "questionnaires/cut.en.json".into(),
            problems,
        },
        ContentError::Unreachable {
            url: "questionnaires/gone.en.json".into(),
            reason: "HTTP 404 Not Found".into(),
        },
    ]);
    let html = render_with(Rc::new(start), Saved::new()).await;
    assert!(html.contains("This questionnaire cannot be loaded:"));
    assert!(html.contains("questionnaires/cut.en.json"));
    assert!(html.contains("cut off"));
    assert!(
        html.contains("questionnaires/gone.en.json: could not be fetched (HTTP 404 Not Found)")
    );
}

#[tokio::test]
async fn score_chart_labels_every_bar_with_its_value() {
    let props = ScoreChartProps {
        bars: vec![
            Bar {
                label: "Money".into(),
                value: Some(72.4),
            },
            Bar {
                label: "Trust".into(),
                value: None,
            },
        ],
        title: "Scores".into(),
        unknown: "—".into(),
    };
    let html = LocalServerRenderer::<ScoreChart>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    assert!(html.contains(">Money<"));
    assert!(html.contains(">72<"));
    assert!(html.contains(">—<"));
    assert!(html.contains(r#"role="img""#));
}

#[tokio::test]
async fn profile_page_has_a_labelled_field_for_each_setting() {
    let mut start = (*common::start(7, "en")).clone();
    start.view = client_fit_ui::state::View::Profile;
    let saved = Saved {
        profile: client_fit_core::profile::Profile {
            min_budget: Some(4000.0),
            weights: [("money".to_owned(), 3.0)].into_iter().collect(),
            ..Default::default()
        },
        ..Saved::new()
    };
    let html = render_with(Rc::new(start), saved).await;
    assert!(html.contains("Your ideal client profile"), "{html}");
    for id in [
        "name",
        "currency",
        "min-budget",
        "deposit",
        "payment-days",
        "min-weeks",
        "max-weeks",
        "reply-hours",
        "weekly-hours",
    ] {
        assert!(
            html.contains(&format!(r#"for="cf7-profile-{id}""#)),
            "no label for {id}"
        );
    }
    // Written the language's way, with what it reads as under it.
    assert!(html.contains(r#"value="4,000""#));
    assert!(html.contains(r#"id="cf7-profile-min-budget-read" class="cf-number-read">= 4,000<"#));
    // One importance group per dimension of the catalogue, with "very important" chosen for money.
    assert!(html.contains(">Money<"));
    assert!(
        html.contains(r#"<input checked type="radio" id="cf7-weight-money-3""#),
        "{html}"
    );
    assert!(html.contains(r#"<input type="radio" id="cf7-weight-money-1""#));
}

fn assessment(
    id: &str,
    client: &str,
    answers: &[(&str, Answer)],
) -> client_fit_core::history::Assessment {
    let saved = at(Step::Result, answers, client);
    let session = saved.session.expect("a session");
    client_fit_core::history::Assessment::from_session(id.to_owned(), &session, 1_795_305_600_000.0)
}

#[tokio::test]
async fn history_lists_each_assessment_with_its_verdict_and_actions() {
    let mut start = (*common::start(7, "en")).clone();
    start.view = client_fit_ui::state::View::History;
    let saved = Saved {
        history: vec![
            assessment("1", "Acme", &[("threatened", Answer::YesNo(true))]),
            assessment("2", "", &[("pays_on_time", Answer::Choice("early".into()))]),
        ],
        ..Saved::new()
    };
    let html = render_with(Rc::new(start), saved).await;
    assert_eq!(count(&html, "cf-history-item"), 2, "{html}");
    assert!(html.contains("Acme"));
    assert!(html.contains("(no name)"));
    assert!(html.contains("2026-11-22"));
    assert!(html.contains("Walk away"));
    for action in [
        "Open",
        "Re-assess",
        "Rename",
        "Delete",
        "Export everything (JSON backup)",
        "Import a backup",
    ] {
        assert!(html.contains(action), "no {action}");
    }
    assert!(html.contains(r#"type="file""#));
}

#[tokio::test]
async fn an_empty_history_says_so() {
    let mut start = (*common::start(7, "en")).clone();
    start.view = client_fit_ui::state::View::History;
    let html = render_with(Rc::new(start), Saved::new()).await;
    assert!(html.contains("No saved assessments yet."));
}

#[tokio::test]
async fn an_overruled_verdict_is_shown_beside_the_computed_one() {
    let mut saved = at(Step::Result, &[("threatened", Answer::YesNo(true))], "Acme");
    if let Some(session) = saved.session.as_mut() {
        session.work.overrule = Some(client_fit_core::work::Overrule {
            verdict: "safeguards".into(),
            reason: "Known them <b>for years</b>".into(),
        });
    }
    let html = render(saved, "en").await;
    assert!(html.contains("Your verdict: Fit with safeguards"), "{html}");
    assert!(html.contains("Computed verdict: Walk away"));
    assert!(html.contains("Why: Known them &lt;b&gt;for years&lt;/b&gt;"));
    // With an overrule in place the form offers to remove it.
    assert!(html.contains("Remove my verdict"));
}

#[tokio::test]
async fn the_result_offers_its_actions_and_private_notes() {
    let html = render(at(Step::Result, &[], "Acme"), "en").await;
    for action in [
        "New screening",
        "Saved in History as you go.",
        "Download as JSON",
        "Copy share link",
        "Print",
    ] {
        assert!(html.contains(action), "no {action}");
    }
    assert!(html.contains("Private notes"));
    assert!(html.contains("never put in a share link"));
}

#[tokio::test]
async fn a_reassessment_shows_what_changed() {
    let earlier = assessment("1", "Acme", &[("threatened", Answer::YesNo(true))]);
    let mut saved = at(
        Step::Result,
        &[("threatened", Answer::YesNo(false))],
        "Acme",
    );
    if let Some(session) = saved.session.as_mut() {
        session.work.previous = Some("1".into());
    }
    saved.history = vec![earlier];
    let html = render(saved, "en").await;
    assert!(html.contains("What changed since 2026-11-22"), "{html}");
    assert!(html.contains("Warning signs now gone"));
    assert!(html.contains("Threatening behaviour"));
    assert!(html.contains("Verdict: Walk away → "));
}

#[tokio::test]
async fn every_notice_reads_in_words() {
    use client_fit_core::backup::{BackupError, Refusal, Refused};
    use client_fit_core::share::ShareError;
    use client_fit_ui::state::ImportReport;
    let mut start = (*common::start(7, "en")).clone();
    start.notices = vec![
        Notice::ShareBroken(ShareError::Truncated),
        Notice::BackupFailed(BackupError::NotOurs),
        Notice::Imported(ImportReport {
            added: 2,
            updated: 1,
            unchanged: 0,
            refused: vec![Refused {
                index: 3,
                reason: Refusal::NoId,
            }],
            profile_taken: Some(false),
            profile_error: Some("bad field".into()),
        }),
    ];
    let html = render_with(Rc::new(start), Saved::new()).await;
    assert!(html.contains("This link could not be opened: it was cut off; copy the whole link."));
    assert!(html.contains("This file is not a Client Fit backup."));
    assert!(html.contains("Backup imported: 2 added, 1 updated, 0 already here."));
    assert!(html.contains("Entry 4 was refused: it has no id."));
    assert!(html.contains("Your current profile was kept"));
    assert!(
        html.contains(
            "The profile in the backup could not be read, so it was not applied: bad field"
        )
    );
}

#[yew::component]
fn ConfirmHarness() -> yew::Html {
    use client_fit_ui::components::ConfirmDialog;
    use client_fit_ui::context::AppContext;
    use client_fit_ui::state::State;
    use yew::prelude::*;
    let state = use_reducer(|| {
        let mut state = State::restore((*common::start(7, "en")).clone(), at(Step::Blink, &[], ""));
        state.screen.confirming_start_over = true;
        state
    });
    html! {
        <ContextProvider<AppContext> context={AppContext { state, root: NodeRef::default() }}>
            <ConfirmDialog />
        </ContextProvider<AppContext>>
    }
}

#[tokio::test]
async fn start_over_asks_in_an_alert_dialog_with_cancel_first() {
    let html = LocalServerRenderer::<ConfirmHarness>::new()
        .hydratable(false)
        .render()
        .await;
    assert!(html.contains(r#"role="alertdialog""#), "{html}");
    assert!(html.contains("Discard every answer of this assessment and start over?"));
    let cancel = html.find(">Cancel<").expect("cancel offered");
    let discard = html
        .find(">Discard and start over<")
        .expect("discard offered");
    assert!(cancel < discard);
}

#[tokio::test]
async fn each_score_can_be_traced_to_the_answers_that_made_it() {
    let saved = at(
        Step::Result,
        &[
            ("pays_on_time", Answer::Choice("late".into())),
            ("respect", Answer::Scale(4)),
        ],
        "",
    );
    let html = render(saved, "en").await;
    assert!(html.contains("What made each score"), "{html}");
    assert!(html.contains("How do they pay? — Often late (-2)"));
    assert!(html.contains("How respectful were they? — 4 of 5 (+1)"));
}

#[tokio::test]
async fn element_ids_stay_unique_even_for_an_option_called_unknown() {
    let mut questionnaire = common::minimal();
    for question in questionnaire
        .sections
        .iter_mut()
        .flat_map(|s| s.questions.iter_mut())
    {
        if let Some(option) = question.options.iter_mut().find(|o| o.id == "late") {
            option.id = "unknown".into();
            option.flags.clear();
        }
    }
    let mut start = (*common::start(7, "en")).clone();
    start.catalogue = Rc::new(vec![Rc::new(questionnaire)]);
    let html = render_with(
        Rc::new(start),
        at(Step::Section(0), &[("threatened", Answer::YesNo(true))], ""),
    )
    .await;
    let mut ids: Vec<&str> = html
        .split(" id=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    let total = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), total, "duplicate element ids in {html}");
    assert!(html.contains(r#"id="cf7-q.pays_on_time.o.unknown""#));
    assert!(html.contains(r#"id="cf7-q.pays_on_time.unknown""#));
}

/// A widget at its end, with the consultant's profile (which must never show) and `reveal`.
async fn embedded_end(reveal: Reveal) -> String {
    let mut start = (*common::start(9, "en")).clone();
    start.embedded = Some(Rc::new(Embedded {
        questionnaire: "minimal".into(),
        reveal,
        consultant_name: "Vega Studio".into(),
        consultant_email: "ana@vega.example".into(),
        ..Embedded::default()
    }));
    let mut saved = at(
        Step::Result,
        &[
            ("budget", Answer::Number(100.0)),
            ("respect", Answer::Scale(1)),
            ("pays_on_time", Answer::Choice("late".into())),
        ],
        "Eve",
    );
    saved.profile.name = "PROFILE-SECRET".into();
    saved.profile.min_budget = Some(987_654.0);
    saved.session.as_mut().unwrap().work.notes = "NOTES-SECRET".into();
    render_with(Rc::new(start), saved).await
}

#[tokio::test]
async fn a_widget_ends_with_what_the_consultant_chose_to_reveal_and_nothing_private() {
    let thanks = embedded_end(Reveal::Thanks).await;
    let summary = embedded_end(Reveal::Summary).await;
    let full = embedded_end(Reveal::Full).await;
    for html in [&thanks, &summary, &full] {
        assert!(html.contains("Your answers are ready for Vega Studio."));
        assert!(html.contains("Download my answers"));
        assert!(html.contains("mailto:ana@vega.example?subject="));
        for private in [
            "PROFILE-SECRET",
            "987",
            "NOTES-SECRET",
            "cf-tabs",
            "Save to history",
        ] {
            assert!(!html.contains(private), "{private} shows to the prospect");
        }
    }
    assert!(!thanks.contains("Your answers</h3>") && !thanks.contains("cf-verdict"));
    // Nothing is sent yet at the end: it says what is left to do, not "thank you".
    assert!(thanks.contains("Last step: send your answers"), "{thanks}");
    assert!(summary.contains("Your answers</h3>") && summary.contains("How respectful were they?"));
    assert!(!summary.contains("cf-verdict") && !summary.contains("cf-overall"));
    assert!(full.contains("cf-verdict") && full.contains("cf-overall"));
    // The prospect reads words for them: the topics to talk about, by the questions that raised
    // them, never the consultant's tier or the warning signs' titles.
    let end = full.find("cf-prospect-result").expect("the full result");
    let theirs = &full[end..];
    assert!(
        theirs.contains("Things we&#39;d like to talk about")
            || theirs.contains("Things we'd like to talk about"),
        "{theirs}"
    );
    assert!(theirs.contains("<li>How do they pay?</li>"), "{theirs}");
    for consultant_words in [
        "Pays late",
        "Warning signs",
        "Walk away",
        "Fit with safeguards",
        "Strong fit",
    ] {
        assert!(
            !theirs.contains(consultant_words),
            "{consultant_words} shows to the prospect"
        );
    }
    assert!(
        !full.contains("Ask for a deposit"),
        "the consultant's advice stays theirs"
    );
}

#[tokio::test]
async fn too_little_known_shows_no_verdict_and_what_to_find_out_first() {
    let saved = at(Step::Result, &[("respect", Answer::Scale(5))], "Acme");
    let html = render(saved, "en").await;
    assert!(html.contains("Not enough to judge yet"), "{html}");
    assert!(
        html.contains("Only "),
        "the reason says how little is known"
    );
    let steps = html.find("cf-next-steps").expect("the next steps");
    let actions = html.find("cf-result-actions").expect("result actions");
    assert!(steps < actions, "finding out comes first");
    assert!(html[steps..actions].contains("Find out: "), "{html}");
    // Its part opens on its own: it is what to do next.
    assert!(
        html.contains(r#"<details open="open" class="cf-block cf-part cf-find-out">"#),
        "{html}"
    );
    assert!(!html.contains("cf-letters"), "no letter without a verdict");
    assert!(
        html.contains(r#"<span class="cf-overall">—</span>"#),
        "no overall score claims more than is known"
    );
}

#[tokio::test]
async fn a_bad_impression_alone_moves_the_verdict_down_and_says_why() {
    let mut saved = at(
        Step::Result,
        &[
            ("budget", Answer::Number(9000.0)),
            ("threatened", Answer::YesNo(false)),
            ("pays_on_time", Answer::Choice("early".into())),
            ("respect", Answer::Scale(5)),
        ],
        "Acme",
    );
    let work = &mut saved.session.as_mut().unwrap().work;
    work.blink = Some(Blink {
        impression: Impression::Bad,
        why: String::new(),
    });
    let html = render(saved, "en").await;
    // The score alone is a strong fit; the gut takes it one tier down, and says so.
    assert!(
        html.contains(r#"class="cf-verdict cf-verdict-unsure""#),
        "{html}"
    );
    assert!(html.contains("Your first impression was bad. Nothing you saw backs it yet"));
    assert!(html.contains("holds the verdict at"));
    assert!(
        html.contains("cf-scale-band-verdict"),
        "the verdict's band is drawn"
    );
    assert!(
        html.contains(r#"class="cf-find-out-gut""#),
        "name what you saw, first"
    );
}

#[tokio::test]
async fn the_result_leads_with_the_verdict_its_reasons_and_three_steps_then_closed_parts() {
    let saved = at(Step::Result, &[("threatened", Answer::YesNo(true))], "Acme");
    let html = render(saved, "en").await;
    let verdict = html.find("cf-verdict-block").expect("the verdict");
    let why = html.find("cf-reasons").expect("its reasons");
    let steps = html.find("cf-next-steps").expect("the next steps");
    let copy = html
        .find("Copy the letter")
        .expect("the first letter's copy button");
    let first_part = html.find("cf-part").expect("the parts");
    assert!(
        verdict < why && why < steps && steps < copy && copy < first_part,
        "{html}"
    );
    assert!(html.contains("Send the letter “Polite decline”."), "{html}");
    assert!(
        html[steps..first_part]
            .matches("<li class=\"cf-step")
            .count()
            <= 3
    );
    // Below the summary, every part is closed, with its heading and one line.
    assert!(
        !html.contains(" open>") && !html.contains(" open=\""),
        "{html}"
    );
    for (title, line) in [
        ("Warning signs", "Raised: 1, deal-breakers among them: 1"),
        ("Scores", "confidence"),
        ("Letters", "Polite decline"),
    ] {
        let at = html
            .find(&format!(r#"<h3 class="cf-part-title">{title}</h3>"#))
            .unwrap_or_else(|| panic!("no part {title}: {html}"));
        let rest = &html[at..];
        let line_at = rest.find("cf-part-line").expect("a summary line");
        assert!(
            rest[line_at..]
                .split("</span>")
                .next()
                .unwrap()
                .contains(line),
            "{title}: {html}"
        );
    }
}

#[tokio::test]
async fn one_question_at_a_time_draws_the_question_shown_its_place_and_the_switch() {
    let mut start = (*common::start(7, "en")).clone();
    start.one_question = true;
    let html = render_with(Rc::new(start), at(Step::Section(0), &[], "")).await;
    assert_eq!(count(&html, "<fieldset"), 1, "{html}");
    assert!(html.contains("What budget did they name?"));
    assert!(html.contains("Question 1 of 4"), "{html}");
    assert!(html.contains(r#"id="cf7-current-question""#));
    assert!(
        html.contains(r#"aria-pressed="true" class="cf-button cf-button-quiet cf-layout-toggle""#),
        "{html}"
    );
    // Whole sections: the switch is off and every shown question is there.
    let html = render(at(Step::Section(0), &[], ""), "en").await;
    assert!(
        html.contains(r#"aria-pressed="false" class="cf-button cf-button-quiet cf-layout-toggle""#),
        "{html}"
    );
    assert!(!html.contains("Question 1 of"));
}

#[tokio::test]
async fn the_review_lists_required_questions_first_and_marks_them_on_their_step() {
    let mut q = common::minimal();
    q.sections[0].questions[1].required = true; // "How do they pay?"
    let mut start = (*common::start(7, "en")).clone();
    start.catalogue = Rc::new(vec![Rc::new(q)]);
    let start = Rc::new(start);
    let html = render_with(start.clone(), at(Step::Review, &[], "")).await;
    let required = html.find("cf-review-required").expect("the required block");
    assert!(
        html[required..].contains("Answer these to see the result:"),
        "{html}"
    );
    let pays = html.find("How do they pay?").expect("listed");
    assert!(pays > required);
    assert_eq!(
        count(&html, "How do they pay?"),
        1,
        "listed once, as required"
    );
    let html = render_with(start.clone(), at(Step::Section(0), &[], "")).await;
    assert!(
        html.contains("How do they pay?<span class=\"cf-required\"> (required)</span>"),
        "{html}"
    );
    // Answered: nothing waits.
    let answered = at(
        Step::Review,
        &[("pays_on_time", Answer::Choice("early".into()))],
        "",
    );
    let html = render_with(start, answered).await;
    assert!(!html.contains("cf-review-required"));
}

//! The end of an embedded questionnaire, for the prospect: a thank-you, then what the consultant
//! chose to show (nothing more, their own answers, or the result without anything of the
//! consultant's), and the hand-over: a file to download or an email to send.

use yew::prelude::*;

use crate::context::use_app;
use crate::device;
use crate::state::{Action, Outbox};
use client_fit_core::backup::export_handover;
use client_fit_core::describe::{answer_text_with_currency, json_file_name, whole};
use client_fit_core::embed::{EmailLabels, Reveal, email_body, mailto};
use client_fit_core::history::{Assessment, unique_id};
use client_fit_core::model::Impression;
use client_fit_core::scoring::Standing;
use client_fit_core::share::{Shared, encode};
use client_fit_core::submit::{SendFailure, SendState};
use client_fit_core::ui_text::Ui;

use super::score_chart::{Bar, ScoreChart};

/// The widget's end screen for the prospect: where their answers stand, what they may see of
/// the result, and the hand-over. It says exactly what happened: "Sent to …" only once the
/// consultant's endpoint accepted the answers; otherwise what is left to do.
#[component]
pub fn ProspectEnd() -> Html {
    let app = use_app();
    let (Some(session), Some(questionnaire), Some(embedded)) = (
        app.flow.session.clone(),
        app.flow.questionnaire.clone(),
        app.setup.embedded.clone(),
    ) else {
        return Html::default();
    };
    let q = &*questionnaire;
    let work = &session.work;
    let text = |t: &client_fit_core::text::Text| app.text(q, t);

    let thanks = if embedded.consultant_name.is_empty() {
        app.ui(Ui::ThanksPlain).to_owned()
    } else {
        app.ui_fill(Ui::ThanksFor, &[("name", &embedded.consultant_name)])
    };
    let summary = (embedded.reveal == Reveal::Summary).then(|| {
        let rows = q.questions().filter_map(|(_, question)| {
            let answer = work.answers.get(&question.id)?;
            Some(html! {
                <>
                    <dt>{ text(&question.text) }</dt>
                    <dd>{ answer_text_with_currency(q, question, answer, &app.records.language, &app.records.profile.currency) }</dd>
                </>
            })
        });
        html! {
            <section class="cf-block cf-your-answers">
                <h3 class="cf-subtitle">{ app.ui(Ui::YourAnswers) }</h3>
                <dl class="cf-answer-list">{ for rows }</dl>
            </section>
        }
    });
    // The full result, as far as it is the prospect's: no profile details, notes or letters.
    let full = (embedded.reveal == Reveal::Full).then(|| {
        let Some(assessed) = app.assessed() else {
            return Html::default();
        };
        let outcome = &assessed.outcome;
        let verdict = outcome.verdict.as_deref().and_then(|id| q.verdict(id));
        // Too little known: no overall score claims more than is known (as on the result page).
        let shown_overall = outcome.overall.filter(|_| outcome.standing != Standing::NotEnough);
        let bars: Vec<Bar> = outcome
            .dimensions
            .iter()
            .filter_map(|d| {
                Some(Bar {
                    label: text(&q.dimension(&d.id)?.label),
                    value: d.score,
                })
            })
            .collect();
        // The prospect reads about themself: the verdict in words for them, never a tier
        // meant for the consultant ("Walk away"), and the topics to talk about, named by the
        // questions that raised them, never the warning signs' titles ("Pays late").
        let their_verdict = verdict.map(|band| match band.leaning {
            Impression::Good => Ui::ProspectGoodFit,
            Impression::Unsure => Ui::ProspectDiscuss,
            Impression::Bad => Ui::ProspectTalkFirst,
        });
        let mut topics: Vec<&str> = Vec::new();
        for raised in &outcome.flags {
            if !topics.contains(&raised.question.as_str()) {
                topics.push(raised.question.as_str());
            }
        }
        let topics = topics.into_iter().filter_map(|id| {
            let question = q.question(id)?;
            Some(html! { <li>{ text(&question.text) }</li> })
        });
        html! {
            <section class="cf-block cf-prospect-result">
                <h3 class="cf-subtitle">{ app.ui(Ui::HowItLooks) }</h3>
                if let Some(words) = their_verdict {
                    <p class="cf-verdict">{ app.ui(words) }</p>
                } else {
                    <p class="cf-verdict cf-verdict-none">{ app.ui(Ui::NotEnoughToJudge) }</p>
                }
                <p>{ app.ui(Ui::OverallScore) }{ ": " }
                    <span class="cf-overall">{ shown_overall.map_or("—".to_owned(), whole) }</span>{ " / 100" }</p>
                <ScoreChart {bars} title={app.ui(Ui::OverallScore)} unknown={AttrValue::from("—")} />
                <h4 class="cf-subtitle">{ app.ui(Ui::ProspectTopics) }</h4>
                if outcome.flags.is_empty() {
                    <p>{ app.ui(Ui::ProspectNoTopics) }</p>
                } else {
                    <ul class="cf-topics">{ for topics }</ul>
                }
            </section>
        }
    });

    let download = {
        let (session, stem) = (session.clone(), q.id.clone());
        let custom = app.custom_source(&q.id);
        let name = json_file_name(&format!("client-fit-{}", q.id), &work.client, "answers");
        Callback::from(move |_| {
            let now = device::now_ms();
            // Unique across prospects, so one import never replaces another prospect's intake.
            let id = format!("{stem}-{}", unique_id(&[], now));
            let assessment = Assessment::from_session(id, &session, now);
            let file = export_handover(&assessment, custom.as_deref(), now);
            device::download(&name, "application/json", &file);
        })
    };
    let email = (!embedded.consultant_email.is_empty()).then(|| {
        let code = encode(q, &Shared::from(work)).unwrap_or_default();
        let labels = EmailLabels {
            code_intro: app.ui(Ui::EmailCodeIntro).to_owned(),
        };
        let body = email_body(
            q,
            &work.client,
            &work.answers,
            &app.records.language,
            &code,
            &labels,
        );
        let subject = app.ui_fill(Ui::EmailSubject, &[("title", &text(&q.title))]);
        mailto(&embedded.consultant_email, &subject, &body)
    });
    let back = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Back))
    };
    let retry = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::RetrySend))
    };

    let name = &embedded.consultant_name;
    let delivery = Delivery::of(embedded.submit_url.is_some(), &app.outbox);
    let (title, status) = match &delivery {
        Delivery::HandOver => (app.ui(Ui::LastStepTitle).to_owned(), thanks),
        Delivery::Sending => (app.ui(Ui::Sending).to_owned(), String::new()),
        Delivery::Sent if name.is_empty() => (
            app.ui(Ui::SentPlain).to_owned(),
            app.ui(Ui::SentNote).to_owned(),
        ),
        Delivery::Sent => (
            app.ui_fill(Ui::SentTo, &[("name", name)]),
            app.ui(Ui::SentNote).to_owned(),
        ),
        Delivery::NotSent(why) => {
            let why = match why {
                SendState::Offline => app.ui(Ui::SendOffline).to_owned(),
                SendState::Failed(SendFailure::Refused(status)) => {
                    app.ui_fill(Ui::SendRefused, &[("status", &status.to_string())])
                }
                _ => app.ui(Ui::SendNoAnswer).to_owned(),
            };
            (app.ui(Ui::NotSentYet).to_owned(), why)
        }
    };
    // Without an endpoint the hand-over is the last step, with one primary way (the email when
    // there is an address: it reaches the consultant in one step). With one, it is the way
    // round a send that did not go, and nothing is primary but Try again.
    let hand_over = match delivery {
        Delivery::HandOver | Delivery::NotSent(_) => {
            let fallback = delivery != Delivery::HandOver;
            let primary = |is_primary: bool| {
                classes!(
                    "cf-button",
                    (is_primary && !fallback).then_some("cf-button-primary")
                )
            };
            let email_first = email.is_some();
            Some(html! {
                <section class="cf-block cf-hand-over">
                    <h3 class="cf-subtitle">{ app.ui(if fallback { Ui::OtherWays } else { Ui::HandOverTitle }) }</h3>
                    if !fallback {
                        <p>{ app.ui(Ui::HandOverNote) }</p>
                    }
                    <div class="cf-actions">
                        if let Some(href) = email {
                            <a class={primary(true)} {href}>{ app.ui(Ui::EmailMyAnswers) }</a>
                        }
                        <button type="button" class={primary(!email_first)} onclick={download}>{ app.ui(Ui::DownloadMyAnswers) }</button>
                    </div>
                </section>
            })
        }
        Delivery::Sending | Delivery::Sent => None,
    };
    let sent = delivery == Delivery::Sent;

    html! {
        <section class="cf-page cf-prospect-end" aria-labelledby={app.id("heading")}>
            <h2 class="cf-title" id={app.id("heading")} tabindex="-1">{ title }</h2>
            <p class="cf-intro cf-send-status" role="status">{ status }</p>
            if let Delivery::NotSent(_) = delivery {
                <div class="cf-actions">
                    <button type="button" class="cf-button cf-button-primary cf-retry" onclick={retry}>{ app.ui(Ui::TryAgain) }</button>
                </div>
            }
            { for summary }
            { for full }
            { for hand_over }
            <nav class="cf-nav">
                <button type="button" class="cf-button" onclick={back}>{ app.ui(Ui::Back) }</button>
            </nav>
            if !sent {
                <p class="cf-hint cf-stays">{ app.ui(Ui::StaysInBrowser) }</p>
            }
        </section>
    }
}

/// Where the prospect's answers stand, for the end screen.
#[derive(Clone, Debug, PartialEq)]
enum Delivery {
    /// No endpoint: the prospect hands the answers over (file or email).
    HandOver,
    /// Being sent (or about to be).
    Sending,
    /// The endpoint accepted them.
    Sent,
    /// Not sent: offline, or the last attempt failed.
    NotSent(SendState),
}

impl Delivery {
    fn of(posts: bool, outbox: &Outbox) -> Delivery {
        match (&outbox.kept, &outbox.state) {
            _ if !posts => Delivery::HandOver,
            (Some(kept), _) if !kept.pending() => Delivery::Sent,
            (_, state @ (SendState::Offline | SendState::Failed(_))) => {
                Delivery::NotSent(state.clone())
            }
            _ => Delivery::Sending,
        }
    }
}

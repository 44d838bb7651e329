//! "Your track record", reached from History: for the clients with an outcome, how often the
//! first impression and the computed verdict were right, the warning signs that came before a
//! bad outcome and those that never did, and how the verdicts you overruled went. Plain
//! sentences first, then a small chart; no percentage from fewer than five clients. The
//! statistics are `core::track_record`'s; this only words them.

use yew::prelude::*;

use crate::context::{AppContext, use_app};
use crate::state::{Action, View};
use client_fit_core::describe::date_from_ms;
use client_fit_core::model::Impression;
use client_fit_core::track_record::{self, ClientRecord, MIN_FOR_PERCENT, SignRecord, Tally};
use client_fit_core::ui_text::Ui;

use super::history_row::outcome_label;
use super::track_chart::{TrackBar, TrackChart};

/// How often the first impression and the verdict turned out right, from recorded outcomes.
#[component]
pub fn TrackRecordPage() -> Html {
    let app = use_app();
    let record = track_record::build(
        &app.records.history,
        |id| app.find(id),
        &app.records.profile,
    );
    let back = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Show(View::History)))
    };
    let sentence = |key: Ui, tally: Tally| {
        let mut line = app.ui_fill(
            key,
            &[
                ("right", &tally.right.to_string()),
                ("total", &tally.counted.to_string()),
            ],
        );
        line.push(' ');
        match tally.percent() {
            Some(p) => line.push_str(&app.ui_fill(Ui::TrackPercent, &[("p", &p.to_string())])),
            None => line.push_str(app.ui(Ui::TrackTooFewYet)),
        }
        line
    };
    let tallies = [
        (Ui::TrackGutBad, record.gut_bad),
        (Ui::TrackGutGood, record.gut_good),
        (Ui::TrackVerdict, record.verdict),
        (Ui::TrackOwnVerdict, record.overruled),
    ];
    let counted: Vec<(Ui, Tally)> = tallies.into_iter().filter(|(_, t)| t.counted > 0).collect();
    let too_few = counted.iter().any(|(_, t)| !t.enough());
    let sentences = counted.iter().map(|(key, tally)| {
        html! { <li>{ sentence(*key, *tally) }</li> }
    });
    let right_of = |tally: Tally| {
        AttrValue::from(app.ui_fill(
            Ui::ChartRight,
            &[
                ("right", &tally.right.to_string()),
                ("total", &tally.counted.to_string()),
            ],
        ))
    };
    let bars: Vec<TrackBar> = [
        (Ui::ChartGut, record.gut),
        (Ui::ChartVerdict, record.verdict),
        (Ui::ChartOwn, record.overruled),
    ]
    .into_iter()
    .filter(|(_, t)| t.counted > 0)
    .map(|(label, tally)| TrackBar {
        label: AttrValue::from(app.ui(label)),
        count: right_of(tally),
        right: tally.right,
        counted: tally.counted,
    })
    .collect();
    let chart_title = {
        let parts: Vec<String> = bars
            .iter()
            .map(|b| format!("{}: {}", b.label, b.count))
            .collect();
        format!("{}. {}", app.ui(Ui::TrackChartTitle), parts.join("; "))
    };

    let sign_title = |sign: &SignRecord| {
        app.find(&sign.questionnaire)
            .and_then(|q| {
                q.flag(&sign.flag)
                    .map(|f| app.text(&q, &f.title).to_string())
            })
            .unwrap_or_else(|| sign.flag.clone())
    };
    let warning_signs: Vec<Html> = record
        .warning_signs()
        .map(|sign| {
            let line = app.ui_fill(
                Ui::TrackSignLine,
                &[
                    ("sign", &sign_title(sign)),
                    ("bad", &sign.before_bad.to_string()),
                    ("seen", &sign.seen.to_string()),
                ],
            );
            html! { <li>{ line }</li> }
        })
        .collect();
    let never: Vec<Html> = record
        .never_mattered()
        .map(|sign| {
            let line = app.ui_fill(
                Ui::TrackNeverLine,
                &[
                    ("sign", &sign_title(sign)),
                    ("seen", &sign.seen.to_string()),
                ],
            );
            html! { <li>{ line }</li> }
        })
        .collect();
    let overruled: Vec<Html> = record
        .overruled_clients()
        .filter(|c| c.outcome.is_some())
        .map(|c| {
            let line = app.ui_fill(
                Ui::TrackOverruledLine,
                &[
                    ("client", &client_name(&app, c)),
                    (
                        "computed",
                        &verdict_label(&app, &c.questionnaire, c.verdict.as_deref()),
                    ),
                    (
                        "own",
                        &verdict_label(&app, &c.questionnaire, c.overrule.as_deref()),
                    ),
                    ("outcome", &outcome_text(&app, c)),
                ],
            );
            html! { <li>{ line }</li> }
        })
        .collect();
    let clients = record
        .clients
        .iter()
        .filter(|c| c.outcome.is_some())
        .map(|c| client_item(&app, c));
    let with_outcome = record.with_outcome();

    html! {
        <section class="cf-page cf-track" aria-labelledby={app.id("heading")}>
            <h2 class="cf-title" id={app.id("heading")} tabindex="-1">{ app.ui(Ui::TrackTitle) }</h2>
            <p class="cf-intro">{ app.ui(Ui::TrackIntro) }</p>
            if with_outcome == 0 {
                <p class="cf-track-empty">{ app.ui(Ui::TrackNothingYet) }</p>
            } else {
                <>
                    <section class="cf-block cf-track-summary">
                        <h3 class="cf-subtitle">{ app.ui(Ui::TrackRightTitle) }</h3>
                        <p class="cf-track-counted">{ app.ui_fill(Ui::TrackCounted, &[("n", &with_outcome.to_string()), ("taken", &record.checkable().to_string())]) }</p>
                        if counted.is_empty() {
                            <p>{ app.ui(Ui::TrackNotCounted) }</p>
                        } else {
                            <ul class="cf-track-sentences">{ for sentences }</ul>
                        }
                        if too_few {
                            <p class="cf-track-too-few">{ app.ui_fill(Ui::TrackTooFew, &[("min", &MIN_FOR_PERCENT.to_string())]) }</p>
                        }
                        if !bars.is_empty() {
                            <TrackChart {bars} title={AttrValue::from(chart_title)} />
                        }
                        <p class="cf-hint cf-track-how">{ app.ui(Ui::TrackHowCounted) }</p>
                    </section>
                    <section class="cf-block cf-track-signs">
                        <h3 class="cf-subtitle">{ app.ui(Ui::TrackSignsTitle) }</h3>
                        if warning_signs.is_empty() {
                            <p>{ app.ui(Ui::TrackSignsNone) }</p>
                        } else {
                            <ul>{ for warning_signs }</ul>
                        }
                    </section>
                    if !never.is_empty() {
                        <section class="cf-block cf-track-never">
                            <h3 class="cf-subtitle">{ app.ui(Ui::TrackNeverTitle) }</h3>
                            <ul>{ for never }</ul>
                        </section>
                    }
                    if !overruled.is_empty() {
                        <section class="cf-block cf-track-overruled">
                            <h3 class="cf-subtitle">{ app.ui(Ui::TrackOverruledTitle) }</h3>
                            <ul>{ for overruled }</ul>
                        </section>
                    }
                    <section class="cf-block cf-track-clients">
                        <h3 class="cf-subtitle">{ app.ui(Ui::TrackClientsTitle) }</h3>
                        <ul class="cf-track-client-list">{ for clients }</ul>
                    </section>
                </>
            }
            <nav class="cf-nav">
                <button type="button" class="cf-button" onclick={back}>{ app.ui(Ui::BackToHistory) }</button>
            </nav>
        </section>
    }
}

fn client_name(app: &AppContext, client: &ClientRecord) -> String {
    if client.client.is_empty() {
        app.ui(Ui::HistoryNoName).to_owned()
    } else {
        client.client.clone()
    }
}

fn verdict_label(app: &AppContext, questionnaire: &str, verdict: Option<&str>) -> String {
    let found = app.find(questionnaire).and_then(|q| {
        let band = q.verdict(verdict?)?;
        Some(app.text(&q, &band.label).to_string())
    });
    found.unwrap_or_else(|| app.ui(Ui::NotEnoughToJudge).to_owned())
}

fn outcome_text(app: &AppContext, client: &ClientRecord) -> String {
    client
        .outcome
        .map_or_else(|| app.ui(Ui::OutcomeNone), |o| app.ui(outcome_label(o)))
        .to_lowercase()
}

/// One client with an outcome: what you thought first, what was computed, how it went, and the
/// check-ups that followed.
fn client_item(app: &AppContext, client: &ClientRecord) -> Html {
    let impression = match client.impression {
        Some(Impression::Good) => app.ui(Ui::ImpressionGood),
        Some(Impression::Unsure) => app.ui(Ui::ImpressionUnsure),
        Some(Impression::Bad) => app.ui(Ui::ImpressionBad),
        None => app.ui(Ui::TrackNotRecorded),
    }
    .to_lowercase();
    let line = app.ui_fill(
        Ui::TrackClientLine,
        &[
            ("impression", &impression),
            (
                "verdict",
                &verdict_label(app, &client.questionnaire, client.verdict.as_deref()),
            ),
            ("outcome", &outcome_text(app, client)),
        ],
    );
    let checkups: Vec<String> = client
        .checkups
        .iter()
        .map(|k| {
            format!(
                "{} ({})",
                verdict_label(app, &k.questionnaire, k.verdict.as_deref()),
                date_from_ms(k.created_ms)
            )
        })
        .collect();
    html! {
        <li class="cf-track-client">
            <strong>{ client_name(app, client) }</strong>{ " · " }
            <span class="cf-history-meta">{ date_from_ms(client.created_ms) }</span>
            <span class="cf-track-client-line">{ line }</span>
            if !checkups.is_empty() {
                <span class="cf-track-client-line">{ app.ui_fill(Ui::TrackCheckups, &[("list", &checkups.join(", "))]) }</span>
            }
        </li>
    }
}

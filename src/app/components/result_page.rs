//! The result: the verdict in plain words, deal-breakers apart and first, the scores, the
//! warning signs with their advice, gut versus analysis, what to find out, what would change the
//! verdict, the safeguards and the letters.

use yew::prelude::*;

use crate::app::context::use_app;
use crate::app::device;
use crate::app::next_frame::use_after_first_frame;
use crate::app::state::Action;
use crate::core::describe::answer_text;
use crate::core::explain::{gut_check, what_would_change};
use crate::core::letters::fill_letter;
use crate::core::model::{Impression, Severity};
use crate::core::scoring::score;
use crate::core::ui_text::Ui;

use super::score_chart::{Bar, ScoreChart};
use super::{ComparisonBlock, NotesField, OverruleForm, ProspectIntake, ResultActions};

#[component]
pub fn ResultPage() -> Html {
    let app = use_app();
    let (Some(session), Some(questionnaire)) = (app.session.clone(), app.questionnaire.clone())
    else {
        return Html::default();
    };
    let q = &*questionnaire;
    // The verdict, scores and warning signs come in the first frame; the longer parts below
    // them (what would change, safeguards, letters, notes) in the next.
    let rest = use_after_first_frame();
    let outcome = score(q, &session.work.answers, &app.profile);
    let band = outcome.verdict.as_deref().and_then(|id| q.verdict(id));
    let text = |t: &crate::core::text::Text| app.text(q, t);
    let question_text = |id: &str| {
        q.question(id)
            .map(|question| text(&question.text))
            .unwrap_or_default()
    };
    let answered = |id: &str| match (q.question(id), session.work.answers.get(id)) {
        (Some(question), Some(answer)) => answer_text(q, question, answer, &app.language),
        _ => app.ui(Ui::Unanswered).to_owned(),
    };

    let heading = if session.work.client.is_empty() {
        app.ui(Ui::ResultTitle).to_owned()
    } else {
        app.ui_fill(Ui::ResultFor, &[("name", &session.work.client)])
    };
    let computed = match band {
        Some(band) => html! {
            <>
                <p class={classes!("cf-verdict", format!("cf-verdict-{:?}", band.leaning).to_lowercase())}>{ text(&band.label) }</p>
                <p class="cf-verdict-next">{ text(&band.next) }</p>
                if let Some(flag) = outcome.capped_by.as_deref().and_then(|id| q.flag(id)) {
                    <p class="cf-verdict-capped">{ app.ui_fill(Ui::CappedBy, &[("flag", &text(&flag.title))]) }</p>
                }
            </>
        },
        None => html! { <p class="cf-verdict">{ app.ui(Ui::NotEnoughAnswers) }</p> },
    };
    // An overrule stands above the computed verdict, which stays visible beside it.
    let overruled = session.work.overrule.as_ref().and_then(|overrule| {
        let own = q.verdict(&overrule.verdict)?;
        let computed_label = band.map_or_else(|| app.ui(Ui::NotEnoughAnswers).to_owned(), |b| text(&b.label).to_string());
        Some(html! {
            <>
                <p class={classes!("cf-verdict", "cf-verdict-overruled", format!("cf-verdict-{:?}", own.leaning).to_lowercase())}>
                    { app.ui_fill(Ui::OverruledAs, &[("verdict", &text(&own.label))]) }
                </p>
                <p class="cf-verdict-reason">{ app.ui_fill(Ui::OverruleBecause, &[("reason", &overrule.reason)]) }</p>
                <p class="cf-verdict-computed">{ app.ui_fill(Ui::ComputedVerdict, &[("verdict", &computed_label)]) }</p>
            </>
        })
    });
    let verdict = overruled.unwrap_or(computed);

    let deal_breakers: Vec<Html> = outcome
        .deal_breakers()
        .filter_map(|raised| {
            let flag = q.flag(&raised.flag)?;
            let cause = format!("{} — {}", question_text(&raised.question), answered(&raised.question));
            Some(html! {
                <li class="cf-flag cf-flag-deal_breaker">
                    <strong class="cf-flag-title">{ text(&flag.title) }</strong>
                    <span class="cf-flag-reason">{ text(&flag.reason) }</span>
                    <span class="cf-flag-cause">{ app.ui_fill(Ui::CausedBy, &[("answer", &cause)]) }</span>
                    <span class="cf-flag-advice">{ text(&flag.advice) }</span>
                </li>
            })
        })
        .collect();

    let bars: Vec<Bar> = outcome
        .dimensions
        .iter()
        .filter_map(|d| {
            let dimension = q.dimension(&d.id)?;
            Some(Bar {
                label: text(&dimension.label),
                value: d.score,
            })
        })
        .collect();
    // Each dimension's contributors, weightiest first, with what the answer gave.
    let contributors = outcome.dimensions.iter().filter(|d| !d.contributors.is_empty()).filter_map(|d| {
        let dimension = q.dimension(&d.id)?;
        let lines = d.contributors.iter().map(|c| {
            html! { <li>{ question_text(&c.question) }{ " — " }{ answered(&c.question) }{ format!(" ({:+})", c.points) }</li> }
        });
        Some(html! { <li><strong>{ text(&dimension.label) }</strong><ul>{ for lines }</ul></li> })
    }).collect::<Vec<Html>>();
    let chart_title = {
        let values: Vec<String> = bars
            .iter()
            .map(|b| {
                format!(
                    "{} {}",
                    b.label,
                    b.value.map_or("—".to_owned(), |v| format!("{v:.0}"))
                )
            })
            .collect();
        format!("{}: {}", app.ui(Ui::Scores), values.join(", "))
    };

    let severity = |s: Severity| match s {
        Severity::Note => Ui::SeverityNote,
        Severity::Caution => Ui::SeverityCaution,
        Severity::Serious => Ui::SeveritySerious,
        Severity::DealBreaker => Ui::SeverityDealBreaker,
    };
    let flags = outcome
        .flags
        .iter()
        .filter(|f| f.severity != Severity::DealBreaker)
        .filter_map(|raised| {
            let flag = q.flag(&raised.flag)?;
            let cause = format!("{} — {}", question_text(&raised.question), answered(&raised.question));
            Some(html! {
                <li class={classes!("cf-flag", format!("cf-flag-{:?}", raised.severity).to_lowercase())}>
                    <span class="cf-flag-severity">{ app.ui(severity(raised.severity)) }</span>
                    <strong class="cf-flag-title">{ text(&flag.title) }</strong>
                    <span class="cf-flag-reason">{ text(&flag.reason) }</span>
                    <span class="cf-flag-cause">{ app.ui_fill(Ui::CausedBy, &[("answer", &cause)]) }</span>
                    <span class="cf-flag-advice">{ text(&flag.advice) }</span>
                </li>
            })
        })
        .collect::<Vec<Html>>();

    let gut = session.work.blink.as_ref().and_then(|blink| gut_check(q, &outcome, blink)).map(|gut| {
        let rank = |i: Impression| match i {
            Impression::Good => 0,
            Impression::Unsure => 1,
            Impression::Bad => 2,
        };
        let message = if gut.agree {
            Ui::GutAgrees
        } else if rank(gut.impression) > rank(gut.analysis) {
            Ui::GutDarker
        } else {
            Ui::GutBrighter
        };
        html! {
            <section class="cf-block cf-gut">
                <h3 class="cf-subtitle">{ app.ui(Ui::GutVersusAnalysis) }</h3>
                <p>{ app.ui(message) }</p>
                if !gut.drivers.is_empty() {
                    <ul>{ for gut.drivers.iter().map(|id| html! { <li>{ question_text(id) }{ " — " }{ answered(id) }</li> }) }</ul>
                }
            </section>
        }
    });

    let find_out = outcome.unknowns.iter().filter_map(|id| {
        let question = q.question(id)?;
        Some(html! {
            <li>
                <span>{ text(&question.text) }</span>
                if let Some(hint) = &question.find_out {
                    <span class="cf-hint">{ text(hint) }</span>
                }
            </li>
        })
    });

    let changes = if rest {
        what_would_change(q, &session.work.answers, &app.profile, &outcome)
    } else {
        Default::default()
    };
    let change_list = |label: Ui, list: &Option<Vec<crate::core::explain::Change>>| {
        list.as_ref().map(|changes| {
            let lines = changes.iter().filter_map(|change| {
                let question = q.question(&change.question)?;
                let answer = answer_text(q, question, &change.answer, &app.language);
                Some(html! { <li>{ app.ui_fill(Ui::ChangeLine, &[("question", &text(&question.text)), ("answer", &answer)]) }</li> })
            });
            html! { <><p>{ app.ui(label) }</p><ul>{ for lines }</ul></> }
        })
    };
    let change_up = change_list(Ui::ChangeUp, &changes.up);
    let change_down = change_list(Ui::ChangeDown, &changes.down);

    let checklist_text: String = outcome
        .safeguards
        .iter()
        .filter_map(|id| q.safeguard(id))
        .map(|s| format!("[ ] {} — {}\n", text(&s.title), text(&s.detail)))
        .collect();
    let copy_checklist = Callback::from(move |_| device::copy_text(&checklist_text));
    let safeguards = outcome.safeguards.iter().filter_map(|id| {
        let safeguard = q.safeguard(id)?;
        let box_id = app.id(&format!("safeguard-{id}"));
        let done = session.work.safeguards_done.contains(id);
        let onchange = {
            let (app, id) = (app.clone(), id.clone());
            Callback::from(move |_| app.dispatch(Action::ToggleSafeguard(id.clone())))
        };
        Some(html! {
            <li class="cf-choice">
                <input type="checkbox" id={box_id.clone()} checked={done} {onchange} />
                <label for={box_id}><strong>{ text(&safeguard.title) }</strong>{ " — " }{ text(&safeguard.detail) }</label>
            </li>
        })
    });

    let reasons: Vec<String> = {
        let mut reasons: Vec<String> = Vec::new();
        for raised in &outcome.flags {
            if let Some(line) = q.flag(&raised.flag).and_then(|f| f.letter_line.as_ref()) {
                let line = text(line).to_string();
                if !reasons.contains(&line) {
                    reasons.push(line);
                }
            }
        }
        reasons
    };
    let letters = band.into_iter().flat_map(|band| band.letters.iter()).filter_map(|id| {
        let letter = q.letter(id)?;
        let client = if session.work.client.is_empty() { app.ui(Ui::NamePlaceholder) } else { &session.work.client };
        let consultant = if app.profile.name.trim().is_empty() { app.ui(Ui::YourNamePlaceholder) } else { app.profile.name.trim() };
        let reason_refs: Vec<&str> = reasons.iter().map(String::as_str).collect();
        let body = fill_letter(&text(&letter.body), client, consultant, &reason_refs);
        let body_id = app.id(&format!("letter-{id}"));
        let copy = {
            let body = body.clone();
            Callback::from(move |_| device::copy_text(&body))
        };
        Some(html! {
            <div class="cf-letter">
                <label class="cf-letter-title" for={body_id.clone()}>{ text(&letter.title) }</label>
                <textarea class="cf-input cf-letter-body" id={body_id} readonly=true rows="8" value={body} />
                <button type="button" class="cf-button" onclick={copy}>{ app.ui(Ui::Copy) }</button>
            </div>
        })
    }).collect::<Vec<Html>>();

    let any_flags = !outcome.flags.is_empty();
    let back = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Back))
    };
    let start_over = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::AskStartOver))
    };
    let confidence = app.ui_fill(
        Ui::Confidence,
        &[("p", &format!("{:.0}", outcome.confidence * 100.0))],
    );

    html! {
        <section class="cf-page cf-result" aria-labelledby={app.id("heading")}>
            <h2 class="cf-title" id={app.id("heading")} tabindex="-1">{ heading }</h2>
            <div class="cf-block cf-verdict-block" role="status" aria-live="polite">{ verdict }</div>
            <ResultActions />
            <ComparisonBlock />
            <ProspectIntake />
            if !deal_breakers.is_empty() {
                <section class="cf-block cf-deal-breakers">
                    <h3 class="cf-subtitle">{ app.ui(Ui::DealBreakers) }</h3>
                    <p>{ app.ui(Ui::DealBreakersNote) }</p>
                    <ul class="cf-flags">{ for deal_breakers }</ul>
                </section>
            }
            <section class="cf-block cf-scores">
                <h3 class="cf-subtitle">{ app.ui(Ui::OverallScore) }{ ": " }
                    <span class="cf-overall">{ outcome.overall.map_or("—".to_owned(), |s| format!("{s:.0}")) }</span>{ " / 100" }</h3>
                <ScoreChart bars={bars} title={AttrValue::from(chart_title)} unknown={AttrValue::from("—")} />
                <p class="cf-confidence">{ confidence }</p>
                if !contributors.is_empty() {
                    <details class="cf-contributors">
                        <summary>{ app.ui(Ui::WhyTheseScores) }</summary>
                        <ul>{ for contributors }</ul>
                    </details>
                }
            </section>
            <section class="cf-block cf-warning-signs">
                <h3 class="cf-subtitle">{ app.ui(Ui::WarningSigns) }</h3>
                if !any_flags {
                    <p>{ app.ui(Ui::NoWarningSigns) }</p>
                } else {
                    <ul class="cf-flags">{ for flags }</ul>
                }
            </section>
            if rest {
                <>
                    { for gut }
                    if !outcome.unknowns.is_empty() {
                        <section class="cf-block cf-find-out">
                            <h3 class="cf-subtitle">{ app.ui(Ui::FindOutNext) }</h3>
                            <ul>{ for find_out }</ul>
                        </section>
                    }
                    if change_up.is_some() || change_down.is_some() {
                        <section class="cf-block cf-changes">
                            <h3 class="cf-subtitle">{ app.ui(Ui::WhatWouldChange) }</h3>
                            { for change_up }{ for change_down }
                        </section>
                    }
                    if !outcome.safeguards.is_empty() {
                        <section class="cf-block cf-safeguards">
                            <h3 class="cf-subtitle">{ app.ui(Ui::Safeguards) }</h3>
                            <ul class="cf-checklist">{ for safeguards }</ul>
                            <button type="button" class="cf-button" onclick={copy_checklist}>{ app.ui(Ui::Copy) }</button>
                        </section>
                    }
                    if !letters.is_empty() {
                        <section class="cf-block cf-letters">
                            <h3 class="cf-subtitle">{ app.ui(Ui::Letters) }</h3>
                            { for letters }
                        </section>
                    }
                    <OverruleForm />
                    <NotesField />
                </>
            }
            <nav class="cf-nav">
                <button type="button" class="cf-button" onclick={back}>{ app.ui(Ui::Back) }</button>
                <button type="button" class="cf-button cf-button-quiet cf-start-over" id={app.id("start-over")} onclick={start_over}>{ app.ui(Ui::StartOver) }</button>
            </nav>
        </section>
    }
}

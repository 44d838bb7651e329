//! The result: the verdict in plain words, deal-breakers apart and first, the scores, the
//! warning signs with their advice, gut versus analysis, what to find out, what would change the
//! verdict, the safeguards and the letters.

use yew::prelude::*;

use crate::context::{use_app, use_assessment};
use crate::device;
use crate::next_frame::use_after_first_frame;
use crate::state::Action;
use client_fit_core::describe::{answer_text_with_currency, whole};
use client_fit_core::explain::{Changes, gut_check};
use client_fit_core::letters::{fill_letter, letter_reasons};
use client_fit_core::model::{Impression, Severity};
use client_fit_core::next_steps::{NextStep, next_steps};
use client_fit_core::scoring::{Reason, Standing};
use client_fit_core::track_record;
use client_fit_core::ui_text::Ui;

use super::score_chart::{Bar, ScoreChart};
use super::verdict_scale::{ScaleBand, VerdictScale};
use super::{ComparisonBlock, NotesField, OverruleForm, ProspectIntake, ResultActions, ResultPart};

/// The result: verdict, why, scores on the verdict bands, warning signs, what would change,
/// safeguards, letters and notes.
#[component]
pub fn ResultPage() -> Html {
    let app = use_app();
    let Some((session, questionnaire)) = use_assessment() else {
        return Html::default();
    };
    let q = &*questionnaire;
    // The verdict, scores and warning signs come in the first frame; the longer parts below
    // them (what would change, safeguards, letters, notes) in the next.
    let rest = use_after_first_frame();
    let Some(assessed) = app.assessed() else {
        return Html::default();
    };
    let outcome = &assessed.outcome;
    let impression = session.work.impression();
    let band = outcome.verdict.as_deref().and_then(|id| q.verdict(id));
    let text = |t: &client_fit_core::text::Text| app.text(q, t);
    let question_text = |id: &str| {
        q.question(id)
            .map(|question| text(&question.text))
            .unwrap_or_default()
    };
    let answered = |id: &str| match (q.question(id), session.work.answers.get(id)) {
        (Some(question), Some(answer)) => answer_text_with_currency(
            q,
            question,
            answer,
            &app.records.language,
            &app.records.profile.currency,
        ),
        _ => app.ui(Ui::Unanswered).to_owned(),
    };

    let heading = if session.work.client.is_empty() {
        app.ui(Ui::ResultTitle).to_owned()
    } else {
        app.ui_fill(Ui::ResultFor, &[("name", &session.work.client)])
    };
    let percent = |share: f64| whole(share * 100.0);
    let tier_label = |id: &str| {
        q.verdict(id)
            .map(|b| text(&b.label).to_string())
            .unwrap_or_default()
    };
    let leaning_class = |leaning: Impression| match leaning {
        Impression::Good => "cf-verdict-good",
        Impression::Unsure => "cf-verdict-unsure",
        Impression::Bad => "cf-verdict-bad",
    };
    let standing = outcome.standing;
    let computed = match band {
        Some(band) => html! {
            <>
                <p class={classes!("cf-verdict", leaning_class(band.leaning))}>{ text(&band.label) }</p>
                if standing == Standing::Provisional {
                    <p class="cf-verdict-provisional">
                        <span class="cf-badge cf-badge-provisional">{ app.ui(Ui::Provisional) }</span>{ " " }
                        { app.ui_fill(Ui::ProvisionalNote, &[("p", &percent(outcome.confidence))]) }
                    </p>
                }
                // Its advice leads the next steps below, not repeated here.
            </>
        },
        None => html! {
            <>
                <p class="cf-verdict cf-verdict-none">{ app.ui(Ui::NotEnoughToJudge) }</p>
                <p class="cf-verdict-next">{ app.ui_fill(Ui::NotEnoughNext, &[("p", &percent(q.confidence_rules().judge_at))]) }</p>
                if let Some(leaning) = outcome.leaning.as_deref() {
                    <p class="cf-verdict-leaning">{ app.ui_fill(Ui::LeansSoFar, &[("verdict", &tier_label(leaning))]) }</p>
                }
            </>
        },
    };
    // Why: the one or two things that decided, in plain words.
    let reasons = outcome.reasons.iter().map(|reason| match reason {
        Reason::FirstImpression { backed: true, .. } => html! { <li class="cf-reason cf-reason-gut cf-reason-gut-backed">{ app.ui(Ui::ReasonGutBacked) }</li> },
        Reason::FirstImpression { backed: false, lowered: true } => html! { <li class="cf-reason cf-reason-gut cf-reason-gut-unbacked">{ app.ui(Ui::ReasonGutUnbacked) }</li> },
        Reason::FirstImpression { backed: false, lowered: false } => html! { <li class="cf-reason cf-reason-gut cf-reason-gut-unbacked">{ app.ui(Ui::ReasonGutNotYetBacked) }</li> },
        Reason::Sign { flag, question } => {
            let title = q.flag(flag).map(|f| text(&f.title).to_string()).unwrap_or_default();
            html! {
                <li class="cf-reason cf-reason-sign">
                    <strong>{ title }</strong>{ " — " }{ question_text(question) }{ " " }
                    <span class="cf-reason-answer">{ format!("({})", answered(question)) }</span>
                </li>
            }
        }
        Reason::Score { overall } => html! { <li class="cf-reason">{ app.ui_fill(Ui::ReasonScore, &[("score", &whole(*overall))]) }</li> },
        Reason::TooLittleKnown { confidence } => html! { <li class="cf-reason">{ app.ui_fill(Ui::ReasonTooLittle, &[("p", &percent(*confidence))]) }</li> },
    }).collect::<Vec<Html>>();
    // When something holds the verdict below the score's own tier, say what, in plain words.
    let held_below = match (
        outcome.by_score.as_deref(),
        outcome.verdict.as_deref(),
        outcome.overall,
    ) {
        (Some(by_score), Some(verdict), Some(overall)) if by_score != verdict => {
            let cause = if outcome.forced_by_deal_breaker {
                app.ui(Ui::CauseDealBreaker).to_owned()
            } else if outcome.impression_backed_by.is_some() {
                app.ui(Ui::CauseGut).to_owned()
            } else if let Some(flag) = outcome.capped_by.as_deref().and_then(|id| q.flag(id)) {
                // A sign capped it, and the first impression may have taken it a tier further.
                let key = if outcome.impression_lowered {
                    Ui::CauseSignAndGut
                } else {
                    Ui::CauseSign
                };
                app.ui_fill(key, &[("flag", &text(&flag.title))])
            } else {
                app.ui(Ui::CauseGutAlone).to_owned()
            };
            Some(app.ui_fill(
                Ui::HeldBelowScore,
                &[
                    ("score", &whole(overall)),
                    ("by_score", &tier_label(by_score)),
                    ("cause", &cause),
                    ("verdict", &tier_label(verdict)),
                ],
            ))
        }
        _ => None,
    };
    let computed = html! {
        <>
            { computed }
            if !reasons.is_empty() {
                <div class="cf-why">
                    <h3 class="cf-subtitle cf-why-title">{ app.ui(Ui::WhyVerdict) }</h3>
                    <ul class="cf-reasons">{ for reasons }</ul>
                </div>
            }
        </>
    };
    // An overrule stands above the computed verdict, which stays visible beside it.
    let overruled = session.work.overrule.as_ref().and_then(|overrule| {
        let own = q.verdict(&overrule.verdict)?;
        let computed_label = band.map_or_else(|| app.ui(Ui::NotEnoughToJudge).to_owned(), |b| text(&b.label).to_string());
        Some(html! {
            <>
                <p class={classes!("cf-verdict", "cf-verdict-overruled", leaning_class(own.leaning))}>
                    { app.ui_fill(Ui::OverruledAs, &[("verdict", &text(&own.label))]) }
                </p>
                <p class="cf-verdict-reason">{ app.ui_fill(Ui::OverruleBecause, &[("reason", &overrule.reason)]) }</p>
                <p class="cf-verdict-computed">{ app.ui_fill(Ui::ComputedVerdict, &[("verdict", &computed_label)]) }</p>
            </>
        })
    });
    let verdict = overruled.unwrap_or(computed);

    // What your own history says beside the first impression and the warning signs, once it
    // has enough outcomes to speak; it never changes the verdict.
    let record = (rest && app.setup.embedded.is_none())
        .then(|| {
            track_record::build(
                &app.records.history,
                |id| app.find(id),
                &app.records.profile,
            )
        })
        .filter(|record| record.enough());
    let sign_remark = |flag: &str| {
        let sign = record.as_ref()?.sign_worth_a_remark(&q.id, flag)?;
        let line = app.ui_fill(
            Ui::SignRecordLine,
            &[
                ("bad", &sign.before_bad.to_string()),
                ("seen", &sign.seen.to_string()),
            ],
        );
        Some(html! { <span class="cf-flag-record">{ line }</span> })
    };
    let gut_remark = impression
        .and_then(|i| Some((i, record.as_ref()?.gut_for(i)?)))
        .and_then(|(i, tally)| {
            let p = tally.percent()?;
            let key = if i == Impression::Bad {
                Ui::GutRecordBad
            } else {
                Ui::GutRecordGood
            };
            let line = app.ui_fill(
                key,
                &[
                    ("right", &tally.right.to_string()),
                    ("total", &tally.counted.to_string()),
                    ("p", &p.to_string()),
                ],
            );
            Some(html! { <p class="cf-gut-record">{ line }</p> })
        });

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
                    { for sign_remark(&raised.flag) }
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
            .map(|b| format!("{} {}", b.label, b.value.map_or("—".to_owned(), whole)))
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
                <li class={classes!("cf-flag", severity_class(raised.severity))}>
                    <span class="cf-flag-severity">{ app.ui(severity(raised.severity)) }</span>
                    <strong class="cf-flag-title">{ text(&flag.title) }</strong>
                    <span class="cf-flag-reason">{ text(&flag.reason) }</span>
                    <span class="cf-flag-cause">{ app.ui_fill(Ui::CausedBy, &[("answer", &cause)]) }</span>
                    <span class="cf-flag-advice">{ text(&flag.advice) }</span>
                    { for sign_remark(&raised.flag) }
                </li>
            })
        })
        .collect::<Vec<Html>>();

    let gut = session.work.blink.as_ref().and_then(|blink| gut_check(q, outcome, blink)).map(|gut| {
        let rank = |i: Impression| match i {
            Impression::Good => 0,
            Impression::Unsure => 1,
            Impression::Bad => 2,
        };
        let message = if gut.backed {
            Ui::GutBacked
        } else if gut.agree {
            Ui::GutAgrees
        } else if gut.impression == Impression::Bad {
            Ui::GutDarker
        } else if rank(gut.impression) > rank(gut.analysis) {
            Ui::GutUnsure
        } else {
            Ui::GutBrighter
        };
        let darker = rank(gut.impression) > rank(gut.analysis) || outcome.impression_lowered;
        let open_questions = (!gut.backed && !gut.agree && darker).then_some(
            if gut.impression == Impression::Bad { Ui::GutOpenQuestions } else { Ui::GutWorthFindingOut },
        );
        html! {
            <ResultPart class="cf-gut" title={AttrValue::from(app.ui(Ui::GutVersusAnalysis))} line={AttrValue::from(app.ui(message))}>
                <p>{ app.ui(message) }</p>
                { gut_remark.clone().unwrap_or_default() }
                if !gut.drivers.is_empty() {
                    if let Some(lead) = open_questions {
                        <p>{ app.ui(lead) }</p>
                    }
                    <ul>{ for gut.drivers.iter().map(|id| html! { <li>{ question_text(id) }{ " — " }{ answered(id) }</li> }) }</ul>
                }
            </ResultPart>
        }
    });

    // A bad first impression that nothing backs yet comes first in "find out next": name what
    // was seen, then look for the facts.
    let gut_unbacked = impression == Some(Impression::Bad)
        && outcome
            .reasons
            .iter()
            .any(|r| matches!(r, Reason::FirstImpression { backed: false, .. }));
    let name_what_you_saw = gut_unbacked.then(|| {
        let line = (q.first_impression.as_ref())
            .and_then(|rules| rules.find_out.as_ref())
            .map_or_else(
                || app.ui(Ui::NameWhatYouSaw).to_owned(),
                |t| text(t).to_string(),
            );
        html! { <li class="cf-find-out-gut"><span>{ line }</span></li> }
    });
    let find_out = outcome
        .unknowns
        .iter()
        .filter_map(|id| {
            let question = q.question(id)?;
            Some(html! {
                <li>
                    <span>{ text(&question.text) }</span>
                    if let Some(hint) = &question.find_out {
                        <span class="cf-hint">{ text(hint) }</span>
                    }
                </li>
            })
        })
        .collect::<Vec<Html>>();
    // With too little known, finding out is the next step, so its part comes first, open.
    let not_enough = standing == Standing::NotEnough;

    // With too little known, an overall score would claim more than it knows (one good answer
    // scores 100): it is withheld with the verdict, and the dimensions show what is known.
    let shown_overall = outcome.overall.filter(|_| !not_enough);
    let scale_bands: Vec<ScaleBand> = q
        .tiers_best_first()
        .into_iter()
        .map(|tier| ScaleBand {
            label: text(&tier.label),
            min: tier.min,
            max: tier.max,
            leaning: match tier.leaning {
                Impression::Good => "good",
                Impression::Unsure => "unsure",
                Impression::Bad => "bad",
            },
            scored: shown_overall.is_some()
                && outcome.by_score.as_deref() == Some(tier.id.as_str()),
            verdict: outcome.verdict.as_deref() == Some(tier.id.as_str()),
        })
        .collect();
    let scale_title = match (&held_below, shown_overall) {
        (Some(line), _) => line.clone(),
        (None, Some(overall)) => app.ui_fill(Ui::MarkScore, &[("score", &whole(overall))]),
        (None, None) => app.ui(Ui::WhereTheScoreFalls).to_owned(),
    };
    let score_mark = shown_overall
        .map(|o| app.ui_fill(Ui::MarkScore, &[("score", &whole(o))]))
        .unwrap_or_default();

    let no_changes = Changes::default();
    let changes = if rest {
        assessed.changes(&app.flow.assessed_cache)
    } else {
        &no_changes
    };
    let change_list =
        |label: Ui, list: &Option<Vec<client_fit_core::explain::AlternativeAnswer>>| {
            list.as_ref().map(|changes| {
            let lines = changes.iter().filter_map(|change| {
                let question = q.question(&change.question)?;
                let answer = answer_text_with_currency(q, question, &change.answer, &app.records.language, &app.records.profile.currency);
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

    let reasons = letter_reasons(q, outcome, &app.records.language);
    // A letter of the questionnaire filled in for this client and consultant: (title, body).
    let letter_text = |id: &str| {
        let letter = q.letter(id)?;
        let client = if session.work.client.is_empty() {
            app.ui(Ui::NamePlaceholder)
        } else {
            &session.work.client
        };
        let consultant = if app.records.profile.name.trim().is_empty() {
            app.ui(Ui::YourNamePlaceholder)
        } else {
            app.records.profile.name.trim()
        };
        let reason_refs: Vec<&str> = reasons.iter().map(String::as_str).collect();
        Some((
            text(&letter.title),
            fill_letter(&text(&letter.body), client, consultant, &reason_refs),
        ))
    };
    let band_letters: Vec<&String> = band
        .into_iter()
        .flat_map(|band| band.letters.iter())
        .collect();
    let letter_titles: Vec<String> = band_letters
        .iter()
        .filter_map(|id| q.letter(id))
        .map(|l| text(&l.title).to_string())
        .collect();
    let letters = band_letters.iter().filter_map(|id| {
        let (title, body) = letter_text(id)?;
        let body_id = app.id(&format!("letter-{id}"));
        let copy = {
            let body = body.clone();
            Callback::from(move |_| device::copy_text(&body))
        };
        Some(html! {
            <div class="cf-letter">
                <label class="cf-letter-title" for={body_id.clone()}>{ title }</label>
                <textarea class="cf-input cf-letter-body" id={body_id} readonly=true rows="8" value={body} />
                <button type="button" class="cf-button" onclick={copy}>{ app.ui(Ui::Copy) }</button>
            </div>
        })
    }).collect::<Vec<Html>>();

    // The next three steps, on top: what the verdict says to do, the letter to send (with its
    // copy button), then what to find out and which safeguards to put in place.
    let steps = next_steps(q, outcome, impression, &session.work.safeguards_done);
    let step_items = steps.iter().filter_map(|step| match step {
        NextStep::Verdict(id) => {
            let band = q.verdict(id)?;
            Some(html! { <li class="cf-step">{ text(&band.next) }</li> })
        }
        NextStep::SendLetter(id) => {
            let (title, body) = letter_text(id)?;
            let copy = Callback::from(move |_| device::copy_text(&body));
            Some(html! {
                <li class="cf-step cf-step-letter">
                    <span>{ app.ui_fill(Ui::StepSendLetter, &[("title", &title)]) }</span>
                    <button type="button" class="cf-button cf-button-primary cf-copy-letter" onclick={copy}>{ app.ui(Ui::CopyLetter) }</button>
                </li>
            })
        }
        NextStep::NameWhatYouSaw => {
            let line = (q.first_impression.as_ref())
                .and_then(|rules| rules.find_out.as_ref())
                .map_or_else(|| app.ui(Ui::NameWhatYouSaw).to_owned(), |t| text(t).to_string());
            Some(html! { <li class="cf-step">{ line }</li> })
        }
        NextStep::FindOut(id) => {
            let line = app.ui_fill(Ui::StepFindOut, &[("question", &question_text(id))]);
            Some(html! { <li class="cf-step">{ line }</li> })
        }
        NextStep::Safeguard(id) => {
            let safeguard = q.safeguard(id)?;
            let line = app.ui_fill(Ui::StepSafeguard, &[("safeguard", &text(&safeguard.title))]);
            Some(html! { <li class="cf-step">{ line }</li> })
        }
    }).collect::<Vec<Html>>();

    let any_flags = !outcome.flags.is_empty();
    let back = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Back))
    };
    let confidence = app.ui_fill(Ui::Confidence, &[("p", &whole(outcome.confidence * 100.0))]);
    let count = |n: usize| n.to_string();
    let scores_line = app.ui_fill(
        Ui::ScoresLine,
        &[
            ("score", &shown_overall.map_or("—".to_owned(), whole)),
            ("p", &whole(outcome.confidence * 100.0)),
        ],
    );
    let signs_line = match (outcome.flags.len(), deal_breakers.len()) {
        (0, _) => app.ui(Ui::NoWarningSigns).to_owned(),
        (n, 0) => app.ui_fill(Ui::SignsLine, &[("n", &count(n))]),
        (n, d) => app.ui_fill(
            Ui::SignsLineDealBreakers,
            &[("n", &count(n)), ("d", &count(d))],
        ),
    };
    let find_out_count = find_out.len() + usize::from(name_what_you_saw.is_some());
    let find_out_part = (find_out_count > 0).then(|| {
        html! {
            <ResultPart class="cf-find-out" open={not_enough} title={AttrValue::from(app.ui(Ui::FindOutNext))}
                line={AttrValue::from(app.ui_fill(Ui::FindOutLine, &[("n", &count(find_out_count))]))}>
                <ul>{ for name_what_you_saw.clone() }{ for find_out.clone() }</ul>
            </ResultPart>
        }
    });
    let changes_line = app.ui_fill(
        Ui::ChangesLine,
        &[
            ("up", &count(changes.up.as_ref().map_or(0, Vec::len))),
            ("down", &count(changes.down.as_ref().map_or(0, Vec::len))),
        ],
    );
    let safeguards_done = (outcome.safeguards.iter())
        .filter(|id| session.work.safeguards_done.contains(id))
        .count();
    let safeguards_line = app.ui_fill(
        Ui::SafeguardsLine,
        &[
            ("done", &count(safeguards_done)),
            ("n", &count(outcome.safeguards.len())),
        ],
    );
    let notes_line = session
        .work
        .notes
        .lines()
        .find(|l| !l.trim().is_empty())
        .map_or_else(|| app.ui(Ui::NotesEmpty).to_owned(), str::to_owned);

    html! {
        <section class="cf-page cf-result" aria-labelledby={app.id("heading")}>
            <h2 class="cf-title" id={app.id("heading")} tabindex="-1">{ heading }</h2>
            <div class="cf-block cf-verdict-block" role="status" aria-live="polite">{ verdict }</div>
            if !step_items.is_empty() {
                <div class="cf-block cf-next-steps">
                    <h3 class="cf-subtitle">{ app.ui(Ui::NextSteps) }</h3>
                    <ol class="cf-steps">{ for step_items }</ol>
                </div>
            }
            <ResultActions />
            <ComparisonBlock />
            <ProspectIntake />
            <h3 class="cf-visually-hidden">{ app.ui(Ui::DetailsTitle) }</h3>
            <div class="cf-parts">
            { for find_out_part.clone().filter(|_| not_enough) }
            <super::NotCompared />
            <ResultPart class="cf-warning-signs" title={AttrValue::from(app.ui(Ui::WarningSigns))} line={AttrValue::from(signs_line)}>
                if !deal_breakers.is_empty() {
                    <div class="cf-deal-breakers">
                        <h4 class="cf-subtitle">{ app.ui(Ui::DealBreakers) }</h4>
                        <p>{ app.ui(Ui::DealBreakersNote) }</p>
                        <ul class="cf-flags">{ for deal_breakers.clone() }</ul>
                    </div>
                }
                if !any_flags {
                    <p>{ app.ui(Ui::NoWarningSigns) }</p>
                } else if !flags.is_empty() {
                    <ul class="cf-flags">{ for flags.clone() }</ul>
                }
            </ResultPart>
            <ResultPart class="cf-scores" title={AttrValue::from(app.ui(Ui::Scores))} line={AttrValue::from(scores_line)}>
                <p class="cf-overall-line">{ app.ui(Ui::OverallScore) }{ ": " }
                    <span class="cf-overall">{ shown_overall.map_or("—".to_owned(), whole) }</span>{ " / 100" }</p>
                if let Some(line) = held_below.clone() {
                    <p class="cf-verdict-held">{ line }</p>
                }
                <h4 class="cf-subtitle cf-scale-title">{ app.ui(Ui::WhereTheScoreFalls) }</h4>
                <VerdictScale bands={scale_bands} score={shown_overall} title={AttrValue::from(scale_title)}
                    score_mark={AttrValue::from(score_mark)} verdict_mark={AttrValue::from(app.ui(Ui::MarkVerdict))} />
                <ScoreChart bars={bars} title={AttrValue::from(chart_title)} unknown={AttrValue::from("—")} />
                <p class="cf-confidence">{ confidence }</p>
                if !contributors.is_empty() {
                    <details class="cf-contributors">
                        <summary>{ app.ui(Ui::WhyTheseScores) }</summary>
                        <ul>{ for contributors }</ul>
                    </details>
                }
            </ResultPart>
            if rest {
                <>
                    { for gut }
                    { for find_out_part.filter(|_| !not_enough) }
                    if change_up.is_some() || change_down.is_some() {
                        <ResultPart class="cf-changes" title={AttrValue::from(app.ui(Ui::WhatWouldChange))} line={AttrValue::from(changes_line)}>
                            { for change_up }{ for change_down }
                        </ResultPart>
                    }
                    if !outcome.safeguards.is_empty() {
                        <ResultPart class="cf-safeguards" title={AttrValue::from(app.ui(Ui::Safeguards))} line={AttrValue::from(safeguards_line)}>
                            <ul class="cf-checklist">{ for safeguards }</ul>
                            <button type="button" class="cf-button" onclick={copy_checklist}>{ app.ui(Ui::Copy) }</button>
                        </ResultPart>
                    }
                    if !letters.is_empty() {
                        <ResultPart class="cf-letters" title={AttrValue::from(app.ui(Ui::Letters))} line={AttrValue::from(letter_titles.join(" · "))}>
                            { for letters }
                        </ResultPart>
                    }
                    <OverruleForm />
                    <ResultPart class="cf-notes-part" title={AttrValue::from(app.ui(Ui::Notes))} line={AttrValue::from(notes_line)}>
                        <NotesField />
                    </ResultPart>
                </>
            }
            </div>
            <nav class="cf-nav">
                <button type="button" class="cf-button" onclick={back}>{ app.ui(Ui::Back) }</button>
            </nav>
        </section>
    }
}

/// The class that colours a warning sign by how serious it is.
fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Note => "cf-flag-note",
        Severity::Caution => "cf-flag-caution",
        Severity::Serious => "cf-flag-serious",
        Severity::DealBreaker => "cf-flag-deal-breaker",
    }
}

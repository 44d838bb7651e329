//! For a re-assessment: what changed since the earlier assessment of the same client (the
//! verdict and the score before and after, each answer that changed, the warning signs raised
//! or cleared).

use yew::prelude::*;

use crate::context::{use_app, use_assessment};
use client_fit_core::describe::{answer_text_with_currency, date_from_ms, whole};
use client_fit_core::history::{AnswerChange, Assessment, Said, compare};
use client_fit_core::model::Impression;
use client_fit_core::ui_text::Ui;

/// On a re-assessment: the earlier verdict and score beside these, and the answers that changed
/// (old → new).
#[component]
pub fn ComparisonBlock() -> Html {
    let app = use_app();
    let Some((session, questionnaire)) = use_assessment() else {
        return Html::default();
    };
    let Some(before) = app.earlier() else {
        return Html::default();
    };
    let q = &*questionnaire;
    let language = app.records.language.as_str();
    let after = Assessment::from_session(String::new(), &session, before.updated_ms);
    let comparison = compare(q, &app.records.profile, before, &after);
    let flag_title = |id: &str| {
        q.flag(id)
            .map(|f| app.text(q, &f.title))
            .unwrap_or_default()
    };
    let tier = |id: &Option<String>| {
        id.as_deref()
            .and_then(|id| q.verdict(id))
            .map_or_else(|| AttrValue::from("—"), |v| app.text(q, &v.label))
    };
    let score = |s: Option<f64>| s.map_or("—".to_owned(), whole);
    // The same verdict (or score) twice reads as one fact, not as "X → X".
    let verdict = if comparison.verdict.changed() {
        app.ui_fill(
            Ui::VerdictChange,
            &[
                ("before", &tier(&comparison.verdict.before)),
                ("after", &tier(&comparison.verdict.after)),
            ],
        )
    } else {
        app.ui_fill(
            Ui::VerdictUnchanged,
            &[("verdict", &tier(&comparison.verdict.after))],
        )
    };
    let overall = if comparison.overall.changed() {
        app.ui_fill(
            Ui::ScoreChange,
            &[
                ("before", &score(comparison.overall.before)),
                ("after", &score(comparison.overall.after)),
            ],
        )
    } else {
        app.ui_fill(
            Ui::ScoreUnchanged,
            &[("score", &score(comparison.overall.after))],
        )
    };
    let impression = |i: Option<Impression>| {
        app.ui(match i {
            Some(Impression::Good) => Ui::ImpressionGood,
            Some(Impression::Unsure) => Ui::ImpressionUnsure,
            Some(Impression::Bad) => Ui::ImpressionBad,
            None => Ui::Unanswered,
        })
        .to_owned()
    };
    // Each line: what was asked, then the earlier and the later answer in the person's words.
    let line = |change: &AnswerChange| {
        let (asked, old, new) = match change {
            AnswerChange::Impression { before, after } => (
                app.ui(Ui::BlinkTitle).to_owned(),
                impression(*before),
                impression(*after),
            ),
            AnswerChange::Question {
                question,
                before,
                after,
            } => {
                let Some(question) = q.question(question) else {
                    return Html::default();
                };
                let said = |s: &Said| match s {
                    Said::Answer(answer) => answer_text_with_currency(
                        q,
                        question,
                        answer,
                        language,
                        &app.records.profile.currency,
                    ),
                    Said::Unanswered => app.ui(Ui::Unanswered).to_owned(),
                    Said::NotAsked => app.ui(Ui::NotAsked).to_owned(),
                };
                (
                    app.text(q, &question.text).to_string(),
                    said(before),
                    said(after),
                )
            }
        };
        html! {
            <li class="cf-answer-change">
                <span class="cf-answer-asked">{ asked }</span>{ " " }
                <span class="cf-answer-sides">
                    <span class="cf-answer-before">{ old }</span>{ " → " }<span class="cf-answer-after">{ new }</span>
                </span>
            </li>
        }
    };
    let nothing = comparison.answers.is_empty()
        && comparison.flags_raised.is_empty()
        && comparison.flags_cleared.is_empty()
        && !comparison.overall.changed()
        && !comparison.verdict.changed();
    let title = app.id("comparison");
    html! {
        <section class="cf-block cf-comparison" aria-labelledby={title.clone()}>
            <h3 class="cf-subtitle" id={title}>{ app.ui_fill(Ui::ChangesSince, &[("date", &date_from_ms(before.created_ms))]) }</h3>
            if nothing {
                <p>{ app.ui(Ui::NothingChanged) }</p>
            } else {
                <p class="cf-comparison-verdict">{ verdict }</p>
                <p class="cf-comparison-score">{ overall }</p>
                if !comparison.answers.is_empty() {
                    <p>{ app.ui(Ui::ChangedAnswers) }</p>
                    <ul class="cf-answer-changes">{ for comparison.answers.iter().map(line) }</ul>
                }
                if !comparison.flags_raised.is_empty() {
                    <p>{ app.ui(Ui::FlagsRaised) }</p>
                    <ul>{ for comparison.flags_raised.iter().map(|f| html! { <li>{ flag_title(&f.flag) }</li> }) }</ul>
                }
                if !comparison.flags_cleared.is_empty() {
                    <p>{ app.ui(Ui::FlagsCleared) }</p>
                    <ul>{ for comparison.flags_cleared.iter().map(|f| html! { <li>{ flag_title(&f.flag) }</li> }) }</ul>
                }
            }
        </section>
    }
}

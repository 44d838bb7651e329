//! For a re-assessment: what changed since the earlier assessment of the same client (warning
//! signs raised or cleared, the score and the verdict).

use yew::prelude::*;

use crate::context::{use_app, use_assessment};
use client_fit_core::describe::date_from_ms;
use client_fit_core::history::{Assessment, compare, find};
use client_fit_core::ui_text::Ui;

/// On a re-assessment: the earlier verdict beside this one, and the answers that changed.
#[component]
pub fn ComparisonBlock() -> Html {
    let app = use_app();
    let Some((session, questionnaire)) = use_assessment() else {
        return Html::default();
    };
    let Some(before) = session
        .work
        .previous
        .as_deref()
        .and_then(|id| find(&app.records.history, id))
    else {
        return Html::default();
    };
    let after = Assessment::from_session(String::new(), &session, before.updated_ms);
    let comparison = compare(&questionnaire, &app.records.profile, before, &after);
    let flag_title = |id: &str| {
        questionnaire
            .flag(id)
            .map(|f| app.text(&questionnaire, &f.title))
            .unwrap_or_default()
    };
    let tier = |id: &Option<String>| {
        id.as_deref()
            .and_then(|id| questionnaire.verdict(id))
            .map_or_else(
                || AttrValue::from("—"),
                |v| app.text(&questionnaire, &v.label),
            )
    };
    let score = |s: Option<f64>| s.map_or("—".to_owned(), |s| format!("{s:.0}"));
    let nothing = comparison.flags_raised.is_empty()
        && comparison.flags_cleared.is_empty()
        && !comparison.overall.changed()
        && !comparison.verdict.changed();
    html! {
        <section class="cf-block cf-comparison">
            <h3 class="cf-subtitle">{ app.ui_fill(Ui::ChangesSince, &[("date", &date_from_ms(before.created_ms))]) }</h3>
            if nothing {
                <p>{ app.ui(Ui::NothingChanged) }</p>
            } else {
                <p>{ app.ui_fill(Ui::VerdictChange, &[("before", &tier(&comparison.verdict.before)), ("after", &tier(&comparison.verdict.after))]) }</p>
                <p>{ app.ui_fill(Ui::ScoreChange, &[("before", &score(comparison.overall.before)), ("after", &score(comparison.overall.after))]) }</p>
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

//! The editor's preview: the questionnaire being edited, answered as the prospect (or, with a
//! first impression, the consultant) would, with the score, the warning signs raised and the
//! verdict following each answer, and "what answers lead to each verdict" ([`PreviewTiers`]).
//! Its answers are the preview's own (`Screen::preview`): nothing here reaches the history.
//! Its texts are in the language the editor writes in. On a narrow screen, where it sits below
//! a long editor, a bar at the foot of the screen keeps the verdict in view and takes the
//! consultant to the preview and back to where they were editing.

use std::rc::Rc;

use yew::prelude::*;

use super::{PreviewQuestion, PreviewTiers};
use crate::context::use_app;
use crate::state::Action;
use client_fit_core::answers::Answers;
use client_fit_core::condition::Visibility;
use client_fit_core::describe::whole;
use client_fit_core::model::{Impression, Lens, Questionnaire};
use client_fit_core::scoring::{Standing, assess};
use client_fit_core::ui_text::Ui;

/// Props of [`EditorPreview`].
#[derive(Properties, PartialEq)]
pub struct EditorPreviewProps {
    /// The questionnaire being edited, as it is now.
    pub questionnaire: Rc<Questionnaire>,
}

/// The preview panel beside the editor (below it on a narrow screen), open or folded away.
#[component]
pub fn EditorPreview(props: &EditorPreviewProps) -> Html {
    let app = use_app();
    // Shown in the language the editor writes in (a text not translated yet shows the default
    // language's words), whatever the app's own language.
    let writing = app
        .writing_language()
        .unwrap_or_else(|| props.questionnaire.default_language.clone());
    let shown_in = use_memo(
        (props.questionnaire.clone(), writing),
        |(q, language)| match *language == q.default_language && q.languages.len() <= 1 {
            true => (**q).clone(),
            false => q.in_language(language),
        },
    );
    let q = &shown_in;
    let answers: Rc<Answers> = app.screen.preview.clone();
    let profile = &app.records.profile;
    // Scored and judged as a real assessment is: a question since deleted, or an answer that
    // no longer fits its question, counts for nothing.
    let impression = app.screen.preview_impression;
    let outcome = assess(q, &answers, impression, profile);
    let shown = Visibility::of(q, &answers, profile);
    let heading = app.id("preview-heading");
    let summary_id = app.id("preview-summary");
    // Where the page was when the bar's button was pressed, to go back to.
    let left_at = use_state(|| None::<f64>);
    let panel = use_node_ref();
    let to_preview = {
        let (app, left_at, summary_id) = (app.clone(), left_at.clone(), summary_id.clone());
        let panel = panel.clone();
        Callback::from(move |_: MouseEvent| {
            left_at.set(Some(crate::device::scrolled()));
            // Folded away, it opens: the button promises the preview, not its heading.
            if let Some(details) = panel.cast::<web_sys::Element>() {
                let _ = details.set_attribute("open", "");
            }
            // Focusing the preview's summary scrolls it into view, and a screen reader is
            // there too.
            app.focus(&summary_id);
        })
    };
    let back = (*left_at).map(|y| {
        let (left_at, bar, going) = (left_at.clone(), app.id("preview-go"), app.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            left_at.set(None);
            going.focus(&bar);
            crate::device::scroll_back_to(y);
        });
        html! {
            <button type="button" class="cf-button cf-button-secondary cf-preview-back" {onclick}>
                { app.ui(Ui::PreviewBack) }
            </button>
        }
    });
    let score = match outcome.overall {
        Some(overall) => app.ui_fill(Ui::PreviewScore, &[("score", &whole(overall))]),
        None => app.ui(Ui::PreviewNoScore).to_owned(),
    };
    let verdict = match outcome.verdict.as_deref().and_then(|id| q.verdict(id)) {
        Some(band) if outcome.standing != Standing::NotEnough => app.ui_fill(
            Ui::PreviewVerdict,
            &[("verdict", &app.text(q, &band.label))],
        ),
        _ => app.ui(Ui::PreviewNotEnough).to_owned(),
    };
    let flags = outcome.flags.iter().filter_map(|raised| {
        let flag = q.flag(&raised.flag)?;
        Some(html! { <li data-flag={raised.flag.clone()}>{ app.text(q, &flag.title) }</li> })
    });
    let flags = if outcome.flags.is_empty() {
        html! { <p class="cf-preview-flags-none">{ app.ui(Ui::PreviewNoFlags) }</p> }
    } else {
        html! {
            <>
                <p>{ app.ui(Ui::PreviewFlags) }</p>
                <ul class="cf-preview-flags">{ for flags }</ul>
            </>
        }
    };
    let questions = (q.questions().enumerate())
        .filter(|(index, _)| shown.questions[*index])
        .map(|(_, (_, question))| {
            html! {
                <PreviewQuestion key={question.id.clone()} questionnaire={q.clone()}
                    question={AttrValue::from(question.id.clone())} answer={answers.get(&question.id).cloned()} />
            }
        });
    let clear = {
        let app = app.clone();
        Callback::from(move |_| {
            app.dispatch(Action::SetPreview(Answers::new()));
            app.dispatch(Action::SetPreviewImpression(None));
        })
    };
    // The consultant's first impression weighs in a screening or a check-up's verdict; a
    // prospect gives none.
    let blink = (q.lens != Lens::Intake).then(|| {
        let choices = [
            (None, Ui::PreviewNoImpression, "none"),
            (Some(Impression::Good), Ui::ImpressionGood, "good"),
            (Some(Impression::Unsure), Ui::ImpressionUnsure, "unsure"),
            (Some(Impression::Bad), Ui::ImpressionBad, "bad"),
        ];
        let name = app.id("preview-impression");
        let radios = choices.into_iter().map(|(value, label, key)| {
            let id = app.id(&format!("preview-impression-{key}"));
            let onchange = {
                let app = app.clone();
                Callback::from(move |_| app.dispatch(Action::SetPreviewImpression(value)))
            };
            html! {
                <div class="cf-choice cf-preview-choice">
                    <input type="radio" id={id.clone()} name={name.clone()} checked={impression == value} {onchange} />
                    <label for={id}>{ app.ui(label) }</label>
                </div>
            }
        });
        html! {
            <fieldset class="cf-fieldset cf-preview-impression">
                <legend class="cf-legend">{ app.ui(Ui::PreviewImpression) }</legend>
                <div class="cf-choices cf-choices-row">{ for radios }</div>
            </fieldset>
        }
    });
    html! {
        <aside class="cf-editor-preview" aria-labelledby={heading.clone()}>
            <details class="cf-preview-panel" open={true} ref={panel}>
                <summary class="cf-preview-summary" id={summary_id}>
                    <h3 class="cf-subtitle cf-preview-heading" id={heading}>{ app.ui(Ui::PreviewHeading) }</h3>
                </summary>
                { back.unwrap_or_default() }
                <p class="cf-help">{ app.ui(Ui::PreviewIntro) }</p>
                // Said as it changes, without moving the focus from the answer just given.
                <div class="cf-preview-outcome" role="status" aria-live="polite">
                    <p class="cf-preview-verdict"><strong>{ verdict.clone() }</strong></p>
                    <p class="cf-preview-score">{ score }</p>
                    { flags }
                </div>
                <button type="button" class="cf-button cf-preview-clear" onclick={clear}
                    disabled={answers.is_empty() && impression.is_none()}>{ app.ui(Ui::PreviewClear) }</button>
                { blink.unwrap_or_default() }
                <ol class="cf-preview-questions">{ for questions }</ol>
                <PreviewTiers questionnaire={q.clone()} />
            </details>
            // Only on a narrow screen (the stylesheet hides it beside the editor).
            <div class="cf-preview-bar">
                <span class="cf-preview-bar-verdict">{ verdict }</span>
                <button type="button" class="cf-button cf-button-primary" id={app.id("preview-go")}
                    onclick={to_preview}>{ app.ui(Ui::PreviewGo) }</button>
            </div>
        </aside>
    }
}

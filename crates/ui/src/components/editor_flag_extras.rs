//! A warning sign's extras in the editor: the safeguards it recommends (ticked from the
//! questionnaire's own, never typed), the best verdict a client with it can get (none, or a
//! tier picked from the defined ones), and the line it adds to a letter.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::EditorText;
use crate::context::use_app;
use crate::state::Action;
use client_fit_core::draft::Change;
use client_fit_core::model::Questionnaire;
use client_fit_core::ui_text::Ui;

/// Props of [`EditorFlagExtras`].
#[derive(Properties, PartialEq)]
pub struct EditorFlagExtrasProps {
    /// The questionnaire being edited.
    pub questionnaire: Rc<Questionnaire>,
    /// The warning sign's id.
    pub flag: AttrValue,
    /// Its number in the list (from 1), for ids.
    pub number: usize,
    /// The id of the sign's problems, when it has some.
    #[prop_or_default]
    pub described: Option<AttrValue>,
}

/// The select value of "no cap": not a tier id, which never starts with `-`.
const NO_CAP: &str = "-none";

/// One warning sign's safeguards, cap and letter line.
#[component]
pub fn EditorFlagExtras(props: &EditorFlagExtrasProps) -> Html {
    let app = use_app();
    let q = &props.questionnaire;
    let Some(flag) = q.flag(&props.flag) else {
        return Html::default();
    };
    let key = |part: &str| app.id(&format!("editor-f{}-{part}", props.number));
    let described = props.described.clone();
    // Names in the language the editor writes in, else the default's.
    let writing = app
        .writing_language()
        .unwrap_or_else(|| q.default_language.clone());
    let language = &writing;
    let send: Rc<dyn Fn(Change)> = {
        let app = app.clone();
        Rc::new(move |change| {
            app.dispatch(Action::ChangeOwn {
                change,
                now_ms: crate::device::now_ms(),
            })
        })
    };
    let boxes = q.safeguards.iter().enumerate().map(|(i, safeguard)| {
        let box_id = key(&format!("safeguard-{}", i + 1));
        let onchange = {
            let (send, flag, safeguard) = (send.clone(), flag.id.clone(), safeguard.id.clone());
            Callback::from(move |e: Event| {
                let recommended = e.target_unchecked_into::<HtmlInputElement>().checked();
                send(Change::FlagSafeguard {
                    flag: flag.clone(),
                    safeguard: safeguard.clone(),
                    recommended,
                })
            })
        };
        let title = safeguard.title.get(language, &q.default_language);
        let title = if title.trim().is_empty() { safeguard.id.as_str() } else { title };
        html! {
            <div class="cf-field cf-editor-check" key={safeguard.id.clone()}>
                <input type="checkbox" id={box_id.clone()} checked={flag.safeguards.contains(&safeguard.id)}
                    {onchange} aria-describedby={described.clone()} />
                <label for={box_id}>{ title.to_owned() }</label>
            </div>
        }
    });
    let safeguards = match q.safeguards.is_empty() {
        true => html! { <p class="cf-help">{ app.ui(Ui::EditorFlagNoSafeguards) }</p> },
        false => html! { <div class="cf-editor-checks">{ for boxes }</div> },
    };
    let on_cap = {
        let (send, flag) = (send.clone(), flag.id.clone());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            send(Change::FlagCap {
                flag: flag.clone(),
                tier: (value != NO_CAP).then_some(value),
            })
        })
    };
    let tiers = q.tiers_best_first().into_iter().map(|tier| {
        let label = tier.label.get(language, &q.default_language);
        let label = if label.trim().is_empty() { tier.id.as_str() } else { label };
        html! {
            <option value={tier.id.clone()} selected={flag.caps_at.as_deref() == Some(tier.id.as_str())}>{ label.to_owned() }</option>
        }
    });
    let on_line = {
        let (send, flag) = (send.clone(), flag.id.clone());
        Callback::from(move |e: InputEvent| {
            send(Change::FlagLetterLine {
                flag: flag.clone(),
                text: e.target_unchecked_into::<HtmlInputElement>().value(),
            })
        })
    };
    html! {
        <div class="cf-editor-flag-extras">
            <fieldset class="cf-fieldset cf-editor-flag-safeguards">
                <legend class="cf-legend">{ app.ui(Ui::EditorFlagSafeguards) }</legend>
                { safeguards }
            </fieldset>
            <div class="cf-field">
                <label class="cf-label" for={key("caps-at")}>{ app.ui(Ui::EditorFlagCapsAt) }</label>
                <select class="cf-input" id={key("caps-at")} onchange={on_cap} aria-describedby={described.clone()}>
                    <option value={NO_CAP} selected={flag.caps_at.is_none()}>{ app.ui(Ui::EditorFlagNoCap) }</option>
                    { for tiers }
                </select>
            </div>
            <div class="cf-field">
                <label class="cf-label" for={key("letter-line")}>{ app.ui(Ui::EditorFlagLetterLine) }</label>
                <EditorText id={key("letter-line")} maxlength={400} text={flag.letter_line.clone()}
                    oninput={on_line} {described} />
            </div>
        </div>
    }
}

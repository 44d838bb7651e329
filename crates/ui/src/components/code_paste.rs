//! Opens a prospect's answers from a pasted hand-over email (or just its code), so answers
//! sent from a widget without any server reach the consultant's own Client Fit.

use yew::prelude::*;

use crate::context::use_app;
use crate::device;
use crate::state::{Action, Notice};
use client_fit_core::share::{decode, find_code};
use client_fit_core::ui_text::Ui;
use web_sys::HtmlTextAreaElement;

/// A text box to paste a share link or code into, and the button that opens it.
#[component]
pub fn CodePaste() -> Html {
    let app = use_app();
    let text = use_state(String::new);
    let not_found = use_state(|| false);
    let id = app.id("paste-code");
    let error_id = app.id("paste-code-error");
    let oninput = {
        let (text, not_found) = (text.clone(), not_found.clone());
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlTextAreaElement>().value());
            not_found.set(false);
        })
    };
    let open = {
        let (app, text, not_found) = (app.clone(), text.clone(), not_found.clone());
        Callback::from(move |_| {
            let Some(code) = find_code(&text) else {
                not_found.set(true);
                return;
            };
            let opened = decode(code, |id| {
                app.catalogue
                    .questionnaires
                    .iter()
                    .find(|q| q.id == id)
                    .map(|q| &**q)
            });
            match opened {
                Ok(shared) => {
                    app.dispatch(Action::OpenShared {
                        shared,
                        now_ms: device::now_ms(),
                    });
                    text.set(String::new());
                }
                Err(error) => app.dispatch(Action::Notify(Notice::ShareBroken(error))),
            }
        })
    };
    html! {
        <div class="cf-block cf-field cf-code-paste">
            <label class="cf-label" for={id.clone()}>{ app.ui(Ui::PasteCode) }</label>
            <textarea class="cf-input cf-textarea" id={id} rows="3" value={(*text).clone()} {oninput}
                aria-invalid={(*not_found).then_some("true")}
                aria-describedby={(*not_found).then(|| error_id.clone())} />
            if *not_found {
                <p class="cf-field-error" id={error_id}>{ app.ui(Ui::NoCodeFound) }</p>
            }
            <button type="button" class="cf-button" onclick={open}>{ app.ui(Ui::OpenCode) }</button>
        </div>
    }
}

//! The first page: pick a questionnaire and, optionally, name the client.

use yew::prelude::*;

use crate::context::use_app;
use crate::state::{Action, View};
use client_fit_core::model::Lens;
use client_fit_core::ui_text::Ui;
use web_sys::HtmlInputElement;

/// The start page: pick a questionnaire, name the client, begin.
#[component]
pub fn StartPage() -> Html {
    let app = use_app();
    // The intake is for the prospect, on the consultant's page; it is not offered here.
    let offered: Vec<_> = app
        .catalogue
        .questionnaires
        .iter()
        .filter(|q| q.lens != Lens::Intake)
        .cloned()
        .collect();
    let picked = use_state(String::new);
    // Until one is picked, the first on offer: questionnaires may arrive after the first paint.
    let chosen = if offered.iter().any(|q| q.id == *picked) {
        (*picked).clone()
    } else {
        offered.first().map(|q| q.id.clone()).unwrap_or_default()
    };
    // The name typed so far survives a reload of this tab (`store::draft_client`).
    let instance = app.setup.instance;
    let client = use_state(String::new);
    let typed = use_mut_ref(|| false);
    {
        // Read once the page is up (effects never run while rendering on a server), unless
        // the person has typed already: on a first screen shown from the HTML, they may have.
        let (client, typed) = (client.clone(), typed.clone());
        use_effect_with((), move |_| {
            if !*typed.borrow() {
                client.set(crate::store::draft_client(instance))
            }
        });
    }
    {
        // Written only once the person has typed: the read above must not be undone first.
        let typed = typed.clone();
        use_effect_with((*client).clone(), move |name| {
            if *typed.borrow() {
                crate::store::set_draft_client(instance, name)
            }
        });
    }
    let name_id = app.id("client-name");

    let options = offered.iter().map(|questionnaire| {
        let id = questionnaire.id.clone();
        let option_id = app.id(&format!("pick-{id}"));
        let onchange = {
            let (picked, id) = (picked.clone(), id.clone());
            Callback::from(move |_| picked.set(id.clone()))
        };
        html! {
            <div class="cf-pick">
                <input type="radio" id={option_id.clone()} name={app.id("pick")} value={id.clone()}
                    checked={chosen == id} {onchange} />
                <label for={option_id}>
                    <span class="cf-pick-title">{ app.text(questionnaire, &questionnaire.title) }</span>
                    if let Some(intro) = &questionnaire.intro {
                        <span class="cf-pick-intro">{ app.text(questionnaire, intro) }</span>
                    }
                </label>
            </div>
        }
    });

    let oninput = {
        let client = client.clone();
        Callback::from(move |e: InputEvent| {
            *typed.borrow_mut() = true;
            client.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let onsubmit = {
        let app = app.clone();
        let (chosen, client) = (chosen.clone(), client.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // Begun: the name goes with the assessment, and the next start page is blank.
            crate::store::set_draft_client(instance, "");
            app.dispatch(Action::Begin {
                questionnaire: chosen.clone(),
                client: (*client).clone(),
            });
        })
    };
    let open_site = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Show(View::Site)))
    };
    let open_own = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Show(View::Questionnaires)))
    };
    let problems = (!app.catalogue.load_problems.is_empty()).then(|| {
        html! {
            <div class="cf-error" role="alert">
                <p>{ app.ui(Ui::BrokenQuestionnaire) }</p>
                <ul>{ for app.catalogue.load_problems.iter().map(|p| html! { <li>{ p.to_string() }</li> }) }</ul>
            </div>
        }
    });

    html! {
        <form class="cf-page cf-start" {onsubmit}>
            <h1 class="cf-title" id={app.id("heading")} tabindex="-1">{ app.ui(Ui::Tagline) }</h1>
            { for problems }
            <fieldset class="cf-fieldset">
                <legend class="cf-legend">{ app.ui(Ui::ChooseQuestionnaire) }</legend>
                { for options }
            </fieldset>
            <div class="cf-field">
                <label class="cf-label" for={name_id.clone()}>{ app.ui(Ui::ClientName) }</label>
                <input class="cf-input" type="text" id={name_id} autocomplete="off" maxlength="120"
                    value={(*client).clone()} {oninput} />
            </div>
            <div class="cf-actions">
                <button type="submit" class="cf-button cf-button-primary">{ app.ui(Ui::Begin) }</button>
            </div>
            // Where the intake, left out above, is offered: on the consultant's own website.
            <p class="cf-help cf-site-line">
                { app.ui(Ui::SiteStartLine) }{ " " }
                <button type="button" class="cf-link cf-site-open" onclick={open_site}>{ app.ui(Ui::SiteTitle) }</button>
            </p>
            <p class="cf-help cf-own-line">
                { app.ui(Ui::OwnStartLine) }{ " " }
                <button type="button" class="cf-link cf-own-open" onclick={open_own}>{ app.ui(Ui::OwnTitle) }</button>
            </p>
        </form>
    }
}

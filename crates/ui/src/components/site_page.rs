//! "Put it on your site": the consultant picks what the widget on their own website shows
//! (the questionnaire, what the prospect sees at the end, theme and accent, their name, email
//! and endpoint, and whether their profile goes with it), sees it live as the prospect will,
//! and copies the snippet. The choices are kept in the state (`Action::EditSnippet`); the
//! snippet itself is written by the core (`client_fit_core::snippet`).

use std::rc::Rc;

use yew::prelude::*;

use crate::context::{AppContext, use_app};
use crate::device;
use crate::next_frame::after_ms;
use crate::state::Action;
use crate::{ClientFitProps, QuestionnaireSource};
use client_fit_core::backup::Custom;
use client_fit_core::builtin::PROSPECT_IDS;
use client_fit_core::embed::{Reveal, Theme, plausible_email};
use client_fit_core::model::Lens;
use client_fit_core::snippet::{SnippetChoices, SnippetEdit, SnippetProblem, SnippetQuestionnaire};
use client_fit_core::submit::SubmitFormat;
use client_fit_core::ui_text::Ui;
use web_sys::HtmlInputElement;

use super::{ChoiceGroup, RadioChoice, SitePreview};

/// How long typing in the name or email field pauses before the preview starts again with
/// it: starting again at every key would reload the widget at every key.
const SETTLE_MS: i32 = 400;

/// The accent offered when the consultant first asks for one: the app's own.
const FIRST_ACCENT: &str = "#1d5fbf";

/// The page: the choices, the live preview and the snippet to copy.
#[component]
pub fn SitePage() -> Html {
    let app = use_app();
    let choices = SnippetChoices {
        profile: (*app.records.profile).clone(),
        ..(*app.records.snippet).clone()
    };
    let problems = choices.problems();
    let snippet = choices.snippet().ok();
    let edit = {
        let app = app.clone();
        move |edit: SnippetEdit| app.dispatch(Action::EditSnippet(edit))
    };

    // What is typed reaches the preview once the typing pauses (see `SETTLE_MS`).
    let typed = (choices.name(), choices.email().to_owned());
    let settled = use_state_eq(|| typed.clone());
    {
        let (settled, latest) = (settled.clone(), use_mut_ref(|| 0_u32));
        use_effect_with(typed, move |typed| {
            let this = {
                let mut latest = latest.borrow_mut();
                *latest = latest.wrapping_add(1);
                *latest
            };
            let typed = typed.clone();
            let latest = latest.clone();
            after_ms(SETTLE_MS, move || {
                if *latest.borrow() == this {
                    settled.set(typed);
                }
            });
        });
    }

    let copied = use_state_eq(|| false);
    {
        // "Copied" is about the snippet that was copied: a change makes it untrue.
        let copied = copied.clone();
        use_effect_with(snippet.clone(), move |_| copied.set(false));
    }
    let copy = {
        let (snippet, copied) = (snippet.clone(), copied.clone());
        Callback::from(move |_| {
            if let Some(snippet) = &snippet {
                device::copy_text(snippet);
                copied.set(true);
            }
        })
    };

    let snippet_id = app.id("site-snippet");
    let snippet_help = app.id("site-snippet-help");
    let preview_heading = app.id("site-preview-heading");
    html! {
        <section class="cf-page cf-site" aria-labelledby={app.id("heading")}>
            <h2 class="cf-title" id={app.id("heading")} tabindex="-1">{ app.ui(Ui::SiteTitle) }</h2>
            <p class="cf-intro">{ app.ui(Ui::SiteIntro) }</p>
            <div class="cf-site-layout">
                <div class="cf-site-choices">
                    { questionnaire_choice(&app, &choices, &problems, &edit) }
                    { reveal_choice(&app, &choices, &edit) }
                    { theme_choice(&app, &choices, &edit) }
                    { accent_choice(&app, &choices, &problems, &edit) }
                    { text_field(&app, "site-name", Ui::SiteName, &choices.consultant_name, None, None, "organization", &edit, SnippetEdit::Name) }
                    { text_field(&app, "site-email", Ui::SiteEmail, &choices.consultant_email, None,
                        problems.contains(&SnippetProblem::Email).then_some(Ui::SiteEmailBad), "email", &edit, SnippetEdit::Email) }
                    { text_field(&app, "site-submit-url", Ui::SiteSubmitUrl, choices.submit_url.as_deref().unwrap_or_default(),
                        Some(Ui::SiteSubmitHelp), problems.contains(&SnippetProblem::SubmitUrl).then_some(Ui::SiteSubmitBad), "off", &edit, SnippetEdit::SubmitUrl) }
                    if choices.submit_url().is_some() {
                        { submit_as_choice(&app, &choices, &edit) }
                    }
                    { profile_choice(&app, &choices, &edit) }
                    { text_field(&app, "site-loader", Ui::SiteLoader, &choices.loader, Some(Ui::SiteLoaderHelp),
                        problems.contains(&SnippetProblem::Loader).then_some(Ui::SiteLoaderBad), "off", &edit, SnippetEdit::Loader) }
                </div>
                <section class="cf-site-preview" aria-labelledby={preview_heading.clone()}>
                    <h3 class="cf-subtitle" id={preview_heading}>{ app.ui(Ui::SitePreview) }</h3>
                    <p class="cf-help">{ app.ui(Ui::SitePreviewNote) }</p>
                    { preview(&app, &choices, &settled) }
                </section>
                <div class="cf-site-snippet">
                    <div class="cf-field">
                        <label class="cf-label" for={snippet_id.clone()}>{ app.ui(Ui::SiteSnippet) }</label>
                        <p class="cf-help" id={snippet_help.clone()}>{ app.ui(Ui::SiteSnippetHelp) }</p>
                        if let Some(snippet) = &snippet {
                            <textarea class="cf-input cf-site-code" id={snippet_id} readonly=true spellcheck="false"
                                rows={(snippet.lines().count() + 1).to_string()} value={snippet.clone()}
                                aria-describedby={snippet_help} />
                        } else {
                            <p class="cf-field-error cf-site-fix" id={snippet_id}>{ app.ui(Ui::SiteFixFirst) }</p>
                        }
                    </div>
                    <div class="cf-actions">
                        if snippet.is_some() {
                            <button type="button" class="cf-button cf-button-primary cf-site-copy" onclick={copy}>{ app.ui(Ui::SiteCopy) }</button>
                        }
                        <span class="cf-help cf-site-copied" role="status">
                            if *copied { { app.ui(Ui::Copied) } }
                        </span>
                    </div>
                </div>
            </div>
        </section>
    }
}

/// The questionnaire: the built-in ones, then the consultant's own that the app knows of, with
/// the path their file will have and a button to download it.
fn questionnaire_choice(
    app: &AppContext,
    choices: &SnippetChoices,
    problems: &[SnippetProblem],
    edit: &(impl Fn(SnippetEdit) + Clone + 'static),
) -> Html {
    let title = |id: &str| {
        app.find(id)
            .map(|q| app.text(&q, &q.title))
            .unwrap_or_else(|| AttrValue::from(id.to_owned()))
    };
    // Only questionnaires written for a prospect to answer: a screening or a check-up asks the
    // consultant's own first impression and judges the client in the consultant's words.
    let builtins = PROSPECT_IDS
        .iter()
        .map(|id| RadioChoice::new(format!("builtin-{id}"), title(id)));
    let for_prospects = |id: &str| app.find(id).is_some_and(|q| q.lens == Lens::Intake);
    let own = app
        .catalogue
        .custom_sources
        .iter()
        .filter(|(id, _)| for_prospects(id))
        .map(|(id, _)| {
            let label = app.ui_fill(Ui::SiteOwnQuestionnaire, &[("title", &title(id))]);
            RadioChoice::new(format!("own-{id}"), label)
        });
    let selected = match &choices.questionnaire {
        SnippetQuestionnaire::Builtin(id) => format!("builtin-{id}"),
        SnippetQuestionnaire::Own { id, .. } => format!("own-{id}"),
    };
    let onchange = {
        let edit = edit.clone();
        Callback::from(move |key: AttrValue| {
            let picked = match key.split_once('-') {
                Some(("own", id)) => SnippetQuestionnaire::own(id),
                Some((_, id)) => SnippetQuestionnaire::Builtin(id.to_owned()),
                None => return,
            };
            edit(SnippetEdit::Questionnaire(picked));
        })
    };
    let own_file = match &choices.questionnaire {
        SnippetQuestionnaire::Own { id, url } => {
            let download = {
                let (id, source) = (id.clone(), app.custom_source(id));
                // The prospect's copy: it scores the same, and keeps the consultant's advice,
                // letters and notes out of every visitor's browser.
                Callback::from(move |_| {
                    let copy = source
                        .as_deref()
                        .and_then(|source| Custom::read(source.clone()).ok())
                        .map(|custom| custom.questionnaire.for_prospect());
                    if let Some(copy) = copy {
                        let text = serde_json::to_string_pretty(&copy).unwrap_or_default();
                        device::download(&format!("{id}.json"), "application/json", &text);
                    }
                })
            };
            html! {
                <>
                    { text_field(app, "site-questionnaire-url", Ui::SiteQuestionnaireUrl, url, Some(Ui::SiteQuestionnaireUrlHelp),
                        problems.contains(&SnippetProblem::QuestionnaireUrl).then_some(Ui::SiteQuestionnaireUrlBad), "off", edit,
                        SnippetEdit::QuestionnaireUrl) }
                    <p class="cf-actions cf-site-download">
                        <button type="button" class="cf-button" onclick={download}>{ app.ui(Ui::SiteDownloadFile) }</button>
                    </p>
                </>
            }
        }
        SnippetQuestionnaire::Builtin(_) => Html::default(),
    };
    html! {
        <>
            <ChoiceGroup name="site-questionnaire" legend={app.ui(Ui::SiteQuestionnaire)}
                choices={builtins.chain(own).collect::<Vec<_>>()} selected={Some(AttrValue::from(selected))} {onchange} />
            { own_file }
        </>
    }
}

/// What the prospect sees at the end, each option said in one line.
fn reveal_choice(
    app: &AppContext,
    choices: &SnippetChoices,
    edit: &(impl Fn(SnippetEdit) + Clone + 'static),
) -> Html {
    const REVEALS: [(Reveal, &str, Ui); 3] = [
        (Reveal::Thanks, "thanks", Ui::SiteRevealThanks),
        (Reveal::Summary, "summary", Ui::SiteRevealSummary),
        (Reveal::Full, "full", Ui::SiteRevealFull),
    ];
    radio_group(
        app,
        "site-reveal",
        Ui::SiteReveal,
        &REVEALS,
        choices.reveal,
        false,
        edit,
        SnippetEdit::Reveal,
    )
}

/// Light, dark or the visitor's setting.
fn theme_choice(
    app: &AppContext,
    choices: &SnippetChoices,
    edit: &(impl Fn(SnippetEdit) + Clone + 'static),
) -> Html {
    const THEMES: [(Theme, &str, Ui); 3] = [
        (Theme::Auto, "auto", Ui::SiteThemeAuto),
        (Theme::Light, "light", Ui::SiteThemeLight),
        (Theme::Dark, "dark", Ui::SiteThemeDark),
    ];
    radio_group(
        app,
        "site-theme",
        Ui::SiteTheme,
        &THEMES,
        choices.theme,
        true,
        edit,
        SnippetEdit::Theme,
    )
}

/// How the answers are posted to the consultant's endpoint.
fn submit_as_choice(
    app: &AppContext,
    choices: &SnippetChoices,
    edit: &(impl Fn(SnippetEdit) + Clone + 'static),
) -> Html {
    const FORMATS: [(SubmitFormat, &str, Ui); 2] = [
        (SubmitFormat::Json, "json", Ui::SiteSubmitJson),
        (SubmitFormat::Form, "form", Ui::SiteSubmitForm),
    ];
    radio_group(
        app,
        "site-submit-as",
        Ui::SiteSubmitAs,
        &FORMATS,
        choices.submit_as,
        false,
        edit,
        SnippetEdit::SubmitAs,
    )
}

/// A radio group over the values of one choice.
#[allow(clippy::too_many_arguments)] // Each is one part of the group; a struct would only rename them.
fn radio_group<T: Copy + PartialEq + 'static>(
    app: &AppContext,
    name: &str,
    legend: Ui,
    values: &'static [(T, &'static str, Ui)],
    current: T,
    row: bool,
    edit: &(impl Fn(SnippetEdit) + Clone + 'static),
    to_edit: fn(T) -> SnippetEdit,
) -> Html {
    let choices: Vec<RadioChoice> = values
        .iter()
        .map(|(_, key, label)| RadioChoice::new(*key, app.ui(*label)))
        .collect();
    let selected = values
        .iter()
        .find(|(value, ..)| *value == current)
        .map(|(_, key, _)| AttrValue::from(*key));
    let onchange = {
        let edit = edit.clone();
        Callback::from(move |key: AttrValue| {
            if let Some((value, ..)) = values.iter().find(|(_, k, _)| *k == key.as_str()) {
                edit(to_edit(*value));
            }
        })
    };
    html! {
        <ChoiceGroup name={name.to_owned()} legend={app.ui(legend)} {choices} {selected} {onchange} {row} />
    }
}

/// The accent: none (the widget's own), or a colour of the consultant's.
fn accent_choice(
    app: &AppContext,
    choices: &SnippetChoices,
    problems: &[SnippetProblem],
    edit: &(impl Fn(SnippetEdit) + Clone + 'static),
) -> Html {
    let own_id = app.id("site-accent-own");
    let colour_id = app.id("site-accent");
    let help_id = app.id("site-accent-help");
    let error_id = app.id("site-accent-error");
    let on_own = {
        let edit = edit.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            edit(SnippetEdit::Accent(on.then(|| FIRST_ACCENT.to_owned())));
        })
    };
    let on_colour = {
        let edit = edit.clone();
        Callback::from(move |e: InputEvent| {
            let colour = e.target_unchecked_into::<HtmlInputElement>().value();
            edit(SnippetEdit::Accent(Some(colour)));
        })
    };
    let bad = problems.contains(&SnippetProblem::Accent);
    let described = if bad {
        format!("{help_id} {error_id}")
    } else {
        help_id.to_string()
    };
    html! {
        <div class="cf-field cf-site-accent">
            <div class="cf-choice">
                <input type="checkbox" id={own_id.clone()} checked={choices.accent.is_some()} onchange={on_own} />
                <label for={own_id}>{ app.ui(Ui::SiteAccentOwn) }</label>
            </div>
            if let Some(accent) = &choices.accent {
                <div class="cf-site-colour">
                    <input class="cf-site-swatch" type="color" id={colour_id.clone()} value={accent.clone()}
                        oninput={on_colour} aria-describedby={described} aria-invalid={bad.to_string()} />
                    <label for={colour_id}>{ app.ui(Ui::SiteAccent) }</label>
                    <code class="cf-site-hex">{ accent.clone() }</code>
                </div>
                <p class="cf-help" id={help_id}>{ app.ui(Ui::SiteAccentHelp) }</p>
                if bad {
                    <p class="cf-field-error" id={error_id}>{ app.ui(Ui::SiteAccentBad) }</p>
                }
            }
        </div>
    }
}

/// "Include my profile", off by default, with what it exposes.
fn profile_choice(
    app: &AppContext,
    choices: &SnippetChoices,
    edit: &(impl Fn(SnippetEdit) + Clone + 'static),
) -> Html {
    let id = app.id("site-profile");
    let help_id = app.id("site-profile-help");
    let onchange = {
        let edit = edit.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            edit(SnippetEdit::IncludeProfile(on));
        })
    };
    html! {
        <div class="cf-field cf-site-profile">
            <div class="cf-choice">
                <input type="checkbox" id={id.clone()} checked={choices.include_profile} {onchange}
                    aria-describedby={help_id.clone()} />
                <label for={id}>{ app.ui(Ui::SiteProfile) }</label>
            </div>
            <p class="cf-help" id={help_id}>{ app.ui(Ui::SiteProfileHelp) }</p>
        </div>
    }
}

/// A one-line text field with its label, an optional help line and its error, if any.
#[allow(clippy::too_many_arguments)] // Each is one part of the field; a struct would only rename them.
fn text_field(
    app: &AppContext,
    key: &str,
    label: Ui,
    value: &str,
    help: Option<Ui>,
    error: Option<Ui>,
    autocomplete: &'static str,
    edit: &(impl Fn(SnippetEdit) + Clone + 'static),
    to_edit: fn(String) -> SnippetEdit,
) -> Html {
    let id = app.id(key);
    let help_id = app.id(&format!("{key}-help"));
    let error_id = app.id(&format!("{key}-error"));
    let described: Vec<String> = [
        help.map(|_| help_id.to_string()),
        error.map(|_| error_id.to_string()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let oninput = {
        let edit = edit.clone();
        Callback::from(move |e: InputEvent| {
            edit(to_edit(
                e.target_unchecked_into::<HtmlInputElement>().value(),
            ));
        })
    };
    html! {
        <div class="cf-field">
            <label class="cf-label" for={id.clone()}>{ app.ui(label) }</label>
            if let Some(help) = help {
                <p class="cf-help" id={help_id}>{ app.ui(help) }</p>
            }
            <input class="cf-input" type="text" {id} value={value.to_owned()} {autocomplete} spellcheck="false"
                aria-invalid={error.is_some().to_string()}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))} {oninput} />
            if let Some(error) = error {
                <p class="cf-field-error" id={error_id}>{ app.ui(error) }</p>
            }
        </div>
    }
}

/// The preview: the widget with the chosen options (the name and email as last settled),
/// started again whenever one of them changes. Never given the address to send to.
fn preview(app: &AppContext, choices: &SnippetChoices, settled: &(String, String)) -> Html {
    let questionnaire = match &choices.questionnaire {
        SnippetQuestionnaire::Builtin(id) => Some(QuestionnaireSource::Builtin(id.clone())),
        SnippetQuestionnaire::Own { id, .. } => {
            let questionnaire = app.find(id);
            let source = app.custom_source(id);
            questionnaire.zip(source).map(|(questionnaire, source)| {
                QuestionnaireSource::Inline(Box::new(Custom {
                    questionnaire: (*questionnaire).clone(),
                    source: (*source).clone(),
                }))
            })
        }
    };
    let Some(questionnaire) = questionnaire else {
        return Html::default();
    };
    let (name, email) = settled;
    // An address the widget would refuse is left out here as it is from the snippet.
    let email = if plausible_email(email) {
        email.clone()
    } else {
        String::new()
    };
    let widget = ClientFitProps {
        questionnaire: Some(questionnaire),
        profile: choices
            .include_profile
            .then(|| Rc::new(choices.profile.clone())),
        language: Some(AttrValue::from(app.records.language.clone())),
        reveal: choices.reveal,
        consultant_name: AttrValue::from(name.clone()),
        consultant_email: AttrValue::from(email),
        // Never `submit_url`: a preview must not send anything anywhere.
        storage_key: AttrValue::from(format!("{}.preview", app.setup.storage_key)),
        content_base: AttrValue::from(app.setup.content_base.clone()),
        instance: app.setup.instance.wrapping_add(PREVIEW_INSTANCE),
        addresses: false,
        ..ClientFitProps::app(None, None)
    };
    // Whatever changes what the prospect goes through starts the preview again; the theme and
    // the accent are on its frame and change it in place.
    let key = format!(
        "{:?}|{:?}|{}|{}|{}|{}",
        choices.questionnaire,
        choices.reveal,
        choices.include_profile,
        name,
        widget.consultant_email,
        app.records.language
    );
    html! {
        <SitePreview {key} {widget} theme={choices.theme} accent={choices.accent().map(AttrValue::from)} />
    }
}

/// Added to the app's own instance number for the preview's, so their element ids never meet.
const PREVIEW_INSTANCE: u32 = 1000;

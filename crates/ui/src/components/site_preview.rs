//! The snippet page's live preview: the real `ClientFit` widget with the chosen options, so
//! the consultant sees what the prospect will. It keeps its answers under its own storage key,
//! emptied each time it mounts (the page keys it by the choices, so a change starts it
//! again), and takes its theme and accent on its frame as the widget's element does on a host
//! page: the theme as `data-theme`, the accent through the CSS object model, which the app's
//! Content Security Policy allows where a `style` attribute would not be.

use yew::prelude::*;

use client_fit_core::embed::{Theme, accent_text};

use crate::store;
use crate::{ClientFit, ClientFitProps};

/// What the preview shows.
#[derive(Properties, PartialEq)]
pub struct SitePreviewProps {
    /// The widget's settings as the snippet gives them. Never an address to send to: a
    /// preview must not send anything.
    pub widget: ClientFitProps,
    /// Light, dark or the visitor's setting, as `data-theme` sets it on the widget.
    pub theme: Theme,
    /// The accent colour (`#rgb` or `#rrggbb`), if one was chosen.
    #[prop_or_default]
    pub accent: Option<AttrValue>,
}

/// The widget as the prospect will see it, inside a frame that stands for their page.
#[component]
pub fn SitePreview(props: &SitePreviewProps) -> Html {
    let frame = use_node_ref();
    // The widget mounts only once what an earlier preview kept is gone, so it starts afresh.
    let emptied = use_state(|| false);
    {
        let (emptied, key) = (emptied.clone(), props.widget.storage_key.clone());
        use_effect_with((), move |_| {
            store::forget(&key);
            emptied.set(true);
        });
    }
    {
        let frame = frame.clone();
        use_effect_with(props.accent.clone(), move |accent| {
            if let Some(frame) = frame.cast::<web_sys::HtmlElement>() {
                let style = frame.style();
                let colours = accent
                    .as_deref()
                    .and_then(|accent| Some((accent, accent_text(accent)?)));
                // Best effort, as on the widget's element: a refusal leaves the default accent.
                let _ = match colours {
                    Some((accent, text)) => style
                        .set_property("--cf-accent", accent)
                        .and_then(|()| style.set_property("--cf-accent-text", text)),
                    None => style
                        .remove_property("--cf-accent")
                        .and_then(|_| style.remove_property("--cf-accent-text"))
                        .map(drop),
                };
            }
        });
    }
    let theme = match props.theme {
        Theme::Auto => None,
        Theme::Light => Some("light"),
        Theme::Dark => Some("dark"),
    };
    html! {
        <div class="cf-preview" data-theme={theme} ref={frame}>
            if *emptied {
                <ClientFit ..props.widget.clone() />
            }
        </div>
    }
}

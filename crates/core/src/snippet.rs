//! The snippet a consultant pastes into their own website to put the widget there: their
//! choices on the "Put it on your site" page, checked, and written out as HTML that
//! [`read_options`](crate::embed::read_options) reads back to the same choices. Pure: the page
//! draws the fields and the preview; this writes the text.
//!
//! The snippet is HTML the consultant pastes without reading it closely, so nothing typed may
//! change its shape: attribute values are HTML-escaped, and the JSON block escapes every `<`,
//! so no text can end the `<script>` element early.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::embed::{Reveal, Theme, accent_text, plausible_email};
use crate::profile::Profile;
use crate::submit::{SubmitFormat, check_submit_url};

/// Where the loader is when the consultant copies `dist/embed/v1/` to `client-fit/v1/` on
/// their site, as the README says.
pub const DEFAULT_LOADER: &str = "/client-fit/v1/client-fit.js";

/// Which questionnaire the widget shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SnippetQuestionnaire {
    /// A built-in one, by id (`data-questionnaire`).
    Builtin(String),
    /// The consultant's own, as a file they put on their site (`questionnaire_url`).
    Own {
        /// Its id in the app, to find it again (the preview shows it from there).
        id: String,
        /// The path on their site where they put its file.
        url: String,
    },
}

impl Default for SnippetQuestionnaire {
    fn default() -> Self {
        // The first questionnaire written for a prospect: the intake.
        SnippetQuestionnaire::Builtin(crate::builtin::PROSPECT_IDS[0].to_owned())
    }
}

impl SnippetQuestionnaire {
    /// The consultant's own questionnaire `id`, at a path that says what it is.
    pub fn own(id: &str) -> Self {
        SnippetQuestionnaire::Own {
            id: id.to_owned(),
            url: format!("/client-fit/{id}.json"),
        }
    }

    /// Its id in the app: a built-in id or the consultant's own.
    pub fn id(&self) -> &str {
        match self {
            SnippetQuestionnaire::Builtin(id) | SnippetQuestionnaire::Own { id, .. } => id,
        }
    }
}

/// What the consultant chose on the page: every option the snippet can carry, as typed (the
/// checks are [`SnippetChoices::problems`]'s, so a field keeps what was typed into it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SnippetChoices {
    /// The questionnaire the prospect answers.
    pub questionnaire: SnippetQuestionnaire,
    /// What the prospect sees at the end.
    pub reveal: Reveal,
    /// Light, dark or the visitor's setting.
    pub theme: Theme,
    /// An accent colour (`#rgb` or `#rrggbb`); `None`: the widget's own.
    pub accent: Option<String>,
    /// The consultant's name, shown at the last step.
    pub consultant_name: String,
    /// Where "Email my answers" writes to (empty: no email button).
    pub consultant_email: String,
    /// The consultant's own endpoint the answers are posted to; `None`: none.
    pub submit_url: Option<String>,
    /// How the answers are posted there.
    pub submit_as: SubmitFormat,
    /// Whether the profile goes into the snippet. Off unless chosen: anyone who reads the
    /// page's source can read it there.
    pub include_profile: bool,
    /// The profile written when `include_profile` is on. Never kept with the choices: the page
    /// fills it from the consultant's own, as it is when the snippet is written.
    #[serde(skip)]
    pub profile: Profile,
    /// The address of the loader, `client-fit.js`, on the consultant's site.
    pub loader: String,
}

impl Default for SnippetChoices {
    fn default() -> Self {
        SnippetChoices {
            questionnaire: SnippetQuestionnaire::default(),
            reveal: Reveal::default(),
            theme: Theme::default(),
            accent: None,
            consultant_name: String::new(),
            consultant_email: String::new(),
            submit_url: None,
            submit_as: SubmitFormat::default(),
            include_profile: false,
            profile: Profile::default(),
            loader: DEFAULT_LOADER.to_owned(),
        }
    }
}

/// A choice that cannot go into a snippet, by the field it is in (the page shows each at its
/// field). The messages are for tests and logs; the page words them in the person's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SnippetProblem {
    /// The own questionnaire's path is not a path on the site (`/forms/q.json`).
    #[error("the questionnaire's file must be at a path on your site, such as /forms/q.json")]
    QuestionnaireUrl,
    /// The accent is not `#rgb` or `#rrggbb`.
    #[error("the accent must be a colour such as #0f6e5a")]
    Accent,
    /// The email address is not one the widget takes.
    #[error("the email must be an address such as you@example.com")]
    Email,
    /// The endpoint is neither a path on the site nor an `https://` address.
    #[error("the address for the answers must be a path on your site or an https:// address")]
    SubmitUrl,
    /// The loader's address is neither a path on the site nor an `https://` address.
    #[error("the loader must be at a path on your site or an https:// address")]
    Loader,
}

/// One change on the page, as plain data: what a field does when it changes.
#[derive(Clone, Debug, PartialEq)]
pub enum SnippetEdit {
    /// Another questionnaire; their own keeps the path typed for it, if it was the one before.
    Questionnaire(SnippetQuestionnaire),
    /// The path typed for their own questionnaire's file.
    QuestionnaireUrl(String),
    /// What the prospect sees at the end.
    Reveal(Reveal),
    /// Light, dark or the visitor's setting.
    Theme(Theme),
    /// An accent colour, or none.
    Accent(Option<String>),
    /// The name, as typed.
    Name(String),
    /// The email address, as typed.
    Email(String),
    /// The endpoint's address, as typed (empty: none).
    SubmitUrl(String),
    /// How the answers are posted.
    SubmitAs(SubmitFormat),
    /// Whether the profile goes into the snippet.
    IncludeProfile(bool),
    /// The loader's address, as typed.
    Loader(String),
}

impl SnippetEdit {
    /// `choices` with this edit applied.
    pub fn apply(self, choices: &mut SnippetChoices) {
        match self {
            SnippetEdit::Questionnaire(questionnaire) => {
                let same_own = matches!(
                    (&choices.questionnaire, &questionnaire),
                    (SnippetQuestionnaire::Own { id: was, .. }, SnippetQuestionnaire::Own { id, .. })
                        if was == id
                );
                if !same_own {
                    choices.questionnaire = questionnaire;
                }
            }
            SnippetEdit::QuestionnaireUrl(typed) => {
                if let SnippetQuestionnaire::Own { url, .. } = &mut choices.questionnaire {
                    *url = typed;
                }
            }
            SnippetEdit::Reveal(reveal) => choices.reveal = reveal,
            SnippetEdit::Theme(theme) => choices.theme = theme,
            SnippetEdit::Accent(accent) => choices.accent = accent,
            SnippetEdit::Name(name) => choices.consultant_name = name,
            SnippetEdit::Email(email) => choices.consultant_email = email,
            SnippetEdit::SubmitUrl(url) => {
                choices.submit_url = (!url.trim().is_empty()).then_some(url);
            }
            SnippetEdit::SubmitAs(format) => choices.submit_as = format,
            SnippetEdit::IncludeProfile(include) => choices.include_profile = include,
            SnippetEdit::Loader(loader) => choices.loader = loader,
        }
    }
}

impl SnippetChoices {
    /// The name as the snippet carries it: trimmed, without control characters (a browser
    /// would turn some of them into others, and none belongs in a name).
    pub fn name(&self) -> String {
        clean(&self.consultant_name)
    }

    /// The email address as the snippet carries it.
    pub fn email(&self) -> &str {
        self.consultant_email.trim()
    }

    /// The endpoint as the snippet carries it, if any.
    pub fn submit_url(&self) -> Option<&str> {
        self.submit_url
            .as_deref()
            .map(str::trim)
            .filter(|url| !url.is_empty())
    }

    /// The accent as the snippet carries it (lower case), if any.
    pub fn accent(&self) -> Option<String> {
        self.accent
            .as_deref()
            .map(|a| a.trim().to_ascii_lowercase())
    }

    /// What stops these choices from going into a snippet, field by field, in the page's order.
    pub fn problems(&self) -> Vec<SnippetProblem> {
        let mut problems = Vec::new();
        if let SnippetQuestionnaire::Own { url, .. } = &self.questionnaire
            && !site_path(url.trim())
        {
            problems.push(SnippetProblem::QuestionnaireUrl);
        }
        if self.accent().is_some_and(|a| accent_text(&a).is_none()) {
            problems.push(SnippetProblem::Accent);
        }
        if !self.email().is_empty() && !plausible_email(self.email()) {
            problems.push(SnippetProblem::Email);
        }
        if self
            .submit_url()
            .is_some_and(|u| check_submit_url(u).is_err())
        {
            problems.push(SnippetProblem::SubmitUrl);
        }
        if check_submit_url(self.loader.trim()).is_err() {
            problems.push(SnippetProblem::Loader);
        }
        problems
    }

    /// The data attributes the widget's element carries, without `data-`, defaults left out.
    pub fn attributes(&self) -> Vec<(&'static str, String)> {
        let mut attributes = Vec::new();
        if let SnippetQuestionnaire::Builtin(id) = &self.questionnaire
            && *id != SnippetQuestionnaire::default().id()
        {
            attributes.push(("questionnaire", id.clone()));
        }
        match self.reveal {
            Reveal::Thanks => {}
            Reveal::Summary => attributes.push(("reveal", "summary".to_owned())),
            Reveal::Full => attributes.push(("reveal", "full".to_owned())),
        }
        match self.theme {
            Theme::Auto => {}
            Theme::Light => attributes.push(("theme", "light".to_owned())),
            Theme::Dark => attributes.push(("theme", "dark".to_owned())),
        }
        if let Some(accent) = self.accent() {
            attributes.push(("accent", accent));
        }
        let name = self.name();
        if !name.is_empty() {
            attributes.push(("consultant-name", name));
        }
        if !self.email().is_empty() {
            attributes.push(("consultant-email", self.email().to_owned()));
        }
        if let Some(url) = self.submit_url() {
            attributes.push(("submit-url", url.to_owned()));
            if self.submit_as == SubmitFormat::Form {
                attributes.push(("submit-as", "form".to_owned()));
            }
        }
        attributes
    }

    /// The JSON block's text, when something needs it (their own questionnaire's path, the
    /// profile), safe inside a `<script>` element: every `<` is written `\u003c`.
    pub fn block(&self) -> Option<String> {
        let mut fields = Map::new();
        if let SnippetQuestionnaire::Own { url, .. } = &self.questionnaire {
            fields.insert("questionnaire_url".into(), Value::from(url.trim()));
        }
        if self.include_profile {
            // Plain data with string keys: turning it into JSON cannot fail.
            let mut profile = serde_json::to_value(&self.profile).unwrap_or_default();
            // Only what is set: an unset field reads back as unset, and an empty profile is
            // no profile.
            if let Value::Object(profile) = &mut profile {
                profile.retain(|_, value| !is_empty(value));
            }
            if !is_empty(&profile) {
                fields.insert("profile".into(), profile);
            }
        }
        if fields.is_empty() {
            return None;
        }
        let text = serde_json::to_string_pretty(&Value::Object(fields)).unwrap_or_default();
        // `<` appears in JSON text only inside strings, where `\u003c` means the same; `>` and
        // `&` go too, so the block reads the same to any tool that looks for markup in it.
        Some(
            text.replace('<', "\\u003c")
                .replace('>', "\\u003e")
                .replace('&', "\\u0026"),
        )
    }

    /// The snippet: the widget's element with its attributes and, when needed, its JSON block,
    /// then the loader's `<script>` tag.
    ///
    /// # Errors
    ///
    /// What stops the choices from going into a snippet ([`SnippetChoices::problems`]).
    pub fn snippet(&self) -> Result<String, Vec<SnippetProblem>> {
        let problems = self.problems();
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut html = String::from("<div data-client-fit");
        for (name, value) in self.attributes() {
            html.push_str(&format!("\n     data-{name}=\"{}\"", escape(&value)));
        }
        html.push('>');
        if let Some(block) = self.block() {
            html.push_str("\n  <script type=\"application/json\">\n");
            for line in block.lines() {
                html.push_str("    ");
                html.push_str(line);
                html.push('\n');
            }
            html.push_str("  </script>\n");
        }
        html.push_str("</div>\n");
        html.push_str(&format!(
            "<script type=\"module\" src=\"{}\"></script>\n",
            escape(self.loader.trim())
        ));
        Ok(html)
    }
}

/// Text without control characters, trimmed.
fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Whether `path` is a path on the page's own site: what `check_submit_url` takes, but no
/// address on another site.
fn site_path(path: &str) -> bool {
    path.starts_with('/') && check_submit_url(path).is_ok()
}

/// An unset profile field: nothing, an empty text, list or map.
fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        Value::Bool(_) | Value::Number(_) => false,
    }
}

/// Text for a double-quoted attribute value: nothing in it can end the value or the tag.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_choices_write_the_shortest_snippet() {
        let snippet = SnippetChoices::default().snippet().unwrap();
        assert_eq!(
            snippet,
            "<div data-client-fit></div>\n<script type=\"module\" src=\"/client-fit/v1/client-fit.js\"></script>\n"
        );
    }

    #[test]
    fn each_bad_field_is_named() {
        let choices = SnippetChoices {
            questionnaire: SnippetQuestionnaire::Own {
                id: "mine".into(),
                url: "https://elsewhere.example/q.json".into(),
            },
            accent: Some("teal".into()),
            consultant_email: "not an address".into(),
            submit_url: Some("javascript:alert(1)".into()),
            loader: "client-fit.js".into(),
            ..SnippetChoices::default()
        };
        assert_eq!(
            choices.snippet(),
            Err(vec![
                SnippetProblem::QuestionnaireUrl,
                SnippetProblem::Accent,
                SnippetProblem::Email,
                SnippetProblem::SubmitUrl,
                SnippetProblem::Loader,
            ])
        );
    }

    #[test]
    fn choosing_their_own_questionnaire_again_keeps_its_path() {
        let mut choices = SnippetChoices::default();
        SnippetEdit::Questionnaire(SnippetQuestionnaire::own("mine")).apply(&mut choices);
        SnippetEdit::QuestionnaireUrl("/forms/mine.json".into()).apply(&mut choices);
        SnippetEdit::Questionnaire(SnippetQuestionnaire::own("mine")).apply(&mut choices);
        assert_eq!(
            choices.questionnaire,
            SnippetQuestionnaire::Own {
                id: "mine".into(),
                url: "/forms/mine.json".into()
            }
        );
        SnippetEdit::SubmitUrl("  ".into()).apply(&mut choices);
        assert_eq!(choices.submit_url, None);
    }

    #[test]
    fn the_choices_kept_on_the_device_leave_the_profile_out() {
        let choices = SnippetChoices {
            include_profile: true,
            profile: Profile {
                name: "Secret".into(),
                ..Profile::default()
            },
            ..SnippetChoices::default()
        };
        let text = serde_json::to_string(&choices).unwrap();
        assert!(!text.contains("Secret"), "{text}");
        let back: SnippetChoices = serde_json::from_str(&text).unwrap();
        assert_eq!(
            back,
            SnippetChoices {
                profile: Profile::default(),
                ..choices
            }
        );
        // Anything older or damaged reads as far as it goes.
        let partial: SnippetChoices = serde_json::from_str(r#"{"reveal": "full"}"#).unwrap();
        assert_eq!(partial.reveal, Reveal::Full);
        assert_eq!(partial.loader, DEFAULT_LOADER);
    }
}

//! The snippet from the "Put it on your site" page, natively: read back the way a browser
//! would (a small tokenizer of the HTML it writes) and through `read_options`, it gives back
//! the choices made; hostile text typed into any field stays inside its attribute or its JSON
//! block; and a choice the widget would refuse never reaches a snippet.

use client_fit_core::embed::{Options, QuestionnaireSource, Reveal, Theme, read_options};
use client_fit_core::profile::{FriendsPolicy, Profile};
use client_fit_core::snippet::{SnippetChoices, SnippetProblem, SnippetQuestionnaire};
use client_fit_core::submit::SubmitFormat;
use proptest::prelude::*;

/// What a browser makes of a snippet, as far as the widget reads it.
#[derive(Debug)]
struct Parsed {
    /// The widget element's attributes, `data-` removed from each name (as the shell does).
    attributes: Vec<(String, String)>,
    /// The JSON block's text, if there is one.
    block: Option<String>,
    /// The loader's address.
    loader: String,
}

/// Reads `html` as the HTML tokenizer would, for the shapes a snippet may take, and fails on
/// anything else: a hostile text that changed the shape would show up as a failure here.
fn parse(html: &str) -> Result<Parsed, String> {
    let rest = html
        .strip_prefix("<div data-client-fit")
        .ok_or("no widget element first")?;
    let (attributes, rest) = tag_attributes(rest)?;
    let mut names: Vec<String> = Vec::new();
    let mut data = Vec::new();
    for (name, value) in attributes {
        if names.contains(&name) {
            return Err(format!("attribute {name} twice"));
        }
        names.push(name.clone());
        let name = name
            .strip_prefix("data-")
            .ok_or(format!("attribute {name} is not ours"))?;
        data.push((name.to_owned(), value));
    }
    let rest = rest.trim_start();
    let (block, rest) = match rest.strip_prefix("<script type=\"application/json\">") {
        Some(inside) => {
            // The script element ends at the first `</script`, whatever the case.
            let end = inside
                .to_ascii_lowercase()
                .find("</script")
                .ok_or("the block never ends")?;
            let text = &inside[..end];
            let after = inside[end..]
                .strip_prefix("</script>")
                .ok_or("the block ends oddly")?;
            (Some(text.to_owned()), after.trim_start())
        }
        None => (None, rest),
    };
    let rest = rest
        .strip_prefix("</div>")
        .ok_or("the element does not end after its block")?
        .trim_start();
    let rest = rest
        .strip_prefix("<script type=\"module\"")
        .ok_or("no loader after the element")?;
    let (loader_attributes, rest) = tag_attributes(rest)?;
    let [(name, loader)] = loader_attributes.as_slice() else {
        return Err("the loader tag has more than its src".into());
    };
    if name != "src" || rest.trim() != "</script>" {
        return Err(format!("after the loader: {rest:?}"));
    }
    Ok(Parsed {
        attributes: data,
        block,
        loader: loader.clone(),
    })
}

/// A tag's attributes, names and values, in order.
type Attributes = Vec<(String, String)>;

/// Double-quoted attributes up to the tag's `>`: each name, and its value with character
/// references decoded (the ones the writer uses, and numeric ones).
fn tag_attributes(mut rest: &str) -> Result<(Attributes, &str), String> {
    let mut found = Vec::new();
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix('>') {
            return Ok((found, after));
        }
        let end = rest
            .find(|c: char| c == '=' || c == '>' || c.is_whitespace())
            .ok_or("the tag never ends")?;
        let name = rest[..end].to_ascii_lowercase();
        rest = rest[end..]
            .strip_prefix("=\"")
            .ok_or(format!("attribute {name} has no quoted value"))?;
        let close = rest.find('"').ok_or("a value never ends")?;
        found.push((name, decode(&rest[..close])?));
        rest = &rest[close + 1..];
    }
}

fn decode(raw: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = raw;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let reference = &rest[at..];
        let end = reference.find(';').ok_or("a bare & in a value")?;
        let entity = &reference[1..end];
        out.push(match entity {
            "amp" => '&',
            "quot" => '"',
            "lt" => '<',
            "gt" => '>',
            _ => entity
                .strip_prefix('#')
                .and_then(|n| n.parse::<u32>().ok())
                .and_then(char::from_u32)
                .ok_or(format!("unknown reference &{entity};"))?,
        });
        rest = &reference[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The snippet of `choices`, read back as the widget reads it.
fn read_back(choices: &SnippetChoices) -> (Parsed, Options) {
    let html = choices.snippet().expect("valid choices write a snippet");
    let parsed = parse(&html).unwrap_or_else(|e| panic!("{e}\n{html}"));
    if let Some(block) = &parsed.block {
        assert!(!block.contains('<'), "a < in the block:\n{html}");
    }
    let options = read_options(&parsed.attributes, parsed.block.as_deref())
        .unwrap_or_else(|e| panic!("{e}\n{html}"));
    (parsed, options)
}

/// What the widget should have read, from the choices.
fn assert_same(choices: &SnippetChoices, parsed: &Parsed, options: &Options) {
    let questionnaire = match &choices.questionnaire {
        SnippetQuestionnaire::Builtin(id) => QuestionnaireSource::Builtin(id.clone()),
        SnippetQuestionnaire::Own { url, .. } => QuestionnaireSource::Url(url.trim().to_owned()),
    };
    assert_eq!(options.questionnaire, questionnaire);
    assert_eq!(options.reveal, choices.reveal);
    assert_eq!(options.theme, choices.theme);
    assert_eq!(options.accent, choices.accent());
    assert_eq!(options.consultant_name, choices.name());
    assert_eq!(options.consultant_email, choices.email());
    assert_eq!(options.submit_url.as_deref(), choices.submit_url());
    let submit_as = match choices.submit_url() {
        Some(_) => choices.submit_as,
        None => SubmitFormat::default(),
    };
    assert_eq!(options.submit_as, submit_as);
    let profile = match choices.include_profile {
        true => choices.profile.clone(),
        false => Profile::default(),
    };
    assert_eq!(options.profile, profile);
    assert_eq!(options.language, None);
    assert_eq!(parsed.loader, choices.loader.trim());
}

fn full_choices() -> SnippetChoices {
    SnippetChoices {
        questionnaire: SnippetQuestionnaire::Builtin("screen".into()),
        reveal: Reveal::Full,
        theme: Theme::Dark,
        accent: Some("#0F6E5A".into()),
        consultant_name: "Vega Studio".into(),
        consultant_email: "hello@vega.example".into(),
        submit_url: Some("https://forms.vega.example/intake".into()),
        submit_as: SubmitFormat::Form,
        include_profile: true,
        profile: Profile {
            name: "Vega Studio".into(),
            currency: "EUR".into(),
            min_budget: Some(4000.0),
            deposit_percent: Some(30.0),
            welcome: vec!["work:web".into()],
            friends_policy: FriendsPolicy::Never,
            ..Profile::default()
        },
        loader: "/assets/client-fit/v1/client-fit.js".into(),
    }
}

#[test]
fn every_choice_reads_back_from_the_snippet() {
    let choices = full_choices();
    let (parsed, options) = read_back(&choices);
    assert_same(&choices, &parsed, &options);
    let html = choices.snippet().unwrap();
    assert_eq!(
        html.lines().next(),
        Some("<div data-client-fit"),
        "one attribute a line:\n{html}"
    );
    assert!(
        html.contains("\n     data-questionnaire=\"screen\"\n"),
        "{html}"
    );
    assert!(html.contains("data-accent=\"#0f6e5a\""), "{html}");
    assert!(html.contains("data-submit-as=\"form\""), "{html}");
    assert!(
        html.ends_with(
            "</div>\n<script type=\"module\" src=\"/assets/client-fit/v1/client-fit.js\"></script>\n"
        ),
        "{html}"
    );
}

#[test]
fn defaults_are_left_out_and_the_block_comes_only_when_needed() {
    let choices = SnippetChoices {
        consultant_name: "Ana".into(),
        // Posted as JSON, the default: no data-submit-as.
        submit_url: Some("/forms/intake".into()),
        ..SnippetChoices::default()
    };
    let html = choices.snippet().unwrap();
    for absent in [
        "data-questionnaire",
        "data-reveal",
        "data-theme",
        "data-accent",
        "data-consultant-email",
        "data-submit-as",
        "application/json",
    ] {
        assert!(!html.contains(absent), "{absent} in\n{html}");
    }
    let (parsed, options) = read_back(&choices);
    assert_same(&choices, &parsed, &options);

    // The format goes only with an address to post to.
    let no_address = SnippetChoices {
        submit_as: SubmitFormat::Form,
        ..SnippetChoices::default()
    };
    assert!(!no_address.snippet().unwrap().contains("submit-as"));

    // Their own questionnaire: its path in the block, no data-questionnaire beside it (the
    // widget refuses a questionnaire given two ways).
    let own = SnippetChoices {
        questionnaire: SnippetQuestionnaire::Own {
            id: "mine".into(),
            url: " /forms/mine.json ".into(),
        },
        ..SnippetChoices::default()
    };
    let (parsed, options) = read_back(&own);
    assert_same(&own, &parsed, &options);
    assert!(
        !parsed
            .attributes
            .iter()
            .any(|(name, _)| name == "questionnaire")
    );
    assert!(!parsed.block.unwrap().contains("profile"));
}

#[test]
fn the_profile_stays_out_unless_chosen() {
    let mut choices = full_choices();
    choices.include_profile = false;
    let html = choices.snippet().unwrap();
    assert!(!html.contains("4000"), "{html}");
    assert!(!html.contains("application/json"), "{html}");
    choices.include_profile = true;
    let html = choices.snippet().unwrap();
    assert!(html.contains("\"min_budget\": 4000"), "{html}");
    // Only the fields that are set.
    assert!(!html.contains("max_weeks"), "{html}");
}

#[test]
fn hostile_text_stays_inside_its_attribute_and_its_block() {
    let hostile =
        "Vega \"Studio\" <b>&amp;</b> ' onload=alert(1) x=\"</div><script>alert(2)</script><!--";
    let choices = SnippetChoices {
        consultant_name: hostile.into(),
        profile: Profile {
            name: format!("</script><script>alert(3)</script><!--<script>{hostile}"),
            currency: "</SCRIPT >".into(),
            ..Profile::default()
        },
        include_profile: true,
        questionnaire: SnippetQuestionnaire::Own {
            id: "x".into(),
            url: "/forms/\"></div><script>alert(4)</script>.json".into(),
        },
        ..SnippetChoices::default()
    };
    let html = choices.snippet().unwrap();
    assert_eq!(html.matches("<script").count(), 2, "{html}");
    assert_eq!(html.to_ascii_lowercase().matches("</script").count(), 2);
    let (parsed, options) = read_back(&choices);
    assert_same(&choices, &parsed, &options);
    assert_eq!(options.consultant_name, hostile);
}

#[test]
fn a_choice_the_widget_would_refuse_gives_no_snippet() {
    for (choices, problem) in [
        (
            SnippetChoices {
                consultant_email: "hello@vega.example?cc=x@y.z".into(),
                ..SnippetChoices::default()
            },
            SnippetProblem::Email,
        ),
        (
            SnippetChoices {
                submit_url: Some("http://vega.example/forms".into()),
                ..SnippetChoices::default()
            },
            SnippetProblem::SubmitUrl,
        ),
        (
            SnippetChoices {
                questionnaire: SnippetQuestionnaire::Own {
                    id: "x".into(),
                    url: "//elsewhere.example/q.json".into(),
                },
                ..SnippetChoices::default()
            },
            SnippetProblem::QuestionnaireUrl,
        ),
        (
            SnippetChoices {
                accent: Some("#12345".into()),
                ..SnippetChoices::default()
            },
            SnippetProblem::Accent,
        ),
        (
            SnippetChoices {
                loader: String::new(),
                ..SnippetChoices::default()
            },
            SnippetProblem::Loader,
        ),
    ] {
        assert_eq!(choices.snippet(), Err(vec![problem]), "{choices:?}");
    }
}

/// Any text, markup and quotes likelier than chance.
fn hostile_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => any::<char>().prop_map(String::from),
            2 => prop::sample::select(vec![
                "\"", "'", "<", ">", "&", "&amp;", "&quot;", "</script>", "</SCRIPT ", "<!--",
                "<script>", "-->", "</div>", " data-reveal=\"full\" ", "\\u003c", "\\", "\n",
                "\r", "\0", " ", "\u{a0}", "é", "Ø", "ș", "💼",
            ])
            .prop_map(str::to_owned),
        ],
        0..24,
    )
    .prop_map(|parts| parts.concat())
}

/// Email addresses the widget takes, with the characters it allows.
fn email() -> impl Strategy<Value = String> {
    ("[a-z0-9._%+-]{1,12}", "[a-z0-9-]{1,12}", "[a-z]{2,6}")
        .prop_map(|(user, domain, top)| format!("{user}@{domain}.{top}"))
}

fn choices() -> impl Strategy<Value = SnippetChoices> {
    let questionnaire = prop_oneof![
        prop::sample::select(vec!["intake", "screen", "checkup"])
            .prop_map(|id| SnippetQuestionnaire::Builtin(id.to_owned())),
        "(/[a-zA-Z0-9_.%\"<>&'-]{1,12}){1,3}".prop_map(|url| SnippetQuestionnaire::Own {
            id: "own".into(),
            url
        }),
    ];
    let reveal = prop::sample::select(vec![Reveal::Thanks, Reveal::Summary, Reveal::Full]);
    let theme = prop::sample::select(vec![Theme::Auto, Theme::Light, Theme::Dark]);
    let accent = prop::option::of("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    let submit_url = prop::option::of(prop_oneof![
        // No second `/` at the start: `//host` is another site, refused.
        "/[a-z0-9_.?=&\"<>-][a-z0-9/_.?=&\"<>-]{0,20}",
        "https://[a-z]{1,8}\\.example/[a-z0-9/?=&<>\"']{0,12}",
    ]);
    let submit_as = prop::sample::select(vec![SubmitFormat::Json, SubmitFormat::Form]);
    let profile = (
        hostile_text(),
        hostile_text(),
        prop::option::of(0_u32..1_000_000),
        prop::collection::vec(hostile_text(), 0..3),
    )
        .prop_map(|(name, currency, budget, welcome)| Profile {
            name,
            currency,
            min_budget: budget.map(f64::from),
            welcome,
            ..Profile::default()
        });
    (
        (questionnaire, reveal, theme, accent),
        (
            hostile_text(),
            prop::option::of(email()),
            submit_url,
            submit_as,
        ),
        (
            any::<bool>(),
            profile,
            "/[a-z0-9_.\"<>&-]{1,8}/[a-z0-9/_.\"<>&-]{0,16}",
        ),
    )
        .prop_map(
            |(
                (questionnaire, reveal, theme, accent),
                (consultant_name, email, submit_url, submit_as),
                (include_profile, profile, loader),
            )| SnippetChoices {
                questionnaire,
                reveal,
                theme,
                accent,
                consultant_name,
                consultant_email: email.unwrap_or_default(),
                submit_url,
                submit_as,
                include_profile,
                profile,
                loader,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_choices_read_back_the_same(choices in choices()) {
        let (parsed, options) = read_back(&choices);
        assert_same(&choices, &parsed, &options);
    }

    #[test]
    fn any_name_reads_back_trimmed_and_without_control_characters(name in hostile_text()) {
        let choices = SnippetChoices { consultant_name: name.clone(), ..SnippetChoices::default() };
        let (_, options) = read_back(&choices);
        let expected: String = name.chars().filter(|c| !c.is_control()).collect();
        prop_assert_eq!(options.consultant_name, expected.trim());
    }
}

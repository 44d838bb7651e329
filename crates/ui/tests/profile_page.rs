//! The profile page rendered natively with the built-in questionnaires: its groups under
//! headings, and the tags as toggle chips whose pressed state is the profile's.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use client_fit_core::builtin::catalogue;
use client_fit_core::profile::Profile;
use client_fit_core::storage::Saved;
use client_fit_ui::state::View;

mod common;

async fn render(profile: Profile, language: &str) -> String {
    let (list, problems) = catalogue();
    assert!(problems.is_empty());
    let mut start = (*common::start(0, language)).clone();
    start.catalogue = Rc::new(list.into_iter().map(Rc::new).collect());
    start.view = View::Profile;
    let saved = Saved {
        profile,
        ..Saved::new()
    };
    common::render_app(Rc::new(start), saved).await
}

/// The chip group whose legend has the id `cf0-{name}-legend`: its fieldset's opening tag,
/// and each chip's label and whether it is pressed.
fn chips(html: &str, name: &str) -> (String, Vec<(String, bool)>) {
    let legend = html
        .find(&format!(r#"<legend id="cf0-{name}-legend""#))
        .unwrap_or_else(|| panic!("no chip group {name}"));
    let open = html[..legend].rfind("<fieldset").unwrap();
    let end = legend + html[legend..].find("</fieldset>").unwrap();
    let group = &html[legend..end];
    let chips = group
        .split("<button")
        .skip(1)
        .map(|button| {
            assert!(button.starts_with(r#" type="button""#), "{button}");
            let pressed = match &button[button.find("aria-pressed=\"").unwrap() + 14..][..4] {
                "true" => true,
                "fals" => false,
                other => panic!("aria-pressed {other}"),
            };
            let label = button.split("</span>").nth(1).unwrap();
            (
                label[..label.find("</button>").unwrap()].to_owned(),
                pressed,
            )
        })
        .collect();
    (html[open..legend].to_owned(), chips)
}

fn pressed(chips: &[(String, bool)]) -> Vec<&str> {
    chips
        .iter()
        .filter(|(_, pressed)| *pressed)
        .map(|(label, _)| label.as_str())
        .collect()
}

#[tokio::test]
async fn the_page_is_in_groups_under_headings_each_holding_its_own_fields() {
    let html = render(Profile::default(), "en").await;
    let headings = [
        ("you", "You"),
        ("money", "Money"),
        ("time", "Time"),
        ("contact", "Contact"),
        ("welcome", "Work you welcome"),
        ("avoid", "Work you avoid"),
        ("friends", "Friends and family"),
        ("weights", "What matters most to you"),
    ];
    let mut at = Vec::new();
    for (key, text) in headings {
        let heading =
            format!(r#"<h3 id="cf0-profile-{key}-heading" class="cf-subtitle">{text}</h3>"#);
        at.push(
            html.find(&heading)
                .unwrap_or_else(|| panic!("no {heading}\n{html}")),
        );
    }
    assert!(at.is_sorted(), "headings in order: {at:?}");
    // Every field is under its group's heading and before the next one.
    let under = |id: &str, group: usize| {
        let field = html.find(&format!(r#"id="cf0-{id}""#)).unwrap();
        assert!(
            at[group] < field && field < at[group + 1],
            "{id} under {:?}",
            headings[group]
        );
    };
    under("profile-name", 0);
    for id in ["currency", "min-budget", "deposit", "payment-days"] {
        under(&format!("profile-{id}"), 1);
    }
    for id in ["min-weeks", "max-weeks", "reply-hours", "weekly-hours"] {
        under(&format!("profile-{id}"), 2);
    }
    under("welcome-channel-legend", 3);
    under("avoid-channel-legend", 3);
    under("welcome-work-legend", 4);
    under("welcome-industry-legend", 4);
    under("avoid-work-legend", 5);
    under("avoid-industry-legend", 5);
    under("friends-full", 6);
    assert!(html.find(r#"id="cf0-weight-money-1""#).unwrap() > at[7]);
    // The old page's 21 welcome / no preference / avoid boxes are gone.
    assert!(!html.contains("No preference"));
    assert!(!html.contains(r#"name="cf0-tag-"#));
}

#[tokio::test]
async fn each_tag_is_a_chip_in_welcome_and_in_avoid_grouped_by_kind() {
    let html = render(Profile::default(), "en").await;
    let labels = |name| -> Vec<String> { chips(&html, name).1.into_iter().map(|c| c.0).collect() };
    // The questionnaires' order, so "Something else" and "Another industry" come last.
    let work = labels("welcome-work");
    assert_eq!(work.len(), 6, "{work:?}");
    assert_eq!(work.last().map(String::as_str), Some("Something else"));
    assert_eq!(labels("welcome-industry").len(), 9);
    assert_eq!(
        labels("welcome-industry").last().unwrap(),
        "Another industry"
    );
    assert_eq!(
        labels("welcome-channel"),
        [
            "Email",
            "Phone",
            "Video calls",
            "Chat or messaging",
            "In person"
        ]
    );
    for (welcome, avoid) in [
        ("welcome-work", "avoid-work"),
        ("welcome-industry", "avoid-industry"),
        ("welcome-channel", "avoid-channel"),
    ] {
        assert_eq!(labels(welcome), labels(avoid));
    }
    // The built-in tags are all of a known kind: no "Other" group.
    assert!(!html.contains(r#"id="cf0-welcome-other-legend""#));
    // 20 tags, each twice, each a toggle button that starts not pressed.
    assert_eq!(
        html.matches(r#"aria-pressed="false" class="cf-chip""#)
            .count(),
        40
    );
}

#[tokio::test]
async fn a_welcomed_tag_is_pressed_in_welcome_and_not_in_avoid() {
    let profile = Profile {
        welcome: vec!["work:web".into(), "channel:email".into()],
        avoided: vec!["industry:finance".into()],
        ..Profile::default()
    };
    let html = render(profile, "en").await;
    assert_eq!(
        pressed(&chips(&html, "welcome-work").1),
        ["Website or online shop"]
    );
    assert!(pressed(&chips(&html, "avoid-work").1).is_empty());
    assert_eq!(pressed(&chips(&html, "welcome-channel").1), ["Email"]);
    assert!(pressed(&chips(&html, "avoid-channel").1).is_empty());
    assert_eq!(
        pressed(&chips(&html, "avoid-industry").1),
        ["Finance or insurance"]
    );
    assert!(pressed(&chips(&html, "welcome-industry").1).is_empty());
    assert_eq!(
        html.matches(r#"aria-pressed="true" class="cf-chip""#)
            .count(),
        3
    );
}

#[tokio::test]
async fn every_chip_group_is_a_named_fieldset_described_by_how_chips_work() {
    let html = render(Profile::default(), "en").await;
    assert!(html.contains(
        r#"<p id="cf0-profile-chips-help" class="cf-help">Press to choose, press again to clear."#
    ));
    // Work and industries take their name from the heading too: "Work you avoid, Industries".
    for (name, heading) in [
        ("welcome-work", Some("welcome")),
        ("welcome-industry", Some("welcome")),
        ("avoid-work", Some("avoid")),
        ("avoid-industry", Some("avoid")),
        ("welcome-channel", None),
        ("avoid-channel", None),
    ] {
        let (fieldset, _) = chips(&html, name);
        assert!(fieldset.starts_with("<fieldset"), "{fieldset}");
        assert!(fieldset.contains(r#"aria-describedby="cf0-profile-chips-help""#));
        match heading {
            Some(heading) => assert!(
                fieldset.contains(&format!(
                    r#"aria-labelledby="cf0-profile-{heading}-heading cf0-{name}-legend""#
                )),
                "{fieldset}"
            ),
            // The legend says it all ("Channels you avoid").
            None => assert!(!fieldset.contains("aria-labelledby"), "{fieldset}"),
        }
    }
}

#[tokio::test]
async fn the_groups_speak_the_interface_language() {
    let html = render(Profile::default(), "da").await;
    for text in [
        ">Tid</h3>",
        ">Kontakt</h3>",
        ">Opgaver, du gerne tager</h3>",
        ">Opgaver, du helst undgår</h3>",
        ">Typer af opgaver</legend>",
        ">Kanaler, du foretrækker</legend>",
        ">Hjemmeside eller webshop</button>",
    ] {
        assert!(html.contains(text), "no {text}");
    }
}

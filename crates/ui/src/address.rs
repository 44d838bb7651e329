//! Where the person is, as the page address's query: each step of the questionnaire and each
//! page has its own (`?step=section-2`, `?page=history`), so the browser's Back and Forward
//! move between steps and a reload opens the same step. Pure: the app's effect reads and writes
//! the address (only on the app's own page; a widget never touches its host's history).

use client_fit_core::session::Step;

use crate::view::View;

/// A place in the app that has an address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// The start page: no assessment in progress.
    Start,
    /// A step of the assessment in progress.
    Step(Step),
    /// One question at a time: a question of a section, both by index.
    Question {
        /// The section's index in the questionnaire.
        section: usize,
        /// The question's index in the section.
        question: usize,
    },
    /// One of the other pages.
    Page(View),
}

impl Place {
    /// The query that addresses this place (empty for the start page).
    pub fn query(self) -> String {
        match self {
            Place::Start | Place::Page(View::Assess) => String::new(),
            Place::Step(step) => format!("?step={}", step_name(step)),
            Place::Question { section, question } => format!(
                "?step={}&question={}",
                step_name(Step::Section(section)),
                question + 1
            ),
            Place::Page(view) => format!("?page={}", page_name(view)),
        }
    }

    /// The place a page address's query (with or without its `?`) names: the start page for
    /// anything it does not know, so a tampered address opens the app, never an error.
    pub fn parse(query: &str) -> Place {
        let pairs = query.trim_start_matches('?').split('&');
        let mut place = Place::Start;
        let mut question = None;
        for (key, value) in pairs.filter_map(|pair| pair.split_once('=')) {
            match key {
                "question" => {
                    question = value.parse::<usize>().ok().and_then(|n| n.checked_sub(1));
                }
                "step" => {
                    if let Some(step) = parse_step(value) {
                        place = Place::Step(step);
                    }
                }
                "page" => {
                    if let Some(view) = parse_page(value) {
                        place = Place::Page(view);
                    }
                }
                _ => {}
            }
        }
        match (place, question) {
            (Place::Step(Step::Section(section)), Some(question)) => {
                Place::Question { section, question }
            }
            _ => place,
        }
    }
}

fn step_name(step: Step) -> String {
    match step {
        Step::Terms => "terms".to_owned(),
        Step::Blink => "first-impression".to_owned(),
        Step::Section(index) => format!("section-{}", index + 1),
        Step::Review => "review".to_owned(),
        Step::Result => "result".to_owned(),
    }
}

fn parse_step(name: &str) -> Option<Step> {
    Some(match name {
        "terms" => Step::Terms,
        "first-impression" => Step::Blink,
        "review" => Step::Review,
        "result" => Step::Result,
        _ => {
            let number: usize = name.strip_prefix("section-")?.parse().ok()?;
            Step::Section(number.checked_sub(1)?)
        }
    })
}

fn page_name(view: View) -> &'static str {
    match view {
        View::Assess => "assess",
        View::Profile => "profile",
        View::History => "history",
        View::TrackRecord => "track-record",
        View::Site => "site",
        View::Questionnaires => "questionnaires",
    }
}

fn parse_page(name: &str) -> Option<View> {
    Some(match name {
        "assess" => View::Assess,
        "profile" => View::Profile,
        "history" => View::History,
        "track-record" => View::TrackRecord,
        "site" => View::Site,
        "questionnaires" => View::Questionnaires,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_place_reads_back_from_its_own_address() {
        let places = [
            Place::Start,
            Place::Step(Step::Terms),
            Place::Step(Step::Blink),
            Place::Step(Step::Section(0)),
            Place::Step(Step::Section(11)),
            Place::Step(Step::Review),
            Place::Step(Step::Result),
            Place::Question {
                section: 0,
                question: 0,
            },
            Place::Question {
                section: 3,
                question: 12,
            },
            Place::Page(View::Profile),
            Place::Page(View::History),
            Place::Page(View::TrackRecord),
            Place::Page(View::Site),
            Place::Page(View::Questionnaires),
        ];
        for place in places {
            assert_eq!(Place::parse(&place.query()), place, "{}", place.query());
        }
    }

    #[test]
    fn a_tampered_or_foreign_address_is_the_start_page() {
        for query in [
            "",
            "?",
            "?step=section-0",
            "?step=section-x",
            "?step=section-99999999999999999999999",
            "?page=settings",
            "?step",
            "?questionnaire=intake",
            "?question=2",
        ] {
            assert_eq!(Place::parse(query), Place::Start, "{query}");
        }
        assert_eq!(Place::parse("?page=site"), Place::Page(View::Site));
        assert_eq!(Place::Page(View::Site).query(), "?page=site");
        assert_eq!(
            Place::parse("?page=questionnaires"),
            Place::Page(View::Questionnaires)
        );
        // Other parameters beside it are left alone.
        assert_eq!(
            Place::parse("?utm=x&step=review"),
            Place::Step(Step::Review)
        );
        // A question number that does not read, or is not on a section, is dropped.
        assert_eq!(
            Place::parse("?step=section-2&question=0"),
            Place::Step(Step::Section(1))
        );
        assert_eq!(
            Place::parse("?step=review&question=2"),
            Place::Step(Step::Review)
        );
    }
}

//! Unit tests of the engine, one rule at a time: language fallback, conditions, scoring of each
//! kind of question, deal-breakers, safeguards, tampered answers, the gut check and "what would
//! change". Each test builds the smallest questionnaire that shows its rule.

use client_fit_core::answers::{Answer, Answers, Blink};
use client_fit_core::condition::Visibility;
use client_fit_core::explain::{Changes, gut_check, what_would_change};
use client_fit_core::lint::{Level, lint};
use client_fit_core::load::load;
use client_fit_core::model::{Impression, Questionnaire};
use client_fit_core::profile::{FriendsPolicy, Profile};
use client_fit_core::scoring::{Outcome, Reason, Scorer, Standing, score};
use client_fit_core::text::{Text, fallback_chain};
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------------------
// Building blocks

/// A questionnaire with one section holding `questions`, dimensions `money` (weight 3) and
/// `conduct` (weight 1), three verdict tiers, and whatever `overrides` replaces at the top
/// level. Missing texts are filled in, so tests only write what matters to them.
fn build(questions: Value, overrides: Value) -> Questionnaire {
    let mut file = json!({
        "format": 1,
        "id": "test",
        "lens": "screen",
        "default_language": "en",
        "title": {"en": "Test"},
        "dimensions": [
            {"id": "money", "label": {"en": "Money"}, "weight": 3},
            {"id": "conduct", "label": {"en": "Conduct"}, "weight": 1}
        ],
        "sections": [{"id": "main", "title": {"en": "Main"}, "questions": questions}],
        "flags": [],
        "verdicts": [
            {"id": "good", "min": 70, "max": 100, "label": {"en": "Good"}, "next": {"en": "Go"}, "leaning": "good"},
            {"id": "maybe", "min": 40, "max": 70, "label": {"en": "Maybe"}, "next": {"en": "Careful"}, "leaning": "unsure"},
            {"id": "bad", "min": 0, "max": 40, "label": {"en": "Bad"}, "next": {"en": "Walk away"}, "leaning": "bad"}
        ]
    });
    for (key, value) in overrides.as_object().cloned().unwrap_or_default() {
        file[key] = value;
    }
    fill_texts(&mut file);
    serde_json::from_value(file).expect("the test questionnaire matches the format")
}

/// Adds the texts a test does not care about.
fn fill_texts(file: &mut Value) {
    let text = |id: &Value| json!({"en": format!("{}", id.as_str().unwrap_or("text"))});
    // `get_mut`, not indexing: indexing a missing key would insert a null.
    for section in file
        .get_mut("sections")
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
    {
        if section.get("title").is_none() {
            section["title"] = text(&section["id"]);
        }
        for question in section["questions"].as_array_mut().into_iter().flatten() {
            if question.get("text").is_none() {
                question["text"] = text(&question["id"]);
            }
            for option in question
                .get_mut("options")
                .and_then(Value::as_array_mut)
                .into_iter()
                .flatten()
            {
                if option.get("label").is_none() {
                    option["label"] = text(&option["id"]);
                }
            }
            if let Some(scale) = question.get_mut("scale") {
                scale["low"] = json!({"en": "low"});
                scale["high"] = json!({"en": "high"});
            }
        }
    }
    for flag in file
        .get_mut("flags")
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
    {
        for field in ["title", "reason", "advice"] {
            if flag.get(field).is_none() {
                flag[field] = text(&flag["id"]);
            }
        }
    }
    for safeguard in file
        .get_mut("safeguards")
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
    {
        for field in ["title", "detail"] {
            if safeguard.get(field).is_none() {
                safeguard[field] = text(&safeguard["id"]);
            }
        }
    }
}

fn answers<const N: usize>(pairs: [(&str, Answer); N]) -> Answers {
    pairs
        .into_iter()
        .map(|(id, a)| (id.to_owned(), a))
        .collect()
}

fn choice(id: &str) -> Answer {
    Answer::Choice(id.to_owned())
}

fn choices(ids: &[&str]) -> Answer {
    Answer::Choices(ids.iter().map(|id| id.to_string()).collect())
}

fn none() -> Profile {
    Profile::default()
}

fn dimension(outcome: &Outcome, id: &str) -> Option<f64> {
    outcome
        .dimensions
        .iter()
        .find(|d| d.id == id)
        .expect("dimension exists")
        .score
}

fn assert_near(actual: Option<f64>, expected: f64) {
    let actual = actual.expect("a score");
    assert!(
        (actual - expected).abs() < 1e-9,
        "expected {expected}, got {actual}"
    );
}

fn flags_of(outcome: &Outcome) -> Vec<(&str, &str)> {
    outcome
        .flags
        .iter()
        .map(|f| (f.flag.as_str(), f.question.as_str()))
        .collect()
}

/// One single-choice question worth -2, 1 or 2 to money.
fn pay_question() -> Value {
    json!({"id": "pay", "kind": "single", "options": [
        {"id": "late", "points": {"money": -2}, "flags": ["slow"]},
        {"id": "ontime", "points": {"money": 1}},
        {"id": "early", "points": {"money": 2}}
    ]})
}

fn slow_flag() -> Value {
    json!([{"id": "slow", "severity": "serious"}])
}

fn shown(questionnaire: &Questionnaire, answers: &Answers, profile: &Profile, id: &str) -> bool {
    let position = questionnaire
        .questions()
        .position(|(_, q)| q.id == id)
        .expect("question exists");
    Visibility::of(questionnaire, answers, profile).questions[position]
}

// ---------------------------------------------------------------------------------------------
// Language fallback

#[test]
fn region_tags_fall_back_to_the_language_then_the_default() {
    assert_eq!(fallback_chain("da-DK", "en"), ["da-DK", "da", "en"]);
    assert_eq!(fallback_chain("pt_BR", "en"), ["pt_BR", "pt", "en"]);
    // No repeats when the wanted language is the default.
    assert_eq!(fallback_chain("en-GB", "en"), ["en-GB", "en"]);
    let text = Text::from_pairs([
        ("en", "Budget"),
        ("da", "Budget (da)"),
        ("da-DK", "Budget (DK)"),
    ]);
    assert_eq!(text.get("da-DK", "en"), "Budget (DK)");
    assert_eq!(text.get("da-GL", "en"), "Budget (da)");
    assert_eq!(text.get("ro-RO", "en"), "Budget");
}

#[test]
fn questionnaire_texts_use_the_default_language_when_a_translation_is_missing() {
    let q = build(
        json!([pay_question()]),
        json!({"title": {"en": "Screening", "es": "Evaluación"}}),
    );
    assert_eq!(q.title.get("es-MX", &q.default_language), "Evaluación");
    assert_eq!(q.title.get("da-DK", &q.default_language), "Screening");
}

// ---------------------------------------------------------------------------------------------
// Conditions

fn conditional(show_if: Value) -> Questionnaire {
    build(
        json!([
            pay_question(),
            {"id": "signs", "kind": "multi", "options": [
                {"id": "shouts", "points": {"conduct": -2}}, {"id": "late", "points": {"conduct": -1}}
            ]},
            {"id": "threat", "kind": "yes_no", "yes": {"points": {"conduct": -3}}, "no": {"points": {"conduct": 1}}},
            {"id": "respect", "kind": "scale", "scale": {"steps": [
                {"points": {"conduct": -2}}, {"points": {"conduct": -1}}, {}, {"points": {"conduct": 1}}, {"points": {"conduct": 2}}
            ]}},
            {"id": "budget", "kind": "number", "number": {"unit": "money", "rules": [
                {"op": "lt", "than": {"profile": "min_budget"}, "points": {"money": -1}}
            ]}},
            {"id": "follow_up", "kind": "yes_no", "show_if": show_if, "yes": {"points": {"money": 1}}}
        ]),
        json!({"flags": slow_flag()}),
    )
}

#[test]
fn is_matches_a_single_choice_a_multi_choice_and_yes_or_no() {
    let q = conditional(json!({"is": {"question": "pay", "option": "late"}}));
    assert!(shown(
        &q,
        &answers([("pay", choice("late"))]),
        &none(),
        "follow_up"
    ));
    assert!(!shown(
        &q,
        &answers([("pay", choice("early"))]),
        &none(),
        "follow_up"
    ));
    assert!(!shown(&q, &Answers::new(), &none(), "follow_up"));

    let q = conditional(json!({"is": {"question": "signs", "option": "shouts"}}));
    assert!(shown(
        &q,
        &answers([("signs", choices(&["late", "shouts"]))]),
        &none(),
        "follow_up"
    ));
    assert!(!shown(
        &q,
        &answers([("signs", choices(&["late"]))]),
        &none(),
        "follow_up"
    ));

    let q = conditional(json!({"is": {"question": "threat", "option": "yes"}}));
    assert!(shown(
        &q,
        &answers([("threat", Answer::YesNo(true))]),
        &none(),
        "follow_up"
    ));
    assert!(!shown(
        &q,
        &answers([("threat", Answer::YesNo(false))]),
        &none(),
        "follow_up"
    ));
    assert!(!shown(
        &q,
        &answers([("threat", Answer::Unknown)]),
        &none(),
        "follow_up"
    ));
}

#[test]
fn any_of_matches_any_listed_option() {
    let q = conditional(json!({"any_of": {"question": "pay", "options": ["late", "ontime"]}}));
    assert!(shown(
        &q,
        &answers([("pay", choice("ontime"))]),
        &none(),
        "follow_up"
    ));
    assert!(shown(
        &q,
        &answers([("pay", choice("late"))]),
        &none(),
        "follow_up"
    ));
    assert!(!shown(
        &q,
        &answers([("pay", choice("early"))]),
        &none(),
        "follow_up"
    ));
}

#[test]
fn answered_needs_a_known_answer() {
    let q = conditional(json!({"answered": "pay"}));
    assert!(shown(
        &q,
        &answers([("pay", choice("early"))]),
        &none(),
        "follow_up"
    ));
    assert!(!shown(
        &q,
        &answers([("pay", Answer::Unknown)]),
        &none(),
        "follow_up"
    ));
    assert!(!shown(&q, &Answers::new(), &none(), "follow_up"));
}

#[test]
fn compare_tests_numbers_and_scales_against_values_and_profile_targets() {
    let q =
        conditional(json!({"compare": {"question": "respect", "op": "le", "than": {"value": 2}}}));
    assert!(shown(
        &q,
        &answers([("respect", Answer::Scale(2))]),
        &none(),
        "follow_up"
    ));
    assert!(!shown(
        &q,
        &answers([("respect", Answer::Scale(3))]),
        &none(),
        "follow_up"
    ));

    // "Below half my minimum budget."
    let q = conditional(json!({"compare": {"question": "budget", "op": "lt",
        "than": {"profile": "min_budget", "factor": 0.5}}}));
    let profile = Profile {
        min_budget: Some(1000.0),
        ..Profile::default()
    };
    assert!(shown(
        &q,
        &answers([("budget", Answer::Number(499.0))]),
        &profile,
        "follow_up"
    ));
    assert!(!shown(
        &q,
        &answers([("budget", Answer::Number(500.0))]),
        &profile,
        "follow_up"
    ));
    // An unset profile field makes the comparison false, never true.
    assert!(!shown(
        &q,
        &answers([("budget", Answer::Number(1.0))]),
        &none(),
        "follow_up"
    ));
}

#[test]
fn profile_set_and_friends_policy_read_the_profile() {
    let q = conditional(json!({"profile_set": "reply_hours"}));
    assert!(!shown(&q, &Answers::new(), &none(), "follow_up"));
    let profile = Profile {
        reply_hours: Some(24.0),
        ..Profile::default()
    };
    assert!(shown(&q, &Answers::new(), &profile, "follow_up"));

    let q = conditional(json!({"friends_policy": "never"}));
    assert!(!shown(&q, &Answers::new(), &none(), "follow_up"));
    let profile = Profile {
        friends_policy: FriendsPolicy::Never,
        ..Profile::default()
    };
    assert!(shown(&q, &Answers::new(), &profile, "follow_up"));
}

#[test]
fn all_any_and_not_combine_conditions() {
    let late = json!({"is": {"question": "pay", "option": "late"}});
    let threat = json!({"is": {"question": "threat", "option": "yes"}});
    let both = answers([("pay", choice("late")), ("threat", Answer::YesNo(true))]);
    let one = answers([("pay", choice("late")), ("threat", Answer::YesNo(false))]);
    let neither = answers([("pay", choice("early")), ("threat", Answer::YesNo(false))]);

    let q = conditional(json!({"all": [late, threat]}));
    assert!(shown(&q, &both, &none(), "follow_up"));
    assert!(!shown(&q, &one, &none(), "follow_up"));

    let q = conditional(json!({"any": [late, threat]}));
    assert!(shown(&q, &one, &none(), "follow_up"));
    assert!(!shown(&q, &neither, &none(), "follow_up"));

    let q = conditional(json!({"not": {"any": [late, threat]}}));
    assert!(shown(&q, &neither, &none(), "follow_up"));
    assert!(!shown(&q, &one, &none(), "follow_up"));
}

/// `a` → `b` shown if a is yes → `c` shown if b is yes.
fn chain() -> Questionnaire {
    build(
        json!([
            {"id": "a", "kind": "yes_no", "yes": {"points": {"money": -1}}, "no": {"points": {"money": 1}}},
            {"id": "b", "kind": "yes_no", "show_if": {"is": {"question": "a", "option": "yes"}},
             "yes": {"points": {"money": -2}, "flags": ["slow"]}, "no": {"points": {"money": 2}}},
            {"id": "c", "kind": "yes_no", "show_if": {"is": {"question": "b", "option": "yes"}},
             "yes": {"points": {"money": -3}}, "no": {"points": {"money": 3}}}
        ]),
        json!({"flags": slow_flag()}),
    )
}

#[test]
fn visibility_follows_chains_of_conditions() {
    let q = chain();
    let all_yes = answers([
        ("a", Answer::YesNo(true)),
        ("b", Answer::YesNo(true)),
        ("c", Answer::YesNo(true)),
    ]);
    assert!(shown(&q, &all_yes, &none(), "c"));
    // `b` keeps its answer but is hidden once `a` changes, so `c` is hidden too.
    let mut a_no = all_yes.clone();
    a_no.insert("a".into(), Answer::YesNo(false));
    assert!(!shown(&q, &a_no, &none(), "b"));
    assert!(!shown(&q, &a_no, &none(), "c"));
}

#[test]
fn answers_to_hidden_questions_do_not_count() {
    let q = chain();
    let mut given = answers([
        ("a", Answer::YesNo(false)),
        ("b", Answer::YesNo(true)),
        ("c", Answer::YesNo(true)),
    ]);
    let outcome = score(&q, &given, &none());
    // Only `a` counts: "no" is the best answer it has.
    assert_eq!(outcome.dimensions[0].contributors.len(), 1);
    assert_near(dimension(&outcome, "money"), 100.0);
    assert!(
        outcome.flags.is_empty(),
        "hidden `b` raised a flag: {:?}",
        outcome.flags
    );
    assert!(outcome.unknowns.is_empty());

    given.insert("a".into(), Answer::YesNo(true));
    let outcome = score(&q, &given, &none());
    assert_eq!(outcome.dimensions[0].contributors.len(), 3);
    assert_eq!(flags_of(&outcome), [("slow", "b")]);
}

#[test]
fn a_sections_condition_hides_its_questions() {
    let mut q = build(json!([pay_question()]), json!({"flags": slow_flag()}));
    let mut second = q.sections[0].clone();
    second.id = "second".into();
    second.questions = build(
        json!([{"id": "threat", "kind": "yes_no", "yes": {"points": {"conduct": -3}}, "no": {"points": {"conduct": 1}}}]),
        json!({}),
    )
    .sections[0]
        .questions
        .clone();
    second.show_if =
        Some(serde_json::from_value(json!({"is": {"question": "pay", "option": "late"}})).unwrap());
    q.sections.push(second);
    assert!(
        lint(&q).iter().all(|p| p.level == Level::Warning),
        "{:#?}",
        lint(&q)
    );

    let given = answers([("pay", choice("early")), ("threat", Answer::YesNo(true))]);
    let visibility = Visibility::of(&q, &given, &none());
    assert_eq!(visibility.sections, [true, false]);
    assert_eq!(visibility.questions, [true, false]);
    let outcome = score(&q, &given, &none());
    assert_eq!(
        dimension(&outcome, "conduct"),
        None,
        "a hidden section's answer counted"
    );

    let given = answers([("pay", choice("late")), ("threat", Answer::YesNo(true))]);
    assert_eq!(Visibility::of(&q, &given, &none()).questions, [true, true]);
    assert_near(dimension(&score(&q, &given, &none()), "conduct"), 0.0);
}

#[test]
fn tampered_answers_open_no_conditions() {
    // A single-choice question with an option called "yes": a yes/no answer must not pass for it.
    let q = build(
        json!([
            {"id": "pick", "kind": "single", "options": [
                {"id": "yes", "points": {"money": 1}}, {"id": "other", "points": {"money": -1}}
            ]},
            {"id": "next", "kind": "yes_no", "show_if": {"is": {"question": "pick", "option": "yes"}},
             "yes": {"points": {"money": 1}}},
            {"id": "then", "kind": "yes_no", "show_if": {"answered": "pick"}, "yes": {"points": {"money": 1}}}
        ]),
        json!({}),
    );
    for tampered in [
        Answer::YesNo(true),
        Answer::Choice("nope".into()),
        choices(&["yes"]),
    ] {
        let given = answers([("pick", tampered.clone())]);
        assert!(
            !shown(&q, &given, &none(), "next"),
            "{tampered:?} opened `next`"
        );
        assert!(
            !shown(&q, &given, &none(), "then"),
            "{tampered:?} counted as answered"
        );
    }
    assert!(shown(
        &q,
        &answers([("pick", choice("yes"))]),
        &none(),
        "next"
    ));
}

// ---------------------------------------------------------------------------------------------
// Scoring, kind by kind

#[test]
fn a_single_choice_scores_where_it_falls_between_the_worst_and_best_option() {
    let q = build(json!([pay_question()]), json!({"flags": slow_flag()}));
    let at = |option| {
        dimension(
            &score(&q, &answers([("pay", choice(option))]), &none()),
            "money",
        )
    };
    assert_near(at("late"), 0.0);
    assert_near(at("ontime"), 75.0);
    assert_near(at("early"), 100.0);
}

#[test]
fn a_multi_choice_ranges_from_every_negative_option_to_every_positive_one() {
    let q = build(
        json!([{"id": "signs", "kind": "multi", "options": [
            {"id": "a", "points": {"money": 2}},
            {"id": "b", "points": {"money": -1}},
            {"id": "c", "points": {"money": -3}}
        ]}]),
        json!({}),
    );
    let at = |ids: &[&str]| {
        dimension(
            &score(&q, &answers([("signs", choices(ids))]), &none()),
            "money",
        )
    };
    // The range is -4..2.
    assert_near(at(&["a"]), 100.0);
    assert_near(at(&["b", "c"]), 0.0);
    assert_near(at(&["a", "b"]), 5.0 / 6.0 * 100.0);
    // Nothing chosen is an answer too ("none of these"), worth 0 points.
    assert_near(at(&[]), 4.0 / 6.0 * 100.0);
    let contribution =
        &score(&q, &answers([("signs", choices(&["a"]))]), &none()).dimensions[0].contributors[0];
    assert_eq!(
        (contribution.min, contribution.max, contribution.points),
        (-4.0, 2.0, 2.0)
    );
}

#[test]
fn yes_no_scores_its_two_effects_and_a_missing_effect_is_worth_nothing() {
    let q = build(
        json!([{"id": "threat", "kind": "yes_no", "yes": {"points": {"conduct": -3}}, "no": {"points": {"conduct": 1}}}]),
        json!({}),
    );
    let at = |yes| {
        dimension(
            &score(&q, &answers([("threat", Answer::YesNo(yes))]), &none()),
            "conduct",
        )
    };
    assert_near(at(true), 0.0);
    assert_near(at(false), 100.0);

    let q = build(
        json!([{"id": "threat", "kind": "yes_no", "yes": {"points": {"conduct": -3}}}]),
        json!({}),
    );
    let at = |yes| {
        dimension(
            &score(&q, &answers([("threat", Answer::YesNo(yes))]), &none()),
            "conduct",
        )
    };
    assert_near(at(true), 0.0);
    assert_near(at(false), 100.0);
}

#[test]
fn a_scale_scores_its_five_steps() {
    let q = build(
        json!([{"id": "respect", "kind": "scale", "scale": {"steps": [
            {"points": {"conduct": -2}}, {"points": {"conduct": -1}}, {}, {"points": {"conduct": 1}}, {"points": {"conduct": 2}}
        ]}}]),
        json!({}),
    );
    let at = |step| {
        dimension(
            &score(&q, &answers([("respect", Answer::Scale(step))]), &none()),
            "conduct",
        )
    };
    assert_near(at(1), 0.0);
    assert_near(at(2), 25.0);
    assert_near(at(3), 50.0);
    assert_near(at(5), 100.0);
}

fn budget_question() -> Value {
    json!({"id": "budget", "kind": "number", "number": {"unit": "money", "min": 0, "max": 1000000, "rules": [
        {"op": "lt", "than": {"profile": "min_budget", "factor": 0.5}, "points": {"money": -3}, "flags": ["low"]},
        {"op": "lt", "than": {"profile": "min_budget"}, "points": {"money": -1}},
        {"op": "ge", "than": {"profile": "min_budget"}, "points": {"money": 2}}
    ]}})
}

#[test]
fn number_rules_are_tried_in_order_and_the_first_that_holds_decides() {
    let q = build(
        json!([budget_question()]),
        json!({"flags": [{"id": "low", "severity": "caution"}]}),
    );
    let profile = Profile {
        min_budget: Some(1000.0),
        ..Profile::default()
    };
    let at = |n: f64| score(&q, &answers([("budget", Answer::Number(n))]), &profile);
    // Below half: the first rule, although the second holds as well. The range is -3..2.
    let low = at(100.0);
    assert_near(dimension(&low, "money"), 0.0);
    assert_eq!(flags_of(&low), [("low", "budget")]);
    let below = at(700.0);
    assert_near(dimension(&below, "money"), 40.0);
    assert!(below.flags.is_empty());
    assert_near(dimension(&at(1000.0), "money"), 100.0);
}

#[test]
fn a_number_that_matches_no_rule_is_worth_nothing() {
    let q = build(
        json!([{"id": "days", "kind": "number", "number": {"unit": "days", "rules": [
            {"op": "lt", "than": {"value": 10}, "points": {"money": -2}},
            {"op": "lt", "than": {"value": 20}, "points": {"money": -1}},
            {"op": "lt", "than": {"value": 30}, "points": {"money": 1}}
        ]}}]),
        json!({}),
    );
    let at = |n: f64| {
        dimension(
            &score(&q, &answers([("days", Answer::Number(n))]), &none()),
            "money",
        )
    };
    assert_near(at(5.0), 0.0);
    assert_near(at(25.0), 100.0);
    // 0 lies in the range -2..1.
    assert_near(at(40.0), 2.0 / 3.0 * 100.0);
}

#[test]
fn number_rules_on_unset_profile_fields_count_for_nothing() {
    let q = build(
        json!([budget_question(), pay_question()]),
        json!({"flags": [{"id": "low", "severity": "caution"}, {"id": "slow", "severity": "serious"}]}),
    );
    let given = answers([("budget", Answer::Number(1.0)), ("pay", choice("early"))]);
    let outcome = score(&q, &given, &none());
    // Only `pay` moves money: the budget rules have nothing to compare with.
    assert_eq!(outcome.dimensions[0].contributors.len(), 1);
    assert_eq!(outcome.dimensions[0].contributors[0].question, "pay");
    assert!(outcome.flags.is_empty());
    // And an unanswered budget is nothing to find out either.
    let outcome = score(&q, &answers([("pay", choice("early"))]), &none());
    assert!(outcome.unknowns.is_empty(), "{:?}", outcome.unknowns);
    assert_eq!(outcome.confidence, 1.0);
}

#[test]
fn text_notes_are_never_scored() {
    let q = build(
        json!([pay_question(), {"id": "note", "kind": "text"}]),
        json!({"flags": slow_flag()}),
    );
    let outcome = score(
        &q,
        &answers([
            ("pay", choice("early")),
            ("note", Answer::Text("lovely".into())),
        ]),
        &none(),
    );
    assert_eq!(outcome.dimensions[0].contributors.len(), 1);
    assert_eq!(outcome.confidence, 1.0);
    let outcome = score(&q, &answers([("pay", choice("early"))]), &none());
    assert!(
        outcome.unknowns.is_empty(),
        "an empty note is not something to find out"
    );
}

fn tagged() -> Questionnaire {
    build(
        json!([{"id": "industry", "kind": "single",
            "options": [
                {"id": "retail", "tag": "industry:retail"},
                {"id": "other", "points": {"conduct": 0}}
            ],
            "on_welcome": {"points": {"money": 2}},
            "on_avoided": {"points": {"money": -2}, "flags": ["avoided"]}
        }]),
        json!({"flags": [{"id": "avoided", "severity": "note"}]}),
    )
}

#[test]
fn a_welcomed_tag_adds_the_on_welcome_effect() {
    let q = tagged();
    let profile = Profile {
        welcome: vec!["industry:retail".into()],
        ..Profile::default()
    };
    let at = |option| score(&q, &answers([("industry", choice(option))]), &profile);
    assert_near(dimension(&at("retail"), "money"), 100.0);
    assert_near(dimension(&at("other"), "money"), 0.0);
    assert!(at("retail").flags.is_empty());
}

#[test]
fn an_avoided_tag_adds_the_on_avoided_effect_and_its_flags() {
    let q = tagged();
    let profile = Profile {
        avoided: vec!["industry:retail".into()],
        ..Profile::default()
    };
    let at = |option| score(&q, &answers([("industry", choice(option))]), &profile);
    assert_near(dimension(&at("retail"), "money"), 0.0);
    assert_eq!(flags_of(&at("retail")), [("avoided", "industry")]);
    assert_near(dimension(&at("other"), "money"), 100.0);
    // A profile that neither welcomes nor avoids the tag: the question moves nothing.
    assert_eq!(
        dimension(
            &score(&q, &answers([("industry", choice("retail"))]), &none()),
            "money"
        ),
        None
    );
}

/// `small` moves money by 1, `big` by 6, `danger` only raises a deal-breaker, `note` is text.
fn weighted() -> Questionnaire {
    build(
        json!([
            {"id": "small", "kind": "yes_no", "yes": {"points": {"money": -1}}},
            {"id": "danger", "kind": "yes_no", "yes": {"flags": ["abuse"]}},
            {"id": "big", "kind": "single", "options": [
                {"id": "good", "points": {"money": 3}}, {"id": "bad", "points": {"money": -3}}
            ]},
            {"id": "note", "kind": "text"}
        ]),
        json!({"flags": [{"id": "abuse", "severity": "deal_breaker"}]}),
    )
}

#[test]
fn unknown_answers_are_left_out_and_listed_weightiest_first() {
    let q = weighted();
    let outcome = score(&q, &answers([("small", Answer::Unknown)]), &none());
    // A question that can raise a deal-breaker is worth finding out although it moves no points.
    assert_eq!(outcome.unknowns, ["big", "danger", "small"]);
    assert_eq!(outcome.overall, None);
    assert_eq!(outcome.verdict, None);
    assert_eq!(outcome.confidence, 0.0);
}

#[test]
fn confidence_is_the_share_of_weight_with_a_known_answer() {
    let q = weighted();
    // Weights: points ranges scaled by money's weight over the mean weight (3 / 2), plus 4 for
    // a question that can raise a deal-breaker: small 1.5, danger 4, big 9.
    let outcome = score(
        &q,
        &answers([("small", Answer::YesNo(false)), ("big", Answer::Unknown)]),
        &none(),
    );
    assert!(
        (outcome.confidence - 1.5 / 14.5).abs() < 1e-9,
        "{}",
        outcome.confidence
    );
    let outcome = score(
        &q,
        &answers([
            ("small", Answer::YesNo(false)),
            ("big", choice("good")),
            ("danger", Answer::YesNo(false)),
        ]),
        &none(),
    );
    assert_eq!(outcome.confidence, 1.0);
    assert!(outcome.unknowns.is_empty());
}

#[test]
fn contributors_are_ordered_by_how_much_they_can_move_the_dimension() {
    let q = weighted();
    let outcome = score(
        &q,
        &answers([("small", Answer::YesNo(true)), ("big", choice("good"))]),
        &none(),
    );
    let order: Vec<&str> = outcome.dimensions[0]
        .contributors
        .iter()
        .map(|c| c.question.as_str())
        .collect();
    assert_eq!(order, ["big", "small"]);
    // Conduct was not touched: no score and no contributors.
    assert_eq!(outcome.dimensions[1].score, None);
    assert!(outcome.dimensions[1].contributors.is_empty());
}

fn two_dimensions() -> Questionnaire {
    build(
        json!([
            {"id": "pay", "kind": "yes_no", "yes": {"points": {"money": 2}}, "no": {"points": {"money": -2}}},
            {"id": "polite", "kind": "yes_no", "yes": {"points": {"conduct": 2}}, "no": {"points": {"conduct": -2}}}
        ]),
        json!({}),
    )
}

#[test]
fn overall_is_the_weighted_mean_of_the_dimensions() {
    let q = two_dimensions();
    let given = answers([
        ("pay", Answer::YesNo(true)),
        ("polite", Answer::YesNo(false)),
    ]);
    // money 100 × 3, conduct 0 × 1.
    assert_near(score(&q, &given, &none()).overall, 75.0);
    let best = answers([
        ("pay", Answer::YesNo(true)),
        ("polite", Answer::YesNo(true)),
    ]);
    assert_near(score(&q, &best, &none()).overall, 100.0);
    let worst = answers([
        ("pay", Answer::YesNo(false)),
        ("polite", Answer::YesNo(false)),
    ]);
    assert_near(score(&q, &worst, &none()).overall, 0.0);
    // A dimension without an answer stays out of the mean rather than counting as 0.
    assert_near(
        score(&q, &answers([("pay", Answer::YesNo(true))]), &none()).overall,
        100.0,
    );
}

#[test]
fn the_profile_multiplies_dimension_weights() {
    let q = two_dimensions();
    let given = answers([
        ("pay", Answer::YesNo(true)),
        ("polite", Answer::YesNo(false)),
    ]);
    let mut profile = Profile::default();
    profile.weights.insert("conduct".into(), 3.0);
    let outcome = score(&q, &given, &profile);
    assert_near(outcome.overall, 50.0);
    assert_eq!(outcome.dimensions[1].weight, 3.0);
    // A multiplier of 0 takes the dimension out of the overall score.
    profile.weights.insert("money".into(), 0.0);
    assert_near(score(&q, &given, &profile).overall, 0.0);
    // Out-of-range multipliers are clamped to 0..3.
    profile.weights.insert("money".into(), 100.0);
    profile.weights.insert("conduct".into(), 1.0);
    assert_near(score(&q, &given, &profile).overall, 90.0);
}

#[test]
fn a_weight_that_is_no_number_counts_as_zero() {
    // Only a file that skipped the linter can have one; it must not turn the score into NaN.
    let mut q = two_dimensions();
    let given = answers([
        ("pay", Answer::YesNo(true)),
        ("polite", Answer::YesNo(false)),
    ]);
    for weight in [f64::NAN, f64::INFINITY, -2.0] {
        q.dimensions[1].weight = weight;
        let outcome = score(&q, &given, &none());
        assert_near(outcome.overall, 100.0);
        assert_eq!(outcome.dimensions[1].weight, 0.0);
        assert!(outcome.confidence.is_finite());
    }
}

#[test]
fn verdicts_follow_the_thresholds() {
    let q = two_dimensions();
    let verdict = |pay, polite| {
        score(
            &q,
            &answers([
                ("pay", Answer::YesNo(pay)),
                ("polite", Answer::YesNo(polite)),
            ]),
            &none(),
        )
        .verdict
    };
    assert_eq!(verdict(true, true).as_deref(), Some("good"));
    assert_eq!(verdict(true, false).as_deref(), Some("good"));
    assert_eq!(verdict(false, true).as_deref(), Some("bad"));
    let q = build(json!([pay_question()]), json!({"flags": slow_flag()}));
    let ontime = score(&q, &answers([("pay", choice("ontime"))]), &none());
    assert_eq!(ontime.verdict.as_deref(), Some("good"));
}

#[test]
fn a_prepared_scorer_gives_the_same_outcome_as_score() {
    let q = load(include_str!("fixtures/minimal.json"))
        .unwrap()
        .questionnaire;
    let profile = Profile {
        min_budget: Some(1000.0),
        ..Profile::default()
    };
    let scorer = Scorer::new(&q, &profile);
    for given in [
        Answers::new(),
        answers([
            ("budget", Answer::Number(300.0)),
            ("respect", Answer::Scale(2)),
        ]),
        answers([
            ("pays_on_time", choice("early")),
            ("threatened", Answer::YesNo(true)),
        ]),
    ] {
        assert_eq!(scorer.score(&given), score(&q, &given, &profile));
    }
}

// ---------------------------------------------------------------------------------------------
// Deal-breakers, flags and safeguards

fn with_deal_breaker() -> Questionnaire {
    build(
        json!([
            {"id": "pay", "kind": "yes_no", "yes": {"points": {"money": 2}}, "no": {"points": {"money": -2}}},
            {"id": "threat", "kind": "yes_no", "yes": {"flags": ["abuse"]}}
        ]),
        json!({"flags": [{"id": "abuse", "severity": "deal_breaker"}]}),
    )
}

#[test]
fn a_deal_breaker_forces_the_lowest_tier_whatever_the_points() {
    let q = with_deal_breaker();
    let outcome = score(
        &q,
        &answers([
            ("pay", Answer::YesNo(true)),
            ("threat", Answer::YesNo(true)),
        ]),
        &none(),
    );
    assert_near(outcome.overall, 100.0);
    assert_eq!(outcome.verdict.as_deref(), Some("bad"));
    assert!(outcome.forced_by_deal_breaker);
    let deal_breakers: Vec<&str> = outcome
        .deal_breakers()
        .map(|f| f.question.as_str())
        .collect();
    assert_eq!(
        deal_breakers,
        ["threat"],
        "the result must say which answer caused it"
    );

    let outcome = score(
        &q,
        &answers([
            ("pay", Answer::YesNo(true)),
            ("threat", Answer::YesNo(false)),
        ]),
        &none(),
    );
    assert_eq!(outcome.verdict.as_deref(), Some("good"));
    assert!(!outcome.forced_by_deal_breaker);
}

#[test]
fn a_deal_breaker_gives_a_verdict_even_without_a_score() {
    let q = with_deal_breaker();
    let outcome = score(&q, &answers([("threat", Answer::YesNo(true))]), &none());
    assert_eq!(outcome.overall, None);
    assert_eq!(outcome.verdict.as_deref(), Some("bad"));
}

fn flagged() -> Questionnaire {
    build(
        json!([
            {"id": "first", "kind": "multi", "options": [
                {"id": "x", "points": {"money": -1}, "flags": ["caution_a", "serious"]},
                {"id": "y", "points": {"money": -1}, "flags": ["caution_a"]}
            ]},
            {"id": "second", "kind": "yes_no", "yes": {"flags": ["caution_b"]}},
            {"id": "third", "kind": "yes_no", "yes": {"flags": ["abuse"]}}
        ]),
        json!({
            "flags": [
                {"id": "caution_a", "severity": "caution", "safeguards": ["deposit", "scope"]},
                {"id": "caution_b", "severity": "caution", "safeguards": ["scope"]},
                {"id": "serious", "severity": "serious", "safeguards": ["scope", "calls"]},
                {"id": "abuse", "severity": "deal_breaker", "safeguards": ["record"]}
            ],
            "safeguards": [{"id": "deposit"}, {"id": "scope"}, {"id": "calls"}, {"id": "record"}]
        }),
    )
}

#[test]
fn flags_are_listed_most_severe_first_then_in_question_order_each_once_per_answer() {
    let q = flagged();
    let given = answers([
        ("first", choices(&["x", "y"])),
        ("second", Answer::YesNo(true)),
        ("third", Answer::YesNo(true)),
    ]);
    let outcome = score(&q, &given, &none());
    assert_eq!(
        flags_of(&outcome),
        [
            ("abuse", "third"),
            ("serious", "first"),
            ("caution_a", "first"),
            ("caution_b", "second")
        ]
    );
}

#[test]
fn safeguards_come_from_the_raised_flags_most_severe_first_each_once() {
    let q = flagged();
    let given = answers([
        ("first", choices(&["x", "y"])),
        ("second", Answer::YesNo(true)),
        ("third", Answer::YesNo(true)),
    ]);
    assert_eq!(
        score(&q, &given, &none()).safeguards,
        ["record", "scope", "calls", "deposit"]
    );
    let given = answers([("second", Answer::YesNo(true))]);
    assert_eq!(score(&q, &given, &none()).safeguards, ["scope"]);
    assert!(score(&q, &Answers::new(), &none()).safeguards.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Tampered answers

#[test]
fn tampered_answers_count_for_nothing_and_never_panic() {
    let q = build(
        json!([
            pay_question(),
            {"id": "signs", "kind": "multi", "options": [
                {"id": "a", "points": {"money": 1}}, {"id": "b", "points": {"money": -1}, "flags": ["slow"]}
            ]},
            {"id": "threat", "kind": "yes_no", "yes": {"points": {"money": -3}, "flags": ["slow"]}},
            {"id": "respect", "kind": "scale", "scale": {"steps": [
                {"points": {"money": -2}, "flags": ["slow"]}, {}, {}, {}, {"points": {"money": 2}}
            ]}},
            {"id": "budget", "kind": "number", "number": {"unit": "money", "min": 0, "max": 1000, "rules": [
                {"op": "ge", "than": {"value": 0}, "points": {"money": -1}, "flags": ["slow"]}
            ]}}
        ]),
        json!({"flags": slow_flag()}),
    );
    let tampered = [
        ("pay", choice("bribe")),
        ("pay", Answer::YesNo(true)),
        ("pay", choices(&["late"])),
        ("pay", Answer::Scale(1)),
        ("signs", choices(&["a", "zzz"])),
        ("signs", choices(&["b", "b"])),
        ("signs", choices(&["a", "a", "a"])),
        ("signs", choice("b")),
        ("threat", choice("yes")),
        ("threat", Answer::Number(1.0)),
        ("respect", Answer::Scale(0)),
        ("respect", Answer::Scale(9)),
        ("respect", Answer::Scale(255)),
        ("respect", Answer::Number(1.0)),
        ("budget", Answer::Number(f64::NAN)),
        ("budget", Answer::Number(f64::INFINITY)),
        ("budget", Answer::Number(f64::NEG_INFINITY)),
        ("budget", Answer::Number(-1.0)),
        ("budget", Answer::Number(1000.5)),
        ("budget", Answer::Text("500".into())),
    ];
    for (question, answer) in tampered {
        let given = answers([(question, answer.clone())]);
        let outcome = score(&q, &given, &none());
        assert_eq!(outcome.overall, None, "{question} = {answer:?} was scored");
        assert!(
            outcome.flags.is_empty(),
            "{question} = {answer:?} raised {:?}",
            outcome.flags
        );
        assert!(
            outcome.unknowns.iter().any(|u| u == question),
            "{question} = {answer:?} is not listed as still to find out"
        );
        assert_eq!(outcome.confidence, 0.0);
        // The explanations cope with them as well.
        let changes = what_would_change(&q, &given, None, &none(), &outcome);
        assert_eq!(changes, Changes::default());
        assert!(!answer.fits(q.question(question).unwrap()));
    }
    // Answers to questions that do not exist are ignored.
    let outcome = score(
        &q,
        &answers([("ghost", choice("late")), ("pay", choice("early"))]),
        &none(),
    );
    assert_near(outcome.overall, 100.0);
}

#[test]
fn answers_on_the_edge_of_their_bounds_still_fit() {
    let q = build(
        json!([{"id": "budget", "kind": "number", "number": {"unit": "money", "min": 0, "max": 1000, "rules": [
            {"op": "lt", "than": {"value": 500}, "points": {"money": -1}}
        ]}}]),
        json!({}),
    );
    for n in [0.0, 1000.0] {
        let outcome = score(&q, &answers([("budget", Answer::Number(n))]), &none());
        assert!(outcome.overall.is_some(), "{n} was rejected");
    }
}

// ---------------------------------------------------------------------------------------------
// Gut check

/// Money only: `big` ±3, `mid` ±1, `flag` ±1 with a caution on its bad answer.
fn gut() -> Questionnaire {
    build(
        json!([
            {"id": "big", "kind": "yes_no", "yes": {"points": {"money": 3}}, "no": {"points": {"money": -3}}},
            {"id": "mid", "kind": "yes_no", "yes": {"points": {"money": 1}}, "no": {"points": {"money": -1}}},
            {"id": "flag", "kind": "yes_no", "yes": {"points": {"money": 1}},
             "no": {"points": {"money": -1}, "flags": ["caution"]}}
        ]),
        json!({"flags": [{"id": "caution", "severity": "caution"}]}),
    )
}

fn blink(impression: Impression) -> Blink {
    Blink {
        impression,
        why: String::new(),
    }
}

#[test]
fn gut_and_analysis_agree_when_they_lean_the_same_way() {
    let q = gut();
    let given = answers([
        ("big", Answer::YesNo(true)),
        ("mid", Answer::YesNo(true)),
        ("flag", Answer::YesNo(true)),
    ]);
    let outcome = score(&q, &given, &none());
    let check = gut_check(&q, &outcome, &blink(Impression::Good)).unwrap();
    assert!(check.agree);
    assert_eq!(check.analysis, Impression::Good);
    assert!(check.drivers.is_empty());
}

#[test]
fn a_darker_gut_moves_the_verdict_down_and_names_what_to_find_out() {
    let q = gut_with_backing();
    // +3 +1 -1 over -5..5: 80, a good verdict by the score; `seen` is still open.
    let given = answers([
        ("big", Answer::YesNo(true)),
        ("mid", Answer::YesNo(true)),
        ("flag", Answer::YesNo(false)),
        ("seen", Answer::Unknown),
    ]);
    let plain = score(&q, &given, &none());
    assert_eq!(plain.verdict.as_deref(), Some("good"));
    let outcome = Scorer::new(&q, &none()).judge(&given, Some(Impression::Bad));
    assert_eq!(outcome.verdict.as_deref(), Some("maybe"), "one tier down");
    assert!(outcome.impression_lowered);
    assert_eq!(outcome.by_score.as_deref(), Some("good"));
    assert_eq!(
        outcome.reasons[0],
        Reason::FirstImpression {
            backed: false,
            lowered: true
        }
    );
    let check = gut_check(&q, &outcome, &blink(Impression::Bad)).unwrap();
    assert!(!check.agree && !check.backed);
    assert_eq!(
        check.drivers,
        ["seen"],
        "the open question that could bear the gut out, not answers to doubt it with"
    );
}

#[test]
fn a_brighter_gut_names_the_flags_first_then_what_pulled_the_score_down() {
    let q = gut();
    // -3 -1 -1 over -5..5: 0, a bad verdict; `flag` raised a caution but pulled least.
    let given = answers([
        ("big", Answer::YesNo(false)),
        ("mid", Answer::YesNo(false)),
        ("flag", Answer::YesNo(false)),
    ]);
    let outcome = score(&q, &given, &none());
    assert_eq!(outcome.verdict.as_deref(), Some("bad"));
    let check = gut_check(&q, &outcome, &blink(Impression::Unsure)).unwrap();
    assert!(!check.agree);
    assert_eq!(check.drivers, ["flag", "big", "mid"]);
}

#[test]
fn there_is_no_gut_check_without_a_verdict() {
    let q = gut();
    let outcome = score(&q, &Answers::new(), &none());
    assert_eq!(gut_check(&q, &outcome, &blink(Impression::Good)), None);
}

#[test]
fn a_gut_that_moved_the_verdict_to_its_own_side_is_not_said_to_agree() {
    // The score gives `maybe` (unsure); a bad gut takes it to `bad`, which leans its way. The
    // gut check still points at what to find out rather than calling it agreement.
    let q = gut_with_backing();
    let given = answers([
        ("big", Answer::YesNo(false)),
        ("mid", Answer::YesNo(true)),
        ("flag", Answer::YesNo(true)),
        ("seen", Answer::Unknown),
    ]);
    let profile = none();
    let scorer = Scorer::new(&q, &profile);
    assert_eq!(scorer.score(&given).verdict.as_deref(), Some("maybe"));
    let outcome = scorer.judge(&given, Some(Impression::Bad));
    assert_eq!(outcome.verdict.as_deref(), Some("bad"));
    let check = gut_check(&q, &outcome, &blink(Impression::Bad)).unwrap();
    assert!(!check.agree && !check.backed);
    assert_eq!(check.drivers, ["seen"]);
}

#[test]
fn a_good_or_unsure_gut_never_changes_the_outcome() {
    let q = gut_with_backing();
    let profile = none();
    let scorer = Scorer::new(&q, &profile);
    for given in [
        answers([
            ("big", Answer::YesNo(false)),
            ("flag", Answer::YesNo(false)),
        ]),
        answers([("big", Answer::YesNo(true)), ("mid", Answer::YesNo(true))]),
        answers([("seen", Answer::YesNo(true)), ("big", Answer::YesNo(true))]),
    ] {
        let plain = scorer.score(&given);
        for impression in [Impression::Good, Impression::Unsure] {
            assert_eq!(scorer.judge(&given, Some(impression)), plain);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The first impression as evidence, and confidence

/// The gut questionnaire with a question whose "yes" is a sign seen first-hand that backs a
/// bad first impression.
fn gut_with_backing() -> Questionnaire {
    build(
        json!([
            {"id": "big", "kind": "yes_no", "yes": {"points": {"money": 3}}, "no": {"points": {"money": -3}}},
            {"id": "mid", "kind": "yes_no", "yes": {"points": {"money": 1}}, "no": {"points": {"money": -1}}},
            {"id": "flag", "kind": "yes_no", "yes": {"points": {"money": 1}},
             "no": {"points": {"money": -1}, "flags": ["caution"]}},
            {"id": "seen", "kind": "yes_no", "yes": {"flags": ["quarrel"]}}
        ]),
        json!({
            "flags": [
                {"id": "caution", "severity": "caution"},
                {"id": "quarrel", "severity": "serious"}
            ],
            "first_impression": {"backed_by": ["quarrel"], "when_backed": "bad"}
        }),
    )
}

#[test]
fn a_bad_impression_backed_by_a_sign_seen_first_hand_decides() {
    let q = gut_with_backing();
    let profile = none();
    let scorer = Scorer::new(&q, &profile);
    // The best money answers, and the quarrel seen on day one.
    let given = answers([
        ("big", Answer::YesNo(true)),
        ("mid", Answer::YesNo(true)),
        ("flag", Answer::YesNo(true)),
        ("seen", Answer::YesNo(true)),
    ]);
    assert_eq!(scorer.score(&given).verdict.as_deref(), Some("good"));
    let outcome = scorer.judge(&given, Some(Impression::Bad));
    assert_eq!(outcome.verdict.as_deref(), Some("bad"));
    assert_eq!(outcome.standing, Standing::Firm);
    assert_eq!(outcome.impression_backed_by.as_deref(), Some("quarrel"));
    assert_eq!(
        outcome.reasons,
        [
            Reason::FirstImpression {
                backed: true,
                lowered: false
            },
            Reason::Sign {
                flag: "quarrel".into(),
                question: "seen".into()
            }
        ]
    );
    let check = gut_check(&q, &outcome, &blink(Impression::Bad)).unwrap();
    assert!(check.backed && check.agree);
    assert_eq!(check.drivers, ["seen"]);

    // With everything else unknown, it still decides: the sign was seen, not guessed.
    let day_one = answers([
        ("seen", Answer::YesNo(true)),
        ("big", Answer::Unknown),
        ("mid", Answer::Unknown),
    ]);
    let outcome = scorer.judge(&day_one, Some(Impression::Bad));
    assert_eq!(outcome.verdict.as_deref(), Some("bad"));
    assert_eq!(outcome.standing, Standing::Firm);
    // The same sign with a good impression is only a sign: it does not decide.
    assert_ne!(
        scorer
            .judge(&given, Some(Impression::Good))
            .verdict
            .as_deref(),
        Some("bad")
    );
}

#[test]
fn an_unbacked_drop_is_one_tier_or_none() {
    let given = answers([
        ("big", Answer::YesNo(true)),
        ("mid", Answer::YesNo(true)),
        ("flag", Answer::YesNo(true)),
        ("seen", Answer::YesNo(false)),
    ]);
    for (drop, expected) in [(0, "good"), (1, "maybe")] {
        let mut q = gut_with_backing();
        q.first_impression.as_mut().unwrap().unbacked_drop = drop;
        let outcome = Scorer::new(&q, &none()).judge(&given, Some(Impression::Bad));
        assert_eq!(outcome.verdict.as_deref(), Some(expected), "drop {drop}");
        assert_eq!(outcome.impression_lowered, drop > 0, "drop {drop}");
    }
    // Left out of the file, the rules default to one tier down and nothing backing.
    let mut q = gut_with_backing();
    q.first_impression = None;
    let outcome = Scorer::new(&q, &none()).judge(&given, Some(Impression::Bad));
    assert_eq!(outcome.verdict.as_deref(), Some("maybe"));
}

#[test]
fn too_little_known_withholds_the_verdict_and_some_unknowns_make_it_provisional() {
    let q = build(
        json!([
            {"id": "a", "kind": "yes_no", "yes": {"points": {"money": 2}}, "no": {"points": {"money": -2}}},
            {"id": "b", "kind": "yes_no", "yes": {"points": {"money": 2}}, "no": {"points": {"money": -2}}},
            {"id": "c", "kind": "yes_no", "yes": {"points": {"money": 2}}, "no": {"points": {"money": -2}}},
            {"id": "d", "kind": "yes_no", "yes": {"points": {"money": 2}}, "no": {"points": {"money": -2}}},
            {"id": "threat", "kind": "yes_no", "yes": {"flags": ["abuse"]}}
        ]),
        json!({
            "flags": [{"id": "abuse", "severity": "deal_breaker"}],
            "confidence": {"judge_at": 0.5, "firm_at": 0.75}
        }),
    );
    let profile = none();
    let scorer = Scorer::new(&q, &profile);
    let yes = |ids: &[&str]| -> Answers {
        ids.iter()
            .map(|id| ((*id).to_owned(), Answer::YesNo(true)))
            .collect()
    };
    // `threat` only raises a deal-breaker, so it weighs less than a scored question: one of
    // four scored answers is under half of what matters.
    let outcome = scorer.score(&yes(&["a"]));
    assert!(outcome.confidence < 0.5, "{}", outcome.confidence);
    assert_eq!(outcome.verdict, None);
    assert_eq!(outcome.standing, Standing::NotEnough);
    assert_eq!(outcome.leaning.as_deref(), Some("good"));
    assert!(matches!(outcome.reasons[0], Reason::TooLittleKnown { .. }));
    assert!(!outcome.unknowns.is_empty(), "the find-out list is there");

    let outcome = scorer.score(&yes(&["a", "b", "c"]));
    assert!(
        (0.5..0.75).contains(&outcome.confidence),
        "{}",
        outcome.confidence
    );
    assert_eq!(outcome.verdict.as_deref(), Some("good"));
    assert_eq!(outcome.standing, Standing::Provisional);

    let outcome = scorer.score(&yes(&["a", "b", "c", "d"]));
    assert_eq!(outcome.standing, Standing::Firm);

    // A deal-breaker decides whatever the confidence.
    let outcome = scorer.score(&yes(&["threat"]));
    assert!(outcome.confidence < 0.5);
    assert_eq!(outcome.verdict.as_deref(), Some("bad"));
    assert_eq!(outcome.standing, Standing::Firm);
}

#[test]
fn a_verdict_held_below_the_score_says_so() {
    let q = build(
        json!([
            {"id": "pay", "kind": "yes_no", "yes": {"points": {"money": 2}}, "no": {"points": {"money": -2}}},
            {"id": "scope", "kind": "yes_no", "no": {"flags": ["no_scope"]}}
        ]),
        json!({"flags": [{"id": "no_scope", "severity": "serious", "caps_at": "maybe"}]}),
    );
    let outcome = score(
        &q,
        &answers([
            ("pay", Answer::YesNo(true)),
            ("scope", Answer::YesNo(false)),
        ]),
        &none(),
    );
    assert_eq!(outcome.by_score.as_deref(), Some("good"));
    assert_eq!(outcome.verdict.as_deref(), Some("maybe"));
    assert_eq!(outcome.capped_by.as_deref(), Some("no_scope"));
    assert_eq!(
        outcome.reasons[0],
        Reason::Sign {
            flag: "no_scope".into(),
            question: "scope".into()
        }
    );
}

#[test]
fn the_linter_checks_the_first_impression_and_confidence_rules() {
    let problems = |overrides: Value| -> Vec<String> {
        let mut q = gut_with_backing();
        let extra: Questionnaire = build(json!([]), overrides);
        q.first_impression = extra.first_impression;
        q.confidence = extra.confidence;
        q.lens = extra.lens;
        lint(&q)
            .into_iter()
            .map(|p| format!("{:?} {} {}", p.level, p.at, p.message))
            .collect()
    };
    let found = problems(
        json!({"first_impression": {"backed_by": ["nope"], "when_backed": "never", "unbacked_drop": 4}}),
    );
    for expected in ["flag `nope`", "verdict `never`", "`unbacked_drop` is 4"] {
        assert!(
            found
                .iter()
                .any(|p| p.starts_with("Error first_impression") && p.contains(expected)),
            "{expected}: {found:?}"
        );
    }
    let found = problems(json!({"confidence": {"judge_at": 0.8, "firm_at": 0.6}}));
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("Error confidence") && p.contains("above")),
        "{found:?}"
    );
    let found = problems(json!({"confidence": {"judge_at": 50, "firm_at": 75}}));
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("Error confidence") && p.contains("from 0 to 1")),
        "{found:?}"
    );
    let found = problems(json!({"lens": "intake", "first_impression": {"backed_by": ["quarrel"]}}));
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("Warning first_impression") && p.contains("never apply")),
        "{found:?}"
    );
    let found =
        problems(json!({"first_impression": {"backed_by": ["quarrel"], "when_backed": "bad"}}));
    assert!(
        !found
            .iter()
            .any(|p| p.contains("first_impression") || p.contains("confidence")),
        "{found:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// What would change the verdict

fn rank(questionnaire: &Questionnaire, outcome: &Outcome) -> usize {
    let tiers = questionnaire.tiers_best_first();
    tiers
        .iter()
        .position(|t| Some(t.id.as_str()) == outcome.verdict.as_deref())
        .expect("a verdict")
}

fn apply(given: &Answers, changes: &[client_fit_core::explain::AlternativeAnswer]) -> Answers {
    let mut next = given.clone();
    for change in changes {
        next.insert(change.question.clone(), change.answer.clone());
    }
    next
}

/// Money only, weight 3: four yes/no questions worth ±1, ±2, ±2 and ±3, and a deal-breaker.
fn ladder() -> Questionnaire {
    build(
        json!([
            {"id": "one", "kind": "yes_no", "yes": {"points": {"money": 1}}, "no": {"points": {"money": -1}}},
            {"id": "two", "kind": "yes_no", "yes": {"points": {"money": 2}}, "no": {"points": {"money": -2}}},
            {"id": "two_b", "kind": "yes_no", "yes": {"points": {"money": 2}}, "no": {"points": {"money": -2}}},
            {"id": "three", "kind": "yes_no", "yes": {"points": {"money": 3}}, "no": {"points": {"money": -3}}},
            {"id": "threat", "kind": "yes_no", "yes": {"flags": ["abuse"]}}
        ]),
        json!({"flags": [{"id": "abuse", "severity": "deal_breaker"}]}),
    )
}

#[test]
fn what_would_change_finds_answers_moving_the_verdict_up_and_down() {
    let q = ladder();
    // +1 +2 +2 -3 over -8..8: 62.5, the middle tier.
    let given = answers([
        ("one", Answer::YesNo(true)),
        ("two", Answer::YesNo(true)),
        ("two_b", Answer::YesNo(true)),
        ("three", Answer::YesNo(false)),
        ("threat", Answer::YesNo(false)),
    ]);
    let outcome = score(&q, &given, &none());
    assert_eq!(outcome.verdict.as_deref(), Some("maybe"));
    let changes = what_would_change(&q, &given, None, &none(), &outcome);

    let up = changes.up.expect("a way up");
    assert_eq!(up.len(), 1, "one answer is enough: {up:?}");
    assert_eq!(
        (up[0].question.as_str(), &up[0].answer),
        ("three", &Answer::YesNo(true))
    );
    let moved = score(&q, &apply(&given, &up), &none());
    assert_eq!(rank(&q, &moved), rank(&q, &outcome) - 1);

    let down = changes.down.expect("a way down");
    let moved = score(&q, &apply(&given, &down), &none());
    assert!(rank(&q, &moved) > rank(&q, &outcome));
    // A score change does it in one answer, so the deal-breaker is not what is named.
    assert_eq!(down.len(), 1);
    assert_ne!(down[0].question, "threat", "{down:?}");
}

#[test]
fn what_would_change_removes_a_deal_breaker_to_move_up() {
    let q = ladder();
    let given = answers([
        ("one", Answer::YesNo(true)),
        ("two", Answer::YesNo(true)),
        ("two_b", Answer::YesNo(true)),
        ("three", Answer::YesNo(true)),
        ("threat", Answer::YesNo(true)),
    ]);
    let outcome = score(&q, &given, &none());
    assert!(outcome.forced_by_deal_breaker);
    let changes = what_would_change(&q, &given, None, &none(), &outcome);
    let up = changes.up.expect("a way up");
    assert_eq!(up.len(), 1);
    assert_eq!(
        (up[0].question.as_str(), &up[0].answer),
        ("threat", &Answer::YesNo(false))
    );
    assert_eq!(changes.down, None, "nothing is below the lowest tier");
}

#[test]
fn what_would_change_has_nothing_above_the_top_tier_or_below_the_bottom() {
    let q = ladder();
    let best = answers([
        ("one", Answer::YesNo(true)),
        ("two", Answer::YesNo(true)),
        ("two_b", Answer::YesNo(true)),
        ("three", Answer::YesNo(true)),
    ]);
    let outcome = score(&q, &best, &none());
    assert_eq!(outcome.verdict.as_deref(), Some("good"));
    let changes = what_would_change(&q, &best, None, &none(), &outcome);
    assert_eq!(changes.up, None);
    assert!(changes.down.is_some());

    let worst = answers([
        ("one", Answer::YesNo(false)),
        ("two", Answer::YesNo(false)),
        ("two_b", Answer::YesNo(false)),
        ("three", Answer::YesNo(false)),
    ]);
    let outcome = score(&q, &worst, &none());
    assert_eq!(outcome.verdict.as_deref(), Some("bad"));
    let changes = what_would_change(&q, &worst, None, &none(), &outcome);
    assert_eq!(changes.down, None);
    let up = changes.up.expect("a way up");
    assert!(up.len() <= 3);
    assert!(rank(&q, &score(&q, &apply(&worst, &up), &none())) < 2);
}

#[test]
fn what_would_change_needs_a_verdict() {
    let q = ladder();
    let outcome = score(&q, &Answers::new(), &none());
    assert_eq!(
        what_would_change(&q, &Answers::new(), None, &none(), &outcome),
        Changes::default()
    );
}

// ---------------------------------------------------------------------------------------------
// Caps: a serious sign holds the verdict down without being a deal-breaker
// ---------------------------------------------------------------------------------------------

fn minimal_with_cap(cap: &str) -> Questionnaire {
    let mut q = load(include_str!("fixtures/minimal.json"))
        .unwrap()
        .questionnaire;
    q.flags
        .iter_mut()
        .find(|f| f.id == "slow_payer")
        .unwrap()
        .caps_at = Some(cap.to_owned());
    q
}

#[test]
fn a_capping_flag_holds_the_verdict_at_its_tier_and_says_so() {
    let q = minimal_with_cap("safeguards");
    let profile = Profile {
        min_budget: Some(1000.0),
        ..Profile::default()
    };
    let mut answers = Answers::new();
    answers.insert("budget".into(), Answer::Number(5000.0));
    answers.insert("threatened".into(), Answer::YesNo(false));
    answers.insert("respect".into(), Answer::Scale(5));
    answers.insert("pays_on_time".into(), Answer::Choice("early".into()));
    let outcome = score(&q, &answers, &profile);
    assert_eq!(outcome.verdict.as_deref(), Some("strong_fit"));
    assert_eq!(outcome.capped_by, None);

    answers.insert("pays_on_time".into(), Answer::Choice("late".into()));
    let outcome = score(&q, &answers, &profile);
    assert!(
        outcome.overall.unwrap() >= 75.0,
        "the score alone would say strong fit"
    );
    assert_eq!(outcome.verdict.as_deref(), Some("safeguards"));
    assert_eq!(outcome.capped_by.as_deref(), Some("slow_payer"));
}

#[test]
fn a_cap_never_lifts_a_verdict_and_a_deal_breaker_still_wins() {
    let q = minimal_with_cap("safeguards");
    let mut answers = Answers::new();
    answers.insert("pays_on_time".into(), Answer::Choice("late".into()));
    answers.insert("respect".into(), Answer::Scale(1));
    let outcome = score(&q, &answers, &Profile::default());
    assert_eq!(outcome.verdict.as_deref(), Some("walk_away"));
    assert_eq!(outcome.capped_by, None);

    answers.insert("threatened".into(), Answer::YesNo(true));
    answers.insert("respect".into(), Answer::Scale(5));
    let outcome = score(&q, &answers, &Profile::default());
    assert_eq!(outcome.verdict.as_deref(), Some("walk_away"));
    assert!(outcome.forced_by_deal_breaker);
    assert_eq!(outcome.capped_by, None);
}

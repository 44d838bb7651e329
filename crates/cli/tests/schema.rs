//! The committed JSON Schema must match the one generated from the Rust types. Run with
//! `UPDATE_SCHEMA=1` to rewrite the file after changing the format. And a questionnaire the
//! app exports (a blank one, copies of the built-ins) is valid against it.

use std::path::PathBuf;

use client_fit_core::schema::questionnaire_schema;

#[test]
fn the_committed_schema_is_up_to_date() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../schema/questionnaire.schema.json");
    let generated = questionnaire_schema();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{} is out of date with the Rust types; run `UPDATE_SCHEMA=1 cargo test --test schema` \
         to rewrite it, and commit the result",
        path.display()
    );
}

#[test]
fn the_schema_describes_the_format() {
    let schema: serde_json::Value = serde_json::from_str(&questionnaire_schema()).unwrap();
    assert_eq!(schema["title"], "Questionnaire");
    let required = schema["required"].as_array().unwrap();
    for field in ["format", "id", "lens", "dimensions", "sections", "verdicts"] {
        assert!(
            required.iter().any(|r| r == field),
            "`{field}` is not required"
        );
    }
    // Unknown fields are refused by the reader, so the schema says so too.
    assert_eq!(schema["additionalProperties"], false);
    let kinds = &schema["$defs"]["Kind"];
    let text = kinds.to_string();
    for kind in ["single", "multi", "yes_no", "scale", "number", "text"] {
        assert!(text.contains(kind), "kind `{kind}` missing from {text}");
    }
}

/// A small JSON Schema checker, for the keywords the committed schema uses (`$ref` into
/// `$defs`, `type`, `const`, `properties`, `required`, `additionalProperties`, `items`,
/// `anyOf`, `oneOf`, `minimum`, `maximum`): the problems found, each with its JSON path.
fn check(
    schema: &serde_json::Value,
    root: &serde_json::Value,
    value: &serde_json::Value,
    at: &str,
) -> Vec<String> {
    use serde_json::Value;
    let mut problems = Vec::new();
    if let Some(Value::String(reference)) = schema.get("$ref") {
        let name = reference.trim_start_matches("#/$defs/");
        return check(&root["$defs"][name], root, value, at);
    }
    if let Some(types) = schema.get("type") {
        let names: Vec<&str> = match types {
            Value::String(one) => vec![one.as_str()],
            Value::Array(many) => many.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        let fits = |name: &str| match name {
            "string" => value.is_string(),
            "number" => value.is_number(),
            "integer" => value.is_i64() || value.is_u64(),
            "boolean" => value.is_boolean(),
            "array" => value.is_array(),
            "object" => value.is_object(),
            "null" => value.is_null(),
            _ => false,
        };
        if !names.iter().any(|n| fits(n)) {
            problems.push(format!("{at}: {value} is not {names:?}"));
            return problems;
        }
    }
    if let Some(constant) = schema.get("const")
        && constant != value
    {
        problems.push(format!("{at}: {value} is not {constant}"));
    }
    if let (Some(min), Some(n)) = (
        schema.get("minimum").and_then(Value::as_f64),
        value.as_f64(),
    ) && n < min
    {
        problems.push(format!("{at}: {n} is below {min}"));
    }
    if let (Some(max), Some(n)) = (
        schema.get("maximum").and_then(Value::as_f64),
        value.as_f64(),
    ) && n > max
    {
        problems.push(format!("{at}: {n} is above {max}"));
    }
    for (keyword, exactly_one) in [("anyOf", false), ("oneOf", true)] {
        if let Some(Value::Array(choices)) = schema.get(keyword) {
            let fitting = choices
                .iter()
                .filter(|choice| check(choice, root, value, at).is_empty())
                .count();
            if fitting == 0 || (exactly_one && fitting > 1) {
                problems.push(format!(
                    "{at}: {fitting} of the {keyword} choices fit {value}"
                ));
            }
        }
    }
    if let Value::Object(fields) = value {
        let properties = schema.get("properties").and_then(Value::as_object);
        for name in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(name) = name.as_str()
                && !fields.contains_key(name)
            {
                problems.push(format!("{at}: `{name}` is required"));
            }
        }
        for (name, field) in fields {
            let place = format!("{at}.{name}");
            match (
                properties.and_then(|p| p.get(name)),
                schema.get("additionalProperties"),
            ) {
                (Some(property), _) => problems.extend(check(property, root, field, &place)),
                (None, Some(Value::Bool(false))) => {
                    problems.push(format!("{place}: not in the schema"))
                }
                (None, Some(extra @ Value::Object(_))) => {
                    problems.extend(check(extra, root, field, &place))
                }
                (None, _) => {}
            }
        }
    }
    if let (Some(items), Value::Array(list)) = (schema.get("items"), value) {
        for (i, item) in list.iter().enumerate() {
            problems.extend(check(items, root, item, &format!("{at}[{i}]")));
        }
    }
    problems
}

#[test]
fn questionnaires_exported_from_the_app_are_valid_against_the_committed_schema() {
    use client_fit_core::load::load;
    use client_fit_core::model::Lens;
    use client_fit_core::own::{BlankWords, blank, copy_of, to_file};

    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../schema/questionnaire.schema.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let words = BlankWords {
        title: "Mine",
        section: "One",
        question: "Yes?",
        dimension: "Fit",
        good: "Good",
        good_next: "Go.",
        bad: "Bad",
        bad_next: "Stop.",
    };
    let mut exported = vec![to_file(&blank("mine", "en", Lens::Screen, &words))];
    for (_, json) in client_fit_core::builtin::BUILTIN {
        let builtin = load(json).unwrap().questionnaire;
        exported.push(to_file(&copy_of(&builtin, [])));
    }
    exported.push(to_file(&edited(blank("mine", "en", Lens::Screen, &words))));
    for file in exported {
        let value: serde_json::Value = serde_json::from_str(&file).unwrap();
        let problems = check(&schema, &schema, &value, "$");
        assert!(problems.is_empty(), "{problems:#?}");
    }
    // The checker does find a problem.
    let wrong = serde_json::json!({"format": 1, "id": 7});
    assert!(!check(&schema, &schema, &wrong, "$").is_empty());
}

/// `start` as the editor leaves it after using its rarer parts: a number question with two
/// rules (moved), a choice with a tagged option and what welcomed work adds, a condition that
/// combines an answer, a turned-around comparison and the friends-and-family policy, a
/// required question and a second language. Each change must be taken.
fn edited(start: client_fit_core::model::Questionnaire) -> client_fit_core::model::Questionnaire {
    use client_fit_core::draft::{AnswerSlot, Change, Draft, Shown, compare_for, fixed};
    use client_fit_core::model::{Cmp, Condition, Kind};
    use client_fit_core::profile::FriendsPolicy;

    let changes = vec![
        Change::AddQuestion {
            section: 0,
            at: 1,
            text: "Budget?".into(),
        },
        Change::QuestionKind {
            id: "question-2".into(),
            kind: Kind::Number,
        },
        Change::AddNumberRule {
            question: "question-2".into(),
        },
        Change::AddNumberRule {
            question: "question-2".into(),
        },
        Change::NumberRuleTest {
            question: "question-2".into(),
            rule: 1,
            op: Cmp::Lt,
            than: fixed(500.0),
        },
        Change::MoveNumberRule {
            question: "question-2".into(),
            from: 1,
            to: 0,
        },
        Change::AddQuestion {
            section: 0,
            at: 2,
            text: "Sector?".into(),
        },
        Change::QuestionKind {
            id: "question-3".into(),
            kind: Kind::Single,
        },
        Change::OptionTag {
            question: "question-3".into(),
            option: 0,
            tag: Some("industry:farming".into()),
        },
        Change::Points {
            question: "question-3".into(),
            answer: AnswerSlot::Welcome,
            dimension: start.dimensions[0].id.clone(),
            points: Some(2.0),
        },
        Change::Required {
            id: "question-3".into(),
            required: true,
        },
        Change::ShowIf {
            at: Shown::Question("question-3".into()),
            condition: Some(Condition::Any(vec![
                Condition::Answered("question-1".into()),
                Condition::Not(Box::new(compare_for("question-2", Cmp::Lt, 500.0))),
                Condition::FriendsPolicy(FriendsPolicy::Never),
            ])),
        },
        Change::AddLanguage("es".into()),
    ];
    let mut draft = Draft::new(start);
    for change in changes {
        draft = draft
            .change(&change)
            .unwrap_or_else(|e| panic!("{change:?} refused: {e}"))
            .unwrap_or_else(|| panic!("{change:?} changed nothing"));
    }
    draft.questionnaire
}

//! The committed JSON Schema must match the one generated from the Rust types. Run with
//! `UPDATE_SCHEMA=1` to rewrite the file after changing the format.

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

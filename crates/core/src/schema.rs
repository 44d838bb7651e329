//! The JSON Schema of the questionnaire format, generated from the model's types so it cannot
//! drift from what `load::parse` accepts. Only with the `schema` feature (the page never needs it):
//! editors use the committed `schema/questionnaire.schema.json`, and a test keeps that file in
//! step with the types.

use super::model::Questionnaire;

/// The schema of a questionnaire file, as pretty-printed JSON ending in a newline.
pub fn questionnaire_schema() -> String {
    let schema = schemars::schema_for!(Questionnaire);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema is plain JSON");
    text.push('\n');
    text
}

//! Filling message templates: `{client}`, `{consultant}` and `{reasons}` are replaced with the
//! names the user gave and the reasons found. Pure: no browser imports.

use super::model::Questionnaire;
use super::scoring::Outcome;

/// The points a letter lists for `{reasons}`: each raised flag's letter line once, most severe
/// first. When no raised flag has one, the titles of the safeguards the flags recommend stand
/// in, so a letter proposing terms still proposes something; with neither, there are none.
pub fn letter_reasons(
    questionnaire: &Questionnaire,
    outcome: &Outcome,
    language: &str,
) -> Vec<String> {
    let text = |t: &super::text::Text| t.get(language, &questionnaire.default_language).to_owned();
    let add = |lines: &mut Vec<String>, line: String| {
        if !lines.contains(&line) {
            lines.push(line);
        }
    };
    let mut lines: Vec<String> = Vec::new();
    for raised in &outcome.flags {
        if let Some(line) = questionnaire
            .flag(&raised.flag)
            .and_then(|f| f.letter_line.as_ref())
        {
            add(&mut lines, text(line));
        }
    }
    if lines.is_empty() {
        for id in &outcome.safeguards {
            if let Some(safeguard) = questionnaire.safeguard(id) {
                add(&mut lines, text(&safeguard.title));
            }
        }
    }
    lines
}

/// Fills a letter template. `reasons` become one "- " line each; a template without
/// `{reasons}` simply leaves them out. With no reasons, the paragraph holding `{reasons}` (its
/// lead-in, such as "A few points:", written on the line before it) is left out whole, so no
/// letter announces points it then does not list. Braces that name nothing are kept as written.
pub fn fill_letter(template: &str, client: &str, consultant: &str, reasons: &[&str]) -> String {
    let without_reasons;
    let template = if reasons.is_empty() && template.contains("{reasons}") {
        without_reasons = template
            .split("\n\n")
            .filter(|paragraph| !paragraph.contains("{reasons}"))
            .collect::<Vec<_>>()
            .join("\n\n");
        without_reasons.as_str()
    } else {
        template
    };
    let reasons: String = reasons
        .iter()
        .map(|r| format!("- {}", r.trim()))
        .collect::<Vec<_>>()
        .join("\n");
    // One pass, so a name that itself contains `{reasons}` is not expanded again.
    let mut out = String::with_capacity(template.len() + reasons.len());
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let (value, len) = [
            ("{client}", client),
            ("{consultant}", consultant),
            ("{reasons}", reasons.as_str()),
        ]
        .into_iter()
        .find(|(key, _)| after.starts_with(key))
        .map_or(("{", 1), |(key, value)| (value, key.len()));
        out.push_str(value);
        rest = &after[len..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::fill_letter;

    #[test]
    fn fills_names_and_reasons() {
        let letter = fill_letter(
            "Dear {client},\n{reasons}\nBest, {consultant}",
            "Ana",
            "Bo",
            &["clear dates", " a deposit "],
        );
        assert_eq!(letter, "Dear Ana,\n- clear dates\n- a deposit\nBest, Bo");
    }

    #[test]
    fn placeholders_inside_names_are_not_expanded() {
        assert_eq!(
            fill_letter("Hi {client}", "{reasons}", "", &["x"]),
            "Hi {reasons}"
        );
    }

    #[test]
    fn with_no_reasons_their_paragraph_goes() {
        let template = "Dear {client},\n\nA few points:\n{reasons}\n\nBest, {consultant}";
        assert_eq!(
            fill_letter(template, "Ana", "Bo", &[]),
            "Dear Ana,\n\nBest, Bo"
        );
        assert_eq!(
            fill_letter(template, "Ana", "Bo", &["dates"]),
            "Dear Ana,\n\nA few points:\n- dates\n\nBest, Bo"
        );
    }

    #[test]
    fn unknown_braces_stay() {
        assert_eq!(fill_letter("{x} {client", "A", "B", &[]), "{x} {client");
    }
}

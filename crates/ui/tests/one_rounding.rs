//! Scores and percentages are written with `core::describe::whole` everywhere on the page, the
//! rounding the widget's event payload uses: `format!("{:.0}")` rounds halves to even, so a
//! score of 12.5 would read "12" on the page and 13 in the payload.

use std::fs;
use std::path::Path;

fn sources(dir: &Path, found: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).expect("the source folder reads") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = fs::read_to_string(&path).expect("a source file reads");
            found.push((path.display().to_string(), text));
        }
    }
}

#[test]
fn no_component_rounds_a_number_its_own_way() {
    let mut found = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut found,
    );
    assert!(found.len() > 20, "the sources were found");
    let own_rounding: Vec<String> = found
        .iter()
        .flat_map(|(path, text)| {
            text.lines()
                .enumerate()
                .filter(|(_, line)| line.contains(":.0}"))
                .map(move |(n, line)| format!("{path}:{}: {}", n + 1, line.trim()))
        })
        .collect();
    assert!(
        own_rounding.is_empty(),
        "use describe::whole:\n{}",
        own_rounding.join("\n")
    );
}

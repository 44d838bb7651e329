//! The editor's problems in the interface's language, natively with Yew's server renderer: a
//! consultant using the editor in Spanish reads each problem in Spanish and in the editor's
//! terms (the field's label, the verdicts' names), marked with the level word, with no id or
//! file path in the visible sentence; the linter's English line stays in the item's title.
#![cfg(not(target_arch = "wasm32"))]

use client_fit_core::draft::Change;
use client_fit_core::draft::rules::RulesChange as R;
use client_fit_core::own::Own;
use yew::Reducible;

mod common;
mod editor_common;
use editor_common::*;

/// The items of the problem list with this id: each one's opening tag and visible text.
fn items<'a>(html: &'a str, id: &str) -> Vec<(&'a str, &'a str)> {
    let at = html
        .find(&format!(r#"id="{id}""#))
        .unwrap_or_else(|| panic!("no {id} in {html}"));
    let list = &html[at..at + html[at..].find("</ul>").unwrap()];
    list.split("<li")
        .skip(1)
        .map(|item| {
            let end = item.find('>').unwrap();
            (&item[..end], &item[end + 1..item.find("</li>").unwrap()])
        })
        .collect()
}

/// The visible text of an item, without its markup.
fn text(item: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in item.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[tokio::test]
async fn a_problem_reads_in_spanish_in_the_editors_terms_with_no_id() {
    let state = editing_blank_in("es");
    // An emptied question, and a gap between the two verdicts.
    let state = change(
        state,
        Change::QuestionText {
            id: "question-1".into(),
            text: String::new(),
        },
    );
    let state = change(
        state,
        Change::Rules(R::TierMin {
            id: "good".into(),
            min: 60.0,
        }),
    );
    let html = render(state).await;

    let question = items(&html, "cf7-editor-q1-problems");
    assert_eq!(question.len(), 1, "{question:?}");
    let (tag, shown) = question[0];
    assert!(tag.contains("cf-editor-error"), "{tag}");
    assert_eq!(
        text(shown),
        "Problema: ‘Lo que preguntas’ está vacío en English: todos los textos necesitan \
         palabras en el idioma principal del cuestionario, así que escríbelo."
    );
    // The linter's line, with the file's place, for whoever reads or exports the file.
    assert!(
        tag.contains(r#"title="question `question-1` text: this needs words in `en`""#),
        "{tag}"
    );

    let tiers = items(&html, "cf7-editor-tiers-problems");
    let shown: Vec<String> = tiers.iter().map(|(_, shown)| text(shown)).collect();
    assert_eq!(
        shown,
        [
            "Problema: Las puntuaciones de 50 a 60 no tienen veredicto: mueve el ‘Hasta la \
          puntuación’ de ‘Bad’ o el ‘Desde la puntuación’ de ‘Good’ para que se toquen."
        ]
    );

    // No id, no file path, no English linter words in any visible sentence.
    for list in ["cf7-editor-q1-problems", "cf7-editor-tiers-problems"] {
        for (_, shown) in items(&html, list) {
            let shown = text(shown);
            for bad in [
                "`",
                "question-1",
                "good`",
                "verdicts",
                "needs words",
                "have no verdict",
            ] {
                assert!(!shown.contains(bad), "{bad} in {shown}");
            }
        }
    }
}

#[tokio::test]
async fn a_warning_is_marked_worth_a_look_in_the_interfaces_language() {
    // A second dimension no answer gives points to: a warning, naming the dimension by its
    // name, never by its id.
    let state = change(
        editing_blank_in("da"),
        Change::Rules(R::AddDimension {
            label: "Punktlighed".into(),
        }),
    );
    let html = render(state).await;
    let shown: Vec<String> = items(&html, "cf7-editor-dim2-problems")
        .iter()
        .map(|(tag, shown)| {
            assert!(tag.contains("cf-editor-warning"), "{tag}");
            text(shown)
        })
        .collect();
    assert_eq!(
        shown,
        [
            "Værd at se på: Intet svar giver point til ‘Punktlighed’, så den får aldrig en score: \
          giv den point under nogle svar, eller slet den."
        ]
    );
}

/// The blank questionnaire `a` open in the editor, with the interface in `language`.
fn editing_blank_in(language: &str) -> std::rc::Rc<client_fit_ui::state::State> {
    with_own_in(vec![Own::kept(mine("a"), 1.0)], language)
        .reduce(client_fit_ui::state::Action::EditOwn(Some("a".into())))
}

//! Keys for answering, as in the form tools people know: a digit picks that option of the
//! question being answered, and Enter goes on. The question being answered is the one the
//! focus is in, or else the first one still open on the page. After a digit picks a single
//! answer, the focus moves on to the next question, where the next answer is expected.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, KeyboardEvent};

/// The `onkeydown` of a step of the questionnaire: keys pressed anywhere inside it.
pub(crate) fn onkeydown() -> yew::Callback<KeyboardEvent> {
    yew::Callback::from(|event: KeyboardEvent| {
        let page = event
            .current_target()
            .and_then(|t| t.dyn_into::<Element>().ok());
        if let Some(page) = page {
            on_key(&event, &page);
        }
    })
}

/// Handles a key pressed inside a step of the questionnaire (`page` is the step's element).
/// Keys typed into a text field are left to it, except Enter in a one-line field.
fn on_key(event: &KeyboardEvent, page: &Element) {
    if event.ctrl_key() || event.meta_key() || event.alt_key() || event.default_prevented() {
        return;
    }
    let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
    let typing = target.as_ref().is_some_and(is_typing_field);
    match event.key().as_str() {
        "Enter" => {
            // Buttons, links, summaries and text areas keep Enter for themselves.
            let own = target.as_ref().is_some_and(|t| {
                matches!(
                    t.tag_name().to_ascii_lowercase().as_str(),
                    "button" | "a" | "summary" | "textarea" | "select"
                )
            });
            if !own && let Some(next) = first(page, ".cf-next") {
                event.prevent_default();
                next.click();
            }
        }
        key if !typing => {
            let Some(digit) = key.parse::<usize>().ok().filter(|d| (1..=9).contains(d)) else {
                return;
            };
            let question = target
                .as_ref()
                .and_then(|t| t.closest("fieldset.cf-question").ok().flatten())
                .or_else(|| first_open_question(page));
            let Some(question) = question else {
                return;
            };
            let choices = inputs(&question, "input[type=radio], input[type=checkbox]");
            let Some(choice) = choices.get(digit - 1) else {
                return;
            };
            event.prevent_default();
            choice.click();
            if choice.type_() == "radio" {
                focus_next_question(page, &question);
            } else {
                let _ = choice.focus();
            }
        }
        _ => {}
    }
}

/// Whether the element takes typed text (digits typed there are the person's, not keys).
fn is_typing_field(element: &Element) -> bool {
    match element.tag_name().to_ascii_lowercase().as_str() {
        "textarea" | "select" => true,
        "input" => !matches!(
            element.get_attribute("type").as_deref(),
            Some("radio" | "checkbox" | "button" | "submit")
        ),
        _ => false,
    }
}

/// The first element under `root` matching `selector`, as an `HtmlElement`.
fn first(root: &Element, selector: &str) -> Option<HtmlElement> {
    root.query_selector(selector).ok()??.dyn_into().ok()
}

/// The inputs under `root` matching `selector`, in document order.
fn inputs(root: &Element, selector: &str) -> Vec<HtmlInputElement> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into().ok())
        .collect()
}

/// The questions on the page, in order.
fn questions(page: &Element) -> Vec<Element> {
    let Ok(list) = page.query_selector_all("fieldset.cf-question") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into().ok())
        .collect()
}

/// The first question on the page with choices and nothing chosen yet.
fn first_open_question(page: &Element) -> Option<Element> {
    questions(page).into_iter().find(|question| {
        let choices = inputs(question, "input[type=radio], input[type=checkbox]");
        !choices.is_empty() && !choices.iter().any(HtmlInputElement::checked)
    })
}

/// Moves the focus to the question after `question` (its chosen option, or its first), or to
/// Next after the last one.
fn focus_next_question(page: &Element, question: &Element) {
    let all = questions(page);
    let after = all
        .iter()
        .position(|q| q == question)
        .and_then(|at| all.get(at + 1));
    let target: Option<HtmlElement> = match after {
        Some(next) => {
            let choices = inputs(next, "input");
            choices
                .iter()
                .find(|c| c.checked())
                .or_else(|| choices.first())
                .map(|c| c.clone().unchecked_into())
                .or_else(|| first(next, "textarea"))
        }
        None => first(page, ".cf-next"),
    };
    if let Some(target) = target {
        let _ = target.focus();
    }
}

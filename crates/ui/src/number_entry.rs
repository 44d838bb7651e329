//! The typed text of a number field and what it reads as, shared by the question's field and
//! the profile's. The text stays as typed; each change is read in the current language and the
//! value is set, or cleared when the text is empty, unreadable or out of range (never a partial
//! or an earlier value). Whether the entry reads is told to the app state, so Next can wait.

use std::rc::Rc;

use yew::prelude::*;

use crate::context::use_app;
use crate::state::Action;
use client_fit_core::numbers::{NumberError, format_number, read_number};
use web_sys::HtmlInputElement;

/// A number field's text, its reading, and the callbacks that change it.
pub struct NumberEntry {
    /// What is in the field, as typed.
    pub typed: Rc<str>,
    /// The text read in the current language and checked against the bounds.
    pub reading: Result<f64, NumberError>,
    /// For the field's `oninput`: reads the text and sends a value that reads on.
    pub oninput: Callback<InputEvent>,
    /// Empties the field without touching the value (the caller sets it, "don't know" say).
    pub clear: Callback<()>,
}

/// Where a number field's value goes and what it allows.
pub struct EntryOptions {
    /// The value stored now, written out in the current language when the field first shows.
    pub value: Option<f64>,
    /// The smallest value allowed, if any.
    pub min: Option<f64>,
    /// The largest value allowed, if any.
    pub max: Option<f64>,
    /// The key under which the app state knows whether this entry reads (`None`: it is not told).
    pub entry: Option<String>,
    /// Receives the value read, or `None` to clear it.
    pub onchange: Callback<Option<f64>>,
}

#[hook]
pub fn use_number_entry(options: EntryOptions) -> NumberEntry {
    let app = use_app();
    let language = app.records.language.clone();
    let EntryOptions {
        value,
        min,
        max,
        entry,
        onchange,
    } = options;
    let typed = use_state(|| -> Rc<str> {
        value
            .map(|n| format_number(n, &language))
            .unwrap_or_default()
            .into()
    });
    // Reads a text and passes the value on (or clears it), telling the state whether it read.
    let take = {
        let (app, entry) = (app.clone(), entry.clone());
        Rc::new(move |text: &str, language: &str| {
            let reading = read_number(text, language, min, max);
            onchange.emit(reading.ok());
            if let Some(entry) = &entry {
                app.dispatch(Action::SetEntryInvalid {
                    entry: entry.clone(),
                    invalid: matches!(reading, Err(e) if e != NumberError::Empty),
                });
            }
        })
    };
    let oninput = {
        let (typed, take, language) = (typed.clone(), take.clone(), language.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            take(&text, &language);
            typed.set(text.into());
        })
    };
    let clear = {
        let (typed, app, entry) = (typed.clone(), app.clone(), entry.clone());
        Callback::from(move |()| {
            typed.set("".into());
            if let Some(entry) = &entry {
                app.dispatch(Action::SetEntryInvalid {
                    entry: entry.clone(),
                    invalid: false,
                });
            }
        })
    };
    {
        // When the language changes, a number that read is written the new language's way (so
        // "12,000" does not turn into twelve in Danish); one that did not read is read again.
        let read_in = use_mut_ref(|| language.clone());
        let (typed, take) = (typed.clone(), take.clone());
        use_effect_with(language.clone(), move |language| {
            let before = std::mem::replace(&mut *read_in.borrow_mut(), language.clone());
            if before != *language {
                match read_number(&typed, &before, min, max) {
                    Ok(n) => typed.set(format_number(n, language).into()),
                    Err(NumberError::Empty) => {}
                    Err(_) => take(&typed, language),
                }
            }
        });
    }
    {
        // A field that goes away (another step, a hidden question) no longer holds anyone back.
        let (app, entry) = (app.clone(), entry.clone());
        use_effect_with((), move |()| {
            move || {
                if let Some(entry) = entry {
                    app.dispatch(Action::SetEntryInvalid {
                        entry,
                        invalid: false,
                    });
                }
            }
        });
    }
    let reading = read_number(&typed, &language, min, max);
    NumberEntry {
        typed: (*typed).clone(),
        reading,
        oninput,
        clear,
    }
}

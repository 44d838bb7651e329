//! Reordering the editor's sections, questions, options and dimensions by drag and drop: what a drag carries, where
//! a drop lands (before or after the part it is dropped on, by which half of it the pointer is
//! over), and the hint shown meanwhile. The move itself is `core::edit`'s, through the reducer
//! like the Move up and Move down buttons, which stay the keyboard's way to reorder.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What a dragged question carries: its id.
pub(crate) const QUESTION: &str = "application/x-client-fit-question";
/// What a dragged option carries: its question's id and its place, `question place`.
pub(crate) const OPTION: &str = "application/x-client-fit-option";
/// What a dragged dimension carries: its place.
pub(crate) const DIMENSION: &str = "application/x-client-fit-dimension";
/// What a dragged section carries: its place.
pub(crate) const SECTION: &str = "application/x-client-fit-section";

/// Where a drag over a part would drop: before it or after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Hint {
    /// Before the part.
    Before,
    /// After the part.
    After,
}

/// Starts dragging a part of kind `kind` (`QUESTION` or `SECTION`) carrying `value`; the
/// drag image is the whole part the handle belongs to (its closest `li`).
pub(crate) fn start(kind: &'static str, value: String) -> Callback<DragEvent> {
    Callback::from(move |e: DragEvent| {
        // A drag that starts inside a nested part is that part's alone.
        e.stop_propagation();
        let Some(data) = e.data_transfer() else {
            return;
        };
        let _ = data.set_data(kind, &value);
        data.set_effect_allowed("move");
        let item = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("li").ok().flatten());
        if let Some(item) = item {
            data.set_drag_image(&item, 16, 16);
        }
    })
}

/// Whether the drag in `e` carries a part of kind `kind`.
fn carries(e: &DragEvent, kind: &str) -> bool {
    e.data_transfer().is_some_and(|data| {
        data.types()
            .iter()
            .any(|t| t.as_string().as_deref() == Some(kind))
    })
}

/// Before or after the part `item` (`e` is over it), by which half of it the pointer is in.
/// The part is named by its ref, not by the event's `current_target`: Yew listens on the
/// page's root for every element, so that is the root.
fn hint_of(e: &DragEvent, item: &NodeRef) -> Hint {
    let half = item.cast::<web_sys::Element>().map(|el| {
        let rect = el.get_bounding_client_rect();
        rect.top() + rect.height() / 2.0
    });
    match half {
        Some(middle) if f64::from(e.client_y()) > middle => Hint::After,
        _ => Hint::Before,
    }
}

/// Lets a part take drops of kind `kind`, showing where it would land in `hint`.
pub(crate) fn over(
    kind: &'static str,
    item: NodeRef,
    hint: UseStateHandle<Option<Hint>>,
) -> Callback<DragEvent> {
    Callback::from(move |e: DragEvent| {
        if !carries(&e, kind) {
            return;
        }
        // Allowing the drop is preventing the default; an outer part must not show a hint too.
        e.prevent_default();
        e.stop_propagation();
        if let Some(data) = e.data_transfer() {
            data.set_drop_effect("move");
        }
        let now = Some(hint_of(&e, &item));
        if *hint != now {
            hint.set(now);
        }
    })
}

/// Clears the hint when the drag leaves the part `item` (not when it moves onto one of its
/// children).
pub(crate) fn leave(item: NodeRef, hint: UseStateHandle<Option<Hint>>) -> Callback<DragEvent> {
    Callback::from(move |e: DragEvent| {
        let to = e
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let inside = item
            .get()
            .zip(to)
            .is_some_and(|(part, to)| part.contains(Some(&to)));
        if !inside {
            hint.set(None);
        }
    })
}

/// A drop of kind `kind` on a part: what the drag carried and whether it goes after the part,
/// for `on_drop` to turn into a move. The hint is cleared.
pub(crate) fn drop(
    kind: &'static str,
    item: NodeRef,
    hint: UseStateHandle<Option<Hint>>,
    on_drop: impl Fn(String, bool) + 'static,
) -> Callback<DragEvent> {
    Callback::from(move |e: DragEvent| {
        hint.set(None);
        if !carries(&e, kind) {
            return;
        }
        e.prevent_default();
        e.stop_propagation();
        let after = hint_of(&e, &item) == Hint::After;
        if let Some(value) = e.data_transfer().and_then(|data| data.get_data(kind).ok()) {
            on_drop(value, after);
        }
    })
}

/// The class a part carries while a drag would drop before or after it.
pub(crate) fn hint_class(hint: Option<Hint>) -> Option<&'static str> {
    hint.map(|hint| match hint {
        Hint::Before => "cf-drop-before",
        Hint::After => "cf-drop-after",
    })
}

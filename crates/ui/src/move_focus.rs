//! Keeping the keyboard's place through a Move up or Move down: the moved part's row is a new
//! place in the page (a keyed row the browser may take out and put back, which drops the
//! focus), so after the move the focus goes back to the button pressed, or to the other one
//! when the pressed one is now disabled (the part reached the top or the bottom). The move
//! itself is the reducer's, as every editor change.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

/// Which of the two buttons was pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pressed {
    /// Move up.
    Up,
    /// Move down.
    Down,
}

/// A part's Move up and Move down buttons: their refs, and their clicks.
#[derive(Clone)]
pub(crate) struct MoveButtons {
    /// The Move up button's ref.
    pub(crate) up: NodeRef,
    /// The Move down button's ref.
    pub(crate) down: NodeRef,
    /// The button pressed, until the part is drawn at its new place.
    pressed: Rc<Cell<Option<Pressed>>>,
}

impl MoveButtons {
    /// The Move up button's click: `send` makes the move.
    pub(crate) fn on_up(&self, send: impl Fn() + 'static) -> Callback<MouseEvent> {
        self.on(Pressed::Up, send)
    }

    /// The Move down button's click: `send` makes the move.
    pub(crate) fn on_down(&self, send: impl Fn() + 'static) -> Callback<MouseEvent> {
        self.on(Pressed::Down, send)
    }

    fn on(&self, which: Pressed, send: impl Fn() + 'static) -> Callback<MouseEvent> {
        let pressed = self.pressed.clone();
        Callback::from(move |_: MouseEvent| {
            pressed.set(Some(which));
            send();
        })
    }
}

/// The Move up and Move down buttons of the part now at `index` (`first`, `last`: whether it
/// is at the top or the bottom, where one of them is disabled). When the part is drawn at
/// another place after one of them was pressed, the focus goes back to it (or to the other).
#[hook]
pub(crate) fn use_move_buttons(index: usize, first: bool, last: bool) -> MoveButtons {
    let buttons = use_memo((), |_| MoveButtons {
        up: NodeRef::default(),
        down: NodeRef::default(),
        pressed: Rc::new(Cell::new(None)),
    });
    {
        let buttons = (*buttons).clone();
        use_effect_with((index, first, last), move |_| {
            let Some(pressed) = buttons.pressed.take() else {
                return;
            };
            let target = match pressed {
                Pressed::Up if !first => &buttons.up,
                Pressed::Down if !last => &buttons.down,
                Pressed::Up => &buttons.down,
                Pressed::Down => &buttons.up,
            };
            if let Some(button) = target.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    (*buttons).clone()
}

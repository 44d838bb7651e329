//! Drawing a long page over two frames: what must show at once in the first, the rest right
//! after it has been painted, so the answer a person waits for is on screen within one frame.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use yew::prelude::*;

/// False on the first render, true once the first frame with it has been painted. Rendering
/// on the server has no frames to spread over, so there it is true from the start.
#[hook]
pub fn use_after_first_frame() -> bool {
    let ready = use_state(|| !cfg!(target_arch = "wasm32"));
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            if !*ready {
                after_next_paint(move || ready.set(true));
            }
        });
    }
    *ready
}

/// Runs `then` after the browser has painted the next frame: a frame callback runs just before
/// the paint, and a task queued from it runs just after.
fn after_next_paint(then: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return then();
    };
    let queued = window.clone();
    let frame = Closure::once_into_js(move || {
        let task = Closure::once_into_js(then);
        let _ = queued.set_timeout_with_callback(task.unchecked_ref());
    });
    if window
        .request_animation_frame(frame.unchecked_ref())
        .is_err()
    {
        // No frames (a hidden page): the rest simply waits for the next frame that comes.
    }
}

/// Runs `then` once, after `ms` milliseconds (at once without a window, as on a server).
pub(crate) fn after_ms(ms: i32, then: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return then();
    };
    let task = Closure::once_into_js(then);
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), ms);
}

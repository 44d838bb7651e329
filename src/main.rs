//! The browser entry point; everything lives in the library.

fn main() {
    client_fit::app::start();
}

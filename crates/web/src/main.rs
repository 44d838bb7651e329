//! The app page's entry point; everything lives in the library. `main` starts the consultant's
//! app on its own page. The widget on a host page is another build (crates/widget), which
//! leaves the app's pages out.

fn main() {
    client_fit_web::start();
}

//! The components, one per file.

mod app;
mod blink_page;
mod confirm_dialog;
mod header;
mod history_page;
mod nav_buttons;
mod number_field;
mod notices;
mod profile_page;
mod progress_bar;
mod question_field;
mod result_page;
mod review_page;
mod score_chart;
mod section_page;
mod start_page;

pub use app::{App, AppProps};
pub use blink_page::BlinkPage;
pub use confirm_dialog::ConfirmDialog;
pub use header::Header;
pub use history_page::HistoryPage;
pub use nav_buttons::NavButtons;
pub use notices::Notices;
pub use number_field::NumberField;
pub use profile_page::ProfilePage;
pub use progress_bar::ProgressBar;
pub use question_field::QuestionField;
pub use result_page::ResultPage;
pub use review_page::ReviewPage;
pub use score_chart::{Bar, ScoreChart, ScoreChartProps};
pub use section_page::SectionPage;
pub use start_page::StartPage;

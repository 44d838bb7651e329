//! The components, one per file. Those only the consultant's own app reaches are left out of
//! the prospect's widget (without the `consultant` feature).

mod app;
mod blink_page;
#[cfg(feature = "consultant")]
mod chip_group;
mod choice_group;
#[cfg(feature = "consultant")]
mod code_paste;
#[cfg(feature = "consultant")]
mod comparison_block;
mod confirm_dialog;
#[cfg(feature = "consultant")]
mod editor_answers;
#[cfg(feature = "consultant")]
mod editor_condition;
#[cfg(feature = "consultant")]
mod editor_condition_leaf;
#[cfg(feature = "consultant")]
mod editor_dimension;
#[cfg(feature = "consultant")]
mod editor_flag_extras;
#[cfg(feature = "consultant")]
mod editor_flags;
#[cfg(feature = "consultant")]
mod editor_judgement;
#[cfg(feature = "consultant")]
mod editor_languages;
#[cfg(feature = "consultant")]
mod editor_option;
#[cfg(feature = "consultant")]
mod editor_preview;
#[cfg(feature = "consultant")]
mod editor_problems;
#[cfg(feature = "consultant")]
mod editor_question;
#[cfg(feature = "consultant")]
mod editor_question_settings;
#[cfg(feature = "consultant")]
mod editor_rules;
#[cfg(feature = "consultant")]
mod editor_section;
#[cfg(feature = "consultant")]
mod editor_show_if;
#[cfg(feature = "consultant")]
mod editor_text;
#[cfg(feature = "consultant")]
mod editor_tier;
#[cfg(feature = "consultant")]
mod editor_titled_part;
mod header;
#[cfg(feature = "consultant")]
mod history_page;
#[cfg(feature = "consultant")]
mod history_row;
mod nav_buttons;
#[cfg(feature = "consultant")]
mod not_compared;
mod not_compared_note;
#[cfg(feature = "consultant")]
mod notes_field;
mod notices;
#[cfg(feature = "consultant")]
mod number_field;
mod number_input;
#[cfg(feature = "consultant")]
mod overrule_form;
#[cfg(feature = "consultant")]
mod preview_question;
#[cfg(feature = "consultant")]
mod preview_tiers;
#[cfg(feature = "consultant")]
mod profile_page;
mod progress_bar;
mod prospect_end;
#[cfg(feature = "consultant")]
mod prospect_intake;
mod question_field;
#[cfg(feature = "consultant")]
mod questionnaire_editor;
#[cfg(feature = "consultant")]
mod questionnaires_page;
mod reassess_banner;
#[cfg(feature = "consultant")]
mod result_actions;
#[cfg(feature = "consultant")]
mod result_page;
#[cfg(feature = "consultant")]
mod result_part;
mod review_page;
mod score_chart;
mod section_page;
#[cfg(feature = "consultant")]
mod site_page;
#[cfg(feature = "consultant")]
mod site_preview;
mod start_error_box;
#[cfg(feature = "consultant")]
mod start_page;
#[cfg(feature = "consultant")]
mod terms_page;
#[cfg(feature = "consultant")]
mod track_chart;
#[cfg(feature = "consultant")]
mod track_record_page;
#[cfg(feature = "consultant")]
mod verdict_scale;

pub use app::{App, AppProps};
pub use blink_page::BlinkPage;
#[cfg(feature = "consultant")]
pub use chip_group::{Chip, ChipGroup, ChipGroupProps};
pub use choice_group::{ChoiceGroup, RadioChoice};
#[cfg(feature = "consultant")]
pub use code_paste::CodePaste;
#[cfg(feature = "consultant")]
pub use comparison_block::ComparisonBlock;
pub use confirm_dialog::ConfirmDialog;
#[cfg(feature = "consultant")]
pub use editor_answers::{EditorAnswers, EditorAnswersProps};
#[cfg(feature = "consultant")]
pub use editor_condition::{EditorCondition, EditorConditionProps};
#[cfg(feature = "consultant")]
pub use editor_condition_leaf::{EditorConditionLeaf, EditorConditionLeafProps};
#[cfg(feature = "consultant")]
pub use editor_dimension::{EditorDimension, EditorDimensionProps};
#[cfg(feature = "consultant")]
pub use editor_flag_extras::{EditorFlagExtras, EditorFlagExtrasProps};
#[cfg(feature = "consultant")]
pub use editor_flags::{EditorFlags, EditorFlagsProps};
#[cfg(feature = "consultant")]
pub use editor_judgement::{EditorJudgement, EditorJudgementProps};
#[cfg(feature = "consultant")]
pub use editor_languages::{EditorLanguages, EditorLanguagesProps, language_name};
#[cfg(feature = "consultant")]
pub use editor_option::{EditorOption, EditorOptionProps};
#[cfg(feature = "consultant")]
pub use editor_preview::{EditorPreview, EditorPreviewProps};
#[cfg(feature = "consultant")]
pub use editor_problems::{EditorProblems, EditorProblemsProps};
#[cfg(feature = "consultant")]
pub use editor_question::{EditorQuestion, EditorQuestionProps};
#[cfg(feature = "consultant")]
pub use editor_question_settings::{EditorQuestionSettings, EditorQuestionSettingsProps};
#[cfg(feature = "consultant")]
pub use editor_rules::{EditorRules, EditorRulesProps};
#[cfg(feature = "consultant")]
pub use editor_section::{EditorSection, EditorSectionProps};
#[cfg(feature = "consultant")]
pub use editor_show_if::{EditorShowIf, EditorShowIfProps};
#[cfg(feature = "consultant")]
pub use editor_text::{EditorText, EditorTextProps};
#[cfg(feature = "consultant")]
pub use editor_tier::{EditorTier, EditorTierProps};
#[cfg(feature = "consultant")]
pub use editor_titled_part::{EditorTitledPart, EditorTitledPartProps, TitledKind};
pub use header::Header;
#[cfg(feature = "consultant")]
pub use history_page::HistoryPage;
#[cfg(feature = "consultant")]
pub use history_row::HistoryRow;
pub use nav_buttons::NavButtons;
#[cfg(feature = "consultant")]
pub use not_compared::NotCompared;
pub use not_compared_note::NotComparedNote;
#[cfg(feature = "consultant")]
pub use notes_field::NotesField;
pub use notices::Notices;
#[cfg(feature = "consultant")]
pub use number_field::NumberField;
pub use number_input::NumberInput;
#[cfg(feature = "consultant")]
pub use overrule_form::OverruleForm;
#[cfg(feature = "consultant")]
pub use preview_question::{PreviewQuestion, PreviewQuestionProps};
#[cfg(feature = "consultant")]
pub use preview_tiers::{PreviewTiers, PreviewTiersProps};
#[cfg(feature = "consultant")]
pub use profile_page::ProfilePage;
pub use progress_bar::ProgressBar;
pub use prospect_end::ProspectEnd;
#[cfg(feature = "consultant")]
pub use prospect_intake::ProspectIntake;
pub use question_field::QuestionField;
#[cfg(feature = "consultant")]
pub use questionnaire_editor::{QuestionnaireEditor, QuestionnaireEditorProps};
#[cfg(feature = "consultant")]
pub use questionnaires_page::QuestionnairesPage;
pub use reassess_banner::ReassessBanner;
#[cfg(feature = "consultant")]
pub use result_actions::ResultActions;
#[cfg(feature = "consultant")]
pub use result_page::ResultPage;
#[cfg(feature = "consultant")]
pub use result_part::{ResultPart, ResultPartProps};
pub use review_page::ReviewPage;
pub use score_chart::{Bar, ScoreChart, ScoreChartProps};
pub use section_page::SectionPage;
#[cfg(feature = "consultant")]
pub use site_page::SitePage;
#[cfg(feature = "consultant")]
pub use site_preview::{SitePreview, SitePreviewProps};
pub use start_error_box::{StartError, StartErrorBox, StartErrorBoxProps};
#[cfg(feature = "consultant")]
pub use start_page::StartPage;
#[cfg(feature = "consultant")]
pub use terms_page::TermsPage;
#[cfg(feature = "consultant")]
pub use track_chart::{TrackBar, TrackChart, TrackChartProps};
#[cfg(feature = "consultant")]
pub use track_record_page::TrackRecordPage;
#[cfg(feature = "consultant")]
pub use verdict_scale::{ScaleBand, VerdictScale, VerdictScaleProps};

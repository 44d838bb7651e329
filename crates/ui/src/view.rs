//! The app's top-level pages, named apart from the state so page addresses can name them too.

/// The top-level pages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The questionnaire flow and its result.
    #[default]
    Assess,
    /// The ideal client profile.
    Profile,
    /// The saved assessments.
    History,
    /// How often the first impression and the verdict were right, reached from History.
    TrackRecord,
    /// "Put it on your site": the widget's snippet, with a live preview, reached from the start
    /// page and History.
    Site,
    /// The consultant's own questionnaires beside the built-in ones: new, copy, import, export,
    /// delete and edit, reached from the start page and History.
    Questionnaires,
}

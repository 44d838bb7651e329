//! What the app tells the person besides the page itself: what happened, and what went wrong
//! that is not their fault.

use std::rc::Rc;

use client_fit_core::backup::{BackupError, Refused};
use client_fit_core::own::FileError;
use client_fit_core::share::ShareError;

use crate::store::StoreProblem;

/// Something to tell the person, shown above the page until dismissed (or, for "saved to
/// history", until they go to another page).
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Storage refused or full: answers live only in memory.
    StorageUnavailable,
    /// The saved data could not be read; it was set aside (its text is here, to download) and
    /// the app started fresh.
    SavedDataDamaged(Rc<str>),
    /// One saved assessment could not be read; it was set aside alone (its text is here, to
    /// download) and the others loaded.
    EntryDamaged(Rc<str>),
    /// The saved data was written by a newer Client Fit; it is left untouched and nothing is
    /// saved over it.
    SavedByNewer,
    /// A share link replaced an assessment in progress, which went to the history first.
    InProgressKept,
    /// A share link's answers are open.
    ShareOpened,
    /// A share link in the address could not be read.
    ShareBroken(ShareError),
    /// The answers do not fit in a link.
    ShareTooLong,
    /// A backup was imported: what it added, updated and refused.
    Imported(ImportReport),
    /// A backup file could not be imported at all.
    BackupFailed(BackupError),
    /// A questionnaire file became one of the consultant's own: its title, and how many of the
    /// linter's errors are to fix before it can be used.
    OwnImported {
        /// Its title, in the interface language.
        title: Rc<str>,
        /// Its linter errors.
        errors: usize,
    },
    /// A file picked as a questionnaire was not taken, and why; nothing changed.
    OwnImportFailed(FileError),
    /// The assessment opened was made with an earlier version of one of the consultant's own
    /// questionnaires (its title): it shows and scores as it was then.
    EarlierVersion(Rc<str>),
}

impl From<StoreProblem> for Notice {
    fn from(problem: StoreProblem) -> Self {
        match problem {
            StoreProblem::Unavailable => Notice::StorageUnavailable,
            StoreProblem::Damaged(text) => Notice::SavedDataDamaged(text),
            StoreProblem::EntryDamaged(text) => Notice::EntryDamaged(text),
            StoreProblem::Newer => Notice::SavedByNewer,
        }
    }
}

/// What an import did, for the notice.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportReport {
    /// Assessments new to this device.
    pub added: usize,
    /// Assessments that replaced an older copy of themselves.
    pub updated: usize,
    /// Assessments this device already had as they are.
    pub unchanged: usize,
    /// Assessments left out, and why.
    pub refused: Vec<Refused>,
    /// Whether the backup's profile replaced an empty one (`Some(true)`), was not applied over
    /// an existing one (`Some(false)`), or there was none (`None`).
    pub profile_taken: Option<bool>,
    /// Why the backup's profile could not be read, if it could not.
    pub profile_error: Option<String>,
}

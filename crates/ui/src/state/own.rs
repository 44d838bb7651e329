//! The reducer's handlers for the consultant's own questionnaires (the Questionnaires page):
//! make one blank or as a copy, take one from a file, delete one after asking. The rules (ids,
//! the blank questionnaire, reading a file, the later copy winning) are `core::own`'s; the
//! texts of a blank one come from the interface language.

use std::rc::Rc;

use client_fit_core::model::{Lens, Questionnaire};
use client_fit_core::own::{self, BlankWords, Own};
use client_fit_core::ui_text::{Ui, ui};

use super::{Notice, Records, Screen, State};

impl State {
    /// Every id in use, deleted own ones included (their marks keep the id from coming back as
    /// another questionnaire's), and those of the catalogue.
    fn taken_ids(&self) -> Vec<String> {
        let own = self.records.own.iter().map(|o| o.id.clone());
        let catalogue = self.catalogue.questionnaires.iter().map(|q| q.id.clone());
        own.chain(catalogue).collect()
    }

    /// This state with `questionnaire` kept as changed at `now_ms` (replacing its own copy).
    pub(super) fn keep_own(self: Rc<Self>, questionnaire: Questionnaire, now_ms: f64) -> Rc<Self> {
        let mut kept = (*self.records.own).clone();
        let entry = Own::kept(questionnaire, now_ms);
        match kept.iter_mut().find(|o| o.id == entry.id) {
            Some(same) => *same = entry,
            None => kept.push(entry),
        }
        self.with_records(Records {
            own: Rc::new(kept),
            ..self.records.clone()
        })
    }

    /// Makes a blank questionnaire in the interface language, or a copy of one on offer.
    pub(super) fn new_own(self: Rc<Self>, copy_of: Option<&str>, now_ms: f64) -> Rc<Self> {
        let taken = self.taken_ids();
        let taken = taken.iter().map(String::as_str);
        let questionnaire = match copy_of {
            Some(id) => {
                let original = self
                    .own_questionnaire(id)
                    .cloned()
                    .or_else(|| self.find(id).map(|q| (*q).clone()));
                let Some(original) = original else {
                    return self;
                };
                own::copy_of(&original, taken)
            }
            None => {
                let language = self.records.language.get(..2).unwrap_or("en");
                let t = |key| ui(language, key);
                let words = BlankWords {
                    title: t(Ui::OwnBlankTitle),
                    section: t(Ui::OwnBlankSection),
                    question: t(Ui::OwnBlankQuestion),
                    dimension: t(Ui::OwnBlankDimension),
                    good: t(Ui::OwnBlankGood),
                    good_next: t(Ui::OwnBlankGoodNext),
                    bad: t(Ui::OwnBlankBad),
                    bad_next: t(Ui::OwnBlankBadNext),
                };
                let id = own::free_id("my-questionnaire", taken);
                own::blank(&id, language, Lens::Screen, &words)
            }
        };
        self.keep_own(questionnaire, now_ms)
    }

    /// Takes a questionnaire file as an own questionnaire, or says why not and changes nothing.
    pub(super) fn import_own(self: Rc<Self>, text: &str, now_ms: f64) -> Rc<Self> {
        let taken = self.taken_ids();
        match own::read_file(text, taken.iter().map(String::as_str)) {
            Err(error) => self.notify(Notice::OwnImportFailed(error)),
            Ok((questionnaire, problems)) => {
                let errors = problems
                    .iter()
                    .filter(|p| p.level == client_fit_core::lint::Level::Error)
                    .count();
                let language = &self.records.language;
                let title = questionnaire
                    .title
                    .get(language, &questionnaire.default_language);
                let notice = Notice::OwnImported {
                    title: Rc::from(title),
                    errors,
                };
                self.keep_own(questionnaire, now_ms).notify(notice)
            }
        }
    }

    /// Opens or closes the confirmation before deleting an own questionnaire.
    pub(super) fn ask_delete_own(self: Rc<Self>, id: Option<String>) -> Rc<Self> {
        let id = id.filter(|id| self.own_questionnaire(id).is_some());
        if id == self.screen.confirming_delete {
            return self;
        }
        self.with_screen(Screen {
            confirming_delete: id,
            ..self.screen.clone()
        })
    }

    /// Deletes an own questionnaire: a mark stays in its place, so an older copy (another
    /// tab's, a backup's) does not bring it back. Assessments made with it keep their answers.
    pub(super) fn delete_own(self: Rc<Self>, id: &str, now_ms: f64) -> Rc<Self> {
        let asked = self.screen.confirming_delete.is_some();
        let state = if asked {
            self.with_screen(Screen {
                confirming_delete: None,
                ..self.screen.clone()
            })
        } else {
            self
        };
        if state.own_questionnaire(id).is_none() {
            return state;
        }
        let kept = state
            .records
            .own
            .iter()
            .map(|o| match o.id == id {
                true => Own {
                    id: o.id.clone(),
                    edited_ms: now_ms,
                    questionnaire: None,
                },
                false => o.clone(),
            })
            .collect();
        state.with_records(Records {
            own: Rc::new(kept),
            ..state.records.clone()
        })
    }
}

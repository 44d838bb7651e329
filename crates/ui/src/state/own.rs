//! The reducer's handlers for the consultant's own questionnaires (the Questionnaires page):
//! make one blank or as a copy, take one from a file, delete one after asking. The rules (ids,
//! the blank questionnaire, reading a file, the later copy winning) are `core::own`'s; the
//! texts of a blank one come from the interface language.

use std::rc::Rc;

use client_fit_core::answers::{Answer, Answers};
use client_fit_core::backup::Custom;
use client_fit_core::draft::{self, Change, Draft};
use client_fit_core::edit::{Edit, IdKind};
use client_fit_core::model::{Impression, Lens, Questionnaire};
use client_fit_core::own::{self, BlankWords, Own};
use client_fit_core::session::Session;
use client_fit_core::snippet::{SnippetEdit, SnippetQuestionnaire};
use client_fit_core::ui_text::{Ui, ui};

use super::{Notice, Records, Screen, State, View};

impl State {
    /// Every id in use: the own questionnaires', and the catalogue's but for the copies of own
    /// ones put in use. A deleted one's id is free again: a file of it brings it back as it was
    /// (exported, deleted, imported: the same file).
    fn taken_ids(&self) -> Vec<String> {
        let own = self.own_questionnaires().map(|q| q.id.clone());
        let catalogue = (self.catalogue.questionnaires.iter())
            .filter(|q| !self.records.own.iter().any(|o| o.id == q.id))
            .map(|q| q.id.clone());
        own.chain(catalogue).collect()
    }

    /// An assessment of one of the consultant's own questionnaires names the version it is
    /// answered with, and that version is kept: editing the questionnaire later must not
    /// re-score it. Built-in and other questionnaires are left as they are, and so is a name
    /// already given (its version may reach this device later: another tab's, a backup's).
    pub(super) fn stamp_version(&mut self, session: &mut Session, questionnaire: &Questionnaire) {
        let own = self.records.own.iter().any(|o| o.id == questionnaire.id);
        if !own || session.work.version.is_some() {
            return;
        }
        let (kept, fingerprint) = own::keep_version(&self.records.versions, questionnaire);
        if let Some(kept) = kept {
            *self = self.clone().with_versions(kept);
        }
        session.work.version = Some(fingerprint);
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

    /// Makes a blank questionnaire in the interface language, or a copy of one on offer, and
    /// opens it in the editor.
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
        let id = questionnaire.id.clone();
        self.keep_own(questionnaire, now_ms).edit_own(Some(&id))
    }

    /// Takes a questionnaire file as an own questionnaire, or says why not and changes nothing.
    pub(super) fn import_own(self: Rc<Self>, text: &str, now_ms: f64) -> Rc<Self> {
        let taken = self.taken_ids();
        match own::read_file(text, taken.iter().map(String::as_str)) {
            Err(error) => self.notify(Notice::OwnImportFailed(error)),
            Ok((questionnaire, _)) => {
                // Counted as the editor counts them, empty texts included.
                let errors = draft::problems(&questionnaire)
                    .iter()
                    .filter(|(_, p)| p.level == client_fit_core::lint::Level::Error)
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
        let closes = state
            .screen
            .editing
            .as_ref()
            .is_some_and(|d| d.questionnaire.id == id);
        let state = if closes {
            state.with_screen(Screen {
                editing: None,
                edit_refused: None,
                ..state.screen.clone()
            })
        } else {
            state
        };
        state.with_records(Records {
            own: Rc::new(kept),
            ..state.records.clone()
        })
    }

    /// Opens an own questionnaire in the editor on the Questionnaires page, or closes it.
    pub(super) fn edit_own(self: Rc<Self>, id: Option<&str>) -> Rc<Self> {
        let draft = match id {
            Some(id) => match self.own_questionnaire(id) {
                Some(q) => Some(Rc::new(Draft::new(q.clone()))),
                None => return self,
            },
            None if self.screen.editing.is_none() => return self,
            None => None,
        };
        // The preview's answers belong to the questionnaire they were given to.
        let same = match (&draft, &self.screen.editing) {
            (Some(new), Some(old)) => new.questionnaire.id == old.questionnaire.id,
            _ => false,
        };
        self.with_screen(Screen {
            view: View::Questionnaires,
            editing: draft,
            edit_refused: None,
            // Another questionnaire is written in its own default language at first.
            writing_in: self.screen.writing_in.clone().filter(|_| same),
            preview: if same {
                self.screen.preview.clone()
            } else {
                Rc::default()
            },
            preview_impression: self.screen.preview_impression.filter(|_| same),
            ..self.screen.clone()
        })
    }

    /// Answers (or clears) one question in the editor's preview; only while one is open.
    pub(super) fn preview_answer(
        self: Rc<Self>,
        question: String,
        answer: Option<Answer>,
    ) -> Rc<Self> {
        if self.screen.editing.is_none() || self.screen.preview.get(&question) == answer.as_ref() {
            return self;
        }
        let mut preview = (*self.screen.preview).clone();
        match answer {
            Some(answer) => preview.insert(question, answer),
            None => preview.remove(&question),
        };
        self.set_preview(preview)
    }

    /// Sets the preview's first impression; only while a questionnaire is open in the editor.
    pub(super) fn set_preview_impression(
        self: Rc<Self>,
        impression: Option<Impression>,
    ) -> Rc<Self> {
        if self.screen.editing.is_none() || self.screen.preview_impression == impression {
            return self;
        }
        self.with_screen(Screen {
            preview_impression: impression,
            ..self.screen.clone()
        })
    }

    /// Replaces the preview's answers; only while a questionnaire is open in the editor.
    pub(super) fn set_preview(self: Rc<Self>, answers: Answers) -> Rc<Self> {
        if self.screen.editing.is_none() || *self.screen.preview == answers {
            return self;
        }
        self.with_screen(Screen {
            preview: Rc::new(answers),
            ..self.screen.clone()
        })
    }

    /// Makes one change to the questionnaire in the editor, kept at once; a refused change
    /// changes nothing and says why.
    pub(super) fn change_own(self: Rc<Self>, change: &Change, now_ms: f64) -> Rc<Self> {
        let Some(draft) = self.screen.editing.clone() else {
            return self;
        };
        let language = self.writing_language().unwrap_or_default();
        match draft.change_in(change, &language) {
            Ok(None) if self.screen.edit_refused.is_none() => self,
            Ok(None) => self.with_screen(Screen {
                edit_refused: None,
                ..self.screen.clone()
            }),
            Ok(Some(changed)) => self.with_draft(changed, now_ms).follow_rename(change),
            Err(error) => self.with_screen(Screen {
                edit_refused: Some(error),
                ..self.screen.clone()
            }),
        }
    }

    /// The preview's answers follow a question or option renamed in the editor, so a rename
    /// does not lose them.
    fn follow_rename(self: Rc<Self>, change: &Change) -> Rc<Self> {
        let mut preview = (*self.screen.preview).clone();
        match change {
            Change::Edit(Edit::Rename {
                kind: IdKind::Question,
                from,
                to,
            }) => {
                let Some(answer) = preview.remove(from) else {
                    return self;
                };
                preview.insert(to.clone(), answer);
            }
            Change::Edit(Edit::RenameOption { question, from, to }) => {
                let renamed = |id: &mut String| {
                    if id == from {
                        to.clone_into(id);
                    }
                };
                match preview.get_mut(question) {
                    Some(Answer::Choice(id)) => renamed(id),
                    Some(Answer::Choices(ids)) => ids.iter_mut().for_each(renamed),
                    _ => return self,
                }
            }
            _ => return self,
        }
        self.set_preview(preview)
    }

    /// The language the editor writes in: the one chosen while the questionnaire open offers
    /// it, else its default. `None` with no questionnaire open.
    pub fn writing_language(&self) -> Option<String> {
        let draft = self.screen.editing.as_ref()?;
        Some(draft::writing_language(
            &draft.questionnaire,
            self.screen.writing_in.as_deref(),
        ))
    }

    /// Writes the editor's texts in `language` from now on; only one the questionnaire open
    /// offers.
    pub(super) fn write_in(self: Rc<Self>, language: String) -> Rc<Self> {
        let Some(draft) = self.screen.editing.as_ref() else {
            return self;
        };
        if !draft::offers(&draft.questionnaire, &language)
            || self.screen.writing_in.as_deref() == Some(language.as_str())
        {
            return self;
        }
        self.with_screen(Screen {
            writing_in: Some(language),
            ..self.screen.clone()
        })
    }

    /// Undoes (or, with `redo`, redoes) the editor's last change.
    pub(super) fn undo_own(self: Rc<Self>, redo: bool, now_ms: f64) -> Rc<Self> {
        let Some(draft) = self.screen.editing.clone() else {
            return self;
        };
        let moved = if redo { draft.redo() } else { draft.undo() };
        match moved {
            Some(moved) => self.with_draft(moved, now_ms),
            None => self,
        }
    }

    /// This state with the editor's draft replaced, and its questionnaire kept.
    fn with_draft(self: Rc<Self>, draft: Draft, now_ms: f64) -> Rc<Self> {
        let questionnaire = draft.questionnaire.clone();
        let state = self.with_screen(Screen {
            editing: Some(Rc::new(draft)),
            edit_refused: None,
            ..self.screen.clone()
        });
        state.keep_own(questionnaire, now_ms)
    }

    /// Offers the questionnaire in the editor once it has no error: it joins the catalogue
    /// (kept with the history, so assessments made with it open later), then the page where it
    /// is used shows: the start page, or "Put it on your site" for an intake.
    pub(super) fn use_own(self: Rc<Self>) -> Rc<Self> {
        let Some(draft) = self.screen.editing.clone() else {
            return self;
        };
        let questionnaire = draft.questionnaire.clone();
        if !draft::usable(&questionnaire) {
            return self;
        }
        let Ok(source) = serde_json::to_value(&questionnaire) else {
            return self;
        };
        let (lens, id) = (questionnaire.lens, questionnaire.id.clone());
        let view = match questionnaire.lens {
            Lens::Intake => View::Site,
            Lens::Screen | Lens::Checkup => View::Assess,
        };
        let mut state = (*self).clone().with_custom(vec![Custom {
            questionnaire,
            source,
        }]);
        state.screen.view = view;
        state.screen.editing = None;
        let state = Rc::new(state);
        // An intake goes on the consultant's site: the snippet page opens with it chosen, not
        // with whichever questionnaire was chosen there before.
        match lens {
            Lens::Intake => {
                state.edit_snippet(SnippetEdit::Questionnaire(SnippetQuestionnaire::own(&id)))
            }
            Lens::Screen | Lens::Checkup => state,
        }
    }
}

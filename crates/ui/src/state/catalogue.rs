//! The reducer's handlers for the questionnaires on offer: files that arrive after start-up,
//! files that would not load, and custom questionnaires kept with the history.

use std::rc::Rc;

use client_fit_core::backup::Custom;
use client_fit_core::model::Questionnaire;
use client_fit_core::own::{self, Version};
use client_fit_core::work::Work;

use super::{Catalogue, Flow, State};
use crate::content::ContentError;

impl State {
    /// A questionnaire file arrived: it joins the catalogue, replacing the one with its id (and
    /// the one in use, when it is that one: a language switch).
    pub(super) fn loaded(self: Rc<Self>, questionnaire: Rc<Questionnaire>) -> Rc<Self> {
        if self.find(&questionnaire.id).as_deref() == Some(&*questionnaire) {
            return self;
        }
        // Built-ins keep their order on the start page whichever arrives first.
        let questionnaires = self.catalogue_with([questionnaire.clone()]);
        let in_use = match &self.flow.questionnaire {
            Some(current) if current.id == questionnaire.id => Some(questionnaire),
            other => other.clone(),
        };
        Rc::new(State {
            catalogue: Catalogue {
                questionnaires: Rc::new(questionnaires),
                ..self.catalogue.clone()
            },
            flow: Flow {
                questionnaire: in_use,
                ..self.flow.clone()
            },
            ..(*self).clone()
        })
    }

    /// A questionnaire file could not be fetched or read (said once).
    pub(super) fn load_failed(self: Rc<Self>, error: ContentError) -> Rc<Self> {
        if self.catalogue.load_problems.contains(&error) {
            return self;
        }
        let mut problems = (*self.catalogue.load_problems).clone();
        problems.push(error);
        Rc::new(State {
            catalogue: Catalogue {
                load_problems: Rc::new(problems),
                ..self.catalogue.clone()
            },
            ..(*self).clone()
        })
    }

    /// The consultant's own questionnaires there are (not deleted), in the order made.
    pub fn own_questionnaires(&self) -> impl Iterator<Item = &Questionnaire> {
        client_fit_core::own::live(&self.records.own)
    }

    /// One own questionnaire by id, if it is there.
    pub fn own_questionnaire(&self, id: &str) -> Option<&Questionnaire> {
        self.own_questionnaires().find(|q| q.id == id)
    }

    /// A questionnaire of the catalogue by id.
    pub fn find(&self, id: &str) -> Option<Rc<Questionnaire>> {
        self.catalogue
            .questionnaires
            .iter()
            .find(|q| q.id == id)
            .cloned()
    }

    /// The questionnaire an assessment is read and scored with: the version of an own
    /// questionnaire it was made with when that is kept (the questionnaire may have been edited
    /// or deleted since), else the one on offer under its id.
    pub fn questionnaire_of(&self, work: &Work) -> Option<Rc<Questionnaire>> {
        self.kept_version(work)
            .or_else(|| self.find(&work.questionnaire))
    }

    /// The title of the questionnaire an assessment was made with, when that is an earlier
    /// version of one on offer now (it was edited since): the note shown when it opens.
    pub fn made_with_earlier(&self, work: &Work) -> Option<Rc<str>> {
        let kept = self.kept_version(work)?;
        let now = self.find(&work.questionnaire)?;
        (*kept != *now).then(|| {
            let language = &self.records.language;
            Rc::from(kept.title.get(language, &kept.default_language))
        })
    }

    /// The kept version an assessment names, read back.
    fn kept_version(&self, work: &Work) -> Option<Rc<Questionnaire>> {
        let fingerprint = work.version.as_deref()?;
        (self.catalogue.earlier.iter())
            .find(|(kept, _)| kept == fingerprint)
            .map(|(_, q)| q.clone())
    }

    /// This state with these versions kept (they replace the kept list), each read back once.
    /// A widget keeps none (it makes no assessment of an own questionnaire): reading a
    /// questionnaire from a JSON value stays out of its wasm (issue #17).
    pub(super) fn with_versions(mut self, versions: Vec<Version>) -> State {
        if !cfg!(feature = "consultant") || versions.len() == self.records.versions.len() {
            return self;
        }
        let earlier: Vec<(String, Rc<Questionnaire>)> = (versions.iter())
            .filter_map(|v| {
                let known = self
                    .catalogue
                    .earlier
                    .iter()
                    .find(|(f, _)| *f == v.fingerprint);
                let read = match known {
                    Some((_, q)) => q.clone(),
                    None => Rc::new(own::version(std::slice::from_ref(v), &v.fingerprint)?),
                };
                Some((v.fingerprint.clone(), read))
            })
            .collect();
        self.catalogue.earlier = Rc::new(earlier);
        self.records.versions = Rc::new(versions);
        self
    }

    /// The JSON of the questionnaires on offer that are not built in (they came with an imported
    /// assessment, or are a widget's own), kept with the assessments that use them.
    pub fn custom_questionnaires(&self) -> Vec<serde_json::Value> {
        self.catalogue
            .custom_sources
            .iter()
            .map(|(_, source)| (**source).clone())
            .collect()
    }

    /// The JSON of one questionnaire that is not built in.
    pub fn custom_source(&self, id: &str) -> Option<Rc<serde_json::Value>> {
        self.catalogue
            .custom_sources
            .iter()
            .find(|(own, _)| own == id)
            .map(|(_, source)| source.clone())
    }

    /// This state with custom questionnaires added to the catalogue and to what is kept.
    pub(super) fn with_custom(mut self, custom: Vec<Custom>) -> State {
        // A prospect's copy (it came with a hand-over from a widget) never replaces the full
        // questionnaire the consultant already has: its advice and letters would be lost.
        let custom: Vec<Custom> = custom
            .into_iter()
            .filter(|c| {
                !c.questionnaire.prospect_copy
                    || !self
                        .catalogue
                        .questionnaires
                        .iter()
                        .any(|q| q.id == c.questionnaire.id && !q.prospect_copy)
            })
            .collect();
        if custom.is_empty() {
            return self;
        }
        let mut sources = (*self.catalogue.custom_sources).clone();
        for c in &custom {
            sources.retain(|(id, _)| *id != c.questionnaire.id);
            sources.push((c.questionnaire.id.clone(), Rc::new(c.source.clone())));
        }
        let arrived = custom.into_iter().map(|c| Rc::new(c.questionnaire));
        self.catalogue.questionnaires = Rc::new(self.catalogue_with(arrived));
        self.catalogue.custom_sources = Rc::new(sources);
        self
    }

    /// The catalogue with these questionnaires added (or replacing those with their ids),
    /// built-ins first in their order.
    fn catalogue_with(
        &self,
        arrived: impl IntoIterator<Item = Rc<Questionnaire>>,
    ) -> Vec<Rc<Questionnaire>> {
        let mut catalogue = (*self.catalogue.questionnaires).clone();
        for questionnaire in arrived {
            match catalogue.iter_mut().find(|q| q.id == questionnaire.id) {
                Some(same) => *same = questionnaire,
                None => catalogue.push(questionnaire),
            }
        }
        let rank = |q: &Rc<Questionnaire>| {
            let builtin = client_fit_core::builtin::IDS
                .iter()
                .position(|id| *id == q.id);
            builtin.unwrap_or(usize::MAX)
        };
        client_fit_core::order::sort_by_key(&mut catalogue, rank);
        catalogue
    }
}

//! The editor's draft in every language a questionnaire offers: adding a language Client Fit
//! speaks, removing one (its texts go, undo brings them back; never the default), making one
//! the default (refused while a text lacks it), writing each text in the language the editor
//! writes in (typing in one field in one language is one step of undo, the same field in
//! another language another), what each language still lacks (`missing_texts`, the linter's
//! count), and any sequence of such changes keeping a usable questionnaire usable.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use client_fit_core::draft::{
    Change, Draft, Part, missing_texts, offered_languages, problems, usable, writing_language,
};
use client_fit_core::edit::EditError;
use client_fit_core::lint::{Level, ProblemKind, lint};
use client_fit_core::model::Questionnaire;

use common::draft;

fn change_in(draft: &Draft, change: Change, language: &str) -> Draft {
    draft
        .change_in(&change, language)
        .unwrap()
        .expect("it changes something")
}

fn change(draft: &Draft, change: Change) -> Draft {
    change_in(draft, change, &draft.questionnaire.default_language.clone())
}

fn with_spanish() -> Draft {
    change(&draft(), Change::AddLanguage("es".into()))
}

/// Every text of `q` with its English words in Spanish as well (the translator's work done).
fn translated(q: &Questionnaire) -> Questionnaire {
    let mut q = q.clone();
    q.visit_texts_mut(&mut |_, text| {
        let english = text.lookup("en").unwrap_or_default().to_owned();
        text.0.insert("es".into(), format!("{english} (es)"));
    });
    q
}

#[test]
fn adding_a_language_offers_it_with_every_text_missing() {
    let d = draft();
    assert_eq!(offered_languages(&d.questionnaire), ["en"]);
    assert!(missing_texts(&d.questionnaire, "en").is_empty());
    let texts = missing_texts(&d.questionnaire, "es").len();
    assert!(texts > 5, "{texts}");
    let d = change(&d, Change::AddLanguage("es".into()));
    assert_eq!(offered_languages(&d.questionnaire), ["en", "es"]);
    assert_eq!(d.questionnaire.languages, ["en", "es"]);
    // Missing translations are warnings: it stays usable.
    assert!(usable(&d.questionnaire));
    assert_eq!(missing_texts(&d.questionnaire, "es").len(), texts);
    // Adding it again changes nothing; a language Client Fit does not speak is refused.
    assert_eq!(d.change(&Change::AddLanguage("es".into())), Ok(None));
    assert!(matches!(
        d.change(&Change::AddLanguage("fr".into())),
        Err(EditError::NotFound(_))
    ));
    // Undo takes it away again.
    let undone = d.undo().unwrap();
    assert_eq!(offered_languages(&undone.questionnaire), ["en"]);
}

#[test]
fn writing_in_a_language_writes_that_language_only() {
    let d = with_spanish();
    let before = missing_texts(&d.questionnaire, "es").len();
    let d = change_in(&d, Change::Title("Mío".into()), "es");
    let q = &d.questionnaire;
    assert_eq!(q.title.lookup("es"), Some("Mío"));
    assert_eq!(q.title.lookup("en"), Some("Mine"));
    assert_eq!(missing_texts(q, "es").len(), before - 1);
    assert!(!missing_texts(q, "es").iter().any(|(_, at)| at == "title"));
    let question = q.sections[0].questions[0].id.clone();
    let d = change_in(
        &d,
        Change::QuestionText {
            id: question.clone(),
            text: "¿Sí?".into(),
        },
        "es",
    );
    let asked = &d.questionnaire.sections[0].questions[0].text;
    assert_eq!(asked.lookup("es"), Some("¿Sí?"));
    assert_eq!(asked.lookup("en"), Some("Yes?"));
    // A language the questionnaire does not offer is not written in.
    assert!(matches!(
        d.change_in(&Change::Title("Min".into()), "da"),
        Err(EditError::NotFound(_))
    ));
}

#[test]
fn typing_in_the_same_field_in_another_language_is_another_step() {
    let d = with_spanish();
    let d = change_in(&d, Change::Title("M".into()), "es");
    let d = change_in(&d, Change::Title("Mí".into()), "es");
    let d = change_in(&d, Change::Title("Mío".into()), "es");
    let d = change_in(&d, Change::Title("Mine!".into()), "en");
    let d = change_in(&d, Change::Title("Mine!!".into()), "en");
    // Undo: the English typing, then the Spanish typing, then the language added.
    let d = d.undo().unwrap();
    assert_eq!(d.questionnaire.title.lookup("en"), Some("Mine"));
    assert_eq!(d.questionnaire.title.lookup("es"), Some("Mío"));
    let d = d.undo().unwrap();
    assert_eq!(d.questionnaire.title.lookup("es"), None);
    assert_eq!(d.questionnaire.title.lookup("en"), Some("Mine"));
    let d = d.undo().unwrap();
    assert!(!d.can_undo());
    // Redo brings it all back.
    let d = d.redo().unwrap().redo().unwrap().redo().unwrap();
    assert_eq!(d.questionnaire.title.lookup("en"), Some("Mine!!"));
    assert_eq!(d.questionnaire.title.lookup("es"), Some("Mío"));
}

#[test]
fn emptying_a_translation_makes_it_missing_again() {
    let d = change_in(&with_spanish(), Change::Title("Mío".into()), "es");
    let d = change_in(&d, Change::Title(String::new()), "es");
    assert_eq!(d.questionnaire.title.lookup("es"), None);
    assert!(usable(&d.questionnaire));
    // In the default language the empty words stay, an error to fix.
    let d = change_in(&d, Change::Title(String::new()), "en");
    assert_eq!(d.questionnaire.title.lookup("en"), Some(""));
    assert!(!usable(&d.questionnaire));
}

#[test]
fn a_new_part_written_in_a_translation_gets_the_default_words_too() {
    let d = change_in(
        &with_spanish(),
        Change::AddQuestion {
            section: 0,
            at: usize::MAX,
            text: "¿Otra?".into(),
        },
        "es",
    );
    let added = d.questionnaire.sections[0].questions.last().unwrap();
    assert_eq!(added.text.lookup("es"), Some("¿Otra?"));
    assert_eq!(added.text.lookup("en"), Some("¿Otra?"));
    assert!(usable(&d.questionnaire));
    // So does an intro written first in Spanish.
    let d = change_in(&d, Change::Intro("Hola".into()), "es");
    let intro = d.questionnaire.intro.as_ref().unwrap();
    assert_eq!(
        (intro.lookup("en"), intro.lookup("es")),
        (Some("Hola"), Some("Hola"))
    );
    assert!(usable(&d.questionnaire));
    // Emptied in Spanish, only the Spanish goes; emptied in English, the intro goes.
    let d = change_in(&d, Change::Intro(String::new()), "es");
    assert_eq!(d.questionnaire.intro.as_ref().unwrap().lookup("es"), None);
    let d = change_in(&d, Change::Intro(String::new()), "en");
    assert_eq!(d.questionnaire.intro, None);
}

#[test]
fn removing_a_language_drops_its_texts_and_undo_brings_them_back() {
    let d = change_in(&with_spanish(), Change::Title("Mío".into()), "es");
    let d = change(&d, Change::RemoveLanguage("es".into()));
    assert_eq!(offered_languages(&d.questionnaire), ["en"]);
    let mut spanish = 0;
    d.questionnaire.visit_texts(&mut |_, text| {
        spanish += usize::from(text.lookup("es").is_some());
    });
    assert_eq!(spanish, 0);
    let d = d.undo().unwrap();
    assert_eq!(d.questionnaire.title.lookup("es"), Some("Mío"));
    assert_eq!(offered_languages(&d.questionnaire), ["en", "es"]);
    // The default language, and one not offered, are refused.
    assert!(matches!(
        d.change(&Change::RemoveLanguage("en".into())),
        Err(EditError::Breaks(_))
    ));
    assert!(matches!(
        d.change(&Change::RemoveLanguage("da".into())),
        Err(EditError::NotFound(_))
    ));
}

#[test]
fn a_language_becomes_the_default_once_every_text_has_it() {
    let d = with_spanish();
    let refused = d.change(&Change::DefaultLanguage("es".into()));
    let Err(EditError::Breaks(why)) = refused else {
        panic!("{refused:?}");
    };
    assert!(why[0].message.contains("no `es` words"), "{why:?}");
    assert!(matches!(
        d.change(&Change::DefaultLanguage("ro".into())),
        Err(EditError::NotFound(_))
    ));
    let d = Draft::new(translated(&d.questionnaire));
    let d = change(&d, Change::DefaultLanguage("es".into()));
    let q = &d.questionnaire;
    assert_eq!(q.default_language, "es");
    assert_eq!(offered_languages(q), ["es", "en"]);
    assert!(usable(q));
    // Now English can go, and Spanish cannot.
    let d = change(&d, Change::RemoveLanguage("en".into()));
    assert_eq!(offered_languages(&d.questionnaire), ["es"]);
    assert!(usable(&d.questionnaire));
    assert!(d.change(&Change::RemoveLanguage("es".into())).is_err());
    // A blank questionnaire that lists no language keeps its default among those it lists.
    assert_eq!(d.questionnaire.languages, ["es"]);
}

#[test]
fn missing_texts_are_placed_by_part_and_counted_as_the_linter_counts() {
    let d = with_spanish();
    let q = &d.questionnaire;
    let missing = missing_texts(q, "es");
    let question = q.sections[0].questions[0].id.clone();
    assert!(missing.contains(&(Part::Whole, "title".into())));
    assert!(missing.contains(&(
        Part::Question(question.clone()),
        format!("question `{question}` text")
    )));
    assert!(missing.contains(&(
        Part::Section(0),
        format!("section `{}` title", q.sections[0].id)
    )));
    let tier = &q.verdicts[0].id;
    assert!(missing.contains(&(Part::Tier(tier.clone()), format!("verdict `{tier}` label"))));
    let warned = lint(q)
        .into_iter()
        .find(|p| p.kind == ProblemKind::MissingTranslation && p.at == "language `es`")
        .expect("the linter warns");
    assert_eq!(warned.level, Level::Warning);
    assert!(
        warned
            .message
            .starts_with(&format!("{} text(s)", missing.len())),
        "{}",
        warned.message
    );
    // Translated, nothing is missing; the default language is never missing from a usable one.
    assert!(missing_texts(&translated(q), "es").is_empty());
    assert!(missing_texts(q, "en").is_empty());
    assert!(problems(q).iter().all(|(_, p)| p.level != Level::Error));
}

#[test]
fn the_built_in_questionnaires_lack_what_the_linter_says_they_lack() {
    let (catalogue, _) = client_fit_core::builtin::catalogue();
    assert!(!catalogue.is_empty());
    for q in &catalogue {
        // One of Client Fit's languages removed from every text: the count is the linter's.
        let mut q = q.clone();
        q.visit_texts_mut(&mut |_, text| {
            text.0.remove("da");
        });
        if !q.languages.iter().any(|l| l == "da") {
            q.languages.push("da".into());
        }
        let missing = missing_texts(&q, "da");
        let mut texts = 0;
        q.visit_texts(&mut |_, _| texts += 1);
        assert_eq!(missing.len(), texts, "{}", q.id);
        let warned = lint(&q)
            .into_iter()
            .find(|p| p.at == "language `da`")
            .expect("the linter warns");
        assert!(
            warned.message.starts_with(&format!("{texts} text(s)")),
            "{}: {}",
            q.id,
            warned.message
        );
        assert!(
            missing_texts(&q, &q.default_language).is_empty(),
            "{}",
            q.id
        );
    }
}

#[test]
fn the_editor_writes_in_a_language_while_it_is_offered() {
    let q = with_spanish().questionnaire;
    assert_eq!(writing_language(&q, Some("es")), "es");
    assert_eq!(writing_language(&q, Some("da")), "en");
    assert_eq!(writing_language(&q, None), "en");
}

mod sequences {
    use super::*;
    use client_fit_core::text::LANGUAGES;
    use proptest::prelude::*;

    /// One language change or text edit picked by numbers; the language it is written in.
    fn pick(q: &Questionnaire, which: u8, a: usize, words: &str) -> (Change, String) {
        let language = LANGUAGES[a % LANGUAGES.len()].to_owned();
        let question = q
            .questions()
            .map(|(_, each)| each.id.clone())
            .nth(a % 3)
            .unwrap_or_default();
        let change = match which % 9 {
            0 => Change::AddLanguage(language.clone()),
            1 => Change::RemoveLanguage(language.clone()),
            2 => Change::DefaultLanguage(language.clone()),
            3 => Change::Title(words.into()),
            4 => Change::Intro(words.into()),
            5 => Change::SectionTitle {
                section: a % q.sections.len().max(1),
                text: words.into(),
            },
            6 => Change::QuestionText {
                id: question,
                text: words.into(),
            },
            7 => Change::AddQuestion {
                section: 0,
                at: a,
                text: words.into(),
            },
            _ => Change::AddSection {
                at: a,
                title: words.into(),
                question: words.into(),
            },
        };
        (change, language)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Language changes and texts written (with words) in any language: each is refused
        /// (nothing changes) or leaves the questionnaire usable, offering its default; undo
        /// and redo go between usable versions.
        #[test]
        fn language_changes_and_texts_keep_a_usable_questionnaire_usable(
            steps in prop::collection::vec((any::<u8>(), 0usize..12, "[a-z]{1,6}", 0u8..10), 1..30)
        ) {
            let mut d = draft();
            for (which, a, words, moves) in &steps {
                let (change, language) = pick(&d.questionnaire, *which, *a, words);
                let offered = offered_languages(&d.questionnaire).contains(&language);
                match d.change_in(&change, &language) {
                    Ok(Some(next)) => {
                        prop_assert!(offered, "{change:?} written in {language}, not offered");
                        prop_assert!(
                            usable(&next.questionnaire),
                            "{change:?} in {language} broke it: {:?}",
                            problems(&next.questionnaire)
                        );
                        d = next;
                    }
                    Ok(None) => {}
                    Err(_) => {}
                }
                let q = &d.questionnaire;
                prop_assert!(offered_languages(q).contains(&q.default_language));
                prop_assert!(q.languages.iter().all(|l| LANGUAGES.contains(&l.as_str())));
                match moves {
                    0 => d = d.undo().unwrap_or(d),
                    1 => d = d.redo().unwrap_or(d),
                    _ => {}
                }
                prop_assert!(usable(&d.questionnaire));
            }
        }
    }
}

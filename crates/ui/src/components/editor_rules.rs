//! The questionnaire-wide parts in the editor, after the sections: dimensions and weights,
//! verdicts (from the highest scores down: their order in the file means nothing), safeguards, letters, and the first-impression and confidence rules, each in a
//! group that opens and closes (most edits are to the questions, so these stay out of the way).
//! Also the small helpers their components share to send a `RulesChange` through the reducer.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::{
    EditorDimension, EditorJudgement, EditorProblems, EditorTier, EditorTitledPart, TitledKind,
};
use crate::context::{AppContext, use_app};
use crate::state::Action;
use client_fit_core::draft::rules::RulesChange;
use client_fit_core::draft::{Change, Part};
use client_fit_core::lint::{Level, Problem};
use client_fit_core::model::Questionnaire;
use client_fit_core::ui_text::Ui;

/// Props of [`EditorRules`].
#[derive(Properties, PartialEq)]
pub struct EditorRulesProps {
    /// The questionnaire being edited.
    pub questionnaire: Rc<Questionnaire>,
    /// Every problem of the questionnaire with the part it concerns; each part shows its own.
    pub problems: Rc<Vec<(Part, Problem)>>,
}

/// Sends one change through the reducer, kept at once (as every editor change is).
pub(super) fn send(app: &AppContext, change: Change) {
    app.dispatch(Action::ChangeOwn {
        change,
        now_ms: crate::device::now_ms(),
    });
}

/// A button's click that sends `change`.
pub(super) fn on_click(app: &AppContext, change: Change) -> Callback<MouseEvent> {
    let app = app.clone();
    Callback::from(move |_: MouseEvent| send(&app, change.clone()))
}

/// A delete button's click: sends `change`, then moves the focus to the group's add button
/// (`add`), which stays, so a keyboard user is not left on a button that went away.
pub(super) fn on_delete(app: &AppContext, change: Change, add: AttrValue) -> Callback<MouseEvent> {
    let app = app.clone();
    Callback::from(move |_: MouseEvent| {
        send(&app, change.clone());
        app.focus(&add);
    })
}

/// The element id of a group's add button (`dimension`, `tier`, `safeguard`, `letter`).
pub(super) fn add_button(app: &AppContext, what: &str) -> AttrValue {
    app.id(&format!("editor-add-{what}"))
}

/// A text input's typing, sent as it goes (the draft makes one field's typing one undo step).
pub(super) fn on_text(
    app: &AppContext,
    make: impl Fn(String) -> RulesChange + 'static,
) -> Callback<InputEvent> {
    let app = app.clone();
    Callback::from(move |e: InputEvent| {
        let value = e.target_unchecked_into::<HtmlInputElement>().value();
        send(&app, Change::Rules(make(value)));
    })
}

/// A textarea's typing (a cast of its own: a textarea is not an input element).
pub(super) fn on_long_text(
    app: &AppContext,
    make: impl Fn(String) -> RulesChange + 'static,
) -> Callback<InputEvent> {
    let app = app.clone();
    Callback::from(move |e: InputEvent| {
        let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
        send(&app, Change::Rules(make(value)));
    })
}

/// A number input's typing: sent once it reads as a number, so a half-typed "-" or an emptied
/// field does not wipe the value (the linter says when a number is out of range).
pub(super) fn on_number(
    app: &AppContext,
    make: impl Fn(f64) -> RulesChange + 'static,
) -> Callback<InputEvent> {
    let app = app.clone();
    Callback::from(move |e: InputEvent| {
        let value = e.target_unchecked_into::<HtmlInputElement>().value();
        if let Ok(number) = value.trim().replace(',', ".").parse::<f64>()
            && number.is_finite()
        {
            send(&app, Change::Rules(make(number)));
        }
    })
}

/// A checkbox's change, sent with whether it is now ticked.
pub(super) fn on_check(
    app: &AppContext,
    make: impl Fn(bool) -> Change + 'static,
) -> Callback<Event> {
    let app = app.clone();
    Callback::from(move |e: Event| {
        let checked = e.target_unchecked_into::<HtmlInputElement>().checked();
        send(&app, make(checked));
    })
}

/// An id field's change (on leaving it, not per letter: a half-typed id is not worth a rename
/// of every reference), sent as the rename `make` builds.
pub(super) fn on_rename(
    app: &AppContext,
    make: impl Fn(String) -> Change + 'static,
) -> Callback<Event> {
    let app = app.clone();
    Callback::from(move |e: Event| {
        let to = e.target_unchecked_into::<HtmlInputElement>().value();
        send(&app, make(to));
    })
}

/// The problems placed at `part`.
pub(super) fn problems_at(all: &[(Part, Problem)], part: &Part) -> Rc<Vec<Problem>> {
    Rc::new(
        all.iter()
            .filter(|(at, _)| at == part)
            .map(|(_, p)| p.clone())
            .collect(),
    )
}

/// A number as an input shows it: `50`, not `50.0`.
pub(super) fn number(value: f64) -> String {
    format!("{value}")
}

/// The questionnaire-wide parts, each group with the count of errors in it on its summary, so
/// a closed group still says it needs fixing.
#[component]
pub fn EditorRules(props: &EditorRulesProps) -> Html {
    let app = use_app();
    let q = &props.questionnaire;
    // The tiers are shown best first, as the result's scale shows them (the linter and the
    // scoring go by their scores, never by their order in the file). The order is taken when
    // tiers come or go (opening, adding, deleting, renaming, an undo of one), not while a
    // threshold is typed: that would move the row being typed in from under the cursor.
    let tier_order = {
        let q = q.clone();
        let ids: Vec<String> = q.verdicts.iter().map(|v| v.id.clone()).collect();
        use_memo(ids, move |_| {
            (q.tiers_best_first().iter())
                .map(|v| v.id.clone())
                .collect::<Vec<String>>()
        })
    };
    let all = &props.problems;
    let errors = |within: &dyn Fn(&Part) -> bool| {
        all.iter()
            .filter(|(part, p)| p.level == Level::Error && within(part))
            .count()
    };
    let group = |title: Ui, class: &str, count: usize, body: Html| {
        let count = (count > 0).then(|| {
            html! {
                <span class="cf-editor-count">{ app.ui_fill(Ui::RulesToFix, &[("n", &count.to_string())]) }</span>
            }
        });
        html! {
            <details class={classes!("cf-part", "cf-editor-group", class.to_owned())}>
                <summary class="cf-part-summary"><span class="cf-editor-group-title">{ app.ui(title) }</span>{ for count }</summary>
                <div class="cf-editor-group-body">{ body }</div>
            </details>
        }
    };
    let key = |part: &str| app.id(&format!("editor-{part}"));

    let dimensions = q.dimensions.iter().enumerate().map(|(index, d)| {
        html! {
            <EditorDimension key={d.id.clone()} questionnaire={q.clone()} {index}
                problems={problems_at(all, &Part::Dimension(d.id.clone()))} />
        }
    });
    let add_dimension = on_click(
        &app,
        Change::Rules(RulesChange::AddDimension {
            label: app.ui(Ui::RulesNewDimension).to_owned(),
        }),
    );
    let dimensions = html! {
        <>
            <p class="cf-help">{ app.ui(Ui::RulesDimensionsHelp) }</p>
            <p class="cf-help">{ app.ui(Ui::RulesDimensionDeleteNote) }</p>
            <ol class="cf-editor-parts">{ for dimensions }</ol>
            <button type="button" class="cf-button cf-editor-add-dimension" id={add_button(&app, "dimension")} onclick={add_dimension}>{ app.ui(Ui::RulesAddDimension) }</button>
        </>
    };

    // The problems of the tiers together (gaps, overlaps) sit at the top of the group, beside
    // the help that says what the tiers must cover.
    let together = problems_at(all, &Part::Tiers);
    let together_id = key("tiers-problems");
    let tiers = (tier_order.iter())
        .filter_map(|id| q.verdicts.iter().position(|v| v.id == *id))
        .map(|index| (index, &q.verdicts[index]))
        .enumerate()
        .map(|(shown, (index, v))| {
            html! {
                <EditorTier key={v.id.clone()} questionnaire={q.clone()} {index} number={shown + 1}
                    problems={problems_at(all, &Part::Tier(v.id.clone()))}
                    together={(!together.is_empty()).then(|| together_id.clone())} />
            }
        });
    let add_tier = on_click(
        &app,
        Change::Rules(RulesChange::AddTier {
            label: app.ui(Ui::RulesNewTier).to_owned(),
            next: app.ui(Ui::RulesNewTierNext).to_owned(),
        }),
    );
    let tiers = html! {
        <>
            <p class="cf-help">{ app.ui(Ui::RulesTiersHelp) }</p>
            <p class="cf-help">{ app.ui(Ui::RulesTiersOrder) }</p>
            if !together.is_empty() {
                <p class="cf-label cf-editor-tiers-problems">{ app.ui(Ui::RulesTierProblems) }</p>
            }
            <EditorProblems id={together_id.clone()} problems={together.clone()} questionnaire={props.questionnaire.clone()} />
            <ol class="cf-editor-parts">{ for tiers }</ol>
            <p class="cf-help" id={key("add-tier-note")}>{ app.ui(Ui::RulesAddTierNote) }</p>
            <button type="button" class="cf-button cf-editor-add-tier" id={add_button(&app, "tier")} onclick={add_tier}
                aria-describedby={key("add-tier-note")}>{ app.ui(Ui::RulesAddTier) }</button>
        </>
    };

    let safeguards = q.safeguards.iter().enumerate().map(|(index, s)| {
        html! {
            <EditorTitledPart kind={TitledKind::Safeguard} key={s.id.clone()} questionnaire={q.clone()} {index}
                problems={problems_at(all, &Part::Safeguard(s.id.clone()))} />
        }
    });
    let add_safeguard = on_click(
        &app,
        Change::Rules(RulesChange::AddSafeguard {
            title: app.ui(Ui::RulesNewSafeguard).to_owned(),
            detail: app.ui(Ui::RulesNewSafeguardDetail).to_owned(),
        }),
    );
    let safeguards = html! {
        <>
            <p class="cf-help">{ app.ui(Ui::RulesSafeguardsHelp) }</p>
            <ol class="cf-editor-parts">{ for safeguards }</ol>
            <button type="button" class="cf-button cf-editor-add-safeguard" id={add_button(&app, "safeguard")} onclick={add_safeguard}>{ app.ui(Ui::RulesAddSafeguard) }</button>
        </>
    };

    let letters = q.letters.iter().enumerate().map(|(index, l)| {
        html! {
            <EditorTitledPart kind={TitledKind::Letter} key={l.id.clone()} questionnaire={q.clone()} {index}
                problems={problems_at(all, &Part::Letter(l.id.clone()))} />
        }
    });
    let add_letter = on_click(
        &app,
        Change::Rules(RulesChange::AddLetter {
            title: app.ui(Ui::RulesNewLetter).to_owned(),
            body: app.ui(Ui::RulesNewLetterBody).to_owned(),
        }),
    );
    let letters = html! {
        <>
            <p class="cf-help">{ app.ui(Ui::RulesLettersHelp) }</p>
            <ol class="cf-editor-parts">{ for letters }</ol>
            <button type="button" class="cf-button cf-editor-add-letter" id={add_button(&app, "letter")} onclick={add_letter}>{ app.ui(Ui::RulesAddLetter) }</button>
        </>
    };

    let judgement = html! {
        <EditorJudgement questionnaire={q.clone()}
            first_impression={problems_at(all, &Part::FirstImpression)}
            confidence={problems_at(all, &Part::Confidence)} />
    };
    html! {
        <div class="cf-editor-rules">
            { group(Ui::RulesDimensions, "cf-editor-dimensions", errors(&|p| matches!(p, Part::Dimension(_))), dimensions) }
            { group(Ui::RulesTiers, "cf-editor-tiers", errors(&|p| matches!(p, Part::Tier(_) | Part::Tiers)), tiers) }
            { group(Ui::RulesSafeguards, "cf-editor-safeguards", errors(&|p| matches!(p, Part::Safeguard(_))), safeguards) }
            { group(Ui::RulesLetters, "cf-editor-letters", errors(&|p| matches!(p, Part::Letter(_))), letters) }
            { group(Ui::RulesJudgement, "cf-editor-judgement", errors(&|p| matches!(p, Part::FirstImpression | Part::Confidence)), judgement) }
        </div>
    }
}

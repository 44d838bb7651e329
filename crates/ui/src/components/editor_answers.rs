//! What each answer of one question counts for in the editor: its points for each of the
//! questionnaire's dimensions and the warning signs it raises, one group per answer (options,
//! yes and no, the five scale steps, a number's rules), and on a choice question with a tagged
//! option what a chosen answer adds when your profile welcomes or avoids its tag. Flags are ticked from the defined ones,
//! never typed, and points that are half typed (`-`) are not sent until they read as a number.
//! A number question's rules are added and deleted here, and each rule's test picked: how the
//! answer is compared ("less than", "at least"...) and with what, a number or one of the
//! profile's fields ("Smallest budget worth taking on") times an optional factor.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::context::{AppContext, use_app};
use crate::state::Action;
use client_fit_core::draft::{AnswerSlot, Change, fixed, parse_points, points_text};
use client_fit_core::model::{Cmp, NumberRule, Question, Questionnaire, Target};
use client_fit_core::profile::ProfileField;
use client_fit_core::ui_text::Ui;

/// Props of [`EditorAnswers`].
#[derive(Properties, PartialEq)]
pub struct EditorAnswersProps {
    /// The questionnaire being edited.
    pub questionnaire: Rc<Questionnaire>,
    /// The question's id.
    pub question: AttrValue,
    /// Its number in the whole questionnaire (from 1), for ids.
    pub number: usize,
    /// The id of the question's problems, when it has some.
    #[prop_or_default]
    pub described: Option<AttrValue>,
}

/// An answer as the editor names it in labels: the option's label, Yes or No, a scale step
/// with its end's label, or a number's rule ("rule 1: < 1000").
fn answer_name(
    app: &AppContext,
    q: &Questionnaire,
    question: &Question,
    slot: AnswerSlot,
) -> String {
    // Names in the language the editor writes in, else the default's.
    let writing = app
        .writing_language()
        .unwrap_or_else(|| q.default_language.clone());
    let language = &writing;
    let words = |t: &client_fit_core::text::Text| t.get(language, &q.default_language).to_owned();
    match slot {
        AnswerSlot::Option(i) => match question.options.get(i).map(|o| words(&o.label)) {
            Some(label) if !label.trim().is_empty() => label,
            _ => app.ui_fill(Ui::EditorOption, &[("n", &(i + 1).to_string())]),
        },
        AnswerSlot::Yes => app.ui(Ui::Yes).to_owned(),
        AnswerSlot::No => app.ui(Ui::No).to_owned(),
        AnswerSlot::Step(i) => {
            let end = question.scale.as_ref().and_then(|s| match i {
                0 => Some(words(&s.low)),
                4 => Some(words(&s.high)),
                _ => None,
            });
            match end.filter(|e| !e.trim().is_empty()) {
                Some(end) => format!("{} ({end})", i + 1),
                None => (i + 1).to_string(),
            }
        }
        AnswerSlot::Rule(i) => {
            let rule = question.number.as_ref().and_then(|n| n.rules.get(i));
            let test = rule.map_or_else(String::new, |rule| {
                let op = match rule.op {
                    Cmp::Lt => "<",
                    Cmp::Le => "≤",
                    Cmp::Gt => ">",
                    Cmp::Ge => "≥",
                    Cmp::Eq => "=",
                };
                // The profile field by its name on the profile page.
                let field = app.ui(rule
                    .than
                    .profile
                    .map_or(Ui::EditorRuleProfile, profile_name));
                let than = match (rule.than.value, rule.than.factor) {
                    (Some(value), _) => value.to_string(),
                    (None, Some(factor)) if factor != 1.0 => format!("{factor} × {field}"),
                    (None, _) => field.to_owned(),
                };
                format!("{op} {than}")
            });
            let n = (i + 1).to_string();
            app.ui_fill(Ui::EditorRule, &[("n", &n), ("test", &test)])
        }
        AnswerSlot::Welcome => app.ui(Ui::EditorWhenWelcome).to_owned(),
        AnswerSlot::Avoided => app.ui(Ui::EditorWhenAvoided).to_owned(),
    }
}

/// Every comparison, with its words and the value of its `<option>`.
pub(crate) const COMPARISONS: [(Cmp, Ui, &str); 5] = [
    (Cmp::Lt, Ui::EditorCmpLt, "lt"),
    (Cmp::Le, Ui::EditorCmpLe, "le"),
    (Cmp::Gt, Ui::EditorCmpGt, "gt"),
    (Cmp::Ge, Ui::EditorCmpGe, "ge"),
    (Cmp::Eq, Ui::EditorCmpEq, "eq"),
];

/// The comparison an `<option>`'s value names.
pub(crate) fn comparison(value: &str) -> Option<Cmp> {
    (COMPARISONS.iter().find(|(_, _, name)| *name == value)).map(|(op, _, _)| *op)
}

/// A profile field's name, as the profile page labels it.
pub(crate) fn profile_name(field: ProfileField) -> Ui {
    match field {
        ProfileField::MinBudget => Ui::ProfileMinBudget,
        ProfileField::DepositPercent => Ui::ProfileDeposit,
        ProfileField::PaymentDays => Ui::ProfilePaymentDays,
        ProfileField::MinWeeks => Ui::ProfileMinWeeks,
        ProfileField::MaxWeeks => Ui::ProfileMaxWeeks,
        ProfileField::ReplyHours => Ui::ProfileReplyHours,
        ProfileField::WeeklyHours => Ui::ProfileWeeklyHours,
    }
}

/// The `<option>` value of a rule compared with a fixed number.
const FIXED: &str = "fixed";

/// The `<option>` value of a profile field: its place in [`ProfileField::ALL`].
fn profile_value(field: ProfileField) -> String {
    let at = ProfileField::ALL.iter().position(|f| *f == field);
    format!("profile-{}", at.unwrap_or_default())
}

/// How an answer is tested: the comparison, what it compares with (a number or a profile
/// field), and the number or the profile field's factor, in one field whose label says which
/// (one node either way, so nothing after it is rebuilt). `ids` are the three fields' ids;
/// `send` gets the test as changed by one of them. Half typed or not a number is left unsent,
/// as points are.
pub(crate) fn test_fields(
    app: &AppContext,
    ids: [AttrValue; 3],
    op: Cmp,
    than: &Target,
    send: Rc<dyn Fn(Cmp, Target)>,
    described: Option<AttrValue>,
) -> Html {
    let [op_id, than_id, number_id] = ids;
    let on_op = {
        let (send, than) = (send.clone(), than.clone());
        Callback::from(move |e: Event| {
            if let Some(op) = comparison(&e.target_unchecked_into::<HtmlSelectElement>().value()) {
                send(op, than.clone());
            }
        })
    };
    let on_than = {
        let (send, was) = (send.clone(), than.clone());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            let field = ProfileField::ALL
                .iter()
                .find(|f| profile_value(**f) == value);
            match (value.as_str(), field) {
                (FIXED, _) => send(op, fixed(was.value.unwrap_or_default())),
                (_, Some(field)) => send(
                    op,
                    Target {
                        value: None,
                        profile: Some(*field),
                        factor: was.factor.filter(|_| was.profile.is_some()),
                    },
                ),
                _ => {}
            }
        })
    };
    let on_number = {
        let was = than.clone();
        Callback::from(move |e: Event| {
            let typed = e.target_unchecked_into::<HtmlInputElement>().value();
            match (parse_points(&typed), was.profile) {
                (Some(Some(n)), None) => send(op, fixed(n)),
                (Some(factor), Some(_)) => send(
                    op,
                    Target {
                        factor: factor.filter(|f| *f != 1.0),
                        ..was.clone()
                    },
                ),
                _ => {}
            }
        })
    };
    let (number_label, number) = match than.profile {
        Some(_) => (
            Ui::EditorRuleFactor,
            than.factor.map(|f| f.to_string()).unwrap_or_default(),
        ),
        None => (
            Ui::EditorRuleValue,
            than.value.map(|v| v.to_string()).unwrap_or_default(),
        ),
    };
    html! {
        <div class="cf-editor-row">
            <div class="cf-field">
                <label class="cf-label" for={op_id.clone()}>{ app.ui(Ui::EditorRuleOp) }</label>
                <select class="cf-input" id={op_id} onchange={on_op} aria-describedby={described.clone()}>
                    { for COMPARISONS.iter().map(|(each, words, name)| html! {
                        <option value={*name} selected={*each == op}>{ app.ui(*words) }</option>
                    }) }
                </select>
            </div>
            <div class="cf-field">
                <label class="cf-label" for={than_id.clone()}>{ app.ui(Ui::EditorRuleThan) }</label>
                <select class="cf-input" id={than_id} onchange={on_than} aria-describedby={described.clone()}>
                    <option value={FIXED} selected={than.profile.is_none()}>{ app.ui(Ui::EditorRuleFixed) }</option>
                    { for ProfileField::ALL.iter().map(|field| html! {
                        <option value={profile_value(*field)} selected={than.profile == Some(*field)}>
                            { app.ui(profile_name(*field)) }
                        </option>
                    }) }
                </select>
            </div>
            <div class="cf-field cf-editor-points">
                <label class="cf-label" for={number_id.clone()}>{ app.ui(number_label) }</label>
                <input class="cf-input" type="text" id={number_id} size="8" maxlength="14" autocomplete="off"
                    inputmode="decimal" value={number} onchange={on_number} aria-describedby={described} />
            </div>
        </div>
    }
}

/// The test of rule `rule` (of `count`) of number question `question` ([`test_fields`]), the
/// rule's Move up and Move down (the first rule that holds counts: the order is the scoring's)
/// and its delete button. `key_at` gives the ids of rule `i`'s fields.
#[allow(clippy::too_many_arguments)]
fn rule_test(
    app: &AppContext,
    send: &Rc<dyn Fn(Change)>,
    question: &str,
    (rule, count): (usize, usize),
    test: &NumberRule,
    key_at: &dyn Fn(usize, &str) -> AttrValue,
    described: Option<AttrValue>,
) -> Html {
    let key = |field: &str| key_at(rule, field);
    let n = (rule + 1).to_string();
    // Moved, the rule is drawn at its new place: the focus follows it, to the button pressed
    // or, at the top or the bottom, to the other one.
    let move_to = |to: usize, up: bool| {
        let (send, question, app) = (send.clone(), question.to_owned(), app.clone());
        let (pressed, other) = match up {
            true => (key_at(to, "up"), key_at(to, "down")),
            false => (key_at(to, "down"), key_at(to, "up")),
        };
        Callback::from(move |_: MouseEvent| {
            send(Change::MoveNumberRule {
                question: question.clone(),
                from: rule,
                to,
            });
            app.focus_when_drawn(vec![pressed.clone(), other.clone()]);
        })
    };
    let named = app.ui_fill(Ui::EditorRuleN, &[("n", &n)]);
    let changed: Rc<dyn Fn(Cmp, Target)> = {
        let (send, question) = (send.clone(), question.to_owned());
        Rc::new(move |op, than| {
            send(Change::NumberRuleTest {
                question: question.clone(),
                rule,
                op,
                than,
            })
        })
    };
    let on_delete = {
        let (send, question) = (send.clone(), question.to_owned());
        Callback::from(move |_: MouseEvent| {
            send(Change::DeleteNumberRule {
                question: question.clone(),
                rule,
            })
        })
    };
    let ids = [key("op"), key("than"), key("number")];
    html! {
        <fieldset class="cf-fieldset cf-editor-rule-test">
            <legend class="cf-legend">{ app.ui_fill(Ui::EditorRuleTest, &[("n", &n)]) }</legend>
            { test_fields(app, ids, test.op, &test.than, changed, described) }
            <div class="cf-actions cf-editor-rule-actions">
                <button type="button" class="cf-button cf-button-quiet cf-editor-up" id={key("up")} disabled={rule == 0}
                    aria-label={app.ui_fill(Ui::EditorMoveUpOf, &[("what", &named)])}
                    onclick={move_to(rule.saturating_sub(1), true)}>{ app.ui(Ui::EditorMoveUp) }</button>
                <button type="button" class="cf-button cf-button-quiet cf-editor-down" id={key("down")} disabled={rule + 1 >= count}
                    aria-label={app.ui_fill(Ui::EditorMoveDownOf, &[("what", &named)])}
                    onclick={move_to(rule + 1, false)}>{ app.ui(Ui::EditorMoveDown) }</button>
                <button type="button" class="cf-button cf-button-quiet cf-editor-delete" onclick={on_delete}>
                    { app.ui_fill(Ui::EditorRuleDelete, &[("n", &n)]) }
                </button>
            </div>
        </fieldset>
    }
}

/// The points and warning signs of every answer of one question.
#[component]
pub fn EditorAnswers(props: &EditorAnswersProps) -> Html {
    let app = use_app();
    let q = &props.questionnaire;
    let Some(question) = q.question(&props.question) else {
        return Html::default();
    };
    let slots = AnswerSlot::all(question);
    let key = |part: &str| app.id(&format!("editor-q{}-{part}", props.number));
    let send: Rc<dyn Fn(Change)> = {
        let app = app.clone();
        Rc::new(move |change| {
            app.dispatch(Action::ChangeOwn {
                change,
                now_ms: crate::device::now_ms(),
            })
        })
    };
    // Names in the language the editor writes in, else the default's.
    let writing = app
        .writing_language()
        .unwrap_or_else(|| q.default_language.clone());
    let language = &writing;
    // What a tag adds is not an answer: its words say when it counts, not "answered ...".
    let tagged = AnswerSlot::tagged(question);
    let answers = slots.iter().chain(&tagged).enumerate().map(|(a, slot)| {
        let effect = slot.effect(question).unwrap_or_default();
        let answer = answer_name(&app, q, question, *slot);
        let by_tag = matches!(slot, AnswerSlot::Welcome | AnswerSlot::Avoided);
        let points = q.dimensions.iter().enumerate().map(|(d, dimension)| {
            let id = key(&format!("a{a}-points-{d}"));
            let name = dimension.label.get(language, &q.default_language).to_owned();
            let name = if name.trim().is_empty() { dimension.id.clone() } else { name };
            let full = match by_tag {
                true => app.ui_fill(Ui::EditorPointsWhen, &[("dimension", &name), ("when", &answer)]),
                false => app.ui_fill(Ui::EditorPointsFor, &[("dimension", &name), ("answer", &answer)]),
            };
            // Sent while typing, and again on leaving the field; a 0 only then, as it empties
            // the box (0 points is no points) and may be the start of `0.5`.
            let points_from = |left: bool| {
                let (send, question, slot) = (send.clone(), props.question.to_string(), *slot);
                let dimension = dimension.id.clone();
                move |typed: String| {
                    // Half typed (`-`, `1,`) or not a number: wait for the rest.
                    match parse_points(&typed) {
                        Some(Some(n)) if n == 0.0 && !left => {}
                        Some(points) => send(Change::Points {
                            question: question.clone(),
                            answer: slot,
                            dimension: dimension.clone(),
                            points,
                        }),
                        None => {}
                    }
                }
            };
            let oninput = {
                let typed = points_from(false);
                Callback::from(move |e: InputEvent| {
                    typed(e.target_unchecked_into::<HtmlInputElement>().value())
                })
            };
            let onchange = {
                let typed = points_from(true);
                Callback::from(move |e: Event| {
                    typed(e.target_unchecked_into::<HtmlInputElement>().value())
                })
            };
            html! {
                <div class="cf-field cf-editor-points">
                    // The whole sentence for a screen reader; the dimension's name for the eye,
                    // under the answer's legend.
                    <label class="cf-label" for={id.clone()}>
                        <span class="cf-visually-hidden">{ full }</span>
                        <span aria-hidden="true">{ name }</span>
                    </label>
                    <input class="cf-input" type="text" id={id} size="5" maxlength="6" autocomplete="off"
                        value={points_text(effect.points.get(&dimension.id).copied())}
                        {oninput} {onchange} aria-describedby={props.described.clone()} />
                </div>
            }
        });
        let flags = (!q.flags.is_empty()).then(|| {
            let boxes = q.flags.iter().enumerate().map(|(f, flag)| {
                let id = key(&format!("a{a}-flag-{f}"));
                let raised = effect.flags.contains(&flag.id);
                let onchange = {
                    let (send, question, slot) = (send.clone(), props.question.to_string(), *slot);
                    let flag = flag.id.clone();
                    Callback::from(move |e: Event| {
                        let raised = e.target_unchecked_into::<HtmlInputElement>().checked();
                        send(Change::RaiseFlag {
                            question: question.clone(),
                            answer: slot,
                            flag: flag.clone(),
                            raised,
                        });
                    })
                };
                let title = flag.title.get(language, &q.default_language);
                let title = if title.trim().is_empty() { flag.id.as_str() } else { title };
                html! {
                    <div class="cf-editor-check">
                        <input type="checkbox" id={id.clone()} checked={raised} {onchange} />
                        <label for={id}>{ title }</label>
                    </div>
                }
            });
            html! {
                <fieldset class="cf-fieldset cf-editor-flags-of">
                    <legend class="cf-legend">{ match by_tag {
                        true => app.ui_fill(Ui::EditorFlagsWhen, &[("when", &answer)]),
                        false => app.ui_fill(Ui::EditorFlagsOf, &[("answer", &answer)]),
                    } }</legend>
                    { for boxes }
                </fieldset>
            }
        });
        // A number's rule begins with its test; one node either way, so the children after
        // it are not rebuilt.
        let test = match slot {
            AnswerSlot::Rule(r) => (question.number.as_ref().and_then(|n| n.rules.get(*r))).map(|rule| {
                // A number question's answers are its rules alone: rule `i` is answer `i`.
                let part = |i: usize, field: &str| key(&format!("a{i}-{field}"));
                let count = question.number.as_ref().map_or(0, |n| n.rules.len());
                rule_test(&app, &send, &question.id, (*r, count), rule, &part, props.described.clone())
            }),
            _ => None,
        };
        let legend = match by_tag {
            true => answer.clone(),
            false => app.ui_fill(Ui::EditorAnswerWhen, &[("answer", &answer)]),
        };
        let help = (*slot == AnswerSlot::Welcome).then(|| html! {
            <p class="cf-help">{ app.ui(Ui::EditorTaggedHelp) }</p>
        });
        html! {
            <fieldset class={classes!("cf-fieldset", "cf-editor-answer", by_tag.then_some("cf-editor-answer-tagged"))}>
                <legend class="cf-legend">{ legend }</legend>
                { help.unwrap_or_default() }
                { test.unwrap_or_default() }
                <div class="cf-editor-row">{ for points }</div>
                { flags.unwrap_or_default() }
            </fieldset>
        }
    });
    let add_rule = question.number.is_some().then(|| {
        let (send, question) = (send.clone(), props.question.to_string());
        let onclick = Callback::from(move |_: MouseEvent| {
            send(Change::AddNumberRule {
                question: question.clone(),
            })
        });
        html! {
            <button type="button" class="cf-button cf-editor-add-option" {onclick}>{ app.ui(Ui::EditorRuleAdd) }</button>
        }
    });
    if slots.is_empty() && question.number.is_none() {
        // A text question is never scored: nothing to set.
        return Html::default();
    }
    html! {
        <fieldset class="cf-fieldset cf-editor-scoring">
            <legend class="cf-legend">{ app.ui(Ui::EditorScoring) }</legend>
            <p class="cf-help">{ app.ui(Ui::EditorScoringHelp) }</p>
            if q.flags.is_empty() {
                <p class="cf-help">{ app.ui(Ui::EditorNoFlagsYet) }</p>
            }
            if slots.is_empty() {
                <p class="cf-help">{ app.ui(Ui::EditorNoRules) }</p>
            }
            { for answers }
            { add_rule.unwrap_or_default() }
        </fieldset>
    }
}

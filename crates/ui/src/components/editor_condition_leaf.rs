//! One single test of a show-if condition, in the editor: picked from a list (a question asked
//! before the part, one of the consultant's profile fields being set, or the friends-and-family
//! policy being one of its three), then, for a question, which answers pass: any answer at all
//! (`answered`), or some of a choice or yes/no question's answers ticked (one makes an `is`,
//! several an `any_of`), or a number or scale answer compared with a number or a profile field
//! times a factor (`compare`). A text question can only be tested for having an answer. Ids
//! are never typed. A test the editor cannot show as picks (written in a file) is kept until
//! another is picked.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::editor_answers::{profile_name, test_fields};
use crate::context::use_app;
use client_fit_core::draft::{
    Shown, answer_ids, asked_earlier, compare_condition, condition_for, first_condition,
    simple_condition,
};
use client_fit_core::model::{Cmp, Condition, Kind, Questionnaire, Target};
use client_fit_core::profile::{FriendsPolicy, ProfileField};
use client_fit_core::ui_text::Ui;

/// The select's value for a test written in a file; no question id can be empty.
const WRITTEN: &str = " written";

/// The start of the select's value for a profile field, followed by its place in
/// [`ProfileField::ALL`]; no question id starts with a space.
const PROFILE: &str = " profile-";

/// The start of the select's value for a friends-and-family policy, followed by its place in
/// [`POLICIES`].
const FRIENDS: &str = " friends-";

/// The policies a test can ask for, with their names on the profile page.
const POLICIES: [(FriendsPolicy, Ui); 3] = [
    (FriendsPolicy::FullRate, Ui::FriendsFullRate),
    (FriendsPolicy::Discount, Ui::FriendsDiscount),
    (FriendsPolicy::Never, Ui::FriendsNever),
];

/// Props of [`EditorConditionLeaf`].
#[derive(Properties, PartialEq)]
pub struct EditorConditionLeafProps {
    /// The questionnaire being edited.
    pub questionnaire: Rc<Questionnaire>,
    /// The question or section whose condition this is part of.
    pub at: Shown,
    /// The prefix of the fields' ids (`editor-q2`, `editor-q2-c1`), unique on the page.
    pub prefix: AttrValue,
    /// The id of the part's problems, when it has some.
    #[prop_or_default]
    pub described: Option<AttrValue>,
    /// The test as it is (without a `not` around it), or none yet.
    pub condition: Option<Condition>,
    /// Whether this is the whole condition, so "Always" can be picked; a member of a group is
    /// taken away with its own button instead.
    pub whole: bool,
    /// Gets the test as changed (`None`: always shown).
    pub send: Callback<Option<Condition>>,
}

/// "When to show it" (or, in a group, "Condition n") and what passes.
#[component]
pub fn EditorConditionLeaf(props: &EditorConditionLeafProps) -> Html {
    let app = use_app();
    let q = &props.questionnaire;
    let current = props.condition.as_ref();
    let picked = current.and_then(simple_condition);
    let compared = current.and_then(compare_condition);
    let answered = match current {
        Some(Condition::Answered(id)) => Some(id.as_str()),
        _ => None,
    };
    let profile = match current {
        Some(Condition::ProfileSet(field)) => Some(*field),
        _ => None,
    };
    let policy = match current {
        Some(Condition::FriendsPolicy(policy)) => Some(*policy),
        _ => None,
    };
    let tested = (picked.as_ref().map(|(id, _)| *id))
        .or(compared.map(|(id, _, _)| id))
        .or(answered);
    let key = |part: &str| app.id(&format!("{}-{part}", props.prefix));
    // Names in the language the editor writes in, else the default's.
    let writing = app
        .writing_language()
        .unwrap_or_else(|| q.default_language.clone());
    let language = &writing;
    let number_of = |id: &str| {
        q.questions()
            .position(|(_, each)| each.id == id)
            .map_or(0, |i| i + 1)
    };
    let mut offered = asked_earlier(q, &props.at);
    // A condition from a file may test a question asked later: offered too, so the select
    // shows what is there.
    if let Some(id) = tested
        && !offered.iter().any(|each| each.id == *id)
        && let Some(tested) = q.question(id)
    {
        offered.push(tested);
    }
    let send: Rc<dyn Fn(Option<Condition>)> = {
        let send = props.send.clone();
        Rc::new(move |condition| send.emit(condition))
    };
    let onchange = {
        let (send, q) = (send.clone(), q.clone());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            let field = (value.strip_prefix(PROFILE))
                .and_then(|at| at.parse::<usize>().ok())
                .and_then(|at| ProfileField::ALL.get(at));
            let policy = (value.strip_prefix(FRIENDS))
                .and_then(|at| at.parse::<usize>().ok())
                .and_then(|at| POLICIES.get(at));
            match value.as_str() {
                "" => send(None),
                WRITTEN => {}
                _ if field.is_some() => send(field.map(|f| Condition::ProfileSet(*f))),
                _ if policy.is_some() => send(policy.map(|(p, _)| Condition::FriendsPolicy(*p))),
                // Its first answer, or a plain comparison, to begin with; more are ticked,
                // or the comparison changed, below. A text question can only be answered.
                id => {
                    if let Some(question) = q.question(id) {
                        send(Some(
                            first_condition(question)
                                .unwrap_or_else(|| Condition::Answered(id.to_owned())),
                        ));
                    }
                }
            }
        })
    };
    let select_id = key("show");
    let written = current.is_some() && tested.is_none() && profile.is_none() && policy.is_none();
    let choices = offered.iter().map(|each| {
        let n = number_of(&each.id).to_string();
        let text = each.text.get(language, &q.default_language);
        let selected = tested.is_some_and(|id| id == each.id);
        html! {
            <option value={each.id.clone()} {selected}>
                { app.ui_fill(Ui::EditorShownBy, &[("n", &n), ("text", text)]) }
            </option>
        }
    });
    let fields = ProfileField::ALL.iter().enumerate().map(|(i, field)| {
        let name = app.ui(profile_name(*field));
        html! {
            <option value={format!("{PROFILE}{i}")} selected={profile == Some(*field)}>
                { app.ui_fill(Ui::EditorShownProfile, &[("field", name)]) }
            </option>
        }
    });
    let policies = POLICIES.iter().enumerate().map(|(i, (each, name))| {
        html! {
            <option value={format!("{FRIENDS}{i}")} selected={policy == Some(*each)}>
                { app.ui_fill(Ui::EditorShownFriends, &[("policy", app.ui(*name))]) }
            </option>
        }
    });
    let details = tested.and_then(|id| q.question(id)).map(|question| {
        let n = number_of(&question.id).to_string();
        if question.kind == Kind::Text {
            return html! {
                <p class="cf-help">{ app.ui_fill(Ui::EditorShownAnsweredText, &[("n", &n)]) }</p>
            };
        }
        // Any answer, or the ones ticked or compared below.
        let any_id = key("show-any");
        let some_id = key("show-some");
        let name = key("show-how");
        let on_any = {
            let (send, id) = (send.clone(), question.id.clone());
            Callback::from(move |_: Event| send(Some(Condition::Answered(id.clone()))))
        };
        let on_some = {
            let (send, question) = (send.clone(), question.clone());
            Callback::from(move |_: Event| send(first_condition(&question)))
        };
        let some_label = match question.kind {
            Kind::Number | Kind::Scale => Ui::EditorShownSomeNumber,
            _ => Ui::EditorShownSome,
        };
        let which = if answered.is_some() {
            Html::default()
        } else {
            picked
                .as_ref()
                .map(|(_, ticked)| ticks(&app, question, ticked, &key, language, &q.default_language, &send))
                .or_else(|| {
                    compared.map(|(id, op, than)| {
                        comparing(&app, id, op, than, &key, &send, props.described.clone())
                    })
                })
                .unwrap_or_default()
        };
        html! {
            <fieldset class="cf-fieldset cf-editor-shown-answers">
                <legend class="cf-legend">{ app.ui_fill(Ui::EditorShownHow, &[("n", &n)]) }</legend>
                <div class="cf-editor-check">
                    <input type="radio" id={any_id.clone()} name={name.clone()} checked={answered.is_some()} onchange={on_any} />
                    <label for={any_id}>{ app.ui(Ui::EditorShownAnswered) }</label>
                </div>
                <div class="cf-editor-check">
                    <input type="radio" id={some_id.clone()} {name} checked={answered.is_none()} onchange={on_some} />
                    <label for={some_id}>{ app.ui(some_label) }</label>
                </div>
                { which }
            </fieldset>
        }
    });
    html! {
        <div class="cf-editor-show-if">
            <div class="cf-field">
                <label class="cf-label" for={select_id.clone()}>{ app.ui(if props.whole { Ui::EditorShownWhen } else { Ui::EditorConditionWhat }) }</label>
                <select class="cf-input" id={select_id} {onchange} aria-describedby={props.described.clone()}>
                    if props.whole {
                        <option value="" selected={current.is_none()}>{ app.ui(Ui::EditorShownAlways) }</option>
                    }
                    { for choices }
                    { for fields }
                    { for policies }
                    if written {
                        <option value={WRITTEN} selected=true>{ app.ui(Ui::EditorShownWritten) }</option>
                    }
                </select>
                if offered.is_empty() {
                    <p class="cf-help">{ app.ui(Ui::EditorShownNoEarlierYet) }</p>
                }
            </div>
            // One node, there or not: Yew matches unkeyed children from the end, so an
            // answers list appearing as a second child would rebuild the select before it
            // and drop the keyboard's focus.
            { details.unwrap_or_default() }
        </div>
    }
}

/// The answers of a choice or yes/no question, to tick: the ticked ones pass.
fn ticks(
    app: &crate::context::AppContext,
    tested: &client_fit_core::model::Question,
    ticked: &[&str],
    key: &dyn Fn(&str) -> AttrValue,
    language: &str,
    default_language: &str,
    send: &Rc<dyn Fn(Option<Condition>)>,
) -> Html {
    let all = answer_ids(tested);
    let boxes = all.iter().enumerate().map(|(i, answer)| {
        let box_id = key(&format!("show-{i}"));
        let label = match (tested.kind, answer.as_str()) {
            (Kind::YesNo, "yes") => app.ui(Ui::Yes).to_owned(),
            (Kind::YesNo, _) => app.ui(Ui::No).to_owned(),
            _ => tested.options.get(i).map_or_else(String::new, |o| {
                o.label.get(language, default_language).to_owned()
            }),
        };
        let checked = ticked.contains(&answer.as_str());
        let onchange = {
            let (send, all, question) = (send.clone(), all.clone(), tested.id.clone());
            let ticked: Vec<String> = ticked.iter().map(|t| (*t).to_owned()).collect();
            let answer = answer.clone();
            Callback::from(move |e: Event| {
                let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                // In the question's own order, whatever order they were ticked in.
                let now: Vec<String> = (all.iter())
                    .filter(|each| match *each == &answer {
                        true => on,
                        false => ticked.contains(each),
                    })
                    .cloned()
                    .collect();
                send(Some(condition_for(&question, &now)));
            })
        };
        html! {
            <div class="cf-editor-check cf-editor-shown-tick">
                <input type="checkbox" id={box_id.clone()} {checked} {onchange} />
                <label for={box_id}>{ label }</label>
            </div>
        }
    });
    html! { <div class="cf-editor-shown-ticks">{ for boxes }</div> }
}

/// "[at least] [a number] [1000]", or "[less than] [the smallest budget] [0.5]".
fn comparing(
    app: &crate::context::AppContext,
    id: &str,
    op: Cmp,
    than: &Target,
    key: &dyn Fn(&str) -> AttrValue,
    send: &Rc<dyn Fn(Option<Condition>)>,
    described: Option<AttrValue>,
) -> Html {
    let changed: Rc<dyn Fn(Cmp, Target)> = {
        let (send, question) = (send.clone(), id.to_owned());
        Rc::new(move |op, than| {
            send(Some(Condition::Compare {
                question: question.clone(),
                op,
                than,
            }))
        })
    };
    let ids = [key("show-op"), key("show-than"), key("show-value")];
    html! {
        <div class="cf-editor-shown-compare">
            { test_fields(app, ids, op, than, changed, described) }
        </div>
    }
}

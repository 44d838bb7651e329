//! One collapsible part of the result below its summary: a heading and a one-line summary
//! while closed, the whole part when opened. Native `<details>`, so it opens with a click,
//! Enter or Space, and the browser's find-in-page opens it too.

use yew::prelude::*;

/// What a part of the result shows.
#[derive(Properties, PartialEq)]
pub struct ResultPartProps {
    /// The part's heading.
    pub title: AttrValue,
    /// What it holds, in one line, read while it is closed.
    pub line: AttrValue,
    /// Its own class (`cf-scores`, `cf-letters`...), for styles and tests.
    #[prop_or_default]
    pub class: Classes,
    /// Whether it opens open: when it holds the next thing to do.
    #[prop_or_default]
    pub open: bool,
    /// The part itself.
    #[prop_or_default]
    pub children: Html,
}

/// A collapsible part of the result: heading and summary line, then the part.
#[component]
pub fn ResultPart(props: &ResultPartProps) -> Html {
    html! {
        <details class={classes!("cf-block", "cf-part", props.class.clone())} open={props.open}>
            <summary class="cf-part-summary">
                <h3 class="cf-part-title">{ props.title.clone() }</h3>
                <span class="cf-part-line">{ props.line.clone() }</span>
            </summary>
            <div class="cf-part-body">{ props.children.clone() }</div>
        </details>
    }
}

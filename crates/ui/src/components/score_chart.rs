//! The dimension scores as horizontal bars in inline SVG, readable without colour: every bar
//! carries its label and its value as text.

use client_fit_core::describe::{tenths, whole};
use yew::prelude::*;

/// One dimension's bar.
#[derive(Clone, PartialEq)]
pub struct Bar {
    /// The dimension's name.
    pub label: AttrValue,
    /// 0 to 100, or `None` when nothing was answered for it.
    pub value: Option<f64>,
}

/// What the chart draws.
#[derive(Properties, PartialEq)]
pub struct ScoreChartProps {
    /// One bar per dimension, top to bottom.
    pub bars: Vec<Bar>,
    /// Accessible name of the chart.
    pub title: AttrValue,
    /// Shown in place of a value that is unknown.
    pub unknown: AttrValue,
}

// Each row: the label on its own line (labels are long in some languages), the bar under it and
// the value at its end.
const ROW: f64 = 44.0;
const BAR_WIDTH: f64 = 300.0;
const WIDTH: f64 = BAR_WIDTH + 50.0;

/// A bar chart of the scores per dimension, as an accessible SVG with a text alternative.
#[component]
pub fn ScoreChart(props: &ScoreChartProps) -> Html {
    let height = ROW * props.bars.len() as f64;
    let rows = props.bars.iter().enumerate().map(|(i, bar)| {
        let y = i as f64 * ROW;
        let width = bar.value.unwrap_or(0.0).clamp(0.0, 100.0) / 100.0 * BAR_WIDTH;
        let value = bar.value.map_or_else(|| props.unknown.to_string(), whole);
        let level = match bar.value {
            None => "cf-bar-none",
            Some(v) if v >= 70.0 => "cf-bar-high",
            Some(v) if v >= 45.0 => "cf-bar-mid",
            Some(_) => "cf-bar-low",
        };
        html! {
            <g class="cf-chart-row">
                <text class="cf-chart-label" x="0" y={(y + 14.0).to_string()}>{ bar.label.clone() }</text>
                <rect class="cf-bar-track" x="0" y={(y + 20.0).to_string()}
                    width={BAR_WIDTH.to_string()} height="16" rx="4"></rect>
                <rect class={classes!("cf-bar", level)} x="0" y={(y + 20.0).to_string()}
                    width={tenths(width)} height="16" rx="4"></rect>
                <text class="cf-chart-value" x={(BAR_WIDTH + 8.0).to_string()} y={(y + 33.0).to_string()}>{ value }</text>
            </g>
        }
    });
    html! {
        <svg class="cf-chart" role="img" aria-label={props.title.clone()}
            viewBox={format!("0 0 {WIDTH} {height}")} preserveAspectRatio="xMinYMin meet">
            <title>{ props.title.clone() }</title>
            { for rows }
        </svg>
    }
}

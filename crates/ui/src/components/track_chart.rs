//! The track record as horizontal bars in inline SVG: for the first impression, the computed
//! verdict and your own verdict, how many were right out of how many were counted. Readable
//! without colour: every bar carries its label and its count as text; no inline style (the
//! widget runs under `style-src 'self'`).

use client_fit_core::describe::tenths;
use yew::prelude::*;

/// One bar: right out of counted.
#[derive(Clone, PartialEq)]
pub struct TrackBar {
    /// What is counted: the first impression, the computed verdict or your own.
    pub label: AttrValue,
    /// The count in words ("5 of 6 right").
    pub count: AttrValue,
    /// How many turned out right.
    pub right: usize,
    /// How many could be counted (an outcome is recorded).
    pub counted: usize,
}

/// What the chart draws.
#[derive(Properties, PartialEq)]
pub struct TrackChartProps {
    /// The bars, one per row; rows with nothing counted are left out by the caller.
    pub bars: Vec<TrackBar>,
    /// Accessible name of the chart.
    pub title: AttrValue,
}

const ROW: f64 = 44.0;
const BAR_WIDTH: f64 = 240.0;
const WIDTH: f64 = BAR_WIDTH + 110.0;

/// Right out of counted, as bars with their counts written beside them.
#[component]
pub fn TrackChart(props: &TrackChartProps) -> Html {
    let height = ROW * props.bars.len() as f64;
    let rows = props.bars.iter().enumerate().map(|(i, bar)| {
        let y = i as f64 * ROW;
        let share = if bar.counted == 0 { 0.0 } else { bar.right as f64 / bar.counted as f64 };
        let width = share.clamp(0.0, 1.0) * BAR_WIDTH;
        html! {
            <g class="cf-chart-row">
                <text class="cf-chart-label" x="0" y={(y + 14.0).to_string()}>{ bar.label.clone() }</text>
                <rect class="cf-bar-track" x="0" y={(y + 20.0).to_string()}
                    width={BAR_WIDTH.to_string()} height="16" rx="4"></rect>
                <rect class="cf-bar cf-track-right" x="0" y={(y + 20.0).to_string()}
                    width={tenths(width)} height="16" rx="4"></rect>
                <text class="cf-chart-value" x={(BAR_WIDTH + 8.0).to_string()} y={(y + 33.0).to_string()}>{ bar.count.clone() }</text>
            </g>
        }
    });
    html! {
        <svg class="cf-chart cf-track-chart" role="img" aria-label={props.title.clone()}
            viewBox={format!("0 0 {WIDTH} {height}")} preserveAspectRatio="xMinYMin meet">
            <title>{ props.title.clone() }</title>
            { for rows }
        </svg>
    }
}

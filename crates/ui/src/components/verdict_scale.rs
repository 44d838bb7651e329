//! The overall score drawn on the verdict tiers: a strip of the tiers' bands with a mark where the
//! score falls, and under it the tiers as a list, each with its range, the one the score falls in
//! and the one the verdict is. When a warning sign or the first impression holds the verdict
//! below the score's own tier, both show, so the gap reads at a glance and without colour.

use client_fit_core::describe::{tenths, whole};
use yew::prelude::*;

/// One verdict tier, as the scale draws it.
#[derive(Clone, PartialEq)]
pub struct ScaleBand {
    /// The tier's name.
    pub label: AttrValue,
    /// The lowest overall score in the tier, 0 to 100.
    pub min: f64,
    /// The highest overall score in the tier, 0 to 100.
    pub max: f64,
    /// `good`, `unsure` or `bad`: the colour family of the band.
    pub leaning: &'static str,
    /// The overall score falls in this band.
    pub scored: bool,
    /// This band is the verdict.
    pub verdict: bool,
}

/// What the scale draws.
#[derive(Properties, PartialEq)]
pub struct VerdictScaleProps {
    /// The tiers from the best (highest scores) to the worst.
    pub bands: Vec<ScaleBand>,
    /// 0 to 100, or `None` when nothing scored was answered.
    pub score: Option<f64>,
    /// Accessible name of the drawing.
    pub title: AttrValue,
    /// The mark beside the band the score falls in ("score", in the page's language).
    pub score_mark: AttrValue,
    /// The mark beside the verdict's band ("verdict").
    pub verdict_mark: AttrValue,
}

const WIDTH: f64 = 300.0;

/// The overall score drawn on the verdict tiers' bands, marking the score's band and the verdict's.
#[component]
pub fn VerdictScale(props: &VerdictScaleProps) -> Html {
    let x = |v: f64| v.clamp(0.0, 100.0) / 100.0 * WIDTH;
    let rects = props.bands.iter().map(|band| {
        html! {
            <rect class={classes!("cf-scale-band", format!("cf-scale-{}", band.leaning), band.verdict.then_some("cf-scale-band-verdict"))}
                x={tenths(x(band.min))} y="6" width={tenths(x(band.max) - x(band.min))} height="14"></rect>
        }
    });
    let marker = props.score.map(|score| {
        let at = x(score);
        html! {
            <>
                <line class="cf-scale-marker" x1={tenths(at)} x2={tenths(at)} y1="0" y2="26"></line>
                <polygon class="cf-scale-marker" points={format!("{},0 {},0 {},5", tenths(at - 4.0), tenths(at + 4.0), tenths(at))}></polygon>
            </>
        }
    });
    let legend = props.bands.iter().map(|band| {
        html! {
            <li class={classes!("cf-scale-item", band.verdict.then_some("cf-scale-item-verdict"))}>
                <span class="cf-scale-range">{ format!("{}–{}", whole(band.min), whole(band.max)) }</span>
                <span class="cf-scale-label">{ band.label.clone() }</span>
                if band.scored {
                    <span class="cf-badge cf-badge-score">{ props.score_mark.clone() }</span>
                }
                if band.verdict {
                    <span class="cf-badge cf-badge-verdict">{ props.verdict_mark.clone() }</span>
                }
            </li>
        }
    });
    html! {
        <div class="cf-scale">
            <svg class="cf-scale-strip" role="img" aria-label={props.title.clone()}
                viewBox={format!("0 0 {WIDTH} 26")} preserveAspectRatio="none">
                <title>{ props.title.clone() }</title>
                { for rects }
                { for marker }
            </svg>
            <ol class="cf-scale-legend">{ for legend }</ol>
        </div>
    }
}

//! The questionnaire-wide parts of an own questionnaire as the editor changes them: dimensions
//! (their order too) and their weights, verdict tiers and their thresholds, safeguards, letters, and the
//! first-impression and confidence rules. One [`RulesChange`] is one edit the editor sends,
//! wrapped in `draft::Change::Rules` so undo, redo and typing-as-one-step work as for the
//! questions. Also where those parts' problems are placed (`draft::Part`). Texts are written in
//! the language the editor writes in. Pure: no browser imports.

use super::{Part, Writing};
use crate::edit::{EditError, for_each_effect, move_item};
use crate::lint::{Level, Problem, lint};
use crate::model::{
    ConfidenceRules, Dimension, FirstImpressionRules, Impression, Letter, Questionnaire, Safeguard,
    VerdictBand,
};
use crate::text::Text;

/// One change to the questionnaire-wide parts.
///
/// Adding, deleting and switching are refused when they would add a linter error (deleting the
/// last dimension or tier, a dimension whose points were all that scored...). Typed values (a
/// text, a weight, a threshold) are taken as typed, even when the linter then finds a problem
/// (an empty label, a gap between tiers): the consultant is half-way through moving two
/// thresholds, and the problem shows beside the field until it is fixed.
#[derive(Clone, Debug, PartialEq)]
pub enum RulesChange {
    /// Adds a dimension labelled `label`, weighing 1.
    AddDimension {
        /// Its label.
        label: String,
    },
    /// Deletes a dimension; the points answers give it go too.
    DeleteDimension {
        /// Its id.
        id: String,
    },
    /// Moves the dimension at place `from` to place `to` (past the end is last): the order
    /// the result lists and charts the scores in. Ids are unchanged, so every answer's points
    /// still name it.
    MoveDimension {
        /// Its place now.
        from: usize,
        /// Its place after.
        to: usize,
    },
    /// A dimension's label.
    DimensionLabel {
        /// Its id.
        id: String,
        /// The new label.
        text: String,
    },
    /// A dimension's weight.
    DimensionWeight {
        /// Its id.
        id: String,
        /// The new weight.
        weight: f64,
    },
    /// Adds a tier by splitting the widest one in two: the new tier takes its upper half, so the
    /// tiers still cover 0 to 100.
    AddTier {
        /// Its label.
        label: String,
        /// What to do next.
        next: String,
    },
    /// Deletes a tier; the tier next to it takes over its scores, and what named it (a flag's
    /// `caps_at`, `when_backed`) names that tier instead.
    DeleteTier {
        /// Its id.
        id: String,
    },
    /// A tier's label.
    TierLabel {
        /// Its id.
        id: String,
        /// The new label.
        text: String,
    },
    /// A tier's "what to do next".
    TierNext {
        /// Its id.
        id: String,
        /// The new words.
        text: String,
    },
    /// A tier's lowest score.
    TierMin {
        /// Its id.
        id: String,
        /// The new lowest score.
        min: f64,
    },
    /// A tier's highest score.
    TierMax {
        /// Its id.
        id: String,
        /// The new highest score.
        max: f64,
    },
    /// Which way a tier leans.
    TierLeaning {
        /// Its id.
        id: String,
        /// The new leaning.
        leaning: Impression,
    },
    /// Whether a tier offers a letter (an offered letter goes last).
    TierLetter {
        /// The tier's id.
        id: String,
        /// The letter's id.
        letter: String,
        /// Offered or not.
        offered: bool,
    },
    /// Own first-impression rules (with the defaults, to change) or none (the defaults apply).
    FirstImpression(bool),
    /// Whether a warning sign backs a bad first impression.
    BackedBy {
        /// The flag's id.
        flag: String,
        /// Backing it or not.
        backing: bool,
    },
    /// The tier a backed bad first impression gives (`None`: the lowest).
    WhenBacked(Option<String>),
    /// How many tiers a bad first impression with nothing backing it moves the verdict down.
    UnbackedDrop(u8),
    /// The first line of "find out next" while a bad impression is not backed (empty: none).
    FindOut(String),
    /// Own confidence rules (with the defaults, to change) or none (the defaults apply).
    Confidence(bool),
    /// The share of what matters (0 to 1) below which no verdict is given.
    JudgeAt(f64),
    /// The share of what matters (0 to 1) below which the verdict is provisional.
    FirmAt(f64),
    /// Adds a safeguard.
    AddSafeguard {
        /// Its title.
        title: String,
        /// How to take it.
        detail: String,
    },
    /// Deletes a safeguard; the warning signs that recommended it no longer do.
    DeleteSafeguard {
        /// Its id.
        id: String,
    },
    /// A safeguard's title.
    SafeguardTitle {
        /// Its id.
        id: String,
        /// The new title.
        text: String,
    },
    /// How to take a safeguard.
    SafeguardDetail {
        /// Its id.
        id: String,
        /// The new words.
        text: String,
    },
    /// Adds a letter.
    AddLetter {
        /// Its title.
        title: String,
        /// Its template.
        body: String,
    },
    /// Deletes a letter; the tiers that offered it no longer do.
    DeleteLetter {
        /// Its id.
        id: String,
    },
    /// A letter's title.
    LetterTitle {
        /// Its id.
        id: String,
        /// The new title.
        text: String,
    },
    /// A letter's template.
    LetterBody {
        /// Its id.
        id: String,
        /// The new template.
        text: String,
    },
}

impl RulesChange {
    /// The field a typed value goes to, so typing in it is one step of undo; `None` for the
    /// changes that are one step each (adding, deleting, picking).
    pub(crate) fn text_field(&self) -> Option<String> {
        use RulesChange as R;
        let field = match self {
            R::DimensionLabel { id, .. } => format!("dimension {id} label"),
            R::DimensionWeight { id, .. } => format!("dimension {id} weight"),
            R::TierLabel { id, .. } => format!("tier {id} label"),
            R::TierNext { id, .. } => format!("tier {id} next"),
            R::TierMin { id, .. } => format!("tier {id} min"),
            R::TierMax { id, .. } => format!("tier {id} max"),
            R::FindOut(_) => "first impression find out".into(),
            R::JudgeAt(_) => "confidence judge".into(),
            R::FirmAt(_) => "confidence firm".into(),
            R::SafeguardTitle { id, .. } => format!("safeguard {id} title"),
            R::SafeguardDetail { id, .. } => format!("safeguard {id} detail"),
            R::LetterTitle { id, .. } => format!("letter {id} title"),
            R::LetterBody { id, .. } => format!("letter {id} body"),
            _ => return None,
        };
        Some(field)
    }
}

/// The first of `stem-1`, `stem-2`... that `taken` does not hold.
fn free(stem: &str, taken: impl Iterator<Item = String> + Clone) -> String {
    (1..)
        .map(|n| format!("{stem}-{n}"))
        .find(|id| !taken.clone().any(|t| t == *id))
        .unwrap_or_default()
}

fn not_found(what: &str, id: &str) -> EditError {
    EditError::NotFound(format!("{what} `{id}`"))
}

fn dimension_mut<'a>(q: &'a mut Questionnaire, id: &str) -> Result<&'a mut Dimension, EditError> {
    (q.dimensions.iter_mut().find(|d| d.id == id)).ok_or_else(|| not_found("dimension", id))
}

fn tier_mut<'a>(q: &'a mut Questionnaire, id: &str) -> Result<&'a mut VerdictBand, EditError> {
    (q.verdicts.iter_mut().find(|v| v.id == id)).ok_or_else(|| not_found("verdict", id))
}

fn safeguard_mut<'a>(q: &'a mut Questionnaire, id: &str) -> Result<&'a mut Safeguard, EditError> {
    (q.safeguards.iter_mut().find(|s| s.id == id)).ok_or_else(|| not_found("safeguard", id))
}

fn letter_mut<'a>(q: &'a mut Questionnaire, id: &str) -> Result<&'a mut Letter, EditError> {
    (q.letters.iter_mut().find(|l| l.id == id)).ok_or_else(|| not_found("letter", id))
}

fn first_impression_mut(q: &mut Questionnaire) -> Result<&mut FirstImpressionRules, EditError> {
    (q.first_impression.as_mut()).ok_or_else(|| EditError::NotFound("first_impression".into()))
}

fn confidence_mut(q: &mut Questionnaire) -> Result<&mut ConfidenceRules, EditError> {
    (q.confidence.as_mut()).ok_or_else(|| EditError::NotFound("confidence".into()))
}

fn errors(q: &Questionnaire) -> Vec<Problem> {
    lint(q)
        .into_iter()
        .filter(|p| p.level == Level::Error)
        .collect()
}

/// Adds or takes out `id` from a list of ids.
fn toggle(list: &mut Vec<String>, id: &str, on: bool) {
    let there = list.iter().any(|each| each == id);
    if on && !there {
        list.push(id.to_owned());
    } else if !on {
        list.retain(|each| each != id);
    }
}

/// `change` made to `questionnaire`, its texts written in the default language, or why it was
/// refused.
///
/// # Errors
///
/// [`EditError::NotFound`] for an id that is not there (or rules that are off);
/// [`EditError::Breaks`] when adding, deleting or switching would add a linter error.
pub fn apply(
    questionnaire: &Questionnaire,
    change: &RulesChange,
) -> Result<Questionnaire, EditError> {
    let writing = Writing {
        language: &questionnaire.default_language,
        default: &questionnaire.default_language,
    };
    apply_in(questionnaire, change, writing)
}

/// As [`apply`], its texts written as `writing` says (see `Draft::change_in`).
pub(crate) fn apply_in(
    questionnaire: &Questionnaire,
    change: &RulesChange,
    writing: Writing<'_>,
) -> Result<Questionnaire, EditError> {
    use RulesChange as R;
    let mut q = questionnaire.clone();
    // Typed values are taken as typed (see `RulesChange`); everything else must not break it.
    let mut guarded = true;
    match change {
        R::AddDimension { label } => {
            let id = free("dimension", q.dimensions.iter().map(|d| d.id.clone()));
            q.dimensions.push(Dimension {
                id,
                label: writing.new_text(label),
                weight: 1.0,
            });
        }
        R::DeleteDimension { id } => {
            let at = (q.dimensions.iter().position(|d| d.id == *id))
                .ok_or_else(|| not_found("dimension", id))?;
            q.dimensions.remove(at);
            // Points for a dimension that is gone would be a linter error: they go with it.
            for_each_effect(&mut q, &mut |points, _| {
                points.remove(id);
            });
        }
        R::MoveDimension { from, to } => {
            move_item(&mut q.dimensions, *from, *to, || {
                format!("dimension {}", from + 1)
            })?;
        }
        R::DimensionLabel { id, text } => {
            writing.set(&mut dimension_mut(&mut q, id)?.label, text);
            guarded = false;
        }
        R::DimensionWeight { id, weight } => {
            dimension_mut(&mut q, id)?.weight = *weight;
            guarded = false;
        }
        R::AddTier { label, next } => {
            let id = free("tier", q.verdicts.iter().map(|v| v.id.clone()));
            // The widest tier (the first of equals) gives up its upper half (at a whole score
            // when it can), so the tiers still cover 0 to 100 without a gap.
            let width = |v: &VerdictBand| v.max - v.min;
            let widest = (q.verdicts.iter_mut())
                .filter(|v| v.min.is_finite() && v.max.is_finite() && v.min < v.max)
                .reduce(|best, v| if width(v) > width(best) { v } else { best });
            let Some(widest) = widest else {
                return Err(EditError::NotFound("verdict tier to split".into()));
            };
            let half = (widest.min + widest.max) / 2.0;
            let mid = if half.round() > widest.min && half.round() < widest.max {
                half.round()
            } else {
                half
            };
            let (max, leaning) = (widest.max, widest.leaning);
            widest.max = mid;
            q.verdicts.push(VerdictBand {
                id,
                min: mid,
                max,
                label: writing.new_text(label),
                next: writing.new_text(next),
                leaning,
                letters: Vec::new(),
            });
        }
        R::DeleteTier { id } => {
            let at = (q.verdicts.iter().position(|v| v.id == *id))
                .ok_or_else(|| not_found("verdict", id))?;
            let gone = q.verdicts.remove(at);
            // The tier just below takes over its scores, or else the one just above.
            let below = q.verdicts.iter().position(|v| v.max == gone.min);
            let above = q.verdicts.iter().position(|v| v.min == gone.max);
            let heir = match (below, above) {
                (Some(i), _) => {
                    q.verdicts[i].max = gone.max;
                    Some(q.verdicts[i].id.clone())
                }
                (None, Some(i)) => {
                    q.verdicts[i].min = gone.min;
                    Some(q.verdicts[i].id.clone())
                }
                (None, None) => None,
            };
            for flag in &mut q.flags {
                if flag.caps_at.as_deref() == Some(id) {
                    flag.caps_at = heir.clone();
                }
            }
            if let Some(rules) = &mut q.first_impression
                && rules.when_backed.as_deref() == Some(id)
            {
                rules.when_backed = heir;
            }
        }
        R::TierLabel { id, text } => {
            writing.set(&mut tier_mut(&mut q, id)?.label, text);
            guarded = false;
        }
        R::TierNext { id, text } => {
            writing.set(&mut tier_mut(&mut q, id)?.next, text);
            guarded = false;
        }
        R::TierMin { id, min } => {
            tier_mut(&mut q, id)?.min = *min;
            guarded = false;
        }
        R::TierMax { id, max } => {
            tier_mut(&mut q, id)?.max = *max;
            guarded = false;
        }
        R::TierLeaning { id, leaning } => tier_mut(&mut q, id)?.leaning = *leaning,
        R::TierLetter {
            id,
            letter,
            offered,
        } => {
            if q.letter(letter).is_none() {
                return Err(not_found("letter", letter));
            }
            toggle(&mut tier_mut(&mut q, id)?.letters, letter, *offered);
        }
        R::FirstImpression(on) => {
            q.first_impression = match (on, q.first_impression.take()) {
                (true, kept @ Some(_)) => kept,
                (true, None) => Some(FirstImpressionRules::default()),
                (false, _) => None,
            };
        }
        R::BackedBy { flag, backing } => {
            if q.flag(flag).is_none() {
                return Err(not_found("flag", flag));
            }
            toggle(&mut first_impression_mut(&mut q)?.backed_by, flag, *backing);
        }
        R::WhenBacked(tier) => {
            if let Some(tier) = tier
                && q.verdict(tier).is_none()
            {
                return Err(not_found("verdict", tier));
            }
            first_impression_mut(&mut q)?.when_backed = tier.clone();
        }
        R::UnbackedDrop(drop) => first_impression_mut(&mut q)?.unbacked_drop = *drop,
        R::FindOut(text) => {
            writing.set_optional(&mut first_impression_mut(&mut q)?.find_out, text);
            guarded = false;
        }
        R::Confidence(on) => {
            q.confidence = match (on, q.confidence.take()) {
                (true, kept @ Some(_)) => kept,
                (true, None) => Some(ConfidenceRules::default()),
                (false, _) => None,
            };
        }
        R::JudgeAt(share) => {
            confidence_mut(&mut q)?.judge_at = *share;
            guarded = false;
        }
        R::FirmAt(share) => {
            confidence_mut(&mut q)?.firm_at = *share;
            guarded = false;
        }
        R::AddSafeguard { title, detail } => {
            let id = free("safeguard", q.safeguards.iter().map(|s| s.id.clone()));
            q.safeguards.push(Safeguard {
                id,
                title: writing.new_text(title),
                detail: writing.new_text(detail),
            });
        }
        R::DeleteSafeguard { id } => {
            let at = (q.safeguards.iter().position(|s| s.id == *id))
                .ok_or_else(|| not_found("safeguard", id))?;
            q.safeguards.remove(at);
            for flag in &mut q.flags {
                flag.safeguards.retain(|each| each != id);
            }
        }
        R::SafeguardTitle { id, text } => {
            writing.set(&mut safeguard_mut(&mut q, id)?.title, text);
            guarded = false;
        }
        R::SafeguardDetail { id, text } => {
            writing.set(&mut safeguard_mut(&mut q, id)?.detail, text);
            guarded = false;
        }
        R::AddLetter { title, body } => {
            let id = free("letter", q.letters.iter().map(|l| l.id.clone()));
            q.letters.push(Letter {
                id,
                title: writing.new_text(title),
                body: writing.new_text(body),
            });
        }
        R::DeleteLetter { id } => {
            let at = (q.letters.iter().position(|l| l.id == *id))
                .ok_or_else(|| not_found("letter", id))?;
            q.letters.remove(at);
            for verdict in &mut q.verdicts {
                verdict.letters.retain(|each| each != id);
            }
        }
        R::LetterTitle { id, text } => {
            writing.set(&mut letter_mut(&mut q, id)?.title, text);
            guarded = false;
        }
        R::LetterBody { id, text } => {
            writing.set(&mut letter_mut(&mut q, id)?.body, text);
            guarded = false;
        }
    }
    if guarded {
        let before = errors(questionnaire);
        let new: Vec<Problem> = errors(&q)
            .into_iter()
            .filter(|p| !before.contains(p))
            .collect();
        if !new.is_empty() {
            return Err(EditError::Breaks(new));
        }
    }
    Ok(q)
}

/// The part a linter place names among the questionnaire-wide ones (`dimension `money``,
/// `verdict `good``, `verdicts `a` and `b``, `first_impression`...), if it is one of them.
pub(crate) fn part_of(q: &Questionnaire, at: &str) -> Option<Part> {
    let named = |prefix: &str| {
        at.strip_prefix(prefix)
            .and_then(|rest| rest.strip_prefix('`'))
            .and_then(|rest| rest.split('`').next())
            .map(str::to_owned)
    };
    if let Some(id) = named("dimension ").filter(|id| q.dimension(id).is_some()) {
        return Some(Part::Dimension(id));
    }
    if let Some(id) = named("verdict ").filter(|id| q.verdict(id).is_some()) {
        return Some(Part::Tier(id));
    }
    // A gap or an overlap between two tiers, or no tier at all, concerns the tiers together.
    if at.starts_with("verdicts") {
        return Some(Part::Tiers);
    }
    if let Some(id) = named("safeguard ").filter(|id| q.safeguard(id).is_some()) {
        return Some(Part::Safeguard(id));
    }
    if let Some(id) = named("letter ").filter(|id| q.letter(id).is_some()) {
        return Some(Part::Letter(id));
    }
    if at.starts_with("first_impression") {
        return Some(Part::FirstImpression);
    }
    if at.starts_with("confidence") {
        return Some(Part::Confidence);
    }
    None
}

/// The questionnaire-wide texts left empty in the default language, each at its part, as
/// `missing` words the problem for a text's place.
pub(crate) fn empty_texts(
    q: &Questionnaire,
    missing: &dyn Fn(String) -> Problem,
) -> Vec<(Part, Problem)> {
    let language = &q.default_language;
    let empty = |text: &Text| text.0.get(language).is_none_or(|t| t.trim().is_empty());
    let mut found = Vec::new();
    let mut check = |part: Part, text: &Text, place: String| {
        if empty(text) {
            found.push((part, missing(place)));
        }
    };
    for d in &q.dimensions {
        let part = Part::Dimension(d.id.clone());
        check(part, &d.label, format!("dimension `{}` label", d.id));
    }
    for v in &q.verdicts {
        let part = Part::Tier(v.id.clone());
        check(part.clone(), &v.label, format!("verdict `{}` label", v.id));
        check(part, &v.next, format!("verdict `{}` next", v.id));
    }
    for s in &q.safeguards {
        let part = Part::Safeguard(s.id.clone());
        check(
            part.clone(),
            &s.title,
            format!("safeguard `{}` title", s.id),
        );
        check(part, &s.detail, format!("safeguard `{}` detail", s.id));
    }
    for l in &q.letters {
        let part = Part::Letter(l.id.clone());
        check(part.clone(), &l.title, format!("letter `{}` title", l.id));
        check(part, &l.body, format!("letter `{}` body", l.id));
    }
    found
}

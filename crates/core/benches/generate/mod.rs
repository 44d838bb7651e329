//! Generated questionnaires for the engine benchmarks, native and in wasm: six dimensions,
//! twelve flags, texts in the four languages, a realistic mix of question kinds, about one
//! question in ten shown only on an earlier answer, and 90 % of the questions answered.
//! Deterministic, so every run measures the same files.

use client_fit_core::answers::{Answer, Answers};
use client_fit_core::model::{
    Choice, Cmp, Condition, Dimension, Effect, FlagDef, Impression, Kind, Lens, NumberRule,
    NumberSpec, Points, Question, Questionnaire, Safeguard, Scale, Section, Severity, Target, Unit,
    VerdictBand,
};
use client_fit_core::profile::{Profile, ProfileField};
use client_fit_core::text::{LANGUAGES, Text};

const DIMENSIONS: [(&str, f64); 6] = [
    ("money", 4.0),
    ("conduct", 5.0),
    ("communication", 3.0),
    ("scope", 3.0),
    ("respect", 4.0),
    ("fit", 2.0),
];
const FLAGS: [(&str, Severity); 12] = [
    ("abuse", Severity::DealBreaker),
    ("lies", Severity::DealBreaker),
    ("slow_payer", Severity::Serious),
    ("haggles", Severity::Serious),
    ("legal_risk", Severity::Serious),
    ("no_reply", Severity::Caution),
    ("scope_creep", Severity::Caution),
    ("ignores_advice", Severity::Caution),
    ("distrust", Severity::Caution),
    ("off_hours", Severity::Note),
    ("friend", Severity::Note),
    ("low_budget", Severity::Caution),
];
const SAFEGUARDS: [&str; 4] = ["written_scope", "deposit", "reply_times", "hand_off"];

// The same generator as the fuzzer's, so every run measures the same files.
#[path = "../../tests/common/rng.rs"]
mod rng;
use rng::Rng;

/// Text in the four languages the widget speaks, of a realistic length.
fn text(what: &str) -> Text {
    Text(
        LANGUAGES
            .iter()
            .map(|lang| {
                let words = format!("{what} ({lang}): a short line of plain words");
                (lang.to_string(), words)
            })
            .collect(),
    )
}

fn points(rng: &mut Rng, value: f64) -> Points {
    let dimension = DIMENSIONS[rng.below(DIMENSIONS.len())].0;
    Points::from([(dimension.to_owned(), value)])
}

fn flagged(rng: &mut Rng, value: f64) -> Effect {
    Effect {
        points: points(rng, value),
        flags: vec![FLAGS[rng.below(FLAGS.len())].0.to_owned()],
    }
}

fn plain(rng: &mut Rng, value: f64) -> Effect {
    Effect {
        points: points(rng, value),
        flags: Vec::new(),
    }
}

fn question(rng: &mut Rng, n: usize, earlier: &[Question]) -> Question {
    let id = format!("q{n}");
    let mut q = Question {
        id: id.clone(),
        kind: Kind::Text,
        text: text(&id),
        help: rng.chance(30).then(|| text("help")),
        find_out: rng.chance(50).then(|| text("find out")),
        allow_unknown: true,
        required: false,
        show_if: None,
        options: Vec::new(),
        yes: None,
        no: None,
        scale: None,
        number: None,
        on_welcome: None,
        on_avoided: None,
    };
    match rng.below(100) {
        0..35 => {
            q.kind = Kind::Single;
            // Best first; the worst option raises a flag and scores lowest.
            let dimension = DIMENSIONS[rng.below(DIMENSIONS.len())].0;
            q.options = [3.0, 1.0, -1.0, -3.0]
                .iter()
                .enumerate()
                .map(|(i, p)| Choice {
                    id: format!("o{i}"),
                    label: text("option"),
                    points: Points::from([(dimension.to_owned(), *p)]),
                    flags: if i == 3 {
                        vec![FLAGS[rng.below(FLAGS.len())].0.to_owned()]
                    } else {
                        Vec::new()
                    },
                    tag: None,
                })
                .collect();
        }
        35..50 => {
            q.kind = Kind::Multi;
            // Options of a multiple-choice question score on one or two dimensions.
            let pair = [rng.below(DIMENSIONS.len()), rng.below(DIMENSIONS.len())];
            q.options = (0..5)
                .map(|i| Choice {
                    id: format!("o{i}"),
                    label: text("option"),
                    points: Points::from([(
                        DIMENSIONS[pair[i % 2]].0.to_owned(),
                        [2.0, 1.0, -1.0, -2.0, -3.0][i],
                    )]),
                    flags: if i == 4 {
                        vec![FLAGS[rng.below(FLAGS.len())].0.to_owned()]
                    } else {
                        Vec::new()
                    },
                    tag: (i < 2).then(|| format!("work:kind{i}")),
                })
                .collect();
            q.on_welcome = Some(Effect {
                points: Points::from([("fit".to_owned(), 1.0)]),
                flags: Vec::new(),
            });
        }
        50..70 => {
            q.kind = Kind::YesNo;
            q.yes = Some(flagged(rng, -3.0));
            q.no = Some(plain(rng, 1.0));
        }
        70..85 => {
            q.kind = Kind::Scale;
            let dimension = DIMENSIONS[rng.below(DIMENSIONS.len())].0;
            let mut steps: Vec<Effect> = [-2.0, -1.0, 0.0, 1.0, 2.0]
                .iter()
                .map(|p| Effect {
                    points: Points::from([(dimension.to_owned(), *p)]),
                    flags: Vec::new(),
                })
                .collect();
            steps[0].flags = vec![FLAGS[rng.below(FLAGS.len())].0.to_owned()];
            q.scale = Some(Scale {
                low: text("low"),
                high: text("high"),
                steps,
            });
        }
        85..95 => {
            q.kind = Kind::Number;
            let (unit, field) = [
                (Unit::Money, ProfileField::MinBudget),
                (Unit::Days, ProfileField::PaymentDays),
                (Unit::Hours, ProfileField::ReplyHours),
                (Unit::Percent, ProfileField::DepositPercent),
            ][rng.below(4)];
            let than = |factor: f64| Target {
                value: None,
                profile: Some(field),
                factor: Some(factor),
            };
            q.number = Some(NumberSpec {
                unit,
                min: Some(0.0),
                max: None,
                rules: vec![
                    NumberRule {
                        op: Cmp::Lt,
                        than: than(0.5),
                        points: points(rng, -3.0),
                        flags: vec!["low_budget".to_owned()],
                    },
                    NumberRule {
                        op: Cmp::Lt,
                        than: than(1.0),
                        points: points(rng, -1.0),
                        flags: Vec::new(),
                    },
                    NumberRule {
                        op: Cmp::Ge,
                        than: than(1.0),
                        points: points(rng, 2.0),
                        flags: Vec::new(),
                    },
                ],
            });
        }
        _ => {}
    }
    // About one question in ten depends on an earlier one.
    let scored: Vec<&Question> = earlier.iter().filter(|e| e.kind != Kind::Text).collect();
    if !scored.is_empty() && rng.chance(10) {
        let on = scored[rng.below(scored.len())];
        let condition = match on.kind {
            Kind::Single => Condition::AnyOf {
                question: on.id.clone(),
                options: vec!["o2".into(), "o3".into()],
            },
            Kind::Multi => Condition::Is {
                question: on.id.clone(),
                option: "o4".into(),
            },
            Kind::YesNo => Condition::Is {
                question: on.id.clone(),
                option: "yes".into(),
            },
            Kind::Scale | Kind::Number => Condition::Not(Box::new(Condition::Compare {
                question: on.id.clone(),
                op: Cmp::Ge,
                than: Target {
                    value: Some(3.0),
                    profile: None,
                    factor: None,
                },
            })),
            Kind::Text => Condition::Answered(on.id.clone()),
        };
        q.show_if = Some(condition);
    }
    q
}

/// A questionnaire of `size` questions that loads without errors; the same for the same size.
pub(crate) fn questionnaire(size: usize) -> Questionnaire {
    let mut rng = Rng(0x5eed ^ size as u64);
    let mut all: Vec<Question> = Vec::with_capacity(size);
    for n in 0..size {
        let q = question(&mut rng, n, &all);
        all.push(q);
    }
    let sections = all
        .chunks(10)
        .enumerate()
        .map(|(s, questions)| Section {
            id: format!("s{s}"),
            title: text("section"),
            intro: None,
            show_if: None,
            questions: questions.to_vec(),
        })
        .collect();
    let band = |id: &str, min: f64, max: f64, leaning| VerdictBand {
        id: id.to_owned(),
        min,
        max,
        label: text(id),
        next: text("next"),
        leaning,
        letters: Vec::new(),
    };
    Questionnaire {
        format: 1,
        id: format!("bench-{size}"),
        lens: Lens::Screen,
        default_language: "en".into(),
        languages: LANGUAGES.iter().map(|l| l.to_string()).collect(),
        title: text("title"),
        intro: Some(text("intro")),
        dimensions: DIMENSIONS
            .iter()
            .map(|(id, weight)| Dimension {
                id: (*id).to_owned(),
                label: text(id),
                weight: *weight,
            })
            .collect(),
        sections,
        flags: FLAGS
            .iter()
            .enumerate()
            .map(|(i, (id, severity))| FlagDef {
                id: (*id).to_owned(),
                severity: *severity,
                title: text(id),
                reason: text("reason"),
                advice: text("advice"),
                safeguards: vec![SAFEGUARDS[i % SAFEGUARDS.len()].to_owned()],
                letter_line: None,
                caps_at: None,
            })
            .collect(),
        safeguards: SAFEGUARDS
            .iter()
            .map(|id| Safeguard {
                id: (*id).to_owned(),
                title: text(id),
                detail: text("detail"),
            })
            .collect(),
        verdicts: vec![
            band("strong_fit", 70.0, 100.0, Impression::Good),
            band("safeguards", 45.0, 70.0, Impression::Unsure),
            band("walk_away", 0.0, 45.0, Impression::Bad),
        ],
        letters: Vec::new(),
        first_impression: None,
        confidence: None,
        prospect_copy: false,
    }
}

/// A plausible set of answers: most questions answered, some "don't know", no deal-breaker
/// (a forced verdict would skip part of the work being measured).
pub(crate) fn answers(questionnaire: &Questionnaire) -> Answers {
    let mut rng = Rng(42);
    let mut answers = Answers::new();
    for (_, q) in questionnaire.questions() {
        let answer = if rng.chance(10) {
            Answer::Unknown
        } else {
            match q.kind {
                Kind::Single => Answer::Choice(format!("o{}", rng.below(3))),
                Kind::Multi => Answer::Choices(vec!["o0".into(), format!("o{}", 1 + rng.below(3))]),
                Kind::YesNo => Answer::YesNo(false),
                Kind::Scale => Answer::Scale(2 + rng.below(4) as u8),
                Kind::Number => Answer::Number((rng.below(200) * 50) as f64),
                Kind::Text => Answer::Text("They were polite on the phone.".into()),
            }
        };
        answers.insert(q.id.clone(), answer);
    }
    answers
}

/// A small studio's profile that sets every number the questions compare with.
pub(crate) fn profile() -> Profile {
    Profile {
        name: "Bench".into(),
        currency: "EUR".into(),
        min_budget: Some(5_000.0),
        deposit_percent: Some(30.0),
        payment_days: Some(30.0),
        reply_hours: Some(48.0),
        welcome: vec!["work:kind0".into()],
        avoided: vec!["work:kind1".into()],
        ..Profile::default()
    }
}

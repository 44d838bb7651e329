//! What could not be measured against the profile: the shown questions whose number rules or
//! conditions compare with a profile value that is not set. Without it they are silently not
//! compared; with it, each question and the result can say so. Pure: no browser imports.

use super::answers::Answers;
use super::condition::Visibility;
use super::model::{Condition, Question, Questionnaire};
use super::profile::{Profile, ProfileField};
use super::ui_text::Ui;

/// The profile fields a question compares with (its number rules, then its own condition),
/// each once, in the order they first appear.
pub fn compared_fields(question: &Question) -> Vec<ProfileField> {
    let mut fields = Vec::new();
    let mut add = |field: Option<ProfileField>| {
        if let Some(field) = field
            && !fields.contains(&field)
        {
            fields.push(field);
        }
    };
    for rule in question.number.iter().flat_map(|n| &n.rules) {
        add(rule.than.profile);
    }
    if let Some(condition) = &question.show_if {
        condition_fields(condition, &mut add);
    }
    fields
}

fn condition_fields(condition: &Condition, add: &mut impl FnMut(Option<ProfileField>)) {
    match condition {
        Condition::Compare { than, .. } => add(than.profile),
        Condition::All(all) | Condition::Any(all) => {
            for c in all {
                condition_fields(c, add);
            }
        }
        Condition::Not(inner) => condition_fields(inner, add),
        // Asking whether a field is set is not a comparison with it.
        Condition::ProfileSet(_)
        | Condition::Answered(_)
        | Condition::Is { .. }
        | Condition::AnyOf { .. }
        | Condition::FriendsPolicy(_) => {}
    }
}

/// The profile fields this question compares with that the profile does not set. A number
/// question whose fixed-value rules alone meet every answer (the screening's deposit falls back
/// to "25%" when no deposit is set) is still compared, with its own default, so it is not listed
/// for its number rules.
pub fn unset_fields(question: &Question, profile: &Profile) -> Vec<ProfileField> {
    let defaulted = has_default(question);
    let in_condition = {
        let mut fields = Vec::new();
        if let Some(condition) = &question.show_if {
            condition_fields(condition, &mut |f: Option<ProfileField>| fields.extend(f));
        }
        fields
    };
    compared_fields(question)
        .into_iter()
        .filter(|field| profile.number(*field).is_none())
        .filter(|field| !defaulted || in_condition.contains(field))
        .collect()
}

/// Whether the number rules that compare with a fixed value meet every answer the question
/// can take, so the question scores without any profile value. Checked at each fixed value and
/// just either side of it, and at the bounds: between those points no rule changes its mind.
fn has_default(question: &Question) -> bool {
    let Some(spec) = &question.number else {
        return false;
    };
    let fixed: Vec<_> = (spec.rules.iter())
        .filter_map(|rule| rule.than.value.map(|value| (rule.op, value)))
        .filter(|(_, value)| value.is_finite())
        .collect();
    if fixed.is_empty() {
        return false;
    }
    let (low, high) = (spec.min.unwrap_or(-1e12), spec.max.unwrap_or(1e12));
    let mut points = vec![low, high];
    for &(_, value) in &fixed {
        points.extend([value - 0.5, value, value + 0.5]);
    }
    (points.into_iter())
        .filter(|x| (low..=high).contains(x))
        .all(|x| fixed.iter().any(|&(op, value)| op.holds(x, value)))
}

/// Every shown question that compares with a profile value that is not set, with that field,
/// in questionnaire order (a question comparing with two unset fields appears twice).
pub fn not_compared(
    questionnaire: &Questionnaire,
    answers: &Answers,
    profile: &Profile,
) -> Vec<(String, ProfileField)> {
    let visibility = Visibility::of(questionnaire, answers, profile);
    questionnaire
        .questions()
        .enumerate()
        .filter(|(i, _)| visibility.questions.get(*i) == Some(&true))
        .flat_map(|(_, (_, question))| {
            unset_fields(question, profile)
                .into_iter()
                .map(|field| (question.id.clone(), field))
        })
        .collect()
}

/// The words for a profile field in a sentence ("your minimum budget").
pub fn field_words(field: ProfileField) -> Ui {
    match field {
        ProfileField::MinBudget => Ui::ProfileFieldMinBudget,
        ProfileField::DepositPercent => Ui::ProfileFieldDeposit,
        ProfileField::PaymentDays => Ui::ProfileFieldPaymentDays,
        ProfileField::MinWeeks => Ui::ProfileFieldMinWeeks,
        ProfileField::MaxWeeks => Ui::ProfileFieldMaxWeeks,
        ProfileField::ReplyHours => Ui::ProfileFieldReplyHours,
        ProfileField::WeeklyHours => Ui::ProfileFieldWeeklyHours,
    }
}

#[cfg(test)]
mod default_tests {
    use super::*;
    use crate::builtin::BUILTIN;
    use crate::load::load;

    #[test]
    fn a_question_with_its_own_default_is_compared_without_the_profile() {
        let q = load(BUILTIN[0].1).unwrap().questionnaire;
        let none = Profile::default();
        let listed: Vec<String> = not_compared(&q, &Answers::new(), &none)
            .into_iter()
            .map(|(question, _)| question)
            .collect();
        // Deposit, payment days and reply time fall back to fixed values; the budget, the
        // timeline and the weekly hours have nothing to fall back on.
        for id in ["deposit", "payment_days", "reply_hours"] {
            assert!(!listed.contains(&id.to_owned()), "{id}: {listed:?}");
        }
        for id in ["budget", "timeline", "weekly_hours"] {
            assert!(listed.contains(&id.to_owned()), "{id}: {listed:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answer;
    use crate::load::load;
    use crate::test_support::minimal;
    use crate::ui_text::ui_fill;

    fn screen() -> Questionnaire {
        load(include_str!("../../../content/screen.json"))
            .expect("the screening questionnaire loads")
            .questionnaire
    }

    #[test]
    fn an_empty_profile_leaves_the_budget_not_compared() {
        let q = minimal();
        let list = not_compared(&q, &Answers::new(), &Profile::default());
        assert_eq!(list, [("budget".to_owned(), ProfileField::MinBudget)]);
        let set = Profile {
            min_budget: Some(2000.0),
            ..Profile::default()
        };
        assert!(not_compared(&q, &Answers::new(), &set).is_empty());
    }

    #[test]
    fn the_screening_lists_each_unset_term_once_per_question() {
        let q = screen();
        let list = not_compared(&q, &Answers::new(), &Profile::default());
        for (question, field) in [
            ("budget", ProfileField::MinBudget),
            ("timeline", ProfileField::MinWeeks),
            ("weekly_hours", ProfileField::WeeklyHours),
        ] {
            assert_eq!(
                list.iter()
                    .filter(|(q, f)| q == question && *f == field)
                    .count(),
                1,
                "{question}: {list:?}"
            );
        }
        // Setting one field takes only its questions off the list.
        let profile = Profile {
            min_budget: Some(5000.0),
            ..Profile::default()
        };
        let fewer = not_compared(&q, &Answers::new(), &profile);
        assert!(!fewer.iter().any(|(_, f)| *f == ProfileField::MinBudget));
        assert!(fewer.iter().any(|(q, _)| q == "weekly_hours"));
        assert_eq!(
            fewer.len(),
            list.iter()
                .filter(|(_, f)| *f != ProfileField::MinBudget)
                .count()
        );
    }

    #[test]
    fn hidden_questions_are_not_listed() {
        let mut q = minimal();
        let budget = q.sections[0]
            .questions
            .iter_mut()
            .find(|x| x.id == "budget")
            .unwrap();
        budget.show_if = Some(Condition::Answered("respect".into()));
        let profile = Profile::default();
        assert!(not_compared(&q, &Answers::new(), &profile).is_empty());
        let mut answers = Answers::new();
        answers.insert("respect".into(), Answer::Scale(3));
        assert_eq!(not_compared(&q, &answers, &profile).len(), 1);
    }

    #[test]
    fn conditions_count_but_asking_whether_a_field_is_set_does_not() {
        let mut q = minimal();
        let respect = q.sections[0]
            .questions
            .iter_mut()
            .find(|x| x.id == "respect")
            .unwrap();
        respect.show_if = Some(Condition::Any(vec![
            Condition::Not(Box::new(Condition::ProfileSet(ProfileField::ReplyHours))),
            Condition::Compare {
                question: "budget".into(),
                op: crate::model::Cmp::Lt,
                than: crate::model::Target {
                    profile: Some(ProfileField::WeeklyHours),
                    ..Default::default()
                },
            },
        ]));
        let fields = compared_fields(q.question("respect").unwrap());
        assert_eq!(fields, [ProfileField::WeeklyHours]);
    }

    #[test]
    fn every_field_has_words_in_every_language() {
        for field in ProfileField::ALL {
            let line = ui_fill(
                "en",
                Ui::NotComparedLine,
                &[("what", crate::ui_text::ui("en", field_words(field)))],
            );
            assert!(line.starts_with("Not compared: set your") || line.contains("hours"));
        }
    }
}

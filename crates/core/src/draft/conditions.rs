//! Combined show-if conditions as the editor builds them: a condition is a tree of groups
//! ("all of these", "any of these") whose members are single tests or groups again, any of
//! them turned around ("not"). The editor names a member by its [`path`](ConditionPath) from
//! the top, changes it, and sends the whole condition back as one `Change::ShowIf`, so undo,
//! redo and the linter's check work as for any other edit. A `not` wrapping a member is read
//! as part of that member (its "turned around" box), not as a level of its own. Pure: no
//! browser imports.

use super::scoring::{Shown, asked_earlier, first_condition};
use crate::model::{Condition, Questionnaire};
use crate::profile::ProfileField;

/// Where a member of a combined condition sits: the place in its group at each level, from the
/// top. The empty path is the whole condition.
pub type ConditionPath = [usize];

/// A member read for the editor: whether it is turned around, and what is inside the `not`.
pub fn unturned(condition: &Condition) -> (bool, &Condition) {
    match condition {
        Condition::Not(inner) => (true, inner),
        other => (false, other),
    }
}

/// The members of a group (`all` or `any`, turned around or not), as `Some((any, members))`;
/// `None` for a single test.
pub fn group(condition: &Condition) -> Option<(bool, &[Condition])> {
    match unturned(condition).1 {
        Condition::All(members) => Some((false, members)),
        Condition::Any(members) => Some((true, members)),
        _ => None,
    }
}

/// The member at `path`, or `None` when the path leads nowhere.
pub fn member_at<'a>(condition: &'a Condition, path: &ConditionPath) -> Option<&'a Condition> {
    match path.split_first() {
        None => Some(condition),
        Some((first, rest)) => member_at(group(condition)?.1.get(*first)?, rest),
    }
}

/// `condition` with the member at `path` replaced by what `change` makes of it; `None` when
/// the path leads nowhere.
pub fn with_member(
    condition: &Condition,
    path: &ConditionPath,
    change: impl FnOnce(&Condition) -> Condition,
) -> Option<Condition> {
    let Some((first, rest)) = path.split_first() else {
        return Some(change(condition));
    };
    let (turned, inner) = unturned(condition);
    let rebuilt = match inner {
        Condition::All(members) => Condition::All(replaced(members, *first, rest, change)?),
        Condition::Any(members) => Condition::Any(replaced(members, *first, rest, change)?),
        _ => return None,
    };
    Some(turn(turned, rebuilt))
}

fn replaced(
    members: &[Condition],
    at: usize,
    rest: &ConditionPath,
    change: impl FnOnce(&Condition) -> Condition,
) -> Option<Vec<Condition>> {
    let mut members = members.to_vec();
    let member = members.get_mut(at)?;
    *member = with_member(member, rest, change)?;
    Some(members)
}

/// `condition` turned around if `turned` is set.
fn turn(turned: bool, condition: Condition) -> Condition {
    match turned {
        true => Condition::Not(Box::new(condition)),
        false => condition,
    }
}

/// The member at `path` turned around, or back: a `not` is added or taken off.
pub fn toggle_not(condition: &Condition, path: &ConditionPath) -> Option<Condition> {
    with_member(condition, path, |member| match member {
        Condition::Not(inner) => (**inner).clone(),
        other => Condition::Not(Box::new(other.clone())),
    })
}

/// The group at `path` asking for all of its members (`any` false) or for any one of them;
/// a single test is left as it is.
pub fn join_with(condition: &Condition, path: &ConditionPath, any: bool) -> Option<Condition> {
    with_member(condition, path, |member| {
        let (turned, inner) = unturned(member);
        let joined = match (inner, any) {
            (Condition::All(members) | Condition::Any(members), false) => {
                Condition::All(members.clone())
            }
            (Condition::All(members) | Condition::Any(members), true) => {
                Condition::Any(members.clone())
            }
            (single, _) => single.clone(),
        };
        turn(turned, joined)
    })
}

/// `added` joined to the member at `path`: put at the end of a group, or, beside a single
/// test, the two made into an "all of these" group in its place.
pub fn add_member(
    condition: &Condition,
    path: &ConditionPath,
    added: Condition,
) -> Option<Condition> {
    with_member(condition, path, |member| match group(member) {
        Some(_) => {
            let (turned, inner) = unturned(member);
            let grown = match inner {
                Condition::Any(members) => Condition::Any([members, &[added][..]].concat()),
                Condition::All(members) => Condition::All([members, &[added][..]].concat()),
                _ => unreachable!("group() said it is one"),
            };
            turn(turned, grown)
        }
        None => Condition::All(vec![member.clone(), added]),
    })
}

/// `condition` without the member at `path` (which is not the whole condition). A group left
/// with one member is replaced by that member (turned around if the group was), so the tree
/// never holds a group of one. Only a file's group of one can be left with none: it stays, an
/// empty group (which the linter reports), for the consultant to pick a test in its place.
pub fn remove_member(condition: &Condition, path: &ConditionPath) -> Option<Condition> {
    let (last, parent) = path.split_last()?;
    let mut removed = false;
    let shrunk = with_member(condition, parent, |group_member| {
        let (turned, inner) = unturned(group_member);
        let members = match inner {
            Condition::All(members) | Condition::Any(members) => members,
            single => return single.clone(),
        };
        let mut left = members.clone();
        if *last < left.len() {
            left.remove(*last);
            removed = true;
        }
        match (left.len(), inner) {
            (1, _) => {
                let only = left.remove(0);
                match (turned, only) {
                    // Two turns cancel out: no `not` of a `not`.
                    (true, Condition::Not(inner)) => *inner,
                    (turned, only) => turn(turned, only),
                }
            }
            (_, Condition::Any(_)) => turn(turned, Condition::Any(left)),
            _ => turn(turned, Condition::All(left)),
        }
    })?;
    removed.then_some(shrunk)
}

/// The test a new member starts as, for the consultant to change: the first answer (or a plain
/// comparison) of the first question asked before `at` that can be tested that way, else its
/// first question being answered, else the profile's smallest budget being set. Each of these
/// is valid wherever it is put, so adding a member never adds a problem.
pub fn a_new_test(q: &Questionnaire, at: &Shown) -> Condition {
    let earlier = asked_earlier(q, at);
    (earlier.iter().find_map(|each| first_condition(each)))
        .or_else(|| (earlier.first()).map(|each| Condition::Answered(each.id.clone())))
        .unwrap_or(Condition::ProfileSet(ProfileField::MinBudget))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answered(id: &str) -> Condition {
        Condition::Answered(id.into())
    }

    fn not(c: Condition) -> Condition {
        Condition::Not(Box::new(c))
    }

    #[test]
    fn a_single_test_grows_into_a_group_and_back() {
        let one = answered("a");
        let two = add_member(&one, &[], answered("b")).unwrap();
        assert_eq!(two, Condition::All(vec![answered("a"), answered("b")]));
        assert_eq!(member_at(&two, &[1]), Some(&answered("b")));
        assert_eq!(remove_member(&two, &[0]), Some(answered("b")));
        assert_eq!(remove_member(&two, &[5]), None);
        assert_eq!(remove_member(&one, &[]), None);
    }

    #[test]
    fn members_turn_around_and_groups_switch_without_losing_their_turn() {
        let two = Condition::All(vec![answered("a"), answered("b")]);
        let turned = toggle_not(&two, &[1]).unwrap();
        assert_eq!(member_at(&turned, &[1]), Some(&not(answered("b"))));
        assert_eq!(toggle_not(&turned, &[1]), Some(two.clone()));
        let whole = toggle_not(&two, &[]).unwrap();
        let any = join_with(&whole, &[], true).unwrap();
        assert_eq!(any, not(Condition::Any(vec![answered("a"), answered("b")])));
        // The path goes through the whole condition's own `not`.
        assert_eq!(member_at(&any, &[0]), Some(&answered("a")));
        let deeper = add_member(&any, &[0], answered("c")).unwrap();
        assert_eq!(
            deeper,
            not(Condition::Any(vec![
                Condition::All(vec![answered("a"), answered("c")]),
                answered("b")
            ]))
        );
    }

    #[test]
    fn a_turned_group_of_one_keeps_its_turn_and_two_turns_cancel() {
        let group = not(Condition::Any(vec![answered("a"), not(answered("b"))]));
        assert_eq!(remove_member(&group, &[1]), Some(not(answered("a"))));
        assert_eq!(remove_member(&group, &[0]), Some(answered("b")));
    }

    #[test]
    fn a_path_through_a_single_test_leads_nowhere() {
        assert_eq!(member_at(&answered("a"), &[0]), None);
        assert_eq!(toggle_not(&answered("a"), &[0]), None);
        assert_eq!(with_member(&answered("a"), &[0, 1], |c| c.clone()), None);
    }
}

//! One change to the ideal client profile, as plain data: what a form field on the profile page
//! or in "Your terms first" does when it changes. Applied to the profile as it is when the edit
//! runs, so quick successive edits (autofill fills several fields at once) never overwrite
//! each other.

use crate::profile::{FriendsPolicy, Profile, ProfileField};

/// How a tag (a kind of work, an industry, a contact channel) stands in the profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TagPreference {
    /// Clients with this tag are wanted.
    Welcome,
    /// Neither wanted nor avoided: the tag counts for nothing.
    Neutral,
    /// Clients with this tag are avoided.
    Avoid,
}

/// One change to a profile.
#[derive(Clone, Debug, PartialEq)]
pub enum ProfileEdit {
    /// The consultant's or business's name, as typed.
    Name(String),
    /// The currency code, as typed (kept trimmed and upper-case).
    Currency(String),
    /// A numeric field set, or cleared with `None`.
    Number(ProfileField, Option<f64>),
    /// How friends and family are taken on.
    Friends(FriendsPolicy),
    /// Where a tag stands: welcome, neutral or avoid.
    Tag(String, TagPreference),
    /// A press on a tag's chip in the welcome (`Welcome`) or avoid (`Avoid`) group: a tag on
    /// that list comes off it; any other goes on it, and off the other list, since a tag is
    /// never both welcome and avoided. `Neutral` takes it off both. Worked out from the
    /// profile as it is when the edit runs, so two quick presses are on and off again.
    ToggleTag(String, TagPreference),
    /// A dimension's weight multiplier; 1 removes the entry (it is the default).
    Weight(String, f64),
}

impl ProfileEdit {
    /// `profile` with this edit applied.
    pub fn apply(self, profile: &mut Profile) {
        match self {
            ProfileEdit::Name(name) => profile.name = name,
            ProfileEdit::Currency(code) => profile.currency = code.trim().to_uppercase(),
            ProfileEdit::Number(field, value) => *number_mut(profile, field) = value,
            ProfileEdit::Friends(policy) => profile.friends_policy = policy,
            ProfileEdit::Tag(tag, preference) => {
                profile.welcome.retain(|t| *t != tag);
                profile.avoided.retain(|t| *t != tag);
                match preference {
                    TagPreference::Welcome => profile.welcome.push(tag),
                    TagPreference::Avoid => profile.avoided.push(tag),
                    TagPreference::Neutral => {}
                }
            }
            ProfileEdit::ToggleTag(tag, side) => {
                let list = match side {
                    TagPreference::Welcome => &mut profile.welcome,
                    TagPreference::Avoid => &mut profile.avoided,
                    TagPreference::Neutral => return ProfileEdit::Tag(tag, side).apply(profile),
                };
                if list.contains(&tag) {
                    // Off this list only: a tag an older save has on both lists shows pressed
                    // in both groups, and each press clears the chip it was made on.
                    list.retain(|t| *t != tag);
                } else {
                    ProfileEdit::Tag(tag, side).apply(profile);
                }
            }
            ProfileEdit::Weight(dimension, multiplier) => {
                if multiplier == 1.0 {
                    profile.weights.remove(&dimension);
                } else {
                    profile.weights.insert(dimension, multiplier);
                }
            }
        }
    }
}

/// The storage of a numeric field.
fn number_mut(profile: &mut Profile, field: ProfileField) -> &mut Option<f64> {
    match field {
        ProfileField::MinBudget => &mut profile.min_budget,
        ProfileField::DepositPercent => &mut profile.deposit_percent,
        ProfileField::PaymentDays => &mut profile.payment_days,
        ProfileField::MinWeeks => &mut profile.min_weeks,
        ProfileField::MaxWeeks => &mut profile.max_weeks,
        ProfileField::ReplyHours => &mut profile.reply_hours,
        ProfileField::WeeklyHours => &mut profile.weekly_hours,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edited(edits: impl IntoIterator<Item = ProfileEdit>) -> Profile {
        let mut profile = Profile::default();
        for edit in edits {
            edit.apply(&mut profile);
        }
        profile
    }

    #[test]
    fn each_number_field_is_set_and_cleared_through_its_own_edit() {
        for field in ProfileField::ALL {
            let set = edited([ProfileEdit::Number(field, Some(12.0))]);
            assert_eq!(set.number(field), Some(12.0), "{field:?}");
            let set_fields = ProfileField::ALL
                .iter()
                .filter(|f| set.number(**f).is_some());
            assert_eq!(set_fields.count(), 1, "{field:?} set only itself");
            let cleared = edited([
                ProfileEdit::Number(field, Some(12.0)),
                ProfileEdit::Number(field, None),
            ]);
            assert_eq!(cleared, Profile::default());
        }
    }

    #[test]
    fn a_tag_is_in_one_list_at_most_and_neutral_removes_it() {
        let tag = || "work:web".to_owned();
        let welcome = edited([
            ProfileEdit::Tag(tag(), TagPreference::Avoid),
            ProfileEdit::Tag(tag(), TagPreference::Welcome),
        ]);
        assert_eq!((welcome.welcome.len(), welcome.avoided.len()), (1, 0));
        let neutral = edited([
            ProfileEdit::Tag(tag(), TagPreference::Welcome),
            ProfileEdit::Tag(tag(), TagPreference::Neutral),
        ]);
        assert_eq!(neutral, Profile::default());
    }

    #[test]
    fn a_chip_press_toggles_its_list_and_takes_the_tag_off_the_other() {
        let toggle = |side| ProfileEdit::ToggleTag("work:web".into(), side);
        let welcome = edited([toggle(TagPreference::Welcome)]);
        assert_eq!(welcome.welcome, ["work:web"]);
        assert!(welcome.avoided.is_empty());
        // The same chip again: off, and the profile is as before.
        let again = edited([
            toggle(TagPreference::Welcome),
            toggle(TagPreference::Welcome),
        ]);
        assert_eq!(again, Profile::default());
        // Chosen in avoid, it leaves welcome; and back again.
        let moved = edited([toggle(TagPreference::Welcome), toggle(TagPreference::Avoid)]);
        assert_eq!(
            (moved.welcome.len(), moved.avoided.as_slice()),
            (0, &["work:web".to_owned()][..])
        );
        let back = edited([
            toggle(TagPreference::Welcome),
            toggle(TagPreference::Avoid),
            toggle(TagPreference::Welcome),
        ]);
        assert_eq!((back.welcome.len(), back.avoided.len()), (1, 0));
        // Other tags are left as they are.
        let two = edited([
            ProfileEdit::ToggleTag("industry:retail".into(), TagPreference::Avoid),
            toggle(TagPreference::Welcome),
            toggle(TagPreference::Avoid),
        ]);
        assert_eq!(two.avoided, ["industry:retail", "work:web"]);
        assert!(two.welcome.is_empty());
    }

    #[test]
    fn a_press_on_a_tag_an_older_save_has_on_both_lists_clears_that_list_only() {
        let mut both = Profile {
            welcome: vec!["work:web".into()],
            avoided: vec!["work:web".into()],
            ..Profile::default()
        };
        ProfileEdit::ToggleTag("work:web".into(), TagPreference::Welcome).apply(&mut both);
        assert!(both.welcome.is_empty());
        assert_eq!(both.avoided, ["work:web"]);
        ProfileEdit::ToggleTag("work:web".into(), TagPreference::Neutral).apply(&mut both);
        assert_eq!(both, Profile::default());
    }

    #[test]
    fn currency_is_kept_upper_case_and_a_normal_weight_is_no_entry() {
        let profile = edited([
            ProfileEdit::Currency(" dkk ".into()),
            ProfileEdit::Weight("money".into(), 2.0),
            ProfileEdit::Weight("trust".into(), 2.0),
            ProfileEdit::Weight("trust".into(), 1.0),
        ]);
        assert_eq!(profile.currency, "DKK");
        assert_eq!(profile.weights.len(), 1);
        assert_eq!(profile.weight_multiplier("money"), 2.0);
    }
}

//! The consultant's ideal client profile: filled in once, used by every score.
//! Pure: no browser imports.

use crate::small_map::SmallMap;

use serde::{Deserialize, Serialize};

/// The client the consultant wants. Every field is optional: an unset field simply makes the
/// questions that compare with it count for nothing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Profile {
    /// The consultant's or business's name, used to sign letters.
    pub name: String,
    /// ISO currency code for budgets (EUR, USD, DKK, RON...).
    pub currency: String,
    /// Smallest budget worth taking on, in `currency`.
    pub min_budget: Option<f64>,
    /// Deposit asked before work starts, in percent of the price (0 to 100).
    pub deposit_percent: Option<f64>,
    /// Days the client has to pay an invoice.
    pub payment_days: Option<f64>,
    /// Shortest project worth taking on, in weeks.
    pub min_weeks: Option<f64>,
    /// Longest project the consultant will commit to, in weeks.
    pub max_weeks: Option<f64>,
    /// Longest reply time the consultant works with, in hours (both ways).
    pub reply_hours: Option<f64>,
    /// Hours a week the consultant can give one client.
    pub weekly_hours: Option<f64>,
    /// Tags welcomed: kinds of work, industries, channels (`work:web`, `channel:email`).
    pub welcome: Vec<String>,
    /// Tags avoided, in the same form.
    pub avoided: Vec<String>,
    /// How the consultant works with friends and family; conditions can ask for it.
    pub friends_policy: FriendsPolicy,
    /// How much each dimension matters, by dimension id, as a multiplier of its weight (0 to
    /// [`MAX_PROFILE_WEIGHT`]; 1 when unset; values outside are clamped, non-numbers ignored).
    pub weights: SmallMap<String, f64>,
}

/// How the consultant works with friends and family.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FriendsPolicy {
    /// Friends are clients too: full rate, written terms.
    #[default]
    FullRate,
    /// A known discount, still in writing.
    Discount,
    /// No work for friends and family.
    Never,
}

/// The numeric profile fields a question can compare an answer with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProfileField {
    /// The smallest budget worth taking on, in the profile's currency.
    MinBudget,
    /// The deposit asked before work starts, in percent (0 to 100).
    DepositPercent,
    /// The days the client has to pay an invoice.
    PaymentDays,
    /// The shortest project worth taking on, in weeks.
    MinWeeks,
    /// The longest project the consultant will commit to, in weeks.
    MaxWeeks,
    /// The longest reply time the consultant works with, in hours.
    ReplyHours,
    /// The hours a week the consultant can give one client.
    WeeklyHours,
}

impl ProfileField {
    /// Every numeric field, in the profile page's order.
    pub const ALL: [ProfileField; 7] = [
        ProfileField::MinBudget,
        ProfileField::DepositPercent,
        ProfileField::PaymentDays,
        ProfileField::MinWeeks,
        ProfileField::MaxWeeks,
        ProfileField::ReplyHours,
        ProfileField::WeeklyHours,
    ];
}

/// What a tag names, read from the part before its colon (`work:web`, `industry:retail`,
/// `channel:email`): the profile page groups the tags by kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TagKind {
    /// `work:…`: a kind of work.
    Work,
    /// `industry:…`: the client's industry.
    Industry,
    /// `channel:…`: how the client keeps in touch.
    Channel,
    /// Any other tag a questionnaire gives its options.
    Other,
}

impl TagKind {
    /// Every kind, in the profile page's order.
    pub const ALL: [TagKind; 4] = [
        TagKind::Work,
        TagKind::Industry,
        TagKind::Channel,
        TagKind::Other,
    ];

    /// The kind of `tag`. The prefix is compared without regard to case, as a questionnaire's
    /// author may write `Work:web`; a tag without a known prefix is `Other`.
    pub fn of(tag: &str) -> TagKind {
        let Some((prefix, _)) = tag.split_once(':') else {
            return TagKind::Other;
        };
        let prefix = prefix.trim();
        [
            ("work", TagKind::Work),
            ("industry", TagKind::Industry),
            ("channel", TagKind::Channel),
        ]
        .into_iter()
        .find(|(name, _)| prefix.eq_ignore_ascii_case(name))
        .map_or(TagKind::Other, |(_, kind)| kind)
    }
}

/// Largest multiplier a profile may put on a dimension's weight.
pub const MAX_PROFILE_WEIGHT: f64 = 3.0;

impl Profile {
    /// The value of a numeric field, if the consultant set it to a finite number.
    pub fn number(&self, field: ProfileField) -> Option<f64> {
        match field {
            ProfileField::MinBudget => self.min_budget,
            ProfileField::DepositPercent => self.deposit_percent,
            ProfileField::PaymentDays => self.payment_days,
            ProfileField::MinWeeks => self.min_weeks,
            ProfileField::MaxWeeks => self.max_weeks,
            ProfileField::ReplyHours => self.reply_hours,
            ProfileField::WeeklyHours => self.weekly_hours,
        }
        .filter(|value| value.is_finite())
    }

    /// The multiplier on a dimension's weight: 1 unless the consultant changed it.
    pub fn weight_multiplier(&self, dimension: &str) -> f64 {
        self.weights
            .get(dimension)
            .copied()
            .filter(|w| w.is_finite())
            .map_or(1.0, |w| w.clamp(0.0, MAX_PROFILE_WEIGHT))
    }

    /// Whether the tag (`industry:retail`) is on the welcome list; exact match.
    pub fn welcomes(&self, tag: &str) -> bool {
        self.welcome.iter().any(|t| t == tag)
    }

    /// Whether the tag is on the avoid list; exact match.
    pub fn avoids(&self, tag: &str) -> bool {
        self.avoided.iter().any(|t| t == tag)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unset_and_non_finite_numbers_count_as_missing() {
        let profile = Profile {
            min_budget: Some(f64::NAN),
            payment_days: Some(30.0),
            ..Profile::default()
        };
        assert_eq!(profile.number(ProfileField::MinBudget), None);
        assert_eq!(profile.number(ProfileField::PaymentDays), Some(30.0));
        assert_eq!(profile.number(ProfileField::ReplyHours), None);
    }

    #[test]
    fn weight_multipliers_default_to_one_and_are_clamped() {
        let mut profile = Profile::default();
        profile.weights.insert("money".into(), 9.0);
        profile.weights.insert("trust".into(), -1.0);
        assert_eq!(profile.weight_multiplier("money"), MAX_PROFILE_WEIGHT);
        assert_eq!(profile.weight_multiplier("trust"), 0.0);
        assert_eq!(profile.weight_multiplier("scope"), 1.0);
    }

    #[test]
    fn a_tag_s_kind_is_its_prefix_and_anything_else_is_other() {
        assert_eq!(TagKind::of("work:web"), TagKind::Work);
        assert_eq!(TagKind::of("Industry:retail"), TagKind::Industry);
        assert_eq!(TagKind::of("channel:in_person"), TagKind::Channel);
        for other in ["size:small", "work", "web:work", "", ":"] {
            assert_eq!(TagKind::of(other), TagKind::Other, "{other:?}");
        }
    }

    #[test]
    fn a_partial_profile_reads_with_defaults() {
        let profile: Profile = serde_json::from_str(r#"{"min_budget": 5000}"#).unwrap();
        assert_eq!(profile.min_budget, Some(5000.0));
        assert_eq!(profile.friends_policy, FriendsPolicy::FullRate);
    }
}

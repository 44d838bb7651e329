//! Property tests of the history merge two tabs rely on (`history::merge_history`): merging
//! never loses an entry either side has, each id appears once, and which side is "mine" does
//! not change what stands.

use std::collections::BTreeMap;

use client_fit_core::history::{Assessment, merge_entry, merge_history};
use client_fit_core::outcome::ClientOutcome;
use proptest::prelude::*;

/// An entry from a few small numbers, so ids and times collide often.
fn entry(id: u8, updated: u8, client: u8, outcome_ms: u8) -> Assessment {
    let mut a = Assessment::new(&id.to_string(), "minimal", &format!("c{client}"), 1.0);
    a.updated_ms = f64::from(updated);
    if outcome_ms > 0 {
        a.follow.outcome = Some(if outcome_ms.is_multiple_of(2) {
            ClientOutcome::WentWell
        } else {
            ClientOutcome::EndedBadly
        });
        a.follow.outcome_ms = f64::from(outcome_ms);
    }
    a
}

fn side() -> impl Strategy<Value = Vec<Assessment>> {
    prop::collection::vec((0u8..12, 0u8..4, 0u8..3, 0u8..4), 0..10).prop_map(|raw| {
        let mut seen = std::collections::HashSet::new();
        raw.into_iter()
            .filter(|(id, ..)| seen.insert(*id))
            .map(|(id, u, c, o)| entry(id, u, c, o))
            .collect()
    })
}

fn by_id(history: &[Assessment]) -> BTreeMap<String, Assessment> {
    history.iter().map(|a| (a.id.clone(), a.clone())).collect()
}

proptest! {
    #[test]
    fn merging_never_loses_an_entry_and_does_not_depend_on_the_side(
        mine in side(),
        theirs in side(),
    ) {
        let ab = merge_history(&mine, &theirs);
        let ba = merge_history(&theirs, &mine);
        let ids = |h: &[Assessment]| h.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
        let mut unique = ids(&ab);
        unique.sort();
        unique.dedup();
        prop_assert_eq!(unique.len(), ab.len(), "each id once");
        for a in mine.iter().chain(&theirs) {
            prop_assert!(ab.iter().any(|m| m.id == a.id), "{} was lost", a.id);
        }
        prop_assert_eq!(by_id(&ab), by_id(&ba));
        // Mine keep their order at the front.
        prop_assert_eq!(&ids(&ab)[..mine.len()], &ids(&mine)[..]);
        // Merging again with either side changes nothing.
        prop_assert_eq!(by_id(&merge_history(&ab, &theirs)), by_id(&ab));
        prop_assert_eq!(by_id(&merge_history(&ab, &mine)), by_id(&ab));
    }

    #[test]
    fn the_later_change_stands(a in (0u8..4, 0u8..3, 0u8..4), b in (0u8..4, 0u8..3, 0u8..4)) {
        let (x, y) = (entry(1, a.0, a.1, a.2), entry(1, b.0, b.1, b.2));
        let merged = merge_entry(&x, &y);
        prop_assert_eq!(&merged, &merge_entry(&y, &x));
        prop_assert!(merged.updated_ms >= x.updated_ms.max(y.updated_ms));
        prop_assert!(merged.follow.outcome_ms >= x.follow.outcome_ms.max(y.follow.outcome_ms));
    }
}

//! One stable sort for all of Client Fit: [`sort_by`] and [`sort_by_key`], which every list of
//! the core and the component sorts with, share a single copy of the standard library's sort.
//! Each `slice::sort_by` call with its own element type and closure is a copy of its own, a few
//! kilobytes of wasm apiece: the prospect's widget carried a dozen of them (issue #17). The
//! lists are short (tiers, raised flags, unknowns, the history), so sorting positions through
//! a `dyn` comparison costs nothing anyone can measure. Pure: no browser imports.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably: items that compare equal keep their order.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    // Scoring sorts its raised flags and unknowns on every call, most often none or one.
    if items.len() < 2 {
        return;
    }
    let order = positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut taken: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|p| taken[p].take()));
}

/// Sorts `items` by the key `key` gives each, stably.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..len` in the order `compare` puts them, equals in position order. The one
/// place the standard library's sort is instantiated: never inlined, never generic.
#[inline(never)]
fn positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    // Ties are broken by position, so the unstable sort (smaller than the stable one) gives
    // the stable order.
    order.sort_unstable_by(|&a, &b| compare(a, b).then(a.cmp(&b)));
    order
}

// proptest is a native dev-dependency only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, on lists full of ties.
        #[test]
        fn the_same_order_as_the_standard_stable_sort(
            items in proptest::collection::vec((0u8..4, any::<u16>()), 0..200)
        ) {
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut theirs = items.clone();
            theirs.sort_by_key(|a| a.0);
            prop_assert_eq!(&ours, &theirs);

            let mut ours = items.clone();
            sort_by_key(&mut ours, |item| std::cmp::Reverse(item.0));
            let mut theirs = items;
            theirs.sort_by_key(|item| std::cmp::Reverse(item.0));
            prop_assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn floats_by_total_order_keep_equal_ones_in_place() {
        let mut items = vec![
            (2.0, "a"),
            (1.0, "b"),
            (2.0, "c"),
            (f64::NAN, "d"),
            (1.0, "e"),
        ];
        sort_by(&mut items, |a, b| b.0.total_cmp(&a.0));
        let names: Vec<&str> = items.iter().map(|i| i.1).collect();
        assert_eq!(names, ["d", "a", "c", "b", "e"]);
    }
}

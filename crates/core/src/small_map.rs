//! Small sorted maps and sets ([`SmallMap`], [`SmallSet`]): a `Vec` of entries in key order,
//! searched by bisection, in place of the standard library's `BTreeMap`, `BTreeSet`, `HashMap`
//! and `HashSet`. Pure: no browser imports.
//!
//! Why: the standard maps are generic code of their own, compiled again for every key and
//! value type (node splitting and merging, the hasher, the iterators): 50 KiB of the prospect's
//! widget before wasm-opt (issue #17). Client Fit's maps are small (a few languages per text, a
//! few dimensions per answer, a few hundred answers), so a sorted `Vec` is as fast, and its code
//! is little more than the `Vec`'s, which every type has already.
//!
//! They read and write JSON exactly as a `BTreeMap` does: an object in key order, and from an
//! object in any order, the last of a repeated key winning. Saved data, questionnaire files and
//! share links are the same bytes either way, and so is the JSON Schema (the core's `schema`
//! feature). `crates/core/tests/small_map.rs` holds them to `BTreeMap` on random operations.
//!
//! Inserting one key in the middle moves the entries after it, so building a large map one key
//! at a time out of order costs more than with a `BTreeMap`; collecting one (`FromIterator`,
//! `Extend`, reading JSON) sorts once instead, and keys that come in order are appended.

use std::borrow::Borrow;
use std::cmp::Ordering;
use std::fmt;
use std::marker::PhantomData;
use std::ops::Index;

use serde::de::{MapAccess, SeqAccess, Visitor};
use serde::ser::SerializeSeq;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A map kept as a `Vec` of `(key, value)` in key order, each key once: the subset of
/// `BTreeMap`'s interface Client Fit uses, with the same iteration order, equality and JSON.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SmallMap<K, V> {
    /// Sorted by key, no key twice.
    entries: Vec<(K, V)>,
}

impl<K, V> SmallMap<K, V> {
    /// An empty map; allocates nothing.
    pub const fn new() -> Self {
        SmallMap {
            entries: Vec::new(),
        }
    }

    /// How many entries the map holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the map holds no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// The entries in key order.
    pub fn iter(&self) -> Iter<'_, K, V> {
        Iter {
            inner: self.entries.iter(),
        }
    }

    /// The entries in key order, values mutable.
    pub fn iter_mut(&mut self) -> IterMut<'_, K, V> {
        IterMut {
            inner: self.entries.iter_mut(),
        }
    }

    /// The keys in order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + ExactSizeIterator + Clone {
        self.entries.iter().map(|(key, _)| key)
    }

    /// The values in key order.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator + Clone {
        self.entries.iter().map(|(_, value)| value)
    }

    /// The values in key order, mutable.
    pub fn values_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut V> + ExactSizeIterator {
        self.entries.iter_mut().map(|(_, value)| value)
    }

    /// The keys in order, taking the map.
    pub fn into_keys(self) -> impl DoubleEndedIterator<Item = K> + ExactSizeIterator {
        self.entries.into_iter().map(|(key, _)| key)
    }

    /// The values in key order, taking the map.
    pub fn into_values(self) -> impl DoubleEndedIterator<Item = V> + ExactSizeIterator {
        self.entries.into_iter().map(|(_, value)| value)
    }

    /// The entry with the smallest key.
    pub fn first_key_value(&self) -> Option<(&K, &V)> {
        self.entries.first().map(|(key, value)| (key, value))
    }

    /// The entry with the largest key.
    pub fn last_key_value(&self) -> Option<(&K, &V)> {
        self.entries.last().map(|(key, value)| (key, value))
    }

    /// Keeps only the entries `keep` says yes to, in order.
    pub fn retain(&mut self, mut keep: impl FnMut(&K, &mut V) -> bool) {
        self.entries.retain_mut(|(key, value)| keep(key, value));
    }
}

impl<K: Ord, V> SmallMap<K, V> {
    /// `Ok(where the key is)`, or `Err(where it would go)`.
    fn find<Q>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.entries
            .binary_search_by(|(probe, _)| probe.borrow().cmp(key))
    }

    /// The value under `key`.
    pub fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.find(key).ok().map(|at| &self.entries[at].1)
    }

    /// The key and value under `key`.
    pub fn get_key_value<Q>(&self, key: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.find(key).ok().map(|at| {
            let (key, value) = &self.entries[at];
            (key, value)
        })
    }

    /// The value under `key`, mutable.
    pub fn get_mut<Q>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.find(key).ok().map(|at| &mut self.entries[at].1)
    }

    /// Whether the map holds `key`.
    pub fn contains_key<Q>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.find(key).is_ok()
    }

    /// Puts `value` under `key`, returning the value it replaces. As with `BTreeMap`, a key
    /// already present is kept and only its value changes.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(at) => Some(std::mem::replace(&mut self.entries[at].1, value)),
            Err(at) => {
                self.entries.insert(at, (key, value));
                None
            }
        }
    }

    /// Takes the value under `key` out of the map.
    pub fn remove<Q>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.remove_entry(key).map(|(_, value)| value)
    }

    /// Takes the entry under `key` out of the map.
    pub fn remove_entry<Q>(&mut self, key: &Q) -> Option<(K, V)>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.find(key).ok().map(|at| self.entries.remove(at))
    }

    /// The place of `key` in the map, to read or fill in one lookup.
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        let found = self.find(&key);
        Entry {
            entries: &mut self.entries,
            key,
            found,
        }
    }

    /// A map of `entries` in any order; where a key comes more than once, `merge` folds each
    /// later value into the one kept (`FromIterator` keeps the last, as `BTreeMap` does).
    pub fn from_entries_merging(entries: Vec<(K, V)>, merge: impl FnMut(&mut V, V)) -> Self {
        SmallMap {
            entries: sorted(entries, merge),
        }
    }
}

/// `entries` sorted by key, stably, with the values of a repeated key folded by `merge` into
/// the first's place, in order. Entries already strictly in order (a map written out and read
/// back, keys collected in order) are returned as they are, without sorting.
fn sorted<K: Ord, V>(mut entries: Vec<(K, V)>, mut merge: impl FnMut(&mut V, V)) -> Vec<(K, V)> {
    if entries.windows(2).all(|pair| pair[0].0 < pair[1].0) {
        return entries;
    }
    // The project's one sort (`order`), rather than another copy of the standard library's.
    crate::order::sort_by(&mut entries, |a, b| a.0.cmp(&b.0));
    let mut unique: Vec<(K, V)> = Vec::with_capacity(entries.len());
    for (key, value) in entries {
        match unique.last_mut() {
            Some(last) if last.0.cmp(&key) == Ordering::Equal => merge(&mut last.1, value),
            _ => unique.push((key, value)),
        }
    }
    unique
}

/// The last value of a repeated key wins, as in `BTreeMap::insert`.
fn replace<V>(kept: &mut V, later: V) {
    *kept = later;
}

/// A key's place in a [`SmallMap`], from [`SmallMap::entry`].
pub struct Entry<'a, K, V> {
    entries: &'a mut Vec<(K, V)>,
    key: K,
    found: Result<usize, usize>,
}

impl<'a, K, V> Entry<'a, K, V> {
    /// The key this entry is for.
    pub fn key(&self) -> &K {
        &self.key
    }

    /// The value, inserting `make()`'s first when the key is absent.
    pub fn or_insert_with(self, make: impl FnOnce() -> V) -> &'a mut V {
        let at = match self.found {
            Ok(at) => at,
            Err(at) => {
                self.entries.insert(at, (self.key, make()));
                at
            }
        };
        &mut self.entries[at].1
    }

    /// The value, inserting `value` first when the key is absent.
    pub fn or_insert(self, value: V) -> &'a mut V {
        self.or_insert_with(|| value)
    }

    /// The value, inserting the default first when the key is absent.
    pub fn or_default(self) -> &'a mut V
    where
        V: Default,
    {
        self.or_insert_with(V::default)
    }

    /// Changes the value in place when the key is present.
    pub fn and_modify(self, change: impl FnOnce(&mut V)) -> Self {
        if let Ok(at) = self.found {
            change(&mut self.entries[at].1);
        }
        self
    }
}

impl<K, V> Default for SmallMap<K, V> {
    fn default() -> Self {
        SmallMap::new()
    }
}

/// As `BTreeMap` prints: `{"en": "Budget"}`.
impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for SmallMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SmallMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        SmallMap::from_entries_merging(iter.into_iter().collect(), replace)
    }
}

impl<K: Ord, V, const N: usize> From<[(K, V); N]> for SmallMap<K, V> {
    fn from(entries: [(K, V); N]) -> Self {
        entries.into_iter().collect()
    }
}

impl<K: Ord, V> Extend<(K, V)> for SmallMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        // Appended after the entries there, then sorted stably: a new value of a key present
        // comes later, so it wins, as with `insert`.
        let mut entries = std::mem::take(&mut self.entries);
        entries.extend(iter);
        self.entries = sorted(entries, replace);
    }
}

impl<K, V> IntoIterator for SmallMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<'a, K, V> IntoIterator for &'a SmallMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'a, K, V> IntoIterator for &'a mut SmallMap<K, V> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = IterMut<'a, K, V>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter_mut()
    }
}

/// `map[key]`: the value under `key`; panics when it is absent, as `BTreeMap`'s does.
impl<K, Q, V> Index<&Q> for SmallMap<K, V>
where
    K: Ord + Borrow<Q>,
    Q: Ord + ?Sized,
{
    type Output = V;

    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("no entry found for key")
    }
}

/// The entries of a [`SmallMap`] in key order, from [`SmallMap::iter`].
#[derive(Clone)]
pub struct Iter<'a, K, V> {
    inner: std::slice::Iter<'a, (K, V)>,
}

impl<'a, K, V> Iterator for Iter<'a, K, V> {
    type Item = (&'a K, &'a V);

    fn next(&mut self) -> Option<Self::Item> {
        self.inner.next().map(|(key, value)| (key, value))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> DoubleEndedIterator for Iter<'_, K, V> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.inner.next_back().map(|(key, value)| (key, value))
    }
}

impl<K, V> ExactSizeIterator for Iter<'_, K, V> {}

/// The entries of a [`SmallMap`] in key order, values mutable, from [`SmallMap::iter_mut`].
pub struct IterMut<'a, K, V> {
    inner: std::slice::IterMut<'a, (K, V)>,
}

impl<'a, K, V> Iterator for IterMut<'a, K, V> {
    type Item = (&'a K, &'a mut V);

    fn next(&mut self) -> Option<Self::Item> {
        self.inner.next().map(|(key, value)| (&*key, value))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> DoubleEndedIterator for IterMut<'_, K, V> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.inner.next_back().map(|(key, value)| (&*key, value))
    }
}

impl<K, V> ExactSizeIterator for IterMut<'_, K, V> {}

/// A JSON object in key order, as `BTreeMap` writes (serde's `collect_map`).
impl<K: Serialize, V: Serialize> Serialize for SmallMap<K, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

/// From a JSON object in any order; the last of a repeated key wins, as with `BTreeMap`.
impl<'de, K, V> Deserialize<'de> for SmallMap<K, V>
where
    K: Deserialize<'de> + Ord,
    V: Deserialize<'de>,
{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MapVisitor<K, V>(PhantomData<(K, V)>);

        impl<'de, K, V> Visitor<'de> for MapVisitor<K, V>
        where
            K: Deserialize<'de> + Ord,
            V: Deserialize<'de>,
        {
            type Value = SmallMap<K, V>;

            // The same words as `BTreeMap`'s, so a type error reads the same.
            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str("a map")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
                // A hint from the input is not trusted for more than a modest allocation.
                let mut entries = Vec::with_capacity(access.size_hint().unwrap_or(0).min(4096));
                while let Some(entry) = access.next_entry()? {
                    entries.push(entry);
                }
                Ok(SmallMap::from_entries_merging(entries, replace))
            }
        }

        deserializer.deserialize_map(MapVisitor(PhantomData))
    }
}

/// The same schema as `BTreeMap`'s (an object whose values are `V`s), under the same name, so
/// the questionnaire's JSON Schema does not change.
#[cfg(feature = "schema")]
impl<K, V> schemars::JsonSchema for SmallMap<K, V>
where
    std::collections::BTreeMap<K, V>: schemars::JsonSchema,
{
    fn inline_schema() -> bool {
        <std::collections::BTreeMap<K, V> as schemars::JsonSchema>::inline_schema()
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<K, V> as schemars::JsonSchema>::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<K, V> as schemars::JsonSchema>::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <std::collections::BTreeMap<K, V> as schemars::JsonSchema>::json_schema(generator)
    }
}

/// A set kept as a sorted `Vec` of keys, each once: a [`SmallMap`] without values, for the
/// subset of `BTreeSet`'s interface Client Fit uses.
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SmallSet<K> {
    map: SmallMap<K, ()>,
}

impl<K> SmallSet<K> {
    /// An empty set; allocates nothing.
    pub const fn new() -> Self {
        SmallSet {
            map: SmallMap::new(),
        }
    }

    /// How many keys the set holds.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether the set holds no key.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The keys in order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &K> + ExactSizeIterator + Clone {
        self.map.keys()
    }

    /// Keeps only the keys `keep` says yes to.
    pub fn retain(&mut self, mut keep: impl FnMut(&K) -> bool) {
        self.map.retain(|key, _| keep(key));
    }
}

impl<K: Ord> SmallSet<K> {
    /// Adds `key`; false when it was there already (and the one there is kept).
    pub fn insert(&mut self, key: K) -> bool {
        match self.map.find(&key) {
            Ok(_) => false,
            Err(at) => {
                self.map.entries.insert(at, (key, ()));
                true
            }
        }
    }

    /// Whether the set holds `key`.
    pub fn contains<Q>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.map.contains_key(key)
    }

    /// Takes `key` out; false when it was not there.
    pub fn remove<Q>(&mut self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.map.remove(key).is_some()
    }
}

/// As `BTreeSet` prints: `{"a", "b"}`.
impl<K: fmt::Debug> fmt::Debug for SmallSet<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<K: Ord> FromIterator<K> for SmallSet<K> {
    /// The first of a repeated key is kept, as `BTreeSet` keeps it.
    fn from_iter<I: IntoIterator<Item = K>>(iter: I) -> Self {
        let entries = iter.into_iter().map(|key| (key, ())).collect();
        SmallSet {
            map: SmallMap::from_entries_merging(entries, |_, _| {}),
        }
    }
}

impl<K: Ord, const N: usize> From<[K; N]> for SmallSet<K> {
    fn from(keys: [K; N]) -> Self {
        keys.into_iter().collect()
    }
}

impl<K: Ord> Extend<K> for SmallSet<K> {
    fn extend<I: IntoIterator<Item = K>>(&mut self, iter: I) {
        let mut entries = std::mem::take(&mut self.map.entries);
        entries.extend(iter.into_iter().map(|key| (key, ())));
        self.map.entries = sorted(entries, |_, _| {});
    }
}

impl<K> IntoIterator for SmallSet<K> {
    type Item = K;
    type IntoIter = std::iter::Map<std::vec::IntoIter<(K, ())>, fn((K, ())) -> K>;

    fn into_iter(self) -> Self::IntoIter {
        self.map.entries.into_iter().map(|(key, ())| key)
    }
}

impl<'a, K> IntoIterator for &'a SmallSet<K> {
    type Item = &'a K;
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (K, ())>, fn(&'a (K, ())) -> &'a K>;

    fn into_iter(self) -> Self::IntoIter {
        self.map.entries.iter().map(|(key, ())| key)
    }
}

/// A JSON array in order, as `BTreeSet` writes.
impl<K: Serialize> Serialize for SmallSet<K> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for key in self.iter() {
            seq.serialize_element(key)?;
        }
        seq.end()
    }
}

/// From a JSON array in any order, each key once, as `BTreeSet` reads.
impl<'de, K: Deserialize<'de> + Ord> Deserialize<'de> for SmallSet<K> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SetVisitor<K>(PhantomData<K>);

        impl<'de, K: Deserialize<'de> + Ord> Visitor<'de> for SetVisitor<K> {
            type Value = SmallSet<K>;

            // The same words as `BTreeSet`'s.
            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str("a sequence")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
                let mut keys = Vec::with_capacity(access.size_hint().unwrap_or(0).min(4096));
                while let Some(key) = access.next_element()? {
                    keys.push(key);
                }
                Ok(keys.into_iter().collect())
            }
        }

        deserializer.deserialize_seq(SetVisitor(PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_keys_in_order_each_once() {
        let mut map = SmallMap::new();
        assert_eq!(map.insert("b", 1), None);
        assert_eq!(map.insert("a", 2), None);
        assert_eq!(map.insert("b", 3), Some(1));
        assert_eq!(map.iter().collect::<Vec<_>>(), [(&"a", &2), (&"b", &3)]);
        assert_eq!(map["b"], 3);
        assert_eq!(map.remove("a"), Some(2));
        assert_eq!(map.len(), 1);
    }

    #[test]
    fn collecting_keeps_the_last_of_a_repeated_key() {
        let map: SmallMap<&str, i32> = [("b", 1), ("a", 2), ("b", 3)].into_iter().collect();
        assert_eq!(format!("{map:?}"), r#"{"a": 2, "b": 3}"#);
        let set: SmallSet<&str> = ["b", "a", "b"].into_iter().collect();
        assert_eq!(format!("{set:?}"), r#"{"a", "b"}"#);
    }

    #[test]
    fn entries_fill_in_once() {
        let mut map: SmallMap<&str, Vec<i32>> = SmallMap::new();
        map.entry("x").or_default().push(1);
        map.entry("x").or_default().push(2);
        *map.entry("y").and_modify(|v| v.push(0)).or_insert(vec![9]) = vec![3];
        assert_eq!(map.get("x"), Some(&vec![1, 2]));
        assert_eq!(map.get("y"), Some(&vec![3]));
    }
}

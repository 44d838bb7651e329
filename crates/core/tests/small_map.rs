//! `SmallMap` and `SmallSet` held to the standard `BTreeMap` and `BTreeSet` they replace: random
//! sequences of operations give the same answers, the same contents in the same order and the
//! same JSON, and JSON read back (in any order, with repeated keys) gives the same map. What is
//! saved, shared or written as a questionnaire must stay the same bytes.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};

use client_fit_core::small_map::{SmallMap, SmallSet};
use proptest::prelude::*;

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        // Failures are reported with their inputs; no files are written next to the tests.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Few possible keys, so that operations meet keys already there.
fn key() -> impl Strategy<Value = String> {
    "[a-e]{0,2}"
}

#[derive(Clone, Debug)]
enum Op {
    Insert(String, i32),
    Remove(String),
    Get(String),
    Bump(String),
    Entry(String, i32),
    Extend(Vec<(String, i32)>),
    RetainEven,
    Clear,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => (key(), any::<i32>()).prop_map(|(k, v)| Op::Insert(k, v)),
        2 => key().prop_map(Op::Remove),
        2 => key().prop_map(Op::Get),
        2 => key().prop_map(Op::Bump),
        2 => (key(), any::<i32>()).prop_map(|(k, v)| Op::Entry(k, v)),
        1 => proptest::collection::vec((key(), any::<i32>()), 0..6).prop_map(Op::Extend),
        1 => Just(Op::RetainEven),
        1 => Just(Op::Clear),
    ]
}

/// The map's whole observable state, compared after every step.
fn same(ours: &SmallMap<String, i32>, theirs: &BTreeMap<String, i32>) -> Result<(), TestCaseError> {
    prop_assert_eq!(ours.len(), theirs.len());
    prop_assert_eq!(ours.is_empty(), theirs.is_empty());
    prop_assert!(ours.iter().eq(theirs.iter()));
    prop_assert!(ours.iter().rev().eq(theirs.iter().rev()));
    prop_assert!(ours.keys().eq(theirs.keys()));
    prop_assert!(ours.values().eq(theirs.values()));
    prop_assert_eq!(ours.first_key_value(), theirs.first_key_value());
    prop_assert_eq!(ours.last_key_value(), theirs.last_key_value());
    prop_assert_eq!(format!("{ours:?}"), format!("{theirs:?}"));
    prop_assert_eq!(
        serde_json::to_string(ours).unwrap(),
        serde_json::to_string(theirs).unwrap()
    );
    prop_assert_eq!(
        serde_json::to_string_pretty(ours).unwrap(),
        serde_json::to_string_pretty(theirs).unwrap()
    );
    Ok(())
}

/// A JSON object of these entries in this order, repeats kept (serde_json writes no repeats).
fn object_text(entries: &[(String, i32)]) -> String {
    let members: Vec<String> = entries
        .iter()
        .map(|(k, v)| format!("{}:{v}", serde_json::to_string(k).unwrap()))
        .collect();
    format!("{{{}}}", members.join(","))
}

proptest! {
    #![proptest_config(config(512))]

    /// Every operation answers as `BTreeMap`'s does, and leaves the same map behind.
    #[test]
    fn random_operations_match_btreemap(ops in proptest::collection::vec(op(), 0..40)) {
        let mut ours: SmallMap<String, i32> = SmallMap::new();
        let mut theirs: BTreeMap<String, i32> = BTreeMap::new();
        for op in ops {
            match op {
                Op::Insert(k, v) => {
                    prop_assert_eq!(ours.insert(k.clone(), v), theirs.insert(k, v));
                }
                Op::Remove(k) => prop_assert_eq!(ours.remove(&k), theirs.remove(&k)),
                Op::Get(k) => {
                    prop_assert_eq!(ours.get(k.as_str()), theirs.get(k.as_str()));
                    prop_assert_eq!(ours.contains_key(&k), theirs.contains_key(&k));
                    prop_assert_eq!(ours.get_key_value(&k), theirs.get_key_value(&k));
                }
                Op::Bump(k) => {
                    if let Some(v) = ours.get_mut(&k) {
                        *v = v.wrapping_add(1);
                    }
                    if let Some(v) = theirs.get_mut(&k) {
                        *v = v.wrapping_add(1);
                    }
                }
                Op::Entry(k, v) => {
                    let a = *ours.entry(k.clone()).and_modify(|x| *x ^= 1).or_insert(v);
                    let b = *theirs.entry(k).and_modify(|x| *x ^= 1).or_insert(v);
                    prop_assert_eq!(a, b);
                }
                Op::Extend(entries) => {
                    ours.extend(entries.clone());
                    theirs.extend(entries);
                }
                Op::RetainEven => {
                    ours.retain(|_, v| *v % 2 == 0);
                    theirs.retain(|_, v| *v % 2 == 0);
                }
                Op::Clear => {
                    ours.clear();
                    theirs.clear();
                }
            }
            same(&ours, &theirs)?;
        }
        prop_assert_eq!(ours.clone().into_iter().collect::<Vec<_>>(), theirs.clone().into_iter().collect::<Vec<_>>());
        prop_assert!(ours.clone().into_keys().eq(theirs.clone().into_keys()));
        prop_assert!(ours.into_values().eq(theirs.into_values()));
    }

    /// Collected from entries in any order, repeats included: the last of a key wins (up to 60
    /// entries, so that runs already in order and runs to sort both come up).
    #[test]
    fn collecting_matches_btreemap(entries in proptest::collection::vec((key(), any::<i32>()), 0..60)) {
        let ours: SmallMap<String, i32> = entries.iter().cloned().collect();
        let theirs: BTreeMap<String, i32> = entries.iter().cloned().collect();
        same(&ours, &theirs)?;
        // Folding repeats, in order, into the first's place.
        let sums = SmallMap::from_entries_merging(
            entries.iter().map(|(k, v)| (k.clone(), vec![*v])).collect(),
            |kept, later| kept.extend(later),
        );
        let mut expected: BTreeMap<String, Vec<i32>> = BTreeMap::new();
        for (k, v) in &entries {
            expected.entry(k.clone()).or_default().push(*v);
        }
        prop_assert!(sums.iter().eq(expected.iter()));
    }

    /// A JSON object in any order, with repeated keys, reads as `BTreeMap` reads it, and both
    /// write the same text; what is written reads back the same.
    #[test]
    fn json_reads_and_writes_as_btreemap(entries in proptest::collection::vec((key(), any::<i32>()), 0..60)) {
        let text = object_text(&entries);
        let ours: SmallMap<String, i32> = serde_json::from_str(&text).unwrap();
        let theirs: BTreeMap<String, i32> = serde_json::from_str(&text).unwrap();
        same(&ours, &theirs)?;
        let written = serde_json::to_string(&ours).unwrap();
        let back: SmallMap<String, i32> = serde_json::from_str(&written).unwrap();
        prop_assert_eq!(&back, &ours);
        // Through a `Value` too, as saved data is read.
        let value = serde_json::to_value(&ours).unwrap();
        prop_assert_eq!(&value, &serde_json::to_value(&theirs).unwrap());
        let back: SmallMap<String, i32> = serde_json::from_value(value).unwrap();
        prop_assert_eq!(back, ours);
    }

    /// Maps of floats (points, weights) write the same text and read back the same numbers as
    /// `BTreeMap`'s (serde_json's reading, without its `float_roundtrip` feature, can be off by
    /// the last bit either way: the same bit).
    #[test]
    fn float_maps_match_btreemap(entries in proptest::collection::vec((key(), -1e9f64..1e9), 0..20)) {
        let ours: SmallMap<String, f64> = entries.iter().cloned().collect();
        let theirs: BTreeMap<String, f64> = entries.into_iter().collect();
        let text = serde_json::to_string(&ours).unwrap();
        prop_assert_eq!(&text, &serde_json::to_string(&theirs).unwrap());
        let ours: SmallMap<String, f64> = serde_json::from_str(&text).unwrap();
        let theirs: BTreeMap<String, f64> = serde_json::from_str(&text).unwrap();
        prop_assert!(ours.iter().map(|(k, v)| (k, v.to_bits())).eq(theirs.iter().map(|(k, v)| (k, v.to_bits()))));
    }

    /// Sets: the same answers, contents and JSON as `BTreeSet`.
    #[test]
    fn sets_match_btreeset(ops in proptest::collection::vec((any::<bool>(), key()), 0..40)) {
        let mut ours: SmallSet<String> = SmallSet::new();
        let mut theirs: BTreeSet<String> = BTreeSet::new();
        for (add, k) in ops {
            if add {
                prop_assert_eq!(ours.insert(k.clone()), theirs.insert(k.clone()));
            } else {
                prop_assert_eq!(ours.remove(&k), theirs.remove(&k));
            }
            prop_assert_eq!(ours.contains(&k), theirs.contains(&k));
            prop_assert_eq!(ours.len(), theirs.len());
            prop_assert!(ours.iter().eq(theirs.iter()));
            prop_assert_eq!(format!("{ours:?}"), format!("{theirs:?}"));
            prop_assert_eq!(serde_json::to_string(&ours).unwrap(), serde_json::to_string(&theirs).unwrap());
        }
        let text = serde_json::to_string(&theirs.iter().rev().collect::<Vec<_>>()).unwrap();
        let read: SmallSet<String> = serde_json::from_str(&text).unwrap();
        prop_assert!(read.iter().eq(theirs.iter()));
        let collected: SmallSet<String> = theirs.iter().rev().cloned().chain(theirs.iter().cloned()).collect();
        prop_assert!(collected.into_iter().eq(theirs.into_iter()));
    }
}

/// A value of the wrong kind is refused with the same message as `BTreeMap`'s, so an error
/// shown for a broken file reads the same.
#[test]
fn type_errors_read_as_btreemap_ones() {
    for text in [
        "[1, 2]",
        "3",
        "\"x\"",
        "{\"a\": \"x\"}",
        "{\"a\": 1",
        "null",
    ] {
        let ours = serde_json::from_str::<SmallMap<String, i32>>(text).unwrap_err();
        let theirs = serde_json::from_str::<BTreeMap<String, i32>>(text).unwrap_err();
        assert_eq!(ours.to_string(), theirs.to_string(), "{text}");
    }
    for text in ["{}", "3", "[1]"] {
        let ours = serde_json::from_str::<SmallSet<String>>(text).unwrap_err();
        let theirs = serde_json::from_str::<BTreeSet<String>>(text).unwrap_err();
        assert_eq!(ours.to_string(), theirs.to_string(), "{text}");
    }
}

/// The JSON Schema of a map is `BTreeMap`'s, name included (the questionnaire's schema is
/// committed and must not change).
#[cfg(feature = "schema")]
#[test]
fn the_schema_is_btreemaps() {
    use schemars::{JsonSchema, SchemaGenerator};
    assert_eq!(
        SmallMap::<String, f64>::schema_name(),
        BTreeMap::<String, f64>::schema_name()
    );
    assert_eq!(
        SmallMap::<String, f64>::schema_id(),
        BTreeMap::<String, f64>::schema_id()
    );
    let ours = SchemaGenerator::default().into_root_schema_for::<SmallMap<String, f64>>();
    let theirs = SchemaGenerator::default().into_root_schema_for::<BTreeMap<String, f64>>();
    assert_eq!(ours, theirs);
}

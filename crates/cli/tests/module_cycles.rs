//! No module of any crate depends on itself through others: the `use` lines of every source
//! file, read as a graph of modules, have no cycle. Cycles hide which module owns what (an I/O
//! layer returning the UI's types, two modules each needing the other's half of a type), so a
//! new one fails here, naming the modules around it.

mod common;
use common::sources;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The workspace's crates whose modules are checked.
const CRATES: [&str; 4] = ["core", "ui", "web", "cli"];

/// A file's module path inside its crate: `state::flow` for `src/state/flow.rs`, `state` for
/// `src/state/mod.rs`, and the empty path for the crate root.
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The paths a file's own code (not its tests) names: each `use` statement as one line of
/// text, and each `crate::…` or `super::…` path written out in the code as `use …;`. Comments
/// are skipped, and so are re-exports (`pub use`): they are how a parent module names its
/// children's items, not a dependency of the parent's own code.
fn uses(text: &str) -> Vec<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
    let mut statements = Vec::new();
    let mut current: Option<String> = None;
    for line in code.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("//") {
            continue;
        }
        if let Some(statement) = &mut current {
            statement.push_str(trimmed);
        } else if trimmed.starts_with("use ") || trimmed.starts_with("pub(crate) use ") {
            current = Some(trimmed.to_owned());
        } else if !trimmed.starts_with("pub use ") {
            statements.extend(inline_paths(trimmed).map(|path| format!("use {path};")));
        }
        if current
            .as_ref()
            .is_some_and(|s| s.trim_end().ends_with(';'))
        {
            statements.extend(current.take());
        }
    }
    statements
}

/// The `crate::a::b` and `super::a` paths written in a line of code.
fn inline_paths(line: &str) -> impl Iterator<Item = String> + '_ {
    let starts = line
        .match_indices("crate::")
        .chain(line.match_indices("super::"))
        .map(|(at, _)| at)
        .filter(move |at| {
            // Not the tail of a longer name (`client_fit_crate::`) or of another path.
            !line[..*at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':')
        });
    starts.map(move |at| {
        line[at..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect::<String>()
            .trim_end_matches(':')
            .to_owned()
    })
}

/// The modules a `use` statement in module `from` names, as paths inside the crate.
fn targets(statement: &str, from: &[String], is_mod_file: bool) -> Vec<Vec<String>> {
    let path = statement
        .trim_start_matches("pub(crate) ")
        .trim_start_matches("use ")
        .trim_end_matches(';');
    // `super` of a `mod.rs` is the parent of its folder's module; of `a/b.rs`, it is `a`.
    let base: Vec<String> = from.to_vec();
    let (mut at, rest) = if let Some(rest) = path.strip_prefix("crate::") {
        (Vec::new(), rest)
    } else if let Some(mut rest) = path.strip_prefix("super::") {
        let mut at = base.clone();
        at.pop();
        while let Some(more) = rest.strip_prefix("super::") {
            at.pop();
            rest = more;
        }
        (at, rest)
    } else if let Some(rest) = path.strip_prefix("self::") {
        let _ = is_mod_file;
        (base.clone(), rest)
    } else {
        return Vec::new();
    };
    // The first path segments that are modules; a `{...}` group lists several.
    let mut found = Vec::new();
    let segments: Vec<&str> = rest.split("::").collect();
    for (i, segment) in segments.iter().enumerate() {
        if segment.starts_with('{') {
            let inner = rest.split_once('{').map(|(_, r)| r).unwrap_or_default();
            for item in inner.trim_end_matches('}').split(',') {
                let name = item.trim().split("::").next().unwrap_or_default().trim();
                if !name.is_empty() && name != "self" {
                    let mut module = at.clone();
                    module.push(name.to_owned());
                    found.push(module);
                }
            }
            found.push(at.clone());
            return found;
        }
        if i == segments.len() - 1 {
            break;
        }
        at.push((*segment).to_owned());
    }
    at.push(segments.last().copied().unwrap_or_default().to_owned());
    found.push(at);
    found
}

/// The graph of one crate: each module and the other modules of the crate it uses.
fn graph(src: &Path) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let files = sources(src);
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| module_of(src, f)).collect();
    let mut edges = BTreeMap::new();
    for file in &files {
        let from = module_of(src, file);
        let is_mod_file = file.file_name().is_some_and(|n| n == "mod.rs");
        let text = fs::read_to_string(file).unwrap();
        let mut to = BTreeSet::new();
        for statement in uses(&text) {
            for target in targets(&statement, &from, is_mod_file) {
                // The longest module path the target starts with; an item's own module.
                let module = (0..=target.len())
                    .rev()
                    .map(|n| target[..n].to_vec())
                    .find(|prefix| modules.contains(prefix));
                if let Some(module) = module
                    && module != from
                    && !from.starts_with(&module)
                {
                    to.insert(module);
                }
            }
        }
        edges.insert(from, to);
    }
    edges
}

/// A cycle through `start`, if there is one, as the modules around it.
fn cycle_from(
    graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
    start: &Vec<String>,
) -> Option<Vec<Vec<String>>> {
    let mut stack = vec![(start.clone(), vec![start.clone()])];
    let mut seen = BTreeSet::new();
    while let Some((at, path)) = stack.pop() {
        for next in graph.get(&at).into_iter().flatten() {
            if next == start {
                return Some(path.clone());
            }
            if seen.insert(next.clone()) {
                let mut longer = path.clone();
                longer.push(next.clone());
                stack.push((next.clone(), longer));
            }
        }
    }
    None
}

#[test]
fn no_module_depends_on_itself_through_others() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut cycles = Vec::new();
    for name in CRATES {
        let graph = graph(&root.join(name).join("src"));
        assert!(graph.len() > 1 || name == "cli", "{name}: no modules found");
        for module in graph.keys() {
            if let Some(cycle) = cycle_from(&graph, module) {
                let names: Vec<String> = cycle.iter().map(|m| m.join("::")).collect();
                cycles.push(format!("{name}: {} -> (back)", names.join(" -> ")));
            }
        }
    }
    assert!(cycles.is_empty(), "module cycles:\n{}", cycles.join("\n"));
}

#[test]
fn the_reader_sees_a_cycle_when_there_is_one() {
    // Two modules using each other, through `crate::` and through `super::`.
    let dir = std::env::temp_dir().join(format!("client-fit-cycles-{}", std::process::id()));
    fs::create_dir_all(dir.join("state")).unwrap();
    fs::write(dir.join("lib.rs"), "mod device;\nmod state;\n").unwrap();
    fs::write(
        dir.join("device.rs"),
        "use crate::state::{Notice, Other};\n",
    )
    .unwrap();
    fs::write(dir.join("state/mod.rs"), "mod flow;\nuse super::device;\n").unwrap();
    fs::write(dir.join("state/flow.rs"), "use super::Flow;\n").unwrap();
    fs::write(dir.join("panic.rs"), "fn show() { crate::embed::key(); }\n").unwrap();
    fs::write(
        dir.join("embed.rs"),
        "// crate::panic is not named in code\nuse crate::panic;\n",
    )
    .unwrap();
    let graph = graph(&dir);
    let _ = fs::remove_dir_all(&dir);
    let state = vec!["state".to_owned()];
    assert!(cycle_from(&graph, &state).is_some(), "{graph:?}");
    // A path written out in the code counts as much as a `use` line.
    let panic = vec!["panic".to_owned()];
    assert!(cycle_from(&graph, &panic).is_some(), "{graph:?}");
    // A child using its parent is not a cycle.
    let flow = vec!["state".to_owned(), "flow".to_owned()];
    assert!(graph[&flow].is_empty(), "{graph:?}");
}

//! Shared by the workspace-wide tests that read the source files themselves.

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
pub(crate) fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir)
        .expect("the source folder reads")
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            files.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

//! The shape of `src/` that the layout map in `src/lib.rs` promises: the top-level rooms
//! depend on each other without a circle, and no hand-written file grows past what a reader
//! can hold. Read from the source text, so a new `use crate::…` that points back up fails
//! here, not in a review.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Hand-written files may reach this many lines; generated code and tests are exempt.
const MAX_LINES: usize = 600;

fn source_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).expect("read src");
    for entry in entries {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            source_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The top-level room a file belongs to (`src/app/…` → `app`, `src/events.rs` → `events`);
/// `None` for the crate roots and the binaries, which may use anything.
fn room(src: &Path, file: &Path) -> Option<String> {
    let relative = file.strip_prefix(src).ok()?;
    let mut parts = relative.components();
    let first = parts.next()?.as_os_str().to_str()?.to_owned();
    let is_file = parts.next().is_none();
    match first.as_str() {
        "lib.rs" | "main.rs" | "bin" => None,
        _ if is_file => Some(first.trim_end_matches(".rs").to_owned()),
        _ => Some(first),
    }
}

/// Every `crate::room` a file names, in `use` lines or paths.
fn rooms_named(text: &str) -> BTreeSet<String> {
    text.match_indices("crate::")
        .filter_map(|(at, _)| {
            let rest = &text[at + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            (!name.is_empty()).then_some(name)
        })
        .collect()
}

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// A circle in the graph, as the rooms along it, if there is one.
fn find_circle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|n| n == node) {
            let mut circle = path[start..].to_vec();
            circle.push(node.to_owned());
            return Some(circle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(circle) = visit(next, edges, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    edges
        .keys()
        .find_map(|node| visit(node, edges, &mut Vec::new(), &mut done))
}

#[test]
fn the_top_level_rooms_form_no_circle() {
    let src = src_dir();
    let mut files = Vec::new();
    source_files(&src, &mut files);
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let Some(from) = room(&src, file) else {
            continue;
        };
        let text = std::fs::read_to_string(file).expect("read source");
        let named = rooms_named(&text);
        let targets = edges.entry(from.clone()).or_default();
        targets.extend(named.into_iter().filter(|to| *to != from));
    }
    assert!(
        edges.len() > 5,
        "the walk found too few rooms to mean anything: {edges:?}"
    );
    assert_eq!(find_circle(&edges), None, "rooms that import each other");
}

#[test]
fn the_circle_finder_finds_a_circle() {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    edges
        .entry("db".into())
        .or_default()
        .insert("library".into());
    edges
        .entry("library".into())
        .or_default()
        .insert("events".into());
    assert_eq!(find_circle(&edges), None);
    edges
        .entry("events".into())
        .or_default()
        .insert("db".into());
    assert_eq!(
        find_circle(&edges),
        Some(vec![
            "db".into(),
            "library".into(),
            "events".into(),
            "db".into()
        ])
    );
}

#[test]
fn no_hand_written_file_is_too_long_to_read() {
    let src = src_dir();
    let mut files = Vec::new();
    source_files(&src, &mut files);
    let too_long: Vec<String> = files
        .iter()
        .filter(|f| !f.components().any(|c| c.as_os_str() == "generated"))
        .filter(|f| f.file_name().is_none_or(|n| n != "tests.rs"))
        .filter_map(|f| {
            let lines = std::fs::read_to_string(f)
                .expect("read source")
                .lines()
                .count();
            (lines > MAX_LINES).then(|| format!("{} ({lines} lines)", f.display()))
        })
        .collect();
    assert!(too_long.is_empty(), "split these: {too_long:?}");
}

//! The Music Hub generator: reads `openapi/music-hub.yaml` and writes what must stay in step
//! with it.
//!
//! # Layout
//! - `model`: reads the document into a model of the constructs we support, refusing the
//!   rest with an error that names the JSON pointer.
//! - `emit`: writes the Rust contract module (`src/api/generated.rs`) from the model.
//! - `main.rs`: the `generate` and `check` commands.

pub mod emit;
pub mod model;

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// The document every output is generated from, relative to the workspace root.
pub const DOCUMENT: &str = "openapi/music-hub.yaml";

/// One generated file: where it goes and what it must contain.
pub struct Output {
    pub path: PathBuf,
    pub contents: String,
}

/// Generates the Rust contract module from the document's text.
pub fn generate_rust(document: &str) -> Result<String> {
    let model = model::parse(document)?;
    emit::rust(&model)
}

/// Everything generated from the document under `root`.
pub fn outputs(root: &Path) -> Result<Vec<Output>> {
    let document = std::fs::read_to_string(root.join(DOCUMENT))
        .with_context(|| format!("reading {DOCUMENT}"))?;
    Ok(vec![Output {
        path: PathBuf::from("src/api/generated.rs"),
        contents: generate_rust(&document).with_context(|| format!("in {DOCUMENT}"))?,
    }])
}

/// The files under `root` whose committed contents differ from what the document generates.
pub fn stale(root: &Path) -> Result<Vec<PathBuf>> {
    let mut stale = Vec::new();
    for output in outputs(root)? {
        let committed = std::fs::read_to_string(root.join(&output.path)).unwrap_or_default();
        if committed != output.contents {
            stale.push(output.path);
        }
    }
    Ok(stale)
}

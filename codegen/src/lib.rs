//! The Music Hub generator: reads `openapi/music-hub.yaml` and writes what must stay in step
//! with it.
//!
//! # Layout
//! - `model`: reads the document into a model of the constructs we support, refusing the
//!   rest with an error that names the JSON pointer.
//! - `emit`: writes the Rust contract module (`src/api/generated.rs`) from the model.
//! - `sdk`: runs the pinned generators of the TypeScript and Python SDKs (`clients/`),
//!   installing them locally on first use.
//! - `main.rs`: the `generate` and `check` commands.

pub mod emit;
pub mod model;
pub mod sdk;

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

/// Everything generated from the document under `root`: the Rust contract module, then the
/// SDKs.
pub fn outputs(root: &Path) -> Result<Vec<Output>> {
    let document = std::fs::read_to_string(root.join(DOCUMENT))
        .with_context(|| format!("reading {DOCUMENT}"))?;
    let mut outputs = vec![Output {
        path: PathBuf::from("src/api/generated.rs"),
        contents: generate_rust(&document).with_context(|| format!("in {DOCUMENT}"))?,
    }];
    outputs.extend(sdk::outputs(root)?);
    Ok(outputs)
}

/// The files under `root` that are stale: committed contents that differ from what the
/// document generates, and leftovers in generated-only directories that it no longer does.
pub fn stale(root: &Path) -> Result<Vec<PathBuf>> {
    let outputs = outputs(root)?;
    let mut stale = Vec::new();
    for output in &outputs {
        let committed = std::fs::read_to_string(root.join(&output.path)).unwrap_or_default();
        if committed != output.contents {
            stale.push(output.path.clone());
        }
    }
    stale.extend(leftovers(root, &outputs)?);
    Ok(stale)
}

/// Files in the generated-only directories (`sdk::GENERATED_DIRS`) that are not outputs.
pub fn leftovers(root: &Path, outputs: &[Output]) -> Result<Vec<PathBuf>> {
    let mut leftovers = Vec::new();
    for dir in sdk::GENERATED_DIRS {
        for file in sdk::files_under(&root.join(dir))? {
            let relative = file.strip_prefix(root).unwrap_or(&file).to_path_buf();
            if !outputs.iter().any(|o| o.path == relative) {
                leftovers.push(relative);
            }
        }
    }
    Ok(leftovers)
}

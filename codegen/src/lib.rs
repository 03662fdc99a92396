//! The Music Hub generator: reads `openapi/music-hub.yaml` and writes what must stay in step
//! with it.
//!
//! # Layout
//! - `model`: reads the document into a model of the constructs we support, refusing the
//!   rest with an error that names the JSON pointer; `model::errors` reads the registry of
//!   error codes (`ErrorCode`) and refuses an error answer that names a code it lacks.
//! - `emit`: writes the Rust contract module (`src/api/generated/`, one file per part) from
//!   the model, formatted by `rustfmt`, including the status rule's tables
//!   (`documented_statuses`, `documented_codes`) and `ErrorCode`'s statuses.
//! - `sdk`: runs the pinned generators of the TypeScript and Python SDKs (`clients/`),
//!   installing them locally on first use.
//! - `main.rs`: the `generate` and `check` commands, each for the Rust module (`--rust`,
//!   needs only the Rust toolchain), the SDKs (`--sdk`, needs Node and Python) or both.

pub mod emit;
pub mod model;
pub mod sdk;

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// The document every output is generated from, relative to the workspace root.
pub const DOCUMENT: &str = "openapi/music-hub.yaml";

/// The directory of the generated Rust module; every file in it is generated.
pub const RUST_DIR: &str = "src/api/generated";

/// Where earlier generators wrote the Rust module, as one file: stale if it is still there
/// (it would also clash with `RUST_DIR` as the same module).
pub const RUST_FORMER_OUTPUTS: &[&str] = &["src/api/generated.rs"];

/// One generated file: where it goes and what it must contain.
pub struct Output {
    pub path: PathBuf,
    pub contents: String,
}

/// Which outputs a command covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The Rust module only: needs nothing but the Rust toolchain.
    Rust,
    /// The TypeScript and Python SDKs only.
    Sdk,
    /// Everything.
    All,
}

impl Scope {
    fn rust(self) -> bool {
        matches!(self, Scope::Rust | Scope::All)
    }
    fn sdk(self) -> bool {
        matches!(self, Scope::Sdk | Scope::All)
    }
}

/// Generates the Rust contract module's files (`emit::FILES`) from the document's text.
pub fn generate_rust(document: &str) -> Result<Vec<emit::File>> {
    let model = model::parse(document)?;
    emit::rust(&model)
}

/// The Rust module's outputs, generated from the document under `root`.
pub fn rust_outputs(root: &Path) -> Result<Vec<Output>> {
    let document = std::fs::read_to_string(root.join(DOCUMENT))
        .with_context(|| format!("reading {DOCUMENT}"))?;
    let files = generate_rust(&document).with_context(|| format!("in {DOCUMENT}"))?;
    Ok(files
        .into_iter()
        .map(|file| Output {
            path: Path::new(RUST_DIR).join(file.name),
            contents: file.text,
        })
        .collect())
}

/// Everything in `scope` generated from the document under `root`: the Rust contract
/// module, then the SDKs.
pub fn outputs_in(root: &Path, scope: Scope) -> Result<Vec<Output>> {
    let mut outputs = Vec::new();
    if scope.rust() {
        outputs.extend(rust_outputs(root)?);
    }
    if scope.sdk() {
        outputs.extend(sdk::outputs(root)?);
    }
    Ok(outputs)
}

/// Everything generated from the document under `root`.
pub fn outputs(root: &Path) -> Result<Vec<Output>> {
    outputs_in(root, Scope::All)
}

/// The files in `scope` under `root` that are stale: committed contents that differ from
/// what the document generates, and leftovers that it no longer does.
pub fn stale(root: &Path, scope: Scope) -> Result<Vec<PathBuf>> {
    let outputs = outputs_in(root, scope)?;
    let mut stale = Vec::new();
    for output in &outputs {
        let committed = std::fs::read_to_string(root.join(&output.path)).unwrap_or_default();
        if committed != output.contents {
            stale.push(output.path.clone());
        }
    }
    stale.extend(leftovers(root, &outputs, scope)?);
    Ok(stale)
}

/// Files in `scope`'s generated-only directories (`RUST_DIR`, `sdk::GENERATED_DIRS`) that
/// are not outputs, and the Rust module's former single file.
pub fn leftovers(root: &Path, outputs: &[Output], scope: Scope) -> Result<Vec<PathBuf>> {
    let mut dirs = Vec::new();
    let mut leftovers = Vec::new();
    if scope.rust() {
        dirs.push(RUST_DIR);
        leftovers.extend(
            RUST_FORMER_OUTPUTS
                .iter()
                .filter(|f| root.join(f).exists())
                .map(PathBuf::from),
        );
    }
    if scope.sdk() {
        dirs.extend(sdk::GENERATED_DIRS);
    }
    for dir in dirs {
        for file in sdk::files_under(&root.join(dir))? {
            let relative = file.strip_prefix(root).unwrap_or(&file).to_path_buf();
            if !outputs.iter().any(|o| o.path == relative) {
                leftovers.push(relative);
            }
        }
    }
    Ok(leftovers)
}

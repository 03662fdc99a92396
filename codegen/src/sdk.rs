//! The client SDKs, generated from the document by pinned third-party generators:
//! openapi-typescript for `clients/typescript/`, openapi-python-client for `clients/python/`.
//!
//! The generators are installed locally on first use, never globally: `npm ci` from the
//! committed `clients/typescript/package-lock.json` into `clients/typescript/node_modules`,
//! and `pip install` of the pinned `clients/python/requirements-dev.txt` into
//! `clients/python/.venv`. Each install leaves a copy of its lock file behind as a stamp, so
//! later runs skip it while the lock is unchanged, and an interrupted install is redone.
//!
//! Both generators write into a scratch directory; the files they produce become `Output`s
//! like the Rust module, so `check` compares them and `generate` writes them.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::{Output, DOCUMENT};

const TYPESCRIPT_DIR: &str = "clients/typescript";

/// The generated TypeScript types: the only file of `clients/typescript/src/generated/`.
const TYPESCRIPT_SCHEMA: &str = "clients/typescript/src/generated/schema.ts";

/// The Python package. The generator owns `__init__.py`, `client.py`, `errors.py`,
/// `types.py` and everything under `api/` and `models/`; the hand-written layer (`hub.py`,
/// `sse.py`, `py.typed`) sits beside them.
const PYTHON_PACKAGE: &str = "clients/python/music_hub_client";

/// Directories whose every file is generated: a file there that the document no longer
/// generates is stale, and `generate` removes it.
pub const GENERATED_DIRS: &[&str] = &[
    "clients/typescript/src/generated",
    "clients/python/music_hub_client/api",
    "clients/python/music_hub_client/models",
];

/// What the SDK generators read besides the document: the pinned tool versions and the
/// generator settings.
pub const INPUTS: &[&str] = &[
    NPM_MANIFEST,
    NPM_LOCK,
    PYTHON_LOCK,
    PYTHON_GENERATOR_CONFIG,
    PYTHON_TEMPLATES,
];
const NPM_MANIFEST: &str = "clients/typescript/package.json";
const NPM_LOCK: &str = "clients/typescript/package-lock.json";
const PYTHON_LOCK: &str = "clients/python/requirements-dev.txt";
const PYTHON_GENERATOR_CONFIG: &str = "clients/python/openapi-python-client.yaml";
/// Our one template override: the package `__init__.py` also exports the hand-written layer.
const PYTHON_TEMPLATES: &str = "clients/python/templates";

/// Where the tools are installed (ignored by git).
pub const TOOL_DIRS: &[&str] = &[NODE_MODULES, VENV];
const NODE_MODULES: &str = "clients/typescript/node_modules";
const VENV: &str = "clients/python/.venv";

/// Where an install records the lock file it installed from.
const STAMP: &str = ".music-hub-installed";

/// The TypeScript and Python SDK files the document generates, generated side by side.
pub fn outputs(root: &Path) -> Result<Vec<Output>> {
    let document = root.join(DOCUMENT);
    let (typescript, python) = std::thread::scope(|scope| {
        let typescript = scope.spawn(|| typescript(root, &document));
        let python = python(root, &document);
        let typescript = typescript
            .join()
            .unwrap_or_else(|_| Err(anyhow::anyhow!("the TypeScript generator panicked")));
        (typescript, python)
    });
    let mut outputs = typescript.context("generating the TypeScript SDK")?;
    outputs.extend(python.context("generating the Python SDK")?);
    Ok(outputs)
}

fn typescript(root: &Path, document: &Path) -> Result<Vec<Output>> {
    let node_modules = ensure_node_modules(root)?;
    let scratch = tempfile::tempdir().context("creating a scratch directory")?;
    let out = scratch.path().join("schema.ts");
    run(Command::new("node")
        .arg(node_modules.join("openapi-typescript/bin/cli.js"))
        .arg(document)
        .arg("--output")
        .arg(&out)
        // `components["schemas"]["TokenPair"]` is also exported as `TokenPair`.
        .args(["--root-types", "--root-types-no-schema-prefix"]))?;
    Ok(vec![Output {
        path: PathBuf::from(TYPESCRIPT_SCHEMA),
        contents: std::fs::read_to_string(&out).context("reading openapi-typescript's output")?,
    }])
}

fn python(root: &Path, document: &Path) -> Result<Vec<Output>> {
    let venv = ensure_venv(root)?;
    let bin = venv.join("bin");
    let scratch = tempfile::tempdir().context("creating a scratch directory")?;
    let out = scratch.path().join("music_hub_client");
    // The generator's post-hooks run `ruff`, found on PATH.
    let path = std::env::join_paths(
        std::iter::once(bin.clone()).chain(
            std::env::var_os("PATH")
                .iter()
                .flat_map(std::env::split_paths),
        ),
    )?;
    run(Command::new(bin.join("openapi-python-client"))
        .env("PATH", path)
        .arg("generate")
        .arg("--path")
        .arg(document)
        .args(["--meta", "none", "--fail-on-warning"])
        .arg("--config")
        .arg(root.join(PYTHON_GENERATOR_CONFIG))
        .arg("--custom-template-path")
        .arg(root.join(PYTHON_TEMPLATES))
        .arg("--output-path")
        .arg(&out))?;
    let mut outputs = Vec::new();
    for file in files_under(&out)? {
        let relative = file.strip_prefix(&out).expect("a file under the output");
        outputs.push(Output {
            path: Path::new(PYTHON_PACKAGE).join(relative),
            contents: std::fs::read_to_string(&file)
                .with_context(|| format!("reading {}", file.display()))?,
        });
    }
    outputs.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(outputs)
}

/// Every file under `dir`, recursively, leaving out Python's and ruff's caches.
pub fn files_under(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    if !dir.is_dir() {
        return Ok(files);
    }
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in
            std::fs::read_dir(&dir).with_context(|| format!("listing {}", dir.display()))?
        {
            let path = entry?.path();
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            if name == "__pycache__" || name == ".ruff_cache" {
                continue;
            }
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// `npm ci` into `clients/typescript/node_modules` unless it already holds this lock file.
fn ensure_node_modules(root: &Path) -> Result<PathBuf> {
    let lock = root.join(NPM_LOCK);
    let node_modules = root.join(NODE_MODULES);
    if installed(&lock, &node_modules)? {
        return Ok(node_modules);
    }
    let _guard = install_lock(&node_modules)?;
    if installed(&lock, &node_modules)? {
        return Ok(node_modules);
    }
    eprintln!("codegen: installing the pinned npm packages (npm ci in {TYPESCRIPT_DIR})");
    run(Command::new("npm")
        .current_dir(root.join(TYPESCRIPT_DIR))
        .args(["ci", "--no-audit", "--no-fund", "--ignore-scripts"]))
    .context("installing the TypeScript generator (needs Node 20 and npm)")?;
    stamp(&lock, &node_modules)?;
    Ok(node_modules)
}

/// A fresh `clients/python/.venv` with the pinned tools, unless it already holds this lock.
fn ensure_venv(root: &Path) -> Result<PathBuf> {
    let lock = root.join(PYTHON_LOCK);
    let venv = root.join(VENV);
    if installed(&lock, &venv)? {
        return Ok(venv);
    }
    let _guard = install_lock(&venv)?;
    if installed(&lock, &venv)? {
        return Ok(venv);
    }
    eprintln!("codegen: installing the pinned Python tools (a venv in {VENV})");
    if venv.exists() {
        std::fs::remove_dir_all(&venv).with_context(|| format!("removing {}", venv.display()))?;
    }
    run(Command::new("python3").arg("-m").arg("venv").arg(&venv))
        .context("creating the Python venv (needs Python 3.11 or newer with venv)")?;
    run(Command::new(venv.join("bin/pip"))
        .args([
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--requirement",
        ])
        .arg(&lock))
    .context("installing the pinned Python tools")?;
    stamp(&lock, &venv)?;
    Ok(venv)
}

/// Whether `target` was installed from exactly this `lock`.
fn installed(lock: &Path, target: &Path) -> Result<bool> {
    let wanted = std::fs::read(lock).with_context(|| format!("reading {}", lock.display()))?;
    Ok(std::fs::read(target.join(STAMP)).is_ok_and(|had| had == wanted))
}

/// Held while installing into `target`, so that concurrent runs (parallel tests, a hook
/// beside the test command) install once and the others wait: `target` + `.lock`.
fn install_lock(target: &Path) -> Result<std::fs::File> {
    let mut path = target.as_os_str().to_owned();
    path.push(".lock");
    let file = std::fs::File::create(&path)
        .with_context(|| format!("creating {}", Path::new(&path).display()))?;
    file.lock()
        .context("waiting for another install to finish")?;
    Ok(file)
}

fn stamp(lock: &Path, target: &Path) -> Result<()> {
    std::fs::copy(lock, target.join(STAMP))
        .with_context(|| format!("stamping {}", target.display()))?;
    Ok(())
}

/// Runs a tool, failing with its output when it fails.
fn run(command: &mut Command) -> Result<()> {
    let program = command.get_program().to_string_lossy().into_owned();
    let output = command
        .output()
        .with_context(|| format!("running `{program}` (is it installed?)"))?;
    if !output.status.success() {
        bail!(
            "`{program}` failed ({}):\n{}{}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(())
}

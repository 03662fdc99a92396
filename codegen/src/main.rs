//! `cargo run -p codegen -- generate` writes every generated file from the contract;
//! `cargo run -p codegen -- check` exits non-zero, naming the files, when any is stale.
//!
//! Both take `--rust` (only the Rust module `src/api/generated/`: needs nothing but the Rust
//! toolchain, so CI runs it before the lints) or `--sdk` (only the TypeScript and Python
//! SDKs: needs Node and Python); without either they cover everything.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use codegen::Scope;

const USAGE: &str = "usage: cargo run -p codegen -- <generate|check> [--rust|--sdk] [--root DIR]";

fn workspace_root() -> PathBuf {
    // codegen/ sits directly under the workspace root.
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The command line: the command, its scope and the checkout it works on.
struct Args {
    command: String,
    scope: Scope,
    root: PathBuf,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Option<Args> {
    let command = args.next()?;
    let mut scope = None;
    // `--root DIR` points at another checkout (the tests use a scratch copy).
    let mut root = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--rust" if scope.is_none() => scope = Some(Scope::Rust),
            "--sdk" if scope.is_none() => scope = Some(Scope::Sdk),
            "--root" if root.is_none() => root = Some(PathBuf::from(args.next()?)),
            _ => return None,
        }
    }
    Some(Args {
        command,
        scope: scope.unwrap_or(Scope::All),
        root: root.unwrap_or_else(workspace_root),
    })
}

fn main() -> ExitCode {
    let Some(args) = parse_args(std::env::args().skip(1)) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let result = match args.command.as_str() {
        "generate" => generate(&args.root, args.scope),
        "check" => check(&args.root, args.scope),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("codegen: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn generate(root: &Path, scope: Scope) -> anyhow::Result<ExitCode> {
    let outputs = codegen::outputs_in(root, scope)?;
    let mut unchanged = 0;
    for output in &outputs {
        let path = root.join(&output.path);
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current != output.contents {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&path, &output.contents)?;
            println!("wrote {}", output.path.display());
        } else {
            unchanged += 1;
        }
    }
    println!("{unchanged} generated files unchanged");
    for leftover in codegen::leftovers(root, &outputs, scope)? {
        std::fs::remove_file(root.join(&leftover))?;
        println!("removed {}", leftover.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn check(root: &Path, scope: Scope) -> anyhow::Result<ExitCode> {
    let stale = codegen::stale(root, scope)?;
    let what = match scope {
        Scope::Rust => "the Rust module is",
        Scope::Sdk => "the SDKs are",
        Scope::All => "generated files are",
    };
    if stale.is_empty() {
        println!("{what} in step with {}", codegen::DOCUMENT);
        return Ok(ExitCode::SUCCESS);
    }
    for path in &stale {
        eprintln!(
            "stale: {} differs from what {} generates",
            path.display(),
            codegen::DOCUMENT
        );
    }
    eprintln!("run `cargo run -p codegen -- generate` and commit the result");
    Ok(ExitCode::FAILURE)
}

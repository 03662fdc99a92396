//! `cargo run -p codegen -- generate` writes every generated file from the contract;
//! `cargo run -p codegen -- check` exits non-zero, naming the files, when any is stale.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn workspace_root() -> PathBuf {
    // codegen/ sits directly under the workspace root.
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let command = args.next().unwrap_or_default();
    // `--root DIR` points at another checkout (the tests use a scratch copy).
    let root = match (args.next().as_deref(), args.next()) {
        (Some("--root"), Some(dir)) => PathBuf::from(dir),
        (None, _) => workspace_root(),
        _ => {
            eprintln!("usage: cargo run -p codegen -- <generate|check> [--root DIR]");
            return ExitCode::from(2);
        }
    };
    let result = match command.as_str() {
        "generate" => generate(&root),
        "check" => check(&root),
        _ => {
            eprintln!("usage: cargo run -p codegen -- <generate|check> [--root DIR]");
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

fn generate(root: &Path) -> anyhow::Result<ExitCode> {
    let outputs = codegen::outputs(root)?;
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
    for leftover in codegen::leftovers(root, &outputs)? {
        std::fs::remove_file(root.join(&leftover))?;
        println!("removed {}", leftover.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn check(root: &Path) -> anyhow::Result<ExitCode> {
    let stale = codegen::stale(root)?;
    if stale.is_empty() {
        println!("generated files are in step with {}", codegen::DOCUMENT);
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

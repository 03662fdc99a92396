#!/usr/bin/env bash
# The whole test suite: formatting, lints, the contract drift check (Rust module and both
# SDKs), every Rust test (unit, integration against a real hub on loopback, the generator's
# own tests), then the SDK and contract tests (tests/sdk.sh: TypeScript, Python, schemathesis).
# Run it from anywhere: `bash tests/run.sh`. CI runs exactly this through .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "toolchain"
cargo --version
rustc --version

step "format (cargo fmt --check)"
cargo fmt --all -- --check

step "contract: generated code is in step with openapi/music-hub.yaml"
cargo run -q -p codegen -- check

step "lints (cargo clippy --all-targets -- -D warnings)"
cargo clippy --workspace --all-targets -q -- -D warnings

step "tests (cargo test --workspace)"
cargo test --workspace

step "client SDKs and contract tests against a real hub (tests/sdk.sh)"
bash tests/sdk.sh

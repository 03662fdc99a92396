#!/usr/bin/env bash
# The whole test suite: formatting, the drift check of the generated Rust module (before the
# lints, since it needs only the Rust toolchain), lints, every Rust test (unit, integration
# against a real hub on loopback, headless chromium playing from one (tests/browser.sh
# installs it first), the generator's own tests), then the drift check of both
# SDKs and the SDK and contract tests (tests/sdk.sh: TypeScript, Python, schemathesis).
# cmake and make (for the libopus and LAME built into the hub) are installed first when missing,
# and ffmpeg (for the fallback transcoding engine's tests) before the Rust tests.
# Run it from anywhere: `bash tests/run.sh`. CI runs exactly this through .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "toolchain"
cargo --version
rustc --version

step "format (cargo fmt --check)"
cargo fmt --all -- --check

step "contract: src/api/generated/ is in step with openapi/music-hub.yaml (codegen check --rust)"
cargo run -q -p codegen -- check --rust

step "build tools: cmake and make, which build the libopus and LAME the hub links in"
missing=()
for tool in cmake make; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    apt-get install -y -q "${missing[@]}" ||
      { apt-get update -q && apt-get install -y -q "${missing[@]}"; }
  else
    echo "missing: ${missing[*]} (apt-get install ${missing[*]}); the hub cannot be built without them" >&2
    exit 1
  fi
fi
cmake --version | sed -n 1p
make --version | sed -n 1p

step "lints (cargo clippy --all-targets -- -D warnings)"
cargo clippy --workspace --all-targets -q -- -D warnings

step "browser: chromium for the browser test (tests/browser.sh)"
bash tests/browser.sh

step "ffmpeg for the fallback transcoding engine's tests (app::media::transcode::ffmpeg)"
# The hub never needs it; its tests do, and fail where CI=true without it.
if ! command -v ffmpeg >/dev/null 2>&1; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends ffmpeg >/dev/null ||
      { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends ffmpeg >/dev/null; }
  else
    echo "ffmpeg is missing (apt-get install ffmpeg): the fallback engine's tests skip (fail where CI=true)"
  fi
fi
if command -v ffmpeg >/dev/null 2>&1; then ffmpeg -version | sed -n 1p; fi

step "tests (cargo test --workspace)"
cargo test --workspace

step "contract: the SDKs under clients/ are in step with openapi/music-hub.yaml (codegen check --sdk)"
cargo run -q -p codegen -- check --sdk

step "client SDKs and contract tests against a real hub (tests/sdk.sh)"
bash tests/sdk.sh

#!/usr/bin/env bash
# The client SDK suite, against a real hub: the TypeScript SDK (type check, then its tests),
# the Python SDK (its tests, then a type check), the contract tests (tests/contract/:
# what still answers 501, the event feeds against the document, and schemathesis), and each
# SDK installed as its README says into a fresh project, running its first example
# (tests/sdk_install.py; it needs PyPI and npm).
#
# Run it from anywhere: `bash tests/sdk.sh`. On a fresh machine it installs what it needs
# first, locally and pinned, exactly where `cargo run -p codegen` installs them and with the
# same stamps (a copy of the lock file installed from) and locks, so the two never fight:
#   clients/typescript/node_modules  `npm ci` from package-lock.json
#   clients/python/.venv             `pip install -r requirements-dev.txt`
# then builds the hub once (`cargo build --bin music-hub`). Needs Node 20+ with npm,
# Python 3.11+ with venv, and cargo. Every suite runs even when an earlier one failed; the
# script exits non-zero when any failed, after a summary.
#
#   SCHEMATHESIS_MAX_EXAMPLES, SCHEMATHESIS_SEED   see tests/contract/run_schemathesis.py
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export NO_COLOR=1

STAMP=.music-hub-installed
TS=clients/typescript
PY=clients/python

step() { printf '\n== %s\n' "$*"; }

# Whether `$2` was installed from exactly the lock file `$1` (codegen/src/sdk.rs `installed`).
installed() { cmp -s "$1" "$2/$STAMP"; }

# Runs "$@" holding `$1.lock`, the lock codegen takes around the same install (flock).
with_install_lock() {
  local target=$1
  shift
  if command -v flock >/dev/null; then
    flock "$target.lock" "$@"
  else
    "$@"
  fi
}

install_node_modules() {
  installed "$TS/package-lock.json" "$TS/node_modules" && return 0
  echo "sdk.sh: installing the pinned npm packages (npm ci in $TS)"
  (cd "$TS" && npm ci --no-audit --no-fund --ignore-scripts)
  cp "$TS/package-lock.json" "$TS/node_modules/$STAMP"
}

install_venv() {
  installed "$PY/requirements-dev.txt" "$PY/.venv" && return 0
  echo "sdk.sh: installing the pinned Python tools (a venv in $PY/.venv)"
  rm -rf "$PY/.venv"
  python3 -m venv "$PY/.venv"
  "$PY/.venv/bin/pip" install --quiet --disable-pip-version-check \
    --requirement "$PY/requirements-dev.txt"
  cp "$PY/requirements-dev.txt" "$PY/.venv/$STAMP"
}

# `install` re-enters this script under the lock, so the check and the install are one step.
if [[ ${1:-} == --install-node-modules ]]; then install_node_modules; exit; fi
if [[ ${1:-} == --install-venv ]]; then install_venv; exit; fi

started=$SECONDS

step "install: TypeScript tools ($TS/node_modules)"
node --version
installed "$TS/package-lock.json" "$TS/node_modules" ||
  with_install_lock "$TS/node_modules" bash "$0" --install-node-modules
echo "up to date with $TS/package-lock.json"

step "install: Python tools ($PY/.venv)"
python3 --version
installed "$PY/requirements-dev.txt" "$PY/.venv" ||
  with_install_lock "$PY/.venv" bash "$0" --install-venv
echo "up to date with $PY/requirements-dev.txt"

step "build the hub (cargo build --bin music-hub)"
cargo build --bin music-hub
export MUSIC_HUB_BIN="$ROOT/target/debug/music-hub"

failed=()
summary=()
# Runs one suite in its own directory, timing it and recording a failure without stopping.
suite() {
  local name=$1 dir=$2
  shift 2
  step "$name"
  local start=$SECONDS status=0
  (cd "$dir" && "$@") || status=$?
  local took=$((SECONDS - start))
  if ((status == 0)); then
    summary+=("passed  ${took}s  $name")
  else
    summary+=("FAILED  ${took}s  $name (exit $status)")
    failed+=("$name")
  fi
}

suite "TypeScript: type check (tsc --noEmit)" "$TS" npx --no-install tsc --noEmit -p .
suite "TypeScript: tests (node --test)" "$TS" npm test --silent
suite "Python: tests (pytest)" "$PY" .venv/bin/python -m pytest -q -rs
suite "Python: type check (mypy)" "$PY" .venv/bin/mypy
suite "contract and SDK install: type check (mypy)" "$PY" \
  .venv/bin/mypy ../../tests/contract ../../tests/sdk_install.py
suite "contract: 501s and event feeds (pytest tests/contract)" "$ROOT" \
  "$PY/.venv/bin/python" -m pytest -q -p no:schemathesis -p no:cacheprovider tests/contract
suite "contract: schemathesis" "$ROOT" "$PY/.venv/bin/python" tests/contract/run_schemathesis.py
suite "SDK install: as the READMEs say, then their first examples (tests/sdk_install.py)" "$ROOT" \
  python3 tests/sdk_install.py

step "summary ($((SECONDS - started))s in all)"
printf '%s\n' "${summary[@]}"
if ((${#failed[@]})); then
  echo "sdk.sh: ${#failed[@]} suite(s) failed"
  exit 1
fi
echo "sdk.sh: all suites passed"

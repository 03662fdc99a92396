#!/usr/bin/env bash
# Installs what the browser tests (tests/hub/browser.rs, browser_share.rs, browser_home.rs,
# browser_docs.rs) start: Debian's `chromium`, and `chromedriver` (package chromium-driver)
# for the tests that drive it (the share page, the home page, Swagger UI). Quick
# and silent when it is already there. As root (CI is a clean Debian machine running as
# root) it installs it with apt-get; otherwise it only says what is missing, and the test
# then skips with that reason, except where CI=true, where it fails.
# Run it from anywhere: `bash tests/browser.sh`. tests/run.sh runs it before the Rust tests.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
  echo "browser.sh: chromium or chromedriver is missing and this is not a root Debian machine;" \
    "install them (apt-get install chromium chromium-driver) or the browser tests skip" \
    "(fail where CI=true)"
  exit 0
fi
echo "browser.sh: installing chromium and chromium-driver (apt-get)"
export DEBIAN_FRONTEND=noninteractive
# The package lists of a fresh image are often empty or stale: update once when the
# install cannot find the package, not on every run.
apt-get install -y -q chromium chromium-driver ||
  { apt-get update -q && apt-get install -y -q chromium chromium-driver; }
chromium --version
chromedriver --version

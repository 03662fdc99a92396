"""Schemathesis against a live hub serving the fixture music, from the hub's own
/openapi.json: every operation, every check, with the settings and the (reasoned)
exclusions of schemathesis.toml beside this file.

Passes on one hub, in this order (PASSES below):
  local    as the hub's own machine (loopback, no token): every operation but
           rebuildDatabase;
  device   as a paired device on another machine (bearer token + X-Forwarded-For): every
           operation but logout, which would revoke the token the pass runs with;
  rebuild  local again, rebuildDatabase alone: each forced rebuild archives the database and
           starts an empty one (no catalogue, no paired devices), so it runs last.

Bounded and deterministic: one worker, a fixed seed (schemathesis.toml), a fresh
hypothesis database per run, SCHEMATHESIS_MAX_EXAMPLES test cases per operation and phase
(default 25: about two minutes on two cores), and a time limit per pass.

Run it with the venv's python (tests/sdk.sh does): `clients/python/.venv/bin/python
tests/contract/run_schemathesis.py`. MUSIC_HUB_BIN names the hub binary (default
target/debug/music-hub); SCHEMATHESIS_SEED overrides the seed. Exits non-zero when any pass
fails, after printing one summary line per pass.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "clients/python/tests"))

from hubproc import REMOTE, HubProcess, fixture_library

CONFIG = HERE / "schemathesis.toml"
SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"
MAX_EXAMPLES = os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "25")
# A pass that takes longer than this has a problem: fail it rather than stall CI.
PASS_TIMEOUT_S = 300


@dataclass(frozen=True)
class Pass:
    name: str
    device: bool
    args: tuple[str, ...]
    why: str


PASSES = (
    Pass(
        "local",
        device=False,
        args=("--exclude-operation-id", "rebuildDatabase"),
        why="rebuildDatabase runs in the last pass: it empties the database",
    ),
    Pass(
        "device",
        device=True,
        args=("--exclude-operation-id", "logout"),
        why="logout would revoke the token this pass runs with",
    ),
    Pass(
        "rebuild",
        device=False,
        args=("--include-operation-id", "rebuildDatabase"),
        why="each forced rebuild archives the database and starts an empty one",
    ),
)


@dataclass
class Outcome:
    name: str
    ok: bool
    seconds: float
    summary: str


def post_json(url: str, body: object, headers: dict[str, str] | None = None) -> Any:
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **(headers or {})},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def pair_device(hub: HubProcess) -> str:
    """Arms pairing locally and pairs as a remote device; returns its access token."""
    armed = post_json(f"{hub.url}/api/auth/arm", {"minutes": 10})
    pair = post_json(
        f"{hub.url}/api/auth/pair",
        {
            "pairingCode": armed["pairingCode"],
            "deviceId": "schemathesis",
            "deviceName": "schemathesis contract run",
        },
        REMOTE,
    )
    return str(pair["accessToken"])


def run(name: str, hub: HubProcess, scratch: Path, args: list[str]) -> Outcome:
    command = [
        str(SCHEMATHESIS),
        "--config-file",
        str(CONFIG),
        "run",
        f"{hub.url}/openapi.json",
        # Every check runs (the default); no --checks here: on the command line it would
        # override the per-operation exclusions of the config file.
        "--max-examples",
        MAX_EXAMPLES,
        "--workers",
        "1",
        *args,
    ]
    if seed := os.environ.get("SCHEMATHESIS_SEED"):
        command += ["--seed", seed]
    shown = re.sub(r"Bearer \S+", "Bearer …", " ".join(command[3:]))
    print(f"\n== schemathesis {name}: {shown}", flush=True)
    started = time.monotonic()
    lines: list[str] = []
    # Schemathesis keeps its caches (.hypothesis, .schemathesis) in the working directory:
    # a fresh one per run, so that no earlier run's examples change this one.
    with subprocess.Popen(
        command,
        cwd=scratch,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    ) as process:
        assert process.stdout is not None
        watchdog = threading.Timer(PASS_TIMEOUT_S, process.kill)
        watchdog.start()
        try:
            for line in process.stdout:
                print(line, end="", flush=True)
                lines.append(line)
        finally:
            code = process.wait()
            watchdog.cancel()
        if code < 0:
            lines.append(f"stopped after {PASS_TIMEOUT_S} s: a pass should take far less\n")
    seconds = time.monotonic() - started
    text = "".join(lines)
    cases = re.search(r"(\d+) generated", text)
    last = next((line.strip(" =\n") for line in reversed(lines) if line.strip(" =\n")), "")
    summary = f"{cases.group(1) if cases else '?'} test cases; {last}"
    return Outcome(name, code == 0, seconds, summary)


def main() -> int:
    outcomes: list[Outcome] = []
    # A tunnel URL, so that GET /api/tunnel/qr renders codes instead of answering 404.
    tunnel = {"MUSIC_HUB_TUNNEL_URL": "https://hub.example.net"}
    with HubProcess(env=tunnel, libraries=[fixture_library()]) as hub:
        for each in PASSES:
            with tempfile.TemporaryDirectory(prefix="schemathesis-") as scratch:
                args = list(each.args)
                if each.device:
                    args += ["-H", f"Authorization: Bearer {pair_device(hub)}"]
                    args += [a for k, v in REMOTE.items() for a in ("-H", f"{k}: {v}")]
                print(f"\n-- pass {each.name}: {' '.join(each.args)} ({each.why})")
                outcomes.append(run(each.name, hub, Path(scratch), args))
        if not all(o.ok for o in outcomes):
            print("\n-- the hub's log (last lines) --\n" + "".join(hub.log[-40:]))
    print()
    for o in outcomes:
        verdict = "passed" if o.ok else "FAILED"
        print(f"schemathesis {o.name}: {verdict} in {o.seconds:.0f} s ({o.summary})")
    return 0 if all(o.ok for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())

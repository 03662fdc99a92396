"""Installs each SDK the way its README says, into a fresh project, and runs that README's
first example against a real hub: what a newcomer does first, so a README that drifts from
the package (an install step that no longer works, an example that no longer type-checks or
runs) fails here.

- Python: a fresh venv, `pip install ./clients/python` from the repository's root (and mypy
  at its pin from requirements-dev.txt), then `mypy --strict` on the example and a run.
- TypeScript: `npm pack` in clients/typescript (its `prepack` builds dist/), a fresh
  `npm init -y` project that installs the tarball, then the README's commands that install
  TypeScript, type-check and compile the example, and run it.

The examples are read from the READMEs, between `<!-- first-example -->` and
`<!-- /first-example -->`, so the text a reader copies is the text tested. Both run against
one hub serving the fixture music, after its start-up scan, so their output must name a
fixture track. PyPI and npm must be reachable; clients/typescript/node_modules must be
installed (tests/sdk.sh does it first). Run it from anywhere: `python3 tests/sdk_install.py`.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PYTHON_SDK = REPO / "clients/python"
TYPESCRIPT_SDK = REPO / "clients/typescript"
sys.path.insert(0, str(PYTHON_SDK / "tests"))

from hubproc import HubProcess, fixture_library  # noqa: E402

# A title of the fixture music the examples list (their first five tracks, sorted by title).
FIXTURE_TITLE = "Crazy in Love"
# Each command, so that a stuck install or example fails instead of hanging CI.
COMMAND_TIMEOUT_S = 300
SCAN_TIMEOUT_S = 60
NPM = ["npm", "--no-audit", "--no-fund", "--loglevel=error"]

_EXAMPLE = re.compile(
    r"<!-- first-example -->\s*```(\w+)\n(.*?)```\s*<!-- /first-example -->", re.DOTALL
)


def first_example(readme: Path, language: str) -> str:
    found = _EXAMPLE.findall(readme.read_text(encoding="utf-8"))
    if len(found) != 1 or found[0][0] != language:
        raise SystemExit(
            f"{readme.relative_to(REPO)}: expected one ```{language} block between "
            f"<!-- first-example --> and <!-- /first-example -->, found {len(found)}"
        )
    return str(found[0][1])


def readme_commands(readme: Path, example_file: str) -> list[list[str]]:
    """The shell block of `readme` that names `example_file`: how the README says to
    compile and run the example, one command a line."""
    for block in re.findall(r"```sh\n(.*?)```", readme.read_text(encoding="utf-8"), re.DOTALL):
        if example_file in block:
            return [shlex.split(line) for line in block.splitlines() if line.strip()]
    raise SystemExit(f"{readme.relative_to(REPO)}: no ```sh block that runs {example_file}")


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    started = time.monotonic()
    try:
        done = subprocess.run(
            command,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired as timeout:
        raise SystemExit(f"timed out after {COMMAND_TIMEOUT_S} s: {command}") from timeout
    took = time.monotonic() - started
    print(f"$ {' '.join(command)}    (in {cwd}, {took:.0f} s)", flush=True)
    if done.returncode != 0:
        print(done.stdout + done.stderr, flush=True)
        raise SystemExit(f"exit {done.returncode}: {command}")
    return done.stdout


def scanned(hub: HubProcess) -> None:
    """Waits for the start-up scan, so that the examples list the fixture music."""
    deadline = time.monotonic() + SCAN_TIMEOUT_S
    while True:
        with urllib.request.urlopen(f"{hub.url}/api/scan/status", timeout=5) as response:
            state = json.load(response)["state"]
        if state == "completed":
            return
        if time.monotonic() > deadline:
            raise SystemExit(f"no completed scan in {SCAN_TIMEOUT_S} s (state {state})")
        time.sleep(0.2)


def checked_output(name: str, output: str) -> None:
    print(output, flush=True)
    if FIXTURE_TITLE not in output:
        raise SystemExit(f"{name} ran but did not list {FIXTURE_TITLE!r} from the fixture music")


def pinned(requirement: str) -> str:
    """`name==version` as requirements-dev.txt pins it (the tools the repository runs)."""
    for line in (PYTHON_SDK / "requirements-dev.txt").read_text().splitlines():
        if line.lower().startswith(f"{requirement.lower()}=="):
            return line.strip()
    raise SystemExit(f"{requirement} is not pinned in clients/python/requirements-dev.txt")


def python_prepare(scratch: Path) -> Path:
    """A fresh venv with the SDK installed as the README says (and mypy); the example
    written into it and type-checked. Answers the project's directory."""
    example = first_example(PYTHON_SDK / "README.md", "python")
    project = scratch / "python-project"
    project.mkdir()
    run([sys.executable, "-m", "venv", str(project / ".venv")], project)
    pip = [str(project / ".venv/bin/pip"), "install", "--quiet", "--disable-pip-version-check"]
    # As the README says, from the repository's root; mypy in the same resolve.
    run([*pip, "./clients/python", pinned("mypy")], REPO)
    (project / "first_example.py").write_text(example, encoding="utf-8")
    run([str(project / ".venv/bin/mypy"), "--strict", "first_example.py"], project)
    return project


def python_run(project: Path, env: dict[str, str]) -> None:
    output = run([str(project / ".venv/bin/python"), "first_example.py"], project, env)
    checked_output("the Python example", output)


def typescript_prepare(scratch: Path) -> Path:
    """A fresh npm project with the SDK's tarball installed as the README says; the example
    written into it and compiled by the README's commands. Answers the project's directory."""
    readme = TYPESCRIPT_SDK / "README.md"
    example = first_example(readme, "ts")
    if not (TYPESCRIPT_SDK / "node_modules").is_dir():
        raise SystemExit("clients/typescript/node_modules is missing: run `npm ci` there first")
    # `npm pack` prints the tarball's name last; it writes it where the README says (ignored
    # by git), and the test removes it.
    tarball = TYPESCRIPT_SDK / run([*NPM, "pack"], TYPESCRIPT_SDK).strip().splitlines()[-1]
    try:
        project = scratch / "typescript-project"
        project.mkdir()
        run([*NPM, "init", "-y"], project)
        run([*NPM, "install", str(tarball)], project)
        # Then the README's own commands, but for the run: the compiler, its type check.
        for command in readme_commands(readme, "first-example.mts"):
            if command[:2] == ["npm", "install"]:
                run([*NPM, *command[1:]], project)
    finally:
        tarball.unlink(missing_ok=True)
    (project / "first-example.mts").write_text(example, encoding="utf-8")
    for command in readme_commands(readme, "first-example.mts"):
        if command[0] not in ("npm", "node"):
            run(command, project)
    return project


def typescript_run(project: Path, env: dict[str, str]) -> None:
    commands = readme_commands(TYPESCRIPT_SDK / "README.md", "first-example.mts")
    runs = [command for command in commands if command[0] == "node"]
    if len(runs) != 1:
        raise SystemExit(f"the TypeScript README should run the example once: {commands}")
    checked_output("the TypeScript example", run(runs[0], project, env))


def main() -> None:
    started = time.monotonic()
    with (
        tempfile.TemporaryDirectory(prefix="music-hub-sdk-install-") as scratch,
        HubProcess(libraries=[fixture_library()]) as hub,
    ):
        # The installs are mostly downloads: side by side, while the hub scans.
        with ThreadPoolExecutor(max_workers=2) as pool:
            python = pool.submit(python_prepare, Path(scratch))
            typescript = pool.submit(typescript_prepare, Path(scratch))
            python_project, typescript_project = python.result(), typescript.result()
        scanned(hub)
        env = {k: v for k, v in os.environ.items() if not k.startswith("MUSIC_HUB_")}
        env["MUSIC_HUB_URL"] = hub.url
        # One after the other: both pair as the same device, and arming again replaces a
        # code not yet used.
        python_run(python_project, env)
        typescript_run(typescript_project, env)
    print(
        "both SDKs installed as their READMEs say, and their first examples ran, in "
        f"{time.monotonic() - started:.0f} s"
    )


if __name__ == "__main__":
    main()

"""A real hub for tests: the `music-hub` binary on a loopback port with a temporary data dir.
Also used by the contract tests in tests/contract/.

The binary is `$MUSIC_HUB_BIN`, or target/debug/music-hub (tests/sdk.sh builds it once).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Self

REPO = Path(__file__).resolve().parents[3]

# The tagged fixture music (made by tests/fixtures/audio/make-fixtures.sh, committed).
FIXTURES = REPO / "tests/fixtures/audio"

# A call that a proxy relayed is remote for the hub, so it needs a token: this is how the
# tests act as a device on another machine while talking to 127.0.0.1.
REMOTE = {"X-Forwarded-For": "192.0.2.10"}

_PORT = re.compile(r"127\.0\.0\.1:(\d+)")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def hub_binary() -> Path:
    binary = Path(os.environ.get("MUSIC_HUB_BIN") or REPO / "target/debug/music-hub")
    if not binary.is_file():
        raise RuntimeError(
            f"no hub binary at {binary}: build it with `cargo build --bin music-hub` "
            "(tests/sdk.sh does), or set MUSIC_HUB_BIN"
        )
    return binary


def fixture_library() -> Path:
    """The fixture music, or a clear failure when this checkout does not have it."""
    if not FIXTURES.is_dir():
        raise RuntimeError(
            f"no fixture music at {FIXTURES}: it is committed with the scanner "
            "(tests/fixtures/audio/make-fixtures.sh)"
        )
    return FIXTURES


class HubProcess:
    """`music-hub serve --bind 127.0.0.1`, stopped by `stop()`.

    `env` adds to the environment (e.g. `MUSIC_HUB_API_TOKEN`); `libraries` are served with
    `--library`; `access_token_ttl` (seconds) is `--access-token-ttl`, so that a test can
    watch access tokens expire. `port` 0 picks a free one. Without `data_dir` the hub gets
    a temporary one, removed by `stop()`; a `data_dir` passed in is kept, so that a test can
    restart a hub on the same port and data (`HubProcess(port=old.port, data_dir=...)`).
    """

    def __init__(
        self,
        env: dict[str, str] | None = None,
        *,
        libraries: list[Path] | None = None,
        access_token_ttl: int | None = None,
        port: int = 0,
        data_dir: Path | None = None,
    ) -> None:
        self._own_data_dir = data_dir is None
        self.data_dir = data_dir or Path(tempfile.mkdtemp(prefix="music-hub-test-"))
        environment = {k: v for k, v in os.environ.items() if not k.startswith("MUSIC_HUB_")}
        environment |= {"NO_COLOR": "1", "RUST_LOG": "info"} | (env or {})
        self.log: list[str] = []
        command = [
            str(hub_binary()),
            "serve",
            "--bind",
            "127.0.0.1",
            "--port",
            str(port),
            "--data-dir",
            str(self.data_dir),
        ]
        for library in libraries or []:
            command += ["--library", str(library)]
        if access_token_ttl is not None:
            command += ["--access-token-ttl", str(access_token_ttl)]
        self._process = subprocess.Popen(
            command,
            env=environment,
            stdin=subprocess.DEVNULL,
            # The log (on stdout today, although the README says standard error).
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            self.port = self._read_port()
            self.url = f"http://127.0.0.1:{self.port}"
            # Keep reading the log, so the hub never blocks on a full pipe.
            threading.Thread(target=self._drain, daemon=True).start()
            self._wait_until_up()
        except BaseException:
            self.stop()
            raise

    def _read_port(self) -> int:
        assert self._process.stdout is not None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = self._process.stdout.readline()
            if not line:
                break
            line = _ANSI.sub("", line)
            self.log.append(line)
            if "listening" in line and (match := _PORT.search(line)):
                return int(match.group(1))
        raise RuntimeError("the hub did not say where it listens:\n" + "".join(self.log))

    def _drain(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            self.log.append(_ANSI.sub("", line))

    def _wait_until_up(self) -> None:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{self.url}/api/ping", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                if time.monotonic() > deadline:
                    raise
            time.sleep(0.05)

    def stop(self, *, keep_data: bool = False) -> None:
        """Stops the hub; removes its data dir unless it was passed in or `keep_data`."""
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        if self._own_data_dir and not keep_data:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.stop()

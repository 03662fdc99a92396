"""The contract tests run with the Python SDK's venv and share its real-hub helper
(clients/python/tests/hubproc.py): `clients/python/.venv/bin/python -m pytest tests/contract`
(tests/sdk.sh does)."""

from __future__ import annotations

import json
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "clients/python/tests"))
sys.path.insert(0, str(REPO / "clients/python"))

from hubproc import HubProcess


@pytest.fixture(scope="module")
def hub() -> Iterator[HubProcess]:
    with HubProcess() as running:
        yield running


@pytest.fixture(scope="module")
def document(hub: HubProcess) -> dict[str, Any]:
    """The document the live hub serves (not the file in openapi/): what it says it does."""
    with urllib.request.urlopen(f"{hub.url}/openapi.json", timeout=10) as response:
        served: dict[str, Any] = json.load(response)
    return served

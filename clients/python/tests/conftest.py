from __future__ import annotations

from collections.abc import Iterator

import pytest
from hubproc import HubProcess


@pytest.fixture
def hub() -> Iterator[HubProcess]:
    """A real hub on a free loopback port, with an empty data dir of its own."""
    with HubProcess() as running:
        yield running

"""What the SDK tests share: pairing a remote device on a real hub, recording the calls a
client makes (its httpx event hooks see every request, the layer's own refreshes included),
and following a feed in the background."""

from __future__ import annotations

import asyncio
import datetime
import itertools
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import aclosing, closing
from dataclasses import dataclass, field
from typing import TypeVar

import httpx
from hubproc import REMOTE, HubProcess

from music_hub_client import HubClient
from music_hub_client.api.auth import arm_pairing
from music_hub_client.api.system import rebuild_database
from music_hub_client.models import (
    ArmRequest,
    PairingArmed,
    RebuildRequest,
    RebuildResult,
    TokenPair,
)

T = TypeVar("T")

LIBRARY_EVENTS = "/api/library/events"


def arm(hub: HubProcess) -> str:
    """Arms pairing from the hub's own machine (a loopback call needs no token)."""
    with HubClient(hub.url) as local:
        armed = arm_pairing.sync(client=local.client, body=ArmRequest(minutes=30))
    assert isinstance(armed, PairingArmed), armed
    assert armed.pairing_code
    return armed.pairing_code


def remote_agent(
    hub: HubProcess, device_id: str, saved: list[TokenPair] | None = None
) -> tuple[HubClient, TokenPair]:
    """A device on another machine, paired: the client and the pair it received."""
    agent = HubClient(
        hub.url, headers=REMOTE, on_tokens=saved.append if saved is not None else None
    )
    pair = agent.pair(arm(hub), device_id=device_id, device_name=f"test {device_id}")
    return agent, pair


def rebuild(hub: HubProcess) -> RebuildResult:
    """`POST /api/database/rebuild {"force": true}` from the hub's machine: it archives the
    database, starts a fresh one, and publishes `databaseHealthChanged` twice (`rebuilding`,
    then `healthy`)."""
    with HubClient(hub.url) as local:
        result = rebuild_database.sync(client=local.client, body=RebuildRequest(force=True))
    assert isinstance(result, RebuildResult), result
    return result


def wait_until_expired(pair: TokenPair) -> None:
    """Sleeps until the pair's access token has expired (the hub runs on this clock)."""
    left = pair.access_expires_at - datetime.datetime.now(datetime.UTC)
    time.sleep(max(0.0, left.total_seconds()) + 0.3)


def wait_for(condition: Callable[[], bool], timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


@dataclass
class Call:
    method: str
    path: str
    status: int
    last_event_id: str | None


@dataclass
class CallLog:
    """Every response a client received: `(method, path, status)` in order."""

    calls: list[Call] = field(default_factory=list)
    opened: threading.Event = field(default_factory=threading.Event)
    """Set when a feed's response arrives (200): from then on the hub has subscribed it."""

    def record(self, response: httpx.Response) -> None:
        request = response.request
        self.calls.append(
            Call(
                request.method,
                request.url.path,
                response.status_code,
                request.headers.get("Last-Event-ID"),
            )
        )
        if request.url.path == LIBRARY_EVENTS and response.status_code == 200:
            self.opened.set()

    async def arecord(self, response: httpx.Response) -> None:
        self.record(response)

    def summary(self) -> list[tuple[str, str, int]]:
        return [(c.method, c.path, c.status) for c in self.calls]

    def count(self, path: str) -> int:
        return sum(c.path == path for c in self.calls)

    async def wait_opened(self, timeout: float = 10) -> bool:
        deadline = time.monotonic() + timeout
        while not self.opened.is_set():
            if time.monotonic() > deadline:
                return False
            await asyncio.sleep(0.02)
        return True


def record_calls(hub: HubClient) -> CallLog:
    """Hooks a log into both of the client's httpx clients (sync and async)."""
    log = CallLog()
    sync_client = hub.client.get_httpx_client()
    sync_client.event_hooks = {"response": [log.record]}
    async_client = hub.client.get_async_httpx_client()
    async_client.event_hooks = {"response": [log.arecord]}
    return log


def take(messages: Iterator[T], count: int, until: Callable[[T], bool] | None = None) -> list[T]:
    """The first `count` messages of a feed (or those up to the first that `until` accepts),
    then closes it, which closes the connection."""
    with closing(messages):  # type: ignore[type-var]
        if until is None:
            return list(itertools.islice(messages, count))
        got = []
        for message in messages:
            got.append(message)
            if until(message) or len(got) >= count:
                break
        return got


async def atake(messages: AsyncIterator[T], count: int) -> list[T]:
    async with aclosing(messages):  # type: ignore[type-var]
        got = []
        async for message in messages:
            got.append(message)
            if len(got) >= count:
                break
        return got


def in_background(collect: Callable[[], T]) -> Future[T]:
    """Runs `collect` (which follows a blocking feed) on a thread of its own, while the test
    causes the events; `.result(timeout)` waits for it and raises what it raised."""
    pool = ThreadPoolExecutor(1, thread_name_prefix="feed")
    future = pool.submit(collect)
    pool.shutdown(wait=False)
    return future

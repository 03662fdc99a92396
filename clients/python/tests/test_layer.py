"""The hand-written layer (hub.py, sse.py) on a real hub.

Refresh: the hub runs with a two-second access-token lifetime (`--access-token-ttl`), so a
paired device's token really expires and the hub really answers `401 token_expired`; the
layer must refresh once (even for many concurrent calls: the hub treats a second refresh
with the same token as theft) and retry. Feeds: `POST /api/database/rebuild` from the hub's
machine publishes real `databaseHealthChanged` events; a reconnect with `Last-Event-ID`
replays what came after that id, and a restarted hub answers an old id with `resync`.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing

import httpx
import pytest
from httpx_sse import EventSource
from hubproc import REMOTE, HubProcess
from support import (
    LIBRARY_EVENTS,
    atake,
    in_background,
    rebuild,
    record_calls,
    remote_agent,
    take,
    wait_for,
    wait_until_expired,
)

from music_hub_client import HubClient, HubError, LibraryEvent, SseMessage
from music_hub_client.api.library import get_library_stats
from music_hub_client.models import (
    DatabaseHealthChangedEvent,
    DatabaseHealthStatus,
    FeedEndedEvent,
    FeedEndReason,
    LibraryStats,
    ResyncEvent,
    ScanProgressEvent,
    TokenPair,
)
from music_hub_client.sse import FeedCursor

ACCESS_TTL_S = 2
REFRESH = ("POST", "/api/auth/refresh", 200)
STATS = "/api/library/stats"


@pytest.fixture
def short_lived() -> Iterator[HubProcess]:
    """A hub whose access tokens expire two seconds after they are issued."""
    with HubProcess(access_token_ttl=ACCESS_TTL_S) as running:
        yield running


# Refresh and retry


def test_token_expired_refreshes_once_and_retries(short_lived: HubProcess) -> None:
    saved: list[TokenPair] = []
    agent, pair = remote_agent(short_lived, "agent-1", saved)
    with agent:
        calls = record_calls(agent)
        wait_until_expired(pair)

        stats = get_library_stats.sync_detailed(client=agent.client)

        assert stats.status_code == 200 and isinstance(stats.parsed, LibraryStats)
        assert calls.summary() == [("GET", STATS, 401), REFRESH, ("GET", STATS, 200)]
        # onTokens saw the pairing and the one refresh; the client uses the new pair.
        assert len(saved) == 2 and saved[0] == pair
        rotated = saved[1]
        assert rotated.refresh_token != pair.refresh_token
        assert rotated.access_token != pair.access_token
        assert agent.tokens.access_token == rotated.access_token
        assert agent.tokens.refresh_token == rotated.refresh_token


def test_a_reused_refresh_token_is_refused_and_the_call_raises_it(
    short_lived: HubProcess,
) -> None:
    agent, pair = remote_agent(short_lived, "agent-1")
    with agent:
        wait_until_expired(pair)
        rotated = agent.refresh()
        assert rotated.refresh_token != pair.refresh_token

        # Someone presents the old pair: the hub takes the retired refresh token for theft.
        stolen: list[TokenPair] = []
        with HubClient(
            short_lived.url,
            headers=REMOTE,
            access_token=pair.access_token,
            refresh_token=pair.refresh_token,
            device_id="agent-1",
            on_tokens=stolen.append,
        ) as thief:
            calls = record_calls(thief)
            # The layer refreshed once and raises the refusal, with no retry: getLibraryStats
            # does not document the refresh's codes, so the refusal cannot be its answer.
            with pytest.raises(HubError) as theft:
                get_library_stats.sync_detailed(client=thief.client)
            assert calls.summary() == [
                ("GET", STATS, 401),
                ("POST", "/api/auth/refresh", 401),
            ]
            assert theft.value.status == 401
            assert theft.value.error == "refresh_token_reused"
            assert stolen == [] and thief.tokens.access_token == pair.access_token
            with pytest.raises(HubError) as refused:
                thief.refresh()
            assert refused.value.status == 401

        # The whole token family is revoked: the rightful holder's new tokens stop too.
        after = get_library_stats.sync_detailed(client=agent.client)
        assert after.status_code == 401 and b"device_revoked" in after.content


def test_concurrent_calls_share_one_refresh(short_lived: HubProcess) -> None:
    saved: list[TokenPair] = []
    agent, pair = remote_agent(short_lived, "agent-1", saved)
    with agent, ThreadPoolExecutor(8) as pool:
        calls = record_calls(agent)
        wait_until_expired(pair)
        statuses = list(
            pool.map(lambda _: get_library_stats.sync_detailed(client=agent.client), range(8))
        )
    assert [s.status_code for s in statuses] == [200] * 8
    # A second refresh with the same token would have revoked the device.
    assert calls.count("/api/auth/refresh") == 1 and len(saved) == 2


def test_concurrent_async_calls_share_one_refresh(short_lived: HubProcess) -> None:
    saved: list[TokenPair] = []
    agent, pair = remote_agent(short_lived, "agent-1", saved)
    agent.close()  # only its async side is used below
    calls = record_calls(agent)
    wait_until_expired(pair)

    async def calls_at_once() -> list[int]:
        async with agent:
            responses = await asyncio.gather(
                *(get_library_stats.asyncio_detailed(client=agent.client) for _ in range(8))
            )
            return [r.status_code for r in responses]

    assert asyncio.run(calls_at_once()) == [200] * 8
    assert calls.count("/api/auth/refresh") == 1 and len(saved) == 2


def test_other_refusals_and_missing_refresh_tokens_do_not_refresh(
    short_lived: HubProcess,
) -> None:
    agent, pair = remote_agent(short_lived, "agent-1")
    agent.close()
    with HubClient(
        short_lived.url,
        headers=REMOTE,
        access_token="v4.local.forged",
        refresh_token=pair.refresh_token,
        device_id="agent-1",
    ) as forged:
        calls = record_calls(forged)
        response = get_library_stats.sync_detailed(client=forged.client)
        assert response.status_code == 401 and b"token_expired" not in response.content
        assert calls.summary() == [("GET", STATS, 401)]

    wait_until_expired(pair)
    with HubClient(short_lived.url, headers=REMOTE, access_token=pair.access_token) as bare:
        calls = record_calls(bare)
        response = get_library_stats.sync_detailed(client=bare.client)
        assert response.status_code == 401 and b"token_expired" in response.content
        assert calls.summary() == [("GET", STATS, 401)]


# Server-Sent Events on the real hub


def is_health(message: SseMessage[LibraryEvent], status: str) -> bool:
    return isinstance(
        message.data, DatabaseHealthChangedEvent
    ) and message.data.payload.status == DatabaseHealthStatus(status)


def check_rebuild_events(got: list[SseMessage[LibraryEvent]]) -> None:
    """What a rebuild publishes: health `rebuilding`, then `healthy`, as SSE messages whose
    `id:` and `event:` repeat the event's own `id` and `type`."""
    health = [m.data for m in got if isinstance(m.data, DatabaseHealthChangedEvent)]
    assert [event.payload.status.value for event in health] == ["rebuilding", "healthy"]
    for message in got:
        assert message.event == "databaseHealthChanged"
        assert isinstance(message.data, DatabaseHealthChangedEvent)
        assert message.id == str(message.data.id)
    assert got[0].data.id < got[1].data.id


def test_library_events_live_then_resume_with_last_event_id(hub: HubProcess) -> None:
    agent, _ = remote_agent(hub, "agent-1")
    with agent:
        calls = record_calls(agent)
        follower = in_background(lambda: take(agent.library_events(reconnect=False), 2))
        assert calls.opened.wait(10), "the feed did not open"
        rebuild(hub)
        got = follower.result(20)
    check_rebuild_events(got)

    # A rebuilt database starts without the paired devices: pair again, then resume after
    # the first event. The hub replays what came after it, and nothing before.
    again, _ = remote_agent(hub, "agent-2")
    with again:
        calls = record_calls(again)
        (resumed,) = take(again.library_events(last_event_id=got[0].id, reconnect=False), 1)
        assert calls.calls[0].last_event_id == got[0].id
        assert resumed == got[1]

        # An id the hub cannot place (older than its replay buffer) answers `resync`.
        (resync,) = take(again.library_events(last_event_id="1", reconnect=False), 1)
        assert resync.event == "resync" and isinstance(resync.data, ResyncEvent)
        assert resync.data.id >= got[1].data.id


def test_library_events_live_then_resume_async(hub: HubProcess) -> None:
    async def follow() -> None:
        agent, _ = remote_agent(hub, "agent-1")
        agent.close()
        calls = record_calls(agent)
        async with agent:
            feed = asyncio.create_task(atake(agent.alibrary_events(reconnect=False), 2))
            assert await calls.wait_opened(), "the feed did not open"
            await asyncio.to_thread(rebuild, hub)
            got = await asyncio.wait_for(feed, 20)
        check_rebuild_events(got)

        again, _ = remote_agent(hub, "agent-2")
        again.close()
        async with again:
            resumed = await atake(
                again.alibrary_events(last_event_id=got[0].id, reconnect=False), 1
            )
        assert resumed == got[1:]

    asyncio.run(follow())


def test_the_feed_reconnects_by_itself_after_the_hub_restarts(hub: HubProcess) -> None:
    """A stopping hub ends the feed with `feedEnded` (`hubStopping`); the layer retries with
    `Last-Event-ID`, and a restarted hub cannot place an id from its earlier run and answers
    `resync` (refetch what you show)."""
    got: list[SseMessage[LibraryEvent]] = []

    def follow(feed: Iterator[SseMessage[LibraryEvent]]) -> list[SseMessage[LibraryEvent]]:
        with closing(feed):  # type: ignore[type-var]
            for message in feed:
                got.append(message)
                if isinstance(message.data, ResyncEvent) or len(got) == 4:
                    break
        return got

    with HubClient(hub.url) as local:  # a loopback call: no token to lose in a restart
        calls = record_calls(local)
        follower = in_background(lambda: follow(local.library_events()))  # reconnects by default
        assert calls.opened.wait(10), "the feed did not open"
        rebuild(hub)
        assert wait_for(lambda: len(got) == 2), got
        hub.stop(keep_data=True)
        with HubProcess(port=hub.port, data_dir=hub.data_dir):
            follower.result(20)
    assert [m.event for m in got] == [
        "databaseHealthChanged",
        "databaseHealthChanged",
        "feedEnded",
        "resync",
    ]
    ended = got[2].data
    assert isinstance(ended, FeedEndedEvent)
    assert ended.payload.reason == FeedEndReason.HUBSTOPPING
    feeds = [c for c in calls.calls if c.path == LIBRARY_EVENTS]
    assert feeds[0].last_event_id is None
    # Attempts while the hub was down failed before any response; the one that reached
    # the restarted hub resumed after the last event received.
    assert feeds[-1].status == 200 and feeds[-1].last_event_id == got[1].id


def test_scan_progress_is_typed(hub: HubProcess) -> None:
    """On connect the progress feed sends the current state (`idle`: this hub never
    scanned)."""
    agent, _ = remote_agent(hub, "agent-1")
    with agent:
        (message,) = take(agent.scan_progress(reconnect=False), 1)
    assert message.event == "progress"
    assert isinstance(message.data, ScanProgressEvent)


# The parsing (httpx-sse's) and the cursor, on their own


STREAM = (
    ": keep-alive\r\n"
    "retry: 1500\n"
    'id: 7\nevent: trackAdded\ndata: {"a":\ndata: 1}\n\n'
    "data: no event name\r\r"
    "id\n"
    "event: ignored without data\n\n"
    "id: 8\ndata:tight\n\n"
)


def messages_of(chunks: list[str]) -> tuple[list[tuple[str, str, str | None]], FeedCursor]:
    """What the cursor reads from a response whose body arrives in these chunks."""
    body = [chunk.encode() for chunk in chunks]
    response = httpx.Response(
        200, headers={"Content-Type": "text/event-stream"}, content=iter(body)
    )
    cursor = FeedCursor()
    out = [(m.event, m.data, m.id) for m in cursor.messages(EventSource(response))]
    return out, cursor


def test_the_parser_follows_the_event_stream_rules() -> None:
    got, cursor = messages_of([STREAM])
    assert got == [
        ("trackAdded", '{"a":\n1}', "7"),
        ("message", "no event name", "7"),
        ("message", "tight", "8"),
    ]
    assert cursor.retry_ms == 1500 and cursor.last_event_id == "8"


def test_the_parser_does_not_care_where_chunks_split() -> None:
    whole, _ = messages_of([STREAM])
    for i, j in itertools.combinations(range(len(STREAM) + 1), 2):
        got, _ = messages_of([STREAM[:i], STREAM[i:j], "", STREAM[j:]])
        assert got == whole, (i, j)

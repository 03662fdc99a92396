"""The hand-written layer on a stand-in hub (fakehub.py): refresh-and-retry on
`token_expired` (one refresh for many concurrent calls), and the SSE feeds with
`Last-Event-ID` resume."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from fakehub import FakeHub

from music_hub_client import HubClient, SseMessage
from music_hub_client.api.auth import logout
from music_hub_client.models import LibraryEvent, LibraryEventType, ScanPhase, TokenPair
from music_hub_client.sse import SseParser


@pytest.fixture
def fake() -> Iterator[FakeHub]:
    with FakeHub() as running:
        yield running


def expiring_client(
    fake: FakeHub, saved: list[TokenPair], refresh_token: str = "refresh-1"
) -> HubClient:
    return HubClient(
        fake.url,
        access_token="expired-access",
        refresh_token=refresh_token,
        device_id="agent-1",
        on_tokens=saved.append,
    )


def test_token_expired_refreshes_and_retries_once(fake: FakeHub) -> None:
    saved: list[TokenPair] = []
    with expiring_client(fake, saved) as hub:
        assert logout.sync_detailed(client=hub.client).status_code == 204
        assert fake.calls == [
            ("/api/auth/logout", "Bearer expired-access"),
            ("/api/auth/refresh", None),
            ("/api/auth/logout", "Bearer fresh-access"),
        ]
        assert [p.refresh_token for p in saved] == ["refresh-2"]
        assert (hub.tokens.access_token, hub.tokens.refresh_token) == ("fresh-access", "refresh-2")


def test_concurrent_calls_share_one_refresh(fake: FakeHub) -> None:
    saved: list[TokenPair] = []
    with expiring_client(fake, saved) as hub, ThreadPoolExecutor(8) as pool:
        statuses = list(
            pool.map(lambda _: logout.sync_detailed(client=hub.client).status_code, range(8))
        )
    assert statuses == [204] * 8
    # A second refresh with the same token would look like theft to the hub.
    assert fake.refreshes == 1 and len(saved) == 1


def test_concurrent_async_calls_share_one_refresh(fake: FakeHub) -> None:
    saved: list[TokenPair] = []

    async def calls() -> list[int]:
        async with expiring_client(fake, saved) as hub:
            responses = await asyncio.gather(
                *(logout.asyncio_detailed(client=hub.client) for _ in range(8))
            )
            return [r.status_code for r in responses]

    assert asyncio.run(calls()) == [204] * 8
    assert fake.refreshes == 1 and len(saved) == 1


def test_a_refused_refresh_is_the_answer(fake: FakeHub) -> None:
    saved: list[TokenPair] = []
    with expiring_client(fake, saved, refresh_token="stolen") as hub:
        response = logout.sync_detailed(client=hub.client)
    assert response.status_code == 401 and b"invalid_token" in response.content
    assert saved == [] and hub.tokens.access_token == "expired-access"


def test_other_refusals_and_missing_refresh_tokens_do_not_refresh(fake: FakeHub) -> None:
    with HubClient(
        fake.url, access_token="forged", refresh_token="refresh-1", device_id="agent-1"
    ) as hub:
        assert logout.sync_detailed(client=hub.client).status_code == 401
    with HubClient(fake.url, access_token="expired-access") as hub:
        response = logout.sync_detailed(client=hub.client)
        assert response.status_code == 401 and b"token_expired" in response.content
    assert fake.refreshes == 0


# Server-Sent Events

STREAM = (
    ": keep-alive\r\n"
    "retry: 1500\n"
    'id: 7\nevent: trackAdded\ndata: {"a":\ndata: 1}\n\n'
    "data: no event name\r\r"
    "id\n"
    "event: ignored without data\n\n"
    "id: 8\ndata:tight\n\n"
)


def messages_of(chunks: list[str]) -> tuple[list[tuple[str, str, str | None]], SseParser]:
    parser = SseParser()
    out = [(m.event, m.data, m.id) for chunk in chunks for m in parser.feed(chunk)]
    return out, parser


def test_the_parser_follows_the_event_stream_rules() -> None:
    got, parser = messages_of([STREAM])
    assert got == [
        ("trackAdded", '{"a":\n1}', "7"),
        ("message", "no event name", "7"),
        ("message", "tight", "8"),
    ]
    assert parser.retry_ms == 1500 and parser.last_event_id == "8"


def test_the_parser_does_not_care_where_chunks_split() -> None:
    whole, _ = messages_of([STREAM])
    for i, j in itertools.combinations(range(len(STREAM) + 1), 2):
        got, _ = messages_of([STREAM[:i], STREAM[i:j], "", STREAM[j:]])
        assert got == whole, (i, j)


def check_library_feed(fake: FakeHub, got: list[SseMessage[LibraryEvent]]) -> None:
    assert [(m.id, m.event, m.data.id) for m in got] == [
        ("1", "trackAdded", 1),
        ("2", "trackAdded", 2),
        ("3", "trackAdded", 3),
    ]
    assert all(m.data.type_ == LibraryEventType.TRACKADDED for m in got)
    # The first connection was refused (token_expired), refreshed and retried; after the
    # disconnect the feed resumed after the last complete event, not the cut-off one.
    assert fake.last_event_ids == [None, "2"]
    assert fake.refreshes == 1


def test_library_events_resume_after_a_disconnect(fake: FakeHub) -> None:
    with expiring_client(fake, []) as hub:
        got = list(itertools.islice(hub.library_events(), 3))
    check_library_feed(fake, got)


def test_library_events_resume_async(fake: FakeHub) -> None:
    async def follow() -> list[SseMessage[LibraryEvent]]:
        got = []
        async with expiring_client(fake, []) as hub:
            async for message in hub.alibrary_events():
                got.append(message)
                if len(got) == 3:
                    break
        return got

    check_library_feed(fake, asyncio.run(follow()))


def test_scan_progress_is_typed(fake: FakeHub) -> None:
    with HubClient(fake.url, access_token="fresh-access") as hub:
        (message,) = list(hub.scan_progress(reconnect=False))
    assert message.event == "progress" and message.data.phase == ScanPhase.IDLE

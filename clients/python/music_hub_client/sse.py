"""Server-Sent Events, as the hub's two feeds send them (hand-written, not generated).

The event-stream parsing itself is httpx-sse's (`httpx_sse.EventSource`: the WHATWG rules,
CRLF/LF/CR line ends, multi-line `data:`, comments as keep-alives). What this module adds
is what a feed needs across reconnects: `FeedCursor` remembers the id of the last complete
message (sent back as `Last-Event-ID`) and the last `retry:` delay, and turns httpx-sse's
events into `RawMessage`s carrying that id.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from httpx_sse import EventSource, ServerSentEvent

T = TypeVar("T")


@dataclass(frozen=True)
class SseMessage(Generic[T]):
    """One message of a feed: its `event:` name, its decoded `data:` and its `id:`."""

    event: str
    data: T
    id: str | None


@dataclass(frozen=True)
class RawMessage:
    event: str
    data: str
    id: str | None


class FeedCursor:
    """Where a feed is: what its next connection resumes from, and when."""

    def __init__(self, last_event_id: str | None = None, retry_ms: int | None = None) -> None:
        self.last_event_id = last_event_id
        """The id of the last message completed: send it as `Last-Event-ID` when
        reconnecting. (An `id:` line counts once its message ends, so a message cut off by
        a disconnect is asked for again.)"""
        self.retry_ms = retry_ms
        """The last `retry:` seen, in milliseconds."""

    def take(self, sse: ServerSentEvent) -> RawMessage | None:
        """Records a dispatched event's id and retry; answers it as a message when it has
        data (httpx-sse also dispatches data-less events, which carry no message)."""
        # httpx-sse repeats the connection's last id on every event ("" before the first).
        if sse.id:
            self.last_event_id = sse.id
        if sse.retry is not None and sse.retry >= 0:
            self.retry_ms = sse.retry
        if not sse.data:
            return None
        return RawMessage(event=sse.event, data=sse.data, id=self.last_event_id)

    def messages(self, source: EventSource) -> Iterator[RawMessage]:
        """The messages of one connection, as they complete."""
        for sse in source.iter_sse():
            message = self.take(sse)
            if message is not None:
                yield message

    async def amessages(self, source: EventSource) -> AsyncIterator[RawMessage]:
        async for sse in source.aiter_sse():
            message = self.take(sse)
            if message is not None:
                yield message

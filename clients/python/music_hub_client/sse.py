"""Server-Sent Events, as the hub's two feeds send them (hand-written, not generated).

`SseParser` turns the bytes of a `text/event-stream` body into messages, following the
WHATWG event-stream rules: lines end with CRLF, LF or CR; `data:` lines of one message are
joined with newlines; a blank line dispatches the message; lines starting with `:` are
comments (the hub's keep-alives); `id:` sets the id that a reconnect sends back as
`Last-Event-ID`, and `retry:` the reconnection delay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

_LINE_END = re.compile(r"\r\n|\r|\n")


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


class SseParser:
    """Incremental parser: feed it chunks as they arrive, take the complete messages."""

    def __init__(self) -> None:
        self._buffer = ""
        self._pending_cr = False
        self._event = ""
        self._data: list[str] = []
        self._has_data = False
        self._id: str | None = None
        self.last_event_id: str | None = None
        """The id of the last message completed: send it as `Last-Event-ID` when
        reconnecting. (An `id:` line counts once its message ends, so a message cut off by
        a disconnect is asked for again.)"""
        self.retry_ms: int | None = None
        """The last `retry:` seen, in milliseconds."""

    def feed(self, chunk: str) -> list[RawMessage]:
        messages: list[RawMessage] = []
        if chunk and self._pending_cr:
            # The LF of a CRLF that was split between two chunks.
            chunk = chunk.removeprefix("\n")
            self._pending_cr = False
        self._buffer += chunk
        while (end := _LINE_END.search(self._buffer)) is not None:
            if end.group() == "\r" and end.end() == len(self._buffer):
                # A CR at the end of the chunk may be the first half of a CRLF.
                self._pending_cr = True
            line, self._buffer = self._buffer[: end.start()], self._buffer[end.end() :]
            message = self._line(line)
            if message is not None:
                messages.append(message)
        return messages

    def _line(self, line: str) -> RawMessage | None:
        if line == "":
            return self._dispatch()
        if line.startswith(":"):
            return None
        field, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if field == "event":
            self._event = value
        elif field == "data":
            self._data.append(value)
            self._has_data = True
        elif field == "id":
            if "\0" not in value:
                self._id = value
        elif field == "retry" and value.isdigit():
            self.retry_ms = int(value)
        return None

    def _dispatch(self) -> RawMessage | None:
        if self._id is not None:
            self.last_event_id = self._id
        message = None
        if self._has_data:
            message = RawMessage(
                event=self._event or "message",
                data="\n".join(self._data),
                id=self.last_event_id,
            )
        self._event = ""
        self._data = []
        self._has_data = False
        return message

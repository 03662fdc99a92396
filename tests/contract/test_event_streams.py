"""The two feeds' events against the document, on the live hub.

The document describes `GET /api/library/events` as `text/event-stream` whose schema is
`LibraryEvent`, meaning: the JSON in each message's `data:` is a `LibraryEvent`, its `id:` is
the event's `id` and its `event:` the event's `type` (the operation's description says so);
and `GET /api/scan/progress` likewise with `ScanProgressEvent` (`event:` is `progress`, or
`completed` for a scan's last).
Schemathesis 4.32 reads an event stream's `schema` differently (as in OpenAPI 3.2: the schema
of each parsed message `{"data": "<text>", "event": ..., "id": ...}`), so its
`response_schema_conformance` cannot judge this feed (schemathesis.toml says why it is off
for the two feeds). This test checks what the document means instead, on real events: a
rebuild's `databaseHealthChanged` pair, the `resync` an unknown `Last-Event-ID` gets, and
the scan state the progress feed sends on connect.
"""

from __future__ import annotations

import json
import threading
from typing import Any

import httpx
import jsonschema_rs
from httpx_sse import EventSource
from hubproc import HubProcess

from music_hub_client.sse import FeedCursor, RawMessage

FEED = "/api/library/events"


def validator(document: dict[str, Any], name: str) -> Any:
    """A validator for a component schema, with the document's other schemas to refer to."""
    schema = {"$ref": f"#/components/schemas/{name}", "components": document["components"]}
    return jsonschema_rs.validator_for(schema)


def read(
    hub: HubProcess, count: int, opened: threading.Event, feed: str = FEED, **headers: str
) -> list[RawMessage]:
    cursor = FeedCursor()
    got: list[RawMessage] = []
    with (
        httpx.Client(base_url=hub.url, timeout=httpx.Timeout(10, read=20)) as client,
        client.stream("GET", feed, headers={"Accept": "text/event-stream", **headers}) as response,
    ):
        assert response.status_code == 200, response.read()
        assert response.headers["content-type"].startswith("text/event-stream")
        opened.set()
        for message in cursor.messages(EventSource(response)):
            got.append(message)
            if len(got) >= count:
                return got
    raise AssertionError(f"the feed ended after {got}")


def check(document: dict[str, Any], message: RawMessage) -> dict[str, Any]:
    event: dict[str, Any] = json.loads(message.data)
    errors = [e.message for e in validator(document, "LibraryEvent").iter_errors(event)]
    assert errors == [], (message, errors)
    assert message.event == event["type"]
    assert message.id == str(event["id"])
    return event


def test_library_events_are_library_events(hub: HubProcess, document: dict[str, Any]) -> None:
    opened = threading.Event()
    result: list[list[RawMessage]] = []
    reader = threading.Thread(target=lambda: result.append(read(hub, 2, opened)), daemon=True)
    reader.start()
    assert opened.wait(10)
    rebuilt = httpx.post(f"{hub.url}/api/database/rebuild", json={"force": True}, timeout=30)
    assert rebuilt.status_code == 200, rebuilt.text
    reader.join(20)
    assert result, "no events within 20 s"
    events = [check(document, message) for message in result[0]]
    assert [(e["type"], e["payload"]["status"]) for e in events] == [
        ("databaseHealthChanged", "rebuilding"),
        ("databaseHealthChanged", "healthy"),
    ]

    # An id older than the replay buffer: the first message is `resync`.
    (resync,) = read(hub, 1, threading.Event(), **{"Last-Event-ID": "1"})
    assert check(document, resync)["type"] == "resync"


def test_scan_progress_events_are_scan_progress_events(
    hub: HubProcess, document: dict[str, Any]
) -> None:
    # On connect the feed sends the current state (`idle`: this hub has no library).
    (message,) = read(hub, 1, threading.Event(), "/api/scan/progress")
    event = json.loads(message.data)
    errors = [e.message for e in validator(document, "ScanProgressEvent").iter_errors(event)]
    assert errors == [], (message, errors)
    assert message.event in ("progress", "completed")

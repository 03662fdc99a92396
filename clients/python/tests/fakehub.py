"""A small stand-in for the hub, on a loopback port, for what the real hub cannot show yet:
an access token that expires on demand, and the two SSE feeds (which answer 501 today).

Tokens: `expired-access` answers `401 token_expired`, `fresh-access` is accepted; the refresh
token `refresh-1` (for device `agent-1`) rotates once to `fresh-access` / `refresh-2`.
Feeds: without `Last-Event-ID` the library feed sends events 1 and 2 and closes the
connection; with `Last-Event-ID: 2` it sends event 3 and stays open a moment.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

NOW = "2026-11-24T10:15:00Z"


def token_pair(access: str, refresh: str) -> dict[str, Any]:
    return {
        "accessToken": access,
        "refreshToken": refresh,
        "tokenType": "Bearer",
        "accessExpiresAt": NOW,
        "refreshExpiresAt": NOW,
        "device": {"id": "agent-1", "name": "automation", "pairedAt": NOW, "revoked": False},
    }


def library_event(event_id: int) -> str:
    return json.dumps(
        {"id": event_id, "type": "trackAdded", "payload": {"ids": [f"trk_{event_id}"]}, "at": NOW}
    )


SCAN_PROGRESS = json.dumps(
    {
        "phase": "idle",
        "filesSeen": 0,
        "filesProcessed": 0,
        "added": 0,
        "updated": 0,
        "removed": 0,
        "errorCount": 0,
        "at": NOW,
    }
)


class FakeHub:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.refreshes = 0
        self.calls: list[tuple[str, str | None]] = []
        """(path, Authorization) of every call."""
        self.last_event_ids: list[str | None] = []
        """The `Last-Event-ID` of every connection to the library feed."""
        self.retired_refresh_tokens: set[str] = set()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        # A client that stops reading a feed closes its connection: not worth a traceback.
        self.server.handle_error = lambda request, client_address: None  # type: ignore[method-assign]
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                self.handle_call()

            def do_GET(self) -> None:
                self.handle_call()

            def handle_call(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length)) if length else None
                with fake.lock:
                    fake.calls.append((self.path, self.headers.get("Authorization")))
                if self.path == "/api/auth/refresh":
                    return self.refresh(body)
                auth = self.headers.get("Authorization")
                if auth == "Bearer expired-access":
                    return self.error(401, "token_expired")
                if auth != "Bearer fresh-access":
                    return self.error(401, "invalid_token")
                if self.path == "/api/auth/logout":
                    self.send_response(204)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                elif self.path == "/api/library/events":
                    self.library_feed()
                elif self.path == "/api/scan/progress":
                    self.stream([f"event: progress\ndata: {SCAN_PROGRESS}\n\n"], close=True)
                else:
                    self.error(404, "not_found")

            def refresh(self, body: dict[str, Any]) -> None:
                token = body.get("refreshToken")
                with fake.lock:
                    fake.refreshes += 1
                    if token in fake.retired_refresh_tokens:
                        return self.error(401, "refresh_token_reused")
                    if token != "refresh-1" or body.get("deviceId") != "agent-1":
                        return self.error(401, "invalid_token")
                    fake.retired_refresh_tokens.add(token)
                self.json(200, token_pair("fresh-access", "refresh-2"))

            def library_feed(self) -> None:
                last = self.headers.get("Last-Event-ID")
                with fake.lock:
                    fake.last_event_ids.append(last)
                if last is None:
                    # Events split across writes, CRLF line ends, a comment, and a
                    # reconnection delay; then the connection drops.
                    self.stream(
                        [
                            ": keep-alive\r\n\r\nretry: 20\r\n",
                            f"id: 1\r\nevent: trackAdded\r\ndata: {library_event(1)}\r\n\r\n",
                            "id: 2\nevent: trackAdded\nda",
                            f"ta: {library_event(2)}\n\n",
                            'id: 99\nevent: trackAdded\ndata: {"never": ',
                        ],
                        close=True,
                    )
                else:
                    self.stream([f"id: 3\nevent: trackAdded\ndata: {library_event(3)}\n\n"])

            def stream(self, chunks: list[str], close: bool = False) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                for chunk in chunks:
                    data = chunk.encode()
                    self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                    self.wfile.flush()
                    time.sleep(0.01)
                if not close:
                    time.sleep(1)
                self.wfile.write(b"0\r\n\r\n")
                self.close_connection = True

            def error(self, status: int, code: str) -> None:
                self.json(status, {"error": code, "message": code.replace("_", " ")})

            def json(self, status: int, value: Any) -> None:
                data = json.dumps(value).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler

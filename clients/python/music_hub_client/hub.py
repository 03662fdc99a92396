"""The thin hand-written layer over the generated client (the rest of the package is
generated from openapi/music-hub.yaml by openapi-python-client).

`HubClient` holds a device's tokens and gives every generated operation a client that
sends the access token and, when the hub answers `401 token_expired`, rotates the tokens
with `POST /api/auth/refresh` and retries the call once. It also pairs, refreshes on demand,
and follows the two Server-Sent Events feeds with `Last-Event-ID` resume. Every method has
a sync form and an async one (`a…`), like the generated operations (`sync` / `asyncio`).
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Any, Self, TypeVar

import httpx
from httpx_sse import aconnect_sse, connect_sse

from .api.auth import pair_device, refresh_tokens
from .client import AuthenticatedClient
from .events import LibraryEvent, decode_library_event
from .models.pair_request import PairRequest
from .models.refresh_request import RefreshRequest
from .models.scan_progress_event import ScanProgressEvent
from .models.token_pair import TokenPair
from .sse import FeedCursor, RawMessage, SseMessage
from .types import Response

T = TypeVar("T")

LIBRARY_EVENTS = "/api/library/events"
SCAN_PROGRESS = "/api/scan/progress"

# Public routes that take tokens in their body: no Authorization, no refresh loop.
_TOKEN_ROUTES = ("/api/auth/pair", "/api/auth/refresh")

# A feed stays open for as long as the hub runs, with keep-alive comments in between; a
# read that waits longer than this means a dead connection, and the feed reconnects.
_FEED_TIMEOUT = httpx.Timeout(10.0, read=90.0)
_DEFAULT_RETRY_S = 1.0


@dataclass(frozen=True)
class Tokens:
    """What a device holds between runs. Store `refresh_token` as a secret."""

    access_token: str | None = None
    refresh_token: str | None = None
    device_id: str | None = None


class HubError(Exception):
    """The hub refused a call the layer made for you: its status and `ApiError` body."""

    def __init__(self, status: int, error: str, message: str, details: Any = None) -> None:
        super().__init__(f"{status} {error}: {message}")
        self.status = status
        self.error = error
        self.message = message
        self.details = details

    @classmethod
    def from_body(cls, status: int, body: bytes) -> HubError:
        try:
            parsed = json.loads(body)
        except ValueError:
            parsed = None
        if not isinstance(parsed, dict):
            return cls(status, "unexpected_response", body[:200].decode(errors="replace"))
        return cls(
            status,
            str(parsed.get("error", "unexpected_response")),
            str(parsed.get("message", "")),
            parsed.get("details"),
        )


class HubClient:
    """A Music Hub client for one device (or for a local agent, with no tokens at all).

    Pass `client` to any generated operation::

        hub = HubClient("http://localhost:38472", access_token=..., refresh_token=...,
                        device_id="agent-1", on_tokens=save)
        stats = get_library_stats.sync(client=hub.client)

    `on_tokens` receives every new `TokenPair` (from `pair` and each refresh): persist it, as
    the old refresh token is retired. When a refresh is refused, the call raises `HubError` with
    that refusal (`401 refresh_token_reused`, `token_expired`, `device_revoked`…): pair again.
    An `access_token` without a refresh token (such as `MUSIC_HUB_API_TOKEN`) is sent as is.
    """

    def __init__(
        self,
        base_url: str,
        *,
        access_token: str | None = None,
        refresh_token: str | None = None,
        device_id: str | None = None,
        on_tokens: Callable[[TokenPair], None] | None = None,
        headers: dict[str, str] | None = None,
        timeout: float = 30.0,
    ) -> None:
        self._base_url = base_url.rstrip("/")
        self._headers = dict(headers or {})
        self._tokens = Tokens(access_token, refresh_token, device_id)
        self._on_tokens = on_tokens
        # One refresh at a time: two refreshes with one refresh token look like theft to
        # the hub, which then revokes the device.
        self._lock = threading.Lock()
        self._alock = asyncio.Lock()
        auth = _TokenAuth(self)
        self._http = httpx.Client(
            base_url=self._base_url, headers=self._headers, timeout=timeout, auth=auth
        )
        self._ahttp = httpx.AsyncClient(
            base_url=self._base_url, headers=self._headers, timeout=timeout, auth=auth
        )
        # The generated operations type their client as `AuthenticatedClient`. This one
        # sends whatever token the auth flow holds at the time of each request (the static
        # `token` is never used, since both httpx clients are set here).
        self.client = (
            AuthenticatedClient(base_url=self._base_url, token="")
            .set_httpx_client(self._http)
            .set_async_httpx_client(self._ahttp)
        )

    @property
    def tokens(self) -> Tokens:
        return self._tokens

    def set_tokens(self, pair: TokenPair) -> None:
        """Adopts a token pair (and its device) and hands it to `on_tokens`."""
        self._tokens = Tokens(pair.access_token, pair.refresh_token, pair.device.id)
        if self._on_tokens is not None:
            self._on_tokens(pair)

    # Pairing and refresh

    def pair(self, pairing_code: str, device_id: str, device_name: str) -> TokenPair:
        """Exchanges a pairing code (from `POST /api/auth/arm` on the hub's machine) for
        tokens, and uses them from now on."""
        body = PairRequest(pairing_code=pairing_code, device_id=device_id, device_name=device_name)
        return self._adopt(pair_device.sync_detailed(client=self.client, body=body))

    async def apair(self, pairing_code: str, device_id: str, device_name: str) -> TokenPair:
        body = PairRequest(pairing_code=pairing_code, device_id=device_id, device_name=device_name)
        return self._adopt(await pair_device.asyncio_detailed(client=self.client, body=body))

    def refresh(self) -> TokenPair:
        """Rotates the tokens now (the client also does it by itself on `token_expired`)."""
        with self._lock:
            return self._adopt(
                refresh_tokens.sync_detailed(client=self.client, body=self._refresh_body())
            )

    async def arefresh(self) -> TokenPair:
        async with self._alock:
            return self._adopt(
                await refresh_tokens.asyncio_detailed(client=self.client, body=self._refresh_body())
            )

    def _refresh_body(self) -> RefreshRequest:
        tokens = self._tokens
        if tokens.refresh_token is None or tokens.device_id is None:
            raise ValueError("no refresh token and device id to refresh with; pair first")
        return RefreshRequest(device_id=tokens.device_id, refresh_token=tokens.refresh_token)

    def _adopt(self, response: Response[Any]) -> TokenPair:
        if isinstance(response.parsed, TokenPair):
            self.set_tokens(response.parsed)
            return response.parsed
        raise HubError.from_body(response.status_code, response.content)

    # What the auth flow below needs

    def _authorize(self, request: httpx.Request) -> str | None:
        """Sets the bearer header; returns the token sent, if any."""
        token = self._tokens.access_token
        if token is None or request.url.path.endswith(_TOKEN_ROUTES):
            return None
        request.headers["Authorization"] = f"Bearer {token}"
        return token

    def _refresh_request(self) -> httpx.Request | None:
        tokens = self._tokens
        if tokens.refresh_token is None or tokens.device_id is None:
            return None
        return httpx.Request(
            "POST",
            f"{self._base_url}/api/auth/refresh",
            headers=self._headers,
            json={"deviceId": tokens.device_id, "refreshToken": tokens.refresh_token},
        )

    def _adopt_refreshed(self, response: httpx.Response) -> None:
        """Adopts a refresh's new pair, or raises its refusal: the refusal is not an answer
        the call's own operation documents, so it cannot come back as that call's response."""
        if response.status_code != 200:
            raise HubError.from_body(response.status_code, response.content)
        self.set_tokens(TokenPair.from_dict(response.json()))

    # The feeds

    def library_events(
        self, *, last_event_id: str | None = None, reconnect: bool = True
    ) -> Iterator[SseMessage[LibraryEvent]]:
        """Follows `GET /api/library/events`. It reconnects after a disconnect, resuming
        after the last event received; pass `last_event_id` to resume an earlier run."""
        return self._follow(LIBRARY_EVENTS, _library_event, last_event_id, reconnect)

    def alibrary_events(
        self, *, last_event_id: str | None = None, reconnect: bool = True
    ) -> AsyncIterator[SseMessage[LibraryEvent]]:
        return self._afollow(LIBRARY_EVENTS, _library_event, last_event_id, reconnect)

    def scan_progress(
        self, *, last_event_id: str | None = None, reconnect: bool = True
    ) -> Iterator[SseMessage[ScanProgressEvent]]:
        """Follows `GET /api/scan/progress` (`event: progress`, then `completed`)."""
        return self._follow(SCAN_PROGRESS, _scan_progress, last_event_id, reconnect)

    def ascan_progress(
        self, *, last_event_id: str | None = None, reconnect: bool = True
    ) -> AsyncIterator[SseMessage[ScanProgressEvent]]:
        return self._afollow(SCAN_PROGRESS, _scan_progress, last_event_id, reconnect)

    def _follow(
        self,
        path: str,
        decode: Callable[[RawMessage], T],
        last_event_id: str | None,
        reconnect: bool,
    ) -> Iterator[SseMessage[T]]:
        http = self._http
        cursor = FeedCursor(last_event_id)
        while True:
            try:
                with connect_sse(
                    http, "GET", path, headers=_feed_headers(cursor), timeout=_FEED_TIMEOUT
                ) as source:
                    response = source.response
                    if response.status_code != 200:
                        raise HubError.from_body(response.status_code, response.read())
                    for raw in cursor.messages(source):
                        yield SseMessage(raw.event, decode(raw), raw.id)
            except httpx.TransportError:
                if not reconnect:
                    raise
            if not reconnect:
                return
            time.sleep(_retry_delay(cursor))

    async def _afollow(
        self,
        path: str,
        decode: Callable[[RawMessage], T],
        last_event_id: str | None,
        reconnect: bool,
    ) -> AsyncIterator[SseMessage[T]]:
        http = self._ahttp
        cursor = FeedCursor(last_event_id)
        while True:
            try:
                async with aconnect_sse(
                    http, "GET", path, headers=_feed_headers(cursor), timeout=_FEED_TIMEOUT
                ) as source:
                    response = source.response
                    if response.status_code != 200:
                        raise HubError.from_body(response.status_code, await response.aread())
                    async for raw in cursor.amessages(source):
                        yield SseMessage(raw.event, decode(raw), raw.id)
            except httpx.TransportError:
                if not reconnect:
                    raise
            if not reconnect:
                return
            await asyncio.sleep(_retry_delay(cursor))

    # Closing

    def close(self) -> None:
        self._http.close()

    async def aclose(self) -> None:
        await self._ahttp.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()


class _TokenAuth(httpx.Auth):
    """httpx's hook around every request of `HubClient.client`: bearer token, and one
    refresh and retry on `401 token_expired`. The refresh request goes through the same
    connection pool (an httpx auth flow may send extra requests)."""

    def __init__(self, hub: HubClient) -> None:
        self._hub = hub

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        sent = self._hub._authorize(request)
        response = yield request
        if sent is None or response.status_code != 401:
            return
        response.read()
        if not _is_token_expired(response):
            return
        with self._hub._lock:
            # Another call may have refreshed while this one waited.
            if self._hub.tokens.access_token == sent:
                refresh = self._hub._refresh_request()
                if refresh is None:
                    return
                refreshed = yield refresh
                refreshed.read()
                self._hub._adopt_refreshed(refreshed)
        self._hub._authorize(request)
        yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        sent = self._hub._authorize(request)
        response = yield request
        if sent is None or response.status_code != 401:
            return
        await response.aread()
        if not _is_token_expired(response):
            return
        async with self._hub._alock:
            if self._hub.tokens.access_token == sent:
                refresh = self._hub._refresh_request()
                if refresh is None:
                    return
                refreshed = yield refresh
                await refreshed.aread()
                self._hub._adopt_refreshed(refreshed)
        self._hub._authorize(request)
        yield request


def _is_token_expired(response: httpx.Response) -> bool:
    try:
        body = response.json()
    except ValueError:
        return False
    return isinstance(body, dict) and body.get("error") == "token_expired"


def _library_event(raw: RawMessage) -> LibraryEvent:
    return decode_library_event(json.loads(raw.data))


def _scan_progress(raw: RawMessage) -> ScanProgressEvent:
    return ScanProgressEvent.from_dict(json.loads(raw.data))


def _feed_headers(cursor: FeedCursor) -> dict[str, str]:
    # httpx-sse's connect_sse adds `Accept: text/event-stream` (and `Cache-Control: no-store`).
    headers: dict[str, str] = {}
    if cursor.last_event_id:
        headers["Last-Event-ID"] = cursor.last_event_id
    return headers


def _retry_delay(cursor: FeedCursor) -> float:
    return cursor.retry_ms / 1000 if cursor.retry_ms is not None else _DEFAULT_RETRY_S

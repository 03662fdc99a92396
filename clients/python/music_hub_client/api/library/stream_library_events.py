from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.library_event import LibraryEvent
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    last_event_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(last_event_id, Unset):
        headers["Last-Event-ID"] = last_event_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/library/events",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | LibraryEvent | None:
    if response.status_code == 200:
        response_200 = LibraryEvent.from_dict(response.text)

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | LibraryEvent]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    last_event_id: str | Unset = UNSET,
) -> Response[ApiError | LibraryEvent]:
    """Follow every change to the library (Server-Sent Events)

     A Server-Sent Events stream of every change as it happens: tracks, albums and
    artists added, updated or removed; playlists, saved items, the playback session,
    metadata, shares, database health, scans started and completed. Each message has
    `id:` (the event's increasing `id`), `event:` (its `type`) and `data:` (the
    `LibraryEvent` as JSON). After a disconnect, reconnect with `Last-Event-ID` set to
    the last id received: the events missed are replayed from a bounded buffer; when
    the gap is older than the buffer, the first event is `resync`, which means "refetch
    what you show". Lines starting with `:` are keep-alive comments; ignore them.

    Args:
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | LibraryEvent]
    """

    kwargs = _get_kwargs(
        last_event_id=last_event_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    last_event_id: str | Unset = UNSET,
) -> ApiError | LibraryEvent | None:
    """Follow every change to the library (Server-Sent Events)

     A Server-Sent Events stream of every change as it happens: tracks, albums and
    artists added, updated or removed; playlists, saved items, the playback session,
    metadata, shares, database health, scans started and completed. Each message has
    `id:` (the event's increasing `id`), `event:` (its `type`) and `data:` (the
    `LibraryEvent` as JSON). After a disconnect, reconnect with `Last-Event-ID` set to
    the last id received: the events missed are replayed from a bounded buffer; when
    the gap is older than the buffer, the first event is `resync`, which means "refetch
    what you show". Lines starting with `:` are keep-alive comments; ignore them.

    Args:
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | LibraryEvent
    """

    return sync_detailed(
        client=client,
        last_event_id=last_event_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    last_event_id: str | Unset = UNSET,
) -> Response[ApiError | LibraryEvent]:
    """Follow every change to the library (Server-Sent Events)

     A Server-Sent Events stream of every change as it happens: tracks, albums and
    artists added, updated or removed; playlists, saved items, the playback session,
    metadata, shares, database health, scans started and completed. Each message has
    `id:` (the event's increasing `id`), `event:` (its `type`) and `data:` (the
    `LibraryEvent` as JSON). After a disconnect, reconnect with `Last-Event-ID` set to
    the last id received: the events missed are replayed from a bounded buffer; when
    the gap is older than the buffer, the first event is `resync`, which means "refetch
    what you show". Lines starting with `:` are keep-alive comments; ignore them.

    Args:
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | LibraryEvent]
    """

    kwargs = _get_kwargs(
        last_event_id=last_event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    last_event_id: str | Unset = UNSET,
) -> ApiError | LibraryEvent | None:
    """Follow every change to the library (Server-Sent Events)

     A Server-Sent Events stream of every change as it happens: tracks, albums and
    artists added, updated or removed; playlists, saved items, the playback session,
    metadata, shares, database health, scans started and completed. Each message has
    `id:` (the event's increasing `id`), `event:` (its `type`) and `data:` (the
    `LibraryEvent` as JSON). After a disconnect, reconnect with `Last-Event-ID` set to
    the last id received: the events missed are replayed from a bounded buffer; when
    the gap is older than the buffer, the first event is `resync`, which means "refetch
    what you show". Lines starting with `:` are keep-alive comments; ignore them.

    Args:
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | LibraryEvent
    """

    return (
        await asyncio_detailed(
            client=client,
            last_event_id=last_event_id,
        )
    ).parsed

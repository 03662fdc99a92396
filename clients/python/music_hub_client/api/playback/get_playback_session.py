from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.playback_session import PlaybackSession
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/playback/session",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PlaybackSession | None:
    if response.status_code == 200:
        response_200 = PlaybackSession.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = ApiError.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | PlaybackSession]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ApiError | PlaybackSession]:
    """Get the shared playback session

     Returns the playback session that all devices share: the queue, the current track
    and position, state, shuffle, repeat, volume and which device plays it. Its
    `revision` grows with every change; `GET /api/library/events` sends
    `playbackSessionUpdated` when it changes. Queued tracks that leave the library
    leave `queue` (`currentIndex` counts without them; when the current track left,
    the next one is current, from its start); that is a change of its own, with a new
    `revision`. A hub that never played anything answers an empty, stopped session at
    revision 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PlaybackSession]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ApiError | PlaybackSession | None:
    """Get the shared playback session

     Returns the playback session that all devices share: the queue, the current track
    and position, state, shuffle, repeat, volume and which device plays it. Its
    `revision` grows with every change; `GET /api/library/events` sends
    `playbackSessionUpdated` when it changes. Queued tracks that leave the library
    leave `queue` (`currentIndex` counts without them; when the current track left,
    the next one is current, from its start); that is a change of its own, with a new
    `revision`. A hub that never played anything answers an empty, stopped session at
    revision 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PlaybackSession
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ApiError | PlaybackSession]:
    """Get the shared playback session

     Returns the playback session that all devices share: the queue, the current track
    and position, state, shuffle, repeat, volume and which device plays it. Its
    `revision` grows with every change; `GET /api/library/events` sends
    `playbackSessionUpdated` when it changes. Queued tracks that leave the library
    leave `queue` (`currentIndex` counts without them; when the current track left,
    the next one is current, from its start); that is a change of its own, with a new
    `revision`. A hub that never played anything answers an empty, stopped session at
    revision 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PlaybackSession]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ApiError | PlaybackSession | None:
    """Get the shared playback session

     Returns the playback session that all devices share: the queue, the current track
    and position, state, shuffle, repeat, volume and which device plays it. Its
    `revision` grows with every change; `GET /api/library/events` sends
    `playbackSessionUpdated` when it changes. Queued tracks that leave the library
    leave `queue` (`currentIndex` counts without them; when the current track left,
    the next one is current, from its start); that is a change of its own, with a new
    `revision`. A hub that never played anything answers an empty, stopped session at
    revision 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PlaybackSession
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.internal_error_error import InternalErrorError
from ...models.playback_session import PlaybackSession
from ...models.unauthorized_error import UnauthorizedError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/playback/session",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DatabaseUnavailableError
    | ForbiddenError
    | InternalErrorError
    | PlaybackSession
    | UnauthorizedError
    | None
):
    if response.status_code == 200:
        response_200 = PlaybackSession.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenError.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = InternalErrorError.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = DatabaseUnavailableError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DatabaseUnavailableError
    | ForbiddenError
    | InternalErrorError
    | PlaybackSession
    | UnauthorizedError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    DatabaseUnavailableError
    | ForbiddenError
    | InternalErrorError
    | PlaybackSession
    | UnauthorizedError
]:
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
        Response[DatabaseUnavailableError | ForbiddenError | InternalErrorError | PlaybackSession | UnauthorizedError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> (
    DatabaseUnavailableError
    | ForbiddenError
    | InternalErrorError
    | PlaybackSession
    | UnauthorizedError
    | None
):
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
        DatabaseUnavailableError | ForbiddenError | InternalErrorError | PlaybackSession | UnauthorizedError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    DatabaseUnavailableError
    | ForbiddenError
    | InternalErrorError
    | PlaybackSession
    | UnauthorizedError
]:
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
        Response[DatabaseUnavailableError | ForbiddenError | InternalErrorError | PlaybackSession | UnauthorizedError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    DatabaseUnavailableError
    | ForbiddenError
    | InternalErrorError
    | PlaybackSession
    | UnauthorizedError
    | None
):
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
        DatabaseUnavailableError | ForbiddenError | InternalErrorError | PlaybackSession | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed

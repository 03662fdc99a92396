from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.library_stats import LibraryStats
from ...models.unauthorized_error import UnauthorizedError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/library/stats",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DatabaseUnavailableError | ForbiddenError | LibraryStats | UnauthorizedError | None
):
    if response.status_code == 200:
        response_200 = LibraryStats.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenError.from_dict(response.json())

        return response_403

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
    DatabaseUnavailableError | ForbiddenError | LibraryStats | UnauthorizedError
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
    DatabaseUnavailableError | ForbiddenError | LibraryStats | UnauthorizedError
]:
    """Count what the catalogue holds

     Returns the number of tracks, albums, artists and playlists, the total duration and
    size of the audio files, the tracks per format, and the state of the last (or
    current) scan. Cheap enough to poll, but prefer `GET /api/library/events` to learn
    about changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabaseUnavailableError | ForbiddenError | LibraryStats | UnauthorizedError]
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
    DatabaseUnavailableError | ForbiddenError | LibraryStats | UnauthorizedError | None
):
    """Count what the catalogue holds

     Returns the number of tracks, albums, artists and playlists, the total duration and
    size of the audio files, the tracks per format, and the state of the last (or
    current) scan. Cheap enough to poll, but prefer `GET /api/library/events` to learn
    about changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabaseUnavailableError | ForbiddenError | LibraryStats | UnauthorizedError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    DatabaseUnavailableError | ForbiddenError | LibraryStats | UnauthorizedError
]:
    """Count what the catalogue holds

     Returns the number of tracks, albums, artists and playlists, the total duration and
    size of the audio files, the tracks per format, and the state of the last (or
    current) scan. Cheap enough to poll, but prefer `GET /api/library/events` to learn
    about changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabaseUnavailableError | ForbiddenError | LibraryStats | UnauthorizedError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    DatabaseUnavailableError | ForbiddenError | LibraryStats | UnauthorizedError | None
):
    """Count what the catalogue holds

     Returns the number of tracks, albums, artists and playlists, the total duration and
    size of the audio files, the tracks per format, and the state of the last (or
    current) scan. Cheap enough to poll, but prefer `GET /api/library/events` to learn
    about changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabaseUnavailableError | ForbiddenError | LibraryStats | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed

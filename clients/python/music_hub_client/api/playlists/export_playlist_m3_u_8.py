from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.not_found_error import NotFoundError
from ...models.unauthorized_error import UnauthorizedError
from ...types import File, Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/playlists/{id}/m3u8".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | File
    | ForbiddenError
    | NotFoundError
    | UnauthorizedError
    | None
):
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundError.from_dict(response.json())

        return response_404

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
    BadRequestError
    | DatabaseUnavailableError
    | File
    | ForbiddenError
    | NotFoundError
    | UnauthorizedError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | File
    | ForbiddenError
    | NotFoundError
    | UnauthorizedError
]:
    """Export a playlist as an extended M3U file

     Answers the playlist as an extended M3U file in UTF-8 (`audio/mpegurl`): `#EXTM3U`,
    `#PLAYLIST` with its name, then for each entry in order `#EXTINF` with the duration
    in seconds and "artist - title", and the file's path. A local call gets the paths of
    the hub's machine (absolute); any other caller gets each path relative to its
    library folder, since the hub never shows its absolute paths to another machine
    (`POST /api/playlists/import` matches both). An entry whose track left the library
    is written as a comment (`# unavailable: artist - title`). `Content-Disposition`
    names the file after the playlist. An unknown id answers `404 not_found`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | File | ForbiddenError | NotFoundError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | File
    | ForbiddenError
    | NotFoundError
    | UnauthorizedError
    | None
):
    """Export a playlist as an extended M3U file

     Answers the playlist as an extended M3U file in UTF-8 (`audio/mpegurl`): `#EXTM3U`,
    `#PLAYLIST` with its name, then for each entry in order `#EXTINF` with the duration
    in seconds and "artist - title", and the file's path. A local call gets the paths of
    the hub's machine (absolute); any other caller gets each path relative to its
    library folder, since the hub never shows its absolute paths to another machine
    (`POST /api/playlists/import` matches both). An entry whose track left the library
    is written as a comment (`# unavailable: artist - title`). `Content-Disposition`
    names the file after the playlist. An unknown id answers `404 not_found`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | File | ForbiddenError | NotFoundError | UnauthorizedError
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | File
    | ForbiddenError
    | NotFoundError
    | UnauthorizedError
]:
    """Export a playlist as an extended M3U file

     Answers the playlist as an extended M3U file in UTF-8 (`audio/mpegurl`): `#EXTM3U`,
    `#PLAYLIST` with its name, then for each entry in order `#EXTINF` with the duration
    in seconds and "artist - title", and the file's path. A local call gets the paths of
    the hub's machine (absolute); any other caller gets each path relative to its
    library folder, since the hub never shows its absolute paths to another machine
    (`POST /api/playlists/import` matches both). An entry whose track left the library
    is written as a comment (`# unavailable: artist - title`). `Content-Disposition`
    names the file after the playlist. An unknown id answers `404 not_found`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | File | ForbiddenError | NotFoundError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | File
    | ForbiddenError
    | NotFoundError
    | UnauthorizedError
    | None
):
    """Export a playlist as an extended M3U file

     Answers the playlist as an extended M3U file in UTF-8 (`audio/mpegurl`): `#EXTM3U`,
    `#PLAYLIST` with its name, then for each entry in order `#EXTINF` with the duration
    in seconds and "artist - title", and the file's path. A local call gets the paths of
    the hub's machine (absolute); any other caller gets each path relative to its
    library folder, since the hub never shows its absolute paths to another machine
    (`POST /api/playlists/import` matches both). An entry whose track left the library
    is written as a comment (`# unavailable: artist - title`). `Content-Disposition`
    names the file after the playlist. An unknown id answers `404 not_found`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | File | ForbiddenError | NotFoundError | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed

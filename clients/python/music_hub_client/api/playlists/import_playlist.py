from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.payload_too_large_error import PayloadTooLargeError
from ...models.playlist_import import PlaylistImport
from ...models.playlist_import_result import PlaylistImportResult
from ...models.unauthorized_error import UnauthorizedError
from ...models.unsupported_media_type_error import UnsupportedMediaTypeError
from ...types import Response


def _get_kwargs(
    *,
    body: PlaylistImport,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/playlists/import",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PayloadTooLargeError
    | PlaylistImportResult
    | UnauthorizedError
    | UnsupportedMediaTypeError
    | None
):
    if response.status_code == 201:
        response_201 = PlaylistImportResult.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = BadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenError.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = PayloadTooLargeError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = UnsupportedMediaTypeError.from_dict(response.json())

        return response_415

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
    | ForbiddenError
    | PayloadTooLargeError
    | PlaylistImportResult
    | UnauthorizedError
    | UnsupportedMediaTypeError
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
    body: PlaylistImport,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PayloadTooLargeError
    | PlaylistImportResult
    | UnauthorizedError
    | UnsupportedMediaTypeError
]:
    """Import an M3U or M3U8 playlist

     Creates a playlist from the text of an M3U or M3U8 file (sent as `m3u` in a JSON
    body). Each path line is matched to a track of the library, in this order: as an
    absolute path under a library folder (a `file://` URL too; for calls from the hub's
    own machine only, since a match would confirm where the folders are), as a path
    relative to a
    library folder (`/` or `\\` separators), then by "artist - title" from the line's
    `#EXTINF` (case and diacritics aside). Lines that match nothing are answered in
    `unmatched` with their line number, and left out of the playlist; comments and
    blank lines are skipped. The name is `name`, else the file's `#PLAYLIST`, else
    "Imported playlist". Answers the new playlist with the first page of its entries
    (50). A body of more than 1 MiB answers `413`. `GET /api/library/events` sends
    `playlistCreated`.

    Args:
        body (PlaylistImport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | PayloadTooLargeError | PlaylistImportResult | UnauthorizedError | UnsupportedMediaTypeError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PlaylistImport,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PayloadTooLargeError
    | PlaylistImportResult
    | UnauthorizedError
    | UnsupportedMediaTypeError
    | None
):
    """Import an M3U or M3U8 playlist

     Creates a playlist from the text of an M3U or M3U8 file (sent as `m3u` in a JSON
    body). Each path line is matched to a track of the library, in this order: as an
    absolute path under a library folder (a `file://` URL too; for calls from the hub's
    own machine only, since a match would confirm where the folders are), as a path
    relative to a
    library folder (`/` or `\\` separators), then by "artist - title" from the line's
    `#EXTINF` (case and diacritics aside). Lines that match nothing are answered in
    `unmatched` with their line number, and left out of the playlist; comments and
    blank lines are skipped. The name is `name`, else the file's `#PLAYLIST`, else
    "Imported playlist". Answers the new playlist with the first page of its entries
    (50). A body of more than 1 MiB answers `413`. `GET /api/library/events` sends
    `playlistCreated`.

    Args:
        body (PlaylistImport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | PayloadTooLargeError | PlaylistImportResult | UnauthorizedError | UnsupportedMediaTypeError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PlaylistImport,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PayloadTooLargeError
    | PlaylistImportResult
    | UnauthorizedError
    | UnsupportedMediaTypeError
]:
    """Import an M3U or M3U8 playlist

     Creates a playlist from the text of an M3U or M3U8 file (sent as `m3u` in a JSON
    body). Each path line is matched to a track of the library, in this order: as an
    absolute path under a library folder (a `file://` URL too; for calls from the hub's
    own machine only, since a match would confirm where the folders are), as a path
    relative to a
    library folder (`/` or `\\` separators), then by "artist - title" from the line's
    `#EXTINF` (case and diacritics aside). Lines that match nothing are answered in
    `unmatched` with their line number, and left out of the playlist; comments and
    blank lines are skipped. The name is `name`, else the file's `#PLAYLIST`, else
    "Imported playlist". Answers the new playlist with the first page of its entries
    (50). A body of more than 1 MiB answers `413`. `GET /api/library/events` sends
    `playlistCreated`.

    Args:
        body (PlaylistImport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | PayloadTooLargeError | PlaylistImportResult | UnauthorizedError | UnsupportedMediaTypeError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PlaylistImport,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PayloadTooLargeError
    | PlaylistImportResult
    | UnauthorizedError
    | UnsupportedMediaTypeError
    | None
):
    """Import an M3U or M3U8 playlist

     Creates a playlist from the text of an M3U or M3U8 file (sent as `m3u` in a JSON
    body). Each path line is matched to a track of the library, in this order: as an
    absolute path under a library folder (a `file://` URL too; for calls from the hub's
    own machine only, since a match would confirm where the folders are), as a path
    relative to a
    library folder (`/` or `\\` separators), then by "artist - title" from the line's
    `#EXTINF` (case and diacritics aside). Lines that match nothing are answered in
    `unmatched` with their line number, and left out of the playlist; comments and
    blank lines are skipped. The name is `name`, else the file's `#PLAYLIST`, else
    "Imported playlist". Answers the new playlist with the first page of its entries
    (50). A body of more than 1 MiB answers `413`. `GET /api/library/events` sends
    `playlistCreated`.

    Args:
        body (PlaylistImport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | PayloadTooLargeError | PlaylistImportResult | UnauthorizedError | UnsupportedMediaTypeError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

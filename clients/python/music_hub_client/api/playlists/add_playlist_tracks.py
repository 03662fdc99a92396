from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.not_found_error import NotFoundError
from ...models.payload_too_large_error import PayloadTooLargeError
from ...models.playlist_detail import PlaylistDetail
from ...models.playlist_read_only_error import PlaylistReadOnlyError
from ...models.playlist_tracks_add import PlaylistTracksAdd
from ...models.unauthorized_error import UnauthorizedError
from ...models.unknown_track_error import UnknownTrackError
from ...models.unsupported_media_type_error import UnsupportedMediaTypeError
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: PlaylistTracksAdd,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/playlists/{id}/tracks".format(
            id=quote(str(id), safe=""),
        ),
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
    | NotFoundError
    | PayloadTooLargeError
    | PlaylistDetail
    | PlaylistReadOnlyError
    | UnauthorizedError
    | UnknownTrackError
    | UnsupportedMediaTypeError
    | None
):
    if response.status_code == 200:
        response_200 = PlaylistDetail.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = PlaylistReadOnlyError.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = PayloadTooLargeError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = UnsupportedMediaTypeError.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = UnknownTrackError.from_dict(response.json())

        return response_422

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
    | NotFoundError
    | PayloadTooLargeError
    | PlaylistDetail
    | PlaylistReadOnlyError
    | UnauthorizedError
    | UnknownTrackError
    | UnsupportedMediaTypeError
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
    body: PlaylistTracksAdd,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | PayloadTooLargeError
    | PlaylistDetail
    | PlaylistReadOnlyError
    | UnauthorizedError
    | UnknownTrackError
    | UnsupportedMediaTypeError
]:
    """Add tracks to a playlist

     Inserts the tracks, in the order given, at `position` (0 is the top; absent or past
    the end appends). Each gets a new `entryId`. Answers the playlist with the first
    page of its entries (50; `nextCursor` gives the rest).
    An unknown playlist answers `404 not_found`; a track id that does not exist answers
    `422 unknown_track`, named in `details.trackId`. Either way nothing is added.
    `GET /api/library/events` sends `playlistUpdated`.
    A playlist that follows a playlist file in the library folders (`readOnly`)
    answers `409 playlist_read_only` and nothing changes.

    Args:
        id (str):
        body (PlaylistTracksAdd):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | PayloadTooLargeError | PlaylistDetail | PlaylistReadOnlyError | UnauthorizedError | UnknownTrackError | UnsupportedMediaTypeError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: PlaylistTracksAdd,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | PayloadTooLargeError
    | PlaylistDetail
    | PlaylistReadOnlyError
    | UnauthorizedError
    | UnknownTrackError
    | UnsupportedMediaTypeError
    | None
):
    """Add tracks to a playlist

     Inserts the tracks, in the order given, at `position` (0 is the top; absent or past
    the end appends). Each gets a new `entryId`. Answers the playlist with the first
    page of its entries (50; `nextCursor` gives the rest).
    An unknown playlist answers `404 not_found`; a track id that does not exist answers
    `422 unknown_track`, named in `details.trackId`. Either way nothing is added.
    `GET /api/library/events` sends `playlistUpdated`.
    A playlist that follows a playlist file in the library folders (`readOnly`)
    answers `409 playlist_read_only` and nothing changes.

    Args:
        id (str):
        body (PlaylistTracksAdd):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | PayloadTooLargeError | PlaylistDetail | PlaylistReadOnlyError | UnauthorizedError | UnknownTrackError | UnsupportedMediaTypeError
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: PlaylistTracksAdd,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | PayloadTooLargeError
    | PlaylistDetail
    | PlaylistReadOnlyError
    | UnauthorizedError
    | UnknownTrackError
    | UnsupportedMediaTypeError
]:
    """Add tracks to a playlist

     Inserts the tracks, in the order given, at `position` (0 is the top; absent or past
    the end appends). Each gets a new `entryId`. Answers the playlist with the first
    page of its entries (50; `nextCursor` gives the rest).
    An unknown playlist answers `404 not_found`; a track id that does not exist answers
    `422 unknown_track`, named in `details.trackId`. Either way nothing is added.
    `GET /api/library/events` sends `playlistUpdated`.
    A playlist that follows a playlist file in the library folders (`readOnly`)
    answers `409 playlist_read_only` and nothing changes.

    Args:
        id (str):
        body (PlaylistTracksAdd):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | PayloadTooLargeError | PlaylistDetail | PlaylistReadOnlyError | UnauthorizedError | UnknownTrackError | UnsupportedMediaTypeError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: PlaylistTracksAdd,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | PayloadTooLargeError
    | PlaylistDetail
    | PlaylistReadOnlyError
    | UnauthorizedError
    | UnknownTrackError
    | UnsupportedMediaTypeError
    | None
):
    """Add tracks to a playlist

     Inserts the tracks, in the order given, at `position` (0 is the top; absent or past
    the end appends). Each gets a new `entryId`. Answers the playlist with the first
    page of its entries (50; `nextCursor` gives the rest).
    An unknown playlist answers `404 not_found`; a track id that does not exist answers
    `422 unknown_track`, named in `details.trackId`. Either way nothing is added.
    `GET /api/library/events` sends `playlistUpdated`.
    A playlist that follows a playlist file in the library folders (`readOnly`)
    answers `409 playlist_read_only` and nothing changes.

    Args:
        id (str):
        body (PlaylistTracksAdd):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | PayloadTooLargeError | PlaylistDetail | PlaylistReadOnlyError | UnauthorizedError | UnknownTrackError | UnsupportedMediaTypeError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed

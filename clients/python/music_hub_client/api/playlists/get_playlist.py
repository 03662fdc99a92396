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
from ...models.playlist_detail import PlaylistDetail
from ...models.unauthorized_error import UnauthorizedError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/playlists/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | PlaylistDetail
    | UnauthorizedError
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
    | PlaylistDetail
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
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | PlaylistDetail
    | UnauthorizedError
]:
    """Get one playlist with its entries

     Returns the playlist and one page of its entries in order (`limit` entries, 50 by
    default, 500 at most; `nextCursor` fetches the next page, so a long playlist never
    goes out in one answer; `playlist.trackCount` is the number of entries). Each entry
    has its own `entryId` (a track may be in a playlist more than once); use it to
    remove or reorder entries. An entry whose track left the library keeps its place
    with `available: false` and no `track`. Pages follow entry positions: when the
    playlist changes while you page (its `updatedAt` moves), start again. An unknown id
    answers `404 not_found`.

    Args:
        id (str):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | PlaylistDetail | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | PlaylistDetail
    | UnauthorizedError
    | None
):
    """Get one playlist with its entries

     Returns the playlist and one page of its entries in order (`limit` entries, 50 by
    default, 500 at most; `nextCursor` fetches the next page, so a long playlist never
    goes out in one answer; `playlist.trackCount` is the number of entries). Each entry
    has its own `entryId` (a track may be in a playlist more than once); use it to
    remove or reorder entries. An entry whose track left the library keeps its place
    with `available: false` and no `track`. Pages follow entry positions: when the
    playlist changes while you page (its `updatedAt` moves), start again. An unknown id
    answers `404 not_found`.

    Args:
        id (str):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | PlaylistDetail | UnauthorizedError
    """

    return sync_detailed(
        id=id,
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | PlaylistDetail
    | UnauthorizedError
]:
    """Get one playlist with its entries

     Returns the playlist and one page of its entries in order (`limit` entries, 50 by
    default, 500 at most; `nextCursor` fetches the next page, so a long playlist never
    goes out in one answer; `playlist.trackCount` is the number of entries). Each entry
    has its own `entryId` (a track may be in a playlist more than once); use it to
    remove or reorder entries. An entry whose track left the library keeps its place
    with `available: false` and no `track`. Pages follow entry positions: when the
    playlist changes while you page (its `updatedAt` moves), start again. An unknown id
    answers `404 not_found`.

    Args:
        id (str):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | PlaylistDetail | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | PlaylistDetail
    | UnauthorizedError
    | None
):
    """Get one playlist with its entries

     Returns the playlist and one page of its entries in order (`limit` entries, 50 by
    default, 500 at most; `nextCursor` fetches the next page, so a long playlist never
    goes out in one answer; `playlist.trackCount` is the number of entries). Each entry
    has its own `entryId` (a track may be in a playlist more than once); use it to
    remove or reorder entries. An entry whose track left the library keeps its place
    with `available: false` and no `track`. Pages follow entry positions: when the
    playlist changes while you page (its `updatedAt` moves), start again. An unknown id
    answers `404 not_found`.

    Args:
        id (str):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | PlaylistDetail | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.artist_page import ArtistPage
from ...models.artist_sort import ArtistSort
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.sort_order import SortOrder
from ...models.unauthorized_error import UnauthorizedError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: ArtistSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    genre: str | Unset = UNSET,
    saved: bool | Unset = UNSET,
    album_artists_only: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["genre"] = genre

    params["saved"] = saved

    params["albumArtistsOnly"] = album_artists_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/artists",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ArtistPage
    | BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | UnauthorizedError
    | None
):
    if response.status_code == 200:
        response_200 = ArtistPage.from_dict(response.json())

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
    ArtistPage
    | BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
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
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: ArtistSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    genre: str | Unset = UNSET,
    saved: bool | Unset = UNSET,
    album_artists_only: bool | Unset = False,
) -> Response[
    ArtistPage
    | BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | UnauthorizedError
]:
    """List artists with filters, sorting and pagination

     Lists the catalogue's artists (album artists and track artists; a multi-valued
    artist tag gives one artist per value). Filter by genre, saved state, or only
    artists with albums of their own; sort with `sort` and `order`; page with `limit`
    and `cursor`. Get an artist's albums and top tracks with `GET /api/artist/{id}`.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (ArtistSort | Unset): The fields artists can be sorted by.
        order (SortOrder | Unset): Sort direction.
        genre (str | Unset):
        saved (bool | Unset):
        album_artists_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArtistPage | BadRequestError | DatabaseUnavailableError | ForbiddenError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        order=order,
        genre=genre,
        saved=saved,
        album_artists_only=album_artists_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: ArtistSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    genre: str | Unset = UNSET,
    saved: bool | Unset = UNSET,
    album_artists_only: bool | Unset = False,
) -> (
    ArtistPage
    | BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | UnauthorizedError
    | None
):
    """List artists with filters, sorting and pagination

     Lists the catalogue's artists (album artists and track artists; a multi-valued
    artist tag gives one artist per value). Filter by genre, saved state, or only
    artists with albums of their own; sort with `sort` and `order`; page with `limit`
    and `cursor`. Get an artist's albums and top tracks with `GET /api/artist/{id}`.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (ArtistSort | Unset): The fields artists can be sorted by.
        order (SortOrder | Unset): Sort direction.
        genre (str | Unset):
        saved (bool | Unset):
        album_artists_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArtistPage | BadRequestError | DatabaseUnavailableError | ForbiddenError | UnauthorizedError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        order=order,
        genre=genre,
        saved=saved,
        album_artists_only=album_artists_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: ArtistSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    genre: str | Unset = UNSET,
    saved: bool | Unset = UNSET,
    album_artists_only: bool | Unset = False,
) -> Response[
    ArtistPage
    | BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | UnauthorizedError
]:
    """List artists with filters, sorting and pagination

     Lists the catalogue's artists (album artists and track artists; a multi-valued
    artist tag gives one artist per value). Filter by genre, saved state, or only
    artists with albums of their own; sort with `sort` and `order`; page with `limit`
    and `cursor`. Get an artist's albums and top tracks with `GET /api/artist/{id}`.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (ArtistSort | Unset): The fields artists can be sorted by.
        order (SortOrder | Unset): Sort direction.
        genre (str | Unset):
        saved (bool | Unset):
        album_artists_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArtistPage | BadRequestError | DatabaseUnavailableError | ForbiddenError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        order=order,
        genre=genre,
        saved=saved,
        album_artists_only=album_artists_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: ArtistSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    genre: str | Unset = UNSET,
    saved: bool | Unset = UNSET,
    album_artists_only: bool | Unset = False,
) -> (
    ArtistPage
    | BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | UnauthorizedError
    | None
):
    """List artists with filters, sorting and pagination

     Lists the catalogue's artists (album artists and track artists; a multi-valued
    artist tag gives one artist per value). Filter by genre, saved state, or only
    artists with albums of their own; sort with `sort` and `order`; page with `limit`
    and `cursor`. Get an artist's albums and top tracks with `GET /api/artist/{id}`.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (ArtistSort | Unset): The fields artists can be sorted by.
        order (SortOrder | Unset): Sort direction.
        genre (str | Unset):
        saved (bool | Unset):
        album_artists_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArtistPage | BadRequestError | DatabaseUnavailableError | ForbiddenError | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            order=order,
            genre=genre,
            saved=saved,
            album_artists_only=album_artists_only,
        )
    ).parsed

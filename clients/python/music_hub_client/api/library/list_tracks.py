from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.sort_order import SortOrder
from ...models.track_page import TrackPage
from ...models.track_sort import TrackSort
from ...models.unauthorized_error import UnauthorizedError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: TrackSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    genre: str | Unset = UNSET,
    year_from: int | Unset = UNSET,
    year_to: int | Unset = UNSET,
    artist_id: str | Unset = UNSET,
    album_id: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    saved: bool | Unset = UNSET,
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

    params["yearFrom"] = year_from

    params["yearTo"] = year_to

    params["artistId"] = artist_id

    params["albumId"] = album_id

    params["format"] = format_

    params["saved"] = saved

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/tracks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | TrackPage
    | UnauthorizedError
    | None
):
    if response.status_code == 200:
        response_200 = TrackPage.from_dict(response.json())

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
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | TrackPage
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
    sort: TrackSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    genre: str | Unset = UNSET,
    year_from: int | Unset = UNSET,
    year_to: int | Unset = UNSET,
    artist_id: str | Unset = UNSET,
    album_id: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    saved: bool | Unset = UNSET,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | TrackPage
    | UnauthorizedError
]:
    """List tracks with filters, sorting and pagination

     Lists the catalogue's tracks. Filter by genre, year range, artist, album, format or
    saved state; sort by `sort` and `order`; page with `limit` and `cursor`.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (TrackSort | Unset):
        order (SortOrder | Unset): Sort direction.
        genre (str | Unset):
        year_from (int | Unset):
        year_to (int | Unset):
        artist_id (str | Unset):
        album_id (str | Unset):
        format_ (str | Unset):
        saved (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | TrackPage | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        order=order,
        genre=genre,
        year_from=year_from,
        year_to=year_to,
        artist_id=artist_id,
        album_id=album_id,
        format_=format_,
        saved=saved,
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
    sort: TrackSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    genre: str | Unset = UNSET,
    year_from: int | Unset = UNSET,
    year_to: int | Unset = UNSET,
    artist_id: str | Unset = UNSET,
    album_id: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    saved: bool | Unset = UNSET,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | TrackPage
    | UnauthorizedError
    | None
):
    """List tracks with filters, sorting and pagination

     Lists the catalogue's tracks. Filter by genre, year range, artist, album, format or
    saved state; sort by `sort` and `order`; page with `limit` and `cursor`.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (TrackSort | Unset):
        order (SortOrder | Unset): Sort direction.
        genre (str | Unset):
        year_from (int | Unset):
        year_to (int | Unset):
        artist_id (str | Unset):
        album_id (str | Unset):
        format_ (str | Unset):
        saved (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | TrackPage | UnauthorizedError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        order=order,
        genre=genre,
        year_from=year_from,
        year_to=year_to,
        artist_id=artist_id,
        album_id=album_id,
        format_=format_,
        saved=saved,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: TrackSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    genre: str | Unset = UNSET,
    year_from: int | Unset = UNSET,
    year_to: int | Unset = UNSET,
    artist_id: str | Unset = UNSET,
    album_id: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    saved: bool | Unset = UNSET,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | TrackPage
    | UnauthorizedError
]:
    """List tracks with filters, sorting and pagination

     Lists the catalogue's tracks. Filter by genre, year range, artist, album, format or
    saved state; sort by `sort` and `order`; page with `limit` and `cursor`.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (TrackSort | Unset):
        order (SortOrder | Unset): Sort direction.
        genre (str | Unset):
        year_from (int | Unset):
        year_to (int | Unset):
        artist_id (str | Unset):
        album_id (str | Unset):
        format_ (str | Unset):
        saved (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | TrackPage | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        order=order,
        genre=genre,
        year_from=year_from,
        year_to=year_to,
        artist_id=artist_id,
        album_id=album_id,
        format_=format_,
        saved=saved,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: TrackSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    genre: str | Unset = UNSET,
    year_from: int | Unset = UNSET,
    year_to: int | Unset = UNSET,
    artist_id: str | Unset = UNSET,
    album_id: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    saved: bool | Unset = UNSET,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | TrackPage
    | UnauthorizedError
    | None
):
    """List tracks with filters, sorting and pagination

     Lists the catalogue's tracks. Filter by genre, year range, artist, album, format or
    saved state; sort by `sort` and `order`; page with `limit` and `cursor`.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (TrackSort | Unset):
        order (SortOrder | Unset): Sort direction.
        genre (str | Unset):
        year_from (int | Unset):
        year_to (int | Unset):
        artist_id (str | Unset):
        album_id (str | Unset):
        format_ (str | Unset):
        saved (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | TrackPage | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            order=order,
            genre=genre,
            year_from=year_from,
            year_to=year_to,
            artist_id=artist_id,
            album_id=album_id,
            format_=format_,
            saved=saved,
        )
    ).parsed

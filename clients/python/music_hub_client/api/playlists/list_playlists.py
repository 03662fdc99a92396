from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.playlist_page import PlaylistPage
from ...models.playlist_sort import PlaylistSort
from ...models.sort_order import SortOrder
from ...models.unauthorized_error import UnauthorizedError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: PlaylistSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
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

    params["q"] = q

    params["saved"] = saved

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/playlists",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PlaylistPage
    | UnauthorizedError
    | None
):
    if response.status_code == 200:
        response_200 = PlaylistPage.from_dict(response.json())

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
    | PlaylistPage
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
    sort: PlaylistSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    saved: bool | Unset = UNSET,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PlaylistPage
    | UnauthorizedError
]:
    """List playlists

     Lists the playlists (without their entries; get those with
    `GET /api/playlists/{id}`). Sort with `sort` and `order`; page with `limit` and
    `cursor`; filter by name with `q` or by saved state.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (PlaylistSort | Unset): The fields playlists can be sorted by.
        order (SortOrder | Unset): Sort direction.
        q (str | Unset):
        saved (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | PlaylistPage | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        order=order,
        q=q,
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
    sort: PlaylistSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    saved: bool | Unset = UNSET,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PlaylistPage
    | UnauthorizedError
    | None
):
    """List playlists

     Lists the playlists (without their entries; get those with
    `GET /api/playlists/{id}`). Sort with `sort` and `order`; page with `limit` and
    `cursor`; filter by name with `q` or by saved state.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (PlaylistSort | Unset): The fields playlists can be sorted by.
        order (SortOrder | Unset): Sort direction.
        q (str | Unset):
        saved (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | PlaylistPage | UnauthorizedError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        order=order,
        q=q,
        saved=saved,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: PlaylistSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    saved: bool | Unset = UNSET,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PlaylistPage
    | UnauthorizedError
]:
    """List playlists

     Lists the playlists (without their entries; get those with
    `GET /api/playlists/{id}`). Sort with `sort` and `order`; page with `limit` and
    `cursor`; filter by name with `q` or by saved state.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (PlaylistSort | Unset): The fields playlists can be sorted by.
        order (SortOrder | Unset): Sort direction.
        q (str | Unset):
        saved (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | PlaylistPage | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        order=order,
        q=q,
        saved=saved,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: PlaylistSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    saved: bool | Unset = UNSET,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PlaylistPage
    | UnauthorizedError
    | None
):
    """List playlists

     Lists the playlists (without their entries; get those with
    `GET /api/playlists/{id}`). Sort with `sort` and `order`; page with `limit` and
    `cursor`; filter by name with `q` or by saved state.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (PlaylistSort | Unset): The fields playlists can be sorted by.
        order (SortOrder | Unset): Sort direction.
        q (str | Unset):
        saved (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | PlaylistPage | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            order=order,
            q=q,
            saved=saved,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.saved_item_page import SavedItemPage
from ...models.saved_kind import SavedKind
from ...models.saved_sort import SavedSort
from ...models.sort_order import SortOrder
from ...models.unauthorized_error import UnauthorizedError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: SavedSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    kind: SavedKind | Unset = UNSET,
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

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/saved",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | SavedItemPage
    | UnauthorizedError
    | None
):
    if response.status_code == 200:
        response_200 = SavedItemPage.from_dict(response.json())

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
    | SavedItemPage
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
    sort: SavedSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    kind: SavedKind | Unset = UNSET,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | SavedItemPage
    | UnauthorizedError
]:
    """List saved (liked) items

     Lists what the user saved: tracks, albums, artists and playlists, or only one
    `kind`. Each item carries the saved object under the property named by its `kind`.
    Sort with `sort` (default `savedAt`, newest first; `name` sorts A to Z) and `order`;
    page with `limit` and `cursor`. A saved track, album or artist that left the library
    stays saved but is not listed (nor counted in `total`) until it comes back.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (SavedSort | Unset): The fields saved items can be sorted by.
        order (SortOrder | Unset): Sort direction.
        kind (SavedKind | Unset): What can be saved.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | SavedItemPage | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        order=order,
        kind=kind,
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
    sort: SavedSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    kind: SavedKind | Unset = UNSET,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | SavedItemPage
    | UnauthorizedError
    | None
):
    """List saved (liked) items

     Lists what the user saved: tracks, albums, artists and playlists, or only one
    `kind`. Each item carries the saved object under the property named by its `kind`.
    Sort with `sort` (default `savedAt`, newest first; `name` sorts A to Z) and `order`;
    page with `limit` and `cursor`. A saved track, album or artist that left the library
    stays saved but is not listed (nor counted in `total`) until it comes back.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (SavedSort | Unset): The fields saved items can be sorted by.
        order (SortOrder | Unset): Sort direction.
        kind (SavedKind | Unset): What can be saved.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | SavedItemPage | UnauthorizedError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        order=order,
        kind=kind,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: SavedSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    kind: SavedKind | Unset = UNSET,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | SavedItemPage
    | UnauthorizedError
]:
    """List saved (liked) items

     Lists what the user saved: tracks, albums, artists and playlists, or only one
    `kind`. Each item carries the saved object under the property named by its `kind`.
    Sort with `sort` (default `savedAt`, newest first; `name` sorts A to Z) and `order`;
    page with `limit` and `cursor`. A saved track, album or artist that left the library
    stays saved but is not listed (nor counted in `total`) until it comes back.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (SavedSort | Unset): The fields saved items can be sorted by.
        order (SortOrder | Unset): Sort direction.
        kind (SavedKind | Unset): What can be saved.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | SavedItemPage | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        order=order,
        kind=kind,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: SavedSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    kind: SavedKind | Unset = UNSET,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | SavedItemPage
    | UnauthorizedError
    | None
):
    """List saved (liked) items

     Lists what the user saved: tracks, albums, artists and playlists, or only one
    `kind`. Each item carries the saved object under the property named by its `kind`.
    Sort with `sort` (default `savedAt`, newest first; `name` sorts A to Z) and `order`;
    page with `limit` and `cursor`. A saved track, album or artist that left the library
    stays saved but is not listed (nor counted in `total`) until it comes back.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (SavedSort | Unset): The fields saved items can be sorted by.
        order (SortOrder | Unset): Sort direction.
        kind (SavedKind | Unset): What can be saved.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | SavedItemPage | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            order=order,
            kind=kind,
        )
    ).parsed

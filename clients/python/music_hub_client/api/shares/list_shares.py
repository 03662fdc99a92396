from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.share_kind import ShareKind
from ...models.share_page import SharePage
from ...models.share_sort import ShareSort
from ...models.sort_order import SortOrder
from ...models.unauthorized_error import UnauthorizedError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: ShareSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    kind: ShareKind | Unset = UNSET,
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
        "url": "/api/shares",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | SharePage
    | UnauthorizedError
    | None
):
    if response.status_code == 200:
        response_200 = SharePage.from_dict(response.json())

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
    | SharePage
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
    sort: ShareSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    kind: ShareKind | Unset = UNSET,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | SharePage
    | UnauthorizedError
]:
    """List share links

     Lists the share links that exist, optionally only one `kind`, with how often they
    were opened. Sort with `sort` (default `createdAt`) and `order`; page with `limit`
    and `cursor`. Expired shares are listed until deleted (`expiresAt` in the past).

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (ShareSort | Unset): The fields shares can be sorted by.
        order (SortOrder | Unset): Sort direction.
        kind (ShareKind | Unset): What a share link opens.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | SharePage | UnauthorizedError]
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
    sort: ShareSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    kind: ShareKind | Unset = UNSET,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | SharePage
    | UnauthorizedError
    | None
):
    """List share links

     Lists the share links that exist, optionally only one `kind`, with how often they
    were opened. Sort with `sort` (default `createdAt`) and `order`; page with `limit`
    and `cursor`. Expired shares are listed until deleted (`expiresAt` in the past).

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (ShareSort | Unset): The fields shares can be sorted by.
        order (SortOrder | Unset): Sort direction.
        kind (ShareKind | Unset): What a share link opens.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | SharePage | UnauthorizedError
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
    sort: ShareSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    kind: ShareKind | Unset = UNSET,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | SharePage
    | UnauthorizedError
]:
    """List share links

     Lists the share links that exist, optionally only one `kind`, with how often they
    were opened. Sort with `sort` (default `createdAt`) and `order`; page with `limit`
    and `cursor`. Expired shares are listed until deleted (`expiresAt` in the past).

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (ShareSort | Unset): The fields shares can be sorted by.
        order (SortOrder | Unset): Sort direction.
        kind (ShareKind | Unset): What a share link opens.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | SharePage | UnauthorizedError]
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
    sort: ShareSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    kind: ShareKind | Unset = UNSET,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | SharePage
    | UnauthorizedError
    | None
):
    """List share links

     Lists the share links that exist, optionally only one `kind`, with how often they
    were opened. Sort with `sort` (default `createdAt`) and `order`; page with `limit`
    and `cursor`. Expired shares are listed until deleted (`expiresAt` in the past).

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (ShareSort | Unset): The fields shares can be sorted by.
        order (SortOrder | Unset): Sort direction.
        kind (ShareKind | Unset): What a share link opens.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | SharePage | UnauthorizedError
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

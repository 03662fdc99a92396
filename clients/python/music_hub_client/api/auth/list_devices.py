from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.device_page import DevicePage
from ...models.device_sort import DeviceSort
from ...models.forbidden_error import ForbiddenError
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: DeviceSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    include_revoked: bool | Unset = False,
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

    params["includeRevoked"] = include_revoked

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/auth/devices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequestError | DatabaseUnavailableError | DevicePage | ForbiddenError | None:
    if response.status_code == 200:
        response_200 = DevicePage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestError.from_dict(response.json())

        return response_400

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
) -> Response[BadRequestError | DatabaseUnavailableError | DevicePage | ForbiddenError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: DeviceSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    include_revoked: bool | Unset = False,
) -> Response[BadRequestError | DatabaseUnavailableError | DevicePage | ForbiddenError]:
    """List paired devices

     Local-only. Lists the devices that paired, with when they paired and were last
    seen, and whether they are revoked. Sort with `sort` (default `pairedAt`) and
    `order`; page with `limit` and `cursor`. Revoke one with
    `DELETE /api/auth/devices/{deviceId}`.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (DeviceSort | Unset): The fields devices can be sorted by.
        order (SortOrder | Unset): Sort direction.
        include_revoked (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | DevicePage | ForbiddenError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        order=order,
        include_revoked=include_revoked,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: DeviceSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    include_revoked: bool | Unset = False,
) -> BadRequestError | DatabaseUnavailableError | DevicePage | ForbiddenError | None:
    """List paired devices

     Local-only. Lists the devices that paired, with when they paired and were last
    seen, and whether they are revoked. Sort with `sort` (default `pairedAt`) and
    `order`; page with `limit` and `cursor`. Revoke one with
    `DELETE /api/auth/devices/{deviceId}`.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (DeviceSort | Unset): The fields devices can be sorted by.
        order (SortOrder | Unset): Sort direction.
        include_revoked (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | DevicePage | ForbiddenError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        order=order,
        include_revoked=include_revoked,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: DeviceSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    include_revoked: bool | Unset = False,
) -> Response[BadRequestError | DatabaseUnavailableError | DevicePage | ForbiddenError]:
    """List paired devices

     Local-only. Lists the devices that paired, with when they paired and were last
    seen, and whether they are revoked. Sort with `sort` (default `pairedAt`) and
    `order`; page with `limit` and `cursor`. Revoke one with
    `DELETE /api/auth/devices/{deviceId}`.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (DeviceSort | Unset): The fields devices can be sorted by.
        order (SortOrder | Unset): Sort direction.
        include_revoked (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | DevicePage | ForbiddenError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        order=order,
        include_revoked=include_revoked,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: DeviceSort | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    include_revoked: bool | Unset = False,
) -> BadRequestError | DatabaseUnavailableError | DevicePage | ForbiddenError | None:
    """List paired devices

     Local-only. Lists the devices that paired, with when they paired and were last
    seen, and whether they are revoked. Sort with `sort` (default `pairedAt`) and
    `order`; page with `limit` and `cursor`. Revoke one with
    `DELETE /api/auth/devices/{deviceId}`.

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        sort (DeviceSort | Unset): The fields devices can be sorted by.
        order (SortOrder | Unset): Sort direction.
        include_revoked (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | DevicePage | ForbiddenError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            order=order,
            include_revoked=include_revoked,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.hub_info import HubInfo
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/info",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HubInfo | None:
    if response.status_code == 200:
        response_200 = HubInfo.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HubInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[HubInfo]:
    """Describe the hub and the health of its database

     Returns the hub's identity, version, port and the health of its database. When
    `databaseHealth.status` is not `healthy`, most routes answer
    `503 database_unavailable`; a local agent may then call
    `POST /api/database/rebuild`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HubInfo]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> HubInfo | None:
    """Describe the hub and the health of its database

     Returns the hub's identity, version, port and the health of its database. When
    `databaseHealth.status` is not `healthy`, most routes answer
    `503 database_unavailable`; a local agent may then call
    `POST /api/database/rebuild`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HubInfo
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[HubInfo]:
    """Describe the hub and the health of its database

     Returns the hub's identity, version, port and the health of its database. When
    `databaseHealth.status` is not `healthy`, most routes answer
    `503 database_unavailable`; a local agent may then call
    `POST /api/database/rebuild`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HubInfo]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> HubInfo | None:
    """Describe the hub and the health of its database

     Returns the hub's identity, version, port and the health of its database. When
    `databaseHealth.status` is not `healthy`, most routes answer
    `503 database_unavailable`; a local agent may then call
    `POST /api/database/rebuild`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HubInfo
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed

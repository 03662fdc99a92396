from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.share import Share
from ...models.share_patch import SharePatch
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: SharePatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/shares/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | Share | None:
    if response.status_code == 200:
        response_200 = Share.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = ApiError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ApiError.from_dict(response.json())

        return response_415

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | Share]:
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
    body: SharePatch,
) -> Response[ApiError | Share]:
    """Change a share link's expiry, password or limits

     Changes what the body names and keeps the rest: `expiresInHours` sets a new expiry
    counted from now (`0`: never expires), `password` a new password (`""`: none),
    `allowDownload` and `maxSessions` (`0`: unlimited). A share that expired can be
    given a new expiry. Open share sessions are judged by the new settings at their
    next heartbeat. An unknown id answers `404 not_found`.

    Args:
        id (str):
        body (SharePatch): What to change of a share; what is absent stays as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Share]
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
    body: SharePatch,
) -> ApiError | Share | None:
    """Change a share link's expiry, password or limits

     Changes what the body names and keeps the rest: `expiresInHours` sets a new expiry
    counted from now (`0`: never expires), `password` a new password (`""`: none),
    `allowDownload` and `maxSessions` (`0`: unlimited). A share that expired can be
    given a new expiry. Open share sessions are judged by the new settings at their
    next heartbeat. An unknown id answers `404 not_found`.

    Args:
        id (str):
        body (SharePatch): What to change of a share; what is absent stays as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Share
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
    body: SharePatch,
) -> Response[ApiError | Share]:
    """Change a share link's expiry, password or limits

     Changes what the body names and keeps the rest: `expiresInHours` sets a new expiry
    counted from now (`0`: never expires), `password` a new password (`""`: none),
    `allowDownload` and `maxSessions` (`0`: unlimited). A share that expired can be
    given a new expiry. Open share sessions are judged by the new settings at their
    next heartbeat. An unknown id answers `404 not_found`.

    Args:
        id (str):
        body (SharePatch): What to change of a share; what is absent stays as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Share]
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
    body: SharePatch,
) -> ApiError | Share | None:
    """Change a share link's expiry, password or limits

     Changes what the body names and keeps the rest: `expiresInHours` sets a new expiry
    counted from now (`0`: never expires), `password` a new password (`""`: none),
    `allowDownload` and `maxSessions` (`0`: unlimited). A share that expired can be
    given a new expiry. Open share sessions are judged by the new settings at their
    next heartbeat. An unknown id answers `404 not_found`.

    Args:
        id (str):
        body (SharePatch): What to change of a share; what is absent stays as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Share
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed

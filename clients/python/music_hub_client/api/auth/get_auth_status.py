from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_status import AuthStatus
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/auth/status",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthStatus | DatabaseUnavailableError | ForbiddenError | None:
    if response.status_code == 200:
        response_200 = AuthStatus.from_dict(response.json())

        return response_200

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
) -> Response[AuthStatus | DatabaseUnavailableError | ForbiddenError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[AuthStatus | DatabaseUnavailableError | ForbiddenError]:
    """Show whether pairing is armed, and the paired devices

     Local-only. Shows whether pairing is armed and until when (with the current code),
    the URLs a phone can reach the hub on, whether a static API token is configured,
    and the paired devices. Remote calls answer `403 local_only` whatever token they
    carry.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthStatus | DatabaseUnavailableError | ForbiddenError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> AuthStatus | DatabaseUnavailableError | ForbiddenError | None:
    """Show whether pairing is armed, and the paired devices

     Local-only. Shows whether pairing is armed and until when (with the current code),
    the URLs a phone can reach the hub on, whether a static API token is configured,
    and the paired devices. Remote calls answer `403 local_only` whatever token they
    carry.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthStatus | DatabaseUnavailableError | ForbiddenError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[AuthStatus | DatabaseUnavailableError | ForbiddenError]:
    """Show whether pairing is armed, and the paired devices

     Local-only. Shows whether pairing is armed and until when (with the current code),
    the URLs a phone can reach the hub on, whether a static API token is configured,
    and the paired devices. Remote calls answer `403 local_only` whatever token they
    carry.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthStatus | DatabaseUnavailableError | ForbiddenError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> AuthStatus | DatabaseUnavailableError | ForbiddenError | None:
    """Show whether pairing is armed, and the paired devices

     Local-only. Shows whether pairing is armed and until when (with the current code),
    the URLs a phone can reach the hub on, whether a static API token is configured,
    and the paired devices. Remote calls answer `403 local_only` whatever token they
    carry.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthStatus | DatabaseUnavailableError | ForbiddenError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed

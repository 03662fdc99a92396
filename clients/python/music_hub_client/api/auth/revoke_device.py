from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.not_found_error import NotFoundError
from ...types import Response


def _get_kwargs(
    device_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/auth/devices/{device_id}".format(
            device_id=quote(str(device_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = BadRequestError.from_dict(response.json())

        return response_400

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
    Any | BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Any | BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError
]:
    """Revoke a paired device

     Local-only. Revokes the device and all of its tokens: its next call answers
    `401 device_revoked`, even with an access token that has not expired, and its media
    tokens stop working. The device must pair again to come back. An unknown device
    answers `404 not_found`.

    Args:
        device_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Any
    | BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | None
):
    """Revoke a paired device

     Local-only. Revokes the device and all of its tokens: its next call answers
    `401 device_revoked`, even with an access token that has not expired, and its media
    tokens stop working. The device must pair again to come back. An unknown device
    answers `404 not_found`.

    Args:
        device_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError
    """

    return sync_detailed(
        device_id=device_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Any | BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError
]:
    """Revoke a paired device

     Local-only. Revokes the device and all of its tokens: its next call answers
    `401 device_revoked`, even with an access token that has not expired, and its media
    tokens stop working. The device must pair again to come back. An unknown device
    answers `404 not_found`.

    Args:
        device_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Any
    | BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | None
):
    """Revoke a paired device

     Local-only. Revokes the device and all of its tokens: its next call answers
    `401 device_revoked`, even with an access token that has not expired, and its media
    tokens stop working. The device must pair again to come back. An unknown device
    answers `404 not_found`.

    Args:
        device_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError
    """

    return (
        await asyncio_detailed(
            device_id=device_id,
            client=client,
        )
    ).parsed

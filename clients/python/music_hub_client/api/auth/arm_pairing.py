from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.arm_request import ArmRequest
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.pairing_armed import PairingArmed
from ...models.payload_too_large_error import PayloadTooLargeError
from ...models.unsupported_media_type_error import UnsupportedMediaTypeError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ArmRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/auth/arm",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PairingArmed
    | PayloadTooLargeError
    | UnsupportedMediaTypeError
    | None
):
    if response.status_code == 200:
        response_200 = PairingArmed.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ForbiddenError.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = PayloadTooLargeError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = UnsupportedMediaTypeError.from_dict(response.json())

        return response_415

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
    | PairingArmed
    | PayloadTooLargeError
    | UnsupportedMediaTypeError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ArmRequest | Unset = UNSET,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PairingArmed
    | PayloadTooLargeError
    | UnsupportedMediaTypeError
]:
    """Arm pairing and get a pairing code

     Local-only. Opens a pairing window of `minutes` (1 to 60, default 10) and answers a
    fresh pairing code with its expiry; arming again replaces the code. A device then
    calls `POST /api/auth/pair` with the code (or scans `GET /api/connect/qr`). The
    code is single-use and dies with the window. Remote calls, and local calls from a
    foreign web page (`Origin`), answer `403`.

    Args:
        body (ArmRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | PairingArmed | PayloadTooLargeError | UnsupportedMediaTypeError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ArmRequest | Unset = UNSET,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PairingArmed
    | PayloadTooLargeError
    | UnsupportedMediaTypeError
    | None
):
    """Arm pairing and get a pairing code

     Local-only. Opens a pairing window of `minutes` (1 to 60, default 10) and answers a
    fresh pairing code with its expiry; arming again replaces the code. A device then
    calls `POST /api/auth/pair` with the code (or scans `GET /api/connect/qr`). The
    code is single-use and dies with the window. Remote calls, and local calls from a
    foreign web page (`Origin`), answer `403`.

    Args:
        body (ArmRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | PairingArmed | PayloadTooLargeError | UnsupportedMediaTypeError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ArmRequest | Unset = UNSET,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PairingArmed
    | PayloadTooLargeError
    | UnsupportedMediaTypeError
]:
    """Arm pairing and get a pairing code

     Local-only. Opens a pairing window of `minutes` (1 to 60, default 10) and answers a
    fresh pairing code with its expiry; arming again replaces the code. A device then
    calls `POST /api/auth/pair` with the code (or scans `GET /api/connect/qr`). The
    code is single-use and dies with the window. Remote calls, and local calls from a
    foreign web page (`Origin`), answer `403`.

    Args:
        body (ArmRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | PairingArmed | PayloadTooLargeError | UnsupportedMediaTypeError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ArmRequest | Unset = UNSET,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PairingArmed
    | PayloadTooLargeError
    | UnsupportedMediaTypeError
    | None
):
    """Arm pairing and get a pairing code

     Local-only. Opens a pairing window of `minutes` (1 to 60, default 10) and answers a
    fresh pairing code with its expiry; arming again replaces the code. A device then
    calls `POST /api/auth/pair` with the code (or scans `GET /api/connect/qr`). The
    code is single-use and dies with the window. Remote calls, and local calls from a
    foreign web page (`Origin`), answer `403`.

    Args:
        body (ArmRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | PairingArmed | PayloadTooLargeError | UnsupportedMediaTypeError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

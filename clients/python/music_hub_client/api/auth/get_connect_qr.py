from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.pairing_not_armed_error import PairingNotArmedError
from ...models.qr_format import QrFormat
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    format_: QrFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/connect/qr",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | File
    | ForbiddenError
    | PairingNotArmedError
    | None
):
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ForbiddenError.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = PairingNotArmedError.from_dict(response.json())

        return response_409

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
    | File
    | ForbiddenError
    | PairingNotArmedError
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
    format_: QrFormat | Unset = UNSET,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | File
    | ForbiddenError
    | PairingNotArmedError
]:
    """Render the QR code a phone scans to pair over the LAN

     Local-only. Renders a QR code holding the hub's LAN URL (its non-loopback addresses
    and port), its hub id and the current pairing code, as SVG (default) or PNG
    (`format=png`). Pairing must be armed first (`POST /api/auth/arm`); otherwise it
    answers `409 pairing_not_armed`.

    Args:
        format_ (QrFormat | Unset): A QR code's image format; `svg` when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | File | ForbiddenError | PairingNotArmedError]
    """

    kwargs = _get_kwargs(
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    format_: QrFormat | Unset = UNSET,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | File
    | ForbiddenError
    | PairingNotArmedError
    | None
):
    """Render the QR code a phone scans to pair over the LAN

     Local-only. Renders a QR code holding the hub's LAN URL (its non-loopback addresses
    and port), its hub id and the current pairing code, as SVG (default) or PNG
    (`format=png`). Pairing must be armed first (`POST /api/auth/arm`); otherwise it
    answers `409 pairing_not_armed`.

    Args:
        format_ (QrFormat | Unset): A QR code's image format; `svg` when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | File | ForbiddenError | PairingNotArmedError
    """

    return sync_detailed(
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    format_: QrFormat | Unset = UNSET,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | File
    | ForbiddenError
    | PairingNotArmedError
]:
    """Render the QR code a phone scans to pair over the LAN

     Local-only. Renders a QR code holding the hub's LAN URL (its non-loopback addresses
    and port), its hub id and the current pairing code, as SVG (default) or PNG
    (`format=png`). Pairing must be armed first (`POST /api/auth/arm`); otherwise it
    answers `409 pairing_not_armed`.

    Args:
        format_ (QrFormat | Unset): A QR code's image format; `svg` when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | File | ForbiddenError | PairingNotArmedError]
    """

    kwargs = _get_kwargs(
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    format_: QrFormat | Unset = UNSET,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | File
    | ForbiddenError
    | PairingNotArmedError
    | None
):
    """Render the QR code a phone scans to pair over the LAN

     Local-only. Renders a QR code holding the hub's LAN URL (its non-loopback addresses
    and port), its hub id and the current pairing code, as SVG (default) or PNG
    (`format=png`). Pairing must be armed first (`POST /api/auth/arm`); otherwise it
    answers `409 pairing_not_armed`.

    Args:
        format_ (QrFormat | Unset): A QR code's image format; `svg` when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | File | ForbiddenError | PairingNotArmedError
    """

    return (
        await asyncio_detailed(
            client=client,
            format_=format_,
        )
    ).parsed

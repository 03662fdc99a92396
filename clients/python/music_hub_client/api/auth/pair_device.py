from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.invalid_pairing_code_error import InvalidPairingCodeError
from ...models.pair_request import PairRequest
from ...models.payload_too_large_error import PayloadTooLargeError
from ...models.token_pair import TokenPair
from ...models.too_many_requests_error import TooManyRequestsError
from ...models.unsupported_media_type_error import UnsupportedMediaTypeError
from ...types import Response


def _get_kwargs(
    *,
    body: PairRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/auth/pair",
    }

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
    | InvalidPairingCodeError
    | PayloadTooLargeError
    | TokenPair
    | TooManyRequestsError
    | UnsupportedMediaTypeError
    | None
):
    if response.status_code == 200:
        response_200 = TokenPair.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = InvalidPairingCodeError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenError.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = PayloadTooLargeError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = UnsupportedMediaTypeError.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = TooManyRequestsError.from_dict(response.json())

        return response_429

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
    | InvalidPairingCodeError
    | PayloadTooLargeError
    | TokenPair
    | TooManyRequestsError
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
    body: PairRequest,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | InvalidPairingCodeError
    | PayloadTooLargeError
    | TokenPair
    | TooManyRequestsError
    | UnsupportedMediaTypeError
]:
    """Exchange a pairing code for access and refresh tokens

     Public. Exchanges the pairing code shown by the hub (`POST /api/auth/arm`, the QR
    code, or `music-hub pair`) for an access token (minutes) and a refresh token
    (weeks) bound to `deviceId`. Send the access token as `Authorization: Bearer`;
    renew it with `POST /api/auth/refresh` before `accessExpiresAt`. The code is
    single-use. A wrong, used or expired code, or no armed pairing, answers
    `401 invalid_pairing_code`; after too many wrong codes the window closes and calls
    answer `429 too_many_attempts` with `Retry-After`. Pairing again with a known
    `deviceId` replaces that device's tokens.

    Args:
        body (PairRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | InvalidPairingCodeError | PayloadTooLargeError | TokenPair | TooManyRequestsError | UnsupportedMediaTypeError]
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
    body: PairRequest,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | InvalidPairingCodeError
    | PayloadTooLargeError
    | TokenPair
    | TooManyRequestsError
    | UnsupportedMediaTypeError
    | None
):
    """Exchange a pairing code for access and refresh tokens

     Public. Exchanges the pairing code shown by the hub (`POST /api/auth/arm`, the QR
    code, or `music-hub pair`) for an access token (minutes) and a refresh token
    (weeks) bound to `deviceId`. Send the access token as `Authorization: Bearer`;
    renew it with `POST /api/auth/refresh` before `accessExpiresAt`. The code is
    single-use. A wrong, used or expired code, or no armed pairing, answers
    `401 invalid_pairing_code`; after too many wrong codes the window closes and calls
    answer `429 too_many_attempts` with `Retry-After`. Pairing again with a known
    `deviceId` replaces that device's tokens.

    Args:
        body (PairRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | InvalidPairingCodeError | PayloadTooLargeError | TokenPair | TooManyRequestsError | UnsupportedMediaTypeError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PairRequest,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | InvalidPairingCodeError
    | PayloadTooLargeError
    | TokenPair
    | TooManyRequestsError
    | UnsupportedMediaTypeError
]:
    """Exchange a pairing code for access and refresh tokens

     Public. Exchanges the pairing code shown by the hub (`POST /api/auth/arm`, the QR
    code, or `music-hub pair`) for an access token (minutes) and a refresh token
    (weeks) bound to `deviceId`. Send the access token as `Authorization: Bearer`;
    renew it with `POST /api/auth/refresh` before `accessExpiresAt`. The code is
    single-use. A wrong, used or expired code, or no armed pairing, answers
    `401 invalid_pairing_code`; after too many wrong codes the window closes and calls
    answer `429 too_many_attempts` with `Retry-After`. Pairing again with a known
    `deviceId` replaces that device's tokens.

    Args:
        body (PairRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | InvalidPairingCodeError | PayloadTooLargeError | TokenPair | TooManyRequestsError | UnsupportedMediaTypeError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PairRequest,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | InvalidPairingCodeError
    | PayloadTooLargeError
    | TokenPair
    | TooManyRequestsError
    | UnsupportedMediaTypeError
    | None
):
    """Exchange a pairing code for access and refresh tokens

     Public. Exchanges the pairing code shown by the hub (`POST /api/auth/arm`, the QR
    code, or `music-hub pair`) for an access token (minutes) and a refresh token
    (weeks) bound to `deviceId`. Send the access token as `Authorization: Bearer`;
    renew it with `POST /api/auth/refresh` before `accessExpiresAt`. The code is
    single-use. A wrong, used or expired code, or no armed pairing, answers
    `401 invalid_pairing_code`; after too many wrong codes the window closes and calls
    answer `429 too_many_attempts` with `Retry-After`. Pairing again with a known
    `deviceId` replaces that device's tokens.

    Args:
        body (PairRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | InvalidPairingCodeError | PayloadTooLargeError | TokenPair | TooManyRequestsError | UnsupportedMediaTypeError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

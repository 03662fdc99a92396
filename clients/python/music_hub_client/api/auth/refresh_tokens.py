from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.payload_too_large_error import PayloadTooLargeError
from ...models.refresh_refused_error import RefreshRefusedError
from ...models.refresh_request import RefreshRequest
from ...models.token_pair import TokenPair
from ...models.unsupported_media_type_error import UnsupportedMediaTypeError
from ...types import Response


def _get_kwargs(
    *,
    body: RefreshRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/auth/refresh",
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
    | PayloadTooLargeError
    | RefreshRefusedError
    | TokenPair
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
        response_401 = RefreshRefusedError.from_dict(response.json())

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
    | PayloadTooLargeError
    | RefreshRefusedError
    | TokenPair
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
    body: RefreshRequest,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PayloadTooLargeError
    | RefreshRefusedError
    | TokenPair
    | UnsupportedMediaTypeError
]:
    """Rotate a refresh token for a new token pair

     Public. Exchanges the device's refresh token for a new access and refresh token and
    retires the old refresh token: store the new pair and never reuse the old one.
    Presenting a retired refresh token again is treated as theft: the device's whole
    token family is revoked and the call answers `401 refresh_token_reused` (pair
    again). Other refusals are `401 token_expired` (pair again), `401 invalid_token`
    (forged, malformed, or for another `deviceId`) and `401 device_revoked`.

    Args:
        body (RefreshRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | PayloadTooLargeError | RefreshRefusedError | TokenPair | UnsupportedMediaTypeError]
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
    body: RefreshRequest,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PayloadTooLargeError
    | RefreshRefusedError
    | TokenPair
    | UnsupportedMediaTypeError
    | None
):
    """Rotate a refresh token for a new token pair

     Public. Exchanges the device's refresh token for a new access and refresh token and
    retires the old refresh token: store the new pair and never reuse the old one.
    Presenting a retired refresh token again is treated as theft: the device's whole
    token family is revoked and the call answers `401 refresh_token_reused` (pair
    again). Other refusals are `401 token_expired` (pair again), `401 invalid_token`
    (forged, malformed, or for another `deviceId`) and `401 device_revoked`.

    Args:
        body (RefreshRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | PayloadTooLargeError | RefreshRefusedError | TokenPair | UnsupportedMediaTypeError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RefreshRequest,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PayloadTooLargeError
    | RefreshRefusedError
    | TokenPair
    | UnsupportedMediaTypeError
]:
    """Rotate a refresh token for a new token pair

     Public. Exchanges the device's refresh token for a new access and refresh token and
    retires the old refresh token: store the new pair and never reuse the old one.
    Presenting a retired refresh token again is treated as theft: the device's whole
    token family is revoked and the call answers `401 refresh_token_reused` (pair
    again). Other refusals are `401 token_expired` (pair again), `401 invalid_token`
    (forged, malformed, or for another `deviceId`) and `401 device_revoked`.

    Args:
        body (RefreshRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | PayloadTooLargeError | RefreshRefusedError | TokenPair | UnsupportedMediaTypeError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RefreshRequest,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PayloadTooLargeError
    | RefreshRefusedError
    | TokenPair
    | UnsupportedMediaTypeError
    | None
):
    """Rotate a refresh token for a new token pair

     Public. Exchanges the device's refresh token for a new access and refresh token and
    retires the old refresh token: store the new pair and never reuse the old one.
    Presenting a retired refresh token again is treated as theft: the device's whole
    token family is revoked and the call answers `401 refresh_token_reused` (pair
    again). Other refusals are `401 token_expired` (pair again), `401 invalid_token`
    (forged, malformed, or for another `deviceId`) and `401 device_revoked`.

    Args:
        body (RefreshRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | PayloadTooLargeError | RefreshRefusedError | TokenPair | UnsupportedMediaTypeError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

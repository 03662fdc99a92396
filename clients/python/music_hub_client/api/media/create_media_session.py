from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.media_session import MediaSession
from ...models.media_session_request import MediaSessionRequest
from ...models.payload_too_large_error import PayloadTooLargeError
from ...models.unauthorized_error import UnauthorizedError
from ...models.unsupported_media_type_error import UnsupportedMediaTypeError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: MediaSessionRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/media/session",
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
    | MediaSession
    | PayloadTooLargeError
    | UnauthorizedError
    | UnsupportedMediaTypeError
    | None
):
    if response.status_code == 201:
        response_201 = MediaSession.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = BadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedError.from_dict(response.json())

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
    | MediaSession
    | PayloadTooLargeError
    | UnauthorizedError
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
    client: AuthenticatedClient,
    body: MediaSessionRequest | Unset = UNSET,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | MediaSession
    | PayloadTooLargeError
    | UnauthorizedError
    | UnsupportedMediaTypeError
]:
    """Get a short-lived media token for audio and image elements

     Issues a `mediaToken` for `<audio>` and `<img>` elements, which cannot send an
    `Authorization` header: append `?mediaToken=<token>` to
    `GET /api/media/stream/{trackId}` and `GET /api/media/artwork/{id}`. The token is
    only good for those two routes (on any other route `?mediaToken=` is ignored, and a
    media token is never accepted as a bearer token), is bound to this hub and to the
    calling device (or to the hub's own machine for a loopback call), and dies at
    `expiresAt` or when the device is revoked; ask for a new one before then. A media
    token that has expired answers `401 media_token_expired`; one that is not valid
    (altered, for another hub, or an access token) `401 unauthorized`; one of a revoked
    device `401 device_revoked`. `ttlSeconds` defaults to 3600 (one hour), from 60 to
    86400.

    `profile` (`mobile`, `cellular`, `web`, `legacy`) makes every stream with this token
    a transcode of that profile, unless the stream asks for another (or for
    `format=original`): a phone sets it once for the device. The answer repeats it.

    Args:
        body (MediaSessionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | MediaSession | PayloadTooLargeError | UnauthorizedError | UnsupportedMediaTypeError]
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
    client: AuthenticatedClient,
    body: MediaSessionRequest | Unset = UNSET,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | MediaSession
    | PayloadTooLargeError
    | UnauthorizedError
    | UnsupportedMediaTypeError
    | None
):
    """Get a short-lived media token for audio and image elements

     Issues a `mediaToken` for `<audio>` and `<img>` elements, which cannot send an
    `Authorization` header: append `?mediaToken=<token>` to
    `GET /api/media/stream/{trackId}` and `GET /api/media/artwork/{id}`. The token is
    only good for those two routes (on any other route `?mediaToken=` is ignored, and a
    media token is never accepted as a bearer token), is bound to this hub and to the
    calling device (or to the hub's own machine for a loopback call), and dies at
    `expiresAt` or when the device is revoked; ask for a new one before then. A media
    token that has expired answers `401 media_token_expired`; one that is not valid
    (altered, for another hub, or an access token) `401 unauthorized`; one of a revoked
    device `401 device_revoked`. `ttlSeconds` defaults to 3600 (one hour), from 60 to
    86400.

    `profile` (`mobile`, `cellular`, `web`, `legacy`) makes every stream with this token
    a transcode of that profile, unless the stream asks for another (or for
    `format=original`): a phone sets it once for the device. The answer repeats it.

    Args:
        body (MediaSessionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | MediaSession | PayloadTooLargeError | UnauthorizedError | UnsupportedMediaTypeError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MediaSessionRequest | Unset = UNSET,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | MediaSession
    | PayloadTooLargeError
    | UnauthorizedError
    | UnsupportedMediaTypeError
]:
    """Get a short-lived media token for audio and image elements

     Issues a `mediaToken` for `<audio>` and `<img>` elements, which cannot send an
    `Authorization` header: append `?mediaToken=<token>` to
    `GET /api/media/stream/{trackId}` and `GET /api/media/artwork/{id}`. The token is
    only good for those two routes (on any other route `?mediaToken=` is ignored, and a
    media token is never accepted as a bearer token), is bound to this hub and to the
    calling device (or to the hub's own machine for a loopback call), and dies at
    `expiresAt` or when the device is revoked; ask for a new one before then. A media
    token that has expired answers `401 media_token_expired`; one that is not valid
    (altered, for another hub, or an access token) `401 unauthorized`; one of a revoked
    device `401 device_revoked`. `ttlSeconds` defaults to 3600 (one hour), from 60 to
    86400.

    `profile` (`mobile`, `cellular`, `web`, `legacy`) makes every stream with this token
    a transcode of that profile, unless the stream asks for another (or for
    `format=original`): a phone sets it once for the device. The answer repeats it.

    Args:
        body (MediaSessionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | MediaSession | PayloadTooLargeError | UnauthorizedError | UnsupportedMediaTypeError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MediaSessionRequest | Unset = UNSET,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | MediaSession
    | PayloadTooLargeError
    | UnauthorizedError
    | UnsupportedMediaTypeError
    | None
):
    """Get a short-lived media token for audio and image elements

     Issues a `mediaToken` for `<audio>` and `<img>` elements, which cannot send an
    `Authorization` header: append `?mediaToken=<token>` to
    `GET /api/media/stream/{trackId}` and `GET /api/media/artwork/{id}`. The token is
    only good for those two routes (on any other route `?mediaToken=` is ignored, and a
    media token is never accepted as a bearer token), is bound to this hub and to the
    calling device (or to the hub's own machine for a loopback call), and dies at
    `expiresAt` or when the device is revoked; ask for a new one before then. A media
    token that has expired answers `401 media_token_expired`; one that is not valid
    (altered, for another hub, or an access token) `401 unauthorized`; one of a revoked
    device `401 device_revoked`. `ttlSeconds` defaults to 3600 (one hour), from 60 to
    86400.

    `profile` (`mobile`, `cellular`, `web`, `legacy`) makes every stream with this token
    a transcode of that profile, unless the stream asks for another (or for
    `format=original`): a phone sets it once for the device. The answer repeats it.

    Args:
        body (MediaSessionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | MediaSession | PayloadTooLargeError | UnauthorizedError | UnsupportedMediaTypeError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

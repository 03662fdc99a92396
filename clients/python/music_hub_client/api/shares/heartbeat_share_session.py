from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.payload_too_large_error import PayloadTooLargeError
from ...models.share_heartbeat import ShareHeartbeat
from ...models.share_heartbeat_request import ShareHeartbeatRequest
from ...models.share_rate_limited_error import ShareRateLimitedError
from ...models.share_session_expired_error import ShareSessionExpiredError
from ...models.unsupported_media_type_error import UnsupportedMediaTypeError
from ...types import Response


def _get_kwargs(
    *,
    body: ShareHeartbeatRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/share/session/heartbeat",
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
    | ShareHeartbeat
    | ShareRateLimitedError
    | ShareSessionExpiredError
    | UnsupportedMediaTypeError
    | None
):
    if response.status_code == 200:
        response_200 = ShareHeartbeat.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ForbiddenError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ShareSessionExpiredError.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = PayloadTooLargeError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = UnsupportedMediaTypeError.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = ShareRateLimitedError.from_dict(response.json())

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
    | PayloadTooLargeError
    | ShareHeartbeat
    | ShareRateLimitedError
    | ShareSessionExpiredError
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
    body: ShareHeartbeatRequest,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PayloadTooLargeError
    | ShareHeartbeat
    | ShareRateLimitedError
    | ShareSessionExpiredError
    | UnsupportedMediaTypeError
]:
    """Keep a share session alive

     Extends the share session and its media token while a share page is open; call it
    every `heartbeatIntervalSeconds` of the bootstrap. Answers the new expiries and a
    `mediaToken` to use from now on (it may be the same one). A session that expired
    or whose share was deleted or expired answers `404 share_session_expired`: open the
    share's bootstrap again. Rate-limited per client address (`429 too_many_requests`
    with `Retry-After`).

    Args:
        body (ShareHeartbeatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | PayloadTooLargeError | ShareHeartbeat | ShareRateLimitedError | ShareSessionExpiredError | UnsupportedMediaTypeError]
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
    body: ShareHeartbeatRequest,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PayloadTooLargeError
    | ShareHeartbeat
    | ShareRateLimitedError
    | ShareSessionExpiredError
    | UnsupportedMediaTypeError
    | None
):
    """Keep a share session alive

     Extends the share session and its media token while a share page is open; call it
    every `heartbeatIntervalSeconds` of the bootstrap. Answers the new expiries and a
    `mediaToken` to use from now on (it may be the same one). A session that expired
    or whose share was deleted or expired answers `404 share_session_expired`: open the
    share's bootstrap again. Rate-limited per client address (`429 too_many_requests`
    with `Retry-After`).

    Args:
        body (ShareHeartbeatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | PayloadTooLargeError | ShareHeartbeat | ShareRateLimitedError | ShareSessionExpiredError | UnsupportedMediaTypeError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ShareHeartbeatRequest,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PayloadTooLargeError
    | ShareHeartbeat
    | ShareRateLimitedError
    | ShareSessionExpiredError
    | UnsupportedMediaTypeError
]:
    """Keep a share session alive

     Extends the share session and its media token while a share page is open; call it
    every `heartbeatIntervalSeconds` of the bootstrap. Answers the new expiries and a
    `mediaToken` to use from now on (it may be the same one). A session that expired
    or whose share was deleted or expired answers `404 share_session_expired`: open the
    share's bootstrap again. Rate-limited per client address (`429 too_many_requests`
    with `Retry-After`).

    Args:
        body (ShareHeartbeatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | PayloadTooLargeError | ShareHeartbeat | ShareRateLimitedError | ShareSessionExpiredError | UnsupportedMediaTypeError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ShareHeartbeatRequest,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PayloadTooLargeError
    | ShareHeartbeat
    | ShareRateLimitedError
    | ShareSessionExpiredError
    | UnsupportedMediaTypeError
    | None
):
    """Keep a share session alive

     Extends the share session and its media token while a share page is open; call it
    every `heartbeatIntervalSeconds` of the bootstrap. Answers the new expiries and a
    `mediaToken` to use from now on (it may be the same one). A session that expired
    or whose share was deleted or expired answers `404 share_session_expired`: open the
    share's bootstrap again. Rate-limited per client address (`429 too_many_requests`
    with `Retry-After`).

    Args:
        body (ShareHeartbeatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | PayloadTooLargeError | ShareHeartbeat | ShareRateLimitedError | ShareSessionExpiredError | UnsupportedMediaTypeError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

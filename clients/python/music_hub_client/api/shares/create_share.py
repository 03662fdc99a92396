from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.not_found_error import NotFoundError
from ...models.payload_too_large_error import PayloadTooLargeError
from ...models.share import Share
from ...models.share_create import ShareCreate
from ...models.unauthorized_error import UnauthorizedError
from ...models.unsupported_media_type_error import UnsupportedMediaTypeError
from ...types import Response


def _get_kwargs(
    *,
    body: ShareCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/shares",
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
    | NotFoundError
    | PayloadTooLargeError
    | Share
    | UnauthorizedError
    | UnsupportedMediaTypeError
    | None
):
    if response.status_code == 201:
        response_201 = Share.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = NotFoundError.from_dict(response.json())

        return response_404

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
    | NotFoundError
    | PayloadTooLargeError
    | Share
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
    body: ShareCreate,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | PayloadTooLargeError
    | Share
    | UnauthorizedError
    | UnsupportedMediaTypeError
]:
    """Create a public share link for a playlist, album, artist or track

     Creates a share: anyone with its id can open the shared item through
    `GET /api/share/{kind}/{id}/bootstrap` (the share's `bootstrapPath`) and play it,
    and nothing else, without pairing. Without `expiresInHours` the share lasts until
    deleted. With `password`, opening it needs the password in `X-Share-Password` (it is
    kept only as an Argon2id hash and never shown again); `allowDownload` lets its
    visitors save files (`?download=1`); `maxSessions` bounds how many times it can be
    opened. The answer's `pageUrl` is the share page to send to people. An item that
    does not exist answers `404 not_found`.

    Args:
        body (ShareCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | PayloadTooLargeError | Share | UnauthorizedError | UnsupportedMediaTypeError]
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
    body: ShareCreate,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | PayloadTooLargeError
    | Share
    | UnauthorizedError
    | UnsupportedMediaTypeError
    | None
):
    """Create a public share link for a playlist, album, artist or track

     Creates a share: anyone with its id can open the shared item through
    `GET /api/share/{kind}/{id}/bootstrap` (the share's `bootstrapPath`) and play it,
    and nothing else, without pairing. Without `expiresInHours` the share lasts until
    deleted. With `password`, opening it needs the password in `X-Share-Password` (it is
    kept only as an Argon2id hash and never shown again); `allowDownload` lets its
    visitors save files (`?download=1`); `maxSessions` bounds how many times it can be
    opened. The answer's `pageUrl` is the share page to send to people. An item that
    does not exist answers `404 not_found`.

    Args:
        body (ShareCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | PayloadTooLargeError | Share | UnauthorizedError | UnsupportedMediaTypeError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ShareCreate,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | PayloadTooLargeError
    | Share
    | UnauthorizedError
    | UnsupportedMediaTypeError
]:
    """Create a public share link for a playlist, album, artist or track

     Creates a share: anyone with its id can open the shared item through
    `GET /api/share/{kind}/{id}/bootstrap` (the share's `bootstrapPath`) and play it,
    and nothing else, without pairing. Without `expiresInHours` the share lasts until
    deleted. With `password`, opening it needs the password in `X-Share-Password` (it is
    kept only as an Argon2id hash and never shown again); `allowDownload` lets its
    visitors save files (`?download=1`); `maxSessions` bounds how many times it can be
    opened. The answer's `pageUrl` is the share page to send to people. An item that
    does not exist answers `404 not_found`.

    Args:
        body (ShareCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | PayloadTooLargeError | Share | UnauthorizedError | UnsupportedMediaTypeError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ShareCreate,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | PayloadTooLargeError
    | Share
    | UnauthorizedError
    | UnsupportedMediaTypeError
    | None
):
    """Create a public share link for a playlist, album, artist or track

     Creates a share: anyone with its id can open the shared item through
    `GET /api/share/{kind}/{id}/bootstrap` (the share's `bootstrapPath`) and play it,
    and nothing else, without pairing. Without `expiresInHours` the share lasts until
    deleted. With `password`, opening it needs the password in `X-Share-Password` (it is
    kept only as an Argon2id hash and never shown again); `allowDownload` lets its
    visitors save files (`?download=1`); `maxSessions` bounds how many times it can be
    opened. The answer's `pageUrl` is the share page to send to people. An item that
    does not exist answers `404 not_found`.

    Args:
        body (ShareCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | PayloadTooLargeError | Share | UnauthorizedError | UnsupportedMediaTypeError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

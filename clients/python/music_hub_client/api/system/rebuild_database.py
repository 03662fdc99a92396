from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_healthy_error import DatabaseHealthyError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.internal_error_error import InternalErrorError
from ...models.payload_too_large_error import PayloadTooLargeError
from ...models.rebuild_request import RebuildRequest
from ...models.rebuild_result import RebuildResult
from ...models.unsupported_media_type_error import UnsupportedMediaTypeError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: RebuildRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/database/rebuild",
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
    | DatabaseHealthyError
    | DatabaseUnavailableError
    | ForbiddenError
    | InternalErrorError
    | PayloadTooLargeError
    | RebuildResult
    | UnsupportedMediaTypeError
    | None
):
    if response.status_code == 200:
        response_200 = RebuildResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ForbiddenError.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = DatabaseHealthyError.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = PayloadTooLargeError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = UnsupportedMediaTypeError.from_dict(response.json())

        return response_415

    if response.status_code == 500:
        response_500 = InternalErrorError.from_dict(response.json())

        return response_500

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
    | DatabaseHealthyError
    | DatabaseUnavailableError
    | ForbiddenError
    | InternalErrorError
    | PayloadTooLargeError
    | RebuildResult
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
    body: RebuildRequest | Unset = UNSET,
) -> Response[
    BadRequestError
    | DatabaseHealthyError
    | DatabaseUnavailableError
    | ForbiddenError
    | InternalErrorError
    | PayloadTooLargeError
    | RebuildResult
    | UnsupportedMediaTypeError
]:
    """Archive the database and start a fresh one

     Moves the database file and its `-wal`/`-shm` companions, byte for byte, into
    `<data-dir>/archive/<UTC timestamp>/`, creates and migrates a fresh database, copies
    the person's own data (playlists, saved items, playback session and history, paired
    devices and their tokens, search history, metadata overrides, shares) from the archive
    into it, and answers where the archive is and what was carried over (`carriedOver`).
    Nothing is ever deleted. On a healthy database it is
    refused with `409 database_healthy` unless the body is `{"force": true}`. A running
    scan is cancelled first; afterwards a full scan of the library folders starts by
    itself (trigger `rebuild`) and fills the fresh database with the same ids as before.

    Args:
        body (RebuildRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseHealthyError | DatabaseUnavailableError | ForbiddenError | InternalErrorError | PayloadTooLargeError | RebuildResult | UnsupportedMediaTypeError]
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
    body: RebuildRequest | Unset = UNSET,
) -> (
    BadRequestError
    | DatabaseHealthyError
    | DatabaseUnavailableError
    | ForbiddenError
    | InternalErrorError
    | PayloadTooLargeError
    | RebuildResult
    | UnsupportedMediaTypeError
    | None
):
    """Archive the database and start a fresh one

     Moves the database file and its `-wal`/`-shm` companions, byte for byte, into
    `<data-dir>/archive/<UTC timestamp>/`, creates and migrates a fresh database, copies
    the person's own data (playlists, saved items, playback session and history, paired
    devices and their tokens, search history, metadata overrides, shares) from the archive
    into it, and answers where the archive is and what was carried over (`carriedOver`).
    Nothing is ever deleted. On a healthy database it is
    refused with `409 database_healthy` unless the body is `{"force": true}`. A running
    scan is cancelled first; afterwards a full scan of the library folders starts by
    itself (trigger `rebuild`) and fills the fresh database with the same ids as before.

    Args:
        body (RebuildRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseHealthyError | DatabaseUnavailableError | ForbiddenError | InternalErrorError | PayloadTooLargeError | RebuildResult | UnsupportedMediaTypeError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RebuildRequest | Unset = UNSET,
) -> Response[
    BadRequestError
    | DatabaseHealthyError
    | DatabaseUnavailableError
    | ForbiddenError
    | InternalErrorError
    | PayloadTooLargeError
    | RebuildResult
    | UnsupportedMediaTypeError
]:
    """Archive the database and start a fresh one

     Moves the database file and its `-wal`/`-shm` companions, byte for byte, into
    `<data-dir>/archive/<UTC timestamp>/`, creates and migrates a fresh database, copies
    the person's own data (playlists, saved items, playback session and history, paired
    devices and their tokens, search history, metadata overrides, shares) from the archive
    into it, and answers where the archive is and what was carried over (`carriedOver`).
    Nothing is ever deleted. On a healthy database it is
    refused with `409 database_healthy` unless the body is `{"force": true}`. A running
    scan is cancelled first; afterwards a full scan of the library folders starts by
    itself (trigger `rebuild`) and fills the fresh database with the same ids as before.

    Args:
        body (RebuildRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseHealthyError | DatabaseUnavailableError | ForbiddenError | InternalErrorError | PayloadTooLargeError | RebuildResult | UnsupportedMediaTypeError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RebuildRequest | Unset = UNSET,
) -> (
    BadRequestError
    | DatabaseHealthyError
    | DatabaseUnavailableError
    | ForbiddenError
    | InternalErrorError
    | PayloadTooLargeError
    | RebuildResult
    | UnsupportedMediaTypeError
    | None
):
    """Archive the database and start a fresh one

     Moves the database file and its `-wal`/`-shm` companions, byte for byte, into
    `<data-dir>/archive/<UTC timestamp>/`, creates and migrates a fresh database, copies
    the person's own data (playlists, saved items, playback session and history, paired
    devices and their tokens, search history, metadata overrides, shares) from the archive
    into it, and answers where the archive is and what was carried over (`carriedOver`).
    Nothing is ever deleted. On a healthy database it is
    refused with `409 database_healthy` unless the body is `{"force": true}`. A running
    scan is cancelled first; afterwards a full scan of the library folders starts by
    itself (trigger `rebuild`) and fills the fresh database with the same ids as before.

    Args:
        body (RebuildRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseHealthyError | DatabaseUnavailableError | ForbiddenError | InternalErrorError | PayloadTooLargeError | RebuildResult | UnsupportedMediaTypeError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.scan_progress_event import ScanProgressEvent
from ...models.unauthorized_error import UnauthorizedError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/scan/progress",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DatabaseUnavailableError
    | ForbiddenError
    | ScanProgressEvent
    | UnauthorizedError
    | None
):
    if response.status_code == 200:
        response_200 = ScanProgressEvent.from_dict(response.text)

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedError.from_dict(response.json())

        return response_401

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
) -> Response[
    DatabaseUnavailableError | ForbiddenError | ScanProgressEvent | UnauthorizedError
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
) -> Response[
    DatabaseUnavailableError | ForbiddenError | ScanProgressEvent | UnauthorizedError
]:
    """Follow scan progress (Server-Sent Events)

     A Server-Sent Events stream of scan progress. On connect it sends the current state
    (phase `idle` when no scan runs), then events as the scan goes, at most a few per
    second: phase, files seen and processed out of the total, added/updated/removed,
    errors, rate, ETA and the file being read (relative to its root). Each message has
    `event: progress`, and the last one of a scan `event: completed` with phase
    `completed`, `cancelled` or `failed`; the stream then stays open for the next scan.
    Lines starting with `:` are keep-alive comments; ignore them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabaseUnavailableError | ForbiddenError | ScanProgressEvent | UnauthorizedError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> (
    DatabaseUnavailableError
    | ForbiddenError
    | ScanProgressEvent
    | UnauthorizedError
    | None
):
    """Follow scan progress (Server-Sent Events)

     A Server-Sent Events stream of scan progress. On connect it sends the current state
    (phase `idle` when no scan runs), then events as the scan goes, at most a few per
    second: phase, files seen and processed out of the total, added/updated/removed,
    errors, rate, ETA and the file being read (relative to its root). Each message has
    `event: progress`, and the last one of a scan `event: completed` with phase
    `completed`, `cancelled` or `failed`; the stream then stays open for the next scan.
    Lines starting with `:` are keep-alive comments; ignore them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabaseUnavailableError | ForbiddenError | ScanProgressEvent | UnauthorizedError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    DatabaseUnavailableError | ForbiddenError | ScanProgressEvent | UnauthorizedError
]:
    """Follow scan progress (Server-Sent Events)

     A Server-Sent Events stream of scan progress. On connect it sends the current state
    (phase `idle` when no scan runs), then events as the scan goes, at most a few per
    second: phase, files seen and processed out of the total, added/updated/removed,
    errors, rate, ETA and the file being read (relative to its root). Each message has
    `event: progress`, and the last one of a scan `event: completed` with phase
    `completed`, `cancelled` or `failed`; the stream then stays open for the next scan.
    Lines starting with `:` are keep-alive comments; ignore them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabaseUnavailableError | ForbiddenError | ScanProgressEvent | UnauthorizedError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    DatabaseUnavailableError
    | ForbiddenError
    | ScanProgressEvent
    | UnauthorizedError
    | None
):
    """Follow scan progress (Server-Sent Events)

     A Server-Sent Events stream of scan progress. On connect it sends the current state
    (phase `idle` when no scan runs), then events as the scan goes, at most a few per
    second: phase, files seen and processed out of the total, added/updated/removed,
    errors, rate, ETA and the file being read (relative to its root). Each message has
    `event: progress`, and the last one of a scan `event: completed` with phase
    `completed`, `cancelled` or `failed`; the stream then stays open for the next scan.
    Lines starting with `:` are keep-alive comments; ignore them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabaseUnavailableError | ForbiddenError | ScanProgressEvent | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.scan_status import ScanStatus
from ...models.unauthorized_error import UnauthorizedError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/scan/status",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatabaseUnavailableError | ForbiddenError | ScanStatus | UnauthorizedError | None:
    if response.status_code == 200:
        response_200 = ScanStatus.from_dict(response.json())

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
    DatabaseUnavailableError | ForbiddenError | ScanStatus | UnauthorizedError
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
    DatabaseUnavailableError | ForbiddenError | ScanStatus | UnauthorizedError
]:
    """Report the current or last scan

     Returns the running scan, or the last one when none runs (`state` is `idle` when the
    hub has never scanned). While running, `filesTotal` is the honest total counted
    before reading (absent during the `counting` phase), with `percent`, `rate` and
    `etaSeconds`. `errors` lists the first files that could not be read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabaseUnavailableError | ForbiddenError | ScanStatus | UnauthorizedError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> DatabaseUnavailableError | ForbiddenError | ScanStatus | UnauthorizedError | None:
    """Report the current or last scan

     Returns the running scan, or the last one when none runs (`state` is `idle` when the
    hub has never scanned). While running, `filesTotal` is the honest total counted
    before reading (absent during the `counting` phase), with `percent`, `rate` and
    `etaSeconds`. `errors` lists the first files that could not be read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabaseUnavailableError | ForbiddenError | ScanStatus | UnauthorizedError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    DatabaseUnavailableError | ForbiddenError | ScanStatus | UnauthorizedError
]:
    """Report the current or last scan

     Returns the running scan, or the last one when none runs (`state` is `idle` when the
    hub has never scanned). While running, `filesTotal` is the honest total counted
    before reading (absent during the `counting` phase), with `percent`, `rate` and
    `etaSeconds`. `errors` lists the first files that could not be read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabaseUnavailableError | ForbiddenError | ScanStatus | UnauthorizedError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> DatabaseUnavailableError | ForbiddenError | ScanStatus | UnauthorizedError | None:
    """Report the current or last scan

     Returns the running scan, or the last one when none runs (`state` is `idle` when the
    hub has never scanned). While running, `filesTotal` is the honest total counted
    before reading (absent during the `counting` phase), with `percent`, `rate` and
    `etaSeconds`. `errors` lists the first files that could not be read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabaseUnavailableError | ForbiddenError | ScanStatus | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed

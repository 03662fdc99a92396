from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.scan_not_running_error import ScanNotRunningError
from ...models.scan_status import ScanStatus
from ...models.unauthorized_error import UnauthorizedError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/scan/cancel",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DatabaseUnavailableError
    | ForbiddenError
    | ScanNotRunningError
    | ScanStatus
    | UnauthorizedError
    | None
):
    if response.status_code == 202:
        response_202 = ScanStatus.from_dict(response.json())

        return response_202

    if response.status_code == 401:
        response_401 = UnauthorizedError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenError.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ScanNotRunningError.from_dict(response.json())

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
    DatabaseUnavailableError
    | ForbiddenError
    | ScanNotRunningError
    | ScanStatus
    | UnauthorizedError
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
    DatabaseUnavailableError
    | ForbiddenError
    | ScanNotRunningError
    | ScanStatus
    | UnauthorizedError
]:
    """Cancel the running scan

     Asks the running scan to stop. What it already committed stays in the catalogue;
    the scan ends with state `cancelled` (its final progress event has phase
    `cancelled`). Answers the scan's status, in state `cancelling` or already
    `cancelled`. When no scan runs it answers `409 scan_not_running`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabaseUnavailableError | ForbiddenError | ScanNotRunningError | ScanStatus | UnauthorizedError]
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
    | ScanNotRunningError
    | ScanStatus
    | UnauthorizedError
    | None
):
    """Cancel the running scan

     Asks the running scan to stop. What it already committed stays in the catalogue;
    the scan ends with state `cancelled` (its final progress event has phase
    `cancelled`). Answers the scan's status, in state `cancelling` or already
    `cancelled`. When no scan runs it answers `409 scan_not_running`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabaseUnavailableError | ForbiddenError | ScanNotRunningError | ScanStatus | UnauthorizedError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    DatabaseUnavailableError
    | ForbiddenError
    | ScanNotRunningError
    | ScanStatus
    | UnauthorizedError
]:
    """Cancel the running scan

     Asks the running scan to stop. What it already committed stays in the catalogue;
    the scan ends with state `cancelled` (its final progress event has phase
    `cancelled`). Answers the scan's status, in state `cancelling` or already
    `cancelled`. When no scan runs it answers `409 scan_not_running`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabaseUnavailableError | ForbiddenError | ScanNotRunningError | ScanStatus | UnauthorizedError]
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
    | ScanNotRunningError
    | ScanStatus
    | UnauthorizedError
    | None
):
    """Cancel the running scan

     Asks the running scan to stop. What it already committed stays in the catalogue;
    the scan ends with state `cancelled` (its final progress event has phase
    `cancelled`). Answers the scan's status, in state `cancelling` or already
    `cancelled`. When no scan runs it answers `409 scan_not_running`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabaseUnavailableError | ForbiddenError | ScanNotRunningError | ScanStatus | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed

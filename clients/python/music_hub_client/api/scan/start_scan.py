from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.payload_too_large_error import PayloadTooLargeError
from ...models.scan_in_progress_error import ScanInProgressError
from ...models.scan_request import ScanRequest
from ...models.scan_status import ScanStatus
from ...models.unauthorized_error import UnauthorizedError
from ...models.unsupported_media_type_error import UnsupportedMediaTypeError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ScanRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/scan",
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
    | PayloadTooLargeError
    | ScanInProgressError
    | ScanStatus
    | UnauthorizedError
    | UnsupportedMediaTypeError
    | None
):
    if response.status_code == 202:
        response_202 = ScanStatus.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = BadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenError.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ScanInProgressError.from_dict(response.json())

        return response_409

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
    | ScanInProgressError
    | ScanStatus
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
    body: ScanRequest | Unset = UNSET,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PayloadTooLargeError
    | ScanInProgressError
    | ScanStatus
    | UnauthorizedError
    | UnsupportedMediaTypeError
]:
    """Start a scan of the music folders

     Starts scanning the library roots in the background and answers at once with the
    new scan's status. An incremental scan (the default) skips files whose size and
    modification time did not change and picks up added, changed, moved and deleted
    files; `{"full": true}` re-reads every file. Files that cannot be read are counted
    as errors and never stop the scan. Follow it with `GET /api/scan/progress`. While a
    scan runs, another start answers `409 scan_in_progress`.

    Args:
        body (ScanRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | PayloadTooLargeError | ScanInProgressError | ScanStatus | UnauthorizedError | UnsupportedMediaTypeError]
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
    body: ScanRequest | Unset = UNSET,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PayloadTooLargeError
    | ScanInProgressError
    | ScanStatus
    | UnauthorizedError
    | UnsupportedMediaTypeError
    | None
):
    """Start a scan of the music folders

     Starts scanning the library roots in the background and answers at once with the
    new scan's status. An incremental scan (the default) skips files whose size and
    modification time did not change and picks up added, changed, moved and deleted
    files; `{"full": true}` re-reads every file. Files that cannot be read are counted
    as errors and never stop the scan. Follow it with `GET /api/scan/progress`. While a
    scan runs, another start answers `409 scan_in_progress`.

    Args:
        body (ScanRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | PayloadTooLargeError | ScanInProgressError | ScanStatus | UnauthorizedError | UnsupportedMediaTypeError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ScanRequest | Unset = UNSET,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PayloadTooLargeError
    | ScanInProgressError
    | ScanStatus
    | UnauthorizedError
    | UnsupportedMediaTypeError
]:
    """Start a scan of the music folders

     Starts scanning the library roots in the background and answers at once with the
    new scan's status. An incremental scan (the default) skips files whose size and
    modification time did not change and picks up added, changed, moved and deleted
    files; `{"full": true}` re-reads every file. Files that cannot be read are counted
    as errors and never stop the scan. Follow it with `GET /api/scan/progress`. While a
    scan runs, another start answers `409 scan_in_progress`.

    Args:
        body (ScanRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | PayloadTooLargeError | ScanInProgressError | ScanStatus | UnauthorizedError | UnsupportedMediaTypeError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ScanRequest | Unset = UNSET,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | PayloadTooLargeError
    | ScanInProgressError
    | ScanStatus
    | UnauthorizedError
    | UnsupportedMediaTypeError
    | None
):
    """Start a scan of the music folders

     Starts scanning the library roots in the background and answers at once with the
    new scan's status. An incremental scan (the default) skips files whose size and
    modification time did not change and picks up added, changed, moved and deleted
    files; `{"full": true}` re-reads every file. Files that cannot be read are counted
    as errors and never stop the scan. Follow it with `GET /api/scan/progress`. While a
    scan runs, another start answers `409 scan_in_progress`.

    Args:
        body (ScanRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | PayloadTooLargeError | ScanInProgressError | ScanStatus | UnauthorizedError | UnsupportedMediaTypeError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.metadata_batch_request import MetadataBatchRequest
from ...models.metadata_batch_result import MetadataBatchResult
from ...models.payload_too_large_error import PayloadTooLargeError
from ...models.unauthorized_error import UnauthorizedError
from ...models.unknown_track_error import UnknownTrackError
from ...models.unsupported_media_type_error import UnsupportedMediaTypeError
from ...types import Response


def _get_kwargs(
    *,
    body: MetadataBatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/metadata/overrides",
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
    | MetadataBatchResult
    | PayloadTooLargeError
    | UnauthorizedError
    | UnknownTrackError
    | UnsupportedMediaTypeError
    | None
):
    if response.status_code == 200:
        response_200 = MetadataBatchResult.from_dict(response.json())

        return response_200

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

    if response.status_code == 422:
        response_422 = UnknownTrackError.from_dict(response.json())

        return response_422

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
    | MetadataBatchResult
    | PayloadTooLargeError
    | UnauthorizedError
    | UnknownTrackError
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
    body: MetadataBatchRequest,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | MetadataBatchResult
    | PayloadTooLargeError
    | UnauthorizedError
    | UnknownTrackError
    | UnsupportedMediaTypeError
]:
    """Set the same overrides on many tracks

     Sets the fields present in `set` as overrides on every track of `trackIds` (up
    to 5,000, for example all the tracks of an album), keeping their other overrides,
    in one transaction: all or nothing. The values are validated as for
    `PUT /api/tracks/{id}/metadata/overrides` (`400 invalid_body`, naming the field
    in `details.parameter`, and the track in the message for a rule that depends on
    a track's other values), and so does a `set` without any field; a track id not
    in the library answers `422 unknown_track`; either way nothing changes. One
    `metadataUpdated` event names every track.

    Args:
        body (MetadataBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | MetadataBatchResult | PayloadTooLargeError | UnauthorizedError | UnknownTrackError | UnsupportedMediaTypeError]
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
    body: MetadataBatchRequest,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | MetadataBatchResult
    | PayloadTooLargeError
    | UnauthorizedError
    | UnknownTrackError
    | UnsupportedMediaTypeError
    | None
):
    """Set the same overrides on many tracks

     Sets the fields present in `set` as overrides on every track of `trackIds` (up
    to 5,000, for example all the tracks of an album), keeping their other overrides,
    in one transaction: all or nothing. The values are validated as for
    `PUT /api/tracks/{id}/metadata/overrides` (`400 invalid_body`, naming the field
    in `details.parameter`, and the track in the message for a rule that depends on
    a track's other values), and so does a `set` without any field; a track id not
    in the library answers `422 unknown_track`; either way nothing changes. One
    `metadataUpdated` event names every track.

    Args:
        body (MetadataBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | MetadataBatchResult | PayloadTooLargeError | UnauthorizedError | UnknownTrackError | UnsupportedMediaTypeError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MetadataBatchRequest,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | MetadataBatchResult
    | PayloadTooLargeError
    | UnauthorizedError
    | UnknownTrackError
    | UnsupportedMediaTypeError
]:
    """Set the same overrides on many tracks

     Sets the fields present in `set` as overrides on every track of `trackIds` (up
    to 5,000, for example all the tracks of an album), keeping their other overrides,
    in one transaction: all or nothing. The values are validated as for
    `PUT /api/tracks/{id}/metadata/overrides` (`400 invalid_body`, naming the field
    in `details.parameter`, and the track in the message for a rule that depends on
    a track's other values), and so does a `set` without any field; a track id not
    in the library answers `422 unknown_track`; either way nothing changes. One
    `metadataUpdated` event names every track.

    Args:
        body (MetadataBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | MetadataBatchResult | PayloadTooLargeError | UnauthorizedError | UnknownTrackError | UnsupportedMediaTypeError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MetadataBatchRequest,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | MetadataBatchResult
    | PayloadTooLargeError
    | UnauthorizedError
    | UnknownTrackError
    | UnsupportedMediaTypeError
    | None
):
    """Set the same overrides on many tracks

     Sets the fields present in `set` as overrides on every track of `trackIds` (up
    to 5,000, for example all the tracks of an album), keeping their other overrides,
    in one transaction: all or nothing. The values are validated as for
    `PUT /api/tracks/{id}/metadata/overrides` (`400 invalid_body`, naming the field
    in `details.parameter`, and the track in the message for a rule that depends on
    a track's other values), and so does a `set` without any field; a track id not
    in the library answers `422 unknown_track`; either way nothing changes. One
    `metadataUpdated` event names every track.

    Args:
        body (MetadataBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | MetadataBatchResult | PayloadTooLargeError | UnauthorizedError | UnknownTrackError | UnsupportedMediaTypeError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

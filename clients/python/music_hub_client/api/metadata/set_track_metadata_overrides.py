from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.not_found_error import NotFoundError
from ...models.payload_too_large_error import PayloadTooLargeError
from ...models.tag_values import TagValues
from ...models.track_metadata import TrackMetadata
from ...models.unauthorized_error import UnauthorizedError
from ...models.unsupported_media_type_error import UnsupportedMediaTypeError
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: TagValues,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/tracks/{id}/metadata/overrides".format(
            id=quote(str(id), safe=""),
        ),
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
    | TrackMetadata
    | UnauthorizedError
    | UnsupportedMediaTypeError
    | None
):
    if response.status_code == 200:
        response_200 = TrackMetadata.from_dict(response.json())

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
    | TrackMetadata
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
    id: str,
    *,
    client: AuthenticatedClient,
    body: TagValues,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | PayloadTooLargeError
    | TrackMetadata
    | UnauthorizedError
    | UnsupportedMediaTypeError
]:
    """Set a track's metadata overrides

     Replaces the track's overrides with the fields present in the body: each one wins
    over the file's tag (an empty list or string overrides with "empty"); fields absent
    are not overridden. Overrides are kept in the hub's database and survive rescans;
    the audio file is never written. The track's album and artist grouping follows the
    effective values (the track moves to another album when its album or album artist
    changes). Strings are stored trimmed; a value with a control character, an empty
    name in a list, or a track (disc) number above the total when both are set in the
    effective values answers `400 invalid_body` with `details.parameter` naming the
    field, and so do unknown fields. Answers the track's metadata once the catalogue
    shows the change (the hub reads the track's file again, after any scan running
    now; that re-read is a scan of that one file, trigger `api`). When a scan that is
    running does not end within 5 seconds, the call answers without waiting for it: the
    override is stored and shown here at once, and the catalogue follows right after
    that scan. An unknown id answers `404 not_found`. Each change publishes `metadataUpdated`,
    `trackUpdated`,
    and the album and artist events of the groups whose contents changed.

    Args:
        id (str):
        body (TagValues): Metadata values; an absent field is not set (in overrides, not
            overridden).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | PayloadTooLargeError | TrackMetadata | UnauthorizedError | UnsupportedMediaTypeError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: TagValues,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | PayloadTooLargeError
    | TrackMetadata
    | UnauthorizedError
    | UnsupportedMediaTypeError
    | None
):
    """Set a track's metadata overrides

     Replaces the track's overrides with the fields present in the body: each one wins
    over the file's tag (an empty list or string overrides with "empty"); fields absent
    are not overridden. Overrides are kept in the hub's database and survive rescans;
    the audio file is never written. The track's album and artist grouping follows the
    effective values (the track moves to another album when its album or album artist
    changes). Strings are stored trimmed; a value with a control character, an empty
    name in a list, or a track (disc) number above the total when both are set in the
    effective values answers `400 invalid_body` with `details.parameter` naming the
    field, and so do unknown fields. Answers the track's metadata once the catalogue
    shows the change (the hub reads the track's file again, after any scan running
    now; that re-read is a scan of that one file, trigger `api`). When a scan that is
    running does not end within 5 seconds, the call answers without waiting for it: the
    override is stored and shown here at once, and the catalogue follows right after
    that scan. An unknown id answers `404 not_found`. Each change publishes `metadataUpdated`,
    `trackUpdated`,
    and the album and artist events of the groups whose contents changed.

    Args:
        id (str):
        body (TagValues): Metadata values; an absent field is not set (in overrides, not
            overridden).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | PayloadTooLargeError | TrackMetadata | UnauthorizedError | UnsupportedMediaTypeError
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: TagValues,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | PayloadTooLargeError
    | TrackMetadata
    | UnauthorizedError
    | UnsupportedMediaTypeError
]:
    """Set a track's metadata overrides

     Replaces the track's overrides with the fields present in the body: each one wins
    over the file's tag (an empty list or string overrides with "empty"); fields absent
    are not overridden. Overrides are kept in the hub's database and survive rescans;
    the audio file is never written. The track's album and artist grouping follows the
    effective values (the track moves to another album when its album or album artist
    changes). Strings are stored trimmed; a value with a control character, an empty
    name in a list, or a track (disc) number above the total when both are set in the
    effective values answers `400 invalid_body` with `details.parameter` naming the
    field, and so do unknown fields. Answers the track's metadata once the catalogue
    shows the change (the hub reads the track's file again, after any scan running
    now; that re-read is a scan of that one file, trigger `api`). When a scan that is
    running does not end within 5 seconds, the call answers without waiting for it: the
    override is stored and shown here at once, and the catalogue follows right after
    that scan. An unknown id answers `404 not_found`. Each change publishes `metadataUpdated`,
    `trackUpdated`,
    and the album and artist events of the groups whose contents changed.

    Args:
        id (str):
        body (TagValues): Metadata values; an absent field is not set (in overrides, not
            overridden).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | PayloadTooLargeError | TrackMetadata | UnauthorizedError | UnsupportedMediaTypeError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: TagValues,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | PayloadTooLargeError
    | TrackMetadata
    | UnauthorizedError
    | UnsupportedMediaTypeError
    | None
):
    """Set a track's metadata overrides

     Replaces the track's overrides with the fields present in the body: each one wins
    over the file's tag (an empty list or string overrides with "empty"); fields absent
    are not overridden. Overrides are kept in the hub's database and survive rescans;
    the audio file is never written. The track's album and artist grouping follows the
    effective values (the track moves to another album when its album or album artist
    changes). Strings are stored trimmed; a value with a control character, an empty
    name in a list, or a track (disc) number above the total when both are set in the
    effective values answers `400 invalid_body` with `details.parameter` naming the
    field, and so do unknown fields. Answers the track's metadata once the catalogue
    shows the change (the hub reads the track's file again, after any scan running
    now; that re-read is a scan of that one file, trigger `api`). When a scan that is
    running does not end within 5 seconds, the call answers without waiting for it: the
    override is stored and shown here at once, and the catalogue follows right after
    that scan. An unknown id answers `404 not_found`. Each change publishes `metadataUpdated`,
    `trackUpdated`,
    and the album and artist events of the groups whose contents changed.

    Args:
        id (str):
        body (TagValues): Metadata values; an absent field is not set (in overrides, not
            overridden).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | PayloadTooLargeError | TrackMetadata | UnauthorizedError | UnsupportedMediaTypeError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed

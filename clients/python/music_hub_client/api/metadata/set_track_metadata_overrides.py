from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.tag_values import TagValues
from ...models.track_metadata import TrackMetadata
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
) -> ApiError | TrackMetadata | None:
    if response.status_code == 200:
        response_200 = TrackMetadata.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = ApiError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ApiError.from_dict(response.json())

        return response_415

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | TrackMetadata]:
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
) -> Response[ApiError | TrackMetadata]:
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
        Response[ApiError | TrackMetadata]
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
) -> ApiError | TrackMetadata | None:
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
        ApiError | TrackMetadata
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
) -> Response[ApiError | TrackMetadata]:
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
        Response[ApiError | TrackMetadata]
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
) -> ApiError | TrackMetadata | None:
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
        ApiError | TrackMetadata
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed

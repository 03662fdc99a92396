from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.playlist import Playlist
from ...models.playlist_update import PlaylistUpdate
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: PlaylistUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/playlists/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | Playlist | None:
    if response.status_code == 200:
        response_200 = Playlist.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ApiError.from_dict(response.json())

        return response_409

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
) -> Response[ApiError | Playlist]:
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
    body: PlaylistUpdate,
) -> Response[ApiError | Playlist]:
    """Rename a playlist or change its description

     Changes the fields present in the body and leaves the others as they are (an empty
    `description` clears it; spaces around the name are dropped, and a name of only
    spaces answers `400 invalid_body`). Answers the playlist. An unknown id answers
    `404 not_found`. Change the entries with the `/tracks` and `/order` routes.
    `GET /api/library/events` sends `playlistUpdated` (a body with neither field changes
    nothing and sends nothing).
    A playlist that follows a playlist file in the library folders (`readOnly`)
    answers `409 playlist_read_only` and nothing changes.

    Args:
        id (str):
        body (PlaylistUpdate): The fields to change; absent fields are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Playlist]
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
    body: PlaylistUpdate,
) -> ApiError | Playlist | None:
    """Rename a playlist or change its description

     Changes the fields present in the body and leaves the others as they are (an empty
    `description` clears it; spaces around the name are dropped, and a name of only
    spaces answers `400 invalid_body`). Answers the playlist. An unknown id answers
    `404 not_found`. Change the entries with the `/tracks` and `/order` routes.
    `GET /api/library/events` sends `playlistUpdated` (a body with neither field changes
    nothing and sends nothing).
    A playlist that follows a playlist file in the library folders (`readOnly`)
    answers `409 playlist_read_only` and nothing changes.

    Args:
        id (str):
        body (PlaylistUpdate): The fields to change; absent fields are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Playlist
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
    body: PlaylistUpdate,
) -> Response[ApiError | Playlist]:
    """Rename a playlist or change its description

     Changes the fields present in the body and leaves the others as they are (an empty
    `description` clears it; spaces around the name are dropped, and a name of only
    spaces answers `400 invalid_body`). Answers the playlist. An unknown id answers
    `404 not_found`. Change the entries with the `/tracks` and `/order` routes.
    `GET /api/library/events` sends `playlistUpdated` (a body with neither field changes
    nothing and sends nothing).
    A playlist that follows a playlist file in the library folders (`readOnly`)
    answers `409 playlist_read_only` and nothing changes.

    Args:
        id (str):
        body (PlaylistUpdate): The fields to change; absent fields are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Playlist]
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
    body: PlaylistUpdate,
) -> ApiError | Playlist | None:
    """Rename a playlist or change its description

     Changes the fields present in the body and leaves the others as they are (an empty
    `description` clears it; spaces around the name are dropped, and a name of only
    spaces answers `400 invalid_body`). Answers the playlist. An unknown id answers
    `404 not_found`. Change the entries with the `/tracks` and `/order` routes.
    `GET /api/library/events` sends `playlistUpdated` (a body with neither field changes
    nothing and sends nothing).
    A playlist that follows a playlist file in the library folders (`readOnly`)
    answers `409 playlist_read_only` and nothing changes.

    Args:
        id (str):
        body (PlaylistUpdate): The fields to change; absent fields are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Playlist
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed

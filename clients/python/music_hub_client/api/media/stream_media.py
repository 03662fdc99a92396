from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    track_id: str,
    *,
    range_: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(range_, Unset):
        headers["Range"] = range_

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/media/stream/{track_id}".format(
            track_id=quote(str(track_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 206:
        response_206 = File(payload=BytesIO(response.content))

        return response_206

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

    if response.status_code == 416:
        response_416 = ApiError.from_dict(response.json())

        return response_416

    if response.status_code == 501:
        response_501 = ApiError.from_dict(response.json())

        return response_501

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    track_id: str,
    *,
    client: AuthenticatedClient,
    range_: str | Unset = UNSET,
) -> Response[ApiError | File]:
    """Stream a track's audio file (HTTP Range)

     Sends the track's audio file as it is on disk, with its real `Content-Type` (for
    example `audio/flac`, `audio/mpeg`, `audio/mp4`). Supports `Range: bytes=...` for
    seeking: a satisfiable range answers `206` with `Content-Range`, an unsatisfiable
    one `416 range_not_satisfiable`. Authenticate with a bearer token, or with
    `?mediaToken=` from `POST /api/media/session` or a share bootstrap (a share's token
    only streams the shared tracks; others answer `403 forbidden`). An unknown track,
    or one whose file is gone, answers `404 not_found`.

    Args:
        track_id (str):
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | File]
    """

    kwargs = _get_kwargs(
        track_id=track_id,
        range_=range_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    track_id: str,
    *,
    client: AuthenticatedClient,
    range_: str | Unset = UNSET,
) -> ApiError | File | None:
    """Stream a track's audio file (HTTP Range)

     Sends the track's audio file as it is on disk, with its real `Content-Type` (for
    example `audio/flac`, `audio/mpeg`, `audio/mp4`). Supports `Range: bytes=...` for
    seeking: a satisfiable range answers `206` with `Content-Range`, an unsatisfiable
    one `416 range_not_satisfiable`. Authenticate with a bearer token, or with
    `?mediaToken=` from `POST /api/media/session` or a share bootstrap (a share's token
    only streams the shared tracks; others answer `403 forbidden`). An unknown track,
    or one whose file is gone, answers `404 not_found`.

    Args:
        track_id (str):
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | File
    """

    return sync_detailed(
        track_id=track_id,
        client=client,
        range_=range_,
    ).parsed


async def asyncio_detailed(
    track_id: str,
    *,
    client: AuthenticatedClient,
    range_: str | Unset = UNSET,
) -> Response[ApiError | File]:
    """Stream a track's audio file (HTTP Range)

     Sends the track's audio file as it is on disk, with its real `Content-Type` (for
    example `audio/flac`, `audio/mpeg`, `audio/mp4`). Supports `Range: bytes=...` for
    seeking: a satisfiable range answers `206` with `Content-Range`, an unsatisfiable
    one `416 range_not_satisfiable`. Authenticate with a bearer token, or with
    `?mediaToken=` from `POST /api/media/session` or a share bootstrap (a share's token
    only streams the shared tracks; others answer `403 forbidden`). An unknown track,
    or one whose file is gone, answers `404 not_found`.

    Args:
        track_id (str):
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | File]
    """

    kwargs = _get_kwargs(
        track_id=track_id,
        range_=range_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    track_id: str,
    *,
    client: AuthenticatedClient,
    range_: str | Unset = UNSET,
) -> ApiError | File | None:
    """Stream a track's audio file (HTTP Range)

     Sends the track's audio file as it is on disk, with its real `Content-Type` (for
    example `audio/flac`, `audio/mpeg`, `audio/mp4`). Supports `Range: bytes=...` for
    seeking: a satisfiable range answers `206` with `Content-Range`, an unsatisfiable
    one `416 range_not_satisfiable`. Authenticate with a bearer token, or with
    `?mediaToken=` from `POST /api/media/session` or a share bootstrap (a share's token
    only streams the shared tracks; others answer `403 forbidden`). An unknown track,
    or one whose file is gone, answers `404 not_found`.

    Args:
        track_id (str):
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | File
    """

    return (
        await asyncio_detailed(
            track_id=track_id,
            client=client,
            range_=range_,
        )
    ).parsed

from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.not_found_error import NotFoundError
from ...models.unauthorized_error import UnauthorizedError
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    id: str,
    *,
    size: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/media/artwork/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | BadRequestError
    | DatabaseUnavailableError
    | File
    | ForbiddenError
    | NotFoundError
    | UnauthorizedError
    | None
):
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
    Any
    | BadRequestError
    | DatabaseUnavailableError
    | File
    | ForbiddenError
    | NotFoundError
    | UnauthorizedError
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
    size: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[
    Any
    | BadRequestError
    | DatabaseUnavailableError
    | File
    | ForbiddenError
    | NotFoundError
    | UnauthorizedError
]:
    """Get an artwork image

     Sends the image with this id (the `artworkId` of a track, album, artist or
    playlist), embedded or from the folder (`cover.jpg`, `folder.jpg`...), with its real
    `Content-Type` (usually `image/jpeg` or `image/png`). With `size`, the image is
    scaled down to fit a `size`×`size` square (never up); without it, the original is
    sent. Authenticate with a bearer token or `?mediaToken=`. An unknown id answers
    `404 not_found`, and so does an embedded picture that cannot be decoded (it is
    treated as absent). Ids are derived from the image's content, so a changed cover
    gets a new id: answers carry `ETag` and `Cache-Control: private, max-age=31536000,
    immutable`, and `If-None-Match` answers `304`.

    Args:
        id (str):
        size (int | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestError | DatabaseUnavailableError | File | ForbiddenError | NotFoundError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        id=id,
        size=size,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    size: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> (
    Any
    | BadRequestError
    | DatabaseUnavailableError
    | File
    | ForbiddenError
    | NotFoundError
    | UnauthorizedError
    | None
):
    """Get an artwork image

     Sends the image with this id (the `artworkId` of a track, album, artist or
    playlist), embedded or from the folder (`cover.jpg`, `folder.jpg`...), with its real
    `Content-Type` (usually `image/jpeg` or `image/png`). With `size`, the image is
    scaled down to fit a `size`×`size` square (never up); without it, the original is
    sent. Authenticate with a bearer token or `?mediaToken=`. An unknown id answers
    `404 not_found`, and so does an embedded picture that cannot be decoded (it is
    treated as absent). Ids are derived from the image's content, so a changed cover
    gets a new id: answers carry `ETag` and `Cache-Control: private, max-age=31536000,
    immutable`, and `If-None-Match` answers `304`.

    Args:
        id (str):
        size (int | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestError | DatabaseUnavailableError | File | ForbiddenError | NotFoundError | UnauthorizedError
    """

    return sync_detailed(
        id=id,
        client=client,
        size=size,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    size: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[
    Any
    | BadRequestError
    | DatabaseUnavailableError
    | File
    | ForbiddenError
    | NotFoundError
    | UnauthorizedError
]:
    """Get an artwork image

     Sends the image with this id (the `artworkId` of a track, album, artist or
    playlist), embedded or from the folder (`cover.jpg`, `folder.jpg`...), with its real
    `Content-Type` (usually `image/jpeg` or `image/png`). With `size`, the image is
    scaled down to fit a `size`×`size` square (never up); without it, the original is
    sent. Authenticate with a bearer token or `?mediaToken=`. An unknown id answers
    `404 not_found`, and so does an embedded picture that cannot be decoded (it is
    treated as absent). Ids are derived from the image's content, so a changed cover
    gets a new id: answers carry `ETag` and `Cache-Control: private, max-age=31536000,
    immutable`, and `If-None-Match` answers `304`.

    Args:
        id (str):
        size (int | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequestError | DatabaseUnavailableError | File | ForbiddenError | NotFoundError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        id=id,
        size=size,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    size: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> (
    Any
    | BadRequestError
    | DatabaseUnavailableError
    | File
    | ForbiddenError
    | NotFoundError
    | UnauthorizedError
    | None
):
    """Get an artwork image

     Sends the image with this id (the `artworkId` of a track, album, artist or
    playlist), embedded or from the folder (`cover.jpg`, `folder.jpg`...), with its real
    `Content-Type` (usually `image/jpeg` or `image/png`). With `size`, the image is
    scaled down to fit a `size`×`size` square (never up); without it, the original is
    sent. Authenticate with a bearer token or `?mediaToken=`. An unknown id answers
    `404 not_found`, and so does an embedded picture that cannot be decoded (it is
    treated as absent). Ids are derived from the image's content, so a changed cover
    gets a new id: answers carry `ETag` and `Cache-Control: private, max-age=31536000,
    immutable`, and `If-None-Match` answers `304`.

    Args:
        id (str):
        size (int | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequestError | DatabaseUnavailableError | File | ForbiddenError | NotFoundError | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            size=size,
            if_none_match=if_none_match,
        )
    ).parsed

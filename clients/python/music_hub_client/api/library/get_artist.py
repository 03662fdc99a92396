from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.artist_detail import ArtistDetail
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.not_found_error import NotFoundError
from ...models.unauthorized_error import UnauthorizedError
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/artist/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ArtistDetail
    | BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | UnauthorizedError
    | None
):
    if response.status_code == 200:
        response_200 = ArtistDetail.from_dict(response.json())

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
    ArtistDetail
    | BadRequestError
    | DatabaseUnavailableError
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
) -> Response[
    ArtistDetail
    | BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | UnauthorizedError
]:
    """Get one artist with albums, appearances and top tracks

     Returns the artist, their own albums (where they are the album artist, newest
    first), their appearances (albums of others, compilations included, on which they
    play at least one track) and their top tracks (by play count, at most 20). An
    unknown id answers `404 not_found`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArtistDetail | BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> (
    ArtistDetail
    | BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | UnauthorizedError
    | None
):
    """Get one artist with albums, appearances and top tracks

     Returns the artist, their own albums (where they are the album artist, newest
    first), their appearances (albums of others, compilations included, on which they
    play at least one track) and their top tracks (by play count, at most 20). An
    unknown id answers `404 not_found`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArtistDetail | BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | UnauthorizedError
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    ArtistDetail
    | BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | UnauthorizedError
]:
    """Get one artist with albums, appearances and top tracks

     Returns the artist, their own albums (where they are the album artist, newest
    first), their appearances (albums of others, compilations included, on which they
    play at least one track) and their top tracks (by play count, at most 20). An
    unknown id answers `404 not_found`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArtistDetail | BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> (
    ArtistDetail
    | BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | UnauthorizedError
    | None
):
    """Get one artist with albums, appearances and top tracks

     Returns the artist, their own albums (where they are the album artist, newest
    first), their appearances (albums of others, compilations included, on which they
    play at least one track) and their top tracks (by play count, at most 20). An
    unknown id answers `404 not_found`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArtistDetail | BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.library_filters import LibraryFilters
from ...models.unauthorized_error import UnauthorizedError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/library/filters",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DatabaseUnavailableError
    | ForbiddenError
    | LibraryFilters
    | UnauthorizedError
    | None
):
    if response.status_code == 200:
        response_200 = LibraryFilters.from_dict(response.json())

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
    DatabaseUnavailableError | ForbiddenError | LibraryFilters | UnauthorizedError
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
    DatabaseUnavailableError | ForbiddenError | LibraryFilters | UnauthorizedError
]:
    """List the facets to filter the catalogue by, with counts

     Returns the values the catalogue can be filtered by, each with its number of
    tracks: genres, years, decades, formats and artists (most tracks first). Pass a
    value back as the matching filter of `GET /api/tracks` (`genre`, `yearFrom`/`yearTo`,
    `format`, `artistId`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabaseUnavailableError | ForbiddenError | LibraryFilters | UnauthorizedError]
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
    | LibraryFilters
    | UnauthorizedError
    | None
):
    """List the facets to filter the catalogue by, with counts

     Returns the values the catalogue can be filtered by, each with its number of
    tracks: genres, years, decades, formats and artists (most tracks first). Pass a
    value back as the matching filter of `GET /api/tracks` (`genre`, `yearFrom`/`yearTo`,
    `format`, `artistId`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabaseUnavailableError | ForbiddenError | LibraryFilters | UnauthorizedError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    DatabaseUnavailableError | ForbiddenError | LibraryFilters | UnauthorizedError
]:
    """List the facets to filter the catalogue by, with counts

     Returns the values the catalogue can be filtered by, each with its number of
    tracks: genres, years, decades, formats and artists (most tracks first). Pass a
    value back as the matching filter of `GET /api/tracks` (`genre`, `yearFrom`/`yearTo`,
    `format`, `artistId`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabaseUnavailableError | ForbiddenError | LibraryFilters | UnauthorizedError]
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
    | LibraryFilters
    | UnauthorizedError
    | None
):
    """List the facets to filter the catalogue by, with counts

     Returns the values the catalogue can be filtered by, each with its number of
    tracks: genres, years, decades, formats and artists (most tracks first). Pass a
    value back as the matching filter of `GET /api/tracks` (`genre`, `yearFrom`/`yearTo`,
    `format`, `artistId`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabaseUnavailableError | ForbiddenError | LibraryFilters | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed

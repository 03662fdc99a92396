from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.search_results import SearchResults
from ...models.search_type import SearchType
from ...models.unauthorized_error import UnauthorizedError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str,
    types: list[SearchType] | Unset = UNSET,
    limit: int | Unset = 10,
    record: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = []
        for types_item_data in types:
            types_item = types_item_data.value
            json_types.append(types_item)

    params["types"] = json_types

    params["limit"] = limit

    params["record"] = record

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | SearchResults
    | UnauthorizedError
    | None
):
    if response.status_code == 200:
        response_200 = SearchResults.from_dict(response.json())

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
    | SearchResults
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
    q: str,
    types: list[SearchType] | Unset = UNSET,
    limit: int | Unset = 10,
    record: bool | Unset = True,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | SearchResults
    | UnauthorizedError
]:
    """Search tracks, albums, artists and playlists

     Full-text search as the user types: prefix matching, case- and
    diacritics-insensitive ("beyonce" finds "Beyoncé"), ranked with exact title matches
    first. A single word of up to three letters matches the start of names (when fewer
    than three names start with it, words anywhere). When the exact search finds little, near misses are
    added ("metalica" finds
    "Metallica"), ranked below exact hits, and `approximate` is true. `q` is always
    plain text: quotes, operators and `*` are searched for, never interpreted. Results
    are grouped by type, at most `limit` per type. The query is recorded in the
    caller's search history unless `record` is false (pass false while the user is
    still typing).

    Args:
        q (str):
        types (list[SearchType] | Unset):
        limit (int | Unset):  Default: 10.
        record (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | SearchResults | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        q=q,
        types=types,
        limit=limit,
        record=record,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    q: str,
    types: list[SearchType] | Unset = UNSET,
    limit: int | Unset = 10,
    record: bool | Unset = True,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | SearchResults
    | UnauthorizedError
    | None
):
    """Search tracks, albums, artists and playlists

     Full-text search as the user types: prefix matching, case- and
    diacritics-insensitive ("beyonce" finds "Beyoncé"), ranked with exact title matches
    first. A single word of up to three letters matches the start of names (when fewer
    than three names start with it, words anywhere). When the exact search finds little, near misses are
    added ("metalica" finds
    "Metallica"), ranked below exact hits, and `approximate` is true. `q` is always
    plain text: quotes, operators and `*` are searched for, never interpreted. Results
    are grouped by type, at most `limit` per type. The query is recorded in the
    caller's search history unless `record` is false (pass false while the user is
    still typing).

    Args:
        q (str):
        types (list[SearchType] | Unset):
        limit (int | Unset):  Default: 10.
        record (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | SearchResults | UnauthorizedError
    """

    return sync_detailed(
        client=client,
        q=q,
        types=types,
        limit=limit,
        record=record,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str,
    types: list[SearchType] | Unset = UNSET,
    limit: int | Unset = 10,
    record: bool | Unset = True,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | SearchResults
    | UnauthorizedError
]:
    """Search tracks, albums, artists and playlists

     Full-text search as the user types: prefix matching, case- and
    diacritics-insensitive ("beyonce" finds "Beyoncé"), ranked with exact title matches
    first. A single word of up to three letters matches the start of names (when fewer
    than three names start with it, words anywhere). When the exact search finds little, near misses are
    added ("metalica" finds
    "Metallica"), ranked below exact hits, and `approximate` is true. `q` is always
    plain text: quotes, operators and `*` are searched for, never interpreted. Results
    are grouped by type, at most `limit` per type. The query is recorded in the
    caller's search history unless `record` is false (pass false while the user is
    still typing).

    Args:
        q (str):
        types (list[SearchType] | Unset):
        limit (int | Unset):  Default: 10.
        record (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | SearchResults | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        q=q,
        types=types,
        limit=limit,
        record=record,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: str,
    types: list[SearchType] | Unset = UNSET,
    limit: int | Unset = 10,
    record: bool | Unset = True,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | SearchResults
    | UnauthorizedError
    | None
):
    """Search tracks, albums, artists and playlists

     Full-text search as the user types: prefix matching, case- and
    diacritics-insensitive ("beyonce" finds "Beyoncé"), ranked with exact title matches
    first. A single word of up to three letters matches the start of names (when fewer
    than three names start with it, words anywhere). When the exact search finds little, near misses are
    added ("metalica" finds
    "Metallica"), ranked below exact hits, and `approximate` is true. `q` is always
    plain text: quotes, operators and `*` are searched for, never interpreted. Results
    are grouped by type, at most `limit` per type. The query is recorded in the
    caller's search history unless `record` is false (pass false while the user is
    still typing).

    Args:
        q (str):
        types (list[SearchType] | Unset):
        limit (int | Unset):  Default: 10.
        record (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | SearchResults | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            types=types,
            limit=limit,
            record=record,
        )
    ).parsed

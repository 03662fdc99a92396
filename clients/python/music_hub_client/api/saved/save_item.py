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
from ...models.saved_item import SavedItem
from ...models.unauthorized_error import UnauthorizedError
from ...types import Response


def _get_kwargs(
    kind: str,
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/saved/{kind}/{id}".format(
            kind=quote(str(kind), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | SavedItem
    | UnauthorizedError
    | None
):
    if response.status_code == 200:
        response_200 = SavedItem.from_dict(response.json())

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
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | SavedItem
    | UnauthorizedError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    kind: str,
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | SavedItem
    | UnauthorizedError
]:
    """Save (like) a track, album, artist or playlist

     Saves the item; saving it again changes nothing (idempotent) and keeps the first
    `savedAt`. `kind` is one of `track`, `album`, `artist`, `playlist`; another value
    answers `400 invalid_parameter`. An item that does not exist answers
    `404 not_found`. Answers the saved item. The item's `saved` flag, and the `saved`
    filters of the lists, follow. A saved item survives rescans and database rebuilds.
    `GET /api/library/events` sends `savedAdded` when the item was not saved before.

    Args:
        kind (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | SavedItem | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        kind=kind,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    kind: str,
    id: str,
    *,
    client: AuthenticatedClient,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | SavedItem
    | UnauthorizedError
    | None
):
    """Save (like) a track, album, artist or playlist

     Saves the item; saving it again changes nothing (idempotent) and keeps the first
    `savedAt`. `kind` is one of `track`, `album`, `artist`, `playlist`; another value
    answers `400 invalid_parameter`. An item that does not exist answers
    `404 not_found`. Answers the saved item. The item's `saved` flag, and the `saved`
    filters of the lists, follow. A saved item survives rescans and database rebuilds.
    `GET /api/library/events` sends `savedAdded` when the item was not saved before.

    Args:
        kind (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | SavedItem | UnauthorizedError
    """

    return sync_detailed(
        kind=kind,
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    kind: str,
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | SavedItem
    | UnauthorizedError
]:
    """Save (like) a track, album, artist or playlist

     Saves the item; saving it again changes nothing (idempotent) and keeps the first
    `savedAt`. `kind` is one of `track`, `album`, `artist`, `playlist`; another value
    answers `400 invalid_parameter`. An item that does not exist answers
    `404 not_found`. Answers the saved item. The item's `saved` flag, and the `saved`
    filters of the lists, follow. A saved item survives rescans and database rebuilds.
    `GET /api/library/events` sends `savedAdded` when the item was not saved before.

    Args:
        kind (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | SavedItem | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        kind=kind,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    kind: str,
    id: str,
    *,
    client: AuthenticatedClient,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | SavedItem
    | UnauthorizedError
    | None
):
    """Save (like) a track, album, artist or playlist

     Saves the item; saving it again changes nothing (idempotent) and keeps the first
    `savedAt`. `kind` is one of `track`, `album`, `artist`, `playlist`; another value
    answers `400 invalid_parameter`. An item that does not exist answers
    `404 not_found`. Answers the saved item. The item's `saved` flag, and the `saved`
    filters of the lists, follow. A saved item survives rescans and database rebuilds.
    `GET /api/library/events` sends `savedAdded` when the item was not saved before.

    Args:
        kind (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | NotFoundError | SavedItem | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            kind=kind,
            id=id,
            client=client,
        )
    ).parsed

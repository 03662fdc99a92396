from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.browse_bad_request_error import BrowseBadRequestError
from ...models.browse_result import BrowseResult
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.not_found_error import NotFoundError
from ...models.unauthorized_error import UnauthorizedError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    path: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["path"] = path

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/browse",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BrowseBadRequestError
    | BrowseResult
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | UnauthorizedError
    | None
):
    if response.status_code == 200:
        response_200 = BrowseResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BrowseBadRequestError.from_dict(response.json())

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
    BrowseBadRequestError
    | BrowseResult
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
    *,
    client: AuthenticatedClient,
    path: str | Unset = UNSET,
) -> Response[
    BrowseBadRequestError
    | BrowseResult
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | UnauthorizedError
]:
    """Browse the library's folders, or the home sections

     Without `path`: the library roots and the home sections (recently added albums,
    recently played and most played tracks). With `path`: the sub-folders and the
    tracks of that folder. A path is relative: its first segment is a root's `id` (as
    listed in `roots`), the rest is the folder inside that root, separated by `/`, e.g.
    `music/Radiohead/OK Computer`. A path that leaves the roots (`..`, an absolute path)
    or names no root answers `400 invalid_path`; a folder that does not exist
    `404 not_found`. Absolute file paths are only shown to local calls.

    Args:
        path (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BrowseBadRequestError | BrowseResult | DatabaseUnavailableError | ForbiddenError | NotFoundError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        path=path,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    path: str | Unset = UNSET,
) -> (
    BrowseBadRequestError
    | BrowseResult
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | UnauthorizedError
    | None
):
    """Browse the library's folders, or the home sections

     Without `path`: the library roots and the home sections (recently added albums,
    recently played and most played tracks). With `path`: the sub-folders and the
    tracks of that folder. A path is relative: its first segment is a root's `id` (as
    listed in `roots`), the rest is the folder inside that root, separated by `/`, e.g.
    `music/Radiohead/OK Computer`. A path that leaves the roots (`..`, an absolute path)
    or names no root answers `400 invalid_path`; a folder that does not exist
    `404 not_found`. Absolute file paths are only shown to local calls.

    Args:
        path (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BrowseBadRequestError | BrowseResult | DatabaseUnavailableError | ForbiddenError | NotFoundError | UnauthorizedError
    """

    return sync_detailed(
        client=client,
        path=path,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    path: str | Unset = UNSET,
) -> Response[
    BrowseBadRequestError
    | BrowseResult
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | UnauthorizedError
]:
    """Browse the library's folders, or the home sections

     Without `path`: the library roots and the home sections (recently added albums,
    recently played and most played tracks). With `path`: the sub-folders and the
    tracks of that folder. A path is relative: its first segment is a root's `id` (as
    listed in `roots`), the rest is the folder inside that root, separated by `/`, e.g.
    `music/Radiohead/OK Computer`. A path that leaves the roots (`..`, an absolute path)
    or names no root answers `400 invalid_path`; a folder that does not exist
    `404 not_found`. Absolute file paths are only shown to local calls.

    Args:
        path (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BrowseBadRequestError | BrowseResult | DatabaseUnavailableError | ForbiddenError | NotFoundError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        path=path,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    path: str | Unset = UNSET,
) -> (
    BrowseBadRequestError
    | BrowseResult
    | DatabaseUnavailableError
    | ForbiddenError
    | NotFoundError
    | UnauthorizedError
    | None
):
    """Browse the library's folders, or the home sections

     Without `path`: the library roots and the home sections (recently added albums,
    recently played and most played tracks). With `path`: the sub-folders and the
    tracks of that folder. A path is relative: its first segment is a root's `id` (as
    listed in `roots`), the rest is the folder inside that root, separated by `/`, e.g.
    `music/Radiohead/OK Computer`. A path that leaves the roots (`..`, an absolute path)
    or names no root answers `400 invalid_path`; a folder that does not exist
    `404 not_found`. Absolute file paths are only shown to local calls.

    Args:
        path (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BrowseBadRequestError | BrowseResult | DatabaseUnavailableError | ForbiddenError | NotFoundError | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            client=client,
            path=path,
        )
    ).parsed

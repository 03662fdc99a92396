from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.browse_result import BrowseResult
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
) -> ApiError | BrowseResult | None:
    if response.status_code == 200:
        response_200 = BrowseResult.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | BrowseResult]:
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
) -> Response[ApiError | BrowseResult]:
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
        Response[ApiError | BrowseResult]
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
) -> ApiError | BrowseResult | None:
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
        ApiError | BrowseResult
    """

    return sync_detailed(
        client=client,
        path=path,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    path: str | Unset = UNSET,
) -> Response[ApiError | BrowseResult]:
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
        Response[ApiError | BrowseResult]
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
) -> ApiError | BrowseResult | None:
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
        ApiError | BrowseResult
    """

    return (
        await asyncio_detailed(
            client=client,
            path=path,
        )
    ).parsed

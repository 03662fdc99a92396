from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.not_found_error import NotFoundError
from ...models.playlist_share_bootstrap import PlaylistShareBootstrap
from ...models.share_password_required_error import SharePasswordRequiredError
from ...models.share_rate_limited_error import ShareRateLimitedError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    x_share_password: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_share_password, Unset):
        headers["X-Share-Password"] = x_share_password

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/share/playlist/{id}/bootstrap".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | NotFoundError
    | PlaylistShareBootstrap
    | SharePasswordRequiredError
    | ShareRateLimitedError
    | None
):
    if response.status_code == 200:
        response_200 = PlaylistShareBootstrap.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SharePasswordRequiredError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = NotFoundError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ShareRateLimitedError.from_dict(response.json())

        return response_429

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
    | NotFoundError
    | PlaylistShareBootstrap
    | SharePasswordRequiredError
    | ShareRateLimitedError
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
    client: AuthenticatedClient | Client,
    x_share_password: str | Unset = UNSET,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | NotFoundError
    | PlaylistShareBootstrap
    | SharePasswordRequiredError
    | ShareRateLimitedError
]:
    """Open a shared playlist (public share page bootstrap)

     The entry point of a share page for a playlist: answers the playlist with its entries, a
    `shareSessionId` and a `mediaToken`, each with its expiry. Use the token as
    `?mediaToken=` on `GET /api/media/stream/{trackId}` and
    `GET /api/media/artwork/{id}`; it only reaches the shared items. Both are
    short-lived: call `POST /api/share/session/heartbeat` every
    `heartbeatIntervalSeconds` while the page is open to extend them. `{id}` is the
    share's id (not the playlist's); an unknown, deleted or expired share, or one that is
    not a playlist share, answers `404 not_found`. Never exposes file paths, library
    folders, play counts or anything outside the share. A share with a password answers
    `401 share_password_required` until `X-Share-Password` carries it. Rate-limited per
    client address (`429 too_many_requests` with `Retry-After`).

    Args:
        id (str):
        x_share_password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | NotFoundError | PlaylistShareBootstrap | SharePasswordRequiredError | ShareRateLimitedError]
    """

    kwargs = _get_kwargs(
        id=id,
        x_share_password=x_share_password,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_share_password: str | Unset = UNSET,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | NotFoundError
    | PlaylistShareBootstrap
    | SharePasswordRequiredError
    | ShareRateLimitedError
    | None
):
    """Open a shared playlist (public share page bootstrap)

     The entry point of a share page for a playlist: answers the playlist with its entries, a
    `shareSessionId` and a `mediaToken`, each with its expiry. Use the token as
    `?mediaToken=` on `GET /api/media/stream/{trackId}` and
    `GET /api/media/artwork/{id}`; it only reaches the shared items. Both are
    short-lived: call `POST /api/share/session/heartbeat` every
    `heartbeatIntervalSeconds` while the page is open to extend them. `{id}` is the
    share's id (not the playlist's); an unknown, deleted or expired share, or one that is
    not a playlist share, answers `404 not_found`. Never exposes file paths, library
    folders, play counts or anything outside the share. A share with a password answers
    `401 share_password_required` until `X-Share-Password` carries it. Rate-limited per
    client address (`429 too_many_requests` with `Retry-After`).

    Args:
        id (str):
        x_share_password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | NotFoundError | PlaylistShareBootstrap | SharePasswordRequiredError | ShareRateLimitedError
    """

    return sync_detailed(
        id=id,
        client=client,
        x_share_password=x_share_password,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_share_password: str | Unset = UNSET,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | NotFoundError
    | PlaylistShareBootstrap
    | SharePasswordRequiredError
    | ShareRateLimitedError
]:
    """Open a shared playlist (public share page bootstrap)

     The entry point of a share page for a playlist: answers the playlist with its entries, a
    `shareSessionId` and a `mediaToken`, each with its expiry. Use the token as
    `?mediaToken=` on `GET /api/media/stream/{trackId}` and
    `GET /api/media/artwork/{id}`; it only reaches the shared items. Both are
    short-lived: call `POST /api/share/session/heartbeat` every
    `heartbeatIntervalSeconds` while the page is open to extend them. `{id}` is the
    share's id (not the playlist's); an unknown, deleted or expired share, or one that is
    not a playlist share, answers `404 not_found`. Never exposes file paths, library
    folders, play counts or anything outside the share. A share with a password answers
    `401 share_password_required` until `X-Share-Password` carries it. Rate-limited per
    client address (`429 too_many_requests` with `Retry-After`).

    Args:
        id (str):
        x_share_password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | NotFoundError | PlaylistShareBootstrap | SharePasswordRequiredError | ShareRateLimitedError]
    """

    kwargs = _get_kwargs(
        id=id,
        x_share_password=x_share_password,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_share_password: str | Unset = UNSET,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | NotFoundError
    | PlaylistShareBootstrap
    | SharePasswordRequiredError
    | ShareRateLimitedError
    | None
):
    """Open a shared playlist (public share page bootstrap)

     The entry point of a share page for a playlist: answers the playlist with its entries, a
    `shareSessionId` and a `mediaToken`, each with its expiry. Use the token as
    `?mediaToken=` on `GET /api/media/stream/{trackId}` and
    `GET /api/media/artwork/{id}`; it only reaches the shared items. Both are
    short-lived: call `POST /api/share/session/heartbeat` every
    `heartbeatIntervalSeconds` while the page is open to extend them. `{id}` is the
    share's id (not the playlist's); an unknown, deleted or expired share, or one that is
    not a playlist share, answers `404 not_found`. Never exposes file paths, library
    folders, play counts or anything outside the share. A share with a password answers
    `401 share_password_required` until `X-Share-Password` carries it. Rate-limited per
    client address (`429 too_many_requests` with `Retry-After`).

    Args:
        id (str):
        x_share_password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | NotFoundError | PlaylistShareBootstrap | SharePasswordRequiredError | ShareRateLimitedError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            x_share_password=x_share_password,
        )
    ).parsed

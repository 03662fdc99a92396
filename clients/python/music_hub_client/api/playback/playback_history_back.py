from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.history_empty_error import HistoryEmptyError
from ...models.playback_session import PlaybackSession
from ...models.unauthorized_error import UnauthorizedError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/playback/history/back",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DatabaseUnavailableError
    | ForbiddenError
    | HistoryEmptyError
    | PlaybackSession
    | UnauthorizedError
    | None
):
    if response.status_code == 200:
        response_200 = PlaybackSession.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenError.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = HistoryEmptyError.from_dict(response.json())

        return response_409

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
    DatabaseUnavailableError
    | ForbiddenError
    | HistoryEmptyError
    | PlaybackSession
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
) -> Response[
    DatabaseUnavailableError
    | ForbiddenError
    | HistoryEmptyError
    | PlaybackSession
    | UnauthorizedError
]:
    """Go back to the previously played track

     Makes the most recent track of playback history the current track of the session
    again (position 0, inserted before the current track when it is not in the queue)
    and answers the new session: the "previous" button. When the track is queued more
    than once, the nearest place at or before the current one is taken (else the
    nearest after it). The state (playing, paused) is kept; the caller becomes the
    active device and `revision` grows by one. Pressing it again steps further back:
    while the current track is the one a previous call went back to, the call takes the
    play before that one (the play the step itself may have recorded does not count).
    Plays of tracks that left the library are skipped. The track that was current is
    recorded in history when it played long enough, as with `PUT /api/playback/session`.
    With nothing (further) back in the history it answers `409 history_empty` and
    nothing changes. `GET /api/library/events` sends `playbackSessionUpdated` (and
    `playbackHistoryAdded` when a play was recorded).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabaseUnavailableError | ForbiddenError | HistoryEmptyError | PlaybackSession | UnauthorizedError]
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
    | HistoryEmptyError
    | PlaybackSession
    | UnauthorizedError
    | None
):
    """Go back to the previously played track

     Makes the most recent track of playback history the current track of the session
    again (position 0, inserted before the current track when it is not in the queue)
    and answers the new session: the "previous" button. When the track is queued more
    than once, the nearest place at or before the current one is taken (else the
    nearest after it). The state (playing, paused) is kept; the caller becomes the
    active device and `revision` grows by one. Pressing it again steps further back:
    while the current track is the one a previous call went back to, the call takes the
    play before that one (the play the step itself may have recorded does not count).
    Plays of tracks that left the library are skipped. The track that was current is
    recorded in history when it played long enough, as with `PUT /api/playback/session`.
    With nothing (further) back in the history it answers `409 history_empty` and
    nothing changes. `GET /api/library/events` sends `playbackSessionUpdated` (and
    `playbackHistoryAdded` when a play was recorded).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabaseUnavailableError | ForbiddenError | HistoryEmptyError | PlaybackSession | UnauthorizedError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    DatabaseUnavailableError
    | ForbiddenError
    | HistoryEmptyError
    | PlaybackSession
    | UnauthorizedError
]:
    """Go back to the previously played track

     Makes the most recent track of playback history the current track of the session
    again (position 0, inserted before the current track when it is not in the queue)
    and answers the new session: the "previous" button. When the track is queued more
    than once, the nearest place at or before the current one is taken (else the
    nearest after it). The state (playing, paused) is kept; the caller becomes the
    active device and `revision` grows by one. Pressing it again steps further back:
    while the current track is the one a previous call went back to, the call takes the
    play before that one (the play the step itself may have recorded does not count).
    Plays of tracks that left the library are skipped. The track that was current is
    recorded in history when it played long enough, as with `PUT /api/playback/session`.
    With nothing (further) back in the history it answers `409 history_empty` and
    nothing changes. `GET /api/library/events` sends `playbackSessionUpdated` (and
    `playbackHistoryAdded` when a play was recorded).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabaseUnavailableError | ForbiddenError | HistoryEmptyError | PlaybackSession | UnauthorizedError]
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
    | HistoryEmptyError
    | PlaybackSession
    | UnauthorizedError
    | None
):
    """Go back to the previously played track

     Makes the most recent track of playback history the current track of the session
    again (position 0, inserted before the current track when it is not in the queue)
    and answers the new session: the "previous" button. When the track is queued more
    than once, the nearest place at or before the current one is taken (else the
    nearest after it). The state (playing, paused) is kept; the caller becomes the
    active device and `revision` grows by one. Pressing it again steps further back:
    while the current track is the one a previous call went back to, the call takes the
    play before that one (the play the step itself may have recorded does not count).
    Plays of tracks that left the library are skipped. The track that was current is
    recorded in history when it played long enough, as with `PUT /api/playback/session`.
    With nothing (further) back in the history it answers `409 history_empty` and
    nothing changes. `GET /api/library/events` sends `playbackSessionUpdated` (and
    `playbackHistoryAdded` when a play was recorded).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabaseUnavailableError | ForbiddenError | HistoryEmptyError | PlaybackSession | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed

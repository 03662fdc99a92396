from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_error import BadRequestError
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.forbidden_error import ForbiddenError
from ...models.internal_error_error import InternalErrorError
from ...models.payload_too_large_error import PayloadTooLargeError
from ...models.playback_session import PlaybackSession
from ...models.playback_session_update import PlaybackSessionUpdate
from ...models.session_conflict_error import SessionConflictError
from ...models.unauthorized_error import UnauthorizedError
from ...models.unknown_track_error import UnknownTrackError
from ...models.unsupported_media_type_error import UnsupportedMediaTypeError
from ...types import Response


def _get_kwargs(
    *,
    body: PlaybackSessionUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/playback/session",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | InternalErrorError
    | PayloadTooLargeError
    | PlaybackSession
    | SessionConflictError
    | UnauthorizedError
    | UnknownTrackError
    | UnsupportedMediaTypeError
    | None
):
    if response.status_code == 200:
        response_200 = PlaybackSession.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = SessionConflictError.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = PayloadTooLargeError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = UnsupportedMediaTypeError.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = UnknownTrackError.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = InternalErrorError.from_dict(response.json())

        return response_500

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
    | InternalErrorError
    | PayloadTooLargeError
    | PlaybackSession
    | SessionConflictError
    | UnauthorizedError
    | UnknownTrackError
    | UnsupportedMediaTypeError
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
    body: PlaybackSessionUpdate,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | InternalErrorError
    | PayloadTooLargeError
    | PlaybackSession
    | SessionConflictError
    | UnauthorizedError
    | UnknownTrackError
    | UnsupportedMediaTypeError
]:
    """Update the shared playback session

     Sets the fields present in the body and keeps the others, and answers the new
    session. The caller becomes the active device, and `revision` grows by one.

    - `queueTrackIds` replaces the queue, given in its natural order. The current track
      stays current (with its position) when it is in the new queue and `currentIndex`
      is absent; otherwise the first track, or `currentIndex`, becomes current.
    - `currentIndex` counts in `queueTrackIds` when that is sent (past its end answers
      `400 invalid_body`), otherwise in `queue` (past its end answers
      `409 index_out_of_range` with `details.queueLength`: the queue changed since it
      was read).
    - A new current track starts at `positionMs`, or 0. While `playing`, the position
      moves on with time: a change that does not send `positionMs` keeps the position
      reached. Positions past the track's end are taken as its end.
    - Turning `shuffle` on shuffles the tracks after the current one (with a new queue:
      the current track first, then the others shuffled); turning it off puts the queue
      back in its natural order. Sending the value it already has changes nothing.
      `queue` is always in play order.
    - With an empty queue the session is `stopped`; asking it to play or pause answers
      `409 queue_empty` (`400 invalid_body` when the change itself empties the queue).

    When the current track changes, the previous one, if it played for at least half
    its length or four minutes (30 seconds when its length is unknown; time spent
    playing, not the position reached), is recorded in playback history with how long
    it played and the device that played it, and its `playCount` grows by one;
    `GET /api/library/events` sends `playbackHistoryAdded` and `playbackSessionUpdated`.
    To avoid overwriting another device's change, send the `revision` you last read as
    `baseRevision`: when the session changed since, the call answers
    `409 session_conflict` and changes nothing. A track id that does not exist answers
    `422 unknown_track` with `details.trackId`, and nothing changes.

    Args:
        body (PlaybackSessionUpdate): The fields to change; absent fields are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | InternalErrorError | PayloadTooLargeError | PlaybackSession | SessionConflictError | UnauthorizedError | UnknownTrackError | UnsupportedMediaTypeError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PlaybackSessionUpdate,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | InternalErrorError
    | PayloadTooLargeError
    | PlaybackSession
    | SessionConflictError
    | UnauthorizedError
    | UnknownTrackError
    | UnsupportedMediaTypeError
    | None
):
    """Update the shared playback session

     Sets the fields present in the body and keeps the others, and answers the new
    session. The caller becomes the active device, and `revision` grows by one.

    - `queueTrackIds` replaces the queue, given in its natural order. The current track
      stays current (with its position) when it is in the new queue and `currentIndex`
      is absent; otherwise the first track, or `currentIndex`, becomes current.
    - `currentIndex` counts in `queueTrackIds` when that is sent (past its end answers
      `400 invalid_body`), otherwise in `queue` (past its end answers
      `409 index_out_of_range` with `details.queueLength`: the queue changed since it
      was read).
    - A new current track starts at `positionMs`, or 0. While `playing`, the position
      moves on with time: a change that does not send `positionMs` keeps the position
      reached. Positions past the track's end are taken as its end.
    - Turning `shuffle` on shuffles the tracks after the current one (with a new queue:
      the current track first, then the others shuffled); turning it off puts the queue
      back in its natural order. Sending the value it already has changes nothing.
      `queue` is always in play order.
    - With an empty queue the session is `stopped`; asking it to play or pause answers
      `409 queue_empty` (`400 invalid_body` when the change itself empties the queue).

    When the current track changes, the previous one, if it played for at least half
    its length or four minutes (30 seconds when its length is unknown; time spent
    playing, not the position reached), is recorded in playback history with how long
    it played and the device that played it, and its `playCount` grows by one;
    `GET /api/library/events` sends `playbackHistoryAdded` and `playbackSessionUpdated`.
    To avoid overwriting another device's change, send the `revision` you last read as
    `baseRevision`: when the session changed since, the call answers
    `409 session_conflict` and changes nothing. A track id that does not exist answers
    `422 unknown_track` with `details.trackId`, and nothing changes.

    Args:
        body (PlaybackSessionUpdate): The fields to change; absent fields are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | InternalErrorError | PayloadTooLargeError | PlaybackSession | SessionConflictError | UnauthorizedError | UnknownTrackError | UnsupportedMediaTypeError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PlaybackSessionUpdate,
) -> Response[
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | InternalErrorError
    | PayloadTooLargeError
    | PlaybackSession
    | SessionConflictError
    | UnauthorizedError
    | UnknownTrackError
    | UnsupportedMediaTypeError
]:
    """Update the shared playback session

     Sets the fields present in the body and keeps the others, and answers the new
    session. The caller becomes the active device, and `revision` grows by one.

    - `queueTrackIds` replaces the queue, given in its natural order. The current track
      stays current (with its position) when it is in the new queue and `currentIndex`
      is absent; otherwise the first track, or `currentIndex`, becomes current.
    - `currentIndex` counts in `queueTrackIds` when that is sent (past its end answers
      `400 invalid_body`), otherwise in `queue` (past its end answers
      `409 index_out_of_range` with `details.queueLength`: the queue changed since it
      was read).
    - A new current track starts at `positionMs`, or 0. While `playing`, the position
      moves on with time: a change that does not send `positionMs` keeps the position
      reached. Positions past the track's end are taken as its end.
    - Turning `shuffle` on shuffles the tracks after the current one (with a new queue:
      the current track first, then the others shuffled); turning it off puts the queue
      back in its natural order. Sending the value it already has changes nothing.
      `queue` is always in play order.
    - With an empty queue the session is `stopped`; asking it to play or pause answers
      `409 queue_empty` (`400 invalid_body` when the change itself empties the queue).

    When the current track changes, the previous one, if it played for at least half
    its length or four minutes (30 seconds when its length is unknown; time spent
    playing, not the position reached), is recorded in playback history with how long
    it played and the device that played it, and its `playCount` grows by one;
    `GET /api/library/events` sends `playbackHistoryAdded` and `playbackSessionUpdated`.
    To avoid overwriting another device's change, send the `revision` you last read as
    `baseRevision`: when the session changed since, the call answers
    `409 session_conflict` and changes nothing. A track id that does not exist answers
    `422 unknown_track` with `details.trackId`, and nothing changes.

    Args:
        body (PlaybackSessionUpdate): The fields to change; absent fields are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestError | DatabaseUnavailableError | ForbiddenError | InternalErrorError | PayloadTooLargeError | PlaybackSession | SessionConflictError | UnauthorizedError | UnknownTrackError | UnsupportedMediaTypeError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PlaybackSessionUpdate,
) -> (
    BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | InternalErrorError
    | PayloadTooLargeError
    | PlaybackSession
    | SessionConflictError
    | UnauthorizedError
    | UnknownTrackError
    | UnsupportedMediaTypeError
    | None
):
    """Update the shared playback session

     Sets the fields present in the body and keeps the others, and answers the new
    session. The caller becomes the active device, and `revision` grows by one.

    - `queueTrackIds` replaces the queue, given in its natural order. The current track
      stays current (with its position) when it is in the new queue and `currentIndex`
      is absent; otherwise the first track, or `currentIndex`, becomes current.
    - `currentIndex` counts in `queueTrackIds` when that is sent (past its end answers
      `400 invalid_body`), otherwise in `queue` (past its end answers
      `409 index_out_of_range` with `details.queueLength`: the queue changed since it
      was read).
    - A new current track starts at `positionMs`, or 0. While `playing`, the position
      moves on with time: a change that does not send `positionMs` keeps the position
      reached. Positions past the track's end are taken as its end.
    - Turning `shuffle` on shuffles the tracks after the current one (with a new queue:
      the current track first, then the others shuffled); turning it off puts the queue
      back in its natural order. Sending the value it already has changes nothing.
      `queue` is always in play order.
    - With an empty queue the session is `stopped`; asking it to play or pause answers
      `409 queue_empty` (`400 invalid_body` when the change itself empties the queue).

    When the current track changes, the previous one, if it played for at least half
    its length or four minutes (30 seconds when its length is unknown; time spent
    playing, not the position reached), is recorded in playback history with how long
    it played and the device that played it, and its `playCount` grows by one;
    `GET /api/library/events` sends `playbackHistoryAdded` and `playbackSessionUpdated`.
    To avoid overwriting another device's change, send the `revision` you last read as
    `baseRevision`: when the session changed since, the call answers
    `409 session_conflict` and changes nothing. A track id that does not exist answers
    `422 unknown_track` with `details.trackId`, and nothing changes.

    Args:
        body (PlaybackSessionUpdate): The fields to change; absent fields are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestError | DatabaseUnavailableError | ForbiddenError | InternalErrorError | PayloadTooLargeError | PlaybackSession | SessionConflictError | UnauthorizedError | UnknownTrackError | UnsupportedMediaTypeError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

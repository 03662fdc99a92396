from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.album_added_event import AlbumAddedEvent
from ...models.album_removed_event import AlbumRemovedEvent
from ...models.album_updated_event import AlbumUpdatedEvent
from ...models.artist_added_event import ArtistAddedEvent
from ...models.artist_removed_event import ArtistRemovedEvent
from ...models.artist_updated_event import ArtistUpdatedEvent
from ...models.bad_request_error import BadRequestError
from ...models.database_health_changed_event import DatabaseHealthChangedEvent
from ...models.database_unavailable_error import DatabaseUnavailableError
from ...models.feed_ended_event import FeedEndedEvent
from ...models.forbidden_error import ForbiddenError
from ...models.loudness_analysis_event import LoudnessAnalysisEvent
from ...models.metadata_updated_event import MetadataUpdatedEvent
from ...models.playback_history_added_event import PlaybackHistoryAddedEvent
from ...models.playback_session_updated_event import PlaybackSessionUpdatedEvent
from ...models.playlist_created_event import PlaylistCreatedEvent
from ...models.playlist_deleted_event import PlaylistDeletedEvent
from ...models.playlist_updated_event import PlaylistUpdatedEvent
from ...models.resync_event import ResyncEvent
from ...models.saved_added_event import SavedAddedEvent
from ...models.saved_removed_event import SavedRemovedEvent
from ...models.scan_completed_event import ScanCompletedEvent
from ...models.scan_started_event import ScanStartedEvent
from ...models.share_created_event import ShareCreatedEvent
from ...models.share_deleted_event import ShareDeletedEvent
from ...models.track_added_event import TrackAddedEvent
from ...models.track_removed_event import TrackRemovedEvent
from ...models.track_updated_event import TrackUpdatedEvent
from ...models.unauthorized_error import UnauthorizedError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    last_event_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(last_event_id, Unset):
        headers["Last-Event-ID"] = last_event_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/library/events",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlbumAddedEvent
    | AlbumRemovedEvent
    | AlbumUpdatedEvent
    | ArtistAddedEvent
    | ArtistRemovedEvent
    | ArtistUpdatedEvent
    | DatabaseHealthChangedEvent
    | FeedEndedEvent
    | LoudnessAnalysisEvent
    | MetadataUpdatedEvent
    | PlaybackHistoryAddedEvent
    | PlaybackSessionUpdatedEvent
    | PlaylistCreatedEvent
    | PlaylistDeletedEvent
    | PlaylistUpdatedEvent
    | ResyncEvent
    | SavedAddedEvent
    | SavedRemovedEvent
    | ScanCompletedEvent
    | ScanStartedEvent
    | ShareCreatedEvent
    | ShareDeletedEvent
    | TrackAddedEvent
    | TrackRemovedEvent
    | TrackUpdatedEvent
    | BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | UnauthorizedError
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            AlbumAddedEvent
            | AlbumRemovedEvent
            | AlbumUpdatedEvent
            | ArtistAddedEvent
            | ArtistRemovedEvent
            | ArtistUpdatedEvent
            | DatabaseHealthChangedEvent
            | FeedEndedEvent
            | LoudnessAnalysisEvent
            | MetadataUpdatedEvent
            | PlaybackHistoryAddedEvent
            | PlaybackSessionUpdatedEvent
            | PlaylistCreatedEvent
            | PlaylistDeletedEvent
            | PlaylistUpdatedEvent
            | ResyncEvent
            | SavedAddedEvent
            | SavedRemovedEvent
            | ScanCompletedEvent
            | ScanStartedEvent
            | ShareCreatedEvent
            | ShareDeletedEvent
            | TrackAddedEvent
            | TrackRemovedEvent
            | TrackUpdatedEvent
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_0 = TrackAddedEvent.from_dict(data)

                return componentsschemas_library_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_1 = TrackUpdatedEvent.from_dict(
                    data
                )

                return componentsschemas_library_event_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_2 = TrackRemovedEvent.from_dict(
                    data
                )

                return componentsschemas_library_event_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_3 = AlbumAddedEvent.from_dict(data)

                return componentsschemas_library_event_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_4 = AlbumUpdatedEvent.from_dict(
                    data
                )

                return componentsschemas_library_event_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_5 = AlbumRemovedEvent.from_dict(
                    data
                )

                return componentsschemas_library_event_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_6 = ArtistAddedEvent.from_dict(
                    data
                )

                return componentsschemas_library_event_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_7 = ArtistUpdatedEvent.from_dict(
                    data
                )

                return componentsschemas_library_event_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_8 = ArtistRemovedEvent.from_dict(
                    data
                )

                return componentsschemas_library_event_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_9 = PlaylistCreatedEvent.from_dict(
                    data
                )

                return componentsschemas_library_event_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_10 = (
                    PlaylistUpdatedEvent.from_dict(data)
                )

                return componentsschemas_library_event_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_11 = (
                    PlaylistDeletedEvent.from_dict(data)
                )

                return componentsschemas_library_event_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_12 = SavedAddedEvent.from_dict(
                    data
                )

                return componentsschemas_library_event_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_13 = SavedRemovedEvent.from_dict(
                    data
                )

                return componentsschemas_library_event_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_14 = (
                    PlaybackSessionUpdatedEvent.from_dict(data)
                )

                return componentsschemas_library_event_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_15 = (
                    PlaybackHistoryAddedEvent.from_dict(data)
                )

                return componentsschemas_library_event_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_16 = (
                    MetadataUpdatedEvent.from_dict(data)
                )

                return componentsschemas_library_event_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_17 = ShareCreatedEvent.from_dict(
                    data
                )

                return componentsschemas_library_event_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_18 = ShareDeletedEvent.from_dict(
                    data
                )

                return componentsschemas_library_event_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_19 = (
                    DatabaseHealthChangedEvent.from_dict(data)
                )

                return componentsschemas_library_event_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_20 = ScanStartedEvent.from_dict(
                    data
                )

                return componentsschemas_library_event_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_21 = ScanCompletedEvent.from_dict(
                    data
                )

                return componentsschemas_library_event_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_22 = (
                    LoudnessAnalysisEvent.from_dict(data)
                )

                return componentsschemas_library_event_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_library_event_type_23 = ResyncEvent.from_dict(data)

                return componentsschemas_library_event_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_library_event_type_24 = FeedEndedEvent.from_dict(data)

            return componentsschemas_library_event_type_24

        response_200 = _parse_response_200(response.text)

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
    AlbumAddedEvent
    | AlbumRemovedEvent
    | AlbumUpdatedEvent
    | ArtistAddedEvent
    | ArtistRemovedEvent
    | ArtistUpdatedEvent
    | DatabaseHealthChangedEvent
    | FeedEndedEvent
    | LoudnessAnalysisEvent
    | MetadataUpdatedEvent
    | PlaybackHistoryAddedEvent
    | PlaybackSessionUpdatedEvent
    | PlaylistCreatedEvent
    | PlaylistDeletedEvent
    | PlaylistUpdatedEvent
    | ResyncEvent
    | SavedAddedEvent
    | SavedRemovedEvent
    | ScanCompletedEvent
    | ScanStartedEvent
    | ShareCreatedEvent
    | ShareDeletedEvent
    | TrackAddedEvent
    | TrackRemovedEvent
    | TrackUpdatedEvent
    | BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
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
    last_event_id: str | Unset = UNSET,
) -> Response[
    AlbumAddedEvent
    | AlbumRemovedEvent
    | AlbumUpdatedEvent
    | ArtistAddedEvent
    | ArtistRemovedEvent
    | ArtistUpdatedEvent
    | DatabaseHealthChangedEvent
    | FeedEndedEvent
    | LoudnessAnalysisEvent
    | MetadataUpdatedEvent
    | PlaybackHistoryAddedEvent
    | PlaybackSessionUpdatedEvent
    | PlaylistCreatedEvent
    | PlaylistDeletedEvent
    | PlaylistUpdatedEvent
    | ResyncEvent
    | SavedAddedEvent
    | SavedRemovedEvent
    | ScanCompletedEvent
    | ScanStartedEvent
    | ShareCreatedEvent
    | ShareDeletedEvent
    | TrackAddedEvent
    | TrackRemovedEvent
    | TrackUpdatedEvent
    | BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | UnauthorizedError
]:
    """Follow every change to the library (Server-Sent Events)

     A Server-Sent Events stream of every change as it happens: tracks, albums and
    artists added, updated or removed; playlists, saved items, the playback session,
    metadata, shares, database health, scans started and completed. Each message has
    `id:` (the event's increasing `id`), `event:` (its `type`) and `data:` (the
    `LibraryEvent` as JSON). After a disconnect, reconnect with `Last-Event-ID` set to
    the last id received: the events missed are replayed from a bounded buffer; when
    the gap is older than the buffer, the first event is `resync`, which means "refetch
    what you show". Lines starting with `:` are keep-alive comments; ignore them.

    Args:
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlbumAddedEvent | AlbumRemovedEvent | AlbumUpdatedEvent | ArtistAddedEvent | ArtistRemovedEvent | ArtistUpdatedEvent | DatabaseHealthChangedEvent | FeedEndedEvent | LoudnessAnalysisEvent | MetadataUpdatedEvent | PlaybackHistoryAddedEvent | PlaybackSessionUpdatedEvent | PlaylistCreatedEvent | PlaylistDeletedEvent | PlaylistUpdatedEvent | ResyncEvent | SavedAddedEvent | SavedRemovedEvent | ScanCompletedEvent | ScanStartedEvent | ShareCreatedEvent | ShareDeletedEvent | TrackAddedEvent | TrackRemovedEvent | TrackUpdatedEvent | BadRequestError | DatabaseUnavailableError | ForbiddenError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        last_event_id=last_event_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    last_event_id: str | Unset = UNSET,
) -> (
    AlbumAddedEvent
    | AlbumRemovedEvent
    | AlbumUpdatedEvent
    | ArtistAddedEvent
    | ArtistRemovedEvent
    | ArtistUpdatedEvent
    | DatabaseHealthChangedEvent
    | FeedEndedEvent
    | LoudnessAnalysisEvent
    | MetadataUpdatedEvent
    | PlaybackHistoryAddedEvent
    | PlaybackSessionUpdatedEvent
    | PlaylistCreatedEvent
    | PlaylistDeletedEvent
    | PlaylistUpdatedEvent
    | ResyncEvent
    | SavedAddedEvent
    | SavedRemovedEvent
    | ScanCompletedEvent
    | ScanStartedEvent
    | ShareCreatedEvent
    | ShareDeletedEvent
    | TrackAddedEvent
    | TrackRemovedEvent
    | TrackUpdatedEvent
    | BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | UnauthorizedError
    | None
):
    """Follow every change to the library (Server-Sent Events)

     A Server-Sent Events stream of every change as it happens: tracks, albums and
    artists added, updated or removed; playlists, saved items, the playback session,
    metadata, shares, database health, scans started and completed. Each message has
    `id:` (the event's increasing `id`), `event:` (its `type`) and `data:` (the
    `LibraryEvent` as JSON). After a disconnect, reconnect with `Last-Event-ID` set to
    the last id received: the events missed are replayed from a bounded buffer; when
    the gap is older than the buffer, the first event is `resync`, which means "refetch
    what you show". Lines starting with `:` are keep-alive comments; ignore them.

    Args:
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlbumAddedEvent | AlbumRemovedEvent | AlbumUpdatedEvent | ArtistAddedEvent | ArtistRemovedEvent | ArtistUpdatedEvent | DatabaseHealthChangedEvent | FeedEndedEvent | LoudnessAnalysisEvent | MetadataUpdatedEvent | PlaybackHistoryAddedEvent | PlaybackSessionUpdatedEvent | PlaylistCreatedEvent | PlaylistDeletedEvent | PlaylistUpdatedEvent | ResyncEvent | SavedAddedEvent | SavedRemovedEvent | ScanCompletedEvent | ScanStartedEvent | ShareCreatedEvent | ShareDeletedEvent | TrackAddedEvent | TrackRemovedEvent | TrackUpdatedEvent | BadRequestError | DatabaseUnavailableError | ForbiddenError | UnauthorizedError
    """

    return sync_detailed(
        client=client,
        last_event_id=last_event_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    last_event_id: str | Unset = UNSET,
) -> Response[
    AlbumAddedEvent
    | AlbumRemovedEvent
    | AlbumUpdatedEvent
    | ArtistAddedEvent
    | ArtistRemovedEvent
    | ArtistUpdatedEvent
    | DatabaseHealthChangedEvent
    | FeedEndedEvent
    | LoudnessAnalysisEvent
    | MetadataUpdatedEvent
    | PlaybackHistoryAddedEvent
    | PlaybackSessionUpdatedEvent
    | PlaylistCreatedEvent
    | PlaylistDeletedEvent
    | PlaylistUpdatedEvent
    | ResyncEvent
    | SavedAddedEvent
    | SavedRemovedEvent
    | ScanCompletedEvent
    | ScanStartedEvent
    | ShareCreatedEvent
    | ShareDeletedEvent
    | TrackAddedEvent
    | TrackRemovedEvent
    | TrackUpdatedEvent
    | BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | UnauthorizedError
]:
    """Follow every change to the library (Server-Sent Events)

     A Server-Sent Events stream of every change as it happens: tracks, albums and
    artists added, updated or removed; playlists, saved items, the playback session,
    metadata, shares, database health, scans started and completed. Each message has
    `id:` (the event's increasing `id`), `event:` (its `type`) and `data:` (the
    `LibraryEvent` as JSON). After a disconnect, reconnect with `Last-Event-ID` set to
    the last id received: the events missed are replayed from a bounded buffer; when
    the gap is older than the buffer, the first event is `resync`, which means "refetch
    what you show". Lines starting with `:` are keep-alive comments; ignore them.

    Args:
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlbumAddedEvent | AlbumRemovedEvent | AlbumUpdatedEvent | ArtistAddedEvent | ArtistRemovedEvent | ArtistUpdatedEvent | DatabaseHealthChangedEvent | FeedEndedEvent | LoudnessAnalysisEvent | MetadataUpdatedEvent | PlaybackHistoryAddedEvent | PlaybackSessionUpdatedEvent | PlaylistCreatedEvent | PlaylistDeletedEvent | PlaylistUpdatedEvent | ResyncEvent | SavedAddedEvent | SavedRemovedEvent | ScanCompletedEvent | ScanStartedEvent | ShareCreatedEvent | ShareDeletedEvent | TrackAddedEvent | TrackRemovedEvent | TrackUpdatedEvent | BadRequestError | DatabaseUnavailableError | ForbiddenError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        last_event_id=last_event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    last_event_id: str | Unset = UNSET,
) -> (
    AlbumAddedEvent
    | AlbumRemovedEvent
    | AlbumUpdatedEvent
    | ArtistAddedEvent
    | ArtistRemovedEvent
    | ArtistUpdatedEvent
    | DatabaseHealthChangedEvent
    | FeedEndedEvent
    | LoudnessAnalysisEvent
    | MetadataUpdatedEvent
    | PlaybackHistoryAddedEvent
    | PlaybackSessionUpdatedEvent
    | PlaylistCreatedEvent
    | PlaylistDeletedEvent
    | PlaylistUpdatedEvent
    | ResyncEvent
    | SavedAddedEvent
    | SavedRemovedEvent
    | ScanCompletedEvent
    | ScanStartedEvent
    | ShareCreatedEvent
    | ShareDeletedEvent
    | TrackAddedEvent
    | TrackRemovedEvent
    | TrackUpdatedEvent
    | BadRequestError
    | DatabaseUnavailableError
    | ForbiddenError
    | UnauthorizedError
    | None
):
    """Follow every change to the library (Server-Sent Events)

     A Server-Sent Events stream of every change as it happens: tracks, albums and
    artists added, updated or removed; playlists, saved items, the playback session,
    metadata, shares, database health, scans started and completed. Each message has
    `id:` (the event's increasing `id`), `event:` (its `type`) and `data:` (the
    `LibraryEvent` as JSON). After a disconnect, reconnect with `Last-Event-ID` set to
    the last id received: the events missed are replayed from a bounded buffer; when
    the gap is older than the buffer, the first event is `resync`, which means "refetch
    what you show". Lines starting with `:` are keep-alive comments; ignore them.

    Args:
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlbumAddedEvent | AlbumRemovedEvent | AlbumUpdatedEvent | ArtistAddedEvent | ArtistRemovedEvent | ArtistUpdatedEvent | DatabaseHealthChangedEvent | FeedEndedEvent | LoudnessAnalysisEvent | MetadataUpdatedEvent | PlaybackHistoryAddedEvent | PlaybackSessionUpdatedEvent | PlaylistCreatedEvent | PlaylistDeletedEvent | PlaylistUpdatedEvent | ResyncEvent | SavedAddedEvent | SavedRemovedEvent | ScanCompletedEvent | ScanStartedEvent | ShareCreatedEvent | ShareDeletedEvent | TrackAddedEvent | TrackRemovedEvent | TrackUpdatedEvent | BadRequestError | DatabaseUnavailableError | ForbiddenError | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            client=client,
            last_event_id=last_event_id,
        )
    ).parsed

"""Typed library events. `GET /api/library/events` sends one JSON object per change, whose
`type` picks its shape; the document names each shape after its type (`trackAdded` is
`TrackAddedEvent`, generated under `models`), so a message is read into that class.

A type this version of the client does not know (a newer hub's) is read as `UnknownEvent`
rather than failing the feed: the contract asks clients to ignore types they do not know.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeAlias, get_args

from .models import (
    AlbumAddedEvent,
    AlbumRemovedEvent,
    AlbumUpdatedEvent,
    ArtistAddedEvent,
    ArtistRemovedEvent,
    ArtistUpdatedEvent,
    DatabaseHealthChangedEvent,
    FeedEndedEvent,
    LoudnessAnalysisEvent,
    MetadataUpdatedEvent,
    PlaybackHistoryAddedEvent,
    PlaybackSessionUpdatedEvent,
    PlaylistCreatedEvent,
    PlaylistDeletedEvent,
    PlaylistUpdatedEvent,
    ResyncEvent,
    SavedAddedEvent,
    SavedRemovedEvent,
    ScanCompletedEvent,
    ScanStartedEvent,
    ShareCreatedEvent,
    ShareDeletedEvent,
    TrackAddedEvent,
    TrackRemovedEvent,
    TrackUpdatedEvent,
)


@dataclass(frozen=True)
class UnknownEvent:
    """An event of a type this client does not know, kept as the hub sent it."""

    id: int
    type_: str
    raw: Mapping[str, Any]


LibraryEvent: TypeAlias = (
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
    | UnknownEvent
)


def shape_name(event_type: str) -> str:
    """The generated class of an event type, as the document names it."""
    return event_type[:1].upper() + event_type[1:] + "Event"


# Each shape's reader, by class name.
_READERS: dict[str, Callable[[Mapping[str, Any]], LibraryEvent]] = {
    shape.__name__: shape.from_dict for shape in get_args(LibraryEvent) if shape is not UnknownEvent
}


def decode_library_event(data: Mapping[str, Any]) -> LibraryEvent:
    """Reads one event into the class of its `type` (`UnknownEvent` for a type not known)."""
    event_type = str(data.get("type", ""))
    read = _READERS.get(shape_name(event_type))
    if read is not None:
        try:
            return read(data)
        except (KeyError, TypeError, ValueError):
            # A known type with something newer inside (a new enum value, say): kept, not
            # fatal to the feed.
            pass
    return UnknownEvent(id=int(data.get("id", 0)), type_=event_type, raw=dict(data))

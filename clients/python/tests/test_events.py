"""The typed library events (events.py), without a hub: each type the document names is read
into its generated class, a type the client does not know is kept as `UnknownEvent`, and the
`LibraryEvent` union names every event class the generator made (so a type added to the
document and regenerated cannot be left out of it)."""

from __future__ import annotations

import enum
import typing

from music_hub_client import LibraryEvent, UnknownEvent, decode_library_event, models
from music_hub_client.events import shape_name
from music_hub_client.models import ChangedIds, PlaylistChange, PlaylistCreatedEvent

AT = "2026-11-26T10:00:00+00:00"


def generated_event_classes() -> dict[str, type]:
    """Every generated class whose `type` is a one-value enum: the events' shapes."""
    shapes = {}
    for name in dir(models):
        enum_class = getattr(models, name + "Type", None)
        if isinstance(enum_class, type) and issubclass(enum_class, enum.Enum):
            values = [member.value for member in enum_class]
            if len(values) == 1:
                shapes[values[0]] = getattr(models, name)
    return shapes


def test_the_union_names_every_generated_event_class() -> None:
    shapes = generated_event_classes()
    assert len(shapes) >= 23
    union = set(typing.get_args(LibraryEvent)) - {UnknownEvent}
    assert union == set(shapes.values())
    for event_type, shape in shapes.items():
        assert shape.__name__ == shape_name(event_type)


def test_each_type_is_read_into_its_class() -> None:
    created = decode_library_event(
        {"id": 5, "type": "playlistCreated", "payload": {"playlistId": "pl_1"}, "at": AT}
    )
    assert isinstance(created, PlaylistCreatedEvent)
    assert created.payload == PlaylistChange(playlist_id="pl_1")
    added = decode_library_event(
        {"id": 6, "type": "trackAdded", "payload": {"ids": ["trk_1", "trk_2"]}, "at": AT}
    )
    assert isinstance(added, models.TrackAddedEvent)
    assert added.payload == ChangedIds(ids=["trk_1", "trk_2"])


def test_an_unknown_type_is_kept_not_refused() -> None:
    raw = {"id": 7, "type": "somethingNew", "payload": {"x": 1}, "at": AT}
    event = decode_library_event(raw)
    assert event == UnknownEvent(id=7, type_="somethingNew", raw=raw)


def test_a_known_type_with_something_newer_inside_is_kept_not_refused() -> None:
    raw = {"id": 8, "type": "feedEnded", "payload": {"reason": "somethingNew"}, "at": AT}
    assert decode_library_event(raw) == UnknownEvent(id=8, type_="feedEnded", raw=raw)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track import Track


T = TypeVar("T", bound="PlaylistEntry")


@_attrs_define
class PlaylistEntry:
    """One place in a playlist; the same track may fill several.

    Attributes:
        entry_id (str): Identifies this entry (not the track) for removal and reordering. Example: ple_a87ff679a2f3e71d.
        position (int): 0 for the first entry. Example: 0.
        track_id (str):  Example: trk_5d41402abc4b2a76.
        available (bool): False when the track left the library (its file is gone); `track` is then absent.
        added_at (datetime.datetime):
        track (Track | Unset): A track of the catalogue, with the effective metadata (file tags with the user's
            overrides applied).
    """

    entry_id: str
    position: int
    track_id: str
    available: bool
    added_at: datetime.datetime
    track: Track | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entry_id = self.entry_id

        position = self.position

        track_id = self.track_id

        available = self.available

        added_at = self.added_at.isoformat()

        track: dict[str, Any] | Unset = UNSET
        if not isinstance(self.track, Unset):
            track = self.track.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entryId": entry_id,
                "position": position,
                "trackId": track_id,
                "available": available,
                "addedAt": added_at,
            }
        )
        if track is not UNSET:
            field_dict["track"] = track

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.track import Track

        d = dict(src_dict)
        entry_id = d.pop("entryId")

        position = d.pop("position")

        track_id = d.pop("trackId")

        available = d.pop("available")

        added_at = datetime.datetime.fromisoformat(d.pop("addedAt"))

        _track = d.pop("track", UNSET)
        track: Track | Unset
        if isinstance(_track, Unset):
            track = UNSET
        else:
            track = Track.from_dict(_track)

        playlist_entry = cls(
            entry_id=entry_id,
            position=position,
            track_id=track_id,
            available=available,
            added_at=added_at,
            track=track,
        )

        playlist_entry.additional_properties = d
        return playlist_entry

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

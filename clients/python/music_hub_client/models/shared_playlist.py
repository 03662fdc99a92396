from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shared_track import SharedTrack


T = TypeVar("T", bound="SharedPlaylist")


@_attrs_define
class SharedPlaylist:
    """A shared playlist and its tracks in playlist order (entries whose track left the library are left out).

    Attributes:
        id (str):
        name (str):
        track_count (int):
        duration_ms (int):
        tracks (list[SharedTrack]):
        description (str | Unset):
    """

    id: str
    name: str
    track_count: int
    duration_ms: int
    tracks: list[SharedTrack]
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        track_count = self.track_count

        duration_ms = self.duration_ms

        tracks = []
        for tracks_item_data in self.tracks:
            tracks_item = tracks_item_data.to_dict()
            tracks.append(tracks_item)

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "trackCount": track_count,
                "durationMs": duration_ms,
                "tracks": tracks,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.shared_track import SharedTrack

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        track_count = d.pop("trackCount")

        duration_ms = d.pop("durationMs")

        tracks = []
        _tracks = d.pop("tracks")
        for tracks_item_data in _tracks:
            tracks_item = SharedTrack.from_dict(tracks_item_data)

            tracks.append(tracks_item)

        description = d.pop("description", UNSET)

        shared_playlist = cls(
            id=id,
            name=name,
            track_count=track_count,
            duration_ms=duration_ms,
            tracks=tracks,
            description=description,
        )

        shared_playlist.additional_properties = d
        return shared_playlist

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

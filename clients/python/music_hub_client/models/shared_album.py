from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shared_track import SharedTrack


T = TypeVar("T", bound="SharedAlbum")


@_attrs_define
class SharedAlbum:
    """A shared album and its tracks, in disc and track order.

    Attributes:
        id (str):
        title (str):
        track_count (int):
        duration_ms (int):
        tracks (list[SharedTrack]):
        artist (str | Unset): The album artist's name.
        year (int | Unset):
        artwork_id (str | Unset):
    """

    id: str
    title: str
    track_count: int
    duration_ms: int
    tracks: list[SharedTrack]
    artist: str | Unset = UNSET
    year: int | Unset = UNSET
    artwork_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        track_count = self.track_count

        duration_ms = self.duration_ms

        tracks = []
        for tracks_item_data in self.tracks:
            tracks_item = tracks_item_data.to_dict()
            tracks.append(tracks_item)

        artist = self.artist

        year = self.year

        artwork_id = self.artwork_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "trackCount": track_count,
                "durationMs": duration_ms,
                "tracks": tracks,
            }
        )
        if artist is not UNSET:
            field_dict["artist"] = artist
        if year is not UNSET:
            field_dict["year"] = year
        if artwork_id is not UNSET:
            field_dict["artworkId"] = artwork_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.shared_track import SharedTrack

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        track_count = d.pop("trackCount")

        duration_ms = d.pop("durationMs")

        tracks = []
        _tracks = d.pop("tracks")
        for tracks_item_data in _tracks:
            tracks_item = SharedTrack.from_dict(tracks_item_data)

            tracks.append(tracks_item)

        artist = d.pop("artist", UNSET)

        year = d.pop("year", UNSET)

        artwork_id = d.pop("artworkId", UNSET)

        shared_album = cls(
            id=id,
            title=title,
            track_count=track_count,
            duration_ms=duration_ms,
            tracks=tracks,
            artist=artist,
            year=year,
            artwork_id=artwork_id,
        )

        shared_album.additional_properties = d
        return shared_album

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

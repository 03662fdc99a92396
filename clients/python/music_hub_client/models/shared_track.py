from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SharedTrack")


@_attrs_define
class SharedTrack:
    """A track as a share page shows it: what is printed on a sleeve, never its file, folder,
    play count or saved mark.

        Attributes:
            id (str): Stream it with `GET /api/media/stream/{id}?mediaToken=`. Example: trk_5d41402abc4b2a76.
            title (str):
            artists (list[str]): The track's artists' names.
            duration_ms (int):
            album (str | Unset): The album's title.
            track_number (int | Unset):
            disc_number (int | Unset):
            year (int | Unset):
            artwork_id (str | Unset): Show it with `GET /api/media/artwork/{artworkId}?mediaToken=`.
    """

    id: str
    title: str
    artists: list[str]
    duration_ms: int
    album: str | Unset = UNSET
    track_number: int | Unset = UNSET
    disc_number: int | Unset = UNSET
    year: int | Unset = UNSET
    artwork_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        artists = self.artists

        duration_ms = self.duration_ms

        album = self.album

        track_number = self.track_number

        disc_number = self.disc_number

        year = self.year

        artwork_id = self.artwork_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "artists": artists,
                "durationMs": duration_ms,
            }
        )
        if album is not UNSET:
            field_dict["album"] = album
        if track_number is not UNSET:
            field_dict["trackNumber"] = track_number
        if disc_number is not UNSET:
            field_dict["discNumber"] = disc_number
        if year is not UNSET:
            field_dict["year"] = year
        if artwork_id is not UNSET:
            field_dict["artworkId"] = artwork_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        artists = cast(list[str], d.pop("artists"))

        duration_ms = d.pop("durationMs")

        album = d.pop("album", UNSET)

        track_number = d.pop("trackNumber", UNSET)

        disc_number = d.pop("discNumber", UNSET)

        year = d.pop("year", UNSET)

        artwork_id = d.pop("artworkId", UNSET)

        shared_track = cls(
            id=id,
            title=title,
            artists=artists,
            duration_ms=duration_ms,
            album=album,
            track_number=track_number,
            disc_number=disc_number,
            year=year,
            artwork_id=artwork_id,
        )

        shared_track.additional_properties = d
        return shared_track

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

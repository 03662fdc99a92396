from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Artist")


@_attrs_define
class Artist:
    """
    Attributes:
        id (str): Stable across rescans and database rebuilds. Example: art_1f0e3dad99908345.
        name (str):  Example: Radiohead.
        album_count (int): Albums of which the artist is the album artist. Example: 9.
        track_count (int): Tracks on which the artist is credited. Example: 104.
        sort_name (str | Unset): The name used for sorting, e.g. without a leading "The". Example: Radiohead.
        genres (list[str] | Unset):
        artwork_id (str | Unset): The id for `GET /api/media/artwork/{id}` (an image of one of the artist's albums);
            absent when none. Example: aw_0cc175b9c0f1b6a8.
        musicbrainz_artist_id (str | Unset):  Example: a74b1b7f-71a5-4011-9441-d0b5e4122711.
        play_count (int | Unset):  Example: 530.
        saved (bool | Unset):
        added_at (datetime.datetime | Unset):
    """

    id: str
    name: str
    album_count: int
    track_count: int
    sort_name: str | Unset = UNSET
    genres: list[str] | Unset = UNSET
    artwork_id: str | Unset = UNSET
    musicbrainz_artist_id: str | Unset = UNSET
    play_count: int | Unset = UNSET
    saved: bool | Unset = UNSET
    added_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        album_count = self.album_count

        track_count = self.track_count

        sort_name = self.sort_name

        genres: list[str] | Unset = UNSET
        if not isinstance(self.genres, Unset):
            genres = self.genres

        artwork_id = self.artwork_id

        musicbrainz_artist_id = self.musicbrainz_artist_id

        play_count = self.play_count

        saved = self.saved

        added_at: str | Unset = UNSET
        if not isinstance(self.added_at, Unset):
            added_at = self.added_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "albumCount": album_count,
                "trackCount": track_count,
            }
        )
        if sort_name is not UNSET:
            field_dict["sortName"] = sort_name
        if genres is not UNSET:
            field_dict["genres"] = genres
        if artwork_id is not UNSET:
            field_dict["artworkId"] = artwork_id
        if musicbrainz_artist_id is not UNSET:
            field_dict["musicbrainzArtistId"] = musicbrainz_artist_id
        if play_count is not UNSET:
            field_dict["playCount"] = play_count
        if saved is not UNSET:
            field_dict["saved"] = saved
        if added_at is not UNSET:
            field_dict["addedAt"] = added_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        album_count = d.pop("albumCount")

        track_count = d.pop("trackCount")

        sort_name = d.pop("sortName", UNSET)

        genres = cast(list[str], d.pop("genres", UNSET))

        artwork_id = d.pop("artworkId", UNSET)

        musicbrainz_artist_id = d.pop("musicbrainzArtistId", UNSET)

        play_count = d.pop("playCount", UNSET)

        saved = d.pop("saved", UNSET)

        _added_at = d.pop("addedAt", UNSET)
        added_at: datetime.datetime | Unset
        if isinstance(_added_at, Unset):
            added_at = UNSET
        else:
            added_at = datetime.datetime.fromisoformat(_added_at)

        artist = cls(
            id=id,
            name=name,
            album_count=album_count,
            track_count=track_count,
            sort_name=sort_name,
            genres=genres,
            artwork_id=artwork_id,
            musicbrainz_artist_id=musicbrainz_artist_id,
            play_count=play_count,
            saved=saved,
            added_at=added_at,
        )

        artist.additional_properties = d
        return artist

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

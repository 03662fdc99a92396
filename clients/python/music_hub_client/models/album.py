from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artist_ref import ArtistRef


T = TypeVar("T", bound="Album")


@_attrs_define
class Album:
    """An album, grouped by album artist; a multi-disc album is one album.

    Attributes:
        id (str): Stable across rescans and database rebuilds. Example: alb_9b2d7e61c0a4f3e8.
        title (str): The album tag, or the folder name when the files have none. Example: OK Computer.
        artists (list[ArtistRef]): The album artists ("Various Artists" for a compilation).
        track_count (int):  Example: 12.
        duration_ms (int):  Example: 3223000.
        compilation (bool):  Example: False.
        added_at (datetime.datetime): When the first of its tracks was added.
        year (int | Unset):  Example: 1997.
        genres (list[str] | Unset):
        disc_count (int | Unset):  Example: 1.
        artwork_id (str | Unset): The id for `GET /api/media/artwork/{id}`; absent when the album has no artwork.
            Example: aw_0cc175b9c0f1b6a8.
        musicbrainz_release_id (str | Unset):  Example: 0b6b4ba0-d36f-47bd-b4ea-6a5b91842d29.
        play_count (int | Unset): Plays of the album's tracks. Example: 87.
        saved (bool | Unset):
    """

    id: str
    title: str
    artists: list[ArtistRef]
    track_count: int
    duration_ms: int
    compilation: bool
    added_at: datetime.datetime
    year: int | Unset = UNSET
    genres: list[str] | Unset = UNSET
    disc_count: int | Unset = UNSET
    artwork_id: str | Unset = UNSET
    musicbrainz_release_id: str | Unset = UNSET
    play_count: int | Unset = UNSET
    saved: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        artists = []
        for artists_item_data in self.artists:
            artists_item = artists_item_data.to_dict()
            artists.append(artists_item)

        track_count = self.track_count

        duration_ms = self.duration_ms

        compilation = self.compilation

        added_at = self.added_at.isoformat()

        year = self.year

        genres: list[str] | Unset = UNSET
        if not isinstance(self.genres, Unset):
            genres = self.genres

        disc_count = self.disc_count

        artwork_id = self.artwork_id

        musicbrainz_release_id = self.musicbrainz_release_id

        play_count = self.play_count

        saved = self.saved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "artists": artists,
                "trackCount": track_count,
                "durationMs": duration_ms,
                "compilation": compilation,
                "addedAt": added_at,
            }
        )
        if year is not UNSET:
            field_dict["year"] = year
        if genres is not UNSET:
            field_dict["genres"] = genres
        if disc_count is not UNSET:
            field_dict["discCount"] = disc_count
        if artwork_id is not UNSET:
            field_dict["artworkId"] = artwork_id
        if musicbrainz_release_id is not UNSET:
            field_dict["musicbrainzReleaseId"] = musicbrainz_release_id
        if play_count is not UNSET:
            field_dict["playCount"] = play_count
        if saved is not UNSET:
            field_dict["saved"] = saved

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.artist_ref import ArtistRef

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        artists = []
        _artists = d.pop("artists")
        for artists_item_data in _artists:
            artists_item = ArtistRef.from_dict(artists_item_data)

            artists.append(artists_item)

        track_count = d.pop("trackCount")

        duration_ms = d.pop("durationMs")

        compilation = d.pop("compilation")

        added_at = datetime.datetime.fromisoformat(d.pop("addedAt"))

        year = d.pop("year", UNSET)

        genres = cast(list[str], d.pop("genres", UNSET))

        disc_count = d.pop("discCount", UNSET)

        artwork_id = d.pop("artworkId", UNSET)

        musicbrainz_release_id = d.pop("musicbrainzReleaseId", UNSET)

        play_count = d.pop("playCount", UNSET)

        saved = d.pop("saved", UNSET)

        album = cls(
            id=id,
            title=title,
            artists=artists,
            track_count=track_count,
            duration_ms=duration_ms,
            compilation=compilation,
            added_at=added_at,
            year=year,
            genres=genres,
            disc_count=disc_count,
            artwork_id=artwork_id,
            musicbrainz_release_id=musicbrainz_release_id,
            play_count=play_count,
            saved=saved,
        )

        album.additional_properties = d
        return album

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

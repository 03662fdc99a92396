from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.album import Album
    from ..models.artist import Artist
    from ..models.track import Track


T = TypeVar("T", bound="ArtistDetail")


@_attrs_define
class ArtistDetail:
    """An artist with their albums, appearances and top tracks.

    Attributes:
        artist (Artist):
        albums (list[Album]): Albums of which the artist is the album artist, newest first.
        appearances (list[Album]): Albums of other artists (compilations included) with at least one of the artist's
            tracks.
        top_tracks (list[Track]): The artist's most played tracks, at most 20.
    """

    artist: Artist
    albums: list[Album]
    appearances: list[Album]
    top_tracks: list[Track]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        artist = self.artist.to_dict()

        albums = []
        for albums_item_data in self.albums:
            albums_item = albums_item_data.to_dict()
            albums.append(albums_item)

        appearances = []
        for appearances_item_data in self.appearances:
            appearances_item = appearances_item_data.to_dict()
            appearances.append(appearances_item)

        top_tracks = []
        for top_tracks_item_data in self.top_tracks:
            top_tracks_item = top_tracks_item_data.to_dict()
            top_tracks.append(top_tracks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "artist": artist,
                "albums": albums,
                "appearances": appearances,
                "topTracks": top_tracks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.album import Album
        from ..models.artist import Artist
        from ..models.track import Track

        d = dict(src_dict)
        artist = Artist.from_dict(d.pop("artist"))

        albums = []
        _albums = d.pop("albums")
        for albums_item_data in _albums:
            albums_item = Album.from_dict(albums_item_data)

            albums.append(albums_item)

        appearances = []
        _appearances = d.pop("appearances")
        for appearances_item_data in _appearances:
            appearances_item = Album.from_dict(appearances_item_data)

            appearances.append(appearances_item)

        top_tracks = []
        _top_tracks = d.pop("topTracks")
        for top_tracks_item_data in _top_tracks:
            top_tracks_item = Track.from_dict(top_tracks_item_data)

            top_tracks.append(top_tracks_item)

        artist_detail = cls(
            artist=artist,
            albums=albums,
            appearances=appearances,
            top_tracks=top_tracks,
        )

        artist_detail.additional_properties = d
        return artist_detail

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.album import Album
    from ..models.artist import Artist
    from ..models.playlist import Playlist
    from ..models.track import Track


T = TypeVar("T", bound="SearchResults")


@_attrs_define
class SearchResults:
    """Search results grouped by type, best first; a type not asked for is an empty list.

    Attributes:
        query (str):  Example: ok compu.
        tracks (list[Track]):
        albums (list[Album]):
        artists (list[Artist]):
        playlists (list[Playlist]):
        approximate (bool): Some results are near misses (a letter wrong, missing or extra), ranked below exact hits.
            Example: False.
    """

    query: str
    tracks: list[Track]
    albums: list[Album]
    artists: list[Artist]
    playlists: list[Playlist]
    approximate: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        tracks = []
        for tracks_item_data in self.tracks:
            tracks_item = tracks_item_data.to_dict()
            tracks.append(tracks_item)

        albums = []
        for albums_item_data in self.albums:
            albums_item = albums_item_data.to_dict()
            albums.append(albums_item)

        artists = []
        for artists_item_data in self.artists:
            artists_item = artists_item_data.to_dict()
            artists.append(artists_item)

        playlists = []
        for playlists_item_data in self.playlists:
            playlists_item = playlists_item_data.to_dict()
            playlists.append(playlists_item)

        approximate = self.approximate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
                "tracks": tracks,
                "albums": albums,
                "artists": artists,
                "playlists": playlists,
                "approximate": approximate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.album import Album
        from ..models.artist import Artist
        from ..models.playlist import Playlist
        from ..models.track import Track

        d = dict(src_dict)
        query = d.pop("query")

        tracks = []
        _tracks = d.pop("tracks")
        for tracks_item_data in _tracks:
            tracks_item = Track.from_dict(tracks_item_data)

            tracks.append(tracks_item)

        albums = []
        _albums = d.pop("albums")
        for albums_item_data in _albums:
            albums_item = Album.from_dict(albums_item_data)

            albums.append(albums_item)

        artists = []
        _artists = d.pop("artists")
        for artists_item_data in _artists:
            artists_item = Artist.from_dict(artists_item_data)

            artists.append(artists_item)

        playlists = []
        _playlists = d.pop("playlists")
        for playlists_item_data in _playlists:
            playlists_item = Playlist.from_dict(playlists_item_data)

            playlists.append(playlists_item)

        approximate = d.pop("approximate")

        search_results = cls(
            query=query,
            tracks=tracks,
            albums=albums,
            artists=artists,
            playlists=playlists,
            approximate=approximate,
        )

        search_results.additional_properties = d
        return search_results

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

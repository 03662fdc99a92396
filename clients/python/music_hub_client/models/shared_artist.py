from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shared_album_summary import SharedAlbumSummary
    from ..models.shared_track import SharedTrack


T = TypeVar("T", bound="SharedArtist")


@_attrs_define
class SharedArtist:
    """A shared artist, their albums and their tracks (as album artist or track artist).

    Attributes:
        id (str):
        name (str):
        albums (list[SharedAlbumSummary]):
        tracks (list[SharedTrack]):
        artwork_id (str | Unset):
    """

    id: str
    name: str
    albums: list[SharedAlbumSummary]
    tracks: list[SharedTrack]
    artwork_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        albums = []
        for albums_item_data in self.albums:
            albums_item = albums_item_data.to_dict()
            albums.append(albums_item)

        tracks = []
        for tracks_item_data in self.tracks:
            tracks_item = tracks_item_data.to_dict()
            tracks.append(tracks_item)

        artwork_id = self.artwork_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "albums": albums,
                "tracks": tracks,
            }
        )
        if artwork_id is not UNSET:
            field_dict["artworkId"] = artwork_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.shared_album_summary import SharedAlbumSummary
        from ..models.shared_track import SharedTrack

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        albums = []
        _albums = d.pop("albums")
        for albums_item_data in _albums:
            albums_item = SharedAlbumSummary.from_dict(albums_item_data)

            albums.append(albums_item)

        tracks = []
        _tracks = d.pop("tracks")
        for tracks_item_data in _tracks:
            tracks_item = SharedTrack.from_dict(tracks_item_data)

            tracks.append(tracks_item)

        artwork_id = d.pop("artworkId", UNSET)

        shared_artist = cls(
            id=id,
            name=name,
            albums=albums,
            tracks=tracks,
            artwork_id=artwork_id,
        )

        shared_artist.additional_properties = d
        return shared_artist

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.saved_kind import SavedKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.album import Album
    from ..models.artist import Artist
    from ..models.playlist import Playlist
    from ..models.track import Track


T = TypeVar("T", bound="SavedItem")


@_attrs_define
class SavedItem:
    """A saved item; the property named by `kind` (`track`, `album`, `artist` or `playlist`) holds it.

    Attributes:
        kind (SavedKind): What can be saved.
        id (str): The saved item's id. Example: alb_9b2d7e61c0a4f3e8.
        name (str): Its title or name. Example: OK Computer.
        saved_at (datetime.datetime):
        track (Track | Unset): A track of the catalogue, with the effective metadata (file tags with the user's
            overrides applied).
        album (Album | Unset): An album, grouped by album artist; a multi-disc album is one album.
        artist (Artist | Unset):
        playlist (Playlist | Unset):
    """

    kind: SavedKind
    id: str
    name: str
    saved_at: datetime.datetime
    track: Track | Unset = UNSET
    album: Album | Unset = UNSET
    artist: Artist | Unset = UNSET
    playlist: Playlist | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        id = self.id

        name = self.name

        saved_at = self.saved_at.isoformat()

        track: dict[str, Any] | Unset = UNSET
        if not isinstance(self.track, Unset):
            track = self.track.to_dict()

        album: dict[str, Any] | Unset = UNSET
        if not isinstance(self.album, Unset):
            album = self.album.to_dict()

        artist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.artist, Unset):
            artist = self.artist.to_dict()

        playlist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.playlist, Unset):
            playlist = self.playlist.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "id": id,
                "name": name,
                "savedAt": saved_at,
            }
        )
        if track is not UNSET:
            field_dict["track"] = track
        if album is not UNSET:
            field_dict["album"] = album
        if artist is not UNSET:
            field_dict["artist"] = artist
        if playlist is not UNSET:
            field_dict["playlist"] = playlist

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.album import Album
        from ..models.artist import Artist
        from ..models.playlist import Playlist
        from ..models.track import Track

        d = dict(src_dict)
        kind = SavedKind(d.pop("kind"))

        id = d.pop("id")

        name = d.pop("name")

        saved_at = datetime.datetime.fromisoformat(d.pop("savedAt"))

        _track = d.pop("track", UNSET)
        track: Track | Unset
        if isinstance(_track, Unset):
            track = UNSET
        else:
            track = Track.from_dict(_track)

        _album = d.pop("album", UNSET)
        album: Album | Unset
        if isinstance(_album, Unset):
            album = UNSET
        else:
            album = Album.from_dict(_album)

        _artist = d.pop("artist", UNSET)
        artist: Artist | Unset
        if isinstance(_artist, Unset):
            artist = UNSET
        else:
            artist = Artist.from_dict(_artist)

        _playlist = d.pop("playlist", UNSET)
        playlist: Playlist | Unset
        if isinstance(_playlist, Unset):
            playlist = UNSET
        else:
            playlist = Playlist.from_dict(_playlist)

        saved_item = cls(
            kind=kind,
            id=id,
            name=name,
            saved_at=saved_at,
            track=track,
            album=album,
            artist=artist,
            playlist=playlist,
        )

        saved_item.additional_properties = d
        return saved_item

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.playlist import Playlist
    from ..models.playlist_entry import PlaylistEntry


T = TypeVar("T", bound="PlaylistDetail")


@_attrs_define
class PlaylistDetail:
    """A playlist with one page of its entries in order; `playlist.trackCount` counts them all.

    Attributes:
        playlist (Playlist):
        entries (list[PlaylistEntry]):
        next_cursor (str | Unset): Pass as `cursor` to `GET /api/playlists/{id}` for the next page of entries; absent on
            the last page.
    """

    playlist: Playlist
    entries: list[PlaylistEntry]
    next_cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        playlist = self.playlist.to_dict()

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "playlist": playlist,
                "entries": entries,
            }
        )
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.playlist import Playlist
        from ..models.playlist_entry import PlaylistEntry

        d = dict(src_dict)
        playlist = Playlist.from_dict(d.pop("playlist"))

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = PlaylistEntry.from_dict(entries_item_data)

            entries.append(entries_item)

        next_cursor = d.pop("nextCursor", UNSET)

        playlist_detail = cls(
            playlist=playlist,
            entries=entries,
            next_cursor=next_cursor,
        )

        playlist_detail.additional_properties = d
        return playlist_detail

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

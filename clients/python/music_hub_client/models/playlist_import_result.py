from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.playlist_detail import PlaylistDetail
    from ..models.playlist_import_unmatched import PlaylistImportUnmatched


T = TypeVar("T", bound="PlaylistImportResult")


@_attrs_define
class PlaylistImportResult:
    """
    Attributes:
        playlist (PlaylistDetail): A playlist with one page of its entries in order; `playlist.trackCount` counts them
            all.
        unmatched (list[PlaylistImportUnmatched]): The lines that matched no track, in file order.
    """

    playlist: PlaylistDetail
    unmatched: list[PlaylistImportUnmatched]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        playlist = self.playlist.to_dict()

        unmatched = []
        for unmatched_item_data in self.unmatched:
            unmatched_item = unmatched_item_data.to_dict()
            unmatched.append(unmatched_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "playlist": playlist,
                "unmatched": unmatched,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.playlist_detail import PlaylistDetail
        from ..models.playlist_import_unmatched import PlaylistImportUnmatched

        d = dict(src_dict)
        playlist = PlaylistDetail.from_dict(d.pop("playlist"))

        unmatched = []
        _unmatched = d.pop("unmatched")
        for unmatched_item_data in _unmatched:
            unmatched_item = PlaylistImportUnmatched.from_dict(unmatched_item_data)

            unmatched.append(unmatched_item)

        playlist_import_result = cls(
            playlist=playlist,
            unmatched=unmatched,
        )

        playlist_import_result.additional_properties = d
        return playlist_import_result

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

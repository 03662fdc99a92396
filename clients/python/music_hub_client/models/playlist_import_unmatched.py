from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlaylistImportUnmatched")


@_attrs_define
class PlaylistImportUnmatched:
    """A line of an imported file that matched no track.

    Attributes:
        line (int): Its line number in the file, from 1. Example: 7.
        path (str): The line as written. Example: /media/old-disk/Unknown.mp3.
        title (str | Unset): The "artist - title" of its `#EXTINF`, when it has one. Example: Unknown Artist - Unknown.
    """

    line: int
    path: str
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line = self.line

        path = self.path

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "line": line,
                "path": path,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        line = d.pop("line")

        path = d.pop("path")

        title = d.pop("title", UNSET)

        playlist_import_unmatched = cls(
            line=line,
            path=path,
            title=title,
        )

        playlist_import_unmatched.additional_properties = d
        return playlist_import_unmatched

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

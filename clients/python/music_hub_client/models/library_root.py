from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LibraryRoot")


@_attrs_define
class LibraryRoot:
    """A music folder given with `--library`.

    Attributes:
        id (str): The first segment of every `path` inside this root. Example: music.
        name (str): The folder's name, for display. Example: Music.
        available (bool): False when the folder cannot be read (unmounted disk...).
        absolute_path (str | Unset): The folder's absolute path; only present for local calls. Example: /home/ana/Music.
        track_count (int | Unset):  Example: 18234.
    """

    id: str
    name: str
    available: bool
    absolute_path: str | Unset = UNSET
    track_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        available = self.available

        absolute_path = self.absolute_path

        track_count = self.track_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "available": available,
            }
        )
        if absolute_path is not UNSET:
            field_dict["absolutePath"] = absolute_path
        if track_count is not UNSET:
            field_dict["trackCount"] = track_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        available = d.pop("available")

        absolute_path = d.pop("absolutePath", UNSET)

        track_count = d.pop("trackCount", UNSET)

        library_root = cls(
            id=id,
            name=name,
            available=available,
            absolute_path=absolute_path,
            track_count=track_count,
        )

        library_root.additional_properties = d
        return library_root

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

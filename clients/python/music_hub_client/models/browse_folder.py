from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BrowseFolder")


@_attrs_define
class BrowseFolder:
    """
    Attributes:
        name (str):  Example: OK Computer.
        path (str): Pass as `path` to `GET /api/browse` to open it. Example: music/Radiohead/OK Computer.
        folder_count (int): Sub-folders directly inside. Example: 0.
        track_count (int): Tracks directly inside. Example: 12.
        artwork_id (str | Unset): The folder's artwork (`cover.jpg`, `folder.jpg`...), when it has one. Example:
            aw_0cc175b9c0f1b6a8.
    """

    name: str
    path: str
    folder_count: int
    track_count: int
    artwork_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        path = self.path

        folder_count = self.folder_count

        track_count = self.track_count

        artwork_id = self.artwork_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "path": path,
                "folderCount": folder_count,
                "trackCount": track_count,
            }
        )
        if artwork_id is not UNSET:
            field_dict["artworkId"] = artwork_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        path = d.pop("path")

        folder_count = d.pop("folderCount")

        track_count = d.pop("trackCount")

        artwork_id = d.pop("artworkId", UNSET)

        browse_folder = cls(
            name=name,
            path=path,
            folder_count=folder_count,
            track_count=track_count,
            artwork_id=artwork_id,
        )

        browse_folder.additional_properties = d
        return browse_folder

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

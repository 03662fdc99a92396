from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Playlist")


@_attrs_define
class Playlist:
    """
    Attributes:
        id (str):  Example: pl_c4ca4238a0b92382.
        name (str):  Example: Road trip.
        track_count (int):  Example: 42.
        duration_ms (int):  Example: 10080000.
        read_only (bool): True for a playlist that follows an `.m3u`/`.m3u8` file in the library folders:
            a scan creates it when it finds the file, matches its entries again when the
            file changes, and deletes it when the file goes. Editing it (rename, delete, add,
            remove or reorder entries) answers `409 playlist_read_only`; export it, or import
            the file, for a copy of your own.
             Example: False.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        description (str | Unset):  Example: Songs for the A7..
        artwork_id (str | Unset): The artwork of the first entry that has one; absent when none. Example:
            aw_0cc175b9c0f1b6a8.
        saved (bool | Unset):
    """

    id: str
    name: str
    track_count: int
    duration_ms: int
    read_only: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: str | Unset = UNSET
    artwork_id: str | Unset = UNSET
    saved: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        track_count = self.track_count

        duration_ms = self.duration_ms

        read_only = self.read_only

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description = self.description

        artwork_id = self.artwork_id

        saved = self.saved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "trackCount": track_count,
                "durationMs": duration_ms,
                "readOnly": read_only,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if artwork_id is not UNSET:
            field_dict["artworkId"] = artwork_id
        if saved is not UNSET:
            field_dict["saved"] = saved

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        track_count = d.pop("trackCount")

        duration_ms = d.pop("durationMs")

        read_only = d.pop("readOnly")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        description = d.pop("description", UNSET)

        artwork_id = d.pop("artworkId", UNSET)

        saved = d.pop("saved", UNSET)

        playlist = cls(
            id=id,
            name=name,
            track_count=track_count,
            duration_ms=duration_ms,
            read_only=read_only,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
            artwork_id=artwork_id,
            saved=saved,
        )

        playlist.additional_properties = d
        return playlist

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

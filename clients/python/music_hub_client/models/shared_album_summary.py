from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SharedAlbumSummary")


@_attrs_define
class SharedAlbumSummary:
    """
    Attributes:
        id (str):
        title (str):
        track_count (int):
        year (int | Unset):
        artwork_id (str | Unset):
    """

    id: str
    title: str
    track_count: int
    year: int | Unset = UNSET
    artwork_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        track_count = self.track_count

        year = self.year

        artwork_id = self.artwork_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "trackCount": track_count,
            }
        )
        if year is not UNSET:
            field_dict["year"] = year
        if artwork_id is not UNSET:
            field_dict["artworkId"] = artwork_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        track_count = d.pop("trackCount")

        year = d.pop("year", UNSET)

        artwork_id = d.pop("artworkId", UNSET)

        shared_album_summary = cls(
            id=id,
            title=title,
            track_count=track_count,
            year=year,
            artwork_id=artwork_id,
        )

        shared_album_summary.additional_properties = d
        return shared_album_summary

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

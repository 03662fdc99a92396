from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlaylistCreate")


@_attrs_define
class PlaylistCreate:
    """
    Attributes:
        name (str):  Example: Road trip.
        description (str | Unset):  Example: Songs for the A7..
        track_ids (list[str] | Unset): The first entries, in order.
    """

    name: str
    description: str | Unset = UNSET
    track_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        track_ids: list[str] | Unset = UNSET
        if not isinstance(self.track_ids, Unset):
            track_ids = self.track_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if track_ids is not UNSET:
            field_dict["trackIds"] = track_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        track_ids = cast(list[str], d.pop("trackIds", UNSET))

        playlist_create = cls(
            name=name,
            description=description,
            track_ids=track_ids,
        )

        playlist_create.additional_properties = d
        return playlist_create

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlaylistTracksAdd")


@_attrs_define
class PlaylistTracksAdd:
    """
    Attributes:
        track_ids (list[str]): The tracks to add, in order.
        position (int | Unset): Where to insert (0 is the top); absent or past the end appends.
    """

    track_ids: list[str]
    position: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        track_ids = self.track_ids

        position = self.position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trackIds": track_ids,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        track_ids = cast(list[str], d.pop("trackIds"))

        position = d.pop("position", UNSET)

        playlist_tracks_add = cls(
            track_ids=track_ids,
            position=position,
        )

        playlist_tracks_add.additional_properties = d
        return playlist_tracks_add

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

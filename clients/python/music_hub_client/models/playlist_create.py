from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlaylistCreate")


@_attrs_define
class PlaylistCreate:
    """
    Attributes:
        name (str): Spaces around it are dropped; it needs one character that is not a space. Example: Road trip.
        description (str | Unset):  Example: Songs for the A7..
        track_ids (list[str] | Unset): The first entries, in order.
    """

    name: str
    description: str | Unset = UNSET
    track_ids: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        track_ids: list[str] | Unset = UNSET
        if not isinstance(self.track_ids, Unset):
            track_ids = self.track_ids

        field_dict: dict[str, Any] = {}

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

        return playlist_create

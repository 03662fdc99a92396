from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        track_ids = self.track_ids

        position = self.position

        field_dict: dict[str, Any] = {}

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

        return playlist_tracks_add

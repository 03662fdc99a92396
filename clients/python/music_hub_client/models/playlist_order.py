from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PlaylistOrder")


@_attrs_define
class PlaylistOrder:
    """
    Attributes:
        entry_ids (list[str]): Every entry of the playlist exactly once, in the new order.
    """

    entry_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        entry_ids = self.entry_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entryIds": entry_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        entry_ids = cast(list[str], d.pop("entryIds"))

        playlist_order = cls(
            entry_ids=entry_ids,
        )

        return playlist_order

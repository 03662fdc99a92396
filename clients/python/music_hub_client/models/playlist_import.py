from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlaylistImport")


@_attrs_define
class PlaylistImport:
    """
    Attributes:
        m3u (str): The text of the M3U or M3U8 file.
        name (str | Unset): The new playlist's name; by default the file's `#PLAYLIST`, else "Imported playlist".
            Example: Road trip.
    """

    m3u: str
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        m3u = self.m3u

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "m3u": m3u,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        m3u = d.pop("m3u")

        name = d.pop("name", UNSET)

        playlist_import = cls(
            m3u=m3u,
            name=name,
        )

        return playlist_import

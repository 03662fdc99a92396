from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PlaybackHistoryChange")


@_attrs_define
class PlaybackHistoryChange:
    """The play recorded, and its track.

    Attributes:
        history_id (str):  Example: his_92eb5ffee6ae2fec.
        track_id (str):  Example: trk_5d41402abc4b2a76.
    """

    history_id: str
    track_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        history_id = self.history_id

        track_id = self.track_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "historyId": history_id,
                "trackId": track_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        history_id = d.pop("historyId")

        track_id = d.pop("trackId")

        playback_history_change = cls(
            history_id=history_id,
            track_id=track_id,
        )

        playback_history_change.additional_properties = d
        return playback_history_change

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track import Track


T = TypeVar("T", bound="PlaybackHistoryEntry")


@_attrs_define
class PlaybackHistoryEntry:
    """
    Attributes:
        id (str):  Example: plh_1679091c5a880faf.
        track (Track): A track of the catalogue, with the effective metadata (file tags with the user's overrides
            applied).
        played_at (datetime.datetime): When playback of the track started.
        played_ms (int | Unset): How long it was played. Example: 180000.
        device_id (str | Unset): The device that played it; absent for local calls. Example: phone-ana.
        device_name (str | Unset):  Example: Ana's phone.
    """

    id: str
    track: Track
    played_at: datetime.datetime
    played_ms: int | Unset = UNSET
    device_id: str | Unset = UNSET
    device_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        track = self.track.to_dict()

        played_at = self.played_at.isoformat()

        played_ms = self.played_ms

        device_id = self.device_id

        device_name = self.device_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "track": track,
                "playedAt": played_at,
            }
        )
        if played_ms is not UNSET:
            field_dict["playedMs"] = played_ms
        if device_id is not UNSET:
            field_dict["deviceId"] = device_id
        if device_name is not UNSET:
            field_dict["deviceName"] = device_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.track import Track

        d = dict(src_dict)
        id = d.pop("id")

        track = Track.from_dict(d.pop("track"))

        played_at = datetime.datetime.fromisoformat(d.pop("playedAt"))

        played_ms = d.pop("playedMs", UNSET)

        device_id = d.pop("deviceId", UNSET)

        device_name = d.pop("deviceName", UNSET)

        playback_history_entry = cls(
            id=id,
            track=track,
            played_at=played_at,
            played_ms=played_ms,
            device_id=device_id,
            device_name=device_name,
        )

        playback_history_entry.additional_properties = d
        return playback_history_entry

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.playback_state import PlaybackState
from ..models.repeat_mode import RepeatMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track import Track


T = TypeVar("T", bound="PlaybackSession")


@_attrs_define
class PlaybackSession:
    """The playback session shared by all devices.

    Attributes:
        revision (int): Grows with every change; send it back as `baseRevision`. Example: 41.
        state (PlaybackState):
        queue (list[Track]): The queue, in play order (shuffle already applied).
        position_ms (int): The position in the current track when `updatedAt` was set. Example: 73500.
        shuffle (bool):  Example: False.
        repeat (RepeatMode): `off`, repeat the whole queue (`all`) or the current track (`one`).
        volume (float):  Example: 0.8.
        updated_at (datetime.datetime):
        current_index (int | Unset): The index in `queue` of the current track; absent when the queue is empty. Example:
            2.
        active_device_id (str | Unset): The device that last changed the session; absent for local calls. Example:
            phone-ana.
        active_device_name (str | Unset):  Example: Ana's phone.
    """

    revision: int
    state: PlaybackState
    queue: list[Track]
    position_ms: int
    shuffle: bool
    repeat: RepeatMode
    volume: float
    updated_at: datetime.datetime
    current_index: int | Unset = UNSET
    active_device_id: str | Unset = UNSET
    active_device_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        revision = self.revision

        state = self.state.value

        queue = []
        for queue_item_data in self.queue:
            queue_item = queue_item_data.to_dict()
            queue.append(queue_item)

        position_ms = self.position_ms

        shuffle = self.shuffle

        repeat = self.repeat.value

        volume = self.volume

        updated_at = self.updated_at.isoformat()

        current_index = self.current_index

        active_device_id = self.active_device_id

        active_device_name = self.active_device_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "revision": revision,
                "state": state,
                "queue": queue,
                "positionMs": position_ms,
                "shuffle": shuffle,
                "repeat": repeat,
                "volume": volume,
                "updatedAt": updated_at,
            }
        )
        if current_index is not UNSET:
            field_dict["currentIndex"] = current_index
        if active_device_id is not UNSET:
            field_dict["activeDeviceId"] = active_device_id
        if active_device_name is not UNSET:
            field_dict["activeDeviceName"] = active_device_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.track import Track

        d = dict(src_dict)
        revision = d.pop("revision")

        state = PlaybackState(d.pop("state"))

        queue = []
        _queue = d.pop("queue")
        for queue_item_data in _queue:
            queue_item = Track.from_dict(queue_item_data)

            queue.append(queue_item)

        position_ms = d.pop("positionMs")

        shuffle = d.pop("shuffle")

        repeat = RepeatMode(d.pop("repeat"))

        volume = d.pop("volume")

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        current_index = d.pop("currentIndex", UNSET)

        active_device_id = d.pop("activeDeviceId", UNSET)

        active_device_name = d.pop("activeDeviceName", UNSET)

        playback_session = cls(
            revision=revision,
            state=state,
            queue=queue,
            position_ms=position_ms,
            shuffle=shuffle,
            repeat=repeat,
            volume=volume,
            updated_at=updated_at,
            current_index=current_index,
            active_device_id=active_device_id,
            active_device_name=active_device_name,
        )

        playback_session.additional_properties = d
        return playback_session

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

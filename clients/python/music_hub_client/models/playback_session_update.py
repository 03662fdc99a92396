from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.playback_state import PlaybackState
from ..models.repeat_mode import RepeatMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlaybackSessionUpdate")


@_attrs_define
class PlaybackSessionUpdate:
    """The fields to change; absent fields are kept.

    Attributes:
        base_revision (int | Unset): The `revision` this change is based on; when the session changed since, the call
            answers `409 session_conflict`. Example: 41.
        queue_track_ids (list[str] | Unset): The new queue, in its natural order (the hub applies shuffle).
        current_index (int | Unset): The index in the (new) queue of the current track. Example: 2.
        position_ms (int | Unset):  Example: 0.
        state (PlaybackState | Unset):
        shuffle (bool | Unset):
        repeat (RepeatMode | Unset): `off`, repeat the whole queue (`all`) or the current track (`one`).
        volume (float | Unset):  Example: 0.8.
    """

    base_revision: int | Unset = UNSET
    queue_track_ids: list[str] | Unset = UNSET
    current_index: int | Unset = UNSET
    position_ms: int | Unset = UNSET
    state: PlaybackState | Unset = UNSET
    shuffle: bool | Unset = UNSET
    repeat: RepeatMode | Unset = UNSET
    volume: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        base_revision = self.base_revision

        queue_track_ids: list[str] | Unset = UNSET
        if not isinstance(self.queue_track_ids, Unset):
            queue_track_ids = self.queue_track_ids

        current_index = self.current_index

        position_ms = self.position_ms

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        shuffle = self.shuffle

        repeat: str | Unset = UNSET
        if not isinstance(self.repeat, Unset):
            repeat = self.repeat.value

        volume = self.volume

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if base_revision is not UNSET:
            field_dict["baseRevision"] = base_revision
        if queue_track_ids is not UNSET:
            field_dict["queueTrackIds"] = queue_track_ids
        if current_index is not UNSET:
            field_dict["currentIndex"] = current_index
        if position_ms is not UNSET:
            field_dict["positionMs"] = position_ms
        if state is not UNSET:
            field_dict["state"] = state
        if shuffle is not UNSET:
            field_dict["shuffle"] = shuffle
        if repeat is not UNSET:
            field_dict["repeat"] = repeat
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        base_revision = d.pop("baseRevision", UNSET)

        queue_track_ids = cast(list[str], d.pop("queueTrackIds", UNSET))

        current_index = d.pop("currentIndex", UNSET)

        position_ms = d.pop("positionMs", UNSET)

        _state = d.pop("state", UNSET)
        state: PlaybackState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = PlaybackState(_state)

        shuffle = d.pop("shuffle", UNSET)

        _repeat = d.pop("repeat", UNSET)
        repeat: RepeatMode | Unset
        if isinstance(_repeat, Unset):
            repeat = UNSET
        else:
            repeat = RepeatMode(_repeat)

        volume = d.pop("volume", UNSET)

        playback_session_update = cls(
            base_revision=base_revision,
            queue_track_ids=queue_track_ids,
            current_index=current_index,
            position_ms=position_ms,
            state=state,
            shuffle=shuffle,
            repeat=repeat,
            volume=volume,
        )

        return playback_session_update

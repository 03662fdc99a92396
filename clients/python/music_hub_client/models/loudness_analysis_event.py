from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.loudness_analysis_event_type import LoudnessAnalysisEventType

if TYPE_CHECKING:
    from ..models.loudness_analysis_change import LoudnessAnalysisChange


T = TypeVar("T", bound="LoudnessAnalysisEvent")


@_attrs_define
class LoudnessAnalysisEvent:
    """The loudness analysis (ReplayGain from the audio, offered as `loudness`
    suggestions) started, moved on, paused for a scan or ended. Sent only for runs
    with something to measure, at most about once a second while one runs.

        Attributes:
            id (int): Increases with every event; send the last one received as `Last-Event-ID` to resume. Example: 1042.
            type_ (LoudnessAnalysisEventType):
            payload (LoudnessAnalysisChange): Where one run of the loudness analysis stands. A run measures whole albums (an
                album's gain needs all its tracks), newest first, those never measured or whose
                files or tracks changed since; `total` counts their tracks.
            at (datetime.datetime):
    """

    id: int
    type_: LoudnessAnalysisEventType
    payload: LoudnessAnalysisChange
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        payload = self.payload.to_dict()

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "payload": payload,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.loudness_analysis_change import LoudnessAnalysisChange

        d = dict(src_dict)
        id = d.pop("id")

        type_ = LoudnessAnalysisEventType(d.pop("type"))

        payload = LoudnessAnalysisChange.from_dict(d.pop("payload"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        loudness_analysis_event = cls(
            id=id,
            type_=type_,
            payload=payload,
            at=at,
        )

        loudness_analysis_event.additional_properties = d
        return loudness_analysis_event

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

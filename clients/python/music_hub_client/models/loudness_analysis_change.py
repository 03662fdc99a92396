from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_state import AnalysisState

T = TypeVar("T", bound="LoudnessAnalysisChange")


@_attrs_define
class LoudnessAnalysisChange:
    """Where one run of the loudness analysis stands. A run measures whole albums (an
    album's gain needs all its tracks), newest first, those never measured or whose
    files or tracks changed since; `total` counts their tracks.

        Attributes:
            state (AnalysisState): `running`, `paused` (waiting for a scan to end), `completed`, or `cancelled` (the hub is
                stopping; the rest is measured next time).
            analyzed (int): Tracks measured so far in this run, `failed` among them.
            failed (int): Tracks whose audio could not be decoded.
            total (int):
    """

    state: AnalysisState
    analyzed: int
    failed: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state.value

        analyzed = self.analyzed

        failed = self.failed

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
                "analyzed": analyzed,
                "failed": failed,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        state = AnalysisState(d.pop("state"))

        analyzed = d.pop("analyzed")

        failed = d.pop("failed")

        total = d.pop("total")

        loudness_analysis_change = cls(
            state=state,
            analyzed=analyzed,
            failed=failed,
            total=total,
        )

        loudness_analysis_change.additional_properties = d
        return loudness_analysis_change

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

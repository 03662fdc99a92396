from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArmRequest")


@_attrs_define
class ArmRequest:
    """
    Attributes:
        minutes (int | Unset): How long the pairing window stays open. Default: 10. Example: 30.
    """

    minutes: int | Unset = 10

    def to_dict(self) -> dict[str, Any]:
        minutes = self.minutes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if minutes is not UNSET:
            field_dict["minutes"] = minutes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        minutes = d.pop("minutes", UNSET)

        arm_request = cls(
            minutes=minutes,
        )

        return arm_request

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScanRequest")


@_attrs_define
class ScanRequest:
    """
    Attributes:
        full (bool | Unset): Re-read every file instead of skipping those whose size and modification time did not
            change. Default: False.
    """

    full: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        full = self.full

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if full is not UNSET:
            field_dict["full"] = full

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        full = d.pop("full", UNSET)

        scan_request = cls(
            full=full,
        )

        return scan_request

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_outcome import ScanOutcome

T = TypeVar("T", bound="ScanCompletedChange")


@_attrs_define
class ScanCompletedChange:
    """The scan that ended, how, and how many tracks it added, updated and removed.

    Attributes:
        scan_id (str):
        status (ScanOutcome): How a scan ended.
        added (int):
        updated (int):
        removed (int):
    """

    scan_id: str
    status: ScanOutcome
    added: int
    updated: int
    removed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scan_id = self.scan_id

        status = self.status.value

        added = self.added

        updated = self.updated

        removed = self.removed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scanId": scan_id,
                "status": status,
                "added": added,
                "updated": updated,
                "removed": removed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        scan_id = d.pop("scanId")

        status = ScanOutcome(d.pop("status"))

        added = d.pop("added")

        updated = d.pop("updated")

        removed = d.pop("removed")

        scan_completed_change = cls(
            scan_id=scan_id,
            status=status,
            added=added,
            updated=updated,
            removed=removed,
        )

        scan_completed_change.additional_properties = d
        return scan_completed_change

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.saved_kind import SavedKind

T = TypeVar("T", bound="SavedChange")


@_attrs_define
class SavedChange:
    """The item saved or no longer saved.

    Attributes:
        kind (SavedKind): What can be saved.
        id (str):  Example: alb_0cc175b9c0f1b6a8.
    """

    kind: SavedKind
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = SavedKind(d.pop("kind"))

        id = d.pop("id")

        saved_change = cls(
            kind=kind,
            id=id,
        )

        saved_change.additional_properties = d
        return saved_change

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

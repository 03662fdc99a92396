from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.share_kind import ShareKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShareCreate")


@_attrs_define
class ShareCreate:
    """
    Attributes:
        kind (ShareKind): What a share link opens.
        item_id (str):  Example: pl_c4ca4238a0b92382.
        expires_in_hours (int | Unset): The share expires after this many hours; it lasts until deleted when absent.
            Example: 168.
    """

    kind: ShareKind
    item_id: str
    expires_in_hours: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        item_id = self.item_id

        expires_in_hours = self.expires_in_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "itemId": item_id,
            }
        )
        if expires_in_hours is not UNSET:
            field_dict["expiresInHours"] = expires_in_hours

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = ShareKind(d.pop("kind"))

        item_id = d.pop("itemId")

        expires_in_hours = d.pop("expiresInHours", UNSET)

        share_create = cls(
            kind=kind,
            item_id=item_id,
            expires_in_hours=expires_in_hours,
        )

        share_create.additional_properties = d
        return share_create

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

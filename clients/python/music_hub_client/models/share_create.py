from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        item_id = self.item_id

        expires_in_hours = self.expires_in_hours

        field_dict: dict[str, Any] = {}

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

        return share_create

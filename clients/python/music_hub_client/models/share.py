from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.share_kind import ShareKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="Share")


@_attrs_define
class Share:
    """A public share link.

    Attributes:
        id (str): The share's id; anyone who has it can open the shared item. Unguessable. Example: shr_Zk3qP9xW2mT7.
        kind (ShareKind): What a share link opens.
        item_id (str): The shared playlist, album, artist or track. Example: pl_c4ca4238a0b92382.
        title (str): The shared item's name. Example: Road trip.
        bootstrap_path (str): The public route a share page calls first. Example:
            /api/share/playlist/shr_Zk3qP9xW2mT7/bootstrap.
        created_at (datetime.datetime):
        access_count (int): How many times the share was opened. Example: 7.
        expires_at (datetime.datetime | Unset): Absent when the share lasts until deleted.
        last_accessed_at (datetime.datetime | Unset):
    """

    id: str
    kind: ShareKind
    item_id: str
    title: str
    bootstrap_path: str
    created_at: datetime.datetime
    access_count: int
    expires_at: datetime.datetime | Unset = UNSET
    last_accessed_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind.value

        item_id = self.item_id

        title = self.title

        bootstrap_path = self.bootstrap_path

        created_at = self.created_at.isoformat()

        access_count = self.access_count

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        last_accessed_at: str | Unset = UNSET
        if not isinstance(self.last_accessed_at, Unset):
            last_accessed_at = self.last_accessed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "itemId": item_id,
                "title": title,
                "bootstrapPath": bootstrap_path,
                "createdAt": created_at,
                "accessCount": access_count,
            }
        )
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if last_accessed_at is not UNSET:
            field_dict["lastAccessedAt"] = last_accessed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        kind = ShareKind(d.pop("kind"))

        item_id = d.pop("itemId")

        title = d.pop("title")

        bootstrap_path = d.pop("bootstrapPath")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        access_count = d.pop("accessCount")

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        _last_accessed_at = d.pop("lastAccessedAt", UNSET)
        last_accessed_at: datetime.datetime | Unset
        if isinstance(_last_accessed_at, Unset):
            last_accessed_at = UNSET
        else:
            last_accessed_at = datetime.datetime.fromisoformat(_last_accessed_at)

        share = cls(
            id=id,
            kind=kind,
            item_id=item_id,
            title=title,
            bootstrap_path=bootstrap_path,
            created_at=created_at,
            access_count=access_count,
            expires_at=expires_at,
            last_accessed_at=last_accessed_at,
        )

        share.additional_properties = d
        return share

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

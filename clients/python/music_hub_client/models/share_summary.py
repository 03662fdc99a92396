from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.share_kind import ShareKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShareSummary")


@_attrs_define
class ShareSummary:
    """What a share page may know of its share.

    Attributes:
        id (str):  Example: shr_Zk3qP9xW2mT7.
        kind (ShareKind): What a share link opens.
        title (str):  Example: Road trip.
        allow_download (bool): Whether the page may offer to save files (`?download=1`).
        expires_at (datetime.datetime | Unset): Absent when the share lasts until deleted.
    """

    id: str
    kind: ShareKind
    title: str
    allow_download: bool
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind.value

        title = self.title

        allow_download = self.allow_download

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "title": title,
                "allowDownload": allow_download,
            }
        )
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        kind = ShareKind(d.pop("kind"))

        title = d.pop("title")

        allow_download = d.pop("allowDownload")

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        share_summary = cls(
            id=id,
            kind=kind,
            title=title,
            allow_download=allow_download,
            expires_at=expires_at,
        )

        share_summary.additional_properties = d
        return share_summary

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

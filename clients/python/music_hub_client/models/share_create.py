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
        password (str | Unset): Opening the share needs this password (`X-Share-Password`).
        allow_download (bool | Unset): Whether visitors may save files; `false` when absent.
        max_sessions (int | Unset): How many times the share may be opened in all; unlimited when absent.
    """

    kind: ShareKind
    item_id: str
    expires_in_hours: int | Unset = UNSET
    password: str | Unset = UNSET
    allow_download: bool | Unset = UNSET
    max_sessions: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        item_id = self.item_id

        expires_in_hours = self.expires_in_hours

        password = self.password

        allow_download = self.allow_download

        max_sessions = self.max_sessions

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "itemId": item_id,
            }
        )
        if expires_in_hours is not UNSET:
            field_dict["expiresInHours"] = expires_in_hours
        if password is not UNSET:
            field_dict["password"] = password
        if allow_download is not UNSET:
            field_dict["allowDownload"] = allow_download
        if max_sessions is not UNSET:
            field_dict["maxSessions"] = max_sessions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = ShareKind(d.pop("kind"))

        item_id = d.pop("itemId")

        expires_in_hours = d.pop("expiresInHours", UNSET)

        password = d.pop("password", UNSET)

        allow_download = d.pop("allowDownload", UNSET)

        max_sessions = d.pop("maxSessions", UNSET)

        share_create = cls(
            kind=kind,
            item_id=item_id,
            expires_in_hours=expires_in_hours,
            password=password,
            allow_download=allow_download,
            max_sessions=max_sessions,
        )

        return share_create

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
        page_url (str): The share page to send to people, `/share/{kind}/{id}`: absolute when the hub knows
            its public address (`--public-url`), else a path on the hub.
             Example: https://music.example.org/share/playlist/shr_Zk3qP9xW2mT7.
        has_password (bool): Whether opening the share needs a password (the password is never shown).
        allow_download (bool): Whether visitors may save files (`?download=1`).
        created_at (datetime.datetime):
        access_count (int): How many times the share was opened. Example: 7.
        max_sessions (int | Unset): How many times the share may be opened in all; absent when unlimited. Example: 50.
        expires_at (datetime.datetime | Unset): Absent when the share lasts until deleted.
        last_accessed_at (datetime.datetime | Unset):
    """

    id: str
    kind: ShareKind
    item_id: str
    title: str
    bootstrap_path: str
    page_url: str
    has_password: bool
    allow_download: bool
    created_at: datetime.datetime
    access_count: int
    max_sessions: int | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    last_accessed_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind.value

        item_id = self.item_id

        title = self.title

        bootstrap_path = self.bootstrap_path

        page_url = self.page_url

        has_password = self.has_password

        allow_download = self.allow_download

        created_at = self.created_at.isoformat()

        access_count = self.access_count

        max_sessions = self.max_sessions

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
                "pageUrl": page_url,
                "hasPassword": has_password,
                "allowDownload": allow_download,
                "createdAt": created_at,
                "accessCount": access_count,
            }
        )
        if max_sessions is not UNSET:
            field_dict["maxSessions"] = max_sessions
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

        page_url = d.pop("pageUrl")

        has_password = d.pop("hasPassword")

        allow_download = d.pop("allowDownload")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        access_count = d.pop("accessCount")

        max_sessions = d.pop("maxSessions", UNSET)

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
            page_url=page_url,
            has_password=has_password,
            allow_download=allow_download,
            created_at=created_at,
            access_count=access_count,
            max_sessions=max_sessions,
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

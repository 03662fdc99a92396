from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Device")


@_attrs_define
class Device:
    """A paired device.

    Attributes:
        id (str): The `deviceId` the device sent when pairing. Example: agent-1.
        name (str):  Example: automation.
        paired_at (datetime.datetime):
        revoked (bool):  Example: False.
        last_seen_at (datetime.datetime | Unset): The device's last authenticated call; absent when none yet.
        last_address (str | Unset): The client address of that call. Example: 192.168.1.23.
        refresh_expires_at (datetime.datetime | Unset): When the device's current refresh token expires.
        revoked_at (datetime.datetime | Unset):
    """

    id: str
    name: str
    paired_at: datetime.datetime
    revoked: bool
    last_seen_at: datetime.datetime | Unset = UNSET
    last_address: str | Unset = UNSET
    refresh_expires_at: datetime.datetime | Unset = UNSET
    revoked_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        paired_at = self.paired_at.isoformat()

        revoked = self.revoked

        last_seen_at: str | Unset = UNSET
        if not isinstance(self.last_seen_at, Unset):
            last_seen_at = self.last_seen_at.isoformat()

        last_address = self.last_address

        refresh_expires_at: str | Unset = UNSET
        if not isinstance(self.refresh_expires_at, Unset):
            refresh_expires_at = self.refresh_expires_at.isoformat()

        revoked_at: str | Unset = UNSET
        if not isinstance(self.revoked_at, Unset):
            revoked_at = self.revoked_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "pairedAt": paired_at,
                "revoked": revoked,
            }
        )
        if last_seen_at is not UNSET:
            field_dict["lastSeenAt"] = last_seen_at
        if last_address is not UNSET:
            field_dict["lastAddress"] = last_address
        if refresh_expires_at is not UNSET:
            field_dict["refreshExpiresAt"] = refresh_expires_at
        if revoked_at is not UNSET:
            field_dict["revokedAt"] = revoked_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        paired_at = datetime.datetime.fromisoformat(d.pop("pairedAt"))

        revoked = d.pop("revoked")

        _last_seen_at = d.pop("lastSeenAt", UNSET)
        last_seen_at: datetime.datetime | Unset
        if isinstance(_last_seen_at, Unset):
            last_seen_at = UNSET
        else:
            last_seen_at = datetime.datetime.fromisoformat(_last_seen_at)

        last_address = d.pop("lastAddress", UNSET)

        _refresh_expires_at = d.pop("refreshExpiresAt", UNSET)
        refresh_expires_at: datetime.datetime | Unset
        if isinstance(_refresh_expires_at, Unset):
            refresh_expires_at = UNSET
        else:
            refresh_expires_at = datetime.datetime.fromisoformat(_refresh_expires_at)

        _revoked_at = d.pop("revokedAt", UNSET)
        revoked_at: datetime.datetime | Unset
        if isinstance(_revoked_at, Unset):
            revoked_at = UNSET
        else:
            revoked_at = datetime.datetime.fromisoformat(_revoked_at)

        device = cls(
            id=id,
            name=name,
            paired_at=paired_at,
            revoked=revoked,
            last_seen_at=last_seen_at,
            last_address=last_address,
            refresh_expires_at=refresh_expires_at,
            revoked_at=revoked_at,
        )

        device.additional_properties = d
        return device

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PairingArmed")


@_attrs_define
class PairingArmed:
    """
    Attributes:
        pairing_code (str): Single-use; give it to the device that pairs. Example: abc123.
        expires_at (datetime.datetime):
        hub_id (str):  Example: 7d1c1b1e-2f2a-4d55-9a53-0c8f4f3f7a10.
        lan_urls (list[str]): The URLs a device on the LAN can reach the hub on.
    """

    pairing_code: str
    expires_at: datetime.datetime
    hub_id: str
    lan_urls: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pairing_code = self.pairing_code

        expires_at = self.expires_at.isoformat()

        hub_id = self.hub_id

        lan_urls = self.lan_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pairingCode": pairing_code,
                "expiresAt": expires_at,
                "hubId": hub_id,
                "lanUrls": lan_urls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pairing_code = d.pop("pairingCode")

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        hub_id = d.pop("hubId")

        lan_urls = cast(list[str], d.pop("lanUrls"))

        pairing_armed = cls(
            pairing_code=pairing_code,
            expires_at=expires_at,
            hub_id=hub_id,
            lan_urls=lan_urls,
        )

        pairing_armed.additional_properties = d
        return pairing_armed

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

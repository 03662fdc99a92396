from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device import Device


T = TypeVar("T", bound="AuthStatus")


@_attrs_define
class AuthStatus:
    """
    Attributes:
        hub_id (str):  Example: 7d1c1b1e-2f2a-4d55-9a53-0c8f4f3f7a10.
        pairing_armed (bool):  Example: True.
        lan_urls (list[str]): The hub's URLs on its non-loopback addresses.
        api_token_configured (bool): `MUSIC_HUB_API_TOKEN` is set.
        devices (list[Device]): The paired devices that are not revoked, most recently seen first.
        pairing_code (str | Unset): The current pairing code, while armed. Example: abc123.
        pairing_expires_at (datetime.datetime | Unset): When the pairing window closes, while armed.
        tunnel_url (str | Unset): The configured public tunnel URL, if any. Example: https://music.example.net.
    """

    hub_id: str
    pairing_armed: bool
    lan_urls: list[str]
    api_token_configured: bool
    devices: list[Device]
    pairing_code: str | Unset = UNSET
    pairing_expires_at: datetime.datetime | Unset = UNSET
    tunnel_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hub_id = self.hub_id

        pairing_armed = self.pairing_armed

        lan_urls = self.lan_urls

        api_token_configured = self.api_token_configured

        devices = []
        for devices_item_data in self.devices:
            devices_item = devices_item_data.to_dict()
            devices.append(devices_item)

        pairing_code = self.pairing_code

        pairing_expires_at: str | Unset = UNSET
        if not isinstance(self.pairing_expires_at, Unset):
            pairing_expires_at = self.pairing_expires_at.isoformat()

        tunnel_url = self.tunnel_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hubId": hub_id,
                "pairingArmed": pairing_armed,
                "lanUrls": lan_urls,
                "apiTokenConfigured": api_token_configured,
                "devices": devices,
            }
        )
        if pairing_code is not UNSET:
            field_dict["pairingCode"] = pairing_code
        if pairing_expires_at is not UNSET:
            field_dict["pairingExpiresAt"] = pairing_expires_at
        if tunnel_url is not UNSET:
            field_dict["tunnelUrl"] = tunnel_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.device import Device

        d = dict(src_dict)
        hub_id = d.pop("hubId")

        pairing_armed = d.pop("pairingArmed")

        lan_urls = cast(list[str], d.pop("lanUrls"))

        api_token_configured = d.pop("apiTokenConfigured")

        devices = []
        _devices = d.pop("devices")
        for devices_item_data in _devices:
            devices_item = Device.from_dict(devices_item_data)

            devices.append(devices_item)

        pairing_code = d.pop("pairingCode", UNSET)

        _pairing_expires_at = d.pop("pairingExpiresAt", UNSET)
        pairing_expires_at: datetime.datetime | Unset
        if isinstance(_pairing_expires_at, Unset):
            pairing_expires_at = UNSET
        else:
            pairing_expires_at = datetime.datetime.fromisoformat(_pairing_expires_at)

        tunnel_url = d.pop("tunnelUrl", UNSET)

        auth_status = cls(
            hub_id=hub_id,
            pairing_armed=pairing_armed,
            lan_urls=lan_urls,
            api_token_configured=api_token_configured,
            devices=devices,
            pairing_code=pairing_code,
            pairing_expires_at=pairing_expires_at,
            tunnel_url=tunnel_url,
        )

        auth_status.additional_properties = d
        return auth_status

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

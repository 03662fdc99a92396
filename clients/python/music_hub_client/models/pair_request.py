from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PairRequest")


@_attrs_define
class PairRequest:
    """
    Attributes:
        pairing_code (str):  Example: abc123.
        device_id (str): A stable id the device chooses for itself; its tokens are bound to it. Example: agent-1.
        device_name (str): A name for people, shown in the device list. Example: automation.
    """

    pairing_code: str
    device_id: str
    device_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pairing_code = self.pairing_code

        device_id = self.device_id

        device_name = self.device_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pairingCode": pairing_code,
                "deviceId": device_id,
                "deviceName": device_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pairing_code = d.pop("pairingCode")

        device_id = d.pop("deviceId")

        device_name = d.pop("deviceName")

        pair_request = cls(
            pairing_code=pairing_code,
            device_id=device_id,
            device_name=device_name,
        )

        pair_request.additional_properties = d
        return pair_request

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

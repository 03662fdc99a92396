from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        pairing_code = self.pairing_code

        device_id = self.device_id

        device_name = self.device_name

        field_dict: dict[str, Any] = {}

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

        return pair_request

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RefreshRequest")


@_attrs_define
class RefreshRequest:
    """
    Attributes:
        device_id (str):  Example: agent-1.
        refresh_token (str):  Example: v4.local.Jk3....
    """

    device_id: str
    refresh_token: str

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "deviceId": device_id,
                "refreshToken": refresh_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        device_id = d.pop("deviceId")

        refresh_token = d.pop("refreshToken")

        refresh_request = cls(
            device_id=device_id,
            refresh_token=refresh_token,
        )

        return refresh_request

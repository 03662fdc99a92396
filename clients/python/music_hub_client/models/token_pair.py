from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.device import Device


T = TypeVar("T", bound="TokenPair")


@_attrs_define
class TokenPair:
    """
    Attributes:
        access_token (str): Send as `Authorization: Bearer <accessToken>`; lives minutes. Example: v4.local.Qm9....
        refresh_token (str): Single-use; exchange it with `POST /api/auth/refresh`. Lives weeks. Store it as a secret.
            Example: v4.local.Jk3....
        token_type (str): Always `Bearer`. Example: Bearer.
        access_expires_at (datetime.datetime):
        refresh_expires_at (datetime.datetime):
        device (Device): A paired device.
    """

    access_token: str
    refresh_token: str
    token_type: str
    access_expires_at: datetime.datetime
    refresh_expires_at: datetime.datetime
    device: Device
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        refresh_token = self.refresh_token

        token_type = self.token_type

        access_expires_at = self.access_expires_at.isoformat()

        refresh_expires_at = self.refresh_expires_at.isoformat()

        device = self.device.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessToken": access_token,
                "refreshToken": refresh_token,
                "tokenType": token_type,
                "accessExpiresAt": access_expires_at,
                "refreshExpiresAt": refresh_expires_at,
                "device": device,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.device import Device

        d = dict(src_dict)
        access_token = d.pop("accessToken")

        refresh_token = d.pop("refreshToken")

        token_type = d.pop("tokenType")

        access_expires_at = datetime.datetime.fromisoformat(d.pop("accessExpiresAt"))

        refresh_expires_at = datetime.datetime.fromisoformat(d.pop("refreshExpiresAt"))

        device = Device.from_dict(d.pop("device"))

        token_pair = cls(
            access_token=access_token,
            refresh_token=refresh_token,
            token_type=token_type,
            access_expires_at=access_expires_at,
            refresh_expires_at=refresh_expires_at,
            device=device,
        )

        token_pair.additional_properties = d
        return token_pair

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

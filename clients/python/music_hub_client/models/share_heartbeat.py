from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ShareHeartbeat")


@_attrs_define
class ShareHeartbeat:
    """
    Attributes:
        share_session_id (str):  Example: shs_8f14e45fceea167a.
        share_session_expires_at (datetime.datetime):
        media_token (str): The media token to use from now on (may be unchanged). Example: v4.local.mT0....
        media_token_expires_at (datetime.datetime):
    """

    share_session_id: str
    share_session_expires_at: datetime.datetime
    media_token: str
    media_token_expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        share_session_id = self.share_session_id

        share_session_expires_at = self.share_session_expires_at.isoformat()

        media_token = self.media_token

        media_token_expires_at = self.media_token_expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shareSessionId": share_session_id,
                "shareSessionExpiresAt": share_session_expires_at,
                "mediaToken": media_token,
                "mediaTokenExpiresAt": media_token_expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        share_session_id = d.pop("shareSessionId")

        share_session_expires_at = datetime.datetime.fromisoformat(
            d.pop("shareSessionExpiresAt")
        )

        media_token = d.pop("mediaToken")

        media_token_expires_at = datetime.datetime.fromisoformat(
            d.pop("mediaTokenExpiresAt")
        )

        share_heartbeat = cls(
            share_session_id=share_session_id,
            share_session_expires_at=share_session_expires_at,
            media_token=media_token,
            media_token_expires_at=media_token_expires_at,
        )

        share_heartbeat.additional_properties = d
        return share_heartbeat

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

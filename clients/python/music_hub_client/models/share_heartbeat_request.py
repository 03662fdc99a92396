from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ShareHeartbeatRequest")


@_attrs_define
class ShareHeartbeatRequest:
    """
    Attributes:
        share_session_id (str):  Example: shs_8f14e45fceea167a.
    """

    share_session_id: str

    def to_dict(self) -> dict[str, Any]:
        share_session_id = self.share_session_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "shareSessionId": share_session_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        share_session_id = d.pop("shareSessionId")

        share_heartbeat_request = cls(
            share_session_id=share_session_id,
        )

        return share_heartbeat_request

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feed_end_reason import FeedEndReason

T = TypeVar("T", bound="FeedEnded")


@_attrs_define
class FeedEnded:
    """Why the feed ends.

    Attributes:
        reason (FeedEndReason): Why the hub ended a feed opened with a device's token: `tokenExpired` (refresh the
            tokens, then reconnect with `Last-Event-ID`), `deviceRevoked` (the device's access
            was revoked, or its tokens replaced: pair again), or `hubStopping` (reconnect when
            the hub is back).
    """

    reason: FeedEndReason
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reason = FeedEndReason(d.pop("reason"))

        feed_ended = cls(
            reason=reason,
        )

        feed_ended.additional_properties = d
        return feed_ended

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaSessionRequest")


@_attrs_define
class MediaSessionRequest:
    """
    Attributes:
        ttl_seconds (int | Unset): How long the media token should live, in seconds. Default: 3600.
    """

    ttl_seconds: int | Unset = 3600

    def to_dict(self) -> dict[str, Any]:
        ttl_seconds = self.ttl_seconds

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ttl_seconds is not UNSET:
            field_dict["ttlSeconds"] = ttl_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ttl_seconds = d.pop("ttlSeconds", UNSET)

        media_session_request = cls(
            ttl_seconds=ttl_seconds,
        )

        return media_session_request

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.transcode_profile import TranscodeProfile
from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaSessionRequest")


@_attrs_define
class MediaSessionRequest:
    """
    Attributes:
        ttl_seconds (int | Unset): How long the media token should live, in seconds. Default: 3600.
        profile (TranscodeProfile | Unset): A named transcode: `mobile` Opus 96 kbit/s, `cellular` Opus 64, `web` Opus
            128,
            `legacy` MP3 192 (constant bit rate).
    """

    ttl_seconds: int | Unset = 3600
    profile: TranscodeProfile | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ttl_seconds = self.ttl_seconds

        profile: str | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ttl_seconds is not UNSET:
            field_dict["ttlSeconds"] = ttl_seconds
        if profile is not UNSET:
            field_dict["profile"] = profile

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ttl_seconds = d.pop("ttlSeconds", UNSET)

        _profile = d.pop("profile", UNSET)
        profile: TranscodeProfile | Unset
        if isinstance(_profile, Unset):
            profile = UNSET
        else:
            profile = TranscodeProfile(_profile)

        media_session_request = cls(
            ttl_seconds=ttl_seconds,
            profile=profile,
        )

        return media_session_request

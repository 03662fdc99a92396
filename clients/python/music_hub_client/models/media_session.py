from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcode_profile import TranscodeProfile
from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaSession")


@_attrs_define
class MediaSession:
    """
    Attributes:
        media_token (str): Append as `?mediaToken=` to media URLs. Treat it as a secret. Example: v4.local.mT0....
        expires_at (datetime.datetime):
        stream_url_template (str): A URL path for streams; replace `{trackId}`. Example:
            /api/media/stream/{trackId}?mediaToken=v4.local.mT0....
        artwork_url_template (str): A URL path for artwork; replace `{id}`. Example:
            /api/media/artwork/{id}?mediaToken=v4.local.mT0....
        profile (TranscodeProfile | Unset): A named transcode: `mobile` Opus 96 kbit/s, `cellular` Opus 64, `web` Opus
            128,
            `legacy` MP3 192 (constant bit rate).
    """

    media_token: str
    expires_at: datetime.datetime
    stream_url_template: str
    artwork_url_template: str
    profile: TranscodeProfile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_token = self.media_token

        expires_at = self.expires_at.isoformat()

        stream_url_template = self.stream_url_template

        artwork_url_template = self.artwork_url_template

        profile: str | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mediaToken": media_token,
                "expiresAt": expires_at,
                "streamUrlTemplate": stream_url_template,
                "artworkUrlTemplate": artwork_url_template,
            }
        )
        if profile is not UNSET:
            field_dict["profile"] = profile

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        media_token = d.pop("mediaToken")

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        stream_url_template = d.pop("streamUrlTemplate")

        artwork_url_template = d.pop("artworkUrlTemplate")

        _profile = d.pop("profile", UNSET)
        profile: TranscodeProfile | Unset
        if isinstance(_profile, Unset):
            profile = UNSET
        else:
            profile = TranscodeProfile(_profile)

        media_session = cls(
            media_token=media_token,
            expires_at=expires_at,
            stream_url_template=stream_url_template,
            artwork_url_template=artwork_url_template,
            profile=profile,
        )

        media_session.additional_properties = d
        return media_session

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_format import StreamFormat
from ..models.transcode_profile import TranscodeProfile

T = TypeVar("T", bound="TranscodeProfileInfo")


@_attrs_define
class TranscodeProfileInfo:
    """
    Attributes:
        name (TranscodeProfile): A named transcode: `mobile` Opus 96 kbit/s, `cellular` Opus 64, `web` Opus 128,
            `legacy` MP3 192 (constant bit rate).
        format_ (StreamFormat): What a stream is sent as; `original` is the file as it is.
        bitrate_kbps (int):
    """

    name: TranscodeProfile
    format_: StreamFormat
    bitrate_kbps: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name.value

        format_ = self.format_.value

        bitrate_kbps = self.bitrate_kbps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "format": format_,
                "bitrateKbps": bitrate_kbps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = TranscodeProfile(d.pop("name"))

        format_ = StreamFormat(d.pop("format"))

        bitrate_kbps = d.pop("bitrateKbps")

        transcode_profile_info = cls(
            name=name,
            format_=format_,
            bitrate_kbps=bitrate_kbps,
        )

        transcode_profile_info.additional_properties = d
        return transcode_profile_info

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

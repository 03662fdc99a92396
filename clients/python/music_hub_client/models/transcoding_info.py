from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.transcode_engine import TranscodeEngine
    from ..models.transcode_profile_info import TranscodeProfileInfo


T = TypeVar("T", bound="TranscodingInfo")


@_attrs_define
class TranscodingInfo:
    """What the hub can transcode with (see `GET /api/media/stream/{trackId}`).

    Attributes:
        engines (list[TranscodeEngine]): The built-in engine always; `ffmpeg` when it is on the hub's PATH (it decodes
            the formats the built-in one cannot).
        profiles (list[TranscodeProfileInfo]):
        max_concurrent (int): Encodes that may run at once (one per core); more answer `429 too_many_transcodes`.
        cache_budget_bytes (int): The bytes finished transcodes may take on disk (`--transcode-cache-mb`).
    """

    engines: list[TranscodeEngine]
    profiles: list[TranscodeProfileInfo]
    max_concurrent: int
    cache_budget_bytes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engines = []
        for engines_item_data in self.engines:
            engines_item = engines_item_data.to_dict()
            engines.append(engines_item)

        profiles = []
        for profiles_item_data in self.profiles:
            profiles_item = profiles_item_data.to_dict()
            profiles.append(profiles_item)

        max_concurrent = self.max_concurrent

        cache_budget_bytes = self.cache_budget_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "engines": engines,
                "profiles": profiles,
                "maxConcurrent": max_concurrent,
                "cacheBudgetBytes": cache_budget_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transcode_engine import TranscodeEngine
        from ..models.transcode_profile_info import TranscodeProfileInfo

        d = dict(src_dict)
        engines = []
        _engines = d.pop("engines")
        for engines_item_data in _engines:
            engines_item = TranscodeEngine.from_dict(engines_item_data)

            engines.append(engines_item)

        profiles = []
        _profiles = d.pop("profiles")
        for profiles_item_data in _profiles:
            profiles_item = TranscodeProfileInfo.from_dict(profiles_item_data)

            profiles.append(profiles_item)

        max_concurrent = d.pop("maxConcurrent")

        cache_budget_bytes = d.pop("cacheBudgetBytes")

        transcoding_info = cls(
            engines=engines,
            profiles=profiles,
            max_concurrent=max_concurrent,
            cache_budget_bytes=cache_budget_bytes,
        )

        transcoding_info.additional_properties = d
        return transcoding_info

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

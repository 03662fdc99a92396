from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcode_engine_name import TranscodeEngineName

T = TypeVar("T", bound="TranscodeEngine")


@_attrs_define
class TranscodeEngine:
    """
    Attributes:
        name (TranscodeEngineName):
        version (str): What the engine is built from (`libopus 1.5.2, LAME 3.100`) or `ffmpeg -version`'s first line.
    """

    name: TranscodeEngineName
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = TranscodeEngineName(d.pop("name"))

        version = d.pop("version")

        transcode_engine = cls(
            name=name,
            version=version,
        )

        transcode_engine.additional_properties = d
        return transcode_engine

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

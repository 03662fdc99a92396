from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ScanFileError")


@_attrs_define
class ScanFileError:
    """A file the scanner could not read; the scan went on without it.

    Attributes:
        path (str): The file, relative to its root and prefixed with the root's id. Example: music/Misc/broken.mp3.
        error (str): A stable snake_case code. Example: unreadable_tags.
        message (str):  Example: ID3v2: frame size exceeds the tag.
    """

    path: str
    error: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        error = self.error

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "error": error,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        path = d.pop("path")

        error = d.pop("error")

        message = d.pop("message")

        scan_file_error = cls(
            path=path,
            error=error,
            message=message,
        )

        scan_file_error.additional_properties = d
        return scan_file_error

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_unavailable_code import StreamUnavailableCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stream_unavailable_error_details import StreamUnavailableErrorDetails


T = TypeVar("T", bound="StreamUnavailableError")


@_attrs_define
class StreamUnavailableError:
    """An `ApiError` whose `error` is one of `StreamUnavailableCode`.

    Attributes:
        error (StreamUnavailableCode):
        message (str):
        details (StreamUnavailableErrorDetails | Unset):
    """

    error: StreamUnavailableCode
    message: str
    details: StreamUnavailableErrorDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.value

        message = self.message

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stream_unavailable_error_details import (
            StreamUnavailableErrorDetails,
        )

        d = dict(src_dict)
        error = StreamUnavailableCode(d.pop("error"))

        message = d.pop("message")

        _details = d.pop("details", UNSET)
        details: StreamUnavailableErrorDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = StreamUnavailableErrorDetails.from_dict(_details)

        stream_unavailable_error = cls(
            error=error,
            message=message,
            details=details,
        )

        stream_unavailable_error.additional_properties = d
        return stream_unavailable_error

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

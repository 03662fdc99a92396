from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.undecodable_code import UndecodableCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.undecodable_error_details import UndecodableErrorDetails


T = TypeVar("T", bound="UndecodableError")


@_attrs_define
class UndecodableError:
    """An `ApiError` whose `error` is one of `UndecodableCode`.

    Attributes:
        error (UndecodableCode):
        message (str):
        details (UndecodableErrorDetails | Unset):
    """

    error: UndecodableCode
    message: str
    details: UndecodableErrorDetails | Unset = UNSET
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
        from ..models.undecodable_error_details import UndecodableErrorDetails

        d = dict(src_dict)
        error = UndecodableCode(d.pop("error"))

        message = d.pop("message")

        _details = d.pop("details", UNSET)
        details: UndecodableErrorDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = UndecodableErrorDetails.from_dict(_details)

        undecodable_error = cls(
            error=error,
            message=message,
            details=details,
        )

        undecodable_error.additional_properties = d
        return undecodable_error

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code import ErrorCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_error_details import ApiErrorDetails


T = TypeVar("T", bound="ApiError")


@_attrs_define
class ApiError:
    """Every 4xx and 5xx answer of the hub.

    Attributes:
        error (ErrorCode): The registry of every `error` code the hub answers, each with the one status it comes
            with (`x-status`). Each error response of an operation lists, as an enum, the codes that
            operation can answer with that status; a code is used nowhere without being here, and
            `codegen` refuses a response that names a code this list lacks or gives it another
            status. The hub's Rust `ErrorCode` is generated from this list.
        message (str): A sentence for a person. Example: No track has the id 'abc'..
        details (ApiErrorDetails | Unset): Machine-readable context, such as the offending `parameter`.
    """

    error: ErrorCode
    message: str
    details: ApiErrorDetails | Unset = UNSET
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
        from ..models.api_error_details import ApiErrorDetails

        d = dict(src_dict)
        error = ErrorCode(d.pop("error"))

        message = d.pop("message")

        _details = d.pop("details", UNSET)
        details: ApiErrorDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = ApiErrorDetails.from_dict(_details)

        api_error = cls(
            error=error,
            message=message,
            details=details,
        )

        api_error.additional_properties = d
        return api_error

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

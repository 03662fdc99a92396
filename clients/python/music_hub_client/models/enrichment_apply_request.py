from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.tag_field import TagField
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnrichmentApplyRequest")


@_attrs_define
class EnrichmentApplyRequest:
    """
    Attributes:
        suggestion_id (str):  Example: sug_45c48cce2e2d7fbd.
        fields (list[TagField] | Unset): Only these fields of the suggestion; all its `changedFields` when absent.
    """

    suggestion_id: str
    fields: list[TagField] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        suggestion_id = self.suggestion_id

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.value
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "suggestionId": suggestion_id,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        suggestion_id = d.pop("suggestionId")

        _fields = d.pop("fields", UNSET)
        fields: list[TagField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = TagField(fields_item_data)

                fields.append(fields_item)

        enrichment_apply_request = cls(
            suggestion_id=suggestion_id,
            fields=fields,
        )

        return enrichment_apply_request

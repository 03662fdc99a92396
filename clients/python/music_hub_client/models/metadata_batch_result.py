from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tag_field import TagField

T = TypeVar("T", bound="MetadataBatchResult")


@_attrs_define
class MetadataBatchResult:
    """
    Attributes:
        track_ids (list[str]): The tracks changed, as given.
        overridden_fields (list[TagField]): The fields set on each of them.
    """

    track_ids: list[str]
    overridden_fields: list[TagField]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        track_ids = self.track_ids

        overridden_fields = []
        for overridden_fields_item_data in self.overridden_fields:
            overridden_fields_item = overridden_fields_item_data.value
            overridden_fields.append(overridden_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trackIds": track_ids,
                "overriddenFields": overridden_fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        track_ids = cast(list[str], d.pop("trackIds"))

        overridden_fields = []
        _overridden_fields = d.pop("overriddenFields")
        for overridden_fields_item_data in _overridden_fields:
            overridden_fields_item = TagField(overridden_fields_item_data)

            overridden_fields.append(overridden_fields_item)

        metadata_batch_result = cls(
            track_ids=track_ids,
            overridden_fields=overridden_fields,
        )

        metadata_batch_result.additional_properties = d
        return metadata_batch_result

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

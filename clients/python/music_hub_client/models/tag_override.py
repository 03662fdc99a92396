from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tag_field import TagField
from ..types import UNSET, Unset

T = TypeVar("T", bound="TagOverride")


@_attrs_define
class TagOverride:
    """Who set one override, and when.

    Attributes:
        field (TagField): A metadata field that can be overridden.
        set_at (datetime.datetime):
        source (str): `user` for a value someone typed, else the enrichment source it was applied from (`path`, `album`,
            `loudness`). Example: user.
        device_id (str | Unset): The paired device that set it; absent when set on the hub's own machine or with the API
            token. Example: dev_8f14e45fceea167a.
    """

    field: TagField
    set_at: datetime.datetime
    source: str
    device_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field.value

        set_at = self.set_at.isoformat()

        source = self.source

        device_id = self.device_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "setAt": set_at,
                "source": source,
            }
        )
        if device_id is not UNSET:
            field_dict["deviceId"] = device_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field = TagField(d.pop("field"))

        set_at = datetime.datetime.fromisoformat(d.pop("setAt"))

        source = d.pop("source")

        device_id = d.pop("deviceId", UNSET)

        tag_override = cls(
            field=field,
            set_at=set_at,
            source=source,
            device_id=device_id,
        )

        tag_override.additional_properties = d
        return tag_override

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

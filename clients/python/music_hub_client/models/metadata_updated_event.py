from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metadata_updated_event_type import MetadataUpdatedEventType

if TYPE_CHECKING:
    from ..models.metadata_change import MetadataChange


T = TypeVar("T", bound="MetadataUpdatedEvent")


@_attrs_define
class MetadataUpdatedEvent:
    """A track's metadata changed (an override or an enrichment).

    Attributes:
        id (int): Increases with every event; send the last one received as `Last-Event-ID` to resume. Example: 1042.
        type_ (MetadataUpdatedEventType):
        payload (MetadataChange): The tracks whose metadata changed, all of one change (a batch is one event).
        at (datetime.datetime):
    """

    id: int
    type_: MetadataUpdatedEventType
    payload: MetadataChange
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        payload = self.payload.to_dict()

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "payload": payload,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata_change import MetadataChange

        d = dict(src_dict)
        id = d.pop("id")

        type_ = MetadataUpdatedEventType(d.pop("type"))

        payload = MetadataChange.from_dict(d.pop("payload"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        metadata_updated_event = cls(
            id=id,
            type_=type_,
            payload=payload,
            at=at,
        )

        metadata_updated_event.additional_properties = d
        return metadata_updated_event

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

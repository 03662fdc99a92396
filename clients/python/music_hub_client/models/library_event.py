from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.library_event_type import LibraryEventType

if TYPE_CHECKING:
    from ..models.library_event_payload import LibraryEventPayload


T = TypeVar("T", bound="LibraryEvent")


@_attrs_define
class LibraryEvent:
    """One change to the library. `payload` depends on `type`: track, album and artist
    events carry `ids` (the ids changed, batched per scan commit); playlist events
    `playlistId`; saved events `kind` and `id`; `playbackSessionUpdated` `revision`;
    `playbackHistoryAdded` `historyId` and `trackId`; `metadataUpdated` `trackId`; share events `shareId`;
    `databaseHealthChanged`
    `status`; scan events `scanId` (and `added`, `updated`, `removed` on
    `scanCompleted`); `resync` nothing.

        Attributes:
            id (int): Increases with every event; send the last one received as `Last-Event-ID` to resume. Example: 1042.
            type_ (LibraryEventType): What changed. `resync` means events were missed (the gap is older than the replay
                buffer): refetch what you show.
            payload (LibraryEventPayload): The details of the change; see the schema's description. Example: {'ids':
                ['trk_5d41402abc4b2a76']}.
            at (datetime.datetime):
    """

    id: int
    type_: LibraryEventType
    payload: LibraryEventPayload
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
        from ..models.library_event_payload import LibraryEventPayload

        d = dict(src_dict)
        id = d.pop("id")

        type_ = LibraryEventType(d.pop("type"))

        payload = LibraryEventPayload.from_dict(d.pop("payload"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        library_event = cls(
            id=id,
            type_=type_,
            payload=payload,
            at=at,
        )

        library_event.additional_properties = d
        return library_event

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enrichment_suggestion import EnrichmentSuggestion


T = TypeVar("T", bound="TrackEnrichment")


@_attrs_define
class TrackEnrichment:
    """
    Attributes:
        track_id (str):  Example: trk_5d41402abc4b2a76.
        suggestions (list[EnrichmentSuggestion]): Best first.
        checked_at (datetime.datetime | Unset): When suggestions were last looked for; absent when never.
    """

    track_id: str
    suggestions: list[EnrichmentSuggestion]
    checked_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        track_id = self.track_id

        suggestions = []
        for suggestions_item_data in self.suggestions:
            suggestions_item = suggestions_item_data.to_dict()
            suggestions.append(suggestions_item)

        checked_at: str | Unset = UNSET
        if not isinstance(self.checked_at, Unset):
            checked_at = self.checked_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trackId": track_id,
                "suggestions": suggestions,
            }
        )
        if checked_at is not UNSET:
            field_dict["checkedAt"] = checked_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.enrichment_suggestion import EnrichmentSuggestion

        d = dict(src_dict)
        track_id = d.pop("trackId")

        suggestions = []
        _suggestions = d.pop("suggestions")
        for suggestions_item_data in _suggestions:
            suggestions_item = EnrichmentSuggestion.from_dict(suggestions_item_data)

            suggestions.append(suggestions_item)

        _checked_at = d.pop("checkedAt", UNSET)
        checked_at: datetime.datetime | Unset
        if isinstance(_checked_at, Unset):
            checked_at = UNSET
        else:
            checked_at = datetime.datetime.fromisoformat(_checked_at)

        track_enrichment = cls(
            track_id=track_id,
            suggestions=suggestions,
            checked_at=checked_at,
        )

        track_enrichment.additional_properties = d
        return track_enrichment

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

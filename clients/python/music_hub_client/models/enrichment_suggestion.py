from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tag_field import TagField

if TYPE_CHECKING:
    from ..models.tag_values import TagValues


T = TypeVar("T", bound="EnrichmentSuggestion")


@_attrs_define
class EnrichmentSuggestion:
    """
    Attributes:
        id (str):  Example: sug_45c48cce2e2d7fbd.
        source (str): Where the suggestion comes from: `path` (artist, album, track number, disc
            and title read from the folder and file names, offered only for tags that
            are missing or generic such as "Track 01" or "Unknown Artist"), `album` (the
            value most of the album's other tracks share, offered to the few that differ),
            `musicbrainz` (when the hub runs with `--musicbrainz`: the recording found on
            MusicBrainz by the recording id in the tags, else by title, artist and album,
            with its first release's title, year and ids),
            and `loudness` (ReplayGain 2.0 track and album gain and peak measured from the
            audio: EBU R128 integrated loudness against -18 LUFS, true peak as a linear
            amplitude; the album's tracks are gated together; offered once the background
            analysis or `music-hub analyze` has measured the file as it is now).
             Example: album.
        confidence (float): How likely the values are right, from 0 to 1, with one meaning per source:
            for `album`, the fraction of the album's tracks that carry the value (only
            offered above one half, so a clear majority); for `path`, a fixed 0.6 when the
            file name matched one of the known patterns with a separator (`03 - Title`,
            `Artist - Album` folders), 0.4 when only a bare number and a title did; for
            `musicbrainz`, 1.0 for the recording the tags' MusicBrainz id names, else the
            search's match score divided by 100 (matches below 0.5 are not offered); for
            `loudness`, 1.0: the values are computed from the audio itself, not guessed.
             Example: 0.92.
        values (TagValues): Metadata values; an absent field is not set (in overrides, not overridden).
        changed_fields (list[TagField]): The fields whose value differs from the track's effective metadata.
        created_at (datetime.datetime):
    """

    id: str
    source: str
    confidence: float
    values: TagValues
    changed_fields: list[TagField]
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source = self.source

        confidence = self.confidence

        values = self.values.to_dict()

        changed_fields = []
        for changed_fields_item_data in self.changed_fields:
            changed_fields_item = changed_fields_item_data.value
            changed_fields.append(changed_fields_item)

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source": source,
                "confidence": confidence,
                "values": values,
                "changedFields": changed_fields,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tag_values import TagValues

        d = dict(src_dict)
        id = d.pop("id")

        source = d.pop("source")

        confidence = d.pop("confidence")

        values = TagValues.from_dict(d.pop("values"))

        changed_fields = []
        _changed_fields = d.pop("changedFields")
        for changed_fields_item_data in _changed_fields:
            changed_fields_item = TagField(changed_fields_item_data)

            changed_fields.append(changed_fields_item)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        enrichment_suggestion = cls(
            id=id,
            source=source,
            confidence=confidence,
            values=values,
            changed_fields=changed_fields,
            created_at=created_at,
        )

        enrichment_suggestion.additional_properties = d
        return enrichment_suggestion

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

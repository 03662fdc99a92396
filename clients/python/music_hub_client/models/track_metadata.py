from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tag_field import TagField
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag_override import TagOverride
    from ..models.tag_values import TagValues


T = TypeVar("T", bound="TrackMetadata")


@_attrs_define
class TrackMetadata:
    """A track's metadata from its file, the user's overrides, and the result. `fileTags`
    are read from the file when asked (empty when it cannot be read now); `effective`
    is `fileTags` with each override in its place, the values the catalogue (its
    payloads, grouping, search, sorting, filters and stats) is derived from. Where a
    value is missing even there, the catalogue falls back to the path (title from the
    file name, album from the folder), which `effective` does not repeat.

        Attributes:
            track_id (str):  Example: trk_5d41402abc4b2a76.
            file_tags (TagValues): Metadata values; an absent field is not set (in overrides, not overridden).
            overrides (TagValues): Metadata values; an absent field is not set (in overrides, not overridden).
            effective (TagValues): Metadata values; an absent field is not set (in overrides, not overridden).
            overridden_fields (list[TagField]): The fields that `overrides` sets.
            has_embedded_artwork (bool):
            override_details (list[TagOverride]): Who set each override and when, one per field of `overriddenFields`.
            has_folder_artwork (bool | Unset):
            relative_path (str | Unset): The file, relative to its root and prefixed with the root's id. Example:
                music/Radiohead/OK Computer/02 Paranoid Android.flac.
            file_modified_at (datetime.datetime | Unset):
            overrides_updated_at (datetime.datetime | Unset): When the overrides last changed; absent when there are none.
    """

    track_id: str
    file_tags: TagValues
    overrides: TagValues
    effective: TagValues
    overridden_fields: list[TagField]
    has_embedded_artwork: bool
    override_details: list[TagOverride]
    has_folder_artwork: bool | Unset = UNSET
    relative_path: str | Unset = UNSET
    file_modified_at: datetime.datetime | Unset = UNSET
    overrides_updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        track_id = self.track_id

        file_tags = self.file_tags.to_dict()

        overrides = self.overrides.to_dict()

        effective = self.effective.to_dict()

        overridden_fields = []
        for overridden_fields_item_data in self.overridden_fields:
            overridden_fields_item = overridden_fields_item_data.value
            overridden_fields.append(overridden_fields_item)

        has_embedded_artwork = self.has_embedded_artwork

        override_details = []
        for override_details_item_data in self.override_details:
            override_details_item = override_details_item_data.to_dict()
            override_details.append(override_details_item)

        has_folder_artwork = self.has_folder_artwork

        relative_path = self.relative_path

        file_modified_at: str | Unset = UNSET
        if not isinstance(self.file_modified_at, Unset):
            file_modified_at = self.file_modified_at.isoformat()

        overrides_updated_at: str | Unset = UNSET
        if not isinstance(self.overrides_updated_at, Unset):
            overrides_updated_at = self.overrides_updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trackId": track_id,
                "fileTags": file_tags,
                "overrides": overrides,
                "effective": effective,
                "overriddenFields": overridden_fields,
                "hasEmbeddedArtwork": has_embedded_artwork,
                "overrideDetails": override_details,
            }
        )
        if has_folder_artwork is not UNSET:
            field_dict["hasFolderArtwork"] = has_folder_artwork
        if relative_path is not UNSET:
            field_dict["relativePath"] = relative_path
        if file_modified_at is not UNSET:
            field_dict["fileModifiedAt"] = file_modified_at
        if overrides_updated_at is not UNSET:
            field_dict["overridesUpdatedAt"] = overrides_updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tag_override import TagOverride
        from ..models.tag_values import TagValues

        d = dict(src_dict)
        track_id = d.pop("trackId")

        file_tags = TagValues.from_dict(d.pop("fileTags"))

        overrides = TagValues.from_dict(d.pop("overrides"))

        effective = TagValues.from_dict(d.pop("effective"))

        overridden_fields = []
        _overridden_fields = d.pop("overriddenFields")
        for overridden_fields_item_data in _overridden_fields:
            overridden_fields_item = TagField(overridden_fields_item_data)

            overridden_fields.append(overridden_fields_item)

        has_embedded_artwork = d.pop("hasEmbeddedArtwork")

        override_details = []
        _override_details = d.pop("overrideDetails")
        for override_details_item_data in _override_details:
            override_details_item = TagOverride.from_dict(override_details_item_data)

            override_details.append(override_details_item)

        has_folder_artwork = d.pop("hasFolderArtwork", UNSET)

        relative_path = d.pop("relativePath", UNSET)

        _file_modified_at = d.pop("fileModifiedAt", UNSET)
        file_modified_at: datetime.datetime | Unset
        if isinstance(_file_modified_at, Unset):
            file_modified_at = UNSET
        else:
            file_modified_at = datetime.datetime.fromisoformat(_file_modified_at)

        _overrides_updated_at = d.pop("overridesUpdatedAt", UNSET)
        overrides_updated_at: datetime.datetime | Unset
        if isinstance(_overrides_updated_at, Unset):
            overrides_updated_at = UNSET
        else:
            overrides_updated_at = datetime.datetime.fromisoformat(
                _overrides_updated_at
            )

        track_metadata = cls(
            track_id=track_id,
            file_tags=file_tags,
            overrides=overrides,
            effective=effective,
            overridden_fields=overridden_fields,
            has_embedded_artwork=has_embedded_artwork,
            override_details=override_details,
            has_folder_artwork=has_folder_artwork,
            relative_path=relative_path,
            file_modified_at=file_modified_at,
            overrides_updated_at=overrides_updated_at,
        )

        track_metadata.additional_properties = d
        return track_metadata

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

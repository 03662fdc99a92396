from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.tag_values import TagValues


T = TypeVar("T", bound="MetadataBatchRequest")


@_attrs_define
class MetadataBatchRequest:
    """
    Attributes:
        track_ids (list[str]): The tracks to change, each at most once. Example: ['trk_5d41402abc4b2a76',
            'trk_7d793037a0760186'].
        set_ (TagValues): Metadata values; an absent field is not set (in overrides, not overridden).
    """

    track_ids: list[str]
    set_: TagValues

    def to_dict(self) -> dict[str, Any]:
        track_ids = self.track_ids

        set_ = self.set_.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "trackIds": track_ids,
                "set": set_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tag_values import TagValues

        d = dict(src_dict)
        track_ids = cast(list[str], d.pop("trackIds"))

        set_ = TagValues.from_dict(d.pop("set"))

        metadata_batch_request = cls(
            track_ids=track_ids,
            set_=set_,
        )

        return metadata_batch_request

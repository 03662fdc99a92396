from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.format_stat import FormatStat
    from ..models.scan_status import ScanStatus


T = TypeVar("T", bound="LibraryStats")


@_attrs_define
class LibraryStats:
    """
    Attributes:
        track_count (int):  Example: 18234.
        album_count (int):  Example: 1502.
        artist_count (int):  Example: 911.
        playlist_count (int):  Example: 14.
        total_duration_ms (int):  Example: 4471200000.
        total_bytes (int):  Example: 301234567890.
        formats (list[FormatStat]): Tracks and bytes per format, most tracks first.
        last_scan (ScanStatus | Unset): The running scan, or the last one.
    """

    track_count: int
    album_count: int
    artist_count: int
    playlist_count: int
    total_duration_ms: int
    total_bytes: int
    formats: list[FormatStat]
    last_scan: ScanStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        track_count = self.track_count

        album_count = self.album_count

        artist_count = self.artist_count

        playlist_count = self.playlist_count

        total_duration_ms = self.total_duration_ms

        total_bytes = self.total_bytes

        formats = []
        for formats_item_data in self.formats:
            formats_item = formats_item_data.to_dict()
            formats.append(formats_item)

        last_scan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_scan, Unset):
            last_scan = self.last_scan.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trackCount": track_count,
                "albumCount": album_count,
                "artistCount": artist_count,
                "playlistCount": playlist_count,
                "totalDurationMs": total_duration_ms,
                "totalBytes": total_bytes,
                "formats": formats,
            }
        )
        if last_scan is not UNSET:
            field_dict["lastScan"] = last_scan

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.format_stat import FormatStat
        from ..models.scan_status import ScanStatus

        d = dict(src_dict)
        track_count = d.pop("trackCount")

        album_count = d.pop("albumCount")

        artist_count = d.pop("artistCount")

        playlist_count = d.pop("playlistCount")

        total_duration_ms = d.pop("totalDurationMs")

        total_bytes = d.pop("totalBytes")

        formats = []
        _formats = d.pop("formats")
        for formats_item_data in _formats:
            formats_item = FormatStat.from_dict(formats_item_data)

            formats.append(formats_item)

        _last_scan = d.pop("lastScan", UNSET)
        last_scan: ScanStatus | Unset
        if isinstance(_last_scan, Unset):
            last_scan = UNSET
        else:
            last_scan = ScanStatus.from_dict(_last_scan)

        library_stats = cls(
            track_count=track_count,
            album_count=album_count,
            artist_count=artist_count,
            playlist_count=playlist_count,
            total_duration_ms=total_duration_ms,
            total_bytes=total_bytes,
            formats=formats,
            last_scan=last_scan,
        )

        library_stats.additional_properties = d
        return library_stats

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

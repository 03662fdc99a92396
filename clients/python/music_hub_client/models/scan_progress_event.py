from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feed_end_reason import FeedEndReason
from ..models.scan_phase import ScanPhase
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScanProgressEvent")


@_attrs_define
class ScanProgressEvent:
    """One progress message of `GET /api/scan/progress` (SSE `event: progress`, or
    `event: completed` for the last one of a scan). When the hub ends the feed (the
    token expired, the device was revoked, the hub stops), its last message is
    `event: ended`, with the state then and `feedEnded` saying why.

        Attributes:
            phase (ScanPhase): `idle` when no scan runs; `counting` the files first (so the total is honest), then
                `scanning` them, `pruning` tracks whose files are gone and `finalizing` (albums,
                artists, search index); a scan ends `completed`, `cancelled` or `failed`.
            files_seen (int):  Example: 12000.
            files_processed (int):  Example: 11850.
            added (int):  Example: 2800.
            updated (int):  Example: 40.
            removed (int):  Example: 3.
            error_count (int):  Example: 1.
            at (datetime.datetime):
            scan_id (str | Unset): Absent when the hub never scanned. Example: scn_20261124T101500Z.
            files_total (int | Unset): The files to scan; absent while `counting`. Example: 20000.
            files_unchanged (int | Unset):  Example: 9000.
            percent (float | Unset):  Example: 59.25.
            rate (float | Unset): Files processed per second, recently. Example: 3120.5.
            eta_seconds (int | Unset): Estimated seconds until the scan ends; absent when unknown. Example: 3.
            elapsed_ms (int | Unset):  Example: 3800.
            current_path (str | Unset): The file being read, relative to its root and prefixed with the root's id. Example:
                music/Radiohead/OK Computer/02 Paranoid Android.flac.
            feed_ended (FeedEndReason | Unset): Why the hub ended a feed opened with a device's token: `tokenExpired`
                (refresh the
                tokens, then reconnect with `Last-Event-ID`), `deviceRevoked` (the device's access
                was revoked, or its tokens replaced: pair again), or `hubStopping` (reconnect when
                the hub is back).
    """

    phase: ScanPhase
    files_seen: int
    files_processed: int
    added: int
    updated: int
    removed: int
    error_count: int
    at: datetime.datetime
    scan_id: str | Unset = UNSET
    files_total: int | Unset = UNSET
    files_unchanged: int | Unset = UNSET
    percent: float | Unset = UNSET
    rate: float | Unset = UNSET
    eta_seconds: int | Unset = UNSET
    elapsed_ms: int | Unset = UNSET
    current_path: str | Unset = UNSET
    feed_ended: FeedEndReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase = self.phase.value

        files_seen = self.files_seen

        files_processed = self.files_processed

        added = self.added

        updated = self.updated

        removed = self.removed

        error_count = self.error_count

        at = self.at.isoformat()

        scan_id = self.scan_id

        files_total = self.files_total

        files_unchanged = self.files_unchanged

        percent = self.percent

        rate = self.rate

        eta_seconds = self.eta_seconds

        elapsed_ms = self.elapsed_ms

        current_path = self.current_path

        feed_ended: str | Unset = UNSET
        if not isinstance(self.feed_ended, Unset):
            feed_ended = self.feed_ended.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phase": phase,
                "filesSeen": files_seen,
                "filesProcessed": files_processed,
                "added": added,
                "updated": updated,
                "removed": removed,
                "errorCount": error_count,
                "at": at,
            }
        )
        if scan_id is not UNSET:
            field_dict["scanId"] = scan_id
        if files_total is not UNSET:
            field_dict["filesTotal"] = files_total
        if files_unchanged is not UNSET:
            field_dict["filesUnchanged"] = files_unchanged
        if percent is not UNSET:
            field_dict["percent"] = percent
        if rate is not UNSET:
            field_dict["rate"] = rate
        if eta_seconds is not UNSET:
            field_dict["etaSeconds"] = eta_seconds
        if elapsed_ms is not UNSET:
            field_dict["elapsedMs"] = elapsed_ms
        if current_path is not UNSET:
            field_dict["currentPath"] = current_path
        if feed_ended is not UNSET:
            field_dict["feedEnded"] = feed_ended

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phase = ScanPhase(d.pop("phase"))

        files_seen = d.pop("filesSeen")

        files_processed = d.pop("filesProcessed")

        added = d.pop("added")

        updated = d.pop("updated")

        removed = d.pop("removed")

        error_count = d.pop("errorCount")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        scan_id = d.pop("scanId", UNSET)

        files_total = d.pop("filesTotal", UNSET)

        files_unchanged = d.pop("filesUnchanged", UNSET)

        percent = d.pop("percent", UNSET)

        rate = d.pop("rate", UNSET)

        eta_seconds = d.pop("etaSeconds", UNSET)

        elapsed_ms = d.pop("elapsedMs", UNSET)

        current_path = d.pop("currentPath", UNSET)

        _feed_ended = d.pop("feedEnded", UNSET)
        feed_ended: FeedEndReason | Unset
        if isinstance(_feed_ended, Unset):
            feed_ended = UNSET
        else:
            feed_ended = FeedEndReason(_feed_ended)

        scan_progress_event = cls(
            phase=phase,
            files_seen=files_seen,
            files_processed=files_processed,
            added=added,
            updated=updated,
            removed=removed,
            error_count=error_count,
            at=at,
            scan_id=scan_id,
            files_total=files_total,
            files_unchanged=files_unchanged,
            percent=percent,
            rate=rate,
            eta_seconds=eta_seconds,
            elapsed_ms=elapsed_ms,
            current_path=current_path,
            feed_ended=feed_ended,
        )

        scan_progress_event.additional_properties = d
        return scan_progress_event

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

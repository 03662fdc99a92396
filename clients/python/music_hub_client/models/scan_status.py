from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_phase import ScanPhase
from ..models.scan_state import ScanState
from ..models.scan_trigger import ScanTrigger
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scan_file_error import ScanFileError


T = TypeVar("T", bound="ScanStatus")


@_attrs_define
class ScanStatus:
    """The running scan, or the last one.

    Attributes:
        state (ScanState): `idle`: the hub never scanned. `running`, then `cancelling` after
            `POST /api/scan/cancel`. A finished scan is `completed`, `cancelled` or `failed`.
        phase (ScanPhase): `idle` when no scan runs; `counting` the files first (so the total is honest), then
            `scanning` them, `pruning` tracks whose files are gone and `finalizing` (albums,
            artists, search index); a scan ends `completed`, `cancelled` or `failed`.
        scan_id (str | Unset): Absent when the hub never scanned. Example: scn_20261124T101500Z.
        trigger (ScanTrigger | Unset): What started the scan.
        full (bool | Unset): Every file was re-read.
        started_at (datetime.datetime | Unset):
        finished_at (datetime.datetime | Unset): Absent while the scan runs.
        files_total (int | Unset): The files to scan, counted first; absent while `counting`. Example: 20000.
        files_seen (int | Unset):  Example: 12000.
        files_processed (int | Unset): Files done (read, or skipped as unchanged). Example: 11850.
        files_unchanged (int | Unset): Files skipped because their size and modification time did not change. Example:
            9000.
        added (int | Unset):  Example: 2800.
        updated (int | Unset):  Example: 40.
        removed (int | Unset):  Example: 3.
        error_count (int | Unset):  Example: 1.
        errors (list[ScanFileError] | Unset): The first files that could not be read (at most 100; `errorCount` has them
            all).
        percent (float | Unset):  Example: 59.25.
        rate (float | Unset): Files processed per second, recently. Example: 3120.5.
        eta_seconds (int | Unset): Estimated seconds until the scan ends; absent when unknown. Example: 3.
        current_path (str | Unset): The file being read, relative to its root and prefixed with the root's id. Example:
            music/Radiohead/OK Computer/02 Paranoid Android.flac.
        message (str | Unset): Why the scan failed, for a person.
    """

    state: ScanState
    phase: ScanPhase
    scan_id: str | Unset = UNSET
    trigger: ScanTrigger | Unset = UNSET
    full: bool | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    finished_at: datetime.datetime | Unset = UNSET
    files_total: int | Unset = UNSET
    files_seen: int | Unset = UNSET
    files_processed: int | Unset = UNSET
    files_unchanged: int | Unset = UNSET
    added: int | Unset = UNSET
    updated: int | Unset = UNSET
    removed: int | Unset = UNSET
    error_count: int | Unset = UNSET
    errors: list[ScanFileError] | Unset = UNSET
    percent: float | Unset = UNSET
    rate: float | Unset = UNSET
    eta_seconds: int | Unset = UNSET
    current_path: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state.value

        phase = self.phase.value

        scan_id = self.scan_id

        trigger: str | Unset = UNSET
        if not isinstance(self.trigger, Unset):
            trigger = self.trigger.value

        full = self.full

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        finished_at: str | Unset = UNSET
        if not isinstance(self.finished_at, Unset):
            finished_at = self.finished_at.isoformat()

        files_total = self.files_total

        files_seen = self.files_seen

        files_processed = self.files_processed

        files_unchanged = self.files_unchanged

        added = self.added

        updated = self.updated

        removed = self.removed

        error_count = self.error_count

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        percent = self.percent

        rate = self.rate

        eta_seconds = self.eta_seconds

        current_path = self.current_path

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
                "phase": phase,
            }
        )
        if scan_id is not UNSET:
            field_dict["scanId"] = scan_id
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if full is not UNSET:
            field_dict["full"] = full
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if files_total is not UNSET:
            field_dict["filesTotal"] = files_total
        if files_seen is not UNSET:
            field_dict["filesSeen"] = files_seen
        if files_processed is not UNSET:
            field_dict["filesProcessed"] = files_processed
        if files_unchanged is not UNSET:
            field_dict["filesUnchanged"] = files_unchanged
        if added is not UNSET:
            field_dict["added"] = added
        if updated is not UNSET:
            field_dict["updated"] = updated
        if removed is not UNSET:
            field_dict["removed"] = removed
        if error_count is not UNSET:
            field_dict["errorCount"] = error_count
        if errors is not UNSET:
            field_dict["errors"] = errors
        if percent is not UNSET:
            field_dict["percent"] = percent
        if rate is not UNSET:
            field_dict["rate"] = rate
        if eta_seconds is not UNSET:
            field_dict["etaSeconds"] = eta_seconds
        if current_path is not UNSET:
            field_dict["currentPath"] = current_path
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scan_file_error import ScanFileError

        d = dict(src_dict)
        state = ScanState(d.pop("state"))

        phase = ScanPhase(d.pop("phase"))

        scan_id = d.pop("scanId", UNSET)

        _trigger = d.pop("trigger", UNSET)
        trigger: ScanTrigger | Unset
        if isinstance(_trigger, Unset):
            trigger = UNSET
        else:
            trigger = ScanTrigger(_trigger)

        full = d.pop("full", UNSET)

        _started_at = d.pop("startedAt", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _finished_at = d.pop("finishedAt", UNSET)
        finished_at: datetime.datetime | Unset
        if isinstance(_finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = datetime.datetime.fromisoformat(_finished_at)

        files_total = d.pop("filesTotal", UNSET)

        files_seen = d.pop("filesSeen", UNSET)

        files_processed = d.pop("filesProcessed", UNSET)

        files_unchanged = d.pop("filesUnchanged", UNSET)

        added = d.pop("added", UNSET)

        updated = d.pop("updated", UNSET)

        removed = d.pop("removed", UNSET)

        error_count = d.pop("errorCount", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[ScanFileError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ScanFileError.from_dict(errors_item_data)

                errors.append(errors_item)

        percent = d.pop("percent", UNSET)

        rate = d.pop("rate", UNSET)

        eta_seconds = d.pop("etaSeconds", UNSET)

        current_path = d.pop("currentPath", UNSET)

        message = d.pop("message", UNSET)

        scan_status = cls(
            state=state,
            phase=phase,
            scan_id=scan_id,
            trigger=trigger,
            full=full,
            started_at=started_at,
            finished_at=finished_at,
            files_total=files_total,
            files_seen=files_seen,
            files_processed=files_processed,
            files_unchanged=files_unchanged,
            added=added,
            updated=updated,
            removed=removed,
            error_count=error_count,
            errors=errors,
            percent=percent,
            rate=rate,
            eta_seconds=eta_seconds,
            current_path=current_path,
            message=message,
        )

        scan_status.additional_properties = d
        return scan_status

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

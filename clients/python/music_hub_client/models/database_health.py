from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.database_health_status import DatabaseHealthStatus

T = TypeVar("T", bound="DatabaseHealth")


@_attrs_define
class DatabaseHealth:
    """
    Attributes:
        status (DatabaseHealthStatus): `healthy`; `unavailable` while another program holds the database file locked
            (the
            hub checks again by itself and becomes healthy when the lock is gone: wait, do not
            rebuild); `faulted` when the file is damaged or cannot be used (recover with
            `POST /api/database/rebuild`); `rebuilding` during a rebuild; `readOnly` when the
            data dir or the database file may not be written (a read-only mount, a folder the
            hub's user may not write): reads are served, every write answers
            `503 database_unavailable` with `Retry-After`, a rebuild is refused the same way, and
            the hub becomes healthy by itself once it may write there again.
        detail (str): Why the database is in this state, for a person. Example: integrity check passed.
        checked_at (datetime.datetime):
    """

    status: DatabaseHealthStatus
    detail: str
    checked_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        detail = self.detail

        checked_at = self.checked_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "detail": detail,
                "checkedAt": checked_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = DatabaseHealthStatus(d.pop("status"))

        detail = d.pop("detail")

        checked_at = datetime.datetime.fromisoformat(d.pop("checkedAt"))

        database_health = cls(
            status=status,
            detail=detail,
            checked_at=checked_at,
        )

        database_health.additional_properties = d
        return database_health

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.database_health import DatabaseHealth
    from ..models.salvaged_table import SalvagedTable


T = TypeVar("T", bound="RebuildResult")


@_attrs_define
class RebuildResult:
    """
    Attributes:
        archived_to (str): The folder the old database was moved into, relative to the data dir. Example:
            archive/20261124T101500Z.
        archived_files (list[str]): The names of the files that were moved.
        database_health (DatabaseHealth):
        carried_over (list[SalvagedTable]): The person's own data copied from the archived database into the fresh one,
            one
            entry per table: playlists and their entries, saved items, the playback session
            and history, paired devices with their refresh tokens (their tokens keep working),
            search history, metadata overrides and shares. Rows are copied one page at a
            time, so a damaged page costs only the rows on it; `unreadableRows` counts what
            could not be read or stored. The catalogue itself is not copied: the rescan that
            follows rebuilds it with the same ids.
    """

    archived_to: str
    archived_files: list[str]
    database_health: DatabaseHealth
    carried_over: list[SalvagedTable]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archived_to = self.archived_to

        archived_files = self.archived_files

        database_health = self.database_health.to_dict()

        carried_over = []
        for carried_over_item_data in self.carried_over:
            carried_over_item = carried_over_item_data.to_dict()
            carried_over.append(carried_over_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "archivedTo": archived_to,
                "archivedFiles": archived_files,
                "databaseHealth": database_health,
                "carriedOver": carried_over,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.database_health import DatabaseHealth
        from ..models.salvaged_table import SalvagedTable

        d = dict(src_dict)
        archived_to = d.pop("archivedTo")

        archived_files = cast(list[str], d.pop("archivedFiles"))

        database_health = DatabaseHealth.from_dict(d.pop("databaseHealth"))

        carried_over = []
        _carried_over = d.pop("carriedOver")
        for carried_over_item_data in _carried_over:
            carried_over_item = SalvagedTable.from_dict(carried_over_item_data)

            carried_over.append(carried_over_item)

        rebuild_result = cls(
            archived_to=archived_to,
            archived_files=archived_files,
            database_health=database_health,
            carried_over=carried_over,
        )

        rebuild_result.additional_properties = d
        return rebuild_result

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

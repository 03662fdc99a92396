from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalvagedTable")


@_attrs_define
class SalvagedTable:
    """
    Attributes:
        table (str): The table's name in the database. Example: playlists.
        rows (int): Rows carried over into the fresh database.
        unreadable_rows (int): Rows (or, where a damaged page hid them, at least this many) that could not be carried
            over.
        detail (str | Unset): Why rows could not be carried over, when some could not.
    """

    table: str
    rows: int
    unreadable_rows: int
    detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        table = self.table

        rows = self.rows

        unreadable_rows = self.unreadable_rows

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "table": table,
                "rows": rows,
                "unreadableRows": unreadable_rows,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        table = d.pop("table")

        rows = d.pop("rows")

        unreadable_rows = d.pop("unreadableRows")

        detail = d.pop("detail", UNSET)

        salvaged_table = cls(
            table=table,
            rows=rows,
            unreadable_rows=unreadable_rows,
            detail=detail,
        )

        salvaged_table.additional_properties = d
        return salvaged_table

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.library_folder_state import LibraryFolderState
from ..types import UNSET, Unset

T = TypeVar("T", bound="LibraryFolder")


@_attrs_define
class LibraryFolder:
    """A music folder given with `--library`, and its state now.

    Attributes:
        id (str): The first segment of every `path` inside this folder. Example: music.
        name (str):  Example: Music.
        state (LibraryFolderState): `available`; `missing` when nothing is there or it is not a folder (a typo, an
            unplugged disk); `unreadable` when it is there but the hub may not read it.
        absolute_path (str | Unset): The folder's absolute path; only present for local calls. Example: /home/ana/Music.
        problem (str | Unset): What the system said, when the folder is not available. Example: No such file or
            directory (os error 2).
    """

    id: str
    name: str
    state: LibraryFolderState
    absolute_path: str | Unset = UNSET
    problem: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        state = self.state.value

        absolute_path = self.absolute_path

        problem = self.problem

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "state": state,
            }
        )
        if absolute_path is not UNSET:
            field_dict["absolutePath"] = absolute_path
        if problem is not UNSET:
            field_dict["problem"] = problem

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        state = LibraryFolderState(d.pop("state"))

        absolute_path = d.pop("absolutePath", UNSET)

        problem = d.pop("problem", UNSET)

        library_folder = cls(
            id=id,
            name=name,
            state=state,
            absolute_path=absolute_path,
            problem=problem,
        )

        library_folder.additional_properties = d
        return library_folder

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.database_health import DatabaseHealth
    from ..models.library_folder import LibraryFolder
    from ..models.transcoding_info import TranscodingInfo


T = TypeVar("T", bound="HubInfo")


@_attrs_define
class HubInfo:
    """
    Attributes:
        name (str):  Example: Music Hub.
        version (str):  Example: 0.1.0.
        api_version (str): The `info.version` of the OpenAPI document the hub serves. Example: 0.1.0.
        hub_id (str): A random id made on first start and kept in the data dir. Example:
            7d1c1b1e-2f2a-4d55-9a53-0c8f4f3f7a10.
        port (int):  Example: 38472.
        database_health (DatabaseHealth):
        transcoding (TranscodingInfo | Unset): What the hub can transcode with (see `GET /api/media/stream/{trackId}`).
        libraries (list[LibraryFolder] | Unset): Every music folder given with `--library`, as the disk has it now, so
            that a
            mistyped or unplugged folder shows here and not only in the hub's log. Absent
            for anonymous remote callers: the folders are the person's business.
    """

    name: str
    version: str
    api_version: str
    hub_id: str
    port: int
    database_health: DatabaseHealth
    transcoding: TranscodingInfo | Unset = UNSET
    libraries: list[LibraryFolder] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        version = self.version

        api_version = self.api_version

        hub_id = self.hub_id

        port = self.port

        database_health = self.database_health.to_dict()

        transcoding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcoding, Unset):
            transcoding = self.transcoding.to_dict()

        libraries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.libraries, Unset):
            libraries = []
            for libraries_item_data in self.libraries:
                libraries_item = libraries_item_data.to_dict()
                libraries.append(libraries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "version": version,
                "apiVersion": api_version,
                "hubId": hub_id,
                "port": port,
                "databaseHealth": database_health,
            }
        )
        if transcoding is not UNSET:
            field_dict["transcoding"] = transcoding
        if libraries is not UNSET:
            field_dict["libraries"] = libraries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.database_health import DatabaseHealth
        from ..models.library_folder import LibraryFolder
        from ..models.transcoding_info import TranscodingInfo

        d = dict(src_dict)
        name = d.pop("name")

        version = d.pop("version")

        api_version = d.pop("apiVersion")

        hub_id = d.pop("hubId")

        port = d.pop("port")

        database_health = DatabaseHealth.from_dict(d.pop("databaseHealth"))

        _transcoding = d.pop("transcoding", UNSET)
        transcoding: TranscodingInfo | Unset
        if isinstance(_transcoding, Unset):
            transcoding = UNSET
        else:
            transcoding = TranscodingInfo.from_dict(_transcoding)

        _libraries = d.pop("libraries", UNSET)
        libraries: list[LibraryFolder] | Unset = UNSET
        if _libraries is not UNSET:
            libraries = []
            for libraries_item_data in _libraries:
                libraries_item = LibraryFolder.from_dict(libraries_item_data)

                libraries.append(libraries_item)

        hub_info = cls(
            name=name,
            version=version,
            api_version=api_version,
            hub_id=hub_id,
            port=port,
            database_health=database_health,
            transcoding=transcoding,
            libraries=libraries,
        )

        hub_info.additional_properties = d
        return hub_info

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

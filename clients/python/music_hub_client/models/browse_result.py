from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.album import Album
    from ..models.browse_folder import BrowseFolder
    from ..models.library_root import LibraryRoot
    from ..models.track import Track


T = TypeVar("T", bound="BrowseResult")


@_attrs_define
class BrowseResult:
    """Without `path`: `roots` and the home sections (`recentlyAddedAlbums`,
    `recentlyPlayed`, `mostPlayed`). With `path`: `path`, `parentPath`, `folders` and
    `tracks` of that folder.

        Attributes:
            folders (list[BrowseFolder]): The sub-folders, by name.
            tracks (list[Track]): The tracks directly in the folder, by file name.
            path (str | Unset): The folder shown; absent at the top. Example: music/Radiohead/OK Computer.
            parent_path (str | Unset): The folder above; absent at the top and on a root (go to the top by omitting `path`).
                Example: music/Radiohead.
            roots (list[LibraryRoot] | Unset): The library roots (at the top only).
            recently_added_albums (list[Album] | Unset): Home section (at the top only).
            recently_played (list[Track] | Unset): Home section (at the top only).
            most_played (list[Track] | Unset): Home section (at the top only).
    """

    folders: list[BrowseFolder]
    tracks: list[Track]
    path: str | Unset = UNSET
    parent_path: str | Unset = UNSET
    roots: list[LibraryRoot] | Unset = UNSET
    recently_added_albums: list[Album] | Unset = UNSET
    recently_played: list[Track] | Unset = UNSET
    most_played: list[Track] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        folders = []
        for folders_item_data in self.folders:
            folders_item = folders_item_data.to_dict()
            folders.append(folders_item)

        tracks = []
        for tracks_item_data in self.tracks:
            tracks_item = tracks_item_data.to_dict()
            tracks.append(tracks_item)

        path = self.path

        parent_path = self.parent_path

        roots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roots, Unset):
            roots = []
            for roots_item_data in self.roots:
                roots_item = roots_item_data.to_dict()
                roots.append(roots_item)

        recently_added_albums: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recently_added_albums, Unset):
            recently_added_albums = []
            for recently_added_albums_item_data in self.recently_added_albums:
                recently_added_albums_item = recently_added_albums_item_data.to_dict()
                recently_added_albums.append(recently_added_albums_item)

        recently_played: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recently_played, Unset):
            recently_played = []
            for recently_played_item_data in self.recently_played:
                recently_played_item = recently_played_item_data.to_dict()
                recently_played.append(recently_played_item)

        most_played: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.most_played, Unset):
            most_played = []
            for most_played_item_data in self.most_played:
                most_played_item = most_played_item_data.to_dict()
                most_played.append(most_played_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "folders": folders,
                "tracks": tracks,
            }
        )
        if path is not UNSET:
            field_dict["path"] = path
        if parent_path is not UNSET:
            field_dict["parentPath"] = parent_path
        if roots is not UNSET:
            field_dict["roots"] = roots
        if recently_added_albums is not UNSET:
            field_dict["recentlyAddedAlbums"] = recently_added_albums
        if recently_played is not UNSET:
            field_dict["recentlyPlayed"] = recently_played
        if most_played is not UNSET:
            field_dict["mostPlayed"] = most_played

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.album import Album
        from ..models.browse_folder import BrowseFolder
        from ..models.library_root import LibraryRoot
        from ..models.track import Track

        d = dict(src_dict)
        folders = []
        _folders = d.pop("folders")
        for folders_item_data in _folders:
            folders_item = BrowseFolder.from_dict(folders_item_data)

            folders.append(folders_item)

        tracks = []
        _tracks = d.pop("tracks")
        for tracks_item_data in _tracks:
            tracks_item = Track.from_dict(tracks_item_data)

            tracks.append(tracks_item)

        path = d.pop("path", UNSET)

        parent_path = d.pop("parentPath", UNSET)

        _roots = d.pop("roots", UNSET)
        roots: list[LibraryRoot] | Unset = UNSET
        if _roots is not UNSET:
            roots = []
            for roots_item_data in _roots:
                roots_item = LibraryRoot.from_dict(roots_item_data)

                roots.append(roots_item)

        _recently_added_albums = d.pop("recentlyAddedAlbums", UNSET)
        recently_added_albums: list[Album] | Unset = UNSET
        if _recently_added_albums is not UNSET:
            recently_added_albums = []
            for recently_added_albums_item_data in _recently_added_albums:
                recently_added_albums_item = Album.from_dict(
                    recently_added_albums_item_data
                )

                recently_added_albums.append(recently_added_albums_item)

        _recently_played = d.pop("recentlyPlayed", UNSET)
        recently_played: list[Track] | Unset = UNSET
        if _recently_played is not UNSET:
            recently_played = []
            for recently_played_item_data in _recently_played:
                recently_played_item = Track.from_dict(recently_played_item_data)

                recently_played.append(recently_played_item)

        _most_played = d.pop("mostPlayed", UNSET)
        most_played: list[Track] | Unset = UNSET
        if _most_played is not UNSET:
            most_played = []
            for most_played_item_data in _most_played:
                most_played_item = Track.from_dict(most_played_item_data)

                most_played.append(most_played_item)

        browse_result = cls(
            folders=folders,
            tracks=tracks,
            path=path,
            parent_path=parent_path,
            roots=roots,
            recently_added_albums=recently_added_albums,
            recently_played=recently_played,
            most_played=most_played,
        )

        browse_result.additional_properties = d
        return browse_result

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

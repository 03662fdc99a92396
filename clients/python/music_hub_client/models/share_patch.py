from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SharePatch")


@_attrs_define
class SharePatch:
    """What to change of a share; what is absent stays as it is.

    Attributes:
        expires_in_hours (int | Unset): A new expiry this many hours from now; `0` for none. Example: 24.
        password (str | Unset): A new password; `""` removes it.
        allow_download (bool | Unset):
        max_sessions (int | Unset): How many times the share may be opened in all; `0` for unlimited.
    """

    expires_in_hours: int | Unset = UNSET
    password: str | Unset = UNSET
    allow_download: bool | Unset = UNSET
    max_sessions: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        expires_in_hours = self.expires_in_hours

        password = self.password

        allow_download = self.allow_download

        max_sessions = self.max_sessions

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if expires_in_hours is not UNSET:
            field_dict["expiresInHours"] = expires_in_hours
        if password is not UNSET:
            field_dict["password"] = password
        if allow_download is not UNSET:
            field_dict["allowDownload"] = allow_download
        if max_sessions is not UNSET:
            field_dict["maxSessions"] = max_sessions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        expires_in_hours = d.pop("expiresInHours", UNSET)

        password = d.pop("password", UNSET)

        allow_download = d.pop("allowDownload", UNSET)

        max_sessions = d.pop("maxSessions", UNSET)

        share_patch = cls(
            expires_in_hours=expires_in_hours,
            password=password,
            allow_download=allow_download,
            max_sessions=max_sessions,
        )

        return share_patch

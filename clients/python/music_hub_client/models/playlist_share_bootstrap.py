from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.share_summary import ShareSummary
    from ..models.shared_playlist import SharedPlaylist


T = TypeVar("T", bound="PlaylistShareBootstrap")


@_attrs_define
class PlaylistShareBootstrap:
    """What a share page of a playlist needs to start; file paths are never included.

    Attributes:
        share_session_id (str): Send to `POST /api/share/session/heartbeat` to keep the session alive. Example:
            shs_8f14e45fceea167a.
        share_session_expires_at (datetime.datetime):
        media_token (str): Append as `?mediaToken=` to stream and artwork URLs of the shared items. Example:
            v4.local.mT0....
        media_token_expires_at (datetime.datetime):
        heartbeat_interval_seconds (int): Send a heartbeat this often while the page is open. Example: 60.
        share (ShareSummary): What a share page may know of its share.
        playlist (SharedPlaylist): A shared playlist and its tracks in playlist order (entries whose track left the
            library are left out).
    """

    share_session_id: str
    share_session_expires_at: datetime.datetime
    media_token: str
    media_token_expires_at: datetime.datetime
    heartbeat_interval_seconds: int
    share: ShareSummary
    playlist: SharedPlaylist
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        share_session_id = self.share_session_id

        share_session_expires_at = self.share_session_expires_at.isoformat()

        media_token = self.media_token

        media_token_expires_at = self.media_token_expires_at.isoformat()

        heartbeat_interval_seconds = self.heartbeat_interval_seconds

        share = self.share.to_dict()

        playlist = self.playlist.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shareSessionId": share_session_id,
                "shareSessionExpiresAt": share_session_expires_at,
                "mediaToken": media_token,
                "mediaTokenExpiresAt": media_token_expires_at,
                "heartbeatIntervalSeconds": heartbeat_interval_seconds,
                "share": share,
                "playlist": playlist,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.share_summary import ShareSummary
        from ..models.shared_playlist import SharedPlaylist

        d = dict(src_dict)
        share_session_id = d.pop("shareSessionId")

        share_session_expires_at = datetime.datetime.fromisoformat(
            d.pop("shareSessionExpiresAt")
        )

        media_token = d.pop("mediaToken")

        media_token_expires_at = datetime.datetime.fromisoformat(
            d.pop("mediaTokenExpiresAt")
        )

        heartbeat_interval_seconds = d.pop("heartbeatIntervalSeconds")

        share = ShareSummary.from_dict(d.pop("share"))

        playlist = SharedPlaylist.from_dict(d.pop("playlist"))

        playlist_share_bootstrap = cls(
            share_session_id=share_session_id,
            share_session_expires_at=share_session_expires_at,
            media_token=media_token,
            media_token_expires_at=media_token_expires_at,
            heartbeat_interval_seconds=heartbeat_interval_seconds,
            share=share,
            playlist=playlist,
        )

        playlist_share_bootstrap.additional_properties = d
        return playlist_share_bootstrap

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

from enum import StrEnum


class PlaylistUpdatedEventType(StrEnum):
    PLAYLISTUPDATED = "playlistUpdated"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class PlaylistDeletedEventType(StrEnum):
    PLAYLISTDELETED = "playlistDeleted"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class PlaylistCreatedEventType(StrEnum):
    PLAYLISTCREATED = "playlistCreated"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class PlaylistReadOnlyCode(StrEnum):
    PLAYLIST_READ_ONLY = "playlist_read_only"

    def __str__(self) -> str:
        return str(self.value)

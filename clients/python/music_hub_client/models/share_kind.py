from enum import StrEnum


class ShareKind(StrEnum):
    ALBUM = "album"
    ARTIST = "artist"
    PLAYLIST = "playlist"
    TRACK = "track"

    def __str__(self) -> str:
        return str(self.value)

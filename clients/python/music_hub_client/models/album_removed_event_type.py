from enum import StrEnum


class AlbumRemovedEventType(StrEnum):
    ALBUMREMOVED = "albumRemoved"

    def __str__(self) -> str:
        return str(self.value)

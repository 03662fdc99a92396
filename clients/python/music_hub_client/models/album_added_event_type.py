from enum import StrEnum


class AlbumAddedEventType(StrEnum):
    ALBUMADDED = "albumAdded"

    def __str__(self) -> str:
        return str(self.value)

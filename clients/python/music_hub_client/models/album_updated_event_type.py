from enum import StrEnum


class AlbumUpdatedEventType(StrEnum):
    ALBUMUPDATED = "albumUpdated"

    def __str__(self) -> str:
        return str(self.value)

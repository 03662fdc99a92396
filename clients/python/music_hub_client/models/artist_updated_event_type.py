from enum import StrEnum


class ArtistUpdatedEventType(StrEnum):
    ARTISTUPDATED = "artistUpdated"

    def __str__(self) -> str:
        return str(self.value)

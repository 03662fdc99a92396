from enum import StrEnum


class ArtistRemovedEventType(StrEnum):
    ARTISTREMOVED = "artistRemoved"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ArtistAddedEventType(StrEnum):
    ARTISTADDED = "artistAdded"

    def __str__(self) -> str:
        return str(self.value)

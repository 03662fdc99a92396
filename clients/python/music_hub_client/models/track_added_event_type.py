from enum import StrEnum


class TrackAddedEventType(StrEnum):
    TRACKADDED = "trackAdded"

    def __str__(self) -> str:
        return str(self.value)

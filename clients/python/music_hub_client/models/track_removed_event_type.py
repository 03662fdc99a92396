from enum import StrEnum


class TrackRemovedEventType(StrEnum):
    TRACKREMOVED = "trackRemoved"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class TrackUpdatedEventType(StrEnum):
    TRACKUPDATED = "trackUpdated"

    def __str__(self) -> str:
        return str(self.value)

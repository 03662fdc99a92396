from enum import StrEnum


class UnknownTrackCode(StrEnum):
    UNKNOWN_TRACK = "unknown_track"

    def __str__(self) -> str:
        return str(self.value)

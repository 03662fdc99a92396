from enum import StrEnum


class ReplayGainMode(StrEnum):
    ALBUM = "album"
    OFF = "off"
    TRACK = "track"

    def __str__(self) -> str:
        return str(self.value)

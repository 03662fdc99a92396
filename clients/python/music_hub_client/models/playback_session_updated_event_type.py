from enum import StrEnum


class PlaybackSessionUpdatedEventType(StrEnum):
    PLAYBACKSESSIONUPDATED = "playbackSessionUpdated"

    def __str__(self) -> str:
        return str(self.value)

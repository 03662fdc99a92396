from enum import StrEnum


class PlaybackHistoryAddedEventType(StrEnum):
    PLAYBACKHISTORYADDED = "playbackHistoryAdded"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class FeedEndedEventType(StrEnum):
    FEEDENDED = "feedEnded"

    def __str__(self) -> str:
        return str(self.value)

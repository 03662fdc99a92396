from enum import StrEnum


class FeedEndReason(StrEnum):
    DEVICEREVOKED = "deviceRevoked"
    HUBSTOPPING = "hubStopping"
    TOKENEXPIRED = "tokenExpired"

    def __str__(self) -> str:
        return str(self.value)

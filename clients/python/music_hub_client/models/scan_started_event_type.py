from enum import StrEnum


class ScanStartedEventType(StrEnum):
    SCANSTARTED = "scanStarted"

    def __str__(self) -> str:
        return str(self.value)

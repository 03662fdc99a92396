from enum import StrEnum


class ScanCompletedEventType(StrEnum):
    SCANCOMPLETED = "scanCompleted"

    def __str__(self) -> str:
        return str(self.value)

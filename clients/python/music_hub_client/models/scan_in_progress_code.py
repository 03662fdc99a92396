from enum import StrEnum


class ScanInProgressCode(StrEnum):
    SCAN_IN_PROGRESS = "scan_in_progress"

    def __str__(self) -> str:
        return str(self.value)

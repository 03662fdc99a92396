from enum import StrEnum


class ScanNotRunningCode(StrEnum):
    SCAN_NOT_RUNNING = "scan_not_running"

    def __str__(self) -> str:
        return str(self.value)

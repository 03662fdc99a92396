from enum import StrEnum


class ScanPhase(StrEnum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    COUNTING = "counting"
    FAILED = "failed"
    FINALIZING = "finalizing"
    IDLE = "idle"
    PRUNING = "pruning"
    SCANNING = "scanning"

    def __str__(self) -> str:
        return str(self.value)

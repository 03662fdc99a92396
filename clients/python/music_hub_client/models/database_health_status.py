from enum import StrEnum


class DatabaseHealthStatus(StrEnum):
    FAULTED = "faulted"
    HEALTHY = "healthy"
    READONLY = "readOnly"
    REBUILDING = "rebuilding"
    UNAVAILABLE = "unavailable"

    def __str__(self) -> str:
        return str(self.value)

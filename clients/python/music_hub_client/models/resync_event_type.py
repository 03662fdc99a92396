from enum import StrEnum


class ResyncEventType(StrEnum):
    RESYNC = "resync"

    def __str__(self) -> str:
        return str(self.value)

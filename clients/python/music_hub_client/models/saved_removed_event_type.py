from enum import StrEnum


class SavedRemovedEventType(StrEnum):
    SAVEDREMOVED = "savedRemoved"

    def __str__(self) -> str:
        return str(self.value)

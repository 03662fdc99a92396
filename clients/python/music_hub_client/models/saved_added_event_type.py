from enum import StrEnum


class SavedAddedEventType(StrEnum):
    SAVEDADDED = "savedAdded"

    def __str__(self) -> str:
        return str(self.value)

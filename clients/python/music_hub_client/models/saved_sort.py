from enum import StrEnum


class SavedSort(StrEnum):
    NAME = "name"
    SAVEDAT = "savedAt"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class LibraryFolderState(StrEnum):
    AVAILABLE = "available"
    MISSING = "missing"
    UNREADABLE = "unreadable"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ShareDeletedEventType(StrEnum):
    SHAREDELETED = "shareDeleted"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ShareCreatedEventType(StrEnum):
    SHARECREATED = "shareCreated"

    def __str__(self) -> str:
        return str(self.value)

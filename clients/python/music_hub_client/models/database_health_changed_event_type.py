from enum import StrEnum


class DatabaseHealthChangedEventType(StrEnum):
    DATABASEHEALTHCHANGED = "databaseHealthChanged"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class DatabaseUnavailableCode(StrEnum):
    DATABASE_UNAVAILABLE = "database_unavailable"

    def __str__(self) -> str:
        return str(self.value)

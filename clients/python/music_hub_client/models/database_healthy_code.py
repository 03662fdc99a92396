from enum import StrEnum


class DatabaseHealthyCode(StrEnum):
    DATABASE_HEALTHY = "database_healthy"

    def __str__(self) -> str:
        return str(self.value)

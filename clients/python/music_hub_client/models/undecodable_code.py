from enum import StrEnum


class UndecodableCode(StrEnum):
    UNDECODABLE = "undecodable"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class RepeatMode(StrEnum):
    ALL = "all"
    OFF = "off"
    ONE = "one"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class RangeNotSatisfiableCode(StrEnum):
    RANGE_NOT_SATISFIABLE = "range_not_satisfiable"

    def __str__(self) -> str:
        return str(self.value)

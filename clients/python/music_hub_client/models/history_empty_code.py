from enum import StrEnum


class HistoryEmptyCode(StrEnum):
    HISTORY_EMPTY = "history_empty"

    def __str__(self) -> str:
        return str(self.value)

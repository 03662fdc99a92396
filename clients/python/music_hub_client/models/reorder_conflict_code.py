from enum import StrEnum


class ReorderConflictCode(StrEnum):
    ORDER_MISMATCH = "order_mismatch"
    PLAYLIST_READ_ONLY = "playlist_read_only"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class SessionConflictCode(StrEnum):
    INDEX_OUT_OF_RANGE = "index_out_of_range"
    QUEUE_EMPTY = "queue_empty"
    SESSION_CONFLICT = "session_conflict"

    def __str__(self) -> str:
        return str(self.value)

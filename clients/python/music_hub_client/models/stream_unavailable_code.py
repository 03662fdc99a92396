from enum import StrEnum


class StreamUnavailableCode(StrEnum):
    DATABASE_UNAVAILABLE = "database_unavailable"
    TRANSCODE_STALLED = "transcode_stalled"

    def __str__(self) -> str:
        return str(self.value)

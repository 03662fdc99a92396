from enum import StrEnum


class TranscodeUnavailableCode(StrEnum):
    TRANSCODE_UNAVAILABLE = "transcode_unavailable"

    def __str__(self) -> str:
        return str(self.value)

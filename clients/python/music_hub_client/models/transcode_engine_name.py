from enum import StrEnum


class TranscodeEngineName(StrEnum):
    BUILTIN = "builtin"
    FFMPEG = "ffmpeg"

    def __str__(self) -> str:
        return str(self.value)

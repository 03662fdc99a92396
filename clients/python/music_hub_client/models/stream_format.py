from enum import StrEnum


class StreamFormat(StrEnum):
    MP3 = "mp3"
    OPUS = "opus"
    ORIGINAL = "original"

    def __str__(self) -> str:
        return str(self.value)

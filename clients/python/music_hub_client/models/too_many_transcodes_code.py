from enum import StrEnum


class TooManyTranscodesCode(StrEnum):
    TOO_MANY_TRANSCODES = "too_many_transcodes"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class TooManyRequestsCode(StrEnum):
    TOO_MANY_ATTEMPTS = "too_many_attempts"

    def __str__(self) -> str:
        return str(self.value)

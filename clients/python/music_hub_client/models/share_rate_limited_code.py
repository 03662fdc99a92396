from enum import StrEnum


class ShareRateLimitedCode(StrEnum):
    TOO_MANY_REQUESTS = "too_many_requests"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class TranscodeProfile(StrEnum):
    CELLULAR = "cellular"
    LEGACY = "legacy"
    MOBILE = "mobile"
    WEB = "web"

    def __str__(self) -> str:
        return str(self.value)

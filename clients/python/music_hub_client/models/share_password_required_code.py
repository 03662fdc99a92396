from enum import StrEnum


class SharePasswordRequiredCode(StrEnum):
    SHARE_PASSWORD_REQUIRED = "share_password_required"

    def __str__(self) -> str:
        return str(self.value)

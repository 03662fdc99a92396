from enum import StrEnum


class UnauthorizedCode(StrEnum):
    DEVICE_REVOKED = "device_revoked"
    INVALID_TOKEN = "invalid_token"
    MEDIA_TOKEN_EXPIRED = "media_token_expired"
    TOKEN_EXPIRED = "token_expired"
    UNAUTHORIZED = "unauthorized"

    def __str__(self) -> str:
        return str(self.value)

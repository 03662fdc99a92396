from enum import StrEnum


class RefreshRefusedCode(StrEnum):
    DEVICE_REVOKED = "device_revoked"
    INVALID_TOKEN = "invalid_token"
    REFRESH_TOKEN_REUSED = "refresh_token_reused"
    TOKEN_EXPIRED = "token_expired"

    def __str__(self) -> str:
        return str(self.value)

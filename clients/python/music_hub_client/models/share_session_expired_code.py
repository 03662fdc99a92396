from enum import StrEnum


class ShareSessionExpiredCode(StrEnum):
    SHARE_SESSION_EXPIRED = "share_session_expired"

    def __str__(self) -> str:
        return str(self.value)

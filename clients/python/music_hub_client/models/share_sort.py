from enum import StrEnum


class ShareSort(StrEnum):
    ACCESSCOUNT = "accessCount"
    CREATEDAT = "createdAt"
    EXPIRESAT = "expiresAt"
    LASTACCESSEDAT = "lastAccessedAt"

    def __str__(self) -> str:
        return str(self.value)

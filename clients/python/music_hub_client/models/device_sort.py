from enum import StrEnum


class DeviceSort(StrEnum):
    LASTSEENAT = "lastSeenAt"
    NAME = "name"
    PAIREDAT = "pairedAt"

    def __str__(self) -> str:
        return str(self.value)

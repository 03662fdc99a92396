from enum import StrEnum


class PlaylistSort(StrEnum):
    CREATEDAT = "createdAt"
    NAME = "name"
    TRACKCOUNT = "trackCount"
    UPDATEDAT = "updatedAt"

    def __str__(self) -> str:
        return str(self.value)

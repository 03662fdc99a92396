from enum import StrEnum


class ArtistSort(StrEnum):
    ADDEDAT = "addedAt"
    ALBUMCOUNT = "albumCount"
    NAME = "name"
    PLAYCOUNT = "playCount"
    TRACKCOUNT = "trackCount"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class AlbumSort(StrEnum):
    ADDEDAT = "addedAt"
    ARTIST = "artist"
    PLAYCOUNT = "playCount"
    TITLE = "title"
    TRACKCOUNT = "trackCount"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)

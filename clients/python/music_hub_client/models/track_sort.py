from enum import StrEnum


class TrackSort(StrEnum):
    ADDEDAT = "addedAt"
    ALBUM = "album"
    ARTIST = "artist"
    DURATION = "duration"
    PLAYCOUNT = "playCount"
    TITLE = "title"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class LibraryEventType(StrEnum):
    ALBUMADDED = "albumAdded"
    ALBUMREMOVED = "albumRemoved"
    ALBUMUPDATED = "albumUpdated"
    ARTISTADDED = "artistAdded"
    ARTISTREMOVED = "artistRemoved"
    ARTISTUPDATED = "artistUpdated"
    DATABASEHEALTHCHANGED = "databaseHealthChanged"
    METADATAUPDATED = "metadataUpdated"
    PLAYBACKHISTORYADDED = "playbackHistoryAdded"
    PLAYBACKSESSIONUPDATED = "playbackSessionUpdated"
    PLAYLISTCREATED = "playlistCreated"
    PLAYLISTDELETED = "playlistDeleted"
    PLAYLISTUPDATED = "playlistUpdated"
    RESYNC = "resync"
    SAVEDADDED = "savedAdded"
    SAVEDREMOVED = "savedRemoved"
    SCANCOMPLETED = "scanCompleted"
    SCANSTARTED = "scanStarted"
    SHARECREATED = "shareCreated"
    SHAREDELETED = "shareDeleted"
    TRACKADDED = "trackAdded"
    TRACKREMOVED = "trackRemoved"
    TRACKUPDATED = "trackUpdated"

    def __str__(self) -> str:
        return str(self.value)

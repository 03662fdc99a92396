from enum import StrEnum


class TagField(StrEnum):
    ALBUM = "album"
    ALBUMARTISTS = "albumArtists"
    ARTISTS = "artists"
    COMMENT = "comment"
    COMPILATION = "compilation"
    COMPOSERS = "composers"
    DISCNUMBER = "discNumber"
    DISCTOTAL = "discTotal"
    GENRES = "genres"
    MUSICBRAINZRECORDINGID = "musicbrainzRecordingId"
    MUSICBRAINZRELEASEID = "musicbrainzReleaseId"
    REPLAYGAINALBUMDB = "replayGainAlbumDb"
    REPLAYGAINALBUMPEAK = "replayGainAlbumPeak"
    REPLAYGAINTRACKDB = "replayGainTrackDb"
    REPLAYGAINTRACKPEAK = "replayGainTrackPeak"
    TITLE = "title"
    TRACKNUMBER = "trackNumber"
    TRACKTOTAL = "trackTotal"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)

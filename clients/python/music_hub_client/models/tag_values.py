from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TagValues")


@_attrs_define
class TagValues:
    """Metadata values; an absent field is not set (in overrides, not overridden).

    Attributes:
        title (str | Unset):  Example: Paranoid Android.
        artists (list[str] | Unset):
        album (str | Unset):  Example: OK Computer.
        album_artists (list[str] | Unset):
        composers (list[str] | Unset):
        track_number (int | Unset):  Example: 2.
        track_total (int | Unset):  Example: 12.
        disc_number (int | Unset):  Example: 1.
        disc_total (int | Unset):  Example: 1.
        year (int | Unset):  Example: 1997.
        genres (list[str] | Unset):
        compilation (bool | Unset):
        comment (str | Unset):
        musicbrainz_recording_id (str | Unset):  Example: 8dd0e5e2-7d4b-4c2b-9b8a-3f4c5d6e7f80.
        musicbrainz_release_id (str | Unset):  Example: 0b6b4ba0-d36f-47bd-b4ea-6a5b91842d29.
        replay_gain_track_db (float | Unset): ReplayGain 2.0 track gain in dB (reference -18 LUFS). Example: -7.2.
        replay_gain_track_peak (float | Unset): The track's peak sample, 1.0 being full scale. Example: 0.988.
        replay_gain_album_db (float | Unset): ReplayGain 2.0 album gain in dB. Example: -6.9.
        replay_gain_album_peak (float | Unset): The album's peak sample, 1.0 being full scale. Example: 0.999.
    """

    title: str | Unset = UNSET
    artists: list[str] | Unset = UNSET
    album: str | Unset = UNSET
    album_artists: list[str] | Unset = UNSET
    composers: list[str] | Unset = UNSET
    track_number: int | Unset = UNSET
    track_total: int | Unset = UNSET
    disc_number: int | Unset = UNSET
    disc_total: int | Unset = UNSET
    year: int | Unset = UNSET
    genres: list[str] | Unset = UNSET
    compilation: bool | Unset = UNSET
    comment: str | Unset = UNSET
    musicbrainz_recording_id: str | Unset = UNSET
    musicbrainz_release_id: str | Unset = UNSET
    replay_gain_track_db: float | Unset = UNSET
    replay_gain_track_peak: float | Unset = UNSET
    replay_gain_album_db: float | Unset = UNSET
    replay_gain_album_peak: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        artists: list[str] | Unset = UNSET
        if not isinstance(self.artists, Unset):
            artists = self.artists

        album = self.album

        album_artists: list[str] | Unset = UNSET
        if not isinstance(self.album_artists, Unset):
            album_artists = self.album_artists

        composers: list[str] | Unset = UNSET
        if not isinstance(self.composers, Unset):
            composers = self.composers

        track_number = self.track_number

        track_total = self.track_total

        disc_number = self.disc_number

        disc_total = self.disc_total

        year = self.year

        genres: list[str] | Unset = UNSET
        if not isinstance(self.genres, Unset):
            genres = self.genres

        compilation = self.compilation

        comment = self.comment

        musicbrainz_recording_id = self.musicbrainz_recording_id

        musicbrainz_release_id = self.musicbrainz_release_id

        replay_gain_track_db = self.replay_gain_track_db

        replay_gain_track_peak = self.replay_gain_track_peak

        replay_gain_album_db = self.replay_gain_album_db

        replay_gain_album_peak = self.replay_gain_album_peak

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if artists is not UNSET:
            field_dict["artists"] = artists
        if album is not UNSET:
            field_dict["album"] = album
        if album_artists is not UNSET:
            field_dict["albumArtists"] = album_artists
        if composers is not UNSET:
            field_dict["composers"] = composers
        if track_number is not UNSET:
            field_dict["trackNumber"] = track_number
        if track_total is not UNSET:
            field_dict["trackTotal"] = track_total
        if disc_number is not UNSET:
            field_dict["discNumber"] = disc_number
        if disc_total is not UNSET:
            field_dict["discTotal"] = disc_total
        if year is not UNSET:
            field_dict["year"] = year
        if genres is not UNSET:
            field_dict["genres"] = genres
        if compilation is not UNSET:
            field_dict["compilation"] = compilation
        if comment is not UNSET:
            field_dict["comment"] = comment
        if musicbrainz_recording_id is not UNSET:
            field_dict["musicbrainzRecordingId"] = musicbrainz_recording_id
        if musicbrainz_release_id is not UNSET:
            field_dict["musicbrainzReleaseId"] = musicbrainz_release_id
        if replay_gain_track_db is not UNSET:
            field_dict["replayGainTrackDb"] = replay_gain_track_db
        if replay_gain_track_peak is not UNSET:
            field_dict["replayGainTrackPeak"] = replay_gain_track_peak
        if replay_gain_album_db is not UNSET:
            field_dict["replayGainAlbumDb"] = replay_gain_album_db
        if replay_gain_album_peak is not UNSET:
            field_dict["replayGainAlbumPeak"] = replay_gain_album_peak

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        artists = cast(list[str], d.pop("artists", UNSET))

        album = d.pop("album", UNSET)

        album_artists = cast(list[str], d.pop("albumArtists", UNSET))

        composers = cast(list[str], d.pop("composers", UNSET))

        track_number = d.pop("trackNumber", UNSET)

        track_total = d.pop("trackTotal", UNSET)

        disc_number = d.pop("discNumber", UNSET)

        disc_total = d.pop("discTotal", UNSET)

        year = d.pop("year", UNSET)

        genres = cast(list[str], d.pop("genres", UNSET))

        compilation = d.pop("compilation", UNSET)

        comment = d.pop("comment", UNSET)

        musicbrainz_recording_id = d.pop("musicbrainzRecordingId", UNSET)

        musicbrainz_release_id = d.pop("musicbrainzReleaseId", UNSET)

        replay_gain_track_db = d.pop("replayGainTrackDb", UNSET)

        replay_gain_track_peak = d.pop("replayGainTrackPeak", UNSET)

        replay_gain_album_db = d.pop("replayGainAlbumDb", UNSET)

        replay_gain_album_peak = d.pop("replayGainAlbumPeak", UNSET)

        tag_values = cls(
            title=title,
            artists=artists,
            album=album,
            album_artists=album_artists,
            composers=composers,
            track_number=track_number,
            track_total=track_total,
            disc_number=disc_number,
            disc_total=disc_total,
            year=year,
            genres=genres,
            compilation=compilation,
            comment=comment,
            musicbrainz_recording_id=musicbrainz_recording_id,
            musicbrainz_release_id=musicbrainz_release_id,
            replay_gain_track_db=replay_gain_track_db,
            replay_gain_track_peak=replay_gain_track_peak,
            replay_gain_album_db=replay_gain_album_db,
            replay_gain_album_peak=replay_gain_album_peak,
        )

        return tag_values

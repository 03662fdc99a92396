from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.album_ref import AlbumRef
    from ..models.artist_ref import ArtistRef


T = TypeVar("T", bound="Track")


@_attrs_define
class Track:
    """A track of the catalogue, with the effective metadata (file tags with the user's overrides applied).

    Attributes:
        id (str): Stable across rescans and database rebuilds. Example: trk_5d41402abc4b2a76.
        title (str): The title tag, or the file name when the file has none. Example: Paranoid Android.
        artists (list[ArtistRef]): The track's artists, one per value of a multi-valued artist tag.
        duration_ms (int):  Example: 386000.
        format_ (str): The codec, e.g. `flac`, `mp3`, `aac`. Example: flac.
        added_at (datetime.datetime): When the scanner first saw the file.
        album (AlbumRef | Unset):
        album_artists (list[ArtistRef] | Unset): The album artists the track is grouped under ("Various Artists" for a
            compilation).
        composers (list[str] | Unset):
        track_number (int | Unset):  Example: 2.
        track_total (int | Unset):  Example: 12.
        disc_number (int | Unset):  Example: 1.
        disc_total (int | Unset):  Example: 1.
        year (int | Unset):  Example: 1997.
        genres (list[str] | Unset):
        compilation (bool | Unset): The track belongs to a compilation. Default: False.
        bitrate_kbps (int | Unset):  Example: 1011.
        sample_rate_hz (int | Unset):  Example: 44100.
        bit_depth (int | Unset): Bits per sample, for lossless formats. Example: 16.
        channels (int | Unset):  Example: 2.
        file_size_bytes (int | Unset):  Example: 48816128.
        relative_path (str | Unset): The file's path relative to its library root, prefixed with the root's id (as in
            `GET /api/browse`). Never an absolute path; absent on share routes. Example: music/Radiohead/OK Computer/02
            Paranoid Android.flac.
        artwork_id (str | Unset): The id for `GET /api/media/artwork/{id}`; absent when the track has no artwork
            (embedded or in its folder). Example: aw_0cc175b9c0f1b6a8.
        replay_gain_track_db (float | Unset): ReplayGain track gain in dB, when tagged. Example: -7.2.
        replay_gain_album_db (float | Unset): ReplayGain album gain in dB, when tagged. Example: -6.9.
        musicbrainz_recording_id (str | Unset):  Example: 8dd0e5e2-7d4b-4c2b-9b8a-3f4c5d6e7f80.
        play_count (int | Unset):  Example: 12.
        last_played_at (datetime.datetime | Unset):
        saved (bool | Unset):
        updated_at (datetime.datetime | Unset): When the track's metadata last changed.
    """

    id: str
    title: str
    artists: list[ArtistRef]
    duration_ms: int
    format_: str
    added_at: datetime.datetime
    album: AlbumRef | Unset = UNSET
    album_artists: list[ArtistRef] | Unset = UNSET
    composers: list[str] | Unset = UNSET
    track_number: int | Unset = UNSET
    track_total: int | Unset = UNSET
    disc_number: int | Unset = UNSET
    disc_total: int | Unset = UNSET
    year: int | Unset = UNSET
    genres: list[str] | Unset = UNSET
    compilation: bool | Unset = False
    bitrate_kbps: int | Unset = UNSET
    sample_rate_hz: int | Unset = UNSET
    bit_depth: int | Unset = UNSET
    channels: int | Unset = UNSET
    file_size_bytes: int | Unset = UNSET
    relative_path: str | Unset = UNSET
    artwork_id: str | Unset = UNSET
    replay_gain_track_db: float | Unset = UNSET
    replay_gain_album_db: float | Unset = UNSET
    musicbrainz_recording_id: str | Unset = UNSET
    play_count: int | Unset = UNSET
    last_played_at: datetime.datetime | Unset = UNSET
    saved: bool | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        artists = []
        for artists_item_data in self.artists:
            artists_item = artists_item_data.to_dict()
            artists.append(artists_item)

        duration_ms = self.duration_ms

        format_ = self.format_

        added_at = self.added_at.isoformat()

        album: dict[str, Any] | Unset = UNSET
        if not isinstance(self.album, Unset):
            album = self.album.to_dict()

        album_artists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.album_artists, Unset):
            album_artists = []
            for album_artists_item_data in self.album_artists:
                album_artists_item = album_artists_item_data.to_dict()
                album_artists.append(album_artists_item)

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

        bitrate_kbps = self.bitrate_kbps

        sample_rate_hz = self.sample_rate_hz

        bit_depth = self.bit_depth

        channels = self.channels

        file_size_bytes = self.file_size_bytes

        relative_path = self.relative_path

        artwork_id = self.artwork_id

        replay_gain_track_db = self.replay_gain_track_db

        replay_gain_album_db = self.replay_gain_album_db

        musicbrainz_recording_id = self.musicbrainz_recording_id

        play_count = self.play_count

        last_played_at: str | Unset = UNSET
        if not isinstance(self.last_played_at, Unset):
            last_played_at = self.last_played_at.isoformat()

        saved = self.saved

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "artists": artists,
                "durationMs": duration_ms,
                "format": format_,
                "addedAt": added_at,
            }
        )
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
        if bitrate_kbps is not UNSET:
            field_dict["bitrateKbps"] = bitrate_kbps
        if sample_rate_hz is not UNSET:
            field_dict["sampleRateHz"] = sample_rate_hz
        if bit_depth is not UNSET:
            field_dict["bitDepth"] = bit_depth
        if channels is not UNSET:
            field_dict["channels"] = channels
        if file_size_bytes is not UNSET:
            field_dict["fileSizeBytes"] = file_size_bytes
        if relative_path is not UNSET:
            field_dict["relativePath"] = relative_path
        if artwork_id is not UNSET:
            field_dict["artworkId"] = artwork_id
        if replay_gain_track_db is not UNSET:
            field_dict["replayGainTrackDb"] = replay_gain_track_db
        if replay_gain_album_db is not UNSET:
            field_dict["replayGainAlbumDb"] = replay_gain_album_db
        if musicbrainz_recording_id is not UNSET:
            field_dict["musicbrainzRecordingId"] = musicbrainz_recording_id
        if play_count is not UNSET:
            field_dict["playCount"] = play_count
        if last_played_at is not UNSET:
            field_dict["lastPlayedAt"] = last_played_at
        if saved is not UNSET:
            field_dict["saved"] = saved
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.album_ref import AlbumRef
        from ..models.artist_ref import ArtistRef

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        artists = []
        _artists = d.pop("artists")
        for artists_item_data in _artists:
            artists_item = ArtistRef.from_dict(artists_item_data)

            artists.append(artists_item)

        duration_ms = d.pop("durationMs")

        format_ = d.pop("format")

        added_at = datetime.datetime.fromisoformat(d.pop("addedAt"))

        _album = d.pop("album", UNSET)
        album: AlbumRef | Unset
        if isinstance(_album, Unset):
            album = UNSET
        else:
            album = AlbumRef.from_dict(_album)

        _album_artists = d.pop("albumArtists", UNSET)
        album_artists: list[ArtistRef] | Unset = UNSET
        if _album_artists is not UNSET:
            album_artists = []
            for album_artists_item_data in _album_artists:
                album_artists_item = ArtistRef.from_dict(album_artists_item_data)

                album_artists.append(album_artists_item)

        composers = cast(list[str], d.pop("composers", UNSET))

        track_number = d.pop("trackNumber", UNSET)

        track_total = d.pop("trackTotal", UNSET)

        disc_number = d.pop("discNumber", UNSET)

        disc_total = d.pop("discTotal", UNSET)

        year = d.pop("year", UNSET)

        genres = cast(list[str], d.pop("genres", UNSET))

        compilation = d.pop("compilation", UNSET)

        bitrate_kbps = d.pop("bitrateKbps", UNSET)

        sample_rate_hz = d.pop("sampleRateHz", UNSET)

        bit_depth = d.pop("bitDepth", UNSET)

        channels = d.pop("channels", UNSET)

        file_size_bytes = d.pop("fileSizeBytes", UNSET)

        relative_path = d.pop("relativePath", UNSET)

        artwork_id = d.pop("artworkId", UNSET)

        replay_gain_track_db = d.pop("replayGainTrackDb", UNSET)

        replay_gain_album_db = d.pop("replayGainAlbumDb", UNSET)

        musicbrainz_recording_id = d.pop("musicbrainzRecordingId", UNSET)

        play_count = d.pop("playCount", UNSET)

        _last_played_at = d.pop("lastPlayedAt", UNSET)
        last_played_at: datetime.datetime | Unset
        if isinstance(_last_played_at, Unset):
            last_played_at = UNSET
        else:
            last_played_at = datetime.datetime.fromisoformat(_last_played_at)

        saved = d.pop("saved", UNSET)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        track = cls(
            id=id,
            title=title,
            artists=artists,
            duration_ms=duration_ms,
            format_=format_,
            added_at=added_at,
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
            bitrate_kbps=bitrate_kbps,
            sample_rate_hz=sample_rate_hz,
            bit_depth=bit_depth,
            channels=channels,
            file_size_bytes=file_size_bytes,
            relative_path=relative_path,
            artwork_id=artwork_id,
            replay_gain_track_db=replay_gain_track_db,
            replay_gain_album_db=replay_gain_album_db,
            musicbrainz_recording_id=musicbrainz_recording_id,
            play_count=play_count,
            last_played_at=last_played_at,
            saved=saved,
            updated_at=updated_at,
        )

        track.additional_properties = d
        return track

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

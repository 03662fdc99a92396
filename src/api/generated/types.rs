// generated from openapi/music-hub.yaml — do not edit.
// Regenerate with `cargo run -p codegen -- generate`; `-- check` fails when this is stale.
//!
//! The document's component schemas and its tags: the types every other file uses.

#[allow(unused_imports)]
use super::*;
use poem_openapi::{Enum, Object, Tags};

/// The document's tags; each groups the operations of one trait.
#[derive(Tags)]
pub enum ApiTags {
    /// Liveness, hub information and database recovery.
    #[oai(rename = "system")]
    System,
    /// Pairing, tokens, devices and the QR codes that start pairing.
    #[oai(rename = "auth")]
    Auth,
    /// The catalogue read API and its change feed.
    #[oai(rename = "library")]
    Library,
    /// Scanning the music folders into the catalogue.
    #[oai(rename = "scan")]
    Scan,
    /// Full-text search over the catalogue and the search history.
    #[oai(rename = "search")]
    Search,
    /// Playlists and their entries.
    #[oai(rename = "playlists")]
    Playlists,
    /// The playback session shared between devices, and playback history.
    #[oai(rename = "playback")]
    Playback,
    /// Audio streams and artwork, for players that cannot send headers.
    #[oai(rename = "media")]
    Media,
    /// Saved (liked) tracks, albums, artists and playlists.
    #[oai(rename = "saved")]
    Saved,
    /// Tag metadata, user overrides and enrichment suggestions.
    #[oai(rename = "metadata")]
    Metadata,
    /// Public share links and the share pages' bootstrap routes.
    #[oai(rename = "shares")]
    Shares,
}

/// Every 4xx and 5xx answer of the hub.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "ApiError")]
pub struct ApiError {
    /// A stable snake_case code to branch on.
    #[oai(rename = "error")]
    pub error: String,
    /// A sentence for a person.
    #[oai(rename = "message")]
    pub message: String,
    /// Machine-readable context, such as the offending `parameter`.
    #[oai(rename = "details", skip_serializing_if_is_none)]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

/// Sort direction.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "SortOrder")]
pub enum SortOrder {
    #[oai(rename = "asc")]
    Asc,
    #[oai(rename = "desc")]
    Desc,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "Ping")]
pub struct Ping {
    #[oai(rename = "ok")]
    pub ok: bool,
    #[oai(rename = "version")]
    pub version: String,
}

/// `healthy`; `unavailable` while another program holds the database file locked (the
/// hub checks again by itself and becomes healthy when the lock is gone: wait, do not
/// rebuild); `faulted` when the file is damaged or cannot be used (recover with
/// `POST /api/database/rebuild`); `rebuilding` during a rebuild.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "DatabaseHealthStatus")]
pub enum DatabaseHealthStatus {
    #[oai(rename = "healthy")]
    Healthy,
    #[oai(rename = "unavailable")]
    Unavailable,
    #[oai(rename = "faulted")]
    Faulted,
    #[oai(rename = "rebuilding")]
    Rebuilding,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "DatabaseHealth")]
pub struct DatabaseHealth {
    #[oai(rename = "status")]
    pub status: DatabaseHealthStatus,
    /// Why the database is in this state, for a person.
    #[oai(rename = "detail")]
    pub detail: String,
    #[oai(rename = "checkedAt")]
    pub checked_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "HubInfo")]
pub struct HubInfo {
    #[oai(rename = "name")]
    pub name: String,
    #[oai(rename = "version")]
    pub version: String,
    /// The `info.version` of the OpenAPI document the hub serves.
    #[oai(rename = "apiVersion")]
    pub api_version: String,
    /// A random id made on first start and kept in the data dir.
    #[oai(rename = "hubId")]
    pub hub_id: String,
    #[oai(rename = "port")]
    pub port: i32,
    #[oai(rename = "databaseHealth")]
    pub database_health: DatabaseHealth,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "RebuildRequest", deny_unknown_fields)]
pub struct RebuildRequest {
    /// Rebuild even a healthy database.
    #[oai(rename = "force", default = "defaults::default_bool_false")]
    pub force: bool,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "RebuildResult")]
pub struct RebuildResult {
    /// The folder the old database was moved into, relative to the data dir.
    #[oai(rename = "archivedTo")]
    pub archived_to: String,
    /// The names of the files that were moved.
    #[oai(rename = "archivedFiles")]
    pub archived_files: Vec<String>,
    #[oai(rename = "databaseHealth")]
    pub database_health: DatabaseHealth,
    /// The person's own data copied from the archived database into the fresh one, one
    /// entry per table: playlists and their entries, saved items, the playback session
    /// and history, paired devices with their refresh tokens (their tokens keep working),
    /// search history, metadata overrides and shares. Rows are copied one page at a
    /// time, so a damaged page costs only the rows on it; `unreadableRows` counts what
    /// could not be read or stored. The catalogue itself is not copied: the rescan that
    /// follows rebuilds it with the same ids.
    #[oai(rename = "carriedOver")]
    pub carried_over: Vec<SalvagedTable>,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "SalvagedTable")]
pub struct SalvagedTable {
    /// The table's name in the database.
    #[oai(rename = "table")]
    pub table: String,
    /// Rows carried over into the fresh database.
    #[oai(rename = "rows")]
    pub rows: i64,
    /// Rows (or, where a damaged page hid them, at least this many) that could not be carried over.
    #[oai(rename = "unreadableRows")]
    pub unreadable_rows: i64,
    /// Why rows could not be carried over, when some could not.
    #[oai(rename = "detail", skip_serializing_if_is_none)]
    pub detail: Option<String>,
}

#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "TrackSort")]
pub enum TrackSort {
    #[oai(rename = "title")]
    Title,
    #[oai(rename = "artist")]
    Artist,
    #[oai(rename = "album")]
    Album,
    #[oai(rename = "year")]
    Year,
    #[oai(rename = "addedAt")]
    AddedAt,
    #[oai(rename = "duration")]
    Duration,
    #[oai(rename = "playCount")]
    PlayCount,
}

/// A track of the catalogue, with the effective metadata (file tags with the user's overrides applied).
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "Track")]
pub struct Track {
    /// Stable across rescans and database rebuilds.
    #[oai(rename = "id")]
    pub id: String,
    /// The title tag, or the file name when the file has none.
    #[oai(rename = "title")]
    pub title: String,
    /// The track's artists, one per value of a multi-valued artist tag.
    #[oai(rename = "artists")]
    pub artists: Vec<ArtistRef>,
    #[oai(rename = "album", skip_serializing_if_is_none)]
    pub album: Option<AlbumRef>,
    /// The album artists the track is grouped under ("Various Artists" for a compilation).
    #[oai(rename = "albumArtists", skip_serializing_if_is_none)]
    pub album_artists: Option<Vec<ArtistRef>>,
    #[oai(rename = "composers", skip_serializing_if_is_none)]
    pub composers: Option<Vec<String>>,
    #[oai(rename = "trackNumber", skip_serializing_if_is_none)]
    pub track_number: Option<i32>,
    #[oai(rename = "trackTotal", skip_serializing_if_is_none)]
    pub track_total: Option<i32>,
    #[oai(rename = "discNumber", skip_serializing_if_is_none)]
    pub disc_number: Option<i32>,
    #[oai(rename = "discTotal", skip_serializing_if_is_none)]
    pub disc_total: Option<i32>,
    #[oai(rename = "year", skip_serializing_if_is_none)]
    pub year: Option<i32>,
    #[oai(rename = "genres", skip_serializing_if_is_none)]
    pub genres: Option<Vec<String>>,
    /// The track belongs to a compilation.
    #[oai(rename = "compilation", default = "defaults::default_bool_false")]
    pub compilation: bool,
    #[oai(rename = "durationMs")]
    pub duration_ms: i64,
    /// The codec, e.g. `flac`, `mp3`, `aac`.
    #[oai(rename = "format")]
    pub format: String,
    #[oai(rename = "bitrateKbps", skip_serializing_if_is_none)]
    pub bitrate_kbps: Option<i32>,
    #[oai(rename = "sampleRateHz", skip_serializing_if_is_none)]
    pub sample_rate_hz: Option<i32>,
    /// Bits per sample, for lossless formats.
    #[oai(rename = "bitDepth", skip_serializing_if_is_none)]
    pub bit_depth: Option<i32>,
    #[oai(rename = "channels", skip_serializing_if_is_none)]
    pub channels: Option<i32>,
    #[oai(rename = "fileSizeBytes", skip_serializing_if_is_none)]
    pub file_size_bytes: Option<i64>,
    /// The file's path relative to its library root, prefixed with the root's id (as in `GET /api/browse`). Never an absolute path; absent on share routes.
    #[oai(rename = "relativePath", skip_serializing_if_is_none)]
    pub relative_path: Option<String>,
    /// The id for `GET /api/media/artwork/{id}`; absent when the track has no artwork (embedded or in its folder).
    #[oai(rename = "artworkId", skip_serializing_if_is_none)]
    pub artwork_id: Option<String>,
    /// ReplayGain track gain in dB, when tagged.
    #[oai(rename = "replayGainTrackDb", skip_serializing_if_is_none)]
    pub replay_gain_track_db: Option<f64>,
    /// ReplayGain album gain in dB, when tagged.
    #[oai(rename = "replayGainAlbumDb", skip_serializing_if_is_none)]
    pub replay_gain_album_db: Option<f64>,
    #[oai(rename = "musicbrainzRecordingId", skip_serializing_if_is_none)]
    pub musicbrainz_recording_id: Option<String>,
    #[oai(rename = "playCount", skip_serializing_if_is_none)]
    pub play_count: Option<i64>,
    #[oai(rename = "lastPlayedAt", skip_serializing_if_is_none)]
    pub last_played_at: Option<chrono::DateTime<chrono::Utc>>,
    #[oai(rename = "saved", skip_serializing_if_is_none)]
    pub saved: Option<bool>,
    /// When the scanner first saw the file.
    #[oai(rename = "addedAt")]
    pub added_at: chrono::DateTime<chrono::Utc>,
    /// When the track's metadata last changed.
    #[oai(rename = "updatedAt", skip_serializing_if_is_none)]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "ArtistRef")]
pub struct ArtistRef {
    #[oai(rename = "id")]
    pub id: String,
    #[oai(rename = "name")]
    pub name: String,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "AlbumRef")]
pub struct AlbumRef {
    #[oai(rename = "id")]
    pub id: String,
    #[oai(rename = "title")]
    pub title: String,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "TrackPage")]
pub struct TrackPage {
    #[oai(rename = "items")]
    pub items: Vec<Track>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(rename = "nextCursor", skip_serializing_if_is_none)]
    pub next_cursor: Option<String>,
    /// How many items match, over all pages.
    #[oai(rename = "total")]
    pub total: i64,
}

/// The fields albums can be sorted by.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "AlbumSort")]
pub enum AlbumSort {
    #[oai(rename = "title")]
    Title,
    #[oai(rename = "artist")]
    Artist,
    #[oai(rename = "year")]
    Year,
    #[oai(rename = "addedAt")]
    AddedAt,
    #[oai(rename = "trackCount")]
    TrackCount,
    #[oai(rename = "playCount")]
    PlayCount,
}

/// An album, grouped by album artist; a multi-disc album is one album.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "Album")]
pub struct Album {
    /// Stable across rescans and database rebuilds.
    #[oai(rename = "id")]
    pub id: String,
    /// The album tag, or the folder name when the files have none.
    #[oai(rename = "title")]
    pub title: String,
    /// The album artists ("Various Artists" for a compilation).
    #[oai(rename = "artists")]
    pub artists: Vec<ArtistRef>,
    #[oai(rename = "year", skip_serializing_if_is_none)]
    pub year: Option<i32>,
    #[oai(rename = "genres", skip_serializing_if_is_none)]
    pub genres: Option<Vec<String>>,
    #[oai(rename = "trackCount")]
    pub track_count: i32,
    #[oai(rename = "discCount", skip_serializing_if_is_none)]
    pub disc_count: Option<i32>,
    #[oai(rename = "durationMs")]
    pub duration_ms: i64,
    #[oai(rename = "compilation")]
    pub compilation: bool,
    /// The id for `GET /api/media/artwork/{id}`; absent when the album has no artwork.
    #[oai(rename = "artworkId", skip_serializing_if_is_none)]
    pub artwork_id: Option<String>,
    #[oai(rename = "musicbrainzReleaseId", skip_serializing_if_is_none)]
    pub musicbrainz_release_id: Option<String>,
    /// Plays of the album's tracks.
    #[oai(rename = "playCount", skip_serializing_if_is_none)]
    pub play_count: Option<i64>,
    #[oai(rename = "saved", skip_serializing_if_is_none)]
    pub saved: Option<bool>,
    /// When the first of its tracks was added.
    #[oai(rename = "addedAt")]
    pub added_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "AlbumPage")]
pub struct AlbumPage {
    #[oai(rename = "items")]
    pub items: Vec<Album>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(rename = "nextCursor", skip_serializing_if_is_none)]
    pub next_cursor: Option<String>,
    /// How many items match, over all pages.
    #[oai(rename = "total")]
    pub total: i64,
}

/// An album with its tracks in disc and track order.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "AlbumDetail")]
pub struct AlbumDetail {
    #[oai(rename = "album")]
    pub album: Album,
    #[oai(rename = "tracks")]
    pub tracks: Vec<Track>,
}

/// The fields artists can be sorted by.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "ArtistSort")]
pub enum ArtistSort {
    #[oai(rename = "name")]
    Name,
    #[oai(rename = "albumCount")]
    AlbumCount,
    #[oai(rename = "trackCount")]
    TrackCount,
    #[oai(rename = "addedAt")]
    AddedAt,
    #[oai(rename = "playCount")]
    PlayCount,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "Artist")]
pub struct Artist {
    /// Stable across rescans and database rebuilds.
    #[oai(rename = "id")]
    pub id: String,
    #[oai(rename = "name")]
    pub name: String,
    /// The name used for sorting, e.g. without a leading "The".
    #[oai(rename = "sortName", skip_serializing_if_is_none)]
    pub sort_name: Option<String>,
    /// Albums of which the artist is the album artist.
    #[oai(rename = "albumCount")]
    pub album_count: i32,
    /// Tracks on which the artist is credited.
    #[oai(rename = "trackCount")]
    pub track_count: i32,
    #[oai(rename = "genres", skip_serializing_if_is_none)]
    pub genres: Option<Vec<String>>,
    /// The id for `GET /api/media/artwork/{id}` (an image of one of the artist's albums); absent when none.
    #[oai(rename = "artworkId", skip_serializing_if_is_none)]
    pub artwork_id: Option<String>,
    #[oai(rename = "musicbrainzArtistId", skip_serializing_if_is_none)]
    pub musicbrainz_artist_id: Option<String>,
    #[oai(rename = "playCount", skip_serializing_if_is_none)]
    pub play_count: Option<i64>,
    #[oai(rename = "saved", skip_serializing_if_is_none)]
    pub saved: Option<bool>,
    #[oai(rename = "addedAt", skip_serializing_if_is_none)]
    pub added_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "ArtistPage")]
pub struct ArtistPage {
    #[oai(rename = "items")]
    pub items: Vec<Artist>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(rename = "nextCursor", skip_serializing_if_is_none)]
    pub next_cursor: Option<String>,
    /// How many items match, over all pages.
    #[oai(rename = "total")]
    pub total: i64,
}

/// An artist with their albums, appearances and top tracks.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "ArtistDetail")]
pub struct ArtistDetail {
    #[oai(rename = "artist")]
    pub artist: Artist,
    /// Albums of which the artist is the album artist, newest first.
    #[oai(rename = "albums")]
    pub albums: Vec<Album>,
    /// Albums of other artists (compilations included) with at least one of the artist's tracks.
    #[oai(rename = "appearances")]
    pub appearances: Vec<Album>,
    /// The artist's most played tracks, at most 20.
    #[oai(rename = "topTracks")]
    pub top_tracks: Vec<Track>,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "FormatStat")]
pub struct FormatStat {
    #[oai(rename = "format")]
    pub format: String,
    #[oai(rename = "trackCount")]
    pub track_count: i64,
    #[oai(rename = "bytes")]
    pub bytes: i64,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "LibraryStats")]
pub struct LibraryStats {
    #[oai(rename = "trackCount")]
    pub track_count: i64,
    #[oai(rename = "albumCount")]
    pub album_count: i64,
    #[oai(rename = "artistCount")]
    pub artist_count: i64,
    #[oai(rename = "playlistCount")]
    pub playlist_count: i64,
    #[oai(rename = "totalDurationMs")]
    pub total_duration_ms: i64,
    #[oai(rename = "totalBytes")]
    pub total_bytes: i64,
    /// Tracks and bytes per format, most tracks first.
    #[oai(rename = "formats")]
    pub formats: Vec<FormatStat>,
    #[oai(rename = "lastScan", skip_serializing_if_is_none)]
    pub last_scan: Option<ScanStatus>,
}

/// A filter value and how many tracks have it.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "FacetValue")]
pub struct FacetValue {
    #[oai(rename = "value")]
    pub value: String,
    #[oai(rename = "count")]
    pub count: i64,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "YearFacet")]
pub struct YearFacet {
    #[oai(rename = "year")]
    pub year: i32,
    #[oai(rename = "count")]
    pub count: i64,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "DecadeFacet")]
pub struct DecadeFacet {
    /// The decade's first year; filter with `yearFrom=decade&yearTo=decade+9`.
    #[oai(rename = "decade")]
    pub decade: i32,
    #[oai(rename = "count")]
    pub count: i64,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "ArtistFacet")]
pub struct ArtistFacet {
    #[oai(rename = "id")]
    pub id: String,
    #[oai(rename = "name")]
    pub name: String,
    #[oai(rename = "count")]
    pub count: i64,
}

/// The facets of the catalogue, each with its number of tracks.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "LibraryFilters")]
pub struct LibraryFilters {
    /// Genres, most tracks first.
    #[oai(rename = "genres")]
    pub genres: Vec<FacetValue>,
    /// Years, newest first.
    #[oai(rename = "years")]
    pub years: Vec<YearFacet>,
    /// Decades, newest first.
    #[oai(rename = "decades")]
    pub decades: Vec<DecadeFacet>,
    /// Formats (codecs), most tracks first.
    #[oai(rename = "formats")]
    pub formats: Vec<FacetValue>,
    /// Artists, most tracks first.
    #[oai(rename = "artists")]
    pub artists: Vec<ArtistFacet>,
}

/// What changed. `resync` means events were missed (the gap is older than the replay
/// buffer): refetch what you show.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "LibraryEventType")]
pub enum LibraryEventType {
    #[oai(rename = "trackAdded")]
    TrackAdded,
    #[oai(rename = "trackUpdated")]
    TrackUpdated,
    #[oai(rename = "trackRemoved")]
    TrackRemoved,
    #[oai(rename = "albumAdded")]
    AlbumAdded,
    #[oai(rename = "albumUpdated")]
    AlbumUpdated,
    #[oai(rename = "albumRemoved")]
    AlbumRemoved,
    #[oai(rename = "artistAdded")]
    ArtistAdded,
    #[oai(rename = "artistUpdated")]
    ArtistUpdated,
    #[oai(rename = "artistRemoved")]
    ArtistRemoved,
    #[oai(rename = "playlistCreated")]
    PlaylistCreated,
    #[oai(rename = "playlistUpdated")]
    PlaylistUpdated,
    #[oai(rename = "playlistDeleted")]
    PlaylistDeleted,
    #[oai(rename = "savedAdded")]
    SavedAdded,
    #[oai(rename = "savedRemoved")]
    SavedRemoved,
    #[oai(rename = "playbackSessionUpdated")]
    PlaybackSessionUpdated,
    #[oai(rename = "playbackHistoryAdded")]
    PlaybackHistoryAdded,
    #[oai(rename = "metadataUpdated")]
    MetadataUpdated,
    #[oai(rename = "shareCreated")]
    ShareCreated,
    #[oai(rename = "shareDeleted")]
    ShareDeleted,
    #[oai(rename = "databaseHealthChanged")]
    DatabaseHealthChanged,
    #[oai(rename = "scanStarted")]
    ScanStarted,
    #[oai(rename = "scanCompleted")]
    ScanCompleted,
    #[oai(rename = "resync")]
    Resync,
}

/// One change to the library. `payload` depends on `type`: track, album and artist
/// events carry `ids` (the ids changed, batched per scan commit); playlist events
/// `playlistId`; saved events `kind` and `id`; `playbackSessionUpdated` `revision`;
/// `playbackHistoryAdded` `historyId` and `trackId`; `metadataUpdated` `trackId`; share events `shareId`; `databaseHealthChanged`
/// `status`; scan events `scanId` (and `added`, `updated`, `removed` on
/// `scanCompleted`); `resync` nothing.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "LibraryEvent")]
pub struct LibraryEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id")]
    pub id: i64,
    #[oai(rename = "type")]
    pub r#type: LibraryEventType,
    /// The details of the change; see the schema's description.
    #[oai(rename = "payload")]
    pub payload: std::collections::BTreeMap<String, serde_json::Value>,
    #[oai(rename = "at")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// A music folder given with `--library`.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "LibraryRoot")]
pub struct LibraryRoot {
    /// The first segment of every `path` inside this root.
    #[oai(rename = "id")]
    pub id: String,
    /// The folder's name, for display.
    #[oai(rename = "name")]
    pub name: String,
    /// The folder's absolute path; only present for local calls.
    #[oai(rename = "absolutePath", skip_serializing_if_is_none)]
    pub absolute_path: Option<String>,
    /// False when the folder cannot be read (unmounted disk...).
    #[oai(rename = "available")]
    pub available: bool,
    #[oai(rename = "trackCount", skip_serializing_if_is_none)]
    pub track_count: Option<i64>,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "BrowseFolder")]
pub struct BrowseFolder {
    #[oai(rename = "name")]
    pub name: String,
    /// Pass as `path` to `GET /api/browse` to open it.
    #[oai(rename = "path")]
    pub path: String,
    /// Sub-folders directly inside.
    #[oai(rename = "folderCount")]
    pub folder_count: i32,
    /// Tracks directly inside.
    #[oai(rename = "trackCount")]
    pub track_count: i32,
    /// The folder's artwork (`cover.jpg`, `folder.jpg`...), when it has one.
    #[oai(rename = "artworkId", skip_serializing_if_is_none)]
    pub artwork_id: Option<String>,
}

/// Without `path`: `roots` and the home sections (`recentlyAddedAlbums`,
/// `recentlyPlayed`, `mostPlayed`). With `path`: `path`, `parentPath`, `folders` and
/// `tracks` of that folder.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "BrowseResult")]
pub struct BrowseResult {
    /// The folder shown; absent at the top.
    #[oai(rename = "path", skip_serializing_if_is_none)]
    pub path: Option<String>,
    /// The folder above; absent at the top and on a root (go to the top by omitting `path`).
    #[oai(rename = "parentPath", skip_serializing_if_is_none)]
    pub parent_path: Option<String>,
    /// The library roots (at the top only).
    #[oai(rename = "roots", skip_serializing_if_is_none)]
    pub roots: Option<Vec<LibraryRoot>>,
    /// The sub-folders, by name.
    #[oai(rename = "folders")]
    pub folders: Vec<BrowseFolder>,
    /// The tracks directly in the folder, by file name.
    #[oai(rename = "tracks")]
    pub tracks: Vec<Track>,
    /// Home section (at the top only).
    #[oai(rename = "recentlyAddedAlbums", skip_serializing_if_is_none)]
    pub recently_added_albums: Option<Vec<Album>>,
    /// Home section (at the top only).
    #[oai(rename = "recentlyPlayed", skip_serializing_if_is_none)]
    pub recently_played: Option<Vec<Track>>,
    /// Home section (at the top only).
    #[oai(rename = "mostPlayed", skip_serializing_if_is_none)]
    pub most_played: Option<Vec<Track>>,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "ScanRequest", deny_unknown_fields)]
pub struct ScanRequest {
    /// Re-read every file instead of skipping those whose size and modification time did not change.
    #[oai(rename = "full", default = "defaults::default_bool_false")]
    pub full: bool,
}

/// `idle`: the hub never scanned. `running`, then `cancelling` after
/// `POST /api/scan/cancel`. A finished scan is `completed`, `cancelled` or `failed`.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "ScanState")]
pub enum ScanState {
    #[oai(rename = "idle")]
    Idle,
    #[oai(rename = "running")]
    Running,
    #[oai(rename = "cancelling")]
    Cancelling,
    #[oai(rename = "completed")]
    Completed,
    #[oai(rename = "cancelled")]
    Cancelled,
    #[oai(rename = "failed")]
    Failed,
}

/// `idle` when no scan runs; `counting` the files first (so the total is honest), then
/// `scanning` them, `pruning` tracks whose files are gone and `finalizing` (albums,
/// artists, search index); a scan ends `completed`, `cancelled` or `failed`.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "ScanPhase")]
pub enum ScanPhase {
    #[oai(rename = "idle")]
    Idle,
    #[oai(rename = "counting")]
    Counting,
    #[oai(rename = "scanning")]
    Scanning,
    #[oai(rename = "pruning")]
    Pruning,
    #[oai(rename = "finalizing")]
    Finalizing,
    #[oai(rename = "completed")]
    Completed,
    #[oai(rename = "cancelled")]
    Cancelled,
    #[oai(rename = "failed")]
    Failed,
}

/// What started the scan.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "ScanTrigger")]
pub enum ScanTrigger {
    #[oai(rename = "startup")]
    Startup,
    #[oai(rename = "manual")]
    Manual,
    #[oai(rename = "rebuild")]
    Rebuild,
    #[oai(rename = "watcher")]
    Watcher,
    #[oai(rename = "cli")]
    Cli,
}

/// A file the scanner could not read; the scan went on without it.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "ScanFileError")]
pub struct ScanFileError {
    /// The file, relative to its root and prefixed with the root's id.
    #[oai(rename = "path")]
    pub path: String,
    /// A stable snake_case code.
    #[oai(rename = "error")]
    pub error: String,
    #[oai(rename = "message")]
    pub message: String,
}

/// The running scan, or the last one.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "ScanStatus")]
pub struct ScanStatus {
    #[oai(rename = "state")]
    pub state: ScanState,
    #[oai(rename = "phase")]
    pub phase: ScanPhase,
    /// Absent when the hub never scanned.
    #[oai(rename = "scanId", skip_serializing_if_is_none)]
    pub scan_id: Option<String>,
    #[oai(rename = "trigger", skip_serializing_if_is_none)]
    pub trigger: Option<ScanTrigger>,
    /// Every file was re-read.
    #[oai(rename = "full", skip_serializing_if_is_none)]
    pub full: Option<bool>,
    #[oai(rename = "startedAt", skip_serializing_if_is_none)]
    pub started_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Absent while the scan runs.
    #[oai(rename = "finishedAt", skip_serializing_if_is_none)]
    pub finished_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The files to scan, counted first; absent while `counting`.
    #[oai(rename = "filesTotal", skip_serializing_if_is_none)]
    pub files_total: Option<i64>,
    #[oai(rename = "filesSeen", skip_serializing_if_is_none)]
    pub files_seen: Option<i64>,
    /// Files done (read, or skipped as unchanged).
    #[oai(rename = "filesProcessed", skip_serializing_if_is_none)]
    pub files_processed: Option<i64>,
    /// Files skipped because their size and modification time did not change.
    #[oai(rename = "filesUnchanged", skip_serializing_if_is_none)]
    pub files_unchanged: Option<i64>,
    #[oai(rename = "added", skip_serializing_if_is_none)]
    pub added: Option<i64>,
    #[oai(rename = "updated", skip_serializing_if_is_none)]
    pub updated: Option<i64>,
    #[oai(rename = "removed", skip_serializing_if_is_none)]
    pub removed: Option<i64>,
    #[oai(rename = "errorCount", skip_serializing_if_is_none)]
    pub error_count: Option<i64>,
    /// The first files that could not be read (at most 100; `errorCount` has them all).
    #[oai(rename = "errors", skip_serializing_if_is_none)]
    pub errors: Option<Vec<ScanFileError>>,
    #[oai(
        rename = "percent",
        skip_serializing_if_is_none,
        validator(minimum(value = "0"), maximum(value = "100"))
    )]
    pub percent: Option<f64>,
    /// Files processed per second, recently.
    #[oai(rename = "rate", skip_serializing_if_is_none)]
    pub rate: Option<f64>,
    /// Estimated seconds until the scan ends; absent when unknown.
    #[oai(rename = "etaSeconds", skip_serializing_if_is_none)]
    pub eta_seconds: Option<i64>,
    /// The file being read, relative to its root and prefixed with the root's id.
    #[oai(rename = "currentPath", skip_serializing_if_is_none)]
    pub current_path: Option<String>,
    /// Why the scan failed, for a person.
    #[oai(rename = "message", skip_serializing_if_is_none)]
    pub message: Option<String>,
}

/// One progress message of `GET /api/scan/progress` (SSE `event: progress`, or
/// `event: completed` for the last one of a scan).
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "ScanProgressEvent")]
pub struct ScanProgressEvent {
    /// Absent when the hub never scanned.
    #[oai(rename = "scanId", skip_serializing_if_is_none)]
    pub scan_id: Option<String>,
    #[oai(rename = "phase")]
    pub phase: ScanPhase,
    /// The files to scan; absent while `counting`.
    #[oai(rename = "filesTotal", skip_serializing_if_is_none)]
    pub files_total: Option<i64>,
    #[oai(rename = "filesSeen")]
    pub files_seen: i64,
    #[oai(rename = "filesProcessed")]
    pub files_processed: i64,
    #[oai(rename = "filesUnchanged", skip_serializing_if_is_none)]
    pub files_unchanged: Option<i64>,
    #[oai(rename = "added")]
    pub added: i64,
    #[oai(rename = "updated")]
    pub updated: i64,
    #[oai(rename = "removed")]
    pub removed: i64,
    #[oai(rename = "errorCount")]
    pub error_count: i64,
    #[oai(
        rename = "percent",
        skip_serializing_if_is_none,
        validator(minimum(value = "0"), maximum(value = "100"))
    )]
    pub percent: Option<f64>,
    /// Files processed per second, recently.
    #[oai(rename = "rate", skip_serializing_if_is_none)]
    pub rate: Option<f64>,
    /// Estimated seconds until the scan ends; absent when unknown.
    #[oai(rename = "etaSeconds", skip_serializing_if_is_none)]
    pub eta_seconds: Option<i64>,
    #[oai(rename = "elapsedMs", skip_serializing_if_is_none)]
    pub elapsed_ms: Option<i64>,
    /// The file being read, relative to its root and prefixed with the root's id.
    #[oai(rename = "currentPath", skip_serializing_if_is_none)]
    pub current_path: Option<String>,
    #[oai(rename = "at")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// A kind of search result.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "SearchType")]
pub enum SearchType {
    #[oai(rename = "track")]
    Track,
    #[oai(rename = "album")]
    Album,
    #[oai(rename = "artist")]
    Artist,
    #[oai(rename = "playlist")]
    Playlist,
}

/// Search results grouped by type, best first; a type not asked for is an empty list.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "SearchResults")]
pub struct SearchResults {
    #[oai(rename = "query")]
    pub query: String,
    #[oai(rename = "tracks")]
    pub tracks: Vec<Track>,
    #[oai(rename = "albums")]
    pub albums: Vec<Album>,
    #[oai(rename = "artists")]
    pub artists: Vec<Artist>,
    #[oai(rename = "playlists")]
    pub playlists: Vec<Playlist>,
    /// Some results are near misses (a letter wrong, missing or extra), ranked below exact hits.
    #[oai(rename = "approximate")]
    pub approximate: bool,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "SearchHistoryEntry")]
pub struct SearchHistoryEntry {
    #[oai(rename = "query")]
    pub query: String,
    /// The last time this query was searched.
    #[oai(rename = "searchedAt")]
    pub searched_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "SearchHistoryPage")]
pub struct SearchHistoryPage {
    #[oai(rename = "items")]
    pub items: Vec<SearchHistoryEntry>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(rename = "nextCursor", skip_serializing_if_is_none)]
    pub next_cursor: Option<String>,
    /// How many items match, over all pages.
    #[oai(rename = "total")]
    pub total: i64,
}

/// The fields playlists can be sorted by.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "PlaylistSort")]
pub enum PlaylistSort {
    #[oai(rename = "name")]
    Name,
    #[oai(rename = "createdAt")]
    CreatedAt,
    #[oai(rename = "updatedAt")]
    UpdatedAt,
    #[oai(rename = "trackCount")]
    TrackCount,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "Playlist")]
pub struct Playlist {
    #[oai(rename = "id")]
    pub id: String,
    #[oai(rename = "name")]
    pub name: String,
    #[oai(rename = "description", skip_serializing_if_is_none)]
    pub description: Option<String>,
    #[oai(rename = "trackCount")]
    pub track_count: i32,
    #[oai(rename = "durationMs")]
    pub duration_ms: i64,
    /// The artwork of the first entry that has one; absent when none.
    #[oai(rename = "artworkId", skip_serializing_if_is_none)]
    pub artwork_id: Option<String>,
    #[oai(rename = "saved", skip_serializing_if_is_none)]
    pub saved: Option<bool>,
    #[oai(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    #[oai(rename = "updatedAt")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistPage")]
pub struct PlaylistPage {
    #[oai(rename = "items")]
    pub items: Vec<Playlist>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(rename = "nextCursor", skip_serializing_if_is_none)]
    pub next_cursor: Option<String>,
    /// How many items match, over all pages.
    #[oai(rename = "total")]
    pub total: i64,
}

/// One place in a playlist; the same track may fill several.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistEntry")]
pub struct PlaylistEntry {
    /// Identifies this entry (not the track) for removal and reordering.
    #[oai(rename = "entryId")]
    pub entry_id: String,
    /// 0 for the first entry.
    #[oai(rename = "position")]
    pub position: i32,
    #[oai(rename = "trackId")]
    pub track_id: String,
    /// False when the track left the library (its file is gone); `track` is then absent.
    #[oai(rename = "available")]
    pub available: bool,
    #[oai(rename = "track", skip_serializing_if_is_none)]
    pub track: Option<Track>,
    #[oai(rename = "addedAt")]
    pub added_at: chrono::DateTime<chrono::Utc>,
}

/// A playlist with all of its entries in order.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistDetail")]
pub struct PlaylistDetail {
    #[oai(rename = "playlist")]
    pub playlist: Playlist,
    #[oai(rename = "entries")]
    pub entries: Vec<PlaylistEntry>,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistCreate", deny_unknown_fields)]
pub struct PlaylistCreate {
    /// Spaces around it are dropped; it needs one character that is not a space.
    #[oai(
        rename = "name",
        validator(min_length = 1, max_length = 200, pattern = "\\S")
    )]
    pub name: String,
    #[oai(
        rename = "description",
        skip_serializing_if_is_none,
        validator(max_length = 2000)
    )]
    pub description: Option<String>,
    /// The first entries, in order.
    #[oai(
        rename = "trackIds",
        skip_serializing_if_is_none,
        validator(max_items = 5000)
    )]
    pub track_ids: Option<Vec<String>>,
}

/// The fields to change; absent fields are kept.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistUpdate", deny_unknown_fields)]
pub struct PlaylistUpdate {
    #[oai(
        rename = "name",
        skip_serializing_if_is_none,
        validator(min_length = 1, max_length = 200)
    )]
    pub name: Option<String>,
    /// The new description; an empty string clears it.
    #[oai(
        rename = "description",
        skip_serializing_if_is_none,
        validator(max_length = 2000)
    )]
    pub description: Option<String>,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistTracksAdd", deny_unknown_fields)]
pub struct PlaylistTracksAdd {
    /// The tracks to add, in order.
    #[oai(rename = "trackIds", validator(min_items = 1, max_items = 5000))]
    pub track_ids: Vec<String>,
    /// Where to insert (0 is the top); absent or past the end appends.
    #[oai(
        rename = "position",
        skip_serializing_if_is_none,
        validator(minimum(value = "0"))
    )]
    pub position: Option<i32>,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistOrder", deny_unknown_fields)]
pub struct PlaylistOrder {
    /// Every entry of the playlist exactly once, in the new order.
    #[oai(rename = "entryIds", validator(max_items = 100000))]
    pub entry_ids: Vec<String>,
}

#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "PlaybackState")]
pub enum PlaybackState {
    #[oai(rename = "playing")]
    Playing,
    #[oai(rename = "paused")]
    Paused,
    #[oai(rename = "stopped")]
    Stopped,
}

/// `off`, repeat the whole queue (`all`) or the current track (`one`).
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "RepeatMode")]
pub enum RepeatMode {
    #[oai(rename = "off")]
    Off,
    #[oai(rename = "all")]
    All,
    #[oai(rename = "one")]
    One,
}

/// The playback session shared by all devices.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "PlaybackSession")]
pub struct PlaybackSession {
    /// Grows with every change; send it back as `baseRevision`.
    #[oai(rename = "revision")]
    pub revision: i64,
    #[oai(rename = "state")]
    pub state: PlaybackState,
    /// The queue, in play order (shuffle already applied).
    #[oai(rename = "queue")]
    pub queue: Vec<Track>,
    /// The index in `queue` of the current track; absent when the queue is empty.
    #[oai(rename = "currentIndex", skip_serializing_if_is_none)]
    pub current_index: Option<i32>,
    /// The position in the current track when `updatedAt` was set.
    #[oai(rename = "positionMs")]
    pub position_ms: i64,
    #[oai(rename = "shuffle")]
    pub shuffle: bool,
    #[oai(rename = "repeat")]
    pub repeat: RepeatMode,
    #[oai(
        rename = "volume",
        validator(minimum(value = "0"), maximum(value = "1"))
    )]
    pub volume: f64,
    /// The device that last changed the session; absent for local calls.
    #[oai(rename = "activeDeviceId", skip_serializing_if_is_none)]
    pub active_device_id: Option<String>,
    #[oai(rename = "activeDeviceName", skip_serializing_if_is_none)]
    pub active_device_name: Option<String>,
    #[oai(rename = "updatedAt")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

/// The fields to change; absent fields are kept.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "PlaybackSessionUpdate", deny_unknown_fields)]
pub struct PlaybackSessionUpdate {
    /// The `revision` this change is based on; when the session changed since, the call answers `409 session_conflict`.
    #[oai(rename = "baseRevision", skip_serializing_if_is_none)]
    pub base_revision: Option<i64>,
    /// The new queue, in its natural order (the hub applies shuffle).
    #[oai(
        rename = "queueTrackIds",
        skip_serializing_if_is_none,
        validator(max_items = 10000)
    )]
    pub queue_track_ids: Option<Vec<String>>,
    /// The index in the (new) queue of the current track.
    #[oai(
        rename = "currentIndex",
        skip_serializing_if_is_none,
        validator(minimum(value = "0"))
    )]
    pub current_index: Option<i32>,
    #[oai(
        rename = "positionMs",
        skip_serializing_if_is_none,
        validator(minimum(value = "0"))
    )]
    pub position_ms: Option<i64>,
    #[oai(rename = "state", skip_serializing_if_is_none)]
    pub state: Option<PlaybackState>,
    #[oai(rename = "shuffle", skip_serializing_if_is_none)]
    pub shuffle: Option<bool>,
    #[oai(rename = "repeat", skip_serializing_if_is_none)]
    pub repeat: Option<RepeatMode>,
    #[oai(
        rename = "volume",
        skip_serializing_if_is_none,
        validator(minimum(value = "0"), maximum(value = "1"))
    )]
    pub volume: Option<f64>,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "PlaybackHistoryEntry")]
pub struct PlaybackHistoryEntry {
    #[oai(rename = "id")]
    pub id: String,
    #[oai(rename = "track")]
    pub track: Track,
    /// When playback of the track started.
    #[oai(rename = "playedAt")]
    pub played_at: chrono::DateTime<chrono::Utc>,
    /// How long it was played.
    #[oai(rename = "playedMs", skip_serializing_if_is_none)]
    pub played_ms: Option<i64>,
    /// The device that played it; absent for local calls.
    #[oai(rename = "deviceId", skip_serializing_if_is_none)]
    pub device_id: Option<String>,
    #[oai(rename = "deviceName", skip_serializing_if_is_none)]
    pub device_name: Option<String>,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "PlaybackHistoryPage")]
pub struct PlaybackHistoryPage {
    #[oai(rename = "items")]
    pub items: Vec<PlaybackHistoryEntry>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(rename = "nextCursor", skip_serializing_if_is_none)]
    pub next_cursor: Option<String>,
    /// How many items match, over all pages.
    #[oai(rename = "total")]
    pub total: i64,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "MediaSessionRequest", deny_unknown_fields)]
pub struct MediaSessionRequest {
    /// How long the media token should live, in seconds.
    #[oai(
        rename = "ttlSeconds",
        default = "defaults::default_i32_3600",
        validator(minimum(value = "60"), maximum(value = "86400"))
    )]
    pub ttl_seconds: i32,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "MediaSession")]
pub struct MediaSession {
    /// Append as `?mediaToken=` to media URLs. Treat it as a secret.
    #[oai(rename = "mediaToken")]
    pub media_token: String,
    #[oai(rename = "expiresAt")]
    pub expires_at: chrono::DateTime<chrono::Utc>,
    /// A URL path for streams; replace `{trackId}`.
    #[oai(rename = "streamUrlTemplate")]
    pub stream_url_template: String,
    /// A URL path for artwork; replace `{id}`.
    #[oai(rename = "artworkUrlTemplate")]
    pub artwork_url_template: String,
}

/// What can be saved.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "SavedKind")]
pub enum SavedKind {
    #[oai(rename = "track")]
    Track,
    #[oai(rename = "album")]
    Album,
    #[oai(rename = "artist")]
    Artist,
    #[oai(rename = "playlist")]
    Playlist,
}

/// The fields saved items can be sorted by.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "SavedSort")]
pub enum SavedSort {
    #[oai(rename = "savedAt")]
    SavedAt,
    #[oai(rename = "name")]
    Name,
}

/// A saved item; the property named by `kind` (`track`, `album`, `artist` or `playlist`) holds it.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "SavedItem")]
pub struct SavedItem {
    #[oai(rename = "kind")]
    pub kind: SavedKind,
    /// The saved item's id.
    #[oai(rename = "id")]
    pub id: String,
    /// Its title or name.
    #[oai(rename = "name")]
    pub name: String,
    #[oai(rename = "savedAt")]
    pub saved_at: chrono::DateTime<chrono::Utc>,
    #[oai(rename = "track", skip_serializing_if_is_none)]
    pub track: Option<Track>,
    #[oai(rename = "album", skip_serializing_if_is_none)]
    pub album: Option<Album>,
    #[oai(rename = "artist", skip_serializing_if_is_none)]
    pub artist: Option<Artist>,
    #[oai(rename = "playlist", skip_serializing_if_is_none)]
    pub playlist: Option<Playlist>,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "SavedItemPage")]
pub struct SavedItemPage {
    #[oai(rename = "items")]
    pub items: Vec<SavedItem>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(rename = "nextCursor", skip_serializing_if_is_none)]
    pub next_cursor: Option<String>,
    /// How many items match, over all pages.
    #[oai(rename = "total")]
    pub total: i64,
}

/// A metadata field that can be overridden.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "TagField")]
pub enum TagField {
    #[oai(rename = "title")]
    Title,
    #[oai(rename = "artists")]
    Artists,
    #[oai(rename = "album")]
    Album,
    #[oai(rename = "albumArtists")]
    AlbumArtists,
    #[oai(rename = "composers")]
    Composers,
    #[oai(rename = "trackNumber")]
    TrackNumber,
    #[oai(rename = "trackTotal")]
    TrackTotal,
    #[oai(rename = "discNumber")]
    DiscNumber,
    #[oai(rename = "discTotal")]
    DiscTotal,
    #[oai(rename = "year")]
    Year,
    #[oai(rename = "genres")]
    Genres,
    #[oai(rename = "compilation")]
    Compilation,
    #[oai(rename = "comment")]
    Comment,
    #[oai(rename = "musicbrainzRecordingId")]
    MusicbrainzRecordingId,
    #[oai(rename = "musicbrainzReleaseId")]
    MusicbrainzReleaseId,
}

/// Metadata values; an absent field is not set (in overrides, not overridden).
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "TagValues", deny_unknown_fields)]
pub struct TagValues {
    #[oai(
        rename = "title",
        skip_serializing_if_is_none,
        validator(max_length = 1000)
    )]
    pub title: Option<String>,
    #[oai(
        rename = "artists",
        skip_serializing_if_is_none,
        validator(max_items = 100)
    )]
    pub artists: Option<Vec<String>>,
    #[oai(
        rename = "album",
        skip_serializing_if_is_none,
        validator(max_length = 1000)
    )]
    pub album: Option<String>,
    #[oai(
        rename = "albumArtists",
        skip_serializing_if_is_none,
        validator(max_items = 100)
    )]
    pub album_artists: Option<Vec<String>>,
    #[oai(
        rename = "composers",
        skip_serializing_if_is_none,
        validator(max_items = 100)
    )]
    pub composers: Option<Vec<String>>,
    #[oai(
        rename = "trackNumber",
        skip_serializing_if_is_none,
        validator(minimum(value = "0"), maximum(value = "9999"))
    )]
    pub track_number: Option<i32>,
    #[oai(
        rename = "trackTotal",
        skip_serializing_if_is_none,
        validator(minimum(value = "0"), maximum(value = "9999"))
    )]
    pub track_total: Option<i32>,
    #[oai(
        rename = "discNumber",
        skip_serializing_if_is_none,
        validator(minimum(value = "0"), maximum(value = "999"))
    )]
    pub disc_number: Option<i32>,
    #[oai(
        rename = "discTotal",
        skip_serializing_if_is_none,
        validator(minimum(value = "0"), maximum(value = "999"))
    )]
    pub disc_total: Option<i32>,
    #[oai(
        rename = "year",
        skip_serializing_if_is_none,
        validator(minimum(value = "0"), maximum(value = "9999"))
    )]
    pub year: Option<i32>,
    #[oai(
        rename = "genres",
        skip_serializing_if_is_none,
        validator(max_items = 100)
    )]
    pub genres: Option<Vec<String>>,
    #[oai(rename = "compilation", skip_serializing_if_is_none)]
    pub compilation: Option<bool>,
    #[oai(
        rename = "comment",
        skip_serializing_if_is_none,
        validator(max_length = 10000)
    )]
    pub comment: Option<String>,
    #[oai(
        rename = "musicbrainzRecordingId",
        skip_serializing_if_is_none,
        validator(max_length = 64)
    )]
    pub musicbrainz_recording_id: Option<String>,
    #[oai(
        rename = "musicbrainzReleaseId",
        skip_serializing_if_is_none,
        validator(max_length = 64)
    )]
    pub musicbrainz_release_id: Option<String>,
}

/// A track's metadata from its file, the user's overrides, and the result.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "TrackMetadata")]
pub struct TrackMetadata {
    #[oai(rename = "trackId")]
    pub track_id: String,
    #[oai(rename = "fileTags")]
    pub file_tags: TagValues,
    #[oai(rename = "overrides")]
    pub overrides: TagValues,
    #[oai(rename = "effective")]
    pub effective: TagValues,
    /// The fields that `overrides` sets.
    #[oai(rename = "overriddenFields")]
    pub overridden_fields: Vec<TagField>,
    #[oai(rename = "hasEmbeddedArtwork")]
    pub has_embedded_artwork: bool,
    #[oai(rename = "hasFolderArtwork", skip_serializing_if_is_none)]
    pub has_folder_artwork: Option<bool>,
    /// The file, relative to its root and prefixed with the root's id.
    #[oai(rename = "relativePath", skip_serializing_if_is_none)]
    pub relative_path: Option<String>,
    #[oai(rename = "fileModifiedAt", skip_serializing_if_is_none)]
    pub file_modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the overrides last changed; absent when there are none.
    #[oai(rename = "overridesUpdatedAt", skip_serializing_if_is_none)]
    pub overrides_updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "EnrichmentSuggestion")]
pub struct EnrichmentSuggestion {
    #[oai(rename = "id")]
    pub id: String,
    /// Where the suggestion comes from.
    #[oai(rename = "source")]
    pub source: String,
    #[oai(
        rename = "confidence",
        validator(minimum(value = "0"), maximum(value = "1"))
    )]
    pub confidence: f64,
    #[oai(rename = "values")]
    pub values: TagValues,
    /// The fields whose value differs from the track's effective metadata.
    #[oai(rename = "changedFields")]
    pub changed_fields: Vec<TagField>,
    #[oai(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "TrackEnrichment")]
pub struct TrackEnrichment {
    #[oai(rename = "trackId")]
    pub track_id: String,
    /// Best first.
    #[oai(rename = "suggestions")]
    pub suggestions: Vec<EnrichmentSuggestion>,
    /// When suggestions were last looked for; absent when never.
    #[oai(rename = "checkedAt", skip_serializing_if_is_none)]
    pub checked_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "EnrichmentApplyRequest", deny_unknown_fields)]
pub struct EnrichmentApplyRequest {
    #[oai(rename = "suggestionId", validator(max_length = 128))]
    pub suggestion_id: String,
    /// Only these fields of the suggestion; all its `changedFields` when absent.
    #[oai(rename = "fields", skip_serializing_if_is_none)]
    pub fields: Option<Vec<TagField>>,
}

/// A paired device.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "Device")]
pub struct Device {
    /// The `deviceId` the device sent when pairing.
    #[oai(rename = "id")]
    pub id: String,
    #[oai(rename = "name")]
    pub name: String,
    #[oai(rename = "pairedAt")]
    pub paired_at: chrono::DateTime<chrono::Utc>,
    /// The device's last authenticated call; absent when none yet.
    #[oai(rename = "lastSeenAt", skip_serializing_if_is_none)]
    pub last_seen_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The client address of that call.
    #[oai(rename = "lastAddress", skip_serializing_if_is_none)]
    pub last_address: Option<String>,
    /// When the device's current refresh token expires.
    #[oai(rename = "refreshExpiresAt", skip_serializing_if_is_none)]
    pub refresh_expires_at: Option<chrono::DateTime<chrono::Utc>>,
    #[oai(rename = "revoked")]
    pub revoked: bool,
    #[oai(rename = "revokedAt", skip_serializing_if_is_none)]
    pub revoked_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// The fields devices can be sorted by.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "DeviceSort")]
pub enum DeviceSort {
    #[oai(rename = "name")]
    Name,
    #[oai(rename = "pairedAt")]
    PairedAt,
    #[oai(rename = "lastSeenAt")]
    LastSeenAt,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "DevicePage")]
pub struct DevicePage {
    #[oai(rename = "items")]
    pub items: Vec<Device>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(rename = "nextCursor", skip_serializing_if_is_none)]
    pub next_cursor: Option<String>,
    /// How many items match, over all pages.
    #[oai(rename = "total")]
    pub total: i64,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "AuthStatus")]
pub struct AuthStatus {
    #[oai(rename = "hubId")]
    pub hub_id: String,
    #[oai(rename = "pairingArmed")]
    pub pairing_armed: bool,
    /// The current pairing code, while armed.
    #[oai(rename = "pairingCode", skip_serializing_if_is_none)]
    pub pairing_code: Option<String>,
    /// When the pairing window closes, while armed.
    #[oai(rename = "pairingExpiresAt", skip_serializing_if_is_none)]
    pub pairing_expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The hub's URLs on its non-loopback addresses.
    #[oai(rename = "lanUrls")]
    pub lan_urls: Vec<String>,
    /// The configured public tunnel URL, if any.
    #[oai(rename = "tunnelUrl", skip_serializing_if_is_none)]
    pub tunnel_url: Option<String>,
    /// `MUSIC_HUB_API_TOKEN` is set.
    #[oai(rename = "apiTokenConfigured")]
    pub api_token_configured: bool,
    /// The paired devices that are not revoked, most recently seen first.
    #[oai(rename = "devices")]
    pub devices: Vec<Device>,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "ArmRequest", deny_unknown_fields)]
pub struct ArmRequest {
    /// How long the pairing window stays open.
    #[oai(
        rename = "minutes",
        default = "defaults::default_i32_10",
        validator(minimum(value = "1"), maximum(value = "60"))
    )]
    pub minutes: i32,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "PairingArmed")]
pub struct PairingArmed {
    /// Single-use; give it to the device that pairs.
    #[oai(rename = "pairingCode")]
    pub pairing_code: String,
    #[oai(rename = "expiresAt")]
    pub expires_at: chrono::DateTime<chrono::Utc>,
    #[oai(rename = "hubId")]
    pub hub_id: String,
    /// The URLs a device on the LAN can reach the hub on.
    #[oai(rename = "lanUrls")]
    pub lan_urls: Vec<String>,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "PairRequest", deny_unknown_fields)]
pub struct PairRequest {
    #[oai(rename = "pairingCode", validator(min_length = 1, max_length = 64))]
    pub pairing_code: String,
    /// A stable id the device chooses for itself; its tokens are bound to it.
    #[oai(
        rename = "deviceId",
        validator(min_length = 1, max_length = 128, pattern = "^[A-Za-z0-9._-]+$")
    )]
    pub device_id: String,
    /// A name for people, shown in the device list.
    #[oai(rename = "deviceName", validator(min_length = 1, max_length = 200))]
    pub device_name: String,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "RefreshRequest", deny_unknown_fields)]
pub struct RefreshRequest {
    #[oai(rename = "deviceId", validator(min_length = 1, max_length = 128))]
    pub device_id: String,
    #[oai(rename = "refreshToken", validator(min_length = 1, max_length = 4096))]
    pub refresh_token: String,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "TokenPair")]
pub struct TokenPair {
    /// Send as `Authorization: Bearer <accessToken>`; lives minutes.
    #[oai(rename = "accessToken")]
    pub access_token: String,
    /// Single-use; exchange it with `POST /api/auth/refresh`. Lives weeks. Store it as a secret.
    #[oai(rename = "refreshToken")]
    pub refresh_token: String,
    /// Always `Bearer`.
    #[oai(rename = "tokenType")]
    pub token_type: String,
    #[oai(rename = "accessExpiresAt")]
    pub access_expires_at: chrono::DateTime<chrono::Utc>,
    #[oai(rename = "refreshExpiresAt")]
    pub refresh_expires_at: chrono::DateTime<chrono::Utc>,
    #[oai(rename = "device")]
    pub device: Device,
}

/// A QR code's image format; `svg` when absent.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "QrFormat")]
pub enum QrFormat {
    #[oai(rename = "svg")]
    Svg,
    #[oai(rename = "png")]
    Png,
}

/// What a share link opens.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "ShareKind")]
pub enum ShareKind {
    #[oai(rename = "playlist")]
    Playlist,
    #[oai(rename = "album")]
    Album,
    #[oai(rename = "artist")]
    Artist,
    #[oai(rename = "track")]
    Track,
}

/// The fields shares can be sorted by.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "ShareSort")]
pub enum ShareSort {
    #[oai(rename = "createdAt")]
    CreatedAt,
    #[oai(rename = "expiresAt")]
    ExpiresAt,
    #[oai(rename = "lastAccessedAt")]
    LastAccessedAt,
    #[oai(rename = "accessCount")]
    AccessCount,
}

/// A public share link.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "Share")]
pub struct Share {
    /// The share's id; anyone who has it can open the shared item. Unguessable.
    #[oai(rename = "id")]
    pub id: String,
    #[oai(rename = "kind")]
    pub kind: ShareKind,
    /// The shared playlist, album, artist or track.
    #[oai(rename = "itemId")]
    pub item_id: String,
    /// The shared item's name.
    #[oai(rename = "title")]
    pub title: String,
    /// The public route a share page calls first.
    #[oai(rename = "bootstrapPath")]
    pub bootstrap_path: String,
    #[oai(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Absent when the share lasts until deleted.
    #[oai(rename = "expiresAt", skip_serializing_if_is_none)]
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    #[oai(rename = "lastAccessedAt", skip_serializing_if_is_none)]
    pub last_accessed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// How many times the share was opened.
    #[oai(rename = "accessCount")]
    pub access_count: i64,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "SharePage")]
pub struct SharePage {
    #[oai(rename = "items")]
    pub items: Vec<Share>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(rename = "nextCursor", skip_serializing_if_is_none)]
    pub next_cursor: Option<String>,
    /// How many items match, over all pages.
    #[oai(rename = "total")]
    pub total: i64,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "ShareCreate", deny_unknown_fields)]
pub struct ShareCreate {
    #[oai(rename = "kind")]
    pub kind: ShareKind,
    #[oai(rename = "itemId", validator(min_length = 1, max_length = 128))]
    pub item_id: String,
    /// The share expires after this many hours; it lasts until deleted when absent.
    #[oai(
        rename = "expiresInHours",
        skip_serializing_if_is_none,
        validator(minimum(value = "1"), maximum(value = "8760"))
    )]
    pub expires_in_hours: Option<i32>,
}

/// What a share page may know of its share.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "ShareSummary")]
pub struct ShareSummary {
    #[oai(rename = "id")]
    pub id: String,
    #[oai(rename = "kind")]
    pub kind: ShareKind,
    #[oai(rename = "title")]
    pub title: String,
    /// Absent when the share lasts until deleted.
    #[oai(rename = "expiresAt", skip_serializing_if_is_none)]
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// What a share page of a playlist needs to start; file paths are never included.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistShareBootstrap")]
pub struct PlaylistShareBootstrap {
    /// Send to `POST /api/share/session/heartbeat` to keep the session alive.
    #[oai(rename = "shareSessionId")]
    pub share_session_id: String,
    #[oai(rename = "shareSessionExpiresAt")]
    pub share_session_expires_at: chrono::DateTime<chrono::Utc>,
    /// Append as `?mediaToken=` to stream and artwork URLs of the shared items.
    #[oai(rename = "mediaToken")]
    pub media_token: String,
    #[oai(rename = "mediaTokenExpiresAt")]
    pub media_token_expires_at: chrono::DateTime<chrono::Utc>,
    /// Send a heartbeat this often while the page is open.
    #[oai(rename = "heartbeatIntervalSeconds")]
    pub heartbeat_interval_seconds: i32,
    #[oai(rename = "share")]
    pub share: ShareSummary,
    /// The shared playlist with its entries.
    #[oai(rename = "playlist")]
    pub playlist: PlaylistDetail,
}

/// What a share page of a album needs to start; file paths are never included.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "AlbumShareBootstrap")]
pub struct AlbumShareBootstrap {
    /// Send to `POST /api/share/session/heartbeat` to keep the session alive.
    #[oai(rename = "shareSessionId")]
    pub share_session_id: String,
    #[oai(rename = "shareSessionExpiresAt")]
    pub share_session_expires_at: chrono::DateTime<chrono::Utc>,
    /// Append as `?mediaToken=` to stream and artwork URLs of the shared items.
    #[oai(rename = "mediaToken")]
    pub media_token: String,
    #[oai(rename = "mediaTokenExpiresAt")]
    pub media_token_expires_at: chrono::DateTime<chrono::Utc>,
    /// Send a heartbeat this often while the page is open.
    #[oai(rename = "heartbeatIntervalSeconds")]
    pub heartbeat_interval_seconds: i32,
    #[oai(rename = "share")]
    pub share: ShareSummary,
    /// The shared album with its tracks.
    #[oai(rename = "album")]
    pub album: AlbumDetail,
}

/// What a share page of a artist needs to start; file paths are never included.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "ArtistShareBootstrap")]
pub struct ArtistShareBootstrap {
    /// Send to `POST /api/share/session/heartbeat` to keep the session alive.
    #[oai(rename = "shareSessionId")]
    pub share_session_id: String,
    #[oai(rename = "shareSessionExpiresAt")]
    pub share_session_expires_at: chrono::DateTime<chrono::Utc>,
    /// Append as `?mediaToken=` to stream and artwork URLs of the shared items.
    #[oai(rename = "mediaToken")]
    pub media_token: String,
    #[oai(rename = "mediaTokenExpiresAt")]
    pub media_token_expires_at: chrono::DateTime<chrono::Utc>,
    /// Send a heartbeat this often while the page is open.
    #[oai(rename = "heartbeatIntervalSeconds")]
    pub heartbeat_interval_seconds: i32,
    #[oai(rename = "share")]
    pub share: ShareSummary,
    /// The shared artist with their albums, appearances and top tracks.
    #[oai(rename = "artist")]
    pub artist: ArtistDetail,
}

/// What a share page of a track needs to start; file paths are never included.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "TrackShareBootstrap")]
pub struct TrackShareBootstrap {
    /// Send to `POST /api/share/session/heartbeat` to keep the session alive.
    #[oai(rename = "shareSessionId")]
    pub share_session_id: String,
    #[oai(rename = "shareSessionExpiresAt")]
    pub share_session_expires_at: chrono::DateTime<chrono::Utc>,
    /// Append as `?mediaToken=` to stream and artwork URLs of the shared items.
    #[oai(rename = "mediaToken")]
    pub media_token: String,
    #[oai(rename = "mediaTokenExpiresAt")]
    pub media_token_expires_at: chrono::DateTime<chrono::Utc>,
    /// Send a heartbeat this often while the page is open.
    #[oai(rename = "heartbeatIntervalSeconds")]
    pub heartbeat_interval_seconds: i32,
    #[oai(rename = "share")]
    pub share: ShareSummary,
    /// The shared track.
    #[oai(rename = "track")]
    pub track: Track,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "ShareHeartbeatRequest", deny_unknown_fields)]
pub struct ShareHeartbeatRequest {
    #[oai(rename = "shareSessionId", validator(min_length = 1, max_length = 128))]
    pub share_session_id: String,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "ShareHeartbeat")]
pub struct ShareHeartbeat {
    #[oai(rename = "shareSessionId")]
    pub share_session_id: String,
    #[oai(rename = "shareSessionExpiresAt")]
    pub share_session_expires_at: chrono::DateTime<chrono::Utc>,
    /// The media token to use from now on (may be unchanged).
    #[oai(rename = "mediaToken")]
    pub media_token: String,
    #[oai(rename = "mediaTokenExpiresAt")]
    pub media_token_expires_at: chrono::DateTime<chrono::Utc>,
}

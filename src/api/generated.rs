// generated from openapi/music-hub.yaml — do not edit.
// Regenerate with `cargo run -p codegen -- generate`; `-- check` fails when this is stale.
//!
//! The API contract as Rust: see `openapi/README.md` for how it maps from the document.

use std::future::Future;
use std::sync::Arc;

use poem_openapi::param::{Header, Path, Query};
use poem_openapi::payload::{Binary, EventStream, Json};
use poem_openapi::{ApiResponse, Enum, Object, OpenApi, ResponseContent, Tags};

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

#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "DatabaseHealthStatus")]
pub enum DatabaseHealthStatus {
    #[oai(rename = "healthy")]
    Healthy,
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
    #[oai(rename = "percent", skip_serializing_if_is_none, validator(minimum(value = "0"), maximum(value = "100")))]
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
    #[oai(rename = "percent", skip_serializing_if_is_none, validator(minimum(value = "0"), maximum(value = "100")))]
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
    #[oai(rename = "name", validator(min_length = 1, max_length = 200, pattern = "\\S"))]
    pub name: String,
    #[oai(rename = "description", skip_serializing_if_is_none, validator(max_length = 2000))]
    pub description: Option<String>,
    /// The first entries, in order.
    #[oai(rename = "trackIds", skip_serializing_if_is_none, validator(max_items = 5000))]
    pub track_ids: Option<Vec<String>>,
}

/// The fields to change; absent fields are kept.
#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistUpdate", deny_unknown_fields)]
pub struct PlaylistUpdate {
    #[oai(rename = "name", skip_serializing_if_is_none, validator(min_length = 1, max_length = 200))]
    pub name: Option<String>,
    /// The new description; an empty string clears it.
    #[oai(rename = "description", skip_serializing_if_is_none, validator(max_length = 2000))]
    pub description: Option<String>,
}

#[derive(Object, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistTracksAdd", deny_unknown_fields)]
pub struct PlaylistTracksAdd {
    /// The tracks to add, in order.
    #[oai(rename = "trackIds", validator(min_items = 1, max_items = 5000))]
    pub track_ids: Vec<String>,
    /// Where to insert (0 is the top); absent or past the end appends.
    #[oai(rename = "position", skip_serializing_if_is_none, validator(minimum(value = "0")))]
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
    #[oai(rename = "volume", validator(minimum(value = "0"), maximum(value = "1")))]
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
    #[oai(rename = "queueTrackIds", skip_serializing_if_is_none, validator(max_items = 10000))]
    pub queue_track_ids: Option<Vec<String>>,
    /// The index in the (new) queue of the current track.
    #[oai(rename = "currentIndex", skip_serializing_if_is_none, validator(minimum(value = "0")))]
    pub current_index: Option<i32>,
    #[oai(rename = "positionMs", skip_serializing_if_is_none, validator(minimum(value = "0")))]
    pub position_ms: Option<i64>,
    #[oai(rename = "state", skip_serializing_if_is_none)]
    pub state: Option<PlaybackState>,
    #[oai(rename = "shuffle", skip_serializing_if_is_none)]
    pub shuffle: Option<bool>,
    #[oai(rename = "repeat", skip_serializing_if_is_none)]
    pub repeat: Option<RepeatMode>,
    #[oai(rename = "volume", skip_serializing_if_is_none, validator(minimum(value = "0"), maximum(value = "1")))]
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
    #[oai(rename = "ttlSeconds", default = "defaults::default_i32_3600", validator(minimum(value = "60"), maximum(value = "86400")))]
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
    #[oai(rename = "streamUrlTemplate", skip_serializing_if_is_none)]
    pub stream_url_template: Option<String>,
    /// A URL path for artwork; replace `{id}`.
    #[oai(rename = "artworkUrlTemplate", skip_serializing_if_is_none)]
    pub artwork_url_template: Option<String>,
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
    #[oai(rename = "title", skip_serializing_if_is_none, validator(max_length = 1000))]
    pub title: Option<String>,
    #[oai(rename = "artists", skip_serializing_if_is_none, validator(max_items = 100))]
    pub artists: Option<Vec<String>>,
    #[oai(rename = "album", skip_serializing_if_is_none, validator(max_length = 1000))]
    pub album: Option<String>,
    #[oai(rename = "albumArtists", skip_serializing_if_is_none, validator(max_items = 100))]
    pub album_artists: Option<Vec<String>>,
    #[oai(rename = "composers", skip_serializing_if_is_none, validator(max_items = 100))]
    pub composers: Option<Vec<String>>,
    #[oai(rename = "trackNumber", skip_serializing_if_is_none, validator(minimum(value = "0"), maximum(value = "9999")))]
    pub track_number: Option<i32>,
    #[oai(rename = "trackTotal", skip_serializing_if_is_none, validator(minimum(value = "0"), maximum(value = "9999")))]
    pub track_total: Option<i32>,
    #[oai(rename = "discNumber", skip_serializing_if_is_none, validator(minimum(value = "0"), maximum(value = "999")))]
    pub disc_number: Option<i32>,
    #[oai(rename = "discTotal", skip_serializing_if_is_none, validator(minimum(value = "0"), maximum(value = "999")))]
    pub disc_total: Option<i32>,
    #[oai(rename = "year", skip_serializing_if_is_none, validator(minimum(value = "0"), maximum(value = "9999")))]
    pub year: Option<i32>,
    #[oai(rename = "genres", skip_serializing_if_is_none, validator(max_items = 100))]
    pub genres: Option<Vec<String>>,
    #[oai(rename = "compilation", skip_serializing_if_is_none)]
    pub compilation: Option<bool>,
    #[oai(rename = "comment", skip_serializing_if_is_none, validator(max_length = 10000))]
    pub comment: Option<String>,
    #[oai(rename = "musicbrainzRecordingId", skip_serializing_if_is_none, validator(max_length = 64))]
    pub musicbrainz_recording_id: Option<String>,
    #[oai(rename = "musicbrainzReleaseId", skip_serializing_if_is_none, validator(max_length = 64))]
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
    #[oai(rename = "confidence", validator(minimum(value = "0"), maximum(value = "1")))]
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
    #[oai(rename = "minutes", default = "defaults::default_i32_10", validator(minimum(value = "1"), maximum(value = "60")))]
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
    #[oai(rename = "deviceId", validator(min_length = 1, max_length = 128, pattern = "^[A-Za-z0-9._-]+$"))]
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
    #[oai(rename = "expiresInHours", skip_serializing_if_is_none, validator(minimum(value = "1"), maximum(value = "8760")))]
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

/// The inputs of `ping`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct PingRequest {}

/// The answers of `ping`, one variant per documented status.
#[derive(ApiResponse)]
pub enum PingResponse {
    /// The hub is up.
    #[oai(status = 200)]
    Ok(Json<Ping>),
}

/// The inputs of `getInfo`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct GetInfoRequest {}

/// The answers of `getInfo`, one variant per documented status.
#[derive(ApiResponse)]
pub enum GetInfoResponse {
    /// The hub's identity and database health.
    #[oai(status = 200)]
    Ok(Json<HubInfo>),
}

/// The inputs of `rebuildDatabase`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct RebuildDatabaseRequest {
    pub body: Option<RebuildRequest>,
}

/// The answers of `rebuildDatabase`, one variant per documented status.
#[derive(ApiResponse)]
pub enum RebuildDatabaseResponse {
    /// The old database was archived and a fresh one is in use.
    #[oai(status = 200)]
    Ok(Json<RebuildResult>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<ApiError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<ApiError>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// The database is healthy and `force` was not set (`database_healthy`).
    #[oai(status = 409)]
    Conflict(Json<ApiError>),
    /// The hub failed to do what was asked (`internal_error`); nothing was lost.
    #[oai(status = 500)]
    InternalError(Json<ApiError>),
}

/// The inputs of `listTracks`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct ListTracksRequest {
    /// How many items to return (1 to 500).
    pub limit: i32,
    /// The `nextCursor` of the previous page; omit it for the first page.
    pub cursor: Option<String>,
    /// The field to sort by.
    pub sort: Option<TrackSort>,
    /// Sort direction.
    pub order: Option<SortOrder>,
    /// Only tracks with this genre (case-insensitive).
    pub genre: Option<String>,
    /// Only tracks from this year or later.
    pub year_from: Option<i32>,
    /// Only tracks from this year or earlier.
    pub year_to: Option<i32>,
    /// Only tracks by this artist.
    pub artist_id: Option<String>,
    /// Only tracks on this album.
    pub album_id: Option<String>,
    /// Only tracks in this audio format (codec), e.g. `flac` or `mp3`.
    pub format: Option<String>,
    /// Only saved (true) or only unsaved (false) tracks.
    pub saved: Option<bool>,
}

/// The answers of `listTracks`, one variant per documented status.
#[derive(ApiResponse)]
pub enum ListTracksResponse {
    /// One page of tracks.
    #[oai(status = 200)]
    Ok(Json<TrackPage>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `getTrack`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct GetTrackRequest {
    /// The track's id, as listed by `GET /api/tracks` or a search.
    pub id: String,
}

/// The answers of `getTrack`, one variant per documented status.
#[derive(ApiResponse)]
pub enum GetTrackResponse {
    /// The track.
    #[oai(status = 200)]
    Ok(Json<Track>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `listAlbums`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct ListAlbumsRequest {
    /// How many items to return (1 to 500).
    pub limit: i32,
    /// The `nextCursor` of the previous page; omit it for the first page.
    pub cursor: Option<String>,
    /// The field to sort by (default `title`).
    pub sort: Option<AlbumSort>,
    /// Sort direction.
    pub order: Option<SortOrder>,
    /// Only albums by this (album) artist.
    pub artist_id: Option<String>,
    /// Only albums with this genre (case-insensitive).
    pub genre: Option<String>,
    /// Only albums from this year or later.
    pub year_from: Option<i32>,
    /// Only albums from this year or earlier.
    pub year_to: Option<i32>,
    /// Only compilations (true) or only non-compilations (false).
    pub compilation: Option<bool>,
    /// Only saved (true) or only unsaved (false) albums.
    pub saved: Option<bool>,
}

/// The answers of `listAlbums`, one variant per documented status.
#[derive(ApiResponse)]
pub enum ListAlbumsResponse {
    /// One page of albums.
    #[oai(status = 200)]
    Ok(Json<AlbumPage>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `getAlbum`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct GetAlbumRequest {
    /// The album's id.
    pub id: String,
}

/// The answers of `getAlbum`, one variant per documented status.
#[derive(ApiResponse)]
pub enum GetAlbumResponse {
    /// The album and its tracks.
    #[oai(status = 200)]
    Ok(Json<AlbumDetail>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `listArtists`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct ListArtistsRequest {
    /// How many items to return (1 to 500).
    pub limit: i32,
    /// The `nextCursor` of the previous page; omit it for the first page.
    pub cursor: Option<String>,
    /// The field to sort by (default `name`).
    pub sort: Option<ArtistSort>,
    /// Sort direction.
    pub order: Option<SortOrder>,
    /// Only artists with at least one track of this genre (case-insensitive).
    pub genre: Option<String>,
    /// Only saved (true) or only unsaved (false) artists.
    pub saved: Option<bool>,
    /// Only artists that are the album artist of at least one album (hides guests that appear on single tracks).
    pub album_artists_only: bool,
}

/// The answers of `listArtists`, one variant per documented status.
#[derive(ApiResponse)]
pub enum ListArtistsResponse {
    /// One page of artists.
    #[oai(status = 200)]
    Ok(Json<ArtistPage>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `getArtist`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct GetArtistRequest {
    /// The artist's id.
    pub id: String,
}

/// The answers of `getArtist`, one variant per documented status.
#[derive(ApiResponse)]
pub enum GetArtistResponse {
    /// The artist, their albums, appearances and top tracks.
    #[oai(status = 200)]
    Ok(Json<ArtistDetail>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `getLibraryStats`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct GetLibraryStatsRequest {}

/// The answers of `getLibraryStats`, one variant per documented status.
#[derive(ApiResponse)]
pub enum GetLibraryStatsResponse {
    /// The catalogue's counts.
    #[oai(status = 200)]
    Ok(Json<LibraryStats>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `getLibraryFilters`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct GetLibraryFiltersRequest {}

/// The answers of `getLibraryFilters`, one variant per documented status.
#[derive(ApiResponse)]
pub enum GetLibraryFiltersResponse {
    /// The facets with their counts.
    #[oai(status = 200)]
    Ok(Json<LibraryFilters>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `streamLibraryEvents`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct StreamLibraryEventsRequest {
    /// The `id` of the last event received; the stream resumes after it.
    pub last_event_id: Option<String>,
}

/// The answers of `streamLibraryEvents`, one variant per documented status.
#[derive(ApiResponse)]
pub enum StreamLibraryEventsResponse {
    /// The event stream; it stays open.
    #[oai(status = 200)]
    Ok(EventStream<futures_util::stream::BoxStream<'static, LibraryEvent>>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `browseLibrary`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct BrowseLibraryRequest {
    /// A folder, relative to a library root, whose first segment is the root's `id`. Omit it for the roots and home sections.
    pub path: Option<String>,
}

/// The answers of `browseLibrary`, one variant per documented status.
#[derive(ApiResponse)]
pub enum BrowseLibraryResponse {
    /// The folder's content, or the roots and home sections.
    #[oai(status = 200)]
    Ok(Json<BrowseResult>),
    /// A parameter is invalid (`invalid_parameter`), or `path` leaves the library roots or names no root (`invalid_path`).
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `startScan`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct StartScanRequest {
    pub body: Option<ScanRequest>,
}

/// The answers of `startScan`, one variant per documented status.
#[derive(ApiResponse)]
pub enum StartScanResponse {
    /// The scan started; this is its first status.
    #[oai(status = 202)]
    Accepted(Json<ScanStatus>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<ApiError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// A scan is already running (`scan_in_progress`); follow it with `GET /api/scan/progress` or cancel it with `POST /api/scan/cancel`.
    #[oai(status = 409)]
    Conflict(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `getScanStatus`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct GetScanStatusRequest {}

/// The answers of `getScanStatus`, one variant per documented status.
#[derive(ApiResponse)]
pub enum GetScanStatusResponse {
    /// The current or last scan.
    #[oai(status = 200)]
    Ok(Json<ScanStatus>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `cancelScan`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct CancelScanRequest {}

/// The answers of `cancelScan`, one variant per documented status.
#[derive(ApiResponse)]
pub enum CancelScanResponse {
    /// The scan is being cancelled.
    #[oai(status = 202)]
    Accepted(Json<ScanStatus>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No scan is running (`scan_not_running`).
    #[oai(status = 409)]
    Conflict(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `streamScanProgress`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct StreamScanProgressRequest {}

/// The answers of `streamScanProgress`, one variant per documented status.
#[derive(ApiResponse)]
pub enum StreamScanProgressResponse {
    /// The progress stream; it stays open.
    #[oai(status = 200)]
    Ok(EventStream<futures_util::stream::BoxStream<'static, ScanProgressEvent>>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `searchLibrary`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct SearchLibraryRequest {
    /// The text to search for.
    pub q: String,
    /// The kinds of results wanted (repeat the parameter, `types=track&types=album`); all kinds when absent.
    pub types: Option<Vec<SearchType>>,
    /// At most this many results per type (1 to 100).
    pub limit: i32,
    /// Record the query in the search history.
    pub record: bool,
}

/// The answers of `searchLibrary`, one variant per documented status.
#[derive(ApiResponse)]
pub enum SearchLibraryResponse {
    /// The results, grouped by type.
    #[oai(status = 200)]
    Ok(Json<SearchResults>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `listSearchHistory`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct ListSearchHistoryRequest {
    /// How many items to return (1 to 500).
    pub limit: i32,
    /// The `nextCursor` of the previous page; omit it for the first page.
    pub cursor: Option<String>,
    /// Sort direction.
    pub order: Option<SortOrder>,
}

/// The answers of `listSearchHistory`, one variant per documented status.
#[derive(ApiResponse)]
pub enum ListSearchHistoryResponse {
    /// One page of recent searches.
    #[oai(status = 200)]
    Ok(Json<SearchHistoryPage>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `clearSearchHistory`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct ClearSearchHistoryRequest {}

/// The answers of `clearSearchHistory`, one variant per documented status.
#[derive(ApiResponse)]
pub enum ClearSearchHistoryResponse {
    /// The history is empty.
    #[oai(status = 204)]
    NoContent,
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `listPlaylists`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct ListPlaylistsRequest {
    /// How many items to return (1 to 500).
    pub limit: i32,
    /// The `nextCursor` of the previous page; omit it for the first page.
    pub cursor: Option<String>,
    /// The field to sort by (default `name`).
    pub sort: Option<PlaylistSort>,
    /// Sort direction.
    pub order: Option<SortOrder>,
    /// Only playlists whose name contains this text (case- and diacritics-insensitive).
    pub q: Option<String>,
    /// Only saved (true) or only unsaved (false) playlists.
    pub saved: Option<bool>,
}

/// The answers of `listPlaylists`, one variant per documented status.
#[derive(ApiResponse)]
pub enum ListPlaylistsResponse {
    /// One page of playlists.
    #[oai(status = 200)]
    Ok(Json<PlaylistPage>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `createPlaylist`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct CreatePlaylistRequest {
    pub body: PlaylistCreate,
}

/// The answers of `createPlaylist`, one variant per documented status.
#[derive(ApiResponse)]
pub enum CreatePlaylistResponse {
    /// The playlist was created.
    #[oai(status = 201)]
    Created(Json<PlaylistDetail>, #[oai(header = "Location")] Option<String>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<ApiError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `getPlaylist`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct GetPlaylistRequest {
    /// The playlist's id.
    pub id: String,
}

/// The answers of `getPlaylist`, one variant per documented status.
#[derive(ApiResponse)]
pub enum GetPlaylistResponse {
    /// The playlist and its entries.
    #[oai(status = 200)]
    Ok(Json<PlaylistDetail>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `updatePlaylist`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct UpdatePlaylistRequest {
    /// The playlist's id.
    pub id: String,
    pub body: PlaylistUpdate,
}

/// The answers of `updatePlaylist`, one variant per documented status.
#[derive(ApiResponse)]
pub enum UpdatePlaylistResponse {
    /// The updated playlist.
    #[oai(status = 200)]
    Ok(Json<Playlist>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<ApiError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `deletePlaylist`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct DeletePlaylistRequest {
    /// The playlist's id.
    pub id: String,
}

/// The answers of `deletePlaylist`, one variant per documented status.
#[derive(ApiResponse)]
pub enum DeletePlaylistResponse {
    /// The playlist was deleted.
    #[oai(status = 204)]
    NoContent,
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `addPlaylistTracks`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct AddPlaylistTracksRequest {
    /// The playlist's id.
    pub id: String,
    pub body: PlaylistTracksAdd,
}

/// The answers of `addPlaylistTracks`, one variant per documented status.
#[derive(ApiResponse)]
pub enum AddPlaylistTracksResponse {
    /// The playlist with the new entries.
    #[oai(status = 200)]
    Ok(Json<PlaylistDetail>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<ApiError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `removePlaylistTrack`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct RemovePlaylistTrackRequest {
    /// The playlist's id.
    pub id: String,
    /// The entry's `entryId`, from `GET /api/playlists/{id}`.
    pub entry_id: String,
}

/// The answers of `removePlaylistTrack`, one variant per documented status.
#[derive(ApiResponse)]
pub enum RemovePlaylistTrackResponse {
    /// The entry was removed.
    #[oai(status = 204)]
    NoContent,
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `reorderPlaylist`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct ReorderPlaylistRequest {
    /// The playlist's id.
    pub id: String,
    pub body: PlaylistOrder,
}

/// The answers of `reorderPlaylist`, one variant per documented status.
#[derive(ApiResponse)]
pub enum ReorderPlaylistResponse {
    /// The playlist in its new order.
    #[oai(status = 200)]
    Ok(Json<PlaylistDetail>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<ApiError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// `entryIds` is not exactly the playlist's current entries (`order_mismatch`); fetch the playlist and retry.
    #[oai(status = 409)]
    Conflict(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `getPlaybackSession`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct GetPlaybackSessionRequest {}

/// The answers of `getPlaybackSession`, one variant per documented status.
#[derive(ApiResponse)]
pub enum GetPlaybackSessionResponse {
    /// The playback session.
    #[oai(status = 200)]
    Ok(Json<PlaybackSession>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `updatePlaybackSession`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct UpdatePlaybackSessionRequest {
    pub body: PlaybackSessionUpdate,
}

/// The answers of `updatePlaybackSession`, one variant per documented status.
#[derive(ApiResponse)]
pub enum UpdatePlaybackSessionResponse {
    /// The updated session.
    #[oai(status = 200)]
    Ok(Json<PlaybackSession>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<ApiError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The session changed since `baseRevision` (`session_conflict`); `details.revision` is the current one. Or the change does not fit the session as it is now (`index_out_of_range`, `queue_empty`). Fetch it and retry.
    #[oai(status = 409)]
    Conflict(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `listPlaybackHistory`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct ListPlaybackHistoryRequest {
    /// How many items to return (1 to 500).
    pub limit: i32,
    /// The `nextCursor` of the previous page; omit it for the first page.
    pub cursor: Option<String>,
    /// Sort direction.
    pub order: Option<SortOrder>,
}

/// The answers of `listPlaybackHistory`, one variant per documented status.
#[derive(ApiResponse)]
pub enum ListPlaybackHistoryResponse {
    /// One page of playback history.
    #[oai(status = 200)]
    Ok(Json<PlaybackHistoryPage>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `playbackHistoryBack`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct PlaybackHistoryBackRequest {}

/// The answers of `playbackHistoryBack`, one variant per documented status.
#[derive(ApiResponse)]
pub enum PlaybackHistoryBackResponse {
    /// The session, now on the previous track.
    #[oai(status = 200)]
    Ok(Json<PlaybackSession>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// There is no previous track in the history (`history_empty`).
    #[oai(status = 409)]
    Conflict(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `createMediaSession`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct CreateMediaSessionRequest {
    pub body: Option<MediaSessionRequest>,
}

/// The answers of `createMediaSession`, one variant per documented status.
#[derive(ApiResponse)]
pub enum CreateMediaSessionResponse {
    /// A new media token.
    #[oai(status = 201)]
    Created(Json<MediaSession>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<ApiError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `streamMedia`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct StreamMediaRequest {
    /// The track's id.
    pub track_id: String,
    /// A byte range, e.g. `bytes=0-` or `bytes=1048576-2097151`.
    pub range: Option<String>,
}

/// The answers of `streamMedia`, one variant per documented status.
#[derive(ApiResponse)]
pub enum StreamMediaResponse {
    /// The whole file.
    #[oai(status = 200)]
    Ok(crate::api::payload::AudioBody, #[oai(header = "Accept-Ranges")] Option<String>, #[oai(header = "Content-Length")] Option<i64>),
    /// The requested range of the file.
    #[oai(status = 206)]
    PartialContent(crate::api::payload::AudioBody, #[oai(header = "Accept-Ranges")] Option<String>, #[oai(header = "Content-Range")] Option<String>, #[oai(header = "Content-Length")] Option<i64>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The range lies outside the file (`range_not_satisfiable`); `Content-Range` gives the file's size.
    #[oai(status = 416)]
    RangeNotSatisfiable(Json<ApiError>, #[oai(header = "Content-Range")] Option<String>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `getArtwork`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct GetArtworkRequest {
    /// An `artworkId`.
    pub id: String,
    /// The largest width and height wanted, in pixels (32 to 2048).
    pub size: Option<i32>,
}

/// The answers of `getArtwork`, one variant per documented status.
#[derive(ApiResponse)]
pub enum GetArtworkResponse {
    /// The image.
    #[oai(status = 200)]
    Ok(crate::api::payload::ImageBody, #[oai(header = "ETag")] Option<String>, #[oai(header = "Cache-Control")] Option<String>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `listSaved`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct ListSavedRequest {
    /// How many items to return (1 to 500).
    pub limit: i32,
    /// The `nextCursor` of the previous page; omit it for the first page.
    pub cursor: Option<String>,
    /// The field to sort by (default `savedAt`).
    pub sort: Option<SavedSort>,
    /// Sort direction.
    pub order: Option<SortOrder>,
    /// Only saved items of this kind.
    pub kind: Option<SavedKind>,
}

/// The answers of `listSaved`, one variant per documented status.
#[derive(ApiResponse)]
pub enum ListSavedResponse {
    /// One page of saved items.
    #[oai(status = 200)]
    Ok(Json<SavedItemPage>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `saveItem`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct SaveItemRequest {
    /// The kind of item: `track`, `album`, `artist` or `playlist`.
    pub kind: String,
    /// The item's id.
    pub id: String,
}

/// The answers of `saveItem`, one variant per documented status.
#[derive(ApiResponse)]
pub enum SaveItemResponse {
    /// The item is saved.
    #[oai(status = 200)]
    Ok(Json<SavedItem>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `unsaveItem`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct UnsaveItemRequest {
    /// The kind of item: `track`, `album`, `artist` or `playlist`.
    pub kind: String,
    /// The item's id.
    pub id: String,
}

/// The answers of `unsaveItem`, one variant per documented status.
#[derive(ApiResponse)]
pub enum UnsaveItemResponse {
    /// The item is not saved.
    #[oai(status = 204)]
    NoContent,
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `getTrackMetadata`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct GetTrackMetadataRequest {
    /// The track's id.
    pub id: String,
}

/// The answers of `getTrackMetadata`, one variant per documented status.
#[derive(ApiResponse)]
pub enum GetTrackMetadataResponse {
    /// The track's metadata.
    #[oai(status = 200)]
    Ok(Json<TrackMetadata>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `setTrackMetadataOverrides`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct SetTrackMetadataOverridesRequest {
    /// The track's id.
    pub id: String,
    pub body: TagValues,
}

/// The answers of `setTrackMetadataOverrides`, one variant per documented status.
#[derive(ApiResponse)]
pub enum SetTrackMetadataOverridesResponse {
    /// The track's metadata with the new overrides.
    #[oai(status = 200)]
    Ok(Json<TrackMetadata>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<ApiError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `clearTrackMetadataOverrides`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct ClearTrackMetadataOverridesRequest {
    /// The track's id.
    pub id: String,
}

/// The answers of `clearTrackMetadataOverrides`, one variant per documented status.
#[derive(ApiResponse)]
pub enum ClearTrackMetadataOverridesResponse {
    /// The track has no overrides.
    #[oai(status = 204)]
    NoContent,
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `getTrackEnrichment`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct GetTrackEnrichmentRequest {
    /// The track's id.
    pub id: String,
}

/// The answers of `getTrackEnrichment`, one variant per documented status.
#[derive(ApiResponse)]
pub enum GetTrackEnrichmentResponse {
    /// The track's suggestions.
    #[oai(status = 200)]
    Ok(Json<TrackEnrichment>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `applyTrackEnrichment`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct ApplyTrackEnrichmentRequest {
    /// The track's id.
    pub id: String,
    pub body: EnrichmentApplyRequest,
}

/// The answers of `applyTrackEnrichment`, one variant per documented status.
#[derive(ApiResponse)]
pub enum ApplyTrackEnrichmentResponse {
    /// The track's metadata with the suggestion applied.
    #[oai(status = 200)]
    Ok(Json<TrackMetadata>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<ApiError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `listShares`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct ListSharesRequest {
    /// How many items to return (1 to 500).
    pub limit: i32,
    /// The `nextCursor` of the previous page; omit it for the first page.
    pub cursor: Option<String>,
    /// The field to sort by (default `createdAt`).
    pub sort: Option<ShareSort>,
    /// Sort direction.
    pub order: Option<SortOrder>,
    /// Only shares of this kind.
    pub kind: Option<ShareKind>,
}

/// The answers of `listShares`, one variant per documented status.
#[derive(ApiResponse)]
pub enum ListSharesResponse {
    /// One page of shares.
    #[oai(status = 200)]
    Ok(Json<SharePage>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `createShare`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct CreateShareRequest {
    pub body: ShareCreate,
}

/// The answers of `createShare`, one variant per documented status.
#[derive(ApiResponse)]
pub enum CreateShareResponse {
    /// The share was created.
    #[oai(status = 201)]
    Created(Json<Share>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<ApiError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `deleteShare`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct DeleteShareRequest {
    /// The share's id.
    pub id: String,
}

/// The answers of `deleteShare`, one variant per documented status.
#[derive(ApiResponse)]
pub enum DeleteShareResponse {
    /// The share was deleted.
    #[oai(status = 204)]
    NoContent,
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `bootstrapPlaylistShare`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct BootstrapPlaylistShareRequest {
    /// The share's id, from the share link.
    pub id: String,
}

/// The answers of `bootstrapPlaylistShare`, one variant per documented status.
#[derive(ApiResponse)]
pub enum BootstrapPlaylistShareResponse {
    /// The shared playlist and a share session.
    #[oai(status = 200)]
    Ok(Json<PlaylistShareBootstrap>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `bootstrapAlbumShare`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct BootstrapAlbumShareRequest {
    /// The share's id, from the share link.
    pub id: String,
}

/// The answers of `bootstrapAlbumShare`, one variant per documented status.
#[derive(ApiResponse)]
pub enum BootstrapAlbumShareResponse {
    /// The shared album and a share session.
    #[oai(status = 200)]
    Ok(Json<AlbumShareBootstrap>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `bootstrapArtistShare`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct BootstrapArtistShareRequest {
    /// The share's id, from the share link.
    pub id: String,
}

/// The answers of `bootstrapArtistShare`, one variant per documented status.
#[derive(ApiResponse)]
pub enum BootstrapArtistShareResponse {
    /// The shared artist and a share session.
    #[oai(status = 200)]
    Ok(Json<ArtistShareBootstrap>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `bootstrapTrackShare`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct BootstrapTrackShareRequest {
    /// The share's id, from the share link.
    pub id: String,
}

/// The answers of `bootstrapTrackShare`, one variant per documented status.
#[derive(ApiResponse)]
pub enum BootstrapTrackShareResponse {
    /// The shared track and a share session.
    #[oai(status = 200)]
    Ok(Json<TrackShareBootstrap>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `heartbeatShareSession`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct HeartbeatShareSessionRequest {
    pub body: ShareHeartbeatRequest,
}

/// The answers of `heartbeatShareSession`, one variant per documented status.
#[derive(ApiResponse)]
pub enum HeartbeatShareSessionResponse {
    /// The session was extended.
    #[oai(status = 200)]
    Ok(Json<ShareHeartbeat>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<ApiError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<ApiError>),
    /// The share session expired, or its share was deleted (`share_session_expired`); bootstrap again.
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The operation is in the contract but not built yet (`not_implemented`).
    #[oai(status = 501)]
    NotImplemented(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `getAuthStatus`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct GetAuthStatusRequest {}

/// The answers of `getAuthStatus`, one variant per documented status.
#[derive(ApiResponse)]
pub enum GetAuthStatusResponse {
    /// The pairing state and the devices.
    #[oai(status = 200)]
    Ok(Json<AuthStatus>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `armPairing`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct ArmPairingRequest {
    pub body: Option<ArmRequest>,
}

/// The answers of `armPairing`, one variant per documented status.
#[derive(ApiResponse)]
pub enum ArmPairingResponse {
    /// Pairing is armed.
    #[oai(status = 200)]
    Ok(Json<PairingArmed>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<ApiError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<ApiError>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `disarmPairing`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct DisarmPairingRequest {}

/// The answers of `disarmPairing`, one variant per documented status.
#[derive(ApiResponse)]
pub enum DisarmPairingResponse {
    /// Pairing is not armed.
    #[oai(status = 204)]
    NoContent,
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `listDevices`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct ListDevicesRequest {
    /// How many items to return (1 to 500).
    pub limit: i32,
    /// The `nextCursor` of the previous page; omit it for the first page.
    pub cursor: Option<String>,
    /// The field to sort by (default `pairedAt`).
    pub sort: Option<DeviceSort>,
    /// Sort direction.
    pub order: Option<SortOrder>,
    /// Also list revoked devices.
    pub include_revoked: bool,
}

/// The answers of `listDevices`, one variant per documented status.
#[derive(ApiResponse)]
pub enum ListDevicesResponse {
    /// One page of devices.
    #[oai(status = 200)]
    Ok(Json<DevicePage>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `revokeDevice`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct RevokeDeviceRequest {
    /// The device's id, as it sent it when pairing.
    pub device_id: String,
}

/// The answers of `revokeDevice`, one variant per documented status.
#[derive(ApiResponse)]
pub enum RevokeDeviceResponse {
    /// The device is revoked.
    #[oai(status = 204)]
    NoContent,
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No such item (`not_found`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `pairDevice`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct PairDeviceRequest {
    pub body: PairRequest,
}

/// The answers of `pairDevice`, one variant per documented status.
#[derive(ApiResponse)]
pub enum PairDeviceResponse {
    /// The device is paired; here are its tokens.
    #[oai(status = 200)]
    Ok(Json<TokenPair>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<ApiError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<ApiError>),
    /// The pairing code is wrong, used or expired, or pairing is not armed (`invalid_pairing_code`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>),
    /// Too many attempts (`too_many_attempts`); wait `Retry-After` seconds.
    #[oai(status = 429)]
    TooManyRequests(Json<ApiError>, #[oai(header = "Retry-After")] Option<i64>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `refreshTokens`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct RefreshTokensRequest {
    pub body: RefreshRequest,
}

/// The answers of `refreshTokens`, one variant per documented status.
#[derive(ApiResponse)]
pub enum RefreshTokensResponse {
    /// A new token pair; the old refresh token is retired.
    #[oai(status = 200)]
    Ok(Json<TokenPair>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<ApiError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<ApiError>),
    /// The refresh token is refused (`refresh_token_reused`, `token_expired`, `invalid_token`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `logout`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct LogoutRequest {}

/// The answers of `logout`, one variant per documented status.
#[derive(ApiResponse)]
pub enum LogoutResponse {
    /// The device is revoked.
    #[oai(status = 204)]
    NoContent,
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<ApiError>, #[oai(header = "WWW-Authenticate")] Option<String>),
    /// The call is not authenticated as a paired device (`not_a_device`), or it comes
    /// from a foreign web page through a local browser (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `getConnectQr`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct GetConnectQrRequest {
    /// The image format, `svg` (the default) or `png`.
    pub format: Option<QrFormat>,
}

/// The media types of `getConnectQr`'s 200 answer.
#[derive(ResponseContent)]
pub enum GetConnectQrOkContent {
    #[oai(content_type = "image/svg+xml")]
    Svg(Binary<Vec<u8>>),
    #[oai(content_type = "image/png")]
    Png(Binary<Vec<u8>>),
}

/// The answers of `getConnectQr`, one variant per documented status.
#[derive(ApiResponse)]
pub enum GetConnectQrResponse {
    /// The QR code image.
    #[oai(status = 200)]
    Ok(GetConnectQrOkContent),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// Pairing is not armed (`pairing_not_armed`); call `POST /api/auth/arm` first.
    #[oai(status = 409)]
    Conflict(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The inputs of `getTunnelQr`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct GetTunnelQrRequest {
    /// The image format, `svg` (the default) or `png`.
    pub format: Option<QrFormat>,
}

/// The media types of `getTunnelQr`'s 200 answer.
#[derive(ResponseContent)]
pub enum GetTunnelQrOkContent {
    #[oai(content_type = "image/svg+xml")]
    Svg(Binary<Vec<u8>>),
    #[oai(content_type = "image/png")]
    Png(Binary<Vec<u8>>),
}

/// The answers of `getTunnelQr`, one variant per documented status.
#[derive(ApiResponse)]
pub enum GetTunnelQrResponse {
    /// The QR code image.
    #[oai(status = 200)]
    Ok(GetTunnelQrOkContent),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input.
    #[oai(status = 400)]
    BadRequest(Json<ApiError>),
    /// A remote call to a local-only operation (`local_only`), or a local state-changing call from a foreign web page (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<ApiError>),
    /// No public tunnel URL is configured (`tunnel_not_configured`).
    #[oai(status = 404)]
    NotFound(Json<ApiError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`.
    #[oai(status = 503)]
    ServiceUnavailable(Json<ApiError>),
}

/// The `system` operations. Implement this in `src/handlers/`.
///
/// Liveness, hub information and database recovery.
pub trait SystemApi: Send + Sync + 'static {
    /// `ping`: Check that the hub is up
    fn ping(&self, caller: crate::api::access::Caller, request: PingRequest) -> impl Future<Output = Result<PingResponse, crate::api::error::HandlerError>> + Send;

    /// `getInfo`: Describe the hub and the health of its database
    fn get_info(&self, caller: crate::api::access::Caller, request: GetInfoRequest) -> impl Future<Output = Result<GetInfoResponse, crate::api::error::HandlerError>> + Send;

    /// `rebuildDatabase`: Archive the database and start a fresh one
    fn rebuild_database(&self, caller: crate::api::access::Caller, request: RebuildDatabaseRequest) -> impl Future<Output = Result<RebuildDatabaseResponse, crate::api::error::HandlerError>> + Send;
}

/// The `system` routes: they check access, parse inputs and call a `SystemApi`.
pub struct SystemRoutes<T>(pub Arc<T>);

#[OpenApi]
impl<T: SystemApi> SystemRoutes<T> {
    /// Check that the hub is up
    ///
    /// Answers at once with `{"ok": true}` and the hub's version, whatever the state of the
    /// database. Use it as a liveness probe before anything else.
    #[oai(path = "/api/ping", method = "get", operation_id = "ping", tag = "ApiTags::System")]
    async fn ping(
        &self,
        access: crate::api::access::Public<false>,
    ) -> poem::Result<PingResponse> {
        let request = PingRequest {  };
        Ok(self.0.ping(access.into_caller(), request).await?)
    }

    /// Describe the hub and the health of its database
    ///
    /// Returns the hub's identity, version, port and the health of its database. When
    /// `databaseHealth.status` is not `healthy`, most routes answer
    /// `503 database_unavailable`; a local agent may then call
    /// `POST /api/database/rebuild`.
    #[oai(path = "/api/info", method = "get", operation_id = "getInfo", tag = "ApiTags::System")]
    async fn get_info(
        &self,
        access: crate::api::access::Public<false>,
    ) -> poem::Result<GetInfoResponse> {
        let request = GetInfoRequest {  };
        Ok(self.0.get_info(access.into_caller(), request).await?)
    }

    /// Archive the database and start a fresh one
    ///
    /// Moves the database file and its `-wal`/`-shm` companions, byte for byte, into
    /// `<data-dir>/archive/<UTC timestamp>/`, creates and migrates a fresh database, copies
    /// the person's own data (playlists, saved items, playback session and history, paired
    /// devices and their tokens, search history, metadata overrides, shares) from the archive
    /// into it, and answers where the archive is and what was carried over (`carriedOver`).
    /// Nothing is ever deleted. On a healthy database it is
    /// refused with `409 database_healthy` unless the body is `{"force": true}`. A running
    /// scan is cancelled first; afterwards a full scan of the library folders starts by
    /// itself (trigger `rebuild`) and fills the fresh database with the same ids as before.
    #[oai(path = "/api/database/rebuild", method = "post", operation_id = "rebuildDatabase", tag = "ApiTags::System")]
    async fn rebuild_database(
        &self,
        access: crate::api::access::LocalOnly<false>,
        body: crate::api::payload::OptionalJson<RebuildRequest>,
    ) -> poem::Result<RebuildDatabaseResponse> {
        let request = RebuildDatabaseRequest { body: body.0 };
        Ok(self.0.rebuild_database(access.into_caller(), request).await?)
    }
}

/// The `auth` operations. Implement this in `src/handlers/`.
///
/// Pairing, tokens, devices and the QR codes that start pairing.
pub trait AuthApi: Send + Sync + 'static {
    /// `getAuthStatus`: Show whether pairing is armed, and the paired devices
    fn get_auth_status(&self, caller: crate::api::access::Caller, request: GetAuthStatusRequest) -> impl Future<Output = Result<GetAuthStatusResponse, crate::api::error::HandlerError>> + Send;

    /// `armPairing`: Arm pairing and get a pairing code
    fn arm_pairing(&self, caller: crate::api::access::Caller, request: ArmPairingRequest) -> impl Future<Output = Result<ArmPairingResponse, crate::api::error::HandlerError>> + Send;

    /// `disarmPairing`: End the pairing window
    fn disarm_pairing(&self, caller: crate::api::access::Caller, request: DisarmPairingRequest) -> impl Future<Output = Result<DisarmPairingResponse, crate::api::error::HandlerError>> + Send;

    /// `listDevices`: List paired devices
    fn list_devices(&self, caller: crate::api::access::Caller, request: ListDevicesRequest) -> impl Future<Output = Result<ListDevicesResponse, crate::api::error::HandlerError>> + Send;

    /// `revokeDevice`: Revoke a paired device
    fn revoke_device(&self, caller: crate::api::access::Caller, request: RevokeDeviceRequest) -> impl Future<Output = Result<RevokeDeviceResponse, crate::api::error::HandlerError>> + Send;

    /// `pairDevice`: Exchange a pairing code for access and refresh tokens
    fn pair_device(&self, caller: crate::api::access::Caller, request: PairDeviceRequest) -> impl Future<Output = Result<PairDeviceResponse, crate::api::error::HandlerError>> + Send;

    /// `refreshTokens`: Rotate a refresh token for a new token pair
    fn refresh_tokens(&self, caller: crate::api::access::Caller, request: RefreshTokensRequest) -> impl Future<Output = Result<RefreshTokensResponse, crate::api::error::HandlerError>> + Send;

    /// `logout`: Revoke the calling device
    fn logout(&self, caller: crate::api::access::Caller, request: LogoutRequest) -> impl Future<Output = Result<LogoutResponse, crate::api::error::HandlerError>> + Send;

    /// `getConnectQr`: Render the QR code a phone scans to pair over the LAN
    fn get_connect_qr(&self, caller: crate::api::access::Caller, request: GetConnectQrRequest) -> impl Future<Output = Result<GetConnectQrResponse, crate::api::error::HandlerError>> + Send;

    /// `getTunnelQr`: Render the QR code for the hub's public tunnel URL
    fn get_tunnel_qr(&self, caller: crate::api::access::Caller, request: GetTunnelQrRequest) -> impl Future<Output = Result<GetTunnelQrResponse, crate::api::error::HandlerError>> + Send;
}

/// The `auth` routes: they check access, parse inputs and call a `AuthApi`.
pub struct AuthRoutes<T>(pub Arc<T>);

#[OpenApi]
impl<T: AuthApi> AuthRoutes<T> {
    /// Show whether pairing is armed, and the paired devices
    ///
    /// Local-only. Shows whether pairing is armed and until when (with the current code),
    /// the URLs a phone can reach the hub on, whether a static API token is configured,
    /// and the paired devices. Remote calls answer `403 local_only` whatever token they
    /// carry.
    #[oai(path = "/api/auth/status", method = "get", operation_id = "getAuthStatus", tag = "ApiTags::Auth")]
    async fn get_auth_status(
        &self,
        access: crate::api::access::LocalOnly<true>,
    ) -> poem::Result<GetAuthStatusResponse> {
        let request = GetAuthStatusRequest {  };
        Ok(self.0.get_auth_status(access.into_caller(), request).await?)
    }

    /// Arm pairing and get a pairing code
    ///
    /// Local-only. Opens a pairing window of `minutes` (1 to 60, default 10) and answers a
    /// fresh pairing code with its expiry; arming again replaces the code. A device then
    /// calls `POST /api/auth/pair` with the code (or scans `GET /api/connect/qr`). The
    /// code is single-use and dies with the window. Remote calls, and local calls from a
    /// foreign web page (`Origin`), answer `403`.
    #[oai(path = "/api/auth/arm", method = "post", operation_id = "armPairing", tag = "ApiTags::Auth")]
    async fn arm_pairing(
        &self,
        access: crate::api::access::LocalOnly<true>,
        body: crate::api::payload::OptionalJson<ArmRequest>,
    ) -> poem::Result<ArmPairingResponse> {
        let request = ArmPairingRequest { body: body.0 };
        Ok(self.0.arm_pairing(access.into_caller(), request).await?)
    }

    /// End the pairing window
    ///
    /// Local-only. Closes the pairing window: the current code stops working at once.
    /// Answers `204` also when pairing was not armed. Devices already paired are not
    /// affected.
    #[oai(path = "/api/auth/disarm", method = "post", operation_id = "disarmPairing", tag = "ApiTags::Auth")]
    async fn disarm_pairing(
        &self,
        access: crate::api::access::LocalOnly<true>,
    ) -> poem::Result<DisarmPairingResponse> {
        let request = DisarmPairingRequest {  };
        Ok(self.0.disarm_pairing(access.into_caller(), request).await?)
    }

    /// List paired devices
    ///
    /// Local-only. Lists the devices that paired, with when they paired and were last
    /// seen, and whether they are revoked. Sort with `sort` (default `pairedAt`) and
    /// `order`; page with `limit` and `cursor`. Revoke one with
    /// `DELETE /api/auth/devices/{deviceId}`.
    #[oai(path = "/api/auth/devices", method = "get", operation_id = "listDevices", tag = "ApiTags::Auth")]
    async fn list_devices(
        &self,
        access: crate::api::access::LocalOnly<true>,
        #[oai(name = "limit", default = "defaults::default_i32_50", validator(minimum(value = "1"), maximum(value = "500")))] param_limit: Query<i32>,
        #[oai(name = "cursor", validator(max_length = 512))] param_cursor: Query<Option<String>>,
        #[oai(name = "sort")] param_sort: Query<Option<DeviceSort>>,
        #[oai(name = "order")] param_order: Query<Option<SortOrder>>,
        #[oai(name = "includeRevoked", default = "defaults::default_bool_false")] param_include_revoked: Query<bool>,
    ) -> poem::Result<ListDevicesResponse> {
        let request = ListDevicesRequest { limit: param_limit.0, cursor: param_cursor.0, sort: param_sort.0, order: param_order.0, include_revoked: param_include_revoked.0 };
        Ok(self.0.list_devices(access.into_caller(), request).await?)
    }

    /// Revoke a paired device
    ///
    /// Local-only. Revokes the device and all of its tokens: its next call answers
    /// `401 device_revoked`, even with an access token that has not expired, and its media
    /// tokens stop working. The device must pair again to come back. An unknown device
    /// answers `404 not_found`.
    #[oai(path = "/api/auth/devices/:deviceId", method = "delete", operation_id = "revokeDevice", tag = "ApiTags::Auth")]
    async fn revoke_device(
        &self,
        access: crate::api::access::LocalOnly<true>,
        #[oai(name = "deviceId")] param_device_id: Path<String>,
    ) -> poem::Result<RevokeDeviceResponse> {
        let request = RevokeDeviceRequest { device_id: param_device_id.0 };
        Ok(self.0.revoke_device(access.into_caller(), request).await?)
    }

    /// Exchange a pairing code for access and refresh tokens
    ///
    /// Public. Exchanges the pairing code shown by the hub (`POST /api/auth/arm`, the QR
    /// code, or `music-hub pair`) for an access token (minutes) and a refresh token
    /// (weeks) bound to `deviceId`. Send the access token as `Authorization: Bearer`;
    /// renew it with `POST /api/auth/refresh` before `accessExpiresAt`. The code is
    /// single-use. A wrong, used or expired code, or no armed pairing, answers
    /// `401 invalid_pairing_code`; after too many wrong codes the window closes and calls
    /// answer `429 too_many_attempts` with `Retry-After`. Pairing again with a known
    /// `deviceId` replaces that device's tokens.
    #[oai(path = "/api/auth/pair", method = "post", operation_id = "pairDevice", tag = "ApiTags::Auth")]
    async fn pair_device(
        &self,
        access: crate::api::access::Public<true>,
        body: crate::api::payload::JsonBody<PairRequest>,
    ) -> poem::Result<PairDeviceResponse> {
        let request = PairDeviceRequest { body: body.0 };
        Ok(self.0.pair_device(access.into_caller(), request).await?)
    }

    /// Rotate a refresh token for a new token pair
    ///
    /// Public. Exchanges the device's refresh token for a new access and refresh token and
    /// retires the old refresh token: store the new pair and never reuse the old one.
    /// Presenting a retired refresh token again is treated as theft: the device's whole
    /// token family is revoked and the call answers `401 refresh_token_reused` (pair
    /// again). Other refusals are `401 token_expired` (pair again), `401 invalid_token`
    /// (forged, malformed, or for another `deviceId`) and `401 device_revoked`.
    #[oai(path = "/api/auth/refresh", method = "post", operation_id = "refreshTokens", tag = "ApiTags::Auth")]
    async fn refresh_tokens(
        &self,
        access: crate::api::access::Public<true>,
        body: crate::api::payload::JsonBody<RefreshRequest>,
    ) -> poem::Result<RefreshTokensResponse> {
        let request = RefreshTokensRequest { body: body.0 };
        Ok(self.0.refresh_tokens(access.into_caller(), request).await?)
    }

    /// Revoke the calling device
    ///
    /// Revokes the device whose access token authenticates the call, with all of its
    /// tokens; it must pair again to come back. A call not made with a device's access
    /// token (a loopback call without a token, or the static `MUSIC_HUB_API_TOKEN`) has no
    /// device to log out and answers `403 not_a_device`.
    #[oai(path = "/api/auth/logout", method = "post", operation_id = "logout", tag = "ApiTags::Auth")]
    async fn logout(
        &self,
        access: crate::api::access::Authenticated<true>,
    ) -> poem::Result<LogoutResponse> {
        let request = LogoutRequest {  };
        Ok(self.0.logout(access.into_caller(), request).await?)
    }

    /// Render the QR code a phone scans to pair over the LAN
    ///
    /// Local-only. Renders a QR code holding the hub's LAN URL (its non-loopback addresses
    /// and port), its hub id and the current pairing code, as SVG (default) or PNG
    /// (`format=png`). Pairing must be armed first (`POST /api/auth/arm`); otherwise it
    /// answers `409 pairing_not_armed`.
    #[oai(path = "/api/connect/qr", method = "get", operation_id = "getConnectQr", tag = "ApiTags::Auth")]
    async fn get_connect_qr(
        &self,
        access: crate::api::access::LocalOnly<true>,
        #[oai(name = "format")] param_format: Query<Option<QrFormat>>,
    ) -> poem::Result<GetConnectQrResponse> {
        let request = GetConnectQrRequest { format: param_format.0 };
        Ok(self.0.get_connect_qr(access.into_caller(), request).await?)
    }

    /// Render the QR code for the hub's public tunnel URL
    ///
    /// Local-only. Renders the same QR code as `GET /api/connect/qr` but for the
    /// configured public tunnel URL (`--tunnel-url` / `MUSIC_HUB_TUNNEL_URL`), with the
    /// pairing code when pairing is armed, as SVG (default) or PNG (`format=png`). When no
    /// tunnel is configured it answers `404 tunnel_not_configured`.
    #[oai(path = "/api/tunnel/qr", method = "get", operation_id = "getTunnelQr", tag = "ApiTags::Auth")]
    async fn get_tunnel_qr(
        &self,
        access: crate::api::access::LocalOnly<true>,
        #[oai(name = "format")] param_format: Query<Option<QrFormat>>,
    ) -> poem::Result<GetTunnelQrResponse> {
        let request = GetTunnelQrRequest { format: param_format.0 };
        Ok(self.0.get_tunnel_qr(access.into_caller(), request).await?)
    }
}

/// The `library` operations. Implement this in `src/handlers/`.
///
/// The catalogue read API and its change feed.
pub trait LibraryApi: Send + Sync + 'static {
    /// `listTracks`: List tracks with filters, sorting and pagination
    fn list_tracks(&self, caller: crate::api::access::Caller, request: ListTracksRequest) -> impl Future<Output = Result<ListTracksResponse, crate::api::error::HandlerError>> + Send;

    /// `getTrack`: Get one track
    fn get_track(&self, caller: crate::api::access::Caller, request: GetTrackRequest) -> impl Future<Output = Result<GetTrackResponse, crate::api::error::HandlerError>> + Send;

    /// `listAlbums`: List albums with filters, sorting and pagination
    fn list_albums(&self, caller: crate::api::access::Caller, request: ListAlbumsRequest) -> impl Future<Output = Result<ListAlbumsResponse, crate::api::error::HandlerError>> + Send;

    /// `getAlbum`: Get one album with its tracks
    fn get_album(&self, caller: crate::api::access::Caller, request: GetAlbumRequest) -> impl Future<Output = Result<GetAlbumResponse, crate::api::error::HandlerError>> + Send;

    /// `listArtists`: List artists with filters, sorting and pagination
    fn list_artists(&self, caller: crate::api::access::Caller, request: ListArtistsRequest) -> impl Future<Output = Result<ListArtistsResponse, crate::api::error::HandlerError>> + Send;

    /// `getArtist`: Get one artist with albums, appearances and top tracks
    fn get_artist(&self, caller: crate::api::access::Caller, request: GetArtistRequest) -> impl Future<Output = Result<GetArtistResponse, crate::api::error::HandlerError>> + Send;

    /// `getLibraryStats`: Count what the catalogue holds
    fn get_library_stats(&self, caller: crate::api::access::Caller, request: GetLibraryStatsRequest) -> impl Future<Output = Result<GetLibraryStatsResponse, crate::api::error::HandlerError>> + Send;

    /// `getLibraryFilters`: List the facets to filter the catalogue by, with counts
    fn get_library_filters(&self, caller: crate::api::access::Caller, request: GetLibraryFiltersRequest) -> impl Future<Output = Result<GetLibraryFiltersResponse, crate::api::error::HandlerError>> + Send;

    /// `streamLibraryEvents`: Follow every change to the library (Server-Sent Events)
    fn stream_library_events(&self, caller: crate::api::access::Caller, request: StreamLibraryEventsRequest) -> impl Future<Output = Result<StreamLibraryEventsResponse, crate::api::error::HandlerError>> + Send;

    /// `browseLibrary`: Browse the library's folders, or the home sections
    fn browse_library(&self, caller: crate::api::access::Caller, request: BrowseLibraryRequest) -> impl Future<Output = Result<BrowseLibraryResponse, crate::api::error::HandlerError>> + Send;
}

/// The `library` routes: they check access, parse inputs and call a `LibraryApi`.
pub struct LibraryRoutes<T>(pub Arc<T>);

#[OpenApi]
impl<T: LibraryApi> LibraryRoutes<T> {
    /// List tracks with filters, sorting and pagination
    ///
    /// Lists the catalogue's tracks. Filter by genre, year range, artist, album, format or
    /// saved state; sort by `sort` and `order`; page with `limit` and `cursor`.
    #[oai(path = "/api/tracks", method = "get", operation_id = "listTracks", tag = "ApiTags::Library")]
    async fn list_tracks(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "limit", default = "defaults::default_i32_50", validator(minimum(value = "1"), maximum(value = "500")))] param_limit: Query<i32>,
        #[oai(name = "cursor", validator(max_length = 512))] param_cursor: Query<Option<String>>,
        #[oai(name = "sort")] param_sort: Query<Option<TrackSort>>,
        #[oai(name = "order")] param_order: Query<Option<SortOrder>>,
        #[oai(name = "genre", validator(max_length = 256))] param_genre: Query<Option<String>>,
        #[oai(name = "yearFrom", validator(minimum(value = "0"), maximum(value = "9999")))] param_year_from: Query<Option<i32>>,
        #[oai(name = "yearTo", validator(minimum(value = "0"), maximum(value = "9999")))] param_year_to: Query<Option<i32>>,
        #[oai(name = "artistId", validator(max_length = 128))] param_artist_id: Query<Option<String>>,
        #[oai(name = "albumId", validator(max_length = 128))] param_album_id: Query<Option<String>>,
        #[oai(name = "format", validator(max_length = 32))] param_format: Query<Option<String>>,
        #[oai(name = "saved")] param_saved: Query<Option<bool>>,
    ) -> poem::Result<ListTracksResponse> {
        let request = ListTracksRequest { limit: param_limit.0, cursor: param_cursor.0, sort: param_sort.0, order: param_order.0, genre: param_genre.0, year_from: param_year_from.0, year_to: param_year_to.0, artist_id: param_artist_id.0, album_id: param_album_id.0, format: param_format.0, saved: param_saved.0 };
        Ok(self.0.list_tracks(access.into_caller(), request).await?)
    }

    /// Get one track
    ///
    /// Returns the track with this id: its artists, album, tags, audio properties, play
    /// count and saved state. Track ids are stable across rescans and database rebuilds,
    /// so an id kept in a playlist or a share stays valid. Stream it with
    /// `GET /api/media/stream/{trackId}` and show its artwork, when `artworkId` is set,
    /// with `GET /api/media/artwork/{id}`. An unknown id answers `404 not_found`.
    #[oai(path = "/api/track/:id", method = "get", operation_id = "getTrack", tag = "ApiTags::Library")]
    async fn get_track(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<GetTrackResponse> {
        let request = GetTrackRequest { id: param_id.0 };
        Ok(self.0.get_track(access.into_caller(), request).await?)
    }

    /// List albums with filters, sorting and pagination
    ///
    /// Lists the catalogue's albums, grouped the way a listener expects: by album artist,
    /// with compilations under "Various Artists" and multi-disc albums as one album. Filter
    /// by artist, genre, year range, compilation or saved state; sort with `sort` and
    /// `order`; page with `limit` and `cursor` until `nextCursor` is absent. Get an album's
    /// tracks with `GET /api/album/{id}`.
    #[oai(path = "/api/albums", method = "get", operation_id = "listAlbums", tag = "ApiTags::Library")]
    async fn list_albums(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "limit", default = "defaults::default_i32_50", validator(minimum(value = "1"), maximum(value = "500")))] param_limit: Query<i32>,
        #[oai(name = "cursor", validator(max_length = 512))] param_cursor: Query<Option<String>>,
        #[oai(name = "sort")] param_sort: Query<Option<AlbumSort>>,
        #[oai(name = "order")] param_order: Query<Option<SortOrder>>,
        #[oai(name = "artistId", validator(max_length = 128))] param_artist_id: Query<Option<String>>,
        #[oai(name = "genre", validator(max_length = 256))] param_genre: Query<Option<String>>,
        #[oai(name = "yearFrom", validator(minimum(value = "0"), maximum(value = "9999")))] param_year_from: Query<Option<i32>>,
        #[oai(name = "yearTo", validator(minimum(value = "0"), maximum(value = "9999")))] param_year_to: Query<Option<i32>>,
        #[oai(name = "compilation")] param_compilation: Query<Option<bool>>,
        #[oai(name = "saved")] param_saved: Query<Option<bool>>,
    ) -> poem::Result<ListAlbumsResponse> {
        let request = ListAlbumsRequest { limit: param_limit.0, cursor: param_cursor.0, sort: param_sort.0, order: param_order.0, artist_id: param_artist_id.0, genre: param_genre.0, year_from: param_year_from.0, year_to: param_year_to.0, compilation: param_compilation.0, saved: param_saved.0 };
        Ok(self.0.list_albums(access.into_caller(), request).await?)
    }

    /// Get one album with its tracks
    ///
    /// Returns the album and all of its tracks in disc and track order (`discNumber`, then
    /// `trackNumber`; tracks without numbers last, by title). An unknown id answers
    /// `404 not_found`.
    #[oai(path = "/api/album/:id", method = "get", operation_id = "getAlbum", tag = "ApiTags::Library")]
    async fn get_album(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<GetAlbumResponse> {
        let request = GetAlbumRequest { id: param_id.0 };
        Ok(self.0.get_album(access.into_caller(), request).await?)
    }

    /// List artists with filters, sorting and pagination
    ///
    /// Lists the catalogue's artists (album artists and track artists; a multi-valued
    /// artist tag gives one artist per value). Filter by genre, saved state, or only
    /// artists with albums of their own; sort with `sort` and `order`; page with `limit`
    /// and `cursor`. Get an artist's albums and top tracks with `GET /api/artist/{id}`.
    #[oai(path = "/api/artists", method = "get", operation_id = "listArtists", tag = "ApiTags::Library")]
    async fn list_artists(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "limit", default = "defaults::default_i32_50", validator(minimum(value = "1"), maximum(value = "500")))] param_limit: Query<i32>,
        #[oai(name = "cursor", validator(max_length = 512))] param_cursor: Query<Option<String>>,
        #[oai(name = "sort")] param_sort: Query<Option<ArtistSort>>,
        #[oai(name = "order")] param_order: Query<Option<SortOrder>>,
        #[oai(name = "genre", validator(max_length = 256))] param_genre: Query<Option<String>>,
        #[oai(name = "saved")] param_saved: Query<Option<bool>>,
        #[oai(name = "albumArtistsOnly", default = "defaults::default_bool_false")] param_album_artists_only: Query<bool>,
    ) -> poem::Result<ListArtistsResponse> {
        let request = ListArtistsRequest { limit: param_limit.0, cursor: param_cursor.0, sort: param_sort.0, order: param_order.0, genre: param_genre.0, saved: param_saved.0, album_artists_only: param_album_artists_only.0 };
        Ok(self.0.list_artists(access.into_caller(), request).await?)
    }

    /// Get one artist with albums, appearances and top tracks
    ///
    /// Returns the artist, their own albums (where they are the album artist, newest
    /// first), their appearances (albums of others, compilations included, on which they
    /// play at least one track) and their top tracks (by play count, at most 20). An
    /// unknown id answers `404 not_found`.
    #[oai(path = "/api/artist/:id", method = "get", operation_id = "getArtist", tag = "ApiTags::Library")]
    async fn get_artist(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<GetArtistResponse> {
        let request = GetArtistRequest { id: param_id.0 };
        Ok(self.0.get_artist(access.into_caller(), request).await?)
    }

    /// Count what the catalogue holds
    ///
    /// Returns the number of tracks, albums, artists and playlists, the total duration and
    /// size of the audio files, the tracks per format, and the state of the last (or
    /// current) scan. Cheap enough to poll, but prefer `GET /api/library/events` to learn
    /// about changes.
    #[oai(path = "/api/library/stats", method = "get", operation_id = "getLibraryStats", tag = "ApiTags::Library")]
    async fn get_library_stats(
        &self,
        access: crate::api::access::Authenticated<true>,
    ) -> poem::Result<GetLibraryStatsResponse> {
        let request = GetLibraryStatsRequest {  };
        Ok(self.0.get_library_stats(access.into_caller(), request).await?)
    }

    /// List the facets to filter the catalogue by, with counts
    ///
    /// Returns the values the catalogue can be filtered by, each with its number of
    /// tracks: genres, years, decades, formats and artists (most tracks first). Pass a
    /// value back as the matching filter of `GET /api/tracks` (`genre`, `yearFrom`/`yearTo`,
    /// `format`, `artistId`).
    #[oai(path = "/api/library/filters", method = "get", operation_id = "getLibraryFilters", tag = "ApiTags::Library")]
    async fn get_library_filters(
        &self,
        access: crate::api::access::Authenticated<true>,
    ) -> poem::Result<GetLibraryFiltersResponse> {
        let request = GetLibraryFiltersRequest {  };
        Ok(self.0.get_library_filters(access.into_caller(), request).await?)
    }

    /// Follow every change to the library (Server-Sent Events)
    ///
    /// A Server-Sent Events stream of every change as it happens: tracks, albums and
    /// artists added, updated or removed; playlists, saved items, the playback session,
    /// metadata, shares, database health, scans started and completed. Each message has
    /// `id:` (the event's increasing `id`), `event:` (its `type`) and `data:` (the
    /// `LibraryEvent` as JSON). After a disconnect, reconnect with `Last-Event-ID` set to
    /// the last id received: the events missed are replayed from a bounded buffer; when
    /// the gap is older than the buffer, the first event is `resync`, which means "refetch
    /// what you show". Lines starting with `:` are keep-alive comments; ignore them.
    #[oai(path = "/api/library/events", method = "get", operation_id = "streamLibraryEvents", tag = "ApiTags::Library")]
    async fn stream_library_events(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "Last-Event-ID", validator(max_length = 20, pattern = "^[0-9]+$"))] param_last_event_id: Header<Option<String>>,
    ) -> poem::Result<StreamLibraryEventsResponse> {
        let request = StreamLibraryEventsRequest { last_event_id: param_last_event_id.0 };
        Ok(self.0.stream_library_events(access.into_caller(), request).await?)
    }

    /// Browse the library's folders, or the home sections
    ///
    /// Without `path`: the library roots and the home sections (recently added albums,
    /// recently played and most played tracks). With `path`: the sub-folders and the
    /// tracks of that folder. A path is relative: its first segment is a root's `id` (as
    /// listed in `roots`), the rest is the folder inside that root, separated by `/`, e.g.
    /// `music/Radiohead/OK Computer`. A path that leaves the roots (`..`, an absolute path)
    /// or names no root answers `400 invalid_path`; a folder that does not exist
    /// `404 not_found`. Absolute file paths are only shown to local calls.
    #[oai(path = "/api/browse", method = "get", operation_id = "browseLibrary", tag = "ApiTags::Library")]
    async fn browse_library(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "path", validator(max_length = 4096))] param_path: Query<Option<String>>,
    ) -> poem::Result<BrowseLibraryResponse> {
        let request = BrowseLibraryRequest { path: param_path.0 };
        Ok(self.0.browse_library(access.into_caller(), request).await?)
    }
}

/// The `scan` operations. Implement this in `src/handlers/`.
///
/// Scanning the music folders into the catalogue.
pub trait ScanApi: Send + Sync + 'static {
    /// `startScan`: Start a scan of the music folders
    fn start_scan(&self, caller: crate::api::access::Caller, request: StartScanRequest) -> impl Future<Output = Result<StartScanResponse, crate::api::error::HandlerError>> + Send;

    /// `getScanStatus`: Report the current or last scan
    fn get_scan_status(&self, caller: crate::api::access::Caller, request: GetScanStatusRequest) -> impl Future<Output = Result<GetScanStatusResponse, crate::api::error::HandlerError>> + Send;

    /// `cancelScan`: Cancel the running scan
    fn cancel_scan(&self, caller: crate::api::access::Caller, request: CancelScanRequest) -> impl Future<Output = Result<CancelScanResponse, crate::api::error::HandlerError>> + Send;

    /// `streamScanProgress`: Follow scan progress (Server-Sent Events)
    fn stream_scan_progress(&self, caller: crate::api::access::Caller, request: StreamScanProgressRequest) -> impl Future<Output = Result<StreamScanProgressResponse, crate::api::error::HandlerError>> + Send;
}

/// The `scan` routes: they check access, parse inputs and call a `ScanApi`.
pub struct ScanRoutes<T>(pub Arc<T>);

#[OpenApi]
impl<T: ScanApi> ScanRoutes<T> {
    /// Start a scan of the music folders
    ///
    /// Starts scanning the library roots in the background and answers at once with the
    /// new scan's status. An incremental scan (the default) skips files whose size and
    /// modification time did not change and picks up added, changed, moved and deleted
    /// files; `{"full": true}` re-reads every file. Files that cannot be read are counted
    /// as errors and never stop the scan. Follow it with `GET /api/scan/progress`. While a
    /// scan runs, another start answers `409 scan_in_progress`.
    #[oai(path = "/api/scan", method = "post", operation_id = "startScan", tag = "ApiTags::Scan")]
    async fn start_scan(
        &self,
        access: crate::api::access::Authenticated<true>,
        body: crate::api::payload::OptionalJson<ScanRequest>,
    ) -> poem::Result<StartScanResponse> {
        let request = StartScanRequest { body: body.0 };
        Ok(self.0.start_scan(access.into_caller(), request).await?)
    }

    /// Report the current or last scan
    ///
    /// Returns the running scan, or the last one when none runs (`state` is `idle` when the
    /// hub has never scanned). While running, `filesTotal` is the honest total counted
    /// before reading (absent during the `counting` phase), with `percent`, `rate` and
    /// `etaSeconds`. `errors` lists the first files that could not be read.
    #[oai(path = "/api/scan/status", method = "get", operation_id = "getScanStatus", tag = "ApiTags::Scan")]
    async fn get_scan_status(
        &self,
        access: crate::api::access::Authenticated<true>,
    ) -> poem::Result<GetScanStatusResponse> {
        let request = GetScanStatusRequest {  };
        Ok(self.0.get_scan_status(access.into_caller(), request).await?)
    }

    /// Cancel the running scan
    ///
    /// Asks the running scan to stop. What it already committed stays in the catalogue;
    /// the scan ends with state `cancelled` (its final progress event has phase
    /// `cancelled`). Answers the scan's status, in state `cancelling` or already
    /// `cancelled`. When no scan runs it answers `409 scan_not_running`.
    #[oai(path = "/api/scan/cancel", method = "post", operation_id = "cancelScan", tag = "ApiTags::Scan")]
    async fn cancel_scan(
        &self,
        access: crate::api::access::Authenticated<true>,
    ) -> poem::Result<CancelScanResponse> {
        let request = CancelScanRequest {  };
        Ok(self.0.cancel_scan(access.into_caller(), request).await?)
    }

    /// Follow scan progress (Server-Sent Events)
    ///
    /// A Server-Sent Events stream of scan progress. On connect it sends the current state
    /// (phase `idle` when no scan runs), then events as the scan goes, at most a few per
    /// second: phase, files seen and processed out of the total, added/updated/removed,
    /// errors, rate, ETA and the file being read (relative to its root). Each message has
    /// `event: progress`, and the last one of a scan `event: completed` with phase
    /// `completed`, `cancelled` or `failed`; the stream then stays open for the next scan.
    /// Lines starting with `:` are keep-alive comments; ignore them.
    #[oai(path = "/api/scan/progress", method = "get", operation_id = "streamScanProgress", tag = "ApiTags::Scan")]
    async fn stream_scan_progress(
        &self,
        access: crate::api::access::Authenticated<true>,
    ) -> poem::Result<StreamScanProgressResponse> {
        let request = StreamScanProgressRequest {  };
        Ok(self.0.stream_scan_progress(access.into_caller(), request).await?)
    }
}

/// The `search` operations. Implement this in `src/handlers/`.
///
/// Full-text search over the catalogue and the search history.
pub trait SearchApi: Send + Sync + 'static {
    /// `searchLibrary`: Search tracks, albums, artists and playlists
    fn search_library(&self, caller: crate::api::access::Caller, request: SearchLibraryRequest) -> impl Future<Output = Result<SearchLibraryResponse, crate::api::error::HandlerError>> + Send;

    /// `listSearchHistory`: List the caller's recent searches
    fn list_search_history(&self, caller: crate::api::access::Caller, request: ListSearchHistoryRequest) -> impl Future<Output = Result<ListSearchHistoryResponse, crate::api::error::HandlerError>> + Send;

    /// `clearSearchHistory`: Clear the caller's search history
    fn clear_search_history(&self, caller: crate::api::access::Caller, request: ClearSearchHistoryRequest) -> impl Future<Output = Result<ClearSearchHistoryResponse, crate::api::error::HandlerError>> + Send;
}

/// The `search` routes: they check access, parse inputs and call a `SearchApi`.
pub struct SearchRoutes<T>(pub Arc<T>);

#[OpenApi]
impl<T: SearchApi> SearchRoutes<T> {
    /// Search tracks, albums, artists and playlists
    ///
    /// Full-text search as the user types: prefix matching, case- and
    /// diacritics-insensitive ("beyonce" finds "Beyoncé"), ranked with exact title matches
    /// first. A single word of up to three letters matches the start of names (when fewer
    /// than three names start with it, words anywhere). When the exact search finds little, near misses are added ("metalica" finds
    /// "Metallica"), ranked below exact hits, and `approximate` is true. `q` is always
    /// plain text: quotes, operators and `*` are searched for, never interpreted. Results
    /// are grouped by type, at most `limit` per type. The query is recorded in the
    /// caller's search history unless `record` is false (pass false while the user is
    /// still typing).
    #[oai(path = "/api/search", method = "get", operation_id = "searchLibrary", tag = "ApiTags::Search")]
    async fn search_library(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "q", validator(min_length = 1, max_length = 256))] param_q: Query<String>,
        #[oai(name = "types", validator(max_items = 4))] param_types: Query<Option<Vec<SearchType>>>,
        #[oai(name = "limit", default = "defaults::default_i32_10", validator(minimum(value = "1"), maximum(value = "100")))] param_limit: Query<i32>,
        #[oai(name = "record", default = "defaults::default_bool_true")] param_record: Query<bool>,
    ) -> poem::Result<SearchLibraryResponse> {
        let request = SearchLibraryRequest { q: param_q.0, types: param_types.0, limit: param_limit.0, record: param_record.0 };
        Ok(self.0.search_library(access.into_caller(), request).await?)
    }

    /// List the caller's recent searches
    ///
    /// Lists the queries recorded by `GET /api/search` for the caller (a paired device, or
    /// the local user), deduplicated and newest first (`order=asc` for oldest first). The
    /// history is bounded: the oldest entries are dropped.
    #[oai(path = "/api/search/history", method = "get", operation_id = "listSearchHistory", tag = "ApiTags::Search")]
    async fn list_search_history(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "limit", default = "defaults::default_i32_50", validator(minimum(value = "1"), maximum(value = "500")))] param_limit: Query<i32>,
        #[oai(name = "cursor", validator(max_length = 512))] param_cursor: Query<Option<String>>,
        #[oai(name = "order")] param_order: Query<Option<SortOrder>>,
    ) -> poem::Result<ListSearchHistoryResponse> {
        let request = ListSearchHistoryRequest { limit: param_limit.0, cursor: param_cursor.0, order: param_order.0 };
        Ok(self.0.list_search_history(access.into_caller(), request).await?)
    }

    /// Clear the caller's search history
    ///
    /// Deletes every recorded search of the caller. Answers `204` even when the history
    /// was already empty.
    #[oai(path = "/api/search/history", method = "delete", operation_id = "clearSearchHistory", tag = "ApiTags::Search")]
    async fn clear_search_history(
        &self,
        access: crate::api::access::Authenticated<true>,
    ) -> poem::Result<ClearSearchHistoryResponse> {
        let request = ClearSearchHistoryRequest {  };
        Ok(self.0.clear_search_history(access.into_caller(), request).await?)
    }
}

/// The `playlists` operations. Implement this in `src/handlers/`.
///
/// Playlists and their entries.
pub trait PlaylistsApi: Send + Sync + 'static {
    /// `listPlaylists`: List playlists
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn list_playlists(&self, caller: crate::api::access::Caller, request: ListPlaylistsRequest) -> impl Future<Output = Result<ListPlaylistsResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("listPlaylists")) }
    }

    /// `createPlaylist`: Create a playlist
    fn create_playlist(&self, caller: crate::api::access::Caller, request: CreatePlaylistRequest) -> impl Future<Output = Result<CreatePlaylistResponse, crate::api::error::HandlerError>> + Send;

    /// `getPlaylist`: Get one playlist with its entries
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn get_playlist(&self, caller: crate::api::access::Caller, request: GetPlaylistRequest) -> impl Future<Output = Result<GetPlaylistResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("getPlaylist")) }
    }

    /// `updatePlaylist`: Rename a playlist or change its description
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn update_playlist(&self, caller: crate::api::access::Caller, request: UpdatePlaylistRequest) -> impl Future<Output = Result<UpdatePlaylistResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("updatePlaylist")) }
    }

    /// `deletePlaylist`: Delete a playlist
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn delete_playlist(&self, caller: crate::api::access::Caller, request: DeletePlaylistRequest) -> impl Future<Output = Result<DeletePlaylistResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("deletePlaylist")) }
    }

    /// `addPlaylistTracks`: Add tracks to a playlist
    fn add_playlist_tracks(&self, caller: crate::api::access::Caller, request: AddPlaylistTracksRequest) -> impl Future<Output = Result<AddPlaylistTracksResponse, crate::api::error::HandlerError>> + Send;

    /// `removePlaylistTrack`: Remove one entry from a playlist
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn remove_playlist_track(&self, caller: crate::api::access::Caller, request: RemovePlaylistTrackRequest) -> impl Future<Output = Result<RemovePlaylistTrackResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("removePlaylistTrack")) }
    }

    /// `reorderPlaylist`: Reorder a playlist's entries
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn reorder_playlist(&self, caller: crate::api::access::Caller, request: ReorderPlaylistRequest) -> impl Future<Output = Result<ReorderPlaylistResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("reorderPlaylist")) }
    }
}

/// The `playlists` routes: they check access, parse inputs and call a `PlaylistsApi`.
pub struct PlaylistsRoutes<T>(pub Arc<T>);

#[OpenApi]
impl<T: PlaylistsApi> PlaylistsRoutes<T> {
    /// List playlists
    ///
    /// Lists the playlists (without their entries; get those with
    /// `GET /api/playlists/{id}`). Sort with `sort` and `order`; page with `limit` and
    /// `cursor`; filter by name with `q` or by saved state.
    #[oai(path = "/api/playlists", method = "get", operation_id = "listPlaylists", tag = "ApiTags::Playlists")]
    async fn list_playlists(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "limit", default = "defaults::default_i32_50", validator(minimum(value = "1"), maximum(value = "500")))] param_limit: Query<i32>,
        #[oai(name = "cursor", validator(max_length = 512))] param_cursor: Query<Option<String>>,
        #[oai(name = "sort")] param_sort: Query<Option<PlaylistSort>>,
        #[oai(name = "order")] param_order: Query<Option<SortOrder>>,
        #[oai(name = "q", validator(max_length = 256))] param_q: Query<Option<String>>,
        #[oai(name = "saved")] param_saved: Query<Option<bool>>,
    ) -> poem::Result<ListPlaylistsResponse> {
        let request = ListPlaylistsRequest { limit: param_limit.0, cursor: param_cursor.0, sort: param_sort.0, order: param_order.0, q: param_q.0, saved: param_saved.0 };
        Ok(self.0.list_playlists(access.into_caller(), request).await?)
    }

    /// Create a playlist
    ///
    /// Creates a playlist with a name, an optional description and optional first tracks
    /// (in the order given; a track may appear more than once). Answers the new playlist
    /// with its entries. A track id that does not exist answers `404 not_found` with
    /// `details.trackId`, and nothing is created. A name of only spaces answers
    /// `400 invalid_body`; spaces around the name are dropped, and an empty description
    /// is no description. `GET /api/library/events` sends `playlistCreated`.
    #[oai(path = "/api/playlists", method = "post", operation_id = "createPlaylist", tag = "ApiTags::Playlists")]
    async fn create_playlist(
        &self,
        access: crate::api::access::Authenticated<true>,
        body: crate::api::payload::JsonBody<PlaylistCreate>,
    ) -> poem::Result<CreatePlaylistResponse> {
        let request = CreatePlaylistRequest { body: body.0 };
        Ok(self.0.create_playlist(access.into_caller(), request).await?)
    }

    /// Get one playlist with its entries
    ///
    /// Returns the playlist and all of its entries in order. Each entry has its own
    /// `entryId` (a track may be in a playlist more than once); use it to remove or
    /// reorder entries. An entry whose track left the library keeps its place with
    /// `available: false` and no `track`. An unknown id answers `404 not_found`.
    #[oai(path = "/api/playlists/:id", method = "get", operation_id = "getPlaylist", tag = "ApiTags::Playlists")]
    async fn get_playlist(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<GetPlaylistResponse> {
        let request = GetPlaylistRequest { id: param_id.0 };
        Ok(self.0.get_playlist(access.into_caller(), request).await?)
    }

    /// Rename a playlist or change its description
    ///
    /// Changes the fields present in the body and leaves the others as they are (an empty
    /// `description` clears it). Answers the playlist. An unknown id answers
    /// `404 not_found`. Change the entries with the `/tracks` and `/order` routes.
    #[oai(path = "/api/playlists/:id", method = "patch", operation_id = "updatePlaylist", tag = "ApiTags::Playlists")]
    async fn update_playlist(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
        body: crate::api::payload::JsonBody<PlaylistUpdate>,
    ) -> poem::Result<UpdatePlaylistResponse> {
        let request = UpdatePlaylistRequest { id: param_id.0, body: body.0 };
        Ok(self.0.update_playlist(access.into_caller(), request).await?)
    }

    /// Delete a playlist
    ///
    /// Deletes the playlist and its entries (never the tracks). Shares of the playlist stop
    /// working. An unknown id answers `404 not_found`.
    #[oai(path = "/api/playlists/:id", method = "delete", operation_id = "deletePlaylist", tag = "ApiTags::Playlists")]
    async fn delete_playlist(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<DeletePlaylistResponse> {
        let request = DeletePlaylistRequest { id: param_id.0 };
        Ok(self.0.delete_playlist(access.into_caller(), request).await?)
    }

    /// Add tracks to a playlist
    ///
    /// Inserts the tracks, in the order given, at `position` (0 is the top; absent or past
    /// the end appends). Each gets a new `entryId`. Answers the playlist with its entries.
    /// An unknown playlist, or a track id that does not exist (named in
    /// `details.trackId`), answers `404 not_found` and nothing is added.
    /// `GET /api/library/events` sends `playlistUpdated`.
    #[oai(path = "/api/playlists/:id/tracks", method = "post", operation_id = "addPlaylistTracks", tag = "ApiTags::Playlists")]
    async fn add_playlist_tracks(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
        body: crate::api::payload::JsonBody<PlaylistTracksAdd>,
    ) -> poem::Result<AddPlaylistTracksResponse> {
        let request = AddPlaylistTracksRequest { id: param_id.0, body: body.0 };
        Ok(self.0.add_playlist_tracks(access.into_caller(), request).await?)
    }

    /// Remove one entry from a playlist
    ///
    /// Removes the entry `entryId` (not every occurrence of its track) and closes the gap.
    /// An unknown playlist or entry answers `404 not_found`.
    #[oai(path = "/api/playlists/:id/tracks/:entryId", method = "delete", operation_id = "removePlaylistTrack", tag = "ApiTags::Playlists")]
    async fn remove_playlist_track(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
        #[oai(name = "entryId")] param_entry_id: Path<String>,
    ) -> poem::Result<RemovePlaylistTrackResponse> {
        let request = RemovePlaylistTrackRequest { id: param_id.0, entry_id: param_entry_id.0 };
        Ok(self.0.remove_playlist_track(access.into_caller(), request).await?)
    }

    /// Reorder a playlist's entries
    ///
    /// Sets the order of the entries: `entryIds` must list every current entry of the
    /// playlist exactly once, in the new order. When it does not (an entry was added or
    /// removed meanwhile, or an id is repeated or unknown), the call answers
    /// `409 order_mismatch` and changes nothing: fetch the playlist and try again. Answers
    /// the reordered playlist.
    #[oai(path = "/api/playlists/:id/order", method = "put", operation_id = "reorderPlaylist", tag = "ApiTags::Playlists")]
    async fn reorder_playlist(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
        body: crate::api::payload::JsonBody<PlaylistOrder>,
    ) -> poem::Result<ReorderPlaylistResponse> {
        let request = ReorderPlaylistRequest { id: param_id.0, body: body.0 };
        Ok(self.0.reorder_playlist(access.into_caller(), request).await?)
    }
}

/// The `playback` operations. Implement this in `src/handlers/`.
///
/// The playback session shared between devices, and playback history.
pub trait PlaybackApi: Send + Sync + 'static {
    /// `getPlaybackSession`: Get the shared playback session
    fn get_playback_session(&self, caller: crate::api::access::Caller, request: GetPlaybackSessionRequest) -> impl Future<Output = Result<GetPlaybackSessionResponse, crate::api::error::HandlerError>> + Send;

    /// `updatePlaybackSession`: Update the shared playback session
    fn update_playback_session(&self, caller: crate::api::access::Caller, request: UpdatePlaybackSessionRequest) -> impl Future<Output = Result<UpdatePlaybackSessionResponse, crate::api::error::HandlerError>> + Send;

    /// `listPlaybackHistory`: List recently played tracks
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn list_playback_history(&self, caller: crate::api::access::Caller, request: ListPlaybackHistoryRequest) -> impl Future<Output = Result<ListPlaybackHistoryResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("listPlaybackHistory")) }
    }

    /// `playbackHistoryBack`: Go back to the previously played track
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn playback_history_back(&self, caller: crate::api::access::Caller, request: PlaybackHistoryBackRequest) -> impl Future<Output = Result<PlaybackHistoryBackResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("playbackHistoryBack")) }
    }
}

/// The `playback` routes: they check access, parse inputs and call a `PlaybackApi`.
pub struct PlaybackRoutes<T>(pub Arc<T>);

#[OpenApi]
impl<T: PlaybackApi> PlaybackRoutes<T> {
    /// Get the shared playback session
    ///
    /// Returns the playback session that all devices share: the queue, the current track
    /// and position, state, shuffle, repeat, volume and which device plays it. Its
    /// `revision` grows with every change; `GET /api/library/events` sends
    /// `playbackSessionUpdated` when it changes. Queued tracks that leave the library
    /// leave `queue` (`currentIndex` counts without them; when the current track left,
    /// the next one is current, from its start); that is a change of its own, with a new
    /// `revision`. A hub that never played anything answers an empty, stopped session at
    /// revision 0.
    #[oai(path = "/api/playback/session", method = "get", operation_id = "getPlaybackSession", tag = "ApiTags::Playback")]
    async fn get_playback_session(
        &self,
        access: crate::api::access::Authenticated<true>,
    ) -> poem::Result<GetPlaybackSessionResponse> {
        let request = GetPlaybackSessionRequest {  };
        Ok(self.0.get_playback_session(access.into_caller(), request).await?)
    }

    /// Update the shared playback session
    ///
    /// Sets the fields present in the body and keeps the others, and answers the new
    /// session. The caller becomes the active device, and `revision` grows by one.
    ///
    /// - `queueTrackIds` replaces the queue, given in its natural order. The current track
    ///   stays current (with its position) when it is in the new queue and `currentIndex`
    ///   is absent; otherwise the first track, or `currentIndex`, becomes current.
    /// - `currentIndex` counts in `queueTrackIds` when that is sent (past its end answers
    ///   `400 invalid_body`), otherwise in `queue` (past its end answers
    ///   `409 index_out_of_range` with `details.queueLength`: the queue changed since it
    ///   was read).
    /// - A new current track starts at `positionMs`, or 0. While `playing`, the position
    ///   moves on with time: a change that does not send `positionMs` keeps the position
    ///   reached. Positions past the track's end are taken as its end.
    /// - Turning `shuffle` on shuffles the tracks after the current one (with a new queue:
    ///   the current track first, then the others shuffled); turning it off puts the queue
    ///   back in its natural order. Sending the value it already has changes nothing.
    ///   `queue` is always in play order.
    /// - With an empty queue the session is `stopped`; asking it to play or pause answers
    ///   `409 queue_empty` (`400 invalid_body` when the change itself empties the queue).
    ///
    /// When the current track changes, the previous one, if it played for at least half
    /// its length or four minutes (30 seconds when its length is unknown; time spent
    /// playing, not the position reached), is recorded in playback history with how long
    /// it played and the device that played it, and its `playCount` grows by one;
    /// `GET /api/library/events` sends `playbackHistoryAdded` and `playbackSessionUpdated`.
    /// To avoid overwriting another device's change, send the `revision` you last read as
    /// `baseRevision`: when the session changed since, the call answers
    /// `409 session_conflict` and changes nothing. A track id that does not exist answers
    /// `404 not_found` with `details.trackId`, and nothing changes.
    #[oai(path = "/api/playback/session", method = "put", operation_id = "updatePlaybackSession", tag = "ApiTags::Playback")]
    async fn update_playback_session(
        &self,
        access: crate::api::access::Authenticated<true>,
        body: crate::api::payload::JsonBody<PlaybackSessionUpdate>,
    ) -> poem::Result<UpdatePlaybackSessionResponse> {
        let request = UpdatePlaybackSessionRequest { body: body.0 };
        Ok(self.0.update_playback_session(access.into_caller(), request).await?)
    }

    /// List recently played tracks
    ///
    /// Lists the tracks played, newest first (`order=asc` for oldest first), with when,
    /// for how long and on which device. Page with `limit` and `cursor`.
    #[oai(path = "/api/playback/history", method = "get", operation_id = "listPlaybackHistory", tag = "ApiTags::Playback")]
    async fn list_playback_history(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "limit", default = "defaults::default_i32_50", validator(minimum(value = "1"), maximum(value = "500")))] param_limit: Query<i32>,
        #[oai(name = "cursor", validator(max_length = 512))] param_cursor: Query<Option<String>>,
        #[oai(name = "order")] param_order: Query<Option<SortOrder>>,
    ) -> poem::Result<ListPlaybackHistoryResponse> {
        let request = ListPlaybackHistoryRequest { limit: param_limit.0, cursor: param_cursor.0, order: param_order.0 };
        Ok(self.0.list_playback_history(access.into_caller(), request).await?)
    }

    /// Go back to the previously played track
    ///
    /// Makes the most recent track of playback history the current track of the session
    /// again (position 0, inserted before the current track when it is not in the queue)
    /// and answers the new session: the "previous" button. With nothing in the history it
    /// answers `409 history_empty`.
    #[oai(path = "/api/playback/history/back", method = "post", operation_id = "playbackHistoryBack", tag = "ApiTags::Playback")]
    async fn playback_history_back(
        &self,
        access: crate::api::access::Authenticated<true>,
    ) -> poem::Result<PlaybackHistoryBackResponse> {
        let request = PlaybackHistoryBackRequest {  };
        Ok(self.0.playback_history_back(access.into_caller(), request).await?)
    }
}

/// The `media` operations. Implement this in `src/handlers/`.
///
/// Audio streams and artwork, for players that cannot send headers.
pub trait MediaApi: Send + Sync + 'static {
    /// `createMediaSession`: Get a short-lived media token for audio and image elements
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn create_media_session(&self, caller: crate::api::access::Caller, request: CreateMediaSessionRequest) -> impl Future<Output = Result<CreateMediaSessionResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("createMediaSession")) }
    }

    /// `streamMedia`: Stream a track's audio file (HTTP Range)
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn stream_media(&self, caller: crate::api::access::Caller, request: StreamMediaRequest) -> impl Future<Output = Result<StreamMediaResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("streamMedia")) }
    }

    /// `getArtwork`: Get an artwork image
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn get_artwork(&self, caller: crate::api::access::Caller, request: GetArtworkRequest) -> impl Future<Output = Result<GetArtworkResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("getArtwork")) }
    }
}

/// The `media` routes: they check access, parse inputs and call a `MediaApi`.
pub struct MediaRoutes<T>(pub Arc<T>);

#[OpenApi]
impl<T: MediaApi> MediaRoutes<T> {
    /// Get a short-lived media token for audio and image elements
    ///
    /// Issues a `mediaToken` for `<audio>` and `<img>` elements, which cannot send an
    /// `Authorization` header: append `?mediaToken=<token>` to
    /// `GET /api/media/stream/{trackId}` and `GET /api/media/artwork/{id}`. The token is
    /// only good for those two routes and dies at `expiresAt` (or when the device is
    /// revoked); ask for a new one before then.
    #[oai(path = "/api/media/session", method = "post", operation_id = "createMediaSession", tag = "ApiTags::Media")]
    async fn create_media_session(
        &self,
        access: crate::api::access::Authenticated<true>,
        body: crate::api::payload::OptionalJson<MediaSessionRequest>,
    ) -> poem::Result<CreateMediaSessionResponse> {
        let request = CreateMediaSessionRequest { body: body.0 };
        Ok(self.0.create_media_session(access.into_caller(), request).await?)
    }

    /// Stream a track's audio file (HTTP Range)
    ///
    /// Sends the track's audio file as it is on disk, with its real `Content-Type` (for
    /// example `audio/flac`, `audio/mpeg`, `audio/mp4`). Supports `Range: bytes=...` for
    /// seeking: a satisfiable range answers `206` with `Content-Range`, an unsatisfiable
    /// one `416 range_not_satisfiable`. Authenticate with a bearer token, or with
    /// `?mediaToken=` from `POST /api/media/session` or a share bootstrap (a share's token
    /// only streams the shared tracks; others answer `403 forbidden`). An unknown track,
    /// or one whose file is gone, answers `404 not_found`.
    #[oai(path = "/api/media/stream/:trackId", method = "get", operation_id = "streamMedia", tag = "ApiTags::Media")]
    async fn stream_media(
        &self,
        access: crate::api::access::Media<true>,
        #[oai(name = "trackId")] param_track_id: Path<String>,
        #[oai(name = "Range", validator(max_length = 256))] param_range: Header<Option<String>>,
    ) -> poem::Result<StreamMediaResponse> {
        let request = StreamMediaRequest { track_id: param_track_id.0, range: param_range.0 };
        Ok(self.0.stream_media(access.into_caller(), request).await?)
    }

    /// Get an artwork image
    ///
    /// Sends the image with this id (the `artworkId` of a track, album, artist or
    /// playlist), embedded or from the folder (`cover.jpg`, `folder.jpg`...), with its real
    /// `Content-Type` (usually `image/jpeg` or `image/png`). With `size`, the image is
    /// scaled down to fit a `size`×`size` square (never up); without it, the original is
    /// sent. Authenticate with a bearer token or `?mediaToken=`. An unknown id answers
    /// `404 not_found`. Responses carry `ETag` and may be cached.
    #[oai(path = "/api/media/artwork/:id", method = "get", operation_id = "getArtwork", tag = "ApiTags::Media")]
    async fn get_artwork(
        &self,
        access: crate::api::access::Media<true>,
        #[oai(name = "id")] param_id: Path<String>,
        #[oai(name = "size", validator(minimum(value = "32"), maximum(value = "2048")))] param_size: Query<Option<i32>>,
    ) -> poem::Result<GetArtworkResponse> {
        let request = GetArtworkRequest { id: param_id.0, size: param_size.0 };
        Ok(self.0.get_artwork(access.into_caller(), request).await?)
    }
}

/// The `saved` operations. Implement this in `src/handlers/`.
///
/// Saved (liked) tracks, albums, artists and playlists.
pub trait SavedApi: Send + Sync + 'static {
    /// `listSaved`: List saved (liked) items
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn list_saved(&self, caller: crate::api::access::Caller, request: ListSavedRequest) -> impl Future<Output = Result<ListSavedResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("listSaved")) }
    }

    /// `saveItem`: Save (like) a track, album, artist or playlist
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn save_item(&self, caller: crate::api::access::Caller, request: SaveItemRequest) -> impl Future<Output = Result<SaveItemResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("saveItem")) }
    }

    /// `unsaveItem`: Unsave (unlike) an item
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn unsave_item(&self, caller: crate::api::access::Caller, request: UnsaveItemRequest) -> impl Future<Output = Result<UnsaveItemResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("unsaveItem")) }
    }
}

/// The `saved` routes: they check access, parse inputs and call a `SavedApi`.
pub struct SavedRoutes<T>(pub Arc<T>);

#[OpenApi]
impl<T: SavedApi> SavedRoutes<T> {
    /// List saved (liked) items
    ///
    /// Lists what the user saved: tracks, albums, artists and playlists, or only one
    /// `kind`. Each item carries the saved object under the property named by its `kind`.
    /// Sort with `sort` (default `savedAt`) and `order`; page with `limit` and `cursor`.
    #[oai(path = "/api/saved", method = "get", operation_id = "listSaved", tag = "ApiTags::Saved")]
    async fn list_saved(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "limit", default = "defaults::default_i32_50", validator(minimum(value = "1"), maximum(value = "500")))] param_limit: Query<i32>,
        #[oai(name = "cursor", validator(max_length = 512))] param_cursor: Query<Option<String>>,
        #[oai(name = "sort")] param_sort: Query<Option<SavedSort>>,
        #[oai(name = "order")] param_order: Query<Option<SortOrder>>,
        #[oai(name = "kind")] param_kind: Query<Option<SavedKind>>,
    ) -> poem::Result<ListSavedResponse> {
        let request = ListSavedRequest { limit: param_limit.0, cursor: param_cursor.0, sort: param_sort.0, order: param_order.0, kind: param_kind.0 };
        Ok(self.0.list_saved(access.into_caller(), request).await?)
    }

    /// Save (like) a track, album, artist or playlist
    ///
    /// Saves the item; saving it again changes nothing (idempotent) and keeps the first
    /// `savedAt`. `kind` is one of `track`, `album`, `artist`, `playlist`; another value
    /// answers `400 invalid_parameter`. An item that does not exist answers
    /// `404 not_found`. Answers the saved item.
    #[oai(path = "/api/saved/:kind/:id", method = "put", operation_id = "saveItem", tag = "ApiTags::Saved")]
    async fn save_item(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "kind")] param_kind: Path<String>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<SaveItemResponse> {
        let request = SaveItemRequest { kind: param_kind.0, id: param_id.0 };
        Ok(self.0.save_item(access.into_caller(), request).await?)
    }

    /// Unsave (unlike) an item
    ///
    /// Removes the item from the saved items; answers `204` also when it was not saved.
    /// `kind` is one of `track`, `album`, `artist`, `playlist`; another value answers
    /// `400 invalid_parameter`. An item that does not exist answers `404 not_found`.
    #[oai(path = "/api/saved/:kind/:id", method = "delete", operation_id = "unsaveItem", tag = "ApiTags::Saved")]
    async fn unsave_item(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "kind")] param_kind: Path<String>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<UnsaveItemResponse> {
        let request = UnsaveItemRequest { kind: param_kind.0, id: param_id.0 };
        Ok(self.0.unsave_item(access.into_caller(), request).await?)
    }
}

/// The `metadata` operations. Implement this in `src/handlers/`.
///
/// Tag metadata, user overrides and enrichment suggestions.
pub trait MetadataApi: Send + Sync + 'static {
    /// `getTrackMetadata`: Get a track's tags, overrides and effective metadata
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn get_track_metadata(&self, caller: crate::api::access::Caller, request: GetTrackMetadataRequest) -> impl Future<Output = Result<GetTrackMetadataResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("getTrackMetadata")) }
    }

    /// `setTrackMetadataOverrides`: Set a track's metadata overrides
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn set_track_metadata_overrides(&self, caller: crate::api::access::Caller, request: SetTrackMetadataOverridesRequest) -> impl Future<Output = Result<SetTrackMetadataOverridesResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("setTrackMetadataOverrides")) }
    }

    /// `clearTrackMetadataOverrides`: Remove all of a track's metadata overrides
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn clear_track_metadata_overrides(&self, caller: crate::api::access::Caller, request: ClearTrackMetadataOverridesRequest) -> impl Future<Output = Result<ClearTrackMetadataOverridesResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("clearTrackMetadataOverrides")) }
    }

    /// `getTrackEnrichment`: List metadata suggestions for a track
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn get_track_enrichment(&self, caller: crate::api::access::Caller, request: GetTrackEnrichmentRequest) -> impl Future<Output = Result<GetTrackEnrichmentResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("getTrackEnrichment")) }
    }

    /// `applyTrackEnrichment`: Apply a metadata suggestion to a track
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn apply_track_enrichment(&self, caller: crate::api::access::Caller, request: ApplyTrackEnrichmentRequest) -> impl Future<Output = Result<ApplyTrackEnrichmentResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("applyTrackEnrichment")) }
    }
}

/// The `metadata` routes: they check access, parse inputs and call a `MetadataApi`.
pub struct MetadataRoutes<T>(pub Arc<T>);

#[OpenApi]
impl<T: MetadataApi> MetadataRoutes<T> {
    /// Get a track's tags, overrides and effective metadata
    ///
    /// Returns the tags read from the file (`fileTags`), the user's overrides
    /// (`overrides`, only the fields overridden) and what the catalogue shows
    /// (`effective`: each override wins over the file's tag), plus file facts. An unknown
    /// id answers `404 not_found`.
    #[oai(path = "/api/tracks/:id/metadata", method = "get", operation_id = "getTrackMetadata", tag = "ApiTags::Metadata")]
    async fn get_track_metadata(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<GetTrackMetadataResponse> {
        let request = GetTrackMetadataRequest { id: param_id.0 };
        Ok(self.0.get_track_metadata(access.into_caller(), request).await?)
    }

    /// Set a track's metadata overrides
    ///
    /// Replaces the track's overrides with the fields present in the body: each one wins
    /// over the file's tag (an empty list or string overrides with "empty"); fields absent
    /// are not overridden. Overrides are kept in the hub's database and survive rescans;
    /// the audio file is never written. The track's album and artist grouping follows the
    /// effective values. Answers the track's metadata. An unknown id answers
    /// `404 not_found`.
    #[oai(path = "/api/tracks/:id/metadata/overrides", method = "put", operation_id = "setTrackMetadataOverrides", tag = "ApiTags::Metadata")]
    async fn set_track_metadata_overrides(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
        body: crate::api::payload::JsonBody<TagValues>,
    ) -> poem::Result<SetTrackMetadataOverridesResponse> {
        let request = SetTrackMetadataOverridesRequest { id: param_id.0, body: body.0 };
        Ok(self.0.set_track_metadata_overrides(access.into_caller(), request).await?)
    }

    /// Remove all of a track's metadata overrides
    ///
    /// Deletes every override of the track, so the file's tags apply again. Answers `204`
    /// also when there were none. An unknown id answers `404 not_found`.
    #[oai(path = "/api/tracks/:id/metadata/overrides", method = "delete", operation_id = "clearTrackMetadataOverrides", tag = "ApiTags::Metadata")]
    async fn clear_track_metadata_overrides(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<ClearTrackMetadataOverridesResponse> {
        let request = ClearTrackMetadataOverridesRequest { id: param_id.0 };
        Ok(self.0.clear_track_metadata_overrides(access.into_caller(), request).await?)
    }

    /// List metadata suggestions for a track
    ///
    /// Returns the enrichment suggestions found for the track (for example from
    /// MusicBrainz ids in its tags), best first, each with the values it proposes, the
    /// fields where they differ from the effective metadata and a confidence. Apply one
    /// with `POST /api/tracks/{id}/enrichment/apply`. An unknown id answers
    /// `404 not_found`; a track without suggestions answers an empty list.
    #[oai(path = "/api/tracks/:id/enrichment", method = "get", operation_id = "getTrackEnrichment", tag = "ApiTags::Metadata")]
    async fn get_track_enrichment(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<GetTrackEnrichmentResponse> {
        let request = GetTrackEnrichmentRequest { id: param_id.0 };
        Ok(self.0.get_track_enrichment(access.into_caller(), request).await?)
    }

    /// Apply a metadata suggestion to a track
    ///
    /// Copies the suggestion's values into the track's overrides: all of its
    /// `changedFields`, or only those listed in `fields`. Other overrides are kept. The
    /// file is never written. Answers the track's metadata. An unknown track or
    /// suggestion answers `404 not_found`.
    #[oai(path = "/api/tracks/:id/enrichment/apply", method = "post", operation_id = "applyTrackEnrichment", tag = "ApiTags::Metadata")]
    async fn apply_track_enrichment(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
        body: crate::api::payload::JsonBody<EnrichmentApplyRequest>,
    ) -> poem::Result<ApplyTrackEnrichmentResponse> {
        let request = ApplyTrackEnrichmentRequest { id: param_id.0, body: body.0 };
        Ok(self.0.apply_track_enrichment(access.into_caller(), request).await?)
    }
}

/// The `shares` operations. Implement this in `src/handlers/`.
///
/// Public share links and the share pages' bootstrap routes.
pub trait SharesApi: Send + Sync + 'static {
    /// `listShares`: List share links
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn list_shares(&self, caller: crate::api::access::Caller, request: ListSharesRequest) -> impl Future<Output = Result<ListSharesResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("listShares")) }
    }

    /// `createShare`: Create a public share link for a playlist, album, artist or track
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn create_share(&self, caller: crate::api::access::Caller, request: CreateShareRequest) -> impl Future<Output = Result<CreateShareResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("createShare")) }
    }

    /// `deleteShare`: Delete a share link
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn delete_share(&self, caller: crate::api::access::Caller, request: DeleteShareRequest) -> impl Future<Output = Result<DeleteShareResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("deleteShare")) }
    }

    /// `bootstrapPlaylistShare`: Open a shared playlist (public share page bootstrap)
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn bootstrap_playlist_share(&self, caller: crate::api::access::Caller, request: BootstrapPlaylistShareRequest) -> impl Future<Output = Result<BootstrapPlaylistShareResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("bootstrapPlaylistShare")) }
    }

    /// `bootstrapAlbumShare`: Open a shared album (public share page bootstrap)
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn bootstrap_album_share(&self, caller: crate::api::access::Caller, request: BootstrapAlbumShareRequest) -> impl Future<Output = Result<BootstrapAlbumShareResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("bootstrapAlbumShare")) }
    }

    /// `bootstrapArtistShare`: Open a shared artist (public share page bootstrap)
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn bootstrap_artist_share(&self, caller: crate::api::access::Caller, request: BootstrapArtistShareRequest) -> impl Future<Output = Result<BootstrapArtistShareResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("bootstrapArtistShare")) }
    }

    /// `bootstrapTrackShare`: Open a shared track (public share page bootstrap)
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn bootstrap_track_share(&self, caller: crate::api::access::Caller, request: BootstrapTrackShareRequest) -> impl Future<Output = Result<BootstrapTrackShareResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("bootstrapTrackShare")) }
    }

    /// `heartbeatShareSession`: Keep a share session alive
    ///
    /// Not built yet: the document still lists `501`, so this default answers it.
    fn heartbeat_share_session(&self, caller: crate::api::access::Caller, request: HeartbeatShareSessionRequest) -> impl Future<Output = Result<HeartbeatShareSessionResponse, crate::api::error::HandlerError>> + Send {
        let _ = (caller, request);
        async { Err(crate::api::error::HandlerError::not_implemented("heartbeatShareSession")) }
    }
}

/// The `shares` routes: they check access, parse inputs and call a `SharesApi`.
pub struct SharesRoutes<T>(pub Arc<T>);

#[OpenApi]
impl<T: SharesApi> SharesRoutes<T> {
    /// List share links
    ///
    /// Lists the share links that exist, optionally only one `kind`, with how often they
    /// were opened. Sort with `sort` (default `createdAt`) and `order`; page with `limit`
    /// and `cursor`. Expired shares are listed until deleted (`expiresAt` in the past).
    #[oai(path = "/api/shares", method = "get", operation_id = "listShares", tag = "ApiTags::Shares")]
    async fn list_shares(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "limit", default = "defaults::default_i32_50", validator(minimum(value = "1"), maximum(value = "500")))] param_limit: Query<i32>,
        #[oai(name = "cursor", validator(max_length = 512))] param_cursor: Query<Option<String>>,
        #[oai(name = "sort")] param_sort: Query<Option<ShareSort>>,
        #[oai(name = "order")] param_order: Query<Option<SortOrder>>,
        #[oai(name = "kind")] param_kind: Query<Option<ShareKind>>,
    ) -> poem::Result<ListSharesResponse> {
        let request = ListSharesRequest { limit: param_limit.0, cursor: param_cursor.0, sort: param_sort.0, order: param_order.0, kind: param_kind.0 };
        Ok(self.0.list_shares(access.into_caller(), request).await?)
    }

    /// Create a public share link for a playlist, album, artist or track
    ///
    /// Creates a share: anyone with its id can open the shared item through
    /// `GET /api/share/{kind}/{id}/bootstrap` (the share's `bootstrapPath`) and play it,
    /// and nothing else, without pairing. Without `expiresInHours` the share lasts until
    /// deleted. An item that does not exist answers `404 not_found`.
    #[oai(path = "/api/shares", method = "post", operation_id = "createShare", tag = "ApiTags::Shares")]
    async fn create_share(
        &self,
        access: crate::api::access::Authenticated<true>,
        body: crate::api::payload::JsonBody<ShareCreate>,
    ) -> poem::Result<CreateShareResponse> {
        let request = CreateShareRequest { body: body.0 };
        Ok(self.0.create_share(access.into_caller(), request).await?)
    }

    /// Delete a share link
    ///
    /// Deletes the share: its bootstrap answers `404 not_found` from now on and its open
    /// share sessions and media tokens stop working at once. An unknown id answers
    /// `404 not_found`.
    #[oai(path = "/api/shares/:id", method = "delete", operation_id = "deleteShare", tag = "ApiTags::Shares")]
    async fn delete_share(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<DeleteShareResponse> {
        let request = DeleteShareRequest { id: param_id.0 };
        Ok(self.0.delete_share(access.into_caller(), request).await?)
    }

    /// Open a shared playlist (public share page bootstrap)
    ///
    /// The entry point of a share page for a playlist: answers the playlist with its entries, a
    /// `shareSessionId` and a `mediaToken`, each with its expiry. Use the token as
    /// `?mediaToken=` on `GET /api/media/stream/{trackId}` and
    /// `GET /api/media/artwork/{id}`; it only reaches the shared items. Both are
    /// short-lived: call `POST /api/share/session/heartbeat` every
    /// `heartbeatIntervalSeconds` while the page is open to extend them. `{id}` is the
    /// share's id (not the playlist's); an unknown, deleted or expired share, or one that is
    /// not a playlist share, answers `404 not_found`. Never exposes file paths.
    #[oai(path = "/api/share/playlist/:id/bootstrap", method = "get", operation_id = "bootstrapPlaylistShare", tag = "ApiTags::Shares")]
    async fn bootstrap_playlist_share(
        &self,
        access: crate::api::access::Public<true>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<BootstrapPlaylistShareResponse> {
        let request = BootstrapPlaylistShareRequest { id: param_id.0 };
        Ok(self.0.bootstrap_playlist_share(access.into_caller(), request).await?)
    }

    /// Open a shared album (public share page bootstrap)
    ///
    /// The entry point of a share page for a album: answers the album with its tracks, a
    /// `shareSessionId` and a `mediaToken`, each with its expiry. Use the token as
    /// `?mediaToken=` on `GET /api/media/stream/{trackId}` and
    /// `GET /api/media/artwork/{id}`; it only reaches the shared items. Both are
    /// short-lived: call `POST /api/share/session/heartbeat` every
    /// `heartbeatIntervalSeconds` while the page is open to extend them. `{id}` is the
    /// share's id (not the album's); an unknown, deleted or expired share, or one that is
    /// not a album share, answers `404 not_found`. Never exposes file paths.
    #[oai(path = "/api/share/album/:id/bootstrap", method = "get", operation_id = "bootstrapAlbumShare", tag = "ApiTags::Shares")]
    async fn bootstrap_album_share(
        &self,
        access: crate::api::access::Public<true>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<BootstrapAlbumShareResponse> {
        let request = BootstrapAlbumShareRequest { id: param_id.0 };
        Ok(self.0.bootstrap_album_share(access.into_caller(), request).await?)
    }

    /// Open a shared artist (public share page bootstrap)
    ///
    /// The entry point of a share page for a artist: answers the artist with their albums, appearances and top tracks, a
    /// `shareSessionId` and a `mediaToken`, each with its expiry. Use the token as
    /// `?mediaToken=` on `GET /api/media/stream/{trackId}` and
    /// `GET /api/media/artwork/{id}`; it only reaches the shared items. Both are
    /// short-lived: call `POST /api/share/session/heartbeat` every
    /// `heartbeatIntervalSeconds` while the page is open to extend them. `{id}` is the
    /// share's id (not the artist's); an unknown, deleted or expired share, or one that is
    /// not a artist share, answers `404 not_found`. Never exposes file paths.
    #[oai(path = "/api/share/artist/:id/bootstrap", method = "get", operation_id = "bootstrapArtistShare", tag = "ApiTags::Shares")]
    async fn bootstrap_artist_share(
        &self,
        access: crate::api::access::Public<true>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<BootstrapArtistShareResponse> {
        let request = BootstrapArtistShareRequest { id: param_id.0 };
        Ok(self.0.bootstrap_artist_share(access.into_caller(), request).await?)
    }

    /// Open a shared track (public share page bootstrap)
    ///
    /// The entry point of a share page for a track: answers the track, a
    /// `shareSessionId` and a `mediaToken`, each with its expiry. Use the token as
    /// `?mediaToken=` on `GET /api/media/stream/{trackId}` and
    /// `GET /api/media/artwork/{id}`; it only reaches the shared items. Both are
    /// short-lived: call `POST /api/share/session/heartbeat` every
    /// `heartbeatIntervalSeconds` while the page is open to extend them. `{id}` is the
    /// share's id (not the track's); an unknown, deleted or expired share, or one that is
    /// not a track share, answers `404 not_found`. Never exposes file paths.
    #[oai(path = "/api/share/track/:id/bootstrap", method = "get", operation_id = "bootstrapTrackShare", tag = "ApiTags::Shares")]
    async fn bootstrap_track_share(
        &self,
        access: crate::api::access::Public<true>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<BootstrapTrackShareResponse> {
        let request = BootstrapTrackShareRequest { id: param_id.0 };
        Ok(self.0.bootstrap_track_share(access.into_caller(), request).await?)
    }

    /// Keep a share session alive
    ///
    /// Extends the share session and its media token while a share page is open; call it
    /// every `heartbeatIntervalSeconds` of the bootstrap. Answers the new expiries and a
    /// `mediaToken` to use from now on (it may be the same one). A session that expired
    /// or whose share was deleted answers `404 share_session_expired`: open the share's
    /// bootstrap again.
    #[oai(path = "/api/share/session/heartbeat", method = "post", operation_id = "heartbeatShareSession", tag = "ApiTags::Shares")]
    async fn heartbeat_share_session(
        &self,
        access: crate::api::access::Public<true>,
        body: crate::api::payload::JsonBody<ShareHeartbeatRequest>,
    ) -> poem::Result<HeartbeatShareSessionResponse> {
        let request = HeartbeatShareSessionRequest { body: body.0 };
        Ok(self.0.heartbeat_share_session(access.into_caller(), request).await?)
    }
}

/// Every operation of the document, for tests and middleware that must cover them all.
pub const OPERATIONS: &[crate::api::access::OperationInfo] = &[
    crate::api::access::OperationInfo { operation_id: "ping", method: "GET", path: "/api/ping", tag: "system", access: crate::api::access::AccessLevel::Public, requires_healthy_database: false, implemented: true },
    crate::api::access::OperationInfo { operation_id: "getInfo", method: "GET", path: "/api/info", tag: "system", access: crate::api::access::AccessLevel::Public, requires_healthy_database: false, implemented: true },
    crate::api::access::OperationInfo { operation_id: "rebuildDatabase", method: "POST", path: "/api/database/rebuild", tag: "system", access: crate::api::access::AccessLevel::LocalOnly, requires_healthy_database: false, implemented: true },
    crate::api::access::OperationInfo { operation_id: "listTracks", method: "GET", path: "/api/tracks", tag: "library", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "getTrack", method: "GET", path: "/api/track/{id}", tag: "library", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "listAlbums", method: "GET", path: "/api/albums", tag: "library", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "getAlbum", method: "GET", path: "/api/album/{id}", tag: "library", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "listArtists", method: "GET", path: "/api/artists", tag: "library", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "getArtist", method: "GET", path: "/api/artist/{id}", tag: "library", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "getLibraryStats", method: "GET", path: "/api/library/stats", tag: "library", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "getLibraryFilters", method: "GET", path: "/api/library/filters", tag: "library", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "streamLibraryEvents", method: "GET", path: "/api/library/events", tag: "library", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "browseLibrary", method: "GET", path: "/api/browse", tag: "library", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "startScan", method: "POST", path: "/api/scan", tag: "scan", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "getScanStatus", method: "GET", path: "/api/scan/status", tag: "scan", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "cancelScan", method: "POST", path: "/api/scan/cancel", tag: "scan", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "streamScanProgress", method: "GET", path: "/api/scan/progress", tag: "scan", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "searchLibrary", method: "GET", path: "/api/search", tag: "search", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "listSearchHistory", method: "GET", path: "/api/search/history", tag: "search", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "clearSearchHistory", method: "DELETE", path: "/api/search/history", tag: "search", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "listPlaylists", method: "GET", path: "/api/playlists", tag: "playlists", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "createPlaylist", method: "POST", path: "/api/playlists", tag: "playlists", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "getPlaylist", method: "GET", path: "/api/playlists/{id}", tag: "playlists", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "updatePlaylist", method: "PATCH", path: "/api/playlists/{id}", tag: "playlists", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "deletePlaylist", method: "DELETE", path: "/api/playlists/{id}", tag: "playlists", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "addPlaylistTracks", method: "POST", path: "/api/playlists/{id}/tracks", tag: "playlists", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "removePlaylistTrack", method: "DELETE", path: "/api/playlists/{id}/tracks/{entryId}", tag: "playlists", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "reorderPlaylist", method: "PUT", path: "/api/playlists/{id}/order", tag: "playlists", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "getPlaybackSession", method: "GET", path: "/api/playback/session", tag: "playback", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "updatePlaybackSession", method: "PUT", path: "/api/playback/session", tag: "playback", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "listPlaybackHistory", method: "GET", path: "/api/playback/history", tag: "playback", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "playbackHistoryBack", method: "POST", path: "/api/playback/history/back", tag: "playback", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "createMediaSession", method: "POST", path: "/api/media/session", tag: "media", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "streamMedia", method: "GET", path: "/api/media/stream/{trackId}", tag: "media", access: crate::api::access::AccessLevel::Media, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "getArtwork", method: "GET", path: "/api/media/artwork/{id}", tag: "media", access: crate::api::access::AccessLevel::Media, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "listSaved", method: "GET", path: "/api/saved", tag: "saved", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "saveItem", method: "PUT", path: "/api/saved/{kind}/{id}", tag: "saved", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "unsaveItem", method: "DELETE", path: "/api/saved/{kind}/{id}", tag: "saved", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "getTrackMetadata", method: "GET", path: "/api/tracks/{id}/metadata", tag: "metadata", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "setTrackMetadataOverrides", method: "PUT", path: "/api/tracks/{id}/metadata/overrides", tag: "metadata", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "clearTrackMetadataOverrides", method: "DELETE", path: "/api/tracks/{id}/metadata/overrides", tag: "metadata", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "getTrackEnrichment", method: "GET", path: "/api/tracks/{id}/enrichment", tag: "metadata", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "applyTrackEnrichment", method: "POST", path: "/api/tracks/{id}/enrichment/apply", tag: "metadata", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "listShares", method: "GET", path: "/api/shares", tag: "shares", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "createShare", method: "POST", path: "/api/shares", tag: "shares", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "deleteShare", method: "DELETE", path: "/api/shares/{id}", tag: "shares", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "bootstrapPlaylistShare", method: "GET", path: "/api/share/playlist/{id}/bootstrap", tag: "shares", access: crate::api::access::AccessLevel::Public, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "bootstrapAlbumShare", method: "GET", path: "/api/share/album/{id}/bootstrap", tag: "shares", access: crate::api::access::AccessLevel::Public, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "bootstrapArtistShare", method: "GET", path: "/api/share/artist/{id}/bootstrap", tag: "shares", access: crate::api::access::AccessLevel::Public, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "bootstrapTrackShare", method: "GET", path: "/api/share/track/{id}/bootstrap", tag: "shares", access: crate::api::access::AccessLevel::Public, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "heartbeatShareSession", method: "POST", path: "/api/share/session/heartbeat", tag: "shares", access: crate::api::access::AccessLevel::Public, requires_healthy_database: true, implemented: false },
    crate::api::access::OperationInfo { operation_id: "getAuthStatus", method: "GET", path: "/api/auth/status", tag: "auth", access: crate::api::access::AccessLevel::LocalOnly, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "armPairing", method: "POST", path: "/api/auth/arm", tag: "auth", access: crate::api::access::AccessLevel::LocalOnly, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "disarmPairing", method: "POST", path: "/api/auth/disarm", tag: "auth", access: crate::api::access::AccessLevel::LocalOnly, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "listDevices", method: "GET", path: "/api/auth/devices", tag: "auth", access: crate::api::access::AccessLevel::LocalOnly, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "revokeDevice", method: "DELETE", path: "/api/auth/devices/{deviceId}", tag: "auth", access: crate::api::access::AccessLevel::LocalOnly, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "pairDevice", method: "POST", path: "/api/auth/pair", tag: "auth", access: crate::api::access::AccessLevel::Public, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "refreshTokens", method: "POST", path: "/api/auth/refresh", tag: "auth", access: crate::api::access::AccessLevel::Public, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "logout", method: "POST", path: "/api/auth/logout", tag: "auth", access: crate::api::access::AccessLevel::Authenticated, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "getConnectQr", method: "GET", path: "/api/connect/qr", tag: "auth", access: crate::api::access::AccessLevel::LocalOnly, requires_healthy_database: true, implemented: true },
    crate::api::access::OperationInfo { operation_id: "getTunnelQr", method: "GET", path: "/api/tunnel/qr", tag: "auth", access: crate::api::access::AccessLevel::LocalOnly, requires_healthy_database: true, implemented: true },
];

/// All routes of the document, served by one implementation of every trait.
pub fn api<T: SystemApi + AuthApi + LibraryApi + ScanApi + SearchApi + PlaylistsApi + PlaybackApi + MediaApi + SavedApi + MetadataApi + SharesApi>(implementation: Arc<T>) -> impl OpenApi {
    (
        SystemRoutes(implementation.clone()),
        AuthRoutes(implementation.clone()),
        LibraryRoutes(implementation.clone()),
        ScanRoutes(implementation.clone()),
        SearchRoutes(implementation.clone()),
        PlaylistsRoutes(implementation.clone()),
        PlaybackRoutes(implementation.clone()),
        MediaRoutes(implementation.clone()),
        SavedRoutes(implementation.clone()),
        MetadataRoutes(implementation.clone()),
        SharesRoutes(implementation.clone()),
    )
}

/// Default values of optional inputs, as the document states them.
mod defaults {
    #[allow(unused_imports)]
    use super::*;

    pub fn default_bool_false() -> bool {
        false
    }

    pub fn default_bool_true() -> bool {
        true
    }

    pub fn default_i32_10() -> i32 {
        10
    }

    pub fn default_i32_3600() -> i32 {
        3600
    }

    pub fn default_i32_50() -> i32 {
        50
    }
}

// generated from openapi/music-hub.yaml — do not edit.
// Regenerate with `cargo run -p codegen -- generate`; `-- check` fails when this is stale.
//!
//! Per operation: the request struct (its parameters and body), the response enum (one variant
//! per documented status) and the statuses the document lists for it, which the error boundary
//! holds every answer to.

#[allow(unused_imports)]
use super::*;
use crate::api::payload::Json;
use poem_openapi::payload::{Binary, EventStream};
use poem_openapi::{ApiResponse, ResponseContent};

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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<PayloadTooLargeError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<UnsupportedMediaTypeError>),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The database is healthy and `force` was not set (`database_healthy`).
    #[oai(status = 409)]
    Conflict(Json<DatabaseHealthyError>),
    /// The hub failed to do what was asked (`internal_error`); nothing was lost.
    #[oai(status = 500)]
    InternalError(Json<InternalErrorError>),
    /// The database is `readOnly` (`database_unavailable`, with `Retry-After`) and a rebuild, which writes, cannot help; the hub becomes healthy by itself once it may write to the data dir again.
    #[oai(status = 503)]
    ServiceUnavailable(Json<DatabaseUnavailableError>),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    BadRequest(Json<BrowseBadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<PayloadTooLargeError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<UnsupportedMediaTypeError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// A scan is already running (`scan_in_progress`); follow it with `GET /api/scan/progress` or cancel it with `POST /api/scan/cancel`.
    #[oai(status = 409)]
    Conflict(Json<ScanInProgressError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No scan is running (`scan_not_running`).
    #[oai(status = 409)]
    Conflict(Json<ScanNotRunningError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// Record the query in the search history. A call that a page of another site made a browser send (judged by `Sec-Fetch-Site` and `Origin`; a web app named with `--cors-origin` is not another site) is never recorded, so that no page on the web can write or flush the history.
    pub record: bool,
}

/// The answers of `searchLibrary`, one variant per documented status.
#[derive(ApiResponse)]
pub enum SearchLibraryResponse {
    /// The results, grouped by type.
    #[oai(status = 200)]
    Ok(Json<SearchResults>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    Created(
        Json<PlaylistDetail>,
        #[oai(header = "Location")] Option<String>,
    ),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<PayloadTooLargeError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<UnsupportedMediaTypeError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The body names a track id that is not in the library (`unknown_track`, with `details.trackId`); nothing was changed.
    #[oai(status = 422)]
    UnprocessableEntity(Json<UnknownTrackError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
}

/// The inputs of `getPlaylist`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct GetPlaylistRequest {
    /// The playlist's id.
    pub id: String,
    /// How many items to return (1 to 500).
    pub limit: i32,
    /// The `nextCursor` of the previous page; omit it for the first page.
    pub cursor: Option<String>,
}

/// The answers of `getPlaylist`, one variant per documented status.
#[derive(ApiResponse)]
pub enum GetPlaylistResponse {
    /// The playlist and one page of its entries.
    #[oai(status = 200)]
    Ok(Json<PlaylistDetail>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<PayloadTooLargeError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<UnsupportedMediaTypeError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// The playlist follows a playlist file in the library folders (`readOnly` is true) and cannot be edited here (`playlist_read_only`); change the file instead, or import it as a playlist of your own. Nothing was changed.
    #[oai(status = 409)]
    Conflict(Json<PlaylistReadOnlyError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// The playlist follows a playlist file in the library folders (`readOnly` is true) and cannot be edited here (`playlist_read_only`); change the file instead, or import it as a playlist of your own. Nothing was changed.
    #[oai(status = 409)]
    Conflict(Json<PlaylistReadOnlyError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
}

/// The inputs of `exportPlaylistM3u8`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct ExportPlaylistM3u8Request {
    /// The playlist's id.
    pub id: String,
}

/// The answers of `exportPlaylistM3u8`, one variant per documented status.
#[derive(ApiResponse)]
pub enum ExportPlaylistM3u8Response {
    /// The playlist as an M3U8 file (`audio/mpegurl; charset=utf-8`).
    #[oai(status = 200)]
    Ok(
        crate::api::payload::AudioBody,
        #[oai(header = "Content-Disposition")] Option<String>,
    ),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
}

/// The inputs of `importPlaylist`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct ImportPlaylistRequest {
    pub body: PlaylistImport,
}

/// The answers of `importPlaylist`, one variant per documented status.
#[derive(ApiResponse)]
pub enum ImportPlaylistResponse {
    /// The playlist was created from the lines that matched.
    #[oai(status = 201)]
    Created(
        Json<PlaylistImportResult>,
        #[oai(header = "Location")] Option<String>,
    ),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<PayloadTooLargeError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<UnsupportedMediaTypeError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<PayloadTooLargeError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<UnsupportedMediaTypeError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// The playlist follows a playlist file in the library folders (`readOnly` is true) and cannot be edited here (`playlist_read_only`); change the file instead, or import it as a playlist of your own. Nothing was changed.
    #[oai(status = 409)]
    Conflict(Json<PlaylistReadOnlyError>),
    /// The body names a track id that is not in the library (`unknown_track`, with `details.trackId`); nothing was changed.
    #[oai(status = 422)]
    UnprocessableEntity(Json<UnknownTrackError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// The playlist follows a playlist file in the library folders (`readOnly` is true) and cannot be edited here (`playlist_read_only`); change the file instead, or import it as a playlist of your own. Nothing was changed.
    #[oai(status = 409)]
    Conflict(Json<PlaylistReadOnlyError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<PayloadTooLargeError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<UnsupportedMediaTypeError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// `entryIds` is not exactly the playlist's current entries (`order_mismatch`); fetch the playlist and retry. Or the playlist follows a playlist file in the library folders and cannot be edited (`playlist_read_only`).
    #[oai(status = 409)]
    Conflict(Json<ReorderConflictError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
    /// The hub failed to do what was asked (`internal_error`); nothing was lost.
    #[oai(status = 500)]
    InternalError(Json<InternalErrorError>),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<PayloadTooLargeError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<UnsupportedMediaTypeError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The session changed since `baseRevision` (`session_conflict`); `details.revision` is the current one. Or the change does not fit the session as it is now (`index_out_of_range`, `queue_empty`). Fetch it and retry.
    #[oai(status = 409)]
    Conflict(Json<SessionConflictError>),
    /// The body names a track id that is not in the library (`unknown_track`, with `details.trackId`); nothing was changed.
    #[oai(status = 422)]
    UnprocessableEntity(Json<UnknownTrackError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
    /// The hub failed to do what was asked (`internal_error`); nothing was lost.
    #[oai(status = 500)]
    InternalError(Json<InternalErrorError>),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// There is no previous track in the history (`history_empty`).
    #[oai(status = 409)]
    Conflict(Json<HistoryEmptyError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<PayloadTooLargeError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<UnsupportedMediaTypeError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
}

/// The inputs of `streamMedia`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct StreamMediaRequest {
    /// The track's id.
    pub track_id: String,
    /// A byte range, e.g. `bytes=0-`, `bytes=1048576-2097151` or `bytes=-65536`. Only the first of several ranges is sent.
    pub range: Option<String>,
    /// An `ETag` or an HTTP date; the range is sent only if the file is still that one, else the whole file.
    pub if_range: Option<String>,
    /// `ETag`s the caller holds (or `*`); a match answers `304`.
    pub if_none_match: Option<String>,
    /// An HTTP date; when the file has not changed since, `304` (ignored when `If-None-Match` is sent).
    pub if_modified_since: Option<String>,
    /// `1` asks for `Content-Disposition: attachment` (save the file) instead of `inline`.
    /// A share's media token gets it only when the share has `allowDownload`; else the
    /// file is still sent, `inline`.
    pub download: Option<i32>,
    /// A named transcode (see **Transcoding**); a file already within it is sent as it is.
    pub profile: Option<TranscodeProfile>,
    /// `original` (the file as it is), `opus` or `mp3`.
    pub format: Option<StreamFormat>,
    /// The highest bit rate wanted, in kbit/s. For MP3 it is rounded down to one of MP3's constant rates.
    pub max_bitrate_kbps: Option<i32>,
    /// Start the transcode this many milliseconds into the track (`400 invalid_parameter` at or past its end). Implies a transcode (`web` when none is named).
    pub time_offset_ms: Option<i64>,
    /// Apply the track's or the album's ReplayGain in the transcode (`off` by default). Implies a transcode (`web` when none is named); tracks without ReplayGain tags are sent at their level.
    pub replay_gain: Option<ReplayGainMode>,
}

/// The answers of `streamMedia`, one variant per documented status.
#[derive(ApiResponse)]
pub enum StreamMediaResponse {
    /// The whole file.
    #[oai(status = 200)]
    Ok(
        crate::api::payload::AudioBody,
        #[oai(header = "Accept-Ranges")] Option<String>,
        #[oai(header = "Content-Length")] Option<i64>,
        #[oai(header = "ETag")] Option<String>,
        #[oai(header = "Last-Modified")] Option<String>,
        #[oai(header = "Cache-Control")] Option<String>,
        #[oai(header = "Content-Disposition")] Option<String>,
        #[oai(header = "X-Transcode")] Option<String>,
        #[oai(header = "X-Estimated-Content-Length")] Option<i64>,
    ),
    /// The requested range of the file.
    #[oai(status = 206)]
    PartialContent(
        crate::api::payload::AudioBody,
        #[oai(header = "Accept-Ranges")] Option<String>,
        #[oai(header = "Content-Range")] Option<String>,
        #[oai(header = "Content-Length")] Option<i64>,
        #[oai(header = "ETag")] Option<String>,
        #[oai(header = "Last-Modified")] Option<String>,
        #[oai(header = "Cache-Control")] Option<String>,
        #[oai(header = "Content-Disposition")] Option<String>,
        #[oai(header = "X-Transcode")] Option<String>,
        #[oai(header = "X-Estimated-Content-Length")] Option<i64>,
    ),
    /// The caller's copy is current (`If-None-Match` or `If-Modified-Since`); no body.
    #[oai(status = 304)]
    NotModified(
        #[oai(header = "ETag")] Option<String>,
        #[oai(header = "Last-Modified")] Option<String>,
        #[oai(header = "Cache-Control")] Option<String>,
    ),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// The range lies outside the file (`range_not_satisfiable`); `Content-Range` gives the file's size.
    #[oai(status = 416)]
    RangeNotSatisfiable(
        Json<RangeNotSatisfiableError>,
        #[oai(header = "Content-Range")] Option<String>,
    ),
    /// The file's format is one the hub cannot decode itself and `ffmpeg` is not on its PATH, or that ffmpeg lacks the encoder asked for (`transcode_unavailable`); stream it as it is (`format=original`) or install ffmpeg (with libopus and LAME).
    #[oai(status = 415)]
    Status415(Json<TranscodeUnavailableError>),
    /// The file cannot be decoded (damaged, or not audio); nothing was cached (`undecodable`).
    #[oai(status = 422)]
    UnprocessableEntity(Json<UndecodableError>),
    /// Every encoder slot (one per core) is busy with other transcodes (`too_many_transcodes`); wait `Retry-After` seconds, or stream the file as it is.
    #[oai(status = 429)]
    TooManyRequests(
        Json<TooManyTranscodesError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
    /// The database is not healthy (`database_unavailable`, as for every operation), or a transcode did not start, or reach the range asked for, within 15 s (`transcode_stalled`), its source being slow to read, the range far ahead of the encoder or the hub overloaded; `Retry-After` says when to try again (the encode goes on meanwhile), and the file as it is (`format=original`) may still play.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<StreamUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
}

/// The inputs of `getArtwork`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct GetArtworkRequest {
    /// An `artworkId`.
    pub id: String,
    /// The largest width and height wanted, in pixels (32 to 2048).
    pub size: Option<i32>,
    /// An `ETag` this client holds; when it is the image's current one, the answer is
    /// `304` with no body.
    pub if_none_match: Option<String>,
}

/// The answers of `getArtwork`, one variant per documented status.
#[derive(ApiResponse)]
pub enum GetArtworkResponse {
    /// The image: the original bytes with their own type without `size`; with `size`,
    /// scaled to fit (never up) as `image/jpeg`, or `image/png` when the image has
    /// transparency.
    #[oai(status = 200)]
    Ok(
        crate::api::payload::ImageBody,
        #[oai(header = "ETag")] Option<String>,
        #[oai(header = "Cache-Control")] Option<String>,
    ),
    /// The `If-None-Match` tag is the current one; no body.
    #[oai(status = 304)]
    NotModified(
        #[oai(header = "ETag")] Option<String>,
        #[oai(header = "Cache-Control")] Option<String>,
    ),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
}

/// The inputs of `setMetadataOverridesBatch`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct SetMetadataOverridesBatchRequest {
    pub body: MetadataBatchRequest,
}

/// The answers of `setMetadataOverridesBatch`, one variant per documented status.
#[derive(ApiResponse)]
pub enum SetMetadataOverridesBatchResponse {
    /// Every track now has these overrides.
    #[oai(status = 200)]
    Ok(Json<MetadataBatchResult>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<PayloadTooLargeError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<UnsupportedMediaTypeError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The body names a track id that is not in the library (`unknown_track`, with `details.trackId`); nothing was changed.
    #[oai(status = 422)]
    UnprocessableEntity(Json<UnknownTrackError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<PayloadTooLargeError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<UnsupportedMediaTypeError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<PayloadTooLargeError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<UnsupportedMediaTypeError>),
    /// The track changed since the suggestion was made (`suggestion_stale`); nothing was changed.
    #[oai(status = 409)]
    Conflict(Json<SuggestionStaleError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<PayloadTooLargeError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<UnsupportedMediaTypeError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
}

/// The inputs of `updateShare`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct UpdateShareRequest {
    /// The share's id.
    pub id: String,
    pub body: SharePatch,
}

/// The answers of `updateShare`, one variant per documented status.
#[derive(ApiResponse)]
pub enum UpdateShareResponse {
    /// The share as it is now.
    #[oai(status = 200)]
    Ok(Json<Share>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<PayloadTooLargeError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<UnsupportedMediaTypeError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
}

/// The inputs of `bootstrapPlaylistShare`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct BootstrapPlaylistShareRequest {
    /// The share's id, from the share link.
    pub id: String,
    /// The share's password, for a share that has one.
    pub x_share_password: Option<String>,
}

/// The answers of `bootstrapPlaylistShare`, one variant per documented status.
#[derive(ApiResponse)]
pub enum BootstrapPlaylistShareResponse {
    /// The shared playlist and a share session.
    #[oai(status = 200)]
    Ok(Json<PlaylistShareBootstrap>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// The share has a password and `X-Share-Password` was missing or wrong (`share_password_required`).
    #[oai(status = 401)]
    Unauthorized(Json<SharePasswordRequiredError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// Too many share requests from this client address (`too_many_requests`): bootstraps or
    /// heartbeats over their rate, or too many unknown share ids and wrong passwords. Wait
    /// `Retry-After` seconds.
    #[oai(status = 429)]
    TooManyRequests(
        Json<ShareRateLimitedError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
}

/// The inputs of `bootstrapAlbumShare`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct BootstrapAlbumShareRequest {
    /// The share's id, from the share link.
    pub id: String,
    /// The share's password, for a share that has one.
    pub x_share_password: Option<String>,
}

/// The answers of `bootstrapAlbumShare`, one variant per documented status.
#[derive(ApiResponse)]
pub enum BootstrapAlbumShareResponse {
    /// The shared album and a share session.
    #[oai(status = 200)]
    Ok(Json<AlbumShareBootstrap>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// The share has a password and `X-Share-Password` was missing or wrong (`share_password_required`).
    #[oai(status = 401)]
    Unauthorized(Json<SharePasswordRequiredError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// Too many share requests from this client address (`too_many_requests`): bootstraps or
    /// heartbeats over their rate, or too many unknown share ids and wrong passwords. Wait
    /// `Retry-After` seconds.
    #[oai(status = 429)]
    TooManyRequests(
        Json<ShareRateLimitedError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
}

/// The inputs of `bootstrapArtistShare`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct BootstrapArtistShareRequest {
    /// The share's id, from the share link.
    pub id: String,
    /// The share's password, for a share that has one.
    pub x_share_password: Option<String>,
}

/// The answers of `bootstrapArtistShare`, one variant per documented status.
#[derive(ApiResponse)]
pub enum BootstrapArtistShareResponse {
    /// The shared artist and a share session.
    #[oai(status = 200)]
    Ok(Json<ArtistShareBootstrap>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// The share has a password and `X-Share-Password` was missing or wrong (`share_password_required`).
    #[oai(status = 401)]
    Unauthorized(Json<SharePasswordRequiredError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// Too many share requests from this client address (`too_many_requests`): bootstraps or
    /// heartbeats over their rate, or too many unknown share ids and wrong passwords. Wait
    /// `Retry-After` seconds.
    #[oai(status = 429)]
    TooManyRequests(
        Json<ShareRateLimitedError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
}

/// The inputs of `bootstrapTrackShare`: its path, query and header parameters and its body.
#[derive(Debug, Clone)]
pub struct BootstrapTrackShareRequest {
    /// The share's id, from the share link.
    pub id: String,
    /// The share's password, for a share that has one.
    pub x_share_password: Option<String>,
}

/// The answers of `bootstrapTrackShare`, one variant per documented status.
#[derive(ApiResponse)]
pub enum BootstrapTrackShareResponse {
    /// The shared track and a share session.
    #[oai(status = 200)]
    Ok(Json<TrackShareBootstrap>),
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// The share has a password and `X-Share-Password` was missing or wrong (`share_password_required`).
    #[oai(status = 401)]
    Unauthorized(Json<SharePasswordRequiredError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// Too many share requests from this client address (`too_many_requests`): bootstraps or
    /// heartbeats over their rate, or too many unknown share ids and wrong passwords. Wait
    /// `Retry-After` seconds.
    #[oai(status = 429)]
    TooManyRequests(
        Json<ShareRateLimitedError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<PayloadTooLargeError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<UnsupportedMediaTypeError>),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The share session expired, or its share was deleted (`share_session_expired`); bootstrap again.
    #[oai(status = 404)]
    NotFound(Json<ShareSessionExpiredError>),
    /// Too many share requests from this client address (`too_many_requests`): bootstraps or
    /// heartbeats over their rate, or too many unknown share ids and wrong passwords. Wait
    /// `Retry-After` seconds.
    #[oai(status = 429)]
    TooManyRequests(
        Json<ShareRateLimitedError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<PayloadTooLargeError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<UnsupportedMediaTypeError>),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No such item (`not_found`); for a track whose file is gone, `details.reason` is `file_missing`.
    #[oai(status = 404)]
    NotFound(Json<NotFoundError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<PayloadTooLargeError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<UnsupportedMediaTypeError>),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The pairing code is wrong, used or expired, or pairing is not armed (`invalid_pairing_code`).
    #[oai(status = 401)]
    Unauthorized(Json<InvalidPairingCodeError>),
    /// Too many attempts (`too_many_attempts`); wait `Retry-After` seconds.
    #[oai(status = 429)]
    TooManyRequests(
        Json<TooManyRequestsError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// The body is larger than the operation accepts (`payload_too_large`); 1 MiB unless the operation says otherwise. The hub stops reading at the limit and closes the connection.
    #[oai(status = 413)]
    PayloadTooLarge(Json<PayloadTooLargeError>),
    /// The body is not `application/json` (`unsupported_media_type`).
    #[oai(status = 415)]
    Status415(Json<UnsupportedMediaTypeError>),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// The refresh token is refused (`refresh_token_reused`, `token_expired`, `invalid_token`, `device_revoked`).
    #[oai(status = 401)]
    Unauthorized(Json<RefreshRefusedError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A remote call without a valid bearer token (`unauthorized`, `invalid_token`, `token_expired`, `device_revoked`), or on a media route with a media token that is not valid (`unauthorized`) or has expired (`media_token_expired`).
    #[oai(status = 401)]
    Unauthorized(
        Json<UnauthorizedError>,
        #[oai(header = "WWW-Authenticate")] Option<String>,
    ),
    /// The call is not authenticated as a paired device (`not_a_device`), or it comes
    /// from a foreign web page through a local browser (`forbidden_origin`).
    #[oai(status = 403)]
    Forbidden(Json<LogoutForbiddenError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// Pairing is not armed (`pairing_not_armed`); call `POST /api/auth/arm` first.
    #[oai(status = 409)]
    Conflict(Json<PairingNotArmedError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
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
    /// A parameter or the body is invalid (`bad_request`, `invalid_parameter`, `invalid_body`); `details.parameter` names the offending input, `details.expected` says what it must be, and `details.allowed` lists an enum's values.
    #[oai(status = 400)]
    BadRequest(Json<BadRequestError>),
    /// A remote call to a local-only operation (`local_only`), a local state-changing call from a foreign web page (`forbidden_origin`), or a media token used outside its scope (`forbidden`).
    #[oai(status = 403)]
    Forbidden(Json<ForbiddenError>),
    /// No public tunnel URL is configured (`tunnel_not_configured`).
    #[oai(status = 404)]
    NotFound(Json<TunnelNotConfiguredError>),
    /// The database is not healthy (`database_unavailable`); see `GET /api/info`. When waiting is the cure (another program holds the file locked, a rebuild is under way), `Retry-After` says how long.
    #[oai(status = 503)]
    ServiceUnavailable(
        Json<DatabaseUnavailableError>,
        #[oai(header = "Retry-After")] Option<i64>,
    ),
}

/// The statuses the document lists for an operation (its `responses`, shared ones
/// included), or `None` for an id the document does not have. The error boundary
/// logs, and in debug builds refuses, any other status an operation answers.
pub fn documented_statuses(operation_id: &str) -> Option<&'static [u16]> {
    match operation_id {
        "ping" => Some(&[200]),
        "getInfo" => Some(&[200]),
        "rebuildDatabase" => Some(&[200, 400, 403, 409, 413, 415, 500, 503]),
        "listTracks" => Some(&[200, 400, 401, 403, 503]),
        "getTrack" => Some(&[200, 400, 401, 403, 404, 503]),
        "listAlbums" => Some(&[200, 400, 401, 403, 503]),
        "getAlbum" => Some(&[200, 400, 401, 403, 404, 503]),
        "listArtists" => Some(&[200, 400, 401, 403, 503]),
        "getArtist" => Some(&[200, 400, 401, 403, 404, 503]),
        "getLibraryStats" => Some(&[200, 401, 403, 503]),
        "getLibraryFilters" => Some(&[200, 401, 403, 503]),
        "streamLibraryEvents" => Some(&[200, 400, 401, 403, 503]),
        "browseLibrary" => Some(&[200, 400, 401, 403, 404, 503]),
        "startScan" => Some(&[202, 400, 401, 403, 409, 413, 415, 503]),
        "getScanStatus" => Some(&[200, 401, 403, 503]),
        "cancelScan" => Some(&[202, 401, 403, 409, 503]),
        "streamScanProgress" => Some(&[200, 401, 403, 503]),
        "searchLibrary" => Some(&[200, 400, 401, 403, 503]),
        "listSearchHistory" => Some(&[200, 400, 401, 403, 503]),
        "clearSearchHistory" => Some(&[204, 401, 403, 503]),
        "listPlaylists" => Some(&[200, 400, 401, 403, 503]),
        "createPlaylist" => Some(&[201, 400, 401, 403, 413, 415, 422, 503]),
        "getPlaylist" => Some(&[200, 400, 401, 403, 404, 503]),
        "updatePlaylist" => Some(&[200, 400, 401, 403, 404, 409, 413, 415, 503]),
        "deletePlaylist" => Some(&[204, 400, 401, 403, 404, 409, 503]),
        "exportPlaylistM3u8" => Some(&[200, 400, 401, 403, 404, 503]),
        "importPlaylist" => Some(&[201, 400, 401, 403, 413, 415, 503]),
        "addPlaylistTracks" => Some(&[200, 400, 401, 403, 404, 409, 413, 415, 422, 503]),
        "removePlaylistTrack" => Some(&[204, 400, 401, 403, 404, 409, 503]),
        "reorderPlaylist" => Some(&[200, 400, 401, 403, 404, 409, 413, 415, 503]),
        "getPlaybackSession" => Some(&[200, 401, 403, 500, 503]),
        "updatePlaybackSession" => Some(&[200, 400, 401, 403, 409, 413, 415, 422, 500, 503]),
        "listPlaybackHistory" => Some(&[200, 400, 401, 403, 503]),
        "playbackHistoryBack" => Some(&[200, 401, 403, 409, 503]),
        "createMediaSession" => Some(&[201, 400, 401, 403, 413, 415, 503]),
        "streamMedia" => Some(&[200, 206, 304, 400, 401, 403, 404, 415, 416, 422, 429, 503]),
        "getArtwork" => Some(&[200, 304, 400, 401, 403, 404, 503]),
        "listSaved" => Some(&[200, 400, 401, 403, 503]),
        "saveItem" => Some(&[200, 400, 401, 403, 404, 503]),
        "unsaveItem" => Some(&[204, 400, 401, 403, 404, 503]),
        "setMetadataOverridesBatch" => Some(&[200, 400, 401, 403, 413, 415, 422, 503]),
        "getTrackMetadata" => Some(&[200, 400, 401, 403, 404, 503]),
        "setTrackMetadataOverrides" => Some(&[200, 400, 401, 403, 404, 413, 415, 503]),
        "clearTrackMetadataOverrides" => Some(&[204, 400, 401, 403, 404, 503]),
        "getTrackEnrichment" => Some(&[200, 400, 401, 403, 404, 503]),
        "applyTrackEnrichment" => Some(&[200, 400, 401, 403, 404, 409, 413, 415, 503]),
        "listShares" => Some(&[200, 400, 401, 403, 503]),
        "createShare" => Some(&[201, 400, 401, 403, 404, 413, 415, 503]),
        "updateShare" => Some(&[200, 400, 401, 403, 404, 413, 415, 503]),
        "deleteShare" => Some(&[204, 400, 401, 403, 404, 503]),
        "bootstrapPlaylistShare" => Some(&[200, 400, 401, 404, 429, 503]),
        "bootstrapAlbumShare" => Some(&[200, 400, 401, 404, 429, 503]),
        "bootstrapArtistShare" => Some(&[200, 400, 401, 404, 429, 503]),
        "bootstrapTrackShare" => Some(&[200, 400, 401, 404, 429, 503]),
        "heartbeatShareSession" => Some(&[200, 400, 403, 404, 413, 415, 429, 503]),
        "getAuthStatus" => Some(&[200, 403, 503]),
        "armPairing" => Some(&[200, 400, 403, 413, 415, 503]),
        "disarmPairing" => Some(&[204, 403, 503]),
        "listDevices" => Some(&[200, 400, 403, 503]),
        "revokeDevice" => Some(&[204, 400, 403, 404, 503]),
        "pairDevice" => Some(&[200, 400, 401, 403, 413, 415, 429, 503]),
        "refreshTokens" => Some(&[200, 400, 401, 403, 413, 415, 503]),
        "logout" => Some(&[204, 401, 403, 503]),
        "getConnectQr" => Some(&[200, 400, 403, 409, 503]),
        "getTunnelQr" => Some(&[200, 400, 403, 404, 503]),
        _ => None,
    }
}

/// The `error` codes the document lists for an operation's error status (the enum of
/// that response's body), or `None` when it lists no such status. The error boundary
/// logs, and in debug builds refuses, any other code an operation answers.
pub fn documented_codes(operation_id: &str, status: u16) -> Option<&'static [ErrorCode]> {
    match (operation_id, status) {
        ("rebuildDatabase", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("rebuildDatabase", 413) => Some(&[ErrorCode::PayloadTooLarge]),
        ("rebuildDatabase", 415) => Some(&[ErrorCode::UnsupportedMediaType]),
        ("rebuildDatabase", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("rebuildDatabase", 409) => Some(&[ErrorCode::DatabaseHealthy]),
        ("rebuildDatabase", 500) => Some(&[ErrorCode::InternalError]),
        ("rebuildDatabase", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("listTracks", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("listTracks", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("listTracks", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("listTracks", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("getTrack", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("getTrack", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("getTrack", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("getTrack", 404) => Some(&[ErrorCode::NotFound]),
        ("getTrack", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("listAlbums", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("listAlbums", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("listAlbums", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("listAlbums", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("getAlbum", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("getAlbum", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("getAlbum", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("getAlbum", 404) => Some(&[ErrorCode::NotFound]),
        ("getAlbum", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("listArtists", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("listArtists", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("listArtists", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("listArtists", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("getArtist", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("getArtist", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("getArtist", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("getArtist", 404) => Some(&[ErrorCode::NotFound]),
        ("getArtist", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("getLibraryStats", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("getLibraryStats", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("getLibraryStats", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("getLibraryFilters", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("getLibraryFilters", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("getLibraryFilters", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("streamLibraryEvents", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("streamLibraryEvents", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("streamLibraryEvents", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("streamLibraryEvents", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("browseLibrary", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidPath,
        ]),
        ("browseLibrary", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("browseLibrary", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("browseLibrary", 404) => Some(&[ErrorCode::NotFound]),
        ("browseLibrary", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("startScan", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("startScan", 413) => Some(&[ErrorCode::PayloadTooLarge]),
        ("startScan", 415) => Some(&[ErrorCode::UnsupportedMediaType]),
        ("startScan", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("startScan", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("startScan", 409) => Some(&[ErrorCode::ScanInProgress]),
        ("startScan", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("getScanStatus", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("getScanStatus", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("getScanStatus", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("cancelScan", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("cancelScan", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("cancelScan", 409) => Some(&[ErrorCode::ScanNotRunning]),
        ("cancelScan", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("streamScanProgress", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("streamScanProgress", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("streamScanProgress", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("searchLibrary", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("searchLibrary", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("searchLibrary", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("searchLibrary", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("listSearchHistory", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("listSearchHistory", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("listSearchHistory", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("listSearchHistory", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("clearSearchHistory", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("clearSearchHistory", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("clearSearchHistory", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("listPlaylists", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("listPlaylists", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("listPlaylists", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("listPlaylists", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("createPlaylist", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("createPlaylist", 413) => Some(&[ErrorCode::PayloadTooLarge]),
        ("createPlaylist", 415) => Some(&[ErrorCode::UnsupportedMediaType]),
        ("createPlaylist", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("createPlaylist", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("createPlaylist", 422) => Some(&[ErrorCode::UnknownTrack]),
        ("createPlaylist", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("getPlaylist", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("getPlaylist", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("getPlaylist", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("getPlaylist", 404) => Some(&[ErrorCode::NotFound]),
        ("getPlaylist", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("updatePlaylist", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("updatePlaylist", 413) => Some(&[ErrorCode::PayloadTooLarge]),
        ("updatePlaylist", 415) => Some(&[ErrorCode::UnsupportedMediaType]),
        ("updatePlaylist", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("updatePlaylist", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("updatePlaylist", 404) => Some(&[ErrorCode::NotFound]),
        ("updatePlaylist", 409) => Some(&[ErrorCode::PlaylistReadOnly]),
        ("updatePlaylist", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("deletePlaylist", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("deletePlaylist", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("deletePlaylist", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("deletePlaylist", 404) => Some(&[ErrorCode::NotFound]),
        ("deletePlaylist", 409) => Some(&[ErrorCode::PlaylistReadOnly]),
        ("deletePlaylist", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("exportPlaylistM3u8", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("exportPlaylistM3u8", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("exportPlaylistM3u8", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("exportPlaylistM3u8", 404) => Some(&[ErrorCode::NotFound]),
        ("exportPlaylistM3u8", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("importPlaylist", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("importPlaylist", 413) => Some(&[ErrorCode::PayloadTooLarge]),
        ("importPlaylist", 415) => Some(&[ErrorCode::UnsupportedMediaType]),
        ("importPlaylist", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("importPlaylist", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("importPlaylist", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("addPlaylistTracks", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("addPlaylistTracks", 413) => Some(&[ErrorCode::PayloadTooLarge]),
        ("addPlaylistTracks", 415) => Some(&[ErrorCode::UnsupportedMediaType]),
        ("addPlaylistTracks", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("addPlaylistTracks", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("addPlaylistTracks", 404) => Some(&[ErrorCode::NotFound]),
        ("addPlaylistTracks", 409) => Some(&[ErrorCode::PlaylistReadOnly]),
        ("addPlaylistTracks", 422) => Some(&[ErrorCode::UnknownTrack]),
        ("addPlaylistTracks", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("removePlaylistTrack", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("removePlaylistTrack", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("removePlaylistTrack", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("removePlaylistTrack", 404) => Some(&[ErrorCode::NotFound]),
        ("removePlaylistTrack", 409) => Some(&[ErrorCode::PlaylistReadOnly]),
        ("removePlaylistTrack", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("reorderPlaylist", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("reorderPlaylist", 413) => Some(&[ErrorCode::PayloadTooLarge]),
        ("reorderPlaylist", 415) => Some(&[ErrorCode::UnsupportedMediaType]),
        ("reorderPlaylist", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("reorderPlaylist", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("reorderPlaylist", 404) => Some(&[ErrorCode::NotFound]),
        ("reorderPlaylist", 409) => Some(&[ErrorCode::OrderMismatch, ErrorCode::PlaylistReadOnly]),
        ("reorderPlaylist", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("getPlaybackSession", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("getPlaybackSession", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("getPlaybackSession", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("getPlaybackSession", 500) => Some(&[ErrorCode::InternalError]),
        ("updatePlaybackSession", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("updatePlaybackSession", 413) => Some(&[ErrorCode::PayloadTooLarge]),
        ("updatePlaybackSession", 415) => Some(&[ErrorCode::UnsupportedMediaType]),
        ("updatePlaybackSession", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("updatePlaybackSession", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("updatePlaybackSession", 409) => Some(&[
            ErrorCode::SessionConflict,
            ErrorCode::IndexOutOfRange,
            ErrorCode::QueueEmpty,
        ]),
        ("updatePlaybackSession", 422) => Some(&[ErrorCode::UnknownTrack]),
        ("updatePlaybackSession", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("updatePlaybackSession", 500) => Some(&[ErrorCode::InternalError]),
        ("listPlaybackHistory", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("listPlaybackHistory", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("listPlaybackHistory", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("listPlaybackHistory", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("playbackHistoryBack", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("playbackHistoryBack", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("playbackHistoryBack", 409) => Some(&[ErrorCode::HistoryEmpty]),
        ("playbackHistoryBack", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("createMediaSession", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("createMediaSession", 413) => Some(&[ErrorCode::PayloadTooLarge]),
        ("createMediaSession", 415) => Some(&[ErrorCode::UnsupportedMediaType]),
        ("createMediaSession", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("createMediaSession", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("createMediaSession", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("streamMedia", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("streamMedia", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("streamMedia", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("streamMedia", 404) => Some(&[ErrorCode::NotFound]),
        ("streamMedia", 416) => Some(&[ErrorCode::RangeNotSatisfiable]),
        ("streamMedia", 415) => Some(&[ErrorCode::TranscodeUnavailable]),
        ("streamMedia", 422) => Some(&[ErrorCode::Undecodable]),
        ("streamMedia", 429) => Some(&[ErrorCode::TooManyTranscodes]),
        ("streamMedia", 503) => {
            Some(&[ErrorCode::DatabaseUnavailable, ErrorCode::TranscodeStalled])
        }
        ("getArtwork", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("getArtwork", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("getArtwork", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("getArtwork", 404) => Some(&[ErrorCode::NotFound]),
        ("getArtwork", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("listSaved", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("listSaved", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("listSaved", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("listSaved", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("saveItem", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("saveItem", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("saveItem", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("saveItem", 404) => Some(&[ErrorCode::NotFound]),
        ("saveItem", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("unsaveItem", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("unsaveItem", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("unsaveItem", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("unsaveItem", 404) => Some(&[ErrorCode::NotFound]),
        ("unsaveItem", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("setMetadataOverridesBatch", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("setMetadataOverridesBatch", 413) => Some(&[ErrorCode::PayloadTooLarge]),
        ("setMetadataOverridesBatch", 415) => Some(&[ErrorCode::UnsupportedMediaType]),
        ("setMetadataOverridesBatch", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("setMetadataOverridesBatch", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("setMetadataOverridesBatch", 422) => Some(&[ErrorCode::UnknownTrack]),
        ("setMetadataOverridesBatch", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("getTrackMetadata", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("getTrackMetadata", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("getTrackMetadata", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("getTrackMetadata", 404) => Some(&[ErrorCode::NotFound]),
        ("getTrackMetadata", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("setTrackMetadataOverrides", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("setTrackMetadataOverrides", 413) => Some(&[ErrorCode::PayloadTooLarge]),
        ("setTrackMetadataOverrides", 415) => Some(&[ErrorCode::UnsupportedMediaType]),
        ("setTrackMetadataOverrides", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("setTrackMetadataOverrides", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("setTrackMetadataOverrides", 404) => Some(&[ErrorCode::NotFound]),
        ("setTrackMetadataOverrides", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("clearTrackMetadataOverrides", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("clearTrackMetadataOverrides", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("clearTrackMetadataOverrides", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("clearTrackMetadataOverrides", 404) => Some(&[ErrorCode::NotFound]),
        ("clearTrackMetadataOverrides", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("getTrackEnrichment", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("getTrackEnrichment", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("getTrackEnrichment", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("getTrackEnrichment", 404) => Some(&[ErrorCode::NotFound]),
        ("getTrackEnrichment", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("applyTrackEnrichment", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("applyTrackEnrichment", 413) => Some(&[ErrorCode::PayloadTooLarge]),
        ("applyTrackEnrichment", 415) => Some(&[ErrorCode::UnsupportedMediaType]),
        ("applyTrackEnrichment", 409) => Some(&[ErrorCode::SuggestionStale]),
        ("applyTrackEnrichment", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("applyTrackEnrichment", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("applyTrackEnrichment", 404) => Some(&[ErrorCode::NotFound]),
        ("applyTrackEnrichment", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("listShares", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("listShares", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("listShares", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("listShares", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("createShare", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("createShare", 413) => Some(&[ErrorCode::PayloadTooLarge]),
        ("createShare", 415) => Some(&[ErrorCode::UnsupportedMediaType]),
        ("createShare", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("createShare", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("createShare", 404) => Some(&[ErrorCode::NotFound]),
        ("createShare", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("updateShare", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("updateShare", 413) => Some(&[ErrorCode::PayloadTooLarge]),
        ("updateShare", 415) => Some(&[ErrorCode::UnsupportedMediaType]),
        ("updateShare", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("updateShare", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("updateShare", 404) => Some(&[ErrorCode::NotFound]),
        ("updateShare", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("deleteShare", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("deleteShare", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("deleteShare", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("deleteShare", 404) => Some(&[ErrorCode::NotFound]),
        ("deleteShare", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("bootstrapPlaylistShare", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("bootstrapPlaylistShare", 401) => Some(&[ErrorCode::SharePasswordRequired]),
        ("bootstrapPlaylistShare", 404) => Some(&[ErrorCode::NotFound]),
        ("bootstrapPlaylistShare", 429) => Some(&[ErrorCode::TooManyRequests]),
        ("bootstrapPlaylistShare", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("bootstrapAlbumShare", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("bootstrapAlbumShare", 401) => Some(&[ErrorCode::SharePasswordRequired]),
        ("bootstrapAlbumShare", 404) => Some(&[ErrorCode::NotFound]),
        ("bootstrapAlbumShare", 429) => Some(&[ErrorCode::TooManyRequests]),
        ("bootstrapAlbumShare", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("bootstrapArtistShare", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("bootstrapArtistShare", 401) => Some(&[ErrorCode::SharePasswordRequired]),
        ("bootstrapArtistShare", 404) => Some(&[ErrorCode::NotFound]),
        ("bootstrapArtistShare", 429) => Some(&[ErrorCode::TooManyRequests]),
        ("bootstrapArtistShare", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("bootstrapTrackShare", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("bootstrapTrackShare", 401) => Some(&[ErrorCode::SharePasswordRequired]),
        ("bootstrapTrackShare", 404) => Some(&[ErrorCode::NotFound]),
        ("bootstrapTrackShare", 429) => Some(&[ErrorCode::TooManyRequests]),
        ("bootstrapTrackShare", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("heartbeatShareSession", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("heartbeatShareSession", 413) => Some(&[ErrorCode::PayloadTooLarge]),
        ("heartbeatShareSession", 415) => Some(&[ErrorCode::UnsupportedMediaType]),
        ("heartbeatShareSession", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("heartbeatShareSession", 404) => Some(&[ErrorCode::ShareSessionExpired]),
        ("heartbeatShareSession", 429) => Some(&[ErrorCode::TooManyRequests]),
        ("heartbeatShareSession", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("getAuthStatus", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("getAuthStatus", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("armPairing", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("armPairing", 413) => Some(&[ErrorCode::PayloadTooLarge]),
        ("armPairing", 415) => Some(&[ErrorCode::UnsupportedMediaType]),
        ("armPairing", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("armPairing", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("disarmPairing", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("disarmPairing", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("listDevices", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("listDevices", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("listDevices", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("revokeDevice", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("revokeDevice", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("revokeDevice", 404) => Some(&[ErrorCode::NotFound]),
        ("revokeDevice", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("pairDevice", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("pairDevice", 413) => Some(&[ErrorCode::PayloadTooLarge]),
        ("pairDevice", 415) => Some(&[ErrorCode::UnsupportedMediaType]),
        ("pairDevice", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("pairDevice", 401) => Some(&[ErrorCode::InvalidPairingCode]),
        ("pairDevice", 429) => Some(&[ErrorCode::TooManyAttempts]),
        ("pairDevice", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("refreshTokens", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("refreshTokens", 413) => Some(&[ErrorCode::PayloadTooLarge]),
        ("refreshTokens", 415) => Some(&[ErrorCode::UnsupportedMediaType]),
        ("refreshTokens", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("refreshTokens", 401) => Some(&[
            ErrorCode::RefreshTokenReused,
            ErrorCode::TokenExpired,
            ErrorCode::InvalidToken,
            ErrorCode::DeviceRevoked,
        ]),
        ("refreshTokens", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("logout", 401) => Some(&[
            ErrorCode::Unauthorized,
            ErrorCode::InvalidToken,
            ErrorCode::TokenExpired,
            ErrorCode::DeviceRevoked,
            ErrorCode::MediaTokenExpired,
        ]),
        ("logout", 403) => Some(&[ErrorCode::NotADevice, ErrorCode::ForbiddenOrigin]),
        ("logout", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("getConnectQr", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("getConnectQr", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("getConnectQr", 409) => Some(&[ErrorCode::PairingNotArmed]),
        ("getConnectQr", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        ("getTunnelQr", 400) => Some(&[
            ErrorCode::BadRequest,
            ErrorCode::InvalidParameter,
            ErrorCode::InvalidBody,
        ]),
        ("getTunnelQr", 403) => Some(&[
            ErrorCode::LocalOnly,
            ErrorCode::ForbiddenOrigin,
            ErrorCode::Forbidden,
        ]),
        ("getTunnelQr", 404) => Some(&[ErrorCode::TunnelNotConfigured]),
        ("getTunnelQr", 503) => Some(&[ErrorCode::DatabaseUnavailable]),
        _ => None,
    }
}

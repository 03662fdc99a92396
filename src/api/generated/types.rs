// generated from openapi/music-hub.yaml — do not edit.
// Regenerate with `cargo run -p codegen -- generate`; `-- check` fails when this is stale.
//!
//! The document's component schemas and its tags: the types every other file uses.

#[allow(unused_imports)]
use super::*;
use poem_openapi::{Enum, Object, Tags, Union};

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
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ApiError")]
pub struct ApiError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: ErrorCode,
    /// A sentence for a person.
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    /// Machine-readable context, such as the offending `parameter`.
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

/// The registry of every `error` code the hub answers, each with the one status it comes
/// with (`x-status`). Each error response of an operation lists, as an enum, the codes that
/// operation can answer with that status; a code is used nowhere without being here, and
/// `codegen` refuses a response that names a code this list lacks or gives it another
/// status. The hub's Rust `ErrorCode` is generated from this list.
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "ErrorCode")]
pub enum ErrorCode {
    #[oai(rename = "bad_request")]
    #[serde(rename = "bad_request")]
    BadRequest,
    #[oai(rename = "invalid_parameter")]
    #[serde(rename = "invalid_parameter")]
    InvalidParameter,
    #[oai(rename = "invalid_body")]
    #[serde(rename = "invalid_body")]
    InvalidBody,
    #[oai(rename = "invalid_path")]
    #[serde(rename = "invalid_path")]
    InvalidPath,
    #[oai(rename = "duplicate_host")]
    #[serde(rename = "duplicate_host")]
    DuplicateHost,
    #[oai(rename = "malformed_request")]
    #[serde(rename = "malformed_request")]
    MalformedRequest,
    #[oai(rename = "unauthorized")]
    #[serde(rename = "unauthorized")]
    Unauthorized,
    #[oai(rename = "invalid_token")]
    #[serde(rename = "invalid_token")]
    InvalidToken,
    #[oai(rename = "token_expired")]
    #[serde(rename = "token_expired")]
    TokenExpired,
    #[oai(rename = "device_revoked")]
    #[serde(rename = "device_revoked")]
    DeviceRevoked,
    #[oai(rename = "refresh_token_reused")]
    #[serde(rename = "refresh_token_reused")]
    RefreshTokenReused,
    #[oai(rename = "invalid_pairing_code")]
    #[serde(rename = "invalid_pairing_code")]
    InvalidPairingCode,
    #[oai(rename = "media_token_expired")]
    #[serde(rename = "media_token_expired")]
    MediaTokenExpired,
    #[oai(rename = "share_password_required")]
    #[serde(rename = "share_password_required")]
    SharePasswordRequired,
    #[oai(rename = "local_only")]
    #[serde(rename = "local_only")]
    LocalOnly,
    #[oai(rename = "forbidden_origin")]
    #[serde(rename = "forbidden_origin")]
    ForbiddenOrigin,
    #[oai(rename = "forbidden")]
    #[serde(rename = "forbidden")]
    Forbidden,
    #[oai(rename = "not_a_device")]
    #[serde(rename = "not_a_device")]
    NotADevice,
    #[oai(rename = "not_found")]
    #[serde(rename = "not_found")]
    NotFound,
    #[oai(rename = "share_session_expired")]
    #[serde(rename = "share_session_expired")]
    ShareSessionExpired,
    #[oai(rename = "tunnel_not_configured")]
    #[serde(rename = "tunnel_not_configured")]
    TunnelNotConfigured,
    #[oai(rename = "method_not_allowed")]
    #[serde(rename = "method_not_allowed")]
    MethodNotAllowed,
    #[oai(rename = "database_healthy")]
    #[serde(rename = "database_healthy")]
    DatabaseHealthy,
    #[oai(rename = "scan_in_progress")]
    #[serde(rename = "scan_in_progress")]
    ScanInProgress,
    #[oai(rename = "scan_not_running")]
    #[serde(rename = "scan_not_running")]
    ScanNotRunning,
    #[oai(rename = "playlist_read_only")]
    #[serde(rename = "playlist_read_only")]
    PlaylistReadOnly,
    #[oai(rename = "order_mismatch")]
    #[serde(rename = "order_mismatch")]
    OrderMismatch,
    #[oai(rename = "session_conflict")]
    #[serde(rename = "session_conflict")]
    SessionConflict,
    #[oai(rename = "index_out_of_range")]
    #[serde(rename = "index_out_of_range")]
    IndexOutOfRange,
    #[oai(rename = "queue_empty")]
    #[serde(rename = "queue_empty")]
    QueueEmpty,
    #[oai(rename = "history_empty")]
    #[serde(rename = "history_empty")]
    HistoryEmpty,
    #[oai(rename = "suggestion_stale")]
    #[serde(rename = "suggestion_stale")]
    SuggestionStale,
    #[oai(rename = "pairing_not_armed")]
    #[serde(rename = "pairing_not_armed")]
    PairingNotArmed,
    #[oai(rename = "payload_too_large")]
    #[serde(rename = "payload_too_large")]
    PayloadTooLarge,
    #[oai(rename = "uri_too_long")]
    #[serde(rename = "uri_too_long")]
    UriTooLong,
    #[oai(rename = "unsupported_media_type")]
    #[serde(rename = "unsupported_media_type")]
    UnsupportedMediaType,
    #[oai(rename = "range_not_satisfiable")]
    #[serde(rename = "range_not_satisfiable")]
    RangeNotSatisfiable,
    #[oai(rename = "transcode_unavailable")]
    #[serde(rename = "transcode_unavailable")]
    TranscodeUnavailable,
    #[oai(rename = "unknown_track")]
    #[serde(rename = "unknown_track")]
    UnknownTrack,
    #[oai(rename = "undecodable")]
    #[serde(rename = "undecodable")]
    Undecodable,
    #[oai(rename = "too_many_transcodes")]
    #[serde(rename = "too_many_transcodes")]
    TooManyTranscodes,
    #[oai(rename = "transcode_stalled")]
    #[serde(rename = "transcode_stalled")]
    TranscodeStalled,
    #[oai(rename = "too_many_attempts")]
    #[serde(rename = "too_many_attempts")]
    TooManyAttempts,
    #[oai(rename = "too_many_requests")]
    #[serde(rename = "too_many_requests")]
    TooManyRequests,
    #[oai(rename = "headers_too_large")]
    #[serde(rename = "headers_too_large")]
    HeadersTooLarge,
    #[oai(rename = "internal_error")]
    #[serde(rename = "internal_error")]
    InternalError,
    #[oai(rename = "undocumented_status")]
    #[serde(rename = "undocumented_status")]
    UndocumentedStatus,
    #[oai(rename = "not_implemented")]
    #[serde(rename = "not_implemented")]
    NotImplemented,
    #[oai(rename = "database_unavailable")]
    #[serde(rename = "database_unavailable")]
    DatabaseUnavailable,
    #[oai(rename = "service_unavailable")]
    #[serde(rename = "service_unavailable")]
    ServiceUnavailable,
}

impl ErrorCode {
    /// Every code, in the registry's order.
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::BadRequest,
        ErrorCode::InvalidParameter,
        ErrorCode::InvalidBody,
        ErrorCode::InvalidPath,
        ErrorCode::DuplicateHost,
        ErrorCode::MalformedRequest,
        ErrorCode::Unauthorized,
        ErrorCode::InvalidToken,
        ErrorCode::TokenExpired,
        ErrorCode::DeviceRevoked,
        ErrorCode::RefreshTokenReused,
        ErrorCode::InvalidPairingCode,
        ErrorCode::MediaTokenExpired,
        ErrorCode::SharePasswordRequired,
        ErrorCode::LocalOnly,
        ErrorCode::ForbiddenOrigin,
        ErrorCode::Forbidden,
        ErrorCode::NotADevice,
        ErrorCode::NotFound,
        ErrorCode::ShareSessionExpired,
        ErrorCode::TunnelNotConfigured,
        ErrorCode::MethodNotAllowed,
        ErrorCode::DatabaseHealthy,
        ErrorCode::ScanInProgress,
        ErrorCode::ScanNotRunning,
        ErrorCode::PlaylistReadOnly,
        ErrorCode::OrderMismatch,
        ErrorCode::SessionConflict,
        ErrorCode::IndexOutOfRange,
        ErrorCode::QueueEmpty,
        ErrorCode::HistoryEmpty,
        ErrorCode::SuggestionStale,
        ErrorCode::PairingNotArmed,
        ErrorCode::PayloadTooLarge,
        ErrorCode::UriTooLong,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::RangeNotSatisfiable,
        ErrorCode::TranscodeUnavailable,
        ErrorCode::UnknownTrack,
        ErrorCode::Undecodable,
        ErrorCode::TooManyTranscodes,
        ErrorCode::TranscodeStalled,
        ErrorCode::TooManyAttempts,
        ErrorCode::TooManyRequests,
        ErrorCode::HeadersTooLarge,
        ErrorCode::InternalError,
        ErrorCode::UndocumentedStatus,
        ErrorCode::NotImplemented,
        ErrorCode::DatabaseUnavailable,
        ErrorCode::ServiceUnavailable,
    ];

    /// The code as an answer writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::BadRequest => "bad_request",
            ErrorCode::InvalidParameter => "invalid_parameter",
            ErrorCode::InvalidBody => "invalid_body",
            ErrorCode::InvalidPath => "invalid_path",
            ErrorCode::DuplicateHost => "duplicate_host",
            ErrorCode::MalformedRequest => "malformed_request",
            ErrorCode::Unauthorized => "unauthorized",
            ErrorCode::InvalidToken => "invalid_token",
            ErrorCode::TokenExpired => "token_expired",
            ErrorCode::DeviceRevoked => "device_revoked",
            ErrorCode::RefreshTokenReused => "refresh_token_reused",
            ErrorCode::InvalidPairingCode => "invalid_pairing_code",
            ErrorCode::MediaTokenExpired => "media_token_expired",
            ErrorCode::SharePasswordRequired => "share_password_required",
            ErrorCode::LocalOnly => "local_only",
            ErrorCode::ForbiddenOrigin => "forbidden_origin",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::NotADevice => "not_a_device",
            ErrorCode::NotFound => "not_found",
            ErrorCode::ShareSessionExpired => "share_session_expired",
            ErrorCode::TunnelNotConfigured => "tunnel_not_configured",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
            ErrorCode::DatabaseHealthy => "database_healthy",
            ErrorCode::ScanInProgress => "scan_in_progress",
            ErrorCode::ScanNotRunning => "scan_not_running",
            ErrorCode::PlaylistReadOnly => "playlist_read_only",
            ErrorCode::OrderMismatch => "order_mismatch",
            ErrorCode::SessionConflict => "session_conflict",
            ErrorCode::IndexOutOfRange => "index_out_of_range",
            ErrorCode::QueueEmpty => "queue_empty",
            ErrorCode::HistoryEmpty => "history_empty",
            ErrorCode::SuggestionStale => "suggestion_stale",
            ErrorCode::PairingNotArmed => "pairing_not_armed",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::UriTooLong => "uri_too_long",
            ErrorCode::UnsupportedMediaType => "unsupported_media_type",
            ErrorCode::RangeNotSatisfiable => "range_not_satisfiable",
            ErrorCode::TranscodeUnavailable => "transcode_unavailable",
            ErrorCode::UnknownTrack => "unknown_track",
            ErrorCode::Undecodable => "undecodable",
            ErrorCode::TooManyTranscodes => "too_many_transcodes",
            ErrorCode::TranscodeStalled => "transcode_stalled",
            ErrorCode::TooManyAttempts => "too_many_attempts",
            ErrorCode::TooManyRequests => "too_many_requests",
            ErrorCode::HeadersTooLarge => "headers_too_large",
            ErrorCode::InternalError => "internal_error",
            ErrorCode::UndocumentedStatus => "undocumented_status",
            ErrorCode::NotImplemented => "not_implemented",
            ErrorCode::DatabaseUnavailable => "database_unavailable",
            ErrorCode::ServiceUnavailable => "service_unavailable",
        }
    }

    /// The one status the code comes with.
    pub fn status(self) -> u16 {
        match self {
            ErrorCode::BadRequest => 400,
            ErrorCode::InvalidParameter => 400,
            ErrorCode::InvalidBody => 400,
            ErrorCode::InvalidPath => 400,
            ErrorCode::DuplicateHost => 400,
            ErrorCode::MalformedRequest => 400,
            ErrorCode::Unauthorized => 401,
            ErrorCode::InvalidToken => 401,
            ErrorCode::TokenExpired => 401,
            ErrorCode::DeviceRevoked => 401,
            ErrorCode::RefreshTokenReused => 401,
            ErrorCode::InvalidPairingCode => 401,
            ErrorCode::MediaTokenExpired => 401,
            ErrorCode::SharePasswordRequired => 401,
            ErrorCode::LocalOnly => 403,
            ErrorCode::ForbiddenOrigin => 403,
            ErrorCode::Forbidden => 403,
            ErrorCode::NotADevice => 403,
            ErrorCode::NotFound => 404,
            ErrorCode::ShareSessionExpired => 404,
            ErrorCode::TunnelNotConfigured => 404,
            ErrorCode::MethodNotAllowed => 405,
            ErrorCode::DatabaseHealthy => 409,
            ErrorCode::ScanInProgress => 409,
            ErrorCode::ScanNotRunning => 409,
            ErrorCode::PlaylistReadOnly => 409,
            ErrorCode::OrderMismatch => 409,
            ErrorCode::SessionConflict => 409,
            ErrorCode::IndexOutOfRange => 409,
            ErrorCode::QueueEmpty => 409,
            ErrorCode::HistoryEmpty => 409,
            ErrorCode::SuggestionStale => 409,
            ErrorCode::PairingNotArmed => 409,
            ErrorCode::PayloadTooLarge => 413,
            ErrorCode::UriTooLong => 414,
            ErrorCode::UnsupportedMediaType => 415,
            ErrorCode::RangeNotSatisfiable => 416,
            ErrorCode::TranscodeUnavailable => 415,
            ErrorCode::UnknownTrack => 422,
            ErrorCode::Undecodable => 422,
            ErrorCode::TooManyTranscodes => 429,
            ErrorCode::TranscodeStalled => 503,
            ErrorCode::TooManyAttempts => 429,
            ErrorCode::TooManyRequests => 429,
            ErrorCode::HeadersTooLarge => 431,
            ErrorCode::InternalError => 500,
            ErrorCode::UndocumentedStatus => 500,
            ErrorCode::NotImplemented => 501,
            ErrorCode::DatabaseUnavailable => 503,
            ErrorCode::ServiceUnavailable => 503,
        }
    }

    /// What the code means, as the registry says.
    pub fn meaning(self) -> &'static str {
        match self {
            ErrorCode::BadRequest => "A request the hub cannot use, refused by the framework before a parameter or the body was read.",
            ErrorCode::InvalidParameter => "A path, query or header parameter is invalid; `details.parameter` names it.",
            ErrorCode::InvalidBody => "The body is invalid; `details.parameter` names the field when one is to blame.",
            ErrorCode::InvalidPath => "A browse `path` leaves the library roots or names no root.",
            ErrorCode::DuplicateHost => "The request has two `Host` headers (answered before routing).",
            ErrorCode::MalformedRequest => "The bytes are not HTTP the hub can read (answered before routing).",
            ErrorCode::Unauthorized => "A remote call without a valid bearer token, or a media token that is not valid.",
            ErrorCode::InvalidToken => "The bearer or refresh token is not one the hub issued.",
            ErrorCode::TokenExpired => "The token has expired; refresh it or pair again.",
            ErrorCode::DeviceRevoked => "The device the token belongs to was revoked.",
            ErrorCode::RefreshTokenReused => "A refresh token was used twice; the device must pair again.",
            ErrorCode::InvalidPairingCode => "The pairing code is wrong, used or expired, or pairing is not armed.",
            ErrorCode::MediaTokenExpired => "The media token has expired, or the share it was issued for ended.",
            ErrorCode::SharePasswordRequired => "The share has a password and `X-Share-Password` was missing or wrong.",
            ErrorCode::LocalOnly => "A remote call to an operation only the hubs own machine may call.",
            ErrorCode::ForbiddenOrigin => "A local state-changing call from a web page of another origin.",
            ErrorCode::Forbidden => "A media token used outside its scope.",
            ErrorCode::NotADevice => "The call is not authenticated as a paired device.",
            ErrorCode::NotFound => "No such item (or no such route).",
            ErrorCode::ShareSessionExpired => "The share session expired or its share was deleted; bootstrap again.",
            ErrorCode::TunnelNotConfigured => "No public tunnel URL is configured.",
            ErrorCode::MethodNotAllowed => "The path does not take this method; `Allow` lists those it takes (answered before routing).",
            ErrorCode::DatabaseHealthy => "A rebuild of a healthy database without `force`.",
            ErrorCode::ScanInProgress => "A scan is already running; `details.scanId` names it.",
            ErrorCode::ScanNotRunning => "No scan is running.",
            ErrorCode::PlaylistReadOnly => "The playlist follows a playlist file in the library folders.",
            ErrorCode::OrderMismatch => "A reorder that does not name exactly the playlists current entries.",
            ErrorCode::SessionConflict => "The playback session changed since `baseRevision`; `details.revision` is the current one.",
            ErrorCode::IndexOutOfRange => "`currentIndex` is past the end of the sessions queue; `details.queueLength` says its length.",
            ErrorCode::QueueEmpty => "The queue is empty, so there is nothing to play or pause.",
            ErrorCode::HistoryEmpty => "There is no earlier play to go back to.",
            ErrorCode::SuggestionStale => "The track changed since the suggestion was made.",
            ErrorCode::PairingNotArmed => "Pairing is not armed.",
            ErrorCode::PayloadTooLarge => "The body is larger than the operation accepts (answered before routing).",
            ErrorCode::UriTooLong => "The request line is too long (answered before routing).",
            ErrorCode::UnsupportedMediaType => "The body is not `application/json`.",
            ErrorCode::RangeNotSatisfiable => "The range lies outside the file; `details.size` and `Content-Range` give its size.",
            ErrorCode::TranscodeUnavailable => "The file's format needs ffmpeg to be transcoded, and ffmpeg is not on the hub's PATH (or lacks the encoder asked for).",
            ErrorCode::UnknownTrack => "The body names a track id that is not in the library; `details.trackId` names it.",
            ErrorCode::Undecodable => "The file cannot be decoded (damaged, or not audio), so it cannot be transcoded.",
            ErrorCode::TooManyTranscodes => "Every encoder slot is busy; wait `Retry-After` seconds.",
            ErrorCode::TranscodeStalled => "The transcode did not start, or reach the range asked for, in time (its source is slow to read, the range is far ahead of the encoder, or the hub is overloaded); wait `Retry-After` seconds (the encode goes on), ask with `timeOffsetMs`, or stream the file as it is.",
            ErrorCode::TooManyAttempts => "Too many wrong pairing codes; wait `Retry-After` seconds.",
            ErrorCode::TooManyRequests => "Too many share requests from this address; wait `Retry-After` seconds.",
            ErrorCode::HeadersTooLarge => "Too many header fields, or too large ones (answered before routing).",
            ErrorCode::InternalError => "The hub failed inside; the details are in its log and nothing was lost.",
            ErrorCode::UndocumentedStatus => "A debug build of the hub answered something its contract does not list (a bug in the hub or the document).",
            ErrorCode::NotImplemented => "The operation is in the contract but not built yet.",
            ErrorCode::DatabaseUnavailable => "The database is not healthy; see `GET /api/info`.",
            ErrorCode::ServiceUnavailable => "The hub cannot take the request now (a layer before routing); try again.",
        }
    }
}

/// An `ApiError` whose `error` is one of `BadRequestCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "BadRequestError")]
pub struct BadRequestError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: BadRequestCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "BadRequestCode")]
pub enum BadRequestCode {
    #[oai(rename = "bad_request")]
    #[serde(rename = "bad_request")]
    BadRequest,
    #[oai(rename = "invalid_parameter")]
    #[serde(rename = "invalid_parameter")]
    InvalidParameter,
    #[oai(rename = "invalid_body")]
    #[serde(rename = "invalid_body")]
    InvalidBody,
}

/// An `ApiError` whose `error` is one of `UnauthorizedCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "UnauthorizedError")]
pub struct UnauthorizedError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: UnauthorizedCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "UnauthorizedCode")]
pub enum UnauthorizedCode {
    #[oai(rename = "unauthorized")]
    #[serde(rename = "unauthorized")]
    Unauthorized,
    #[oai(rename = "invalid_token")]
    #[serde(rename = "invalid_token")]
    InvalidToken,
    #[oai(rename = "token_expired")]
    #[serde(rename = "token_expired")]
    TokenExpired,
    #[oai(rename = "device_revoked")]
    #[serde(rename = "device_revoked")]
    DeviceRevoked,
    #[oai(rename = "media_token_expired")]
    #[serde(rename = "media_token_expired")]
    MediaTokenExpired,
}

/// An `ApiError` whose `error` is one of `ForbiddenCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ForbiddenError")]
pub struct ForbiddenError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: ForbiddenCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "ForbiddenCode")]
pub enum ForbiddenCode {
    #[oai(rename = "local_only")]
    #[serde(rename = "local_only")]
    LocalOnly,
    #[oai(rename = "forbidden_origin")]
    #[serde(rename = "forbidden_origin")]
    ForbiddenOrigin,
    #[oai(rename = "forbidden")]
    #[serde(rename = "forbidden")]
    Forbidden,
}

/// An `ApiError` whose `error` is one of `NotFoundCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "NotFoundError")]
pub struct NotFoundError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: NotFoundCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "NotFoundCode")]
pub enum NotFoundCode {
    #[oai(rename = "not_found")]
    #[serde(rename = "not_found")]
    NotFound,
}

/// An `ApiError` whose `error` is one of `PlaylistReadOnlyCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistReadOnlyError")]
pub struct PlaylistReadOnlyError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: PlaylistReadOnlyCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "PlaylistReadOnlyCode")]
pub enum PlaylistReadOnlyCode {
    #[oai(rename = "playlist_read_only")]
    #[serde(rename = "playlist_read_only")]
    PlaylistReadOnly,
}

/// An `ApiError` whose `error` is one of `UnknownTrackCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "UnknownTrackError")]
pub struct UnknownTrackError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: UnknownTrackCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "UnknownTrackCode")]
pub enum UnknownTrackCode {
    #[oai(rename = "unknown_track")]
    #[serde(rename = "unknown_track")]
    UnknownTrack,
}

/// An `ApiError` whose `error` is one of `TooManyRequestsCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "TooManyRequestsError")]
pub struct TooManyRequestsError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: TooManyRequestsCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "TooManyRequestsCode")]
pub enum TooManyRequestsCode {
    #[oai(rename = "too_many_attempts")]
    #[serde(rename = "too_many_attempts")]
    TooManyAttempts,
}

/// An `ApiError` whose `error` is one of `TranscodeUnavailableCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "TranscodeUnavailableError")]
pub struct TranscodeUnavailableError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: TranscodeUnavailableCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "TranscodeUnavailableCode")]
pub enum TranscodeUnavailableCode {
    #[oai(rename = "transcode_unavailable")]
    #[serde(rename = "transcode_unavailable")]
    TranscodeUnavailable,
}

/// An `ApiError` whose `error` is one of `UndecodableCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "UndecodableError")]
pub struct UndecodableError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: UndecodableCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "UndecodableCode")]
pub enum UndecodableCode {
    #[oai(rename = "undecodable")]
    #[serde(rename = "undecodable")]
    Undecodable,
}

/// An `ApiError` whose `error` is one of `TooManyTranscodesCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "TooManyTranscodesError")]
pub struct TooManyTranscodesError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: TooManyTranscodesCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "TooManyTranscodesCode")]
pub enum TooManyTranscodesCode {
    #[oai(rename = "too_many_transcodes")]
    #[serde(rename = "too_many_transcodes")]
    TooManyTranscodes,
}

/// An `ApiError` whose `error` is one of `StreamUnavailableCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "StreamUnavailableError")]
pub struct StreamUnavailableError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: StreamUnavailableCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "StreamUnavailableCode")]
pub enum StreamUnavailableCode {
    #[oai(rename = "database_unavailable")]
    #[serde(rename = "database_unavailable")]
    DatabaseUnavailable,
    #[oai(rename = "transcode_stalled")]
    #[serde(rename = "transcode_stalled")]
    TranscodeStalled,
}

/// An `ApiError` whose `error` is one of `SharePasswordRequiredCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "SharePasswordRequiredError")]
pub struct SharePasswordRequiredError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: SharePasswordRequiredCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "SharePasswordRequiredCode")]
pub enum SharePasswordRequiredCode {
    #[oai(rename = "share_password_required")]
    #[serde(rename = "share_password_required")]
    SharePasswordRequired,
}

/// An `ApiError` whose `error` is one of `ShareRateLimitedCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ShareRateLimitedError")]
pub struct ShareRateLimitedError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: ShareRateLimitedCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "ShareRateLimitedCode")]
pub enum ShareRateLimitedCode {
    #[oai(rename = "too_many_requests")]
    #[serde(rename = "too_many_requests")]
    TooManyRequests,
}

/// An `ApiError` whose `error` is one of `NotImplementedCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "NotImplementedError")]
pub struct NotImplementedError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: NotImplementedCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "NotImplementedCode")]
pub enum NotImplementedCode {
    #[oai(rename = "not_implemented")]
    #[serde(rename = "not_implemented")]
    NotImplemented,
}

/// An `ApiError` whose `error` is one of `DatabaseUnavailableCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "DatabaseUnavailableError")]
pub struct DatabaseUnavailableError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: DatabaseUnavailableCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "DatabaseUnavailableCode")]
pub enum DatabaseUnavailableCode {
    #[oai(rename = "database_unavailable")]
    #[serde(rename = "database_unavailable")]
    DatabaseUnavailable,
}

/// An `ApiError` whose `error` is one of `PayloadTooLargeCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PayloadTooLargeError")]
pub struct PayloadTooLargeError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: PayloadTooLargeCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "PayloadTooLargeCode")]
pub enum PayloadTooLargeCode {
    #[oai(rename = "payload_too_large")]
    #[serde(rename = "payload_too_large")]
    PayloadTooLarge,
}

/// An `ApiError` whose `error` is one of `UnsupportedMediaTypeCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "UnsupportedMediaTypeError")]
pub struct UnsupportedMediaTypeError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: UnsupportedMediaTypeCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "UnsupportedMediaTypeCode")]
pub enum UnsupportedMediaTypeCode {
    #[oai(rename = "unsupported_media_type")]
    #[serde(rename = "unsupported_media_type")]
    UnsupportedMediaType,
}

/// An `ApiError` whose `error` is one of `InternalErrorCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "InternalErrorError")]
pub struct InternalErrorError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: InternalErrorCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "InternalErrorCode")]
pub enum InternalErrorCode {
    #[oai(rename = "internal_error")]
    #[serde(rename = "internal_error")]
    InternalError,
}

/// An `ApiError` whose `error` is one of `DatabaseHealthyCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "DatabaseHealthyError")]
pub struct DatabaseHealthyError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: DatabaseHealthyCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "DatabaseHealthyCode")]
pub enum DatabaseHealthyCode {
    #[oai(rename = "database_healthy")]
    #[serde(rename = "database_healthy")]
    DatabaseHealthy,
}

/// An `ApiError` whose `error` is one of `BrowseBadRequestCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "BrowseBadRequestError")]
pub struct BrowseBadRequestError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: BrowseBadRequestCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "BrowseBadRequestCode")]
pub enum BrowseBadRequestCode {
    #[oai(rename = "bad_request")]
    #[serde(rename = "bad_request")]
    BadRequest,
    #[oai(rename = "invalid_parameter")]
    #[serde(rename = "invalid_parameter")]
    InvalidParameter,
    #[oai(rename = "invalid_path")]
    #[serde(rename = "invalid_path")]
    InvalidPath,
}

/// An `ApiError` whose `error` is one of `ScanInProgressCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ScanInProgressError")]
pub struct ScanInProgressError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: ScanInProgressCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "ScanInProgressCode")]
pub enum ScanInProgressCode {
    #[oai(rename = "scan_in_progress")]
    #[serde(rename = "scan_in_progress")]
    ScanInProgress,
}

/// An `ApiError` whose `error` is one of `ScanNotRunningCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ScanNotRunningError")]
pub struct ScanNotRunningError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: ScanNotRunningCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "ScanNotRunningCode")]
pub enum ScanNotRunningCode {
    #[oai(rename = "scan_not_running")]
    #[serde(rename = "scan_not_running")]
    ScanNotRunning,
}

/// An `ApiError` whose `error` is one of `ReorderConflictCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ReorderConflictError")]
pub struct ReorderConflictError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: ReorderConflictCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "ReorderConflictCode")]
pub enum ReorderConflictCode {
    #[oai(rename = "order_mismatch")]
    #[serde(rename = "order_mismatch")]
    OrderMismatch,
    #[oai(rename = "playlist_read_only")]
    #[serde(rename = "playlist_read_only")]
    PlaylistReadOnly,
}

/// An `ApiError` whose `error` is one of `SessionConflictCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "SessionConflictError")]
pub struct SessionConflictError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: SessionConflictCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "SessionConflictCode")]
pub enum SessionConflictCode {
    #[oai(rename = "session_conflict")]
    #[serde(rename = "session_conflict")]
    SessionConflict,
    #[oai(rename = "index_out_of_range")]
    #[serde(rename = "index_out_of_range")]
    IndexOutOfRange,
    #[oai(rename = "queue_empty")]
    #[serde(rename = "queue_empty")]
    QueueEmpty,
}

/// An `ApiError` whose `error` is one of `HistoryEmptyCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "HistoryEmptyError")]
pub struct HistoryEmptyError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: HistoryEmptyCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "HistoryEmptyCode")]
pub enum HistoryEmptyCode {
    #[oai(rename = "history_empty")]
    #[serde(rename = "history_empty")]
    HistoryEmpty,
}

/// An `ApiError` whose `error` is one of `RangeNotSatisfiableCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "RangeNotSatisfiableError")]
pub struct RangeNotSatisfiableError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: RangeNotSatisfiableCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "RangeNotSatisfiableCode")]
pub enum RangeNotSatisfiableCode {
    #[oai(rename = "range_not_satisfiable")]
    #[serde(rename = "range_not_satisfiable")]
    RangeNotSatisfiable,
}

/// An `ApiError` whose `error` is one of `SuggestionStaleCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "SuggestionStaleError")]
pub struct SuggestionStaleError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: SuggestionStaleCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "SuggestionStaleCode")]
pub enum SuggestionStaleCode {
    #[oai(rename = "suggestion_stale")]
    #[serde(rename = "suggestion_stale")]
    SuggestionStale,
}

/// An `ApiError` whose `error` is one of `ShareSessionExpiredCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ShareSessionExpiredError")]
pub struct ShareSessionExpiredError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: ShareSessionExpiredCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "ShareSessionExpiredCode")]
pub enum ShareSessionExpiredCode {
    #[oai(rename = "share_session_expired")]
    #[serde(rename = "share_session_expired")]
    ShareSessionExpired,
}

/// An `ApiError` whose `error` is one of `InvalidPairingCodeCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "InvalidPairingCodeError")]
pub struct InvalidPairingCodeError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: InvalidPairingCodeCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "InvalidPairingCodeCode")]
pub enum InvalidPairingCodeCode {
    #[oai(rename = "invalid_pairing_code")]
    #[serde(rename = "invalid_pairing_code")]
    InvalidPairingCode,
}

/// An `ApiError` whose `error` is one of `RefreshRefusedCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "RefreshRefusedError")]
pub struct RefreshRefusedError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: RefreshRefusedCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "RefreshRefusedCode")]
pub enum RefreshRefusedCode {
    #[oai(rename = "refresh_token_reused")]
    #[serde(rename = "refresh_token_reused")]
    RefreshTokenReused,
    #[oai(rename = "token_expired")]
    #[serde(rename = "token_expired")]
    TokenExpired,
    #[oai(rename = "invalid_token")]
    #[serde(rename = "invalid_token")]
    InvalidToken,
    #[oai(rename = "device_revoked")]
    #[serde(rename = "device_revoked")]
    DeviceRevoked,
}

/// An `ApiError` whose `error` is one of `LogoutForbiddenCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "LogoutForbiddenError")]
pub struct LogoutForbiddenError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: LogoutForbiddenCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "LogoutForbiddenCode")]
pub enum LogoutForbiddenCode {
    #[oai(rename = "not_a_device")]
    #[serde(rename = "not_a_device")]
    NotADevice,
    #[oai(rename = "forbidden_origin")]
    #[serde(rename = "forbidden_origin")]
    ForbiddenOrigin,
}

/// An `ApiError` whose `error` is one of `PairingNotArmedCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PairingNotArmedError")]
pub struct PairingNotArmedError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: PairingNotArmedCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "PairingNotArmedCode")]
pub enum PairingNotArmedCode {
    #[oai(rename = "pairing_not_armed")]
    #[serde(rename = "pairing_not_armed")]
    PairingNotArmed,
}

/// An `ApiError` whose `error` is one of `TunnelNotConfiguredCode`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "TunnelNotConfiguredError")]
pub struct TunnelNotConfiguredError {
    #[oai(rename = "error", deserialize_with = "field_readers::read_error")]
    #[serde(rename = "error")]
    pub error: TunnelNotConfiguredCode,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
    #[oai(
        rename = "details",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_details"
    )]
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "TunnelNotConfiguredCode")]
pub enum TunnelNotConfiguredCode {
    #[oai(rename = "tunnel_not_configured")]
    #[serde(rename = "tunnel_not_configured")]
    TunnelNotConfigured,
}

/// Sort direction.
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "SortOrder")]
pub enum SortOrder {
    #[oai(rename = "asc")]
    #[serde(rename = "asc")]
    Asc,
    #[oai(rename = "desc")]
    #[serde(rename = "desc")]
    Desc,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "Ping")]
pub struct Ping {
    #[oai(rename = "ok", deserialize_with = "field_readers::read_ok")]
    #[serde(rename = "ok")]
    pub ok: bool,
    #[oai(rename = "version", deserialize_with = "text_readers::read_version")]
    #[serde(rename = "version")]
    pub version: String,
}

/// `healthy`; `unavailable` while another program holds the database file locked (the
/// hub checks again by itself and becomes healthy when the lock is gone: wait, do not
/// rebuild); `faulted` when the file is damaged or cannot be used (recover with
/// `POST /api/database/rebuild`); `rebuilding` during a rebuild; `readOnly` when the
/// data dir or the database file may not be written (a read-only mount, a folder the
/// hub's user may not write): reads are served, every write answers
/// `503 database_unavailable` with `Retry-After`, a rebuild is refused the same way, and
/// the hub becomes healthy by itself once it may write there again.
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "DatabaseHealthStatus")]
pub enum DatabaseHealthStatus {
    #[oai(rename = "healthy")]
    #[serde(rename = "healthy")]
    Healthy,
    #[oai(rename = "unavailable")]
    #[serde(rename = "unavailable")]
    Unavailable,
    #[oai(rename = "faulted")]
    #[serde(rename = "faulted")]
    Faulted,
    #[oai(rename = "rebuilding")]
    #[serde(rename = "rebuilding")]
    Rebuilding,
    #[oai(rename = "readOnly")]
    #[serde(rename = "readOnly")]
    ReadOnly,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "DatabaseHealth")]
pub struct DatabaseHealth {
    #[oai(rename = "status", deserialize_with = "field_readers::read_status")]
    #[serde(rename = "status")]
    pub status: DatabaseHealthStatus,
    /// Why the database is in this state, for a person.
    #[oai(rename = "detail", deserialize_with = "text_readers::read_detail")]
    #[serde(rename = "detail")]
    pub detail: String,
    #[oai(
        rename = "checkedAt",
        deserialize_with = "field_readers::read_checked_at"
    )]
    #[serde(rename = "checkedAt", serialize_with = "crate::api::payload::rfc3339")]
    pub checked_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "HubInfo")]
pub struct HubInfo {
    #[oai(rename = "name", deserialize_with = "text_readers::read_name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "version", deserialize_with = "text_readers::read_version")]
    #[serde(rename = "version")]
    pub version: String,
    /// The `info.version` of the OpenAPI document the hub serves.
    #[oai(
        rename = "apiVersion",
        deserialize_with = "text_readers::read_api_version"
    )]
    #[serde(rename = "apiVersion")]
    pub api_version: String,
    /// A random id made on first start and kept in the data dir.
    #[oai(rename = "hubId", deserialize_with = "text_readers::read_hub_id")]
    #[serde(rename = "hubId")]
    pub hub_id: String,
    #[oai(rename = "port", deserialize_with = "field_readers::read_port")]
    #[serde(rename = "port")]
    pub port: i32,
    #[oai(
        rename = "databaseHealth",
        deserialize_with = "field_readers::read_database_health"
    )]
    #[serde(rename = "databaseHealth")]
    pub database_health: DatabaseHealth,
    #[oai(
        rename = "transcoding",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_transcoding"
    )]
    #[serde(rename = "transcoding", skip_serializing_if = "Option::is_none")]
    pub transcoding: Option<TranscodingInfo>,
    /// Every music folder given with `--library`, as the disk has it now, so that a
    /// mistyped or unplugged folder shows here and not only in the hub's log. Absent
    /// for anonymous remote callers: the folders are the person's business.
    #[oai(
        rename = "libraries",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_libraries"
    )]
    #[serde(rename = "libraries", skip_serializing_if = "Option::is_none")]
    pub libraries: Option<Vec<LibraryFolder>>,
}

/// What the hub can transcode with (see `GET /api/media/stream/{trackId}`).
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "TranscodingInfo")]
pub struct TranscodingInfo {
    /// The built-in engine always; `ffmpeg` when it is on the hub's PATH (it decodes the formats the built-in one cannot).
    #[oai(rename = "engines", deserialize_with = "field_readers::read_engines")]
    #[serde(rename = "engines")]
    pub engines: Vec<TranscodeEngine>,
    #[oai(rename = "profiles", deserialize_with = "field_readers::read_profiles")]
    #[serde(rename = "profiles")]
    pub profiles: Vec<TranscodeProfileInfo>,
    /// Encodes that may run at once (one per core); more answer `429 too_many_transcodes`.
    #[oai(
        rename = "maxConcurrent",
        deserialize_with = "field_readers::read_max_concurrent"
    )]
    #[serde(rename = "maxConcurrent")]
    pub max_concurrent: i32,
    /// The bytes finished transcodes may take on disk (`--transcode-cache-mb`).
    #[oai(
        rename = "cacheBudgetBytes",
        deserialize_with = "field_readers::read_cache_budget_bytes"
    )]
    #[serde(rename = "cacheBudgetBytes")]
    pub cache_budget_bytes: i64,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "TranscodeEngine")]
pub struct TranscodeEngine {
    #[oai(rename = "name", deserialize_with = "field_readers::read_name")]
    #[serde(rename = "name")]
    pub name: TranscodeEngineName,
    /// What the engine is built from (`libopus 1.5.2, LAME 3.100`) or `ffmpeg -version`'s first line.
    #[oai(rename = "version", deserialize_with = "text_readers::read_version")]
    #[serde(rename = "version")]
    pub version: String,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "TranscodeEngineName")]
pub enum TranscodeEngineName {
    #[oai(rename = "builtin")]
    #[serde(rename = "builtin")]
    Builtin,
    #[oai(rename = "ffmpeg")]
    #[serde(rename = "ffmpeg")]
    Ffmpeg,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "TranscodeProfileInfo")]
pub struct TranscodeProfileInfo {
    #[oai(rename = "name", deserialize_with = "field_readers::read_name")]
    #[serde(rename = "name")]
    pub name: TranscodeProfile,
    #[oai(rename = "format", deserialize_with = "field_readers::read_format")]
    #[serde(rename = "format")]
    pub format: StreamFormat,
    #[oai(
        rename = "bitrateKbps",
        deserialize_with = "field_readers::read_bitrate_kbps"
    )]
    #[serde(rename = "bitrateKbps")]
    pub bitrate_kbps: i32,
}

/// `available`; `missing` when nothing is there or it is not a folder (a typo, an
/// unplugged disk); `unreadable` when it is there but the hub may not read it.
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "LibraryFolderState")]
pub enum LibraryFolderState {
    #[oai(rename = "available")]
    #[serde(rename = "available")]
    Available,
    #[oai(rename = "missing")]
    #[serde(rename = "missing")]
    Missing,
    #[oai(rename = "unreadable")]
    #[serde(rename = "unreadable")]
    Unreadable,
}

/// A music folder given with `--library`, and its state now.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "LibraryFolder")]
pub struct LibraryFolder {
    /// The first segment of every `path` inside this folder.
    #[oai(rename = "id", deserialize_with = "text_readers::read_id")]
    #[serde(rename = "id")]
    pub id: String,
    #[oai(rename = "name", deserialize_with = "text_readers::read_name")]
    #[serde(rename = "name")]
    pub name: String,
    /// The folder's absolute path; only present for local calls.
    #[oai(
        rename = "absolutePath",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_absolute_path"
    )]
    #[serde(rename = "absolutePath", skip_serializing_if = "Option::is_none")]
    pub absolute_path: Option<String>,
    #[oai(rename = "state", deserialize_with = "field_readers::read_state")]
    #[serde(rename = "state")]
    pub state: LibraryFolderState,
    /// What the system said, when the folder is not available.
    #[oai(
        rename = "problem",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_problem"
    )]
    #[serde(rename = "problem", skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "RebuildRequest", deny_unknown_fields)]
pub struct RebuildRequest {
    /// Rebuild even a healthy database.
    #[oai(rename = "force", default = "defaults::default_bool_false")]
    #[serde(rename = "force")]
    pub force: bool,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "RebuildResult")]
pub struct RebuildResult {
    /// The folder the old database was moved into, relative to the data dir.
    #[oai(
        rename = "archivedTo",
        deserialize_with = "text_readers::read_archived_to"
    )]
    #[serde(rename = "archivedTo")]
    pub archived_to: String,
    /// The names of the files that were moved.
    #[oai(
        rename = "archivedFiles",
        deserialize_with = "text_readers::read_archived_files"
    )]
    #[serde(rename = "archivedFiles")]
    pub archived_files: Vec<String>,
    #[oai(
        rename = "databaseHealth",
        deserialize_with = "field_readers::read_database_health"
    )]
    #[serde(rename = "databaseHealth")]
    pub database_health: DatabaseHealth,
    /// The person's own data copied from the archived database into the fresh one, one
    /// entry per table: playlists and their entries, saved items, the playback session
    /// and history, paired devices with their refresh tokens (their tokens keep working),
    /// search history, metadata overrides and shares. Rows are copied one page at a
    /// time, so a damaged page costs only the rows on it; `unreadableRows` counts what
    /// could not be read or stored. The catalogue itself is not copied: the rescan that
    /// follows rebuilds it with the same ids.
    #[oai(
        rename = "carriedOver",
        deserialize_with = "field_readers::read_carried_over"
    )]
    #[serde(rename = "carriedOver")]
    pub carried_over: Vec<SalvagedTable>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "SalvagedTable")]
pub struct SalvagedTable {
    /// The table's name in the database.
    #[oai(rename = "table", deserialize_with = "text_readers::read_table")]
    #[serde(rename = "table")]
    pub table: String,
    /// Rows carried over into the fresh database.
    #[oai(rename = "rows", deserialize_with = "field_readers::read_rows")]
    #[serde(rename = "rows")]
    pub rows: i64,
    /// Rows (or, where a damaged page hid them, at least this many) that could not be carried over.
    #[oai(
        rename = "unreadableRows",
        deserialize_with = "field_readers::read_unreadable_rows"
    )]
    #[serde(rename = "unreadableRows")]
    pub unreadable_rows: i64,
    /// Why rows could not be carried over, when some could not.
    #[oai(
        rename = "detail",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_detail"
    )]
    #[serde(rename = "detail", skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "TrackSort")]
pub enum TrackSort {
    #[oai(rename = "title")]
    #[serde(rename = "title")]
    Title,
    #[oai(rename = "artist")]
    #[serde(rename = "artist")]
    Artist,
    #[oai(rename = "album")]
    #[serde(rename = "album")]
    Album,
    #[oai(rename = "year")]
    #[serde(rename = "year")]
    Year,
    #[oai(rename = "addedAt")]
    #[serde(rename = "addedAt")]
    AddedAt,
    #[oai(rename = "duration")]
    #[serde(rename = "duration")]
    Duration,
    #[oai(rename = "playCount")]
    #[serde(rename = "playCount")]
    PlayCount,
}

/// A track of the catalogue, with the effective metadata (file tags with the user's overrides applied).
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "Track")]
pub struct Track {
    /// Stable across rescans and database rebuilds.
    #[oai(rename = "id", deserialize_with = "text_readers::read_id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The title tag, or the file name when the file has none.
    #[oai(rename = "title", deserialize_with = "text_readers::read_title")]
    #[serde(rename = "title")]
    pub title: String,
    /// The track's artists, one per value of a multi-valued artist tag.
    #[oai(rename = "artists", deserialize_with = "field_readers::read_artists")]
    #[serde(rename = "artists")]
    pub artists: Vec<ArtistRef>,
    #[oai(
        rename = "album",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_album"
    )]
    #[serde(rename = "album", skip_serializing_if = "Option::is_none")]
    pub album: Option<AlbumRef>,
    /// The album artists the track is grouped under ("Various Artists" for a compilation).
    #[oai(
        rename = "albumArtists",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_album_artists"
    )]
    #[serde(rename = "albumArtists", skip_serializing_if = "Option::is_none")]
    pub album_artists: Option<Vec<ArtistRef>>,
    #[oai(
        rename = "composers",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_composers"
    )]
    #[serde(rename = "composers", skip_serializing_if = "Option::is_none")]
    pub composers: Option<Vec<String>>,
    #[oai(
        rename = "trackNumber",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_track_number"
    )]
    #[serde(rename = "trackNumber", skip_serializing_if = "Option::is_none")]
    pub track_number: Option<i32>,
    #[oai(
        rename = "trackTotal",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_track_total"
    )]
    #[serde(rename = "trackTotal", skip_serializing_if = "Option::is_none")]
    pub track_total: Option<i32>,
    #[oai(
        rename = "discNumber",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_disc_number"
    )]
    #[serde(rename = "discNumber", skip_serializing_if = "Option::is_none")]
    pub disc_number: Option<i32>,
    #[oai(
        rename = "discTotal",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_disc_total"
    )]
    #[serde(rename = "discTotal", skip_serializing_if = "Option::is_none")]
    pub disc_total: Option<i32>,
    #[oai(
        rename = "year",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_year"
    )]
    #[serde(rename = "year", skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    #[oai(
        rename = "genres",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_genres"
    )]
    #[serde(rename = "genres", skip_serializing_if = "Option::is_none")]
    pub genres: Option<Vec<String>>,
    /// The track belongs to a compilation.
    #[oai(rename = "compilation", default = "defaults::default_bool_false")]
    #[serde(rename = "compilation")]
    pub compilation: bool,
    #[oai(
        rename = "durationMs",
        deserialize_with = "field_readers::read_duration_ms"
    )]
    #[serde(rename = "durationMs")]
    pub duration_ms: i64,
    /// The codec, e.g. `flac`, `mp3`, `aac`.
    #[oai(rename = "format", deserialize_with = "text_readers::read_format")]
    #[serde(rename = "format")]
    pub format: String,
    #[oai(
        rename = "bitrateKbps",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_bitrate_kbps"
    )]
    #[serde(rename = "bitrateKbps", skip_serializing_if = "Option::is_none")]
    pub bitrate_kbps: Option<i32>,
    #[oai(
        rename = "sampleRateHz",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_sample_rate_hz"
    )]
    #[serde(rename = "sampleRateHz", skip_serializing_if = "Option::is_none")]
    pub sample_rate_hz: Option<i32>,
    /// Bits per sample, for lossless formats.
    #[oai(
        rename = "bitDepth",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_bit_depth"
    )]
    #[serde(rename = "bitDepth", skip_serializing_if = "Option::is_none")]
    pub bit_depth: Option<i32>,
    #[oai(
        rename = "channels",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_channels"
    )]
    #[serde(rename = "channels", skip_serializing_if = "Option::is_none")]
    pub channels: Option<i32>,
    #[oai(
        rename = "fileSizeBytes",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_file_size_bytes"
    )]
    #[serde(rename = "fileSizeBytes", skip_serializing_if = "Option::is_none")]
    pub file_size_bytes: Option<i64>,
    /// The file's path relative to its library root, prefixed with the root's id (as in `GET /api/browse`). Never an absolute path; absent on share routes.
    #[oai(
        rename = "relativePath",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_relative_path"
    )]
    #[serde(rename = "relativePath", skip_serializing_if = "Option::is_none")]
    pub relative_path: Option<String>,
    /// The id for `GET /api/media/artwork/{id}`; absent when the track has no artwork (embedded or in its folder).
    #[oai(
        rename = "artworkId",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_artwork_id"
    )]
    #[serde(rename = "artworkId", skip_serializing_if = "Option::is_none")]
    pub artwork_id: Option<String>,
    /// ReplayGain track gain in dB, when tagged.
    #[oai(
        rename = "replayGainTrackDb",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_replay_gain_track_db"
    )]
    #[serde(
        rename = "replayGainTrackDb",
        skip_serializing_if = "crate::api::payload::absent_or_not_finite"
    )]
    pub replay_gain_track_db: Option<f64>,
    /// ReplayGain album gain in dB, when tagged.
    #[oai(
        rename = "replayGainAlbumDb",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_replay_gain_album_db"
    )]
    #[serde(
        rename = "replayGainAlbumDb",
        skip_serializing_if = "crate::api::payload::absent_or_not_finite"
    )]
    pub replay_gain_album_db: Option<f64>,
    #[oai(
        rename = "musicbrainzRecordingId",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_musicbrainz_recording_id"
    )]
    #[serde(
        rename = "musicbrainzRecordingId",
        skip_serializing_if = "Option::is_none"
    )]
    pub musicbrainz_recording_id: Option<String>,
    #[oai(
        rename = "playCount",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_play_count"
    )]
    #[serde(rename = "playCount", skip_serializing_if = "Option::is_none")]
    pub play_count: Option<i64>,
    #[oai(
        rename = "lastPlayedAt",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_last_played_at"
    )]
    #[serde(
        rename = "lastPlayedAt",
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::api::payload::rfc3339_if_any"
    )]
    pub last_played_at: Option<chrono::DateTime<chrono::Utc>>,
    #[oai(
        rename = "saved",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_saved"
    )]
    #[serde(rename = "saved", skip_serializing_if = "Option::is_none")]
    pub saved: Option<bool>,
    /// When the scanner first saw the file.
    #[oai(rename = "addedAt", deserialize_with = "field_readers::read_added_at")]
    #[serde(rename = "addedAt", serialize_with = "crate::api::payload::rfc3339")]
    pub added_at: chrono::DateTime<chrono::Utc>,
    /// When the track's metadata last changed.
    #[oai(
        rename = "updatedAt",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_updated_at"
    )]
    #[serde(
        rename = "updatedAt",
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::api::payload::rfc3339_if_any"
    )]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ArtistRef")]
pub struct ArtistRef {
    #[oai(rename = "id", deserialize_with = "text_readers::read_id")]
    #[serde(rename = "id")]
    pub id: String,
    #[oai(rename = "name", deserialize_with = "text_readers::read_name")]
    #[serde(rename = "name")]
    pub name: String,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "AlbumRef")]
pub struct AlbumRef {
    #[oai(rename = "id", deserialize_with = "text_readers::read_id")]
    #[serde(rename = "id")]
    pub id: String,
    #[oai(rename = "title", deserialize_with = "text_readers::read_title")]
    #[serde(rename = "title")]
    pub title: String,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "TrackPage")]
pub struct TrackPage {
    #[oai(rename = "items", deserialize_with = "field_readers::read_items")]
    #[serde(rename = "items")]
    pub items: Vec<Track>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(
        rename = "nextCursor",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_next_cursor"
    )]
    #[serde(rename = "nextCursor", skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    /// How many items match, over all pages.
    #[oai(rename = "total", deserialize_with = "field_readers::read_total")]
    #[serde(rename = "total")]
    pub total: i64,
}

/// The fields albums can be sorted by.
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "AlbumSort")]
pub enum AlbumSort {
    #[oai(rename = "title")]
    #[serde(rename = "title")]
    Title,
    #[oai(rename = "artist")]
    #[serde(rename = "artist")]
    Artist,
    #[oai(rename = "year")]
    #[serde(rename = "year")]
    Year,
    #[oai(rename = "addedAt")]
    #[serde(rename = "addedAt")]
    AddedAt,
    #[oai(rename = "trackCount")]
    #[serde(rename = "trackCount")]
    TrackCount,
    #[oai(rename = "playCount")]
    #[serde(rename = "playCount")]
    PlayCount,
}

/// An album, grouped by album artist; a multi-disc album is one album.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "Album")]
pub struct Album {
    /// Stable across rescans and database rebuilds.
    #[oai(rename = "id", deserialize_with = "text_readers::read_id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The album tag, or the folder name when the files have none.
    #[oai(rename = "title", deserialize_with = "text_readers::read_title")]
    #[serde(rename = "title")]
    pub title: String,
    /// The album artists ("Various Artists" for a compilation).
    #[oai(rename = "artists", deserialize_with = "field_readers::read_artists")]
    #[serde(rename = "artists")]
    pub artists: Vec<ArtistRef>,
    #[oai(
        rename = "year",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_year"
    )]
    #[serde(rename = "year", skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    #[oai(
        rename = "genres",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_genres"
    )]
    #[serde(rename = "genres", skip_serializing_if = "Option::is_none")]
    pub genres: Option<Vec<String>>,
    #[oai(
        rename = "trackCount",
        deserialize_with = "field_readers::read_track_count"
    )]
    #[serde(rename = "trackCount")]
    pub track_count: i32,
    #[oai(
        rename = "discCount",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_disc_count"
    )]
    #[serde(rename = "discCount", skip_serializing_if = "Option::is_none")]
    pub disc_count: Option<i32>,
    #[oai(
        rename = "durationMs",
        deserialize_with = "field_readers::read_duration_ms"
    )]
    #[serde(rename = "durationMs")]
    pub duration_ms: i64,
    #[oai(
        rename = "compilation",
        deserialize_with = "field_readers::read_compilation"
    )]
    #[serde(rename = "compilation")]
    pub compilation: bool,
    /// The id for `GET /api/media/artwork/{id}`; absent when the album has no artwork.
    #[oai(
        rename = "artworkId",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_artwork_id"
    )]
    #[serde(rename = "artworkId", skip_serializing_if = "Option::is_none")]
    pub artwork_id: Option<String>,
    #[oai(
        rename = "musicbrainzReleaseId",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_musicbrainz_release_id"
    )]
    #[serde(
        rename = "musicbrainzReleaseId",
        skip_serializing_if = "Option::is_none"
    )]
    pub musicbrainz_release_id: Option<String>,
    /// Plays of the album's tracks.
    #[oai(
        rename = "playCount",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_play_count"
    )]
    #[serde(rename = "playCount", skip_serializing_if = "Option::is_none")]
    pub play_count: Option<i64>,
    #[oai(
        rename = "saved",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_saved"
    )]
    #[serde(rename = "saved", skip_serializing_if = "Option::is_none")]
    pub saved: Option<bool>,
    /// When the first of its tracks was added.
    #[oai(rename = "addedAt", deserialize_with = "field_readers::read_added_at")]
    #[serde(rename = "addedAt", serialize_with = "crate::api::payload::rfc3339")]
    pub added_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "AlbumPage")]
pub struct AlbumPage {
    #[oai(rename = "items", deserialize_with = "field_readers::read_items")]
    #[serde(rename = "items")]
    pub items: Vec<Album>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(
        rename = "nextCursor",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_next_cursor"
    )]
    #[serde(rename = "nextCursor", skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    /// How many items match, over all pages.
    #[oai(rename = "total", deserialize_with = "field_readers::read_total")]
    #[serde(rename = "total")]
    pub total: i64,
}

/// An album with its tracks in disc and track order.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "AlbumDetail")]
pub struct AlbumDetail {
    #[oai(rename = "album", deserialize_with = "field_readers::read_album")]
    #[serde(rename = "album")]
    pub album: Album,
    #[oai(rename = "tracks", deserialize_with = "field_readers::read_tracks")]
    #[serde(rename = "tracks")]
    pub tracks: Vec<Track>,
}

/// The fields artists can be sorted by.
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "ArtistSort")]
pub enum ArtistSort {
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    Name,
    #[oai(rename = "albumCount")]
    #[serde(rename = "albumCount")]
    AlbumCount,
    #[oai(rename = "trackCount")]
    #[serde(rename = "trackCount")]
    TrackCount,
    #[oai(rename = "addedAt")]
    #[serde(rename = "addedAt")]
    AddedAt,
    #[oai(rename = "playCount")]
    #[serde(rename = "playCount")]
    PlayCount,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "Artist")]
pub struct Artist {
    /// Stable across rescans and database rebuilds.
    #[oai(rename = "id", deserialize_with = "text_readers::read_id")]
    #[serde(rename = "id")]
    pub id: String,
    #[oai(rename = "name", deserialize_with = "text_readers::read_name")]
    #[serde(rename = "name")]
    pub name: String,
    /// The name used for sorting, e.g. without a leading "The".
    #[oai(
        rename = "sortName",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_sort_name"
    )]
    #[serde(rename = "sortName", skip_serializing_if = "Option::is_none")]
    pub sort_name: Option<String>,
    /// Albums of which the artist is the album artist.
    #[oai(
        rename = "albumCount",
        deserialize_with = "field_readers::read_album_count"
    )]
    #[serde(rename = "albumCount")]
    pub album_count: i32,
    /// Tracks on which the artist is credited.
    #[oai(
        rename = "trackCount",
        deserialize_with = "field_readers::read_track_count"
    )]
    #[serde(rename = "trackCount")]
    pub track_count: i32,
    #[oai(
        rename = "genres",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_genres"
    )]
    #[serde(rename = "genres", skip_serializing_if = "Option::is_none")]
    pub genres: Option<Vec<String>>,
    /// The id for `GET /api/media/artwork/{id}` (an image of one of the artist's albums); absent when none.
    #[oai(
        rename = "artworkId",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_artwork_id"
    )]
    #[serde(rename = "artworkId", skip_serializing_if = "Option::is_none")]
    pub artwork_id: Option<String>,
    #[oai(
        rename = "musicbrainzArtistId",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_musicbrainz_artist_id"
    )]
    #[serde(
        rename = "musicbrainzArtistId",
        skip_serializing_if = "Option::is_none"
    )]
    pub musicbrainz_artist_id: Option<String>,
    #[oai(
        rename = "playCount",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_play_count"
    )]
    #[serde(rename = "playCount", skip_serializing_if = "Option::is_none")]
    pub play_count: Option<i64>,
    #[oai(
        rename = "saved",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_saved"
    )]
    #[serde(rename = "saved", skip_serializing_if = "Option::is_none")]
    pub saved: Option<bool>,
    #[oai(
        rename = "addedAt",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_added_at"
    )]
    #[serde(
        rename = "addedAt",
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::api::payload::rfc3339_if_any"
    )]
    pub added_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ArtistPage")]
pub struct ArtistPage {
    #[oai(rename = "items", deserialize_with = "field_readers::read_items")]
    #[serde(rename = "items")]
    pub items: Vec<Artist>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(
        rename = "nextCursor",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_next_cursor"
    )]
    #[serde(rename = "nextCursor", skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    /// How many items match, over all pages.
    #[oai(rename = "total", deserialize_with = "field_readers::read_total")]
    #[serde(rename = "total")]
    pub total: i64,
}

/// An artist with their albums, appearances and top tracks.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ArtistDetail")]
pub struct ArtistDetail {
    #[oai(rename = "artist", deserialize_with = "field_readers::read_artist")]
    #[serde(rename = "artist")]
    pub artist: Artist,
    /// Albums of which the artist is the album artist, newest first.
    #[oai(rename = "albums", deserialize_with = "field_readers::read_albums")]
    #[serde(rename = "albums")]
    pub albums: Vec<Album>,
    /// Albums of other artists (compilations included) with at least one of the artist's tracks.
    #[oai(
        rename = "appearances",
        deserialize_with = "field_readers::read_appearances"
    )]
    #[serde(rename = "appearances")]
    pub appearances: Vec<Album>,
    /// The artist's most played tracks, at most 20.
    #[oai(
        rename = "topTracks",
        deserialize_with = "field_readers::read_top_tracks"
    )]
    #[serde(rename = "topTracks")]
    pub top_tracks: Vec<Track>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "FormatStat")]
pub struct FormatStat {
    #[oai(rename = "format", deserialize_with = "text_readers::read_format")]
    #[serde(rename = "format")]
    pub format: String,
    #[oai(
        rename = "trackCount",
        deserialize_with = "field_readers::read_track_count"
    )]
    #[serde(rename = "trackCount")]
    pub track_count: i64,
    #[oai(rename = "bytes", deserialize_with = "field_readers::read_bytes")]
    #[serde(rename = "bytes")]
    pub bytes: i64,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "LibraryStats")]
pub struct LibraryStats {
    #[oai(
        rename = "trackCount",
        deserialize_with = "field_readers::read_track_count"
    )]
    #[serde(rename = "trackCount")]
    pub track_count: i64,
    #[oai(
        rename = "albumCount",
        deserialize_with = "field_readers::read_album_count"
    )]
    #[serde(rename = "albumCount")]
    pub album_count: i64,
    #[oai(
        rename = "artistCount",
        deserialize_with = "field_readers::read_artist_count"
    )]
    #[serde(rename = "artistCount")]
    pub artist_count: i64,
    #[oai(
        rename = "playlistCount",
        deserialize_with = "field_readers::read_playlist_count"
    )]
    #[serde(rename = "playlistCount")]
    pub playlist_count: i64,
    #[oai(
        rename = "totalDurationMs",
        deserialize_with = "field_readers::read_total_duration_ms"
    )]
    #[serde(rename = "totalDurationMs")]
    pub total_duration_ms: i64,
    #[oai(
        rename = "totalBytes",
        deserialize_with = "field_readers::read_total_bytes"
    )]
    #[serde(rename = "totalBytes")]
    pub total_bytes: i64,
    /// Tracks and bytes per format, most tracks first.
    #[oai(rename = "formats", deserialize_with = "field_readers::read_formats")]
    #[serde(rename = "formats")]
    pub formats: Vec<FormatStat>,
    #[oai(
        rename = "lastScan",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_last_scan"
    )]
    #[serde(rename = "lastScan", skip_serializing_if = "Option::is_none")]
    pub last_scan: Option<ScanStatus>,
}

/// A filter value and how many tracks have it.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "FacetValue")]
pub struct FacetValue {
    #[oai(rename = "value", deserialize_with = "text_readers::read_value")]
    #[serde(rename = "value")]
    pub value: String,
    #[oai(rename = "count", deserialize_with = "field_readers::read_count")]
    #[serde(rename = "count")]
    pub count: i64,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "YearFacet")]
pub struct YearFacet {
    #[oai(rename = "year", deserialize_with = "field_readers::read_year")]
    #[serde(rename = "year")]
    pub year: i32,
    #[oai(rename = "count", deserialize_with = "field_readers::read_count")]
    #[serde(rename = "count")]
    pub count: i64,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "DecadeFacet")]
pub struct DecadeFacet {
    /// The decade's first year; filter with `yearFrom=decade&yearTo=decade+9`.
    #[oai(rename = "decade", deserialize_with = "field_readers::read_decade")]
    #[serde(rename = "decade")]
    pub decade: i32,
    #[oai(rename = "count", deserialize_with = "field_readers::read_count")]
    #[serde(rename = "count")]
    pub count: i64,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ArtistFacet")]
pub struct ArtistFacet {
    #[oai(rename = "id", deserialize_with = "text_readers::read_id")]
    #[serde(rename = "id")]
    pub id: String,
    #[oai(rename = "name", deserialize_with = "text_readers::read_name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "count", deserialize_with = "field_readers::read_count")]
    #[serde(rename = "count")]
    pub count: i64,
}

/// The facets of the catalogue, each with its number of tracks.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "LibraryFilters")]
pub struct LibraryFilters {
    /// Genres, most tracks first.
    #[oai(rename = "genres", deserialize_with = "field_readers::read_genres")]
    #[serde(rename = "genres")]
    pub genres: Vec<FacetValue>,
    /// Years, newest first.
    #[oai(rename = "years", deserialize_with = "field_readers::read_years")]
    #[serde(rename = "years")]
    pub years: Vec<YearFacet>,
    /// Decades, newest first.
    #[oai(rename = "decades", deserialize_with = "field_readers::read_decades")]
    #[serde(rename = "decades")]
    pub decades: Vec<DecadeFacet>,
    /// Formats (codecs), most tracks first.
    #[oai(rename = "formats", deserialize_with = "field_readers::read_formats")]
    #[serde(rename = "formats")]
    pub formats: Vec<FacetValue>,
    /// Artists, most tracks first.
    #[oai(rename = "artists", deserialize_with = "field_readers::read_artists")]
    #[serde(rename = "artists")]
    pub artists: Vec<ArtistFacet>,
}

/// One change to the library. `type` says what changed and picks the shape of
/// `payload` (one schema per type, named after it: `trackAdded` is `TrackAddedEvent`,
/// whose payload is `ChangedIds`). Clients should ignore types they do not know, so
/// that new ones can be added.
#[derive(Union, Debug, Clone, PartialEq)]
#[oai(rename = "LibraryEvent", discriminator_name = "type", one_of)]
pub enum LibraryEvent {
    #[oai(mapping = "trackAdded")]
    TrackAdded(TrackAddedEvent),
    #[oai(mapping = "trackUpdated")]
    TrackUpdated(TrackUpdatedEvent),
    #[oai(mapping = "trackRemoved")]
    TrackRemoved(TrackRemovedEvent),
    #[oai(mapping = "albumAdded")]
    AlbumAdded(AlbumAddedEvent),
    #[oai(mapping = "albumUpdated")]
    AlbumUpdated(AlbumUpdatedEvent),
    #[oai(mapping = "albumRemoved")]
    AlbumRemoved(AlbumRemovedEvent),
    #[oai(mapping = "artistAdded")]
    ArtistAdded(ArtistAddedEvent),
    #[oai(mapping = "artistUpdated")]
    ArtistUpdated(ArtistUpdatedEvent),
    #[oai(mapping = "artistRemoved")]
    ArtistRemoved(ArtistRemovedEvent),
    #[oai(mapping = "playlistCreated")]
    PlaylistCreated(PlaylistCreatedEvent),
    #[oai(mapping = "playlistUpdated")]
    PlaylistUpdated(PlaylistUpdatedEvent),
    #[oai(mapping = "playlistDeleted")]
    PlaylistDeleted(PlaylistDeletedEvent),
    #[oai(mapping = "savedAdded")]
    SavedAdded(SavedAddedEvent),
    #[oai(mapping = "savedRemoved")]
    SavedRemoved(SavedRemovedEvent),
    #[oai(mapping = "playbackSessionUpdated")]
    PlaybackSessionUpdated(PlaybackSessionUpdatedEvent),
    #[oai(mapping = "playbackHistoryAdded")]
    PlaybackHistoryAdded(PlaybackHistoryAddedEvent),
    #[oai(mapping = "metadataUpdated")]
    MetadataUpdated(MetadataUpdatedEvent),
    #[oai(mapping = "shareCreated")]
    ShareCreated(ShareCreatedEvent),
    #[oai(mapping = "shareDeleted")]
    ShareDeleted(ShareDeletedEvent),
    #[oai(mapping = "databaseHealthChanged")]
    DatabaseHealthChanged(DatabaseHealthChangedEvent),
    #[oai(mapping = "scanStarted")]
    ScanStarted(ScanStartedEvent),
    #[oai(mapping = "scanCompleted")]
    ScanCompleted(ScanCompletedEvent),
    #[oai(mapping = "loudnessAnalysis")]
    LoudnessAnalysis(LoudnessAnalysisEvent),
    #[oai(mapping = "resync")]
    Resync(ResyncEvent),
    #[oai(mapping = "feedEnded")]
    FeedEnded(FeedEndedEvent),
}

/// Tracks were added to the catalogue.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "TrackAddedEvent")]
pub struct TrackAddedEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: ChangedIds,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// Tracks changed (their files or tags).
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "TrackUpdatedEvent")]
pub struct TrackUpdatedEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: ChangedIds,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// Tracks left the catalogue (their files are gone).
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "TrackRemovedEvent")]
pub struct TrackRemovedEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: ChangedIds,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// Albums appeared.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "AlbumAddedEvent")]
pub struct AlbumAddedEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: ChangedIds,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// Albums changed (their tracks, facts or artwork).
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "AlbumUpdatedEvent")]
pub struct AlbumUpdatedEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: ChangedIds,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// Albums left the catalogue.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "AlbumRemovedEvent")]
pub struct AlbumRemovedEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: ChangedIds,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// Artists appeared.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ArtistAddedEvent")]
pub struct ArtistAddedEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: ChangedIds,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// Artists changed.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ArtistUpdatedEvent")]
pub struct ArtistUpdatedEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: ChangedIds,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// Artists left the catalogue.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ArtistRemovedEvent")]
pub struct ArtistRemovedEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: ChangedIds,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// A playlist was created.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistCreatedEvent")]
pub struct PlaylistCreatedEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: PlaylistChange,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// A playlist changed: its name, description or entries.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistUpdatedEvent")]
pub struct PlaylistUpdatedEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: PlaylistChange,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// A playlist was deleted.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistDeletedEvent")]
pub struct PlaylistDeletedEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: PlaylistChange,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// An item was saved.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "SavedAddedEvent")]
pub struct SavedAddedEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: SavedChange,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// An item is no longer saved.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "SavedRemovedEvent")]
pub struct SavedRemovedEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: SavedChange,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// The shared playback session changed.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaybackSessionUpdatedEvent")]
pub struct PlaybackSessionUpdatedEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: PlaybackSessionChange,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// A play was recorded in the history.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaybackHistoryAddedEvent")]
pub struct PlaybackHistoryAddedEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: PlaybackHistoryChange,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// A track's metadata changed (an override or an enrichment).
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "MetadataUpdatedEvent")]
pub struct MetadataUpdatedEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: MetadataChange,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// A share was created.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ShareCreatedEvent")]
pub struct ShareCreatedEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: ShareChange,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// A share was revoked.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ShareDeletedEvent")]
pub struct ShareDeletedEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: ShareChange,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// The database's health changed.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "DatabaseHealthChangedEvent")]
pub struct DatabaseHealthChangedEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: DatabaseHealthChange,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// A scan started.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ScanStartedEvent")]
pub struct ScanStartedEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: ScanStartedChange,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// A scan ended.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ScanCompletedEvent")]
pub struct ScanCompletedEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: ScanCompletedChange,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// The loudness analysis (ReplayGain from the audio, offered as `loudness`
/// suggestions) started, moved on, paused for a scan or ended. Sent only for runs
/// with something to measure, at most about once a second while one runs.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "LoudnessAnalysisEvent")]
pub struct LoudnessAnalysisEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: LoudnessAnalysisChange,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// Events were missed (the gap is older than the replay buffer): refetch what you show.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ResyncEvent")]
pub struct ResyncEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: NoDetails,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// The last event of this connection: the hub ends the feed, and `payload.reason` says why. Not a change to the library: its `id` is the newest event id, so a reconnect with it as `Last-Event-ID` misses nothing.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "FeedEndedEvent")]
pub struct FeedEndedEvent {
    /// Increases with every event; send the last one received as `Last-Event-ID` to resume.
    #[oai(rename = "id", deserialize_with = "field_readers::read_id")]
    #[serde(rename = "id")]
    pub id: i64,
    #[oai(rename = "payload", deserialize_with = "field_readers::read_payload")]
    #[serde(rename = "payload")]
    pub payload: FeedEnded,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// The tracks, albums or artists that changed, a few hundred per event (a scan sends one event per batch it commits).
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ChangedIds")]
pub struct ChangedIds {
    #[oai(rename = "ids", deserialize_with = "text_readers::read_ids")]
    #[serde(rename = "ids")]
    pub ids: Vec<String>,
}

/// The playlist that changed.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistChange")]
pub struct PlaylistChange {
    #[oai(
        rename = "playlistId",
        deserialize_with = "text_readers::read_playlist_id"
    )]
    #[serde(rename = "playlistId")]
    pub playlist_id: String,
}

/// The item saved or no longer saved.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "SavedChange")]
pub struct SavedChange {
    #[oai(rename = "kind", deserialize_with = "field_readers::read_kind")]
    #[serde(rename = "kind")]
    pub kind: SavedKind,
    #[oai(rename = "id", deserialize_with = "text_readers::read_id")]
    #[serde(rename = "id")]
    pub id: String,
}

/// The playback session's revision after the change; fetch the session when yours is older.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaybackSessionChange")]
pub struct PlaybackSessionChange {
    #[oai(rename = "revision", deserialize_with = "field_readers::read_revision")]
    #[serde(rename = "revision")]
    pub revision: i64,
}

/// The play recorded, and its track.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaybackHistoryChange")]
pub struct PlaybackHistoryChange {
    #[oai(
        rename = "historyId",
        deserialize_with = "text_readers::read_history_id"
    )]
    #[serde(rename = "historyId")]
    pub history_id: String,
    #[oai(rename = "trackId", deserialize_with = "text_readers::read_track_id")]
    #[serde(rename = "trackId")]
    pub track_id: String,
}

/// The tracks whose metadata changed, all of one change (a batch is one event).
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "MetadataChange")]
pub struct MetadataChange {
    #[oai(rename = "trackIds", deserialize_with = "text_readers::read_track_ids")]
    #[serde(rename = "trackIds")]
    pub track_ids: Vec<String>,
}

/// The share created or revoked.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ShareChange")]
pub struct ShareChange {
    #[oai(rename = "shareId", deserialize_with = "text_readers::read_share_id")]
    #[serde(rename = "shareId")]
    pub share_id: String,
}

/// The database's health now, as `GET /api/database/health` would answer.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "DatabaseHealthChange")]
pub struct DatabaseHealthChange {
    #[oai(rename = "status", deserialize_with = "field_readers::read_status")]
    #[serde(rename = "status")]
    pub status: DatabaseHealthStatus,
    /// What happened, for people.
    #[oai(rename = "detail", deserialize_with = "text_readers::read_detail")]
    #[serde(rename = "detail")]
    pub detail: String,
}

/// The scan that started; follow it on `GET /api/scan/events`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ScanStartedChange")]
pub struct ScanStartedChange {
    #[oai(rename = "scanId", deserialize_with = "text_readers::read_scan_id")]
    #[serde(rename = "scanId")]
    pub scan_id: String,
}

/// How a scan ended.
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "ScanOutcome")]
pub enum ScanOutcome {
    #[oai(rename = "completed")]
    #[serde(rename = "completed")]
    Completed,
    #[oai(rename = "cancelled")]
    #[serde(rename = "cancelled")]
    Cancelled,
    #[oai(rename = "failed")]
    #[serde(rename = "failed")]
    Failed,
}

/// The scan that ended, how, and how many tracks it added, updated and removed.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ScanCompletedChange")]
pub struct ScanCompletedChange {
    #[oai(rename = "scanId", deserialize_with = "text_readers::read_scan_id")]
    #[serde(rename = "scanId")]
    pub scan_id: String,
    #[oai(rename = "status", deserialize_with = "field_readers::read_status")]
    #[serde(rename = "status")]
    pub status: ScanOutcome,
    #[oai(rename = "added", deserialize_with = "field_readers::read_added")]
    #[serde(rename = "added")]
    pub added: i64,
    #[oai(rename = "updated", deserialize_with = "field_readers::read_updated")]
    #[serde(rename = "updated")]
    pub updated: i64,
    #[oai(rename = "removed", deserialize_with = "field_readers::read_removed")]
    #[serde(rename = "removed")]
    pub removed: i64,
}

/// `running`, `paused` (waiting for a scan to end), `completed`, or `cancelled` (the hub is stopping; the rest is measured next time).
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "AnalysisState")]
pub enum AnalysisState {
    #[oai(rename = "running")]
    #[serde(rename = "running")]
    Running,
    #[oai(rename = "paused")]
    #[serde(rename = "paused")]
    Paused,
    #[oai(rename = "completed")]
    #[serde(rename = "completed")]
    Completed,
    #[oai(rename = "cancelled")]
    #[serde(rename = "cancelled")]
    Cancelled,
}

/// Where one run of the loudness analysis stands. A run measures whole albums (an
/// album's gain needs all its tracks), newest first, those never measured or whose
/// files or tracks changed since; `total` counts their tracks.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "LoudnessAnalysisChange")]
pub struct LoudnessAnalysisChange {
    #[oai(rename = "state", deserialize_with = "field_readers::read_state")]
    #[serde(rename = "state")]
    pub state: AnalysisState,
    /// Tracks measured so far in this run, `failed` among them.
    #[oai(rename = "analyzed", deserialize_with = "field_readers::read_analyzed")]
    #[serde(rename = "analyzed")]
    pub analyzed: i64,
    /// Tracks whose audio could not be decoded.
    #[oai(rename = "failed", deserialize_with = "field_readers::read_failed")]
    #[serde(rename = "failed")]
    pub failed: i64,
    #[oai(rename = "total", deserialize_with = "field_readers::read_total")]
    #[serde(rename = "total")]
    pub total: i64,
}

/// Nothing more than the event's type.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "NoDetails")]
pub struct NoDetails {}

/// Why the hub ended a feed opened with a device's token: `tokenExpired` (refresh the
/// tokens, then reconnect with `Last-Event-ID`), `deviceRevoked` (the device's access
/// was revoked, or its tokens replaced: pair again), or `hubStopping` (reconnect when
/// the hub is back).
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "FeedEndReason")]
pub enum FeedEndReason {
    #[oai(rename = "tokenExpired")]
    #[serde(rename = "tokenExpired")]
    TokenExpired,
    #[oai(rename = "deviceRevoked")]
    #[serde(rename = "deviceRevoked")]
    DeviceRevoked,
    #[oai(rename = "hubStopping")]
    #[serde(rename = "hubStopping")]
    HubStopping,
}

/// Why the feed ends.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "FeedEnded")]
pub struct FeedEnded {
    #[oai(rename = "reason", deserialize_with = "field_readers::read_reason")]
    #[serde(rename = "reason")]
    pub reason: FeedEndReason,
}

/// A music folder given with `--library`.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "LibraryRoot")]
pub struct LibraryRoot {
    /// The first segment of every `path` inside this root.
    #[oai(rename = "id", deserialize_with = "text_readers::read_id")]
    #[serde(rename = "id")]
    pub id: String,
    /// The folder's name, for display.
    #[oai(rename = "name", deserialize_with = "text_readers::read_name")]
    #[serde(rename = "name")]
    pub name: String,
    /// The folder's absolute path; only present for local calls.
    #[oai(
        rename = "absolutePath",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_absolute_path"
    )]
    #[serde(rename = "absolutePath", skip_serializing_if = "Option::is_none")]
    pub absolute_path: Option<String>,
    /// False when the folder cannot be read (unmounted disk...).
    #[oai(
        rename = "available",
        deserialize_with = "field_readers::read_available"
    )]
    #[serde(rename = "available")]
    pub available: bool,
    #[oai(
        rename = "trackCount",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_track_count"
    )]
    #[serde(rename = "trackCount", skip_serializing_if = "Option::is_none")]
    pub track_count: Option<i64>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "BrowseFolder")]
pub struct BrowseFolder {
    #[oai(rename = "name", deserialize_with = "text_readers::read_name")]
    #[serde(rename = "name")]
    pub name: String,
    /// Pass as `path` to `GET /api/browse` to open it.
    #[oai(rename = "path", deserialize_with = "text_readers::read_path")]
    #[serde(rename = "path")]
    pub path: String,
    /// Sub-folders directly inside.
    #[oai(
        rename = "folderCount",
        deserialize_with = "field_readers::read_folder_count"
    )]
    #[serde(rename = "folderCount")]
    pub folder_count: i32,
    /// Tracks directly inside.
    #[oai(
        rename = "trackCount",
        deserialize_with = "field_readers::read_track_count"
    )]
    #[serde(rename = "trackCount")]
    pub track_count: i32,
    /// The folder's artwork (`cover.jpg`, `folder.jpg`...), when it has one.
    #[oai(
        rename = "artworkId",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_artwork_id"
    )]
    #[serde(rename = "artworkId", skip_serializing_if = "Option::is_none")]
    pub artwork_id: Option<String>,
}

/// Without `path`: `roots` and the home sections (`recentlyAddedAlbums`,
/// `recentlyPlayed`, `mostPlayed`). With `path`: `path`, `parentPath`, `folders` and
/// `tracks` of that folder.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "BrowseResult")]
pub struct BrowseResult {
    /// The folder shown; absent at the top.
    #[oai(
        rename = "path",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_path"
    )]
    #[serde(rename = "path", skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The folder above; absent at the top and on a root (go to the top by omitting `path`).
    #[oai(
        rename = "parentPath",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_parent_path"
    )]
    #[serde(rename = "parentPath", skip_serializing_if = "Option::is_none")]
    pub parent_path: Option<String>,
    /// The library roots (at the top only).
    #[oai(
        rename = "roots",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_roots"
    )]
    #[serde(rename = "roots", skip_serializing_if = "Option::is_none")]
    pub roots: Option<Vec<LibraryRoot>>,
    /// The sub-folders, by name.
    #[oai(rename = "folders", deserialize_with = "field_readers::read_folders")]
    #[serde(rename = "folders")]
    pub folders: Vec<BrowseFolder>,
    /// The tracks directly in the folder, by file name.
    #[oai(rename = "tracks", deserialize_with = "field_readers::read_tracks")]
    #[serde(rename = "tracks")]
    pub tracks: Vec<Track>,
    /// Home section (at the top only).
    #[oai(
        rename = "recentlyAddedAlbums",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_recently_added_albums"
    )]
    #[serde(
        rename = "recentlyAddedAlbums",
        skip_serializing_if = "Option::is_none"
    )]
    pub recently_added_albums: Option<Vec<Album>>,
    /// Home section (at the top only).
    #[oai(
        rename = "recentlyPlayed",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_recently_played"
    )]
    #[serde(rename = "recentlyPlayed", skip_serializing_if = "Option::is_none")]
    pub recently_played: Option<Vec<Track>>,
    /// Home section (at the top only).
    #[oai(
        rename = "mostPlayed",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_most_played"
    )]
    #[serde(rename = "mostPlayed", skip_serializing_if = "Option::is_none")]
    pub most_played: Option<Vec<Track>>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ScanRequest", deny_unknown_fields)]
pub struct ScanRequest {
    /// Re-read every file instead of skipping those whose size and modification time did not change.
    #[oai(rename = "full", default = "defaults::default_bool_false")]
    #[serde(rename = "full")]
    pub full: bool,
}

/// `idle`: the hub never scanned. `running`, then `cancelling` after
/// `POST /api/scan/cancel`. A finished scan is `completed`, `cancelled` or `failed`.
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "ScanState")]
pub enum ScanState {
    #[oai(rename = "idle")]
    #[serde(rename = "idle")]
    Idle,
    #[oai(rename = "running")]
    #[serde(rename = "running")]
    Running,
    #[oai(rename = "cancelling")]
    #[serde(rename = "cancelling")]
    Cancelling,
    #[oai(rename = "completed")]
    #[serde(rename = "completed")]
    Completed,
    #[oai(rename = "cancelled")]
    #[serde(rename = "cancelled")]
    Cancelled,
    #[oai(rename = "failed")]
    #[serde(rename = "failed")]
    Failed,
}

/// `idle` when no scan runs; `counting` the files first (so the total is honest), then
/// `scanning` them, `pruning` tracks whose files are gone and `finalizing` (albums,
/// artists, search index); a scan ends `completed`, `cancelled` or `failed`.
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "ScanPhase")]
pub enum ScanPhase {
    #[oai(rename = "idle")]
    #[serde(rename = "idle")]
    Idle,
    #[oai(rename = "counting")]
    #[serde(rename = "counting")]
    Counting,
    #[oai(rename = "scanning")]
    #[serde(rename = "scanning")]
    Scanning,
    #[oai(rename = "pruning")]
    #[serde(rename = "pruning")]
    Pruning,
    #[oai(rename = "finalizing")]
    #[serde(rename = "finalizing")]
    Finalizing,
    #[oai(rename = "completed")]
    #[serde(rename = "completed")]
    Completed,
    #[oai(rename = "cancelled")]
    #[serde(rename = "cancelled")]
    Cancelled,
    #[oai(rename = "failed")]
    #[serde(rename = "failed")]
    Failed,
}

/// What started the scan.
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "ScanTrigger")]
pub enum ScanTrigger {
    #[oai(rename = "startup")]
    #[serde(rename = "startup")]
    Startup,
    #[oai(rename = "manual")]
    #[serde(rename = "manual")]
    Manual,
    #[oai(rename = "rebuild")]
    #[serde(rename = "rebuild")]
    Rebuild,
    #[oai(rename = "watcher")]
    #[serde(rename = "watcher")]
    Watcher,
    #[oai(rename = "cli")]
    #[serde(rename = "cli")]
    Cli,
}

/// A file the scanner could not read; the scan went on without it.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ScanFileError")]
pub struct ScanFileError {
    /// The file, relative to its root and prefixed with the root's id.
    #[oai(rename = "path", deserialize_with = "text_readers::read_path")]
    #[serde(rename = "path")]
    pub path: String,
    /// A stable snake_case code.
    #[oai(rename = "error", deserialize_with = "text_readers::read_error")]
    #[serde(rename = "error")]
    pub error: String,
    #[oai(rename = "message", deserialize_with = "text_readers::read_message")]
    #[serde(rename = "message")]
    pub message: String,
}

/// The running scan, or the last one.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ScanStatus")]
pub struct ScanStatus {
    #[oai(rename = "state", deserialize_with = "field_readers::read_state")]
    #[serde(rename = "state")]
    pub state: ScanState,
    #[oai(rename = "phase", deserialize_with = "field_readers::read_phase")]
    #[serde(rename = "phase")]
    pub phase: ScanPhase,
    /// Absent when the hub never scanned.
    #[oai(
        rename = "scanId",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_scan_id"
    )]
    #[serde(rename = "scanId", skip_serializing_if = "Option::is_none")]
    pub scan_id: Option<String>,
    #[oai(
        rename = "trigger",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_trigger"
    )]
    #[serde(rename = "trigger", skip_serializing_if = "Option::is_none")]
    pub trigger: Option<ScanTrigger>,
    /// Every file was re-read.
    #[oai(
        rename = "full",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_full"
    )]
    #[serde(rename = "full", skip_serializing_if = "Option::is_none")]
    pub full: Option<bool>,
    #[oai(
        rename = "startedAt",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_started_at"
    )]
    #[serde(
        rename = "startedAt",
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::api::payload::rfc3339_if_any"
    )]
    pub started_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Absent while the scan runs.
    #[oai(
        rename = "finishedAt",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_finished_at"
    )]
    #[serde(
        rename = "finishedAt",
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::api::payload::rfc3339_if_any"
    )]
    pub finished_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The files to scan, counted first; absent while `counting`.
    #[oai(
        rename = "filesTotal",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_files_total"
    )]
    #[serde(rename = "filesTotal", skip_serializing_if = "Option::is_none")]
    pub files_total: Option<i64>,
    #[oai(
        rename = "filesSeen",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_files_seen"
    )]
    #[serde(rename = "filesSeen", skip_serializing_if = "Option::is_none")]
    pub files_seen: Option<i64>,
    /// Files done (read, or skipped as unchanged).
    #[oai(
        rename = "filesProcessed",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_files_processed"
    )]
    #[serde(rename = "filesProcessed", skip_serializing_if = "Option::is_none")]
    pub files_processed: Option<i64>,
    /// Files skipped because their size and modification time did not change.
    #[oai(
        rename = "filesUnchanged",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_files_unchanged"
    )]
    #[serde(rename = "filesUnchanged", skip_serializing_if = "Option::is_none")]
    pub files_unchanged: Option<i64>,
    #[oai(
        rename = "added",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_added"
    )]
    #[serde(rename = "added", skip_serializing_if = "Option::is_none")]
    pub added: Option<i64>,
    #[oai(
        rename = "updated",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_updated"
    )]
    #[serde(rename = "updated", skip_serializing_if = "Option::is_none")]
    pub updated: Option<i64>,
    #[oai(
        rename = "removed",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_removed"
    )]
    #[serde(rename = "removed", skip_serializing_if = "Option::is_none")]
    pub removed: Option<i64>,
    #[oai(
        rename = "errorCount",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_error_count"
    )]
    #[serde(rename = "errorCount", skip_serializing_if = "Option::is_none")]
    pub error_count: Option<i64>,
    /// The first files that could not be read (at most 100; `errorCount` has them all).
    #[oai(
        rename = "errors",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_errors"
    )]
    #[serde(rename = "errors", skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<ScanFileError>>,
    #[oai(
        rename = "percent",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_percent",
        validator(minimum(value = "0"), maximum(value = "100"))
    )]
    #[serde(
        rename = "percent",
        skip_serializing_if = "crate::api::payload::absent_or_not_finite"
    )]
    pub percent: Option<f64>,
    /// Files processed per second, recently.
    #[oai(
        rename = "rate",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_rate"
    )]
    #[serde(
        rename = "rate",
        skip_serializing_if = "crate::api::payload::absent_or_not_finite"
    )]
    pub rate: Option<f64>,
    /// Estimated seconds until the scan ends; absent when unknown.
    #[oai(
        rename = "etaSeconds",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_eta_seconds"
    )]
    #[serde(rename = "etaSeconds", skip_serializing_if = "Option::is_none")]
    pub eta_seconds: Option<i64>,
    /// The file being read, relative to its root and prefixed with the root's id.
    #[oai(
        rename = "currentPath",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_current_path"
    )]
    #[serde(rename = "currentPath", skip_serializing_if = "Option::is_none")]
    pub current_path: Option<String>,
    /// Why the scan failed, for a person.
    #[oai(
        rename = "message",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_message"
    )]
    #[serde(rename = "message", skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// One progress message of `GET /api/scan/progress` (SSE `event: progress`, or
/// `event: completed` for the last one of a scan). When the hub ends the feed (the
/// token expired, the device was revoked, the hub stops), its last message is
/// `event: ended`, with the state then and `feedEnded` saying why.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ScanProgressEvent")]
pub struct ScanProgressEvent {
    /// Absent when the hub never scanned.
    #[oai(
        rename = "scanId",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_scan_id"
    )]
    #[serde(rename = "scanId", skip_serializing_if = "Option::is_none")]
    pub scan_id: Option<String>,
    #[oai(rename = "phase", deserialize_with = "field_readers::read_phase")]
    #[serde(rename = "phase")]
    pub phase: ScanPhase,
    /// The files to scan; absent while `counting`.
    #[oai(
        rename = "filesTotal",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_files_total"
    )]
    #[serde(rename = "filesTotal", skip_serializing_if = "Option::is_none")]
    pub files_total: Option<i64>,
    #[oai(
        rename = "filesSeen",
        deserialize_with = "field_readers::read_files_seen"
    )]
    #[serde(rename = "filesSeen")]
    pub files_seen: i64,
    #[oai(
        rename = "filesProcessed",
        deserialize_with = "field_readers::read_files_processed"
    )]
    #[serde(rename = "filesProcessed")]
    pub files_processed: i64,
    #[oai(
        rename = "filesUnchanged",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_files_unchanged"
    )]
    #[serde(rename = "filesUnchanged", skip_serializing_if = "Option::is_none")]
    pub files_unchanged: Option<i64>,
    #[oai(rename = "added", deserialize_with = "field_readers::read_added")]
    #[serde(rename = "added")]
    pub added: i64,
    #[oai(rename = "updated", deserialize_with = "field_readers::read_updated")]
    #[serde(rename = "updated")]
    pub updated: i64,
    #[oai(rename = "removed", deserialize_with = "field_readers::read_removed")]
    #[serde(rename = "removed")]
    pub removed: i64,
    #[oai(
        rename = "errorCount",
        deserialize_with = "field_readers::read_error_count"
    )]
    #[serde(rename = "errorCount")]
    pub error_count: i64,
    #[oai(
        rename = "percent",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_percent",
        validator(minimum(value = "0"), maximum(value = "100"))
    )]
    #[serde(
        rename = "percent",
        skip_serializing_if = "crate::api::payload::absent_or_not_finite"
    )]
    pub percent: Option<f64>,
    /// Files processed per second, recently.
    #[oai(
        rename = "rate",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_rate"
    )]
    #[serde(
        rename = "rate",
        skip_serializing_if = "crate::api::payload::absent_or_not_finite"
    )]
    pub rate: Option<f64>,
    /// Estimated seconds until the scan ends; absent when unknown.
    #[oai(
        rename = "etaSeconds",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_eta_seconds"
    )]
    #[serde(rename = "etaSeconds", skip_serializing_if = "Option::is_none")]
    pub eta_seconds: Option<i64>,
    #[oai(
        rename = "elapsedMs",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_elapsed_ms"
    )]
    #[serde(rename = "elapsedMs", skip_serializing_if = "Option::is_none")]
    pub elapsed_ms: Option<i64>,
    /// The file being read, relative to its root and prefixed with the root's id.
    #[oai(
        rename = "currentPath",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_current_path"
    )]
    #[serde(rename = "currentPath", skip_serializing_if = "Option::is_none")]
    pub current_path: Option<String>,
    #[oai(
        rename = "feedEnded",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_feed_ended"
    )]
    #[serde(rename = "feedEnded", skip_serializing_if = "Option::is_none")]
    pub feed_ended: Option<FeedEndReason>,
    #[oai(rename = "at", deserialize_with = "field_readers::read_at")]
    #[serde(rename = "at", serialize_with = "crate::api::payload::rfc3339")]
    pub at: chrono::DateTime<chrono::Utc>,
}

/// A kind of search result.
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "SearchType")]
pub enum SearchType {
    #[oai(rename = "track")]
    #[serde(rename = "track")]
    Track,
    #[oai(rename = "album")]
    #[serde(rename = "album")]
    Album,
    #[oai(rename = "artist")]
    #[serde(rename = "artist")]
    Artist,
    #[oai(rename = "playlist")]
    #[serde(rename = "playlist")]
    Playlist,
}

/// Search results grouped by type, best first; a type not asked for is an empty list.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "SearchResults")]
pub struct SearchResults {
    #[oai(rename = "query", deserialize_with = "text_readers::read_query")]
    #[serde(rename = "query")]
    pub query: String,
    #[oai(rename = "tracks", deserialize_with = "field_readers::read_tracks")]
    #[serde(rename = "tracks")]
    pub tracks: Vec<Track>,
    #[oai(rename = "albums", deserialize_with = "field_readers::read_albums")]
    #[serde(rename = "albums")]
    pub albums: Vec<Album>,
    #[oai(rename = "artists", deserialize_with = "field_readers::read_artists")]
    #[serde(rename = "artists")]
    pub artists: Vec<Artist>,
    #[oai(
        rename = "playlists",
        deserialize_with = "field_readers::read_playlists"
    )]
    #[serde(rename = "playlists")]
    pub playlists: Vec<Playlist>,
    /// Some results are near misses (a letter wrong, missing or extra), ranked below exact hits.
    #[oai(
        rename = "approximate",
        deserialize_with = "field_readers::read_approximate"
    )]
    #[serde(rename = "approximate")]
    pub approximate: bool,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "SearchHistoryEntry")]
pub struct SearchHistoryEntry {
    #[oai(rename = "query", deserialize_with = "text_readers::read_query")]
    #[serde(rename = "query")]
    pub query: String,
    /// The last time this query was searched.
    #[oai(
        rename = "searchedAt",
        deserialize_with = "field_readers::read_searched_at"
    )]
    #[serde(rename = "searchedAt", serialize_with = "crate::api::payload::rfc3339")]
    pub searched_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "SearchHistoryPage")]
pub struct SearchHistoryPage {
    #[oai(rename = "items", deserialize_with = "field_readers::read_items")]
    #[serde(rename = "items")]
    pub items: Vec<SearchHistoryEntry>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(
        rename = "nextCursor",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_next_cursor"
    )]
    #[serde(rename = "nextCursor", skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    /// How many items match, over all pages.
    #[oai(rename = "total", deserialize_with = "field_readers::read_total")]
    #[serde(rename = "total")]
    pub total: i64,
}

/// The fields playlists can be sorted by.
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "PlaylistSort")]
pub enum PlaylistSort {
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    Name,
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    CreatedAt,
    #[oai(rename = "updatedAt")]
    #[serde(rename = "updatedAt")]
    UpdatedAt,
    #[oai(rename = "trackCount")]
    #[serde(rename = "trackCount")]
    TrackCount,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "Playlist")]
pub struct Playlist {
    #[oai(rename = "id", deserialize_with = "text_readers::read_id")]
    #[serde(rename = "id")]
    pub id: String,
    #[oai(rename = "name", deserialize_with = "text_readers::read_name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(
        rename = "description",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_description"
    )]
    #[serde(rename = "description", skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[oai(
        rename = "trackCount",
        deserialize_with = "field_readers::read_track_count"
    )]
    #[serde(rename = "trackCount")]
    pub track_count: i32,
    #[oai(
        rename = "durationMs",
        deserialize_with = "field_readers::read_duration_ms"
    )]
    #[serde(rename = "durationMs")]
    pub duration_ms: i64,
    /// The artwork of the first entry that has one; absent when none.
    #[oai(
        rename = "artworkId",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_artwork_id"
    )]
    #[serde(rename = "artworkId", skip_serializing_if = "Option::is_none")]
    pub artwork_id: Option<String>,
    #[oai(
        rename = "saved",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_saved"
    )]
    #[serde(rename = "saved", skip_serializing_if = "Option::is_none")]
    pub saved: Option<bool>,
    /// True for a playlist that follows an `.m3u`/`.m3u8` file in the library folders:
    /// a scan creates it when it finds the file, matches its entries again when the
    /// file changes, and deletes it when the file goes. Editing it (rename, delete, add,
    /// remove or reorder entries) answers `409 playlist_read_only`; export it, or import
    /// the file, for a copy of your own.
    #[oai(
        rename = "readOnly",
        deserialize_with = "field_readers::read_read_only"
    )]
    #[serde(rename = "readOnly")]
    pub read_only: bool,
    #[oai(
        rename = "createdAt",
        deserialize_with = "field_readers::read_created_at"
    )]
    #[serde(rename = "createdAt", serialize_with = "crate::api::payload::rfc3339")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    #[oai(
        rename = "updatedAt",
        deserialize_with = "field_readers::read_updated_at"
    )]
    #[serde(rename = "updatedAt", serialize_with = "crate::api::payload::rfc3339")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistPage")]
pub struct PlaylistPage {
    #[oai(rename = "items", deserialize_with = "field_readers::read_items")]
    #[serde(rename = "items")]
    pub items: Vec<Playlist>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(
        rename = "nextCursor",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_next_cursor"
    )]
    #[serde(rename = "nextCursor", skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    /// How many items match, over all pages.
    #[oai(rename = "total", deserialize_with = "field_readers::read_total")]
    #[serde(rename = "total")]
    pub total: i64,
}

/// One place in a playlist; the same track may fill several.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistEntry")]
pub struct PlaylistEntry {
    /// Identifies this entry (not the track) for removal and reordering.
    #[oai(rename = "entryId", deserialize_with = "text_readers::read_entry_id")]
    #[serde(rename = "entryId")]
    pub entry_id: String,
    /// 0 for the first entry.
    #[oai(rename = "position", deserialize_with = "field_readers::read_position")]
    #[serde(rename = "position")]
    pub position: i32,
    #[oai(rename = "trackId", deserialize_with = "text_readers::read_track_id")]
    #[serde(rename = "trackId")]
    pub track_id: String,
    /// False when the track left the library (its file is gone); `track` is then absent.
    #[oai(
        rename = "available",
        deserialize_with = "field_readers::read_available"
    )]
    #[serde(rename = "available")]
    pub available: bool,
    #[oai(
        rename = "track",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_track"
    )]
    #[serde(rename = "track", skip_serializing_if = "Option::is_none")]
    pub track: Option<Track>,
    #[oai(rename = "addedAt", deserialize_with = "field_readers::read_added_at")]
    #[serde(rename = "addedAt", serialize_with = "crate::api::payload::rfc3339")]
    pub added_at: chrono::DateTime<chrono::Utc>,
}

/// A playlist with one page of its entries in order; `playlist.trackCount` counts them all.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistDetail")]
pub struct PlaylistDetail {
    #[oai(rename = "playlist", deserialize_with = "field_readers::read_playlist")]
    #[serde(rename = "playlist")]
    pub playlist: Playlist,
    #[oai(rename = "entries", deserialize_with = "field_readers::read_entries")]
    #[serde(rename = "entries")]
    pub entries: Vec<PlaylistEntry>,
    /// Pass as `cursor` to `GET /api/playlists/{id}` for the next page of entries; absent on the last page.
    #[oai(
        rename = "nextCursor",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_next_cursor"
    )]
    #[serde(rename = "nextCursor", skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistCreate", deny_unknown_fields)]
pub struct PlaylistCreate {
    /// Spaces around it are dropped; it needs one character that is not a space.
    #[oai(
        rename = "name",
        deserialize_with = "text_readers::read_name",
        validator(min_length = 1, max_length = 200, pattern = "\\S")
    )]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(
        rename = "description",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_description",
        validator(max_length = 2000)
    )]
    #[serde(rename = "description", skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The first entries, in order.
    #[oai(
        rename = "trackIds",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_track_ids",
        validator(max_items = 5000)
    )]
    #[serde(rename = "trackIds", skip_serializing_if = "Option::is_none")]
    pub track_ids: Option<Vec<String>>,
}

/// The fields to change; absent fields are kept.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistUpdate", deny_unknown_fields)]
pub struct PlaylistUpdate {
    #[oai(
        rename = "name",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_name",
        validator(min_length = 1, max_length = 200)
    )]
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The new description; an empty string clears it.
    #[oai(
        rename = "description",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_description",
        validator(max_length = 2000)
    )]
    #[serde(rename = "description", skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistImport", deny_unknown_fields)]
pub struct PlaylistImport {
    /// The new playlist's name; by default the file's `#PLAYLIST`, else "Imported playlist".
    #[oai(
        rename = "name",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_name",
        validator(min_length = 1, max_length = 200, pattern = "\\S")
    )]
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The text of the M3U or M3U8 file.
    #[oai(
        rename = "m3u",
        deserialize_with = "text_readers::read_m3u",
        validator(max_length = 1000000)
    )]
    #[serde(rename = "m3u")]
    pub m3u: String,
}

/// A line of an imported file that matched no track.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistImportUnmatched")]
pub struct PlaylistImportUnmatched {
    /// Its line number in the file, from 1.
    #[oai(rename = "line", deserialize_with = "field_readers::read_line")]
    #[serde(rename = "line")]
    pub line: i32,
    /// The line as written.
    #[oai(rename = "path", deserialize_with = "text_readers::read_path")]
    #[serde(rename = "path")]
    pub path: String,
    /// The "artist - title" of its `#EXTINF`, when it has one.
    #[oai(
        rename = "title",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_title"
    )]
    #[serde(rename = "title", skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistImportResult")]
pub struct PlaylistImportResult {
    #[oai(rename = "playlist", deserialize_with = "field_readers::read_playlist")]
    #[serde(rename = "playlist")]
    pub playlist: PlaylistDetail,
    /// The lines that matched no track, in file order.
    #[oai(
        rename = "unmatched",
        deserialize_with = "field_readers::read_unmatched"
    )]
    #[serde(rename = "unmatched")]
    pub unmatched: Vec<PlaylistImportUnmatched>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistTracksAdd", deny_unknown_fields)]
pub struct PlaylistTracksAdd {
    /// The tracks to add, in order.
    #[oai(
        rename = "trackIds",
        deserialize_with = "text_readers::read_track_ids",
        validator(min_items = 1, max_items = 5000)
    )]
    #[serde(rename = "trackIds")]
    pub track_ids: Vec<String>,
    /// Where to insert (0 is the top); absent or past the end appends.
    #[oai(
        rename = "position",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_position",
        validator(minimum(value = "0"))
    )]
    #[serde(rename = "position", skip_serializing_if = "Option::is_none")]
    pub position: Option<i32>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistOrder", deny_unknown_fields)]
pub struct PlaylistOrder {
    /// Every entry of the playlist exactly once, in the new order.
    #[oai(
        rename = "entryIds",
        deserialize_with = "text_readers::read_entry_ids",
        validator(max_items = 100000)
    )]
    #[serde(rename = "entryIds")]
    pub entry_ids: Vec<String>,
}

#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "PlaybackState")]
pub enum PlaybackState {
    #[oai(rename = "playing")]
    #[serde(rename = "playing")]
    Playing,
    #[oai(rename = "paused")]
    #[serde(rename = "paused")]
    Paused,
    #[oai(rename = "stopped")]
    #[serde(rename = "stopped")]
    Stopped,
}

/// `off`, repeat the whole queue (`all`) or the current track (`one`).
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "RepeatMode")]
pub enum RepeatMode {
    #[oai(rename = "off")]
    #[serde(rename = "off")]
    Off,
    #[oai(rename = "all")]
    #[serde(rename = "all")]
    All,
    #[oai(rename = "one")]
    #[serde(rename = "one")]
    One,
}

/// The playback session shared by all devices.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaybackSession")]
pub struct PlaybackSession {
    /// Grows with every change; send it back as `baseRevision`.
    #[oai(rename = "revision", deserialize_with = "field_readers::read_revision")]
    #[serde(rename = "revision")]
    pub revision: i64,
    #[oai(rename = "state", deserialize_with = "field_readers::read_state")]
    #[serde(rename = "state")]
    pub state: PlaybackState,
    /// The queue, in play order (shuffle already applied).
    #[oai(rename = "queue", deserialize_with = "field_readers::read_queue")]
    #[serde(rename = "queue")]
    pub queue: Vec<Track>,
    /// The index in `queue` of the current track; absent when the queue is empty.
    #[oai(
        rename = "currentIndex",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_current_index"
    )]
    #[serde(rename = "currentIndex", skip_serializing_if = "Option::is_none")]
    pub current_index: Option<i32>,
    /// The position in the current track when `updatedAt` was set.
    #[oai(
        rename = "positionMs",
        deserialize_with = "field_readers::read_position_ms"
    )]
    #[serde(rename = "positionMs")]
    pub position_ms: i64,
    #[oai(rename = "shuffle", deserialize_with = "field_readers::read_shuffle")]
    #[serde(rename = "shuffle")]
    pub shuffle: bool,
    #[oai(rename = "repeat", deserialize_with = "field_readers::read_repeat")]
    #[serde(rename = "repeat")]
    pub repeat: RepeatMode,
    #[oai(
        rename = "volume",
        deserialize_with = "field_readers::read_volume",
        validator(minimum(value = "0"), maximum(value = "1"))
    )]
    #[serde(
        rename = "volume",
        skip_serializing_if = "crate::api::payload::not_finite"
    )]
    pub volume: f64,
    /// The device that last changed the session; absent for local calls.
    #[oai(
        rename = "activeDeviceId",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_active_device_id"
    )]
    #[serde(rename = "activeDeviceId", skip_serializing_if = "Option::is_none")]
    pub active_device_id: Option<String>,
    #[oai(
        rename = "activeDeviceName",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_active_device_name"
    )]
    #[serde(rename = "activeDeviceName", skip_serializing_if = "Option::is_none")]
    pub active_device_name: Option<String>,
    #[oai(
        rename = "updatedAt",
        deserialize_with = "field_readers::read_updated_at"
    )]
    #[serde(rename = "updatedAt", serialize_with = "crate::api::payload::rfc3339")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

/// The fields to change; absent fields are kept.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaybackSessionUpdate", deny_unknown_fields)]
pub struct PlaybackSessionUpdate {
    /// The `revision` this change is based on; when the session changed since, the call answers `409 session_conflict`.
    #[oai(
        rename = "baseRevision",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_base_revision"
    )]
    #[serde(rename = "baseRevision", skip_serializing_if = "Option::is_none")]
    pub base_revision: Option<i64>,
    /// The new queue, in its natural order (the hub applies shuffle).
    #[oai(
        rename = "queueTrackIds",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_queue_track_ids",
        validator(max_items = 10000)
    )]
    #[serde(rename = "queueTrackIds", skip_serializing_if = "Option::is_none")]
    pub queue_track_ids: Option<Vec<String>>,
    /// The index in the (new) queue of the current track.
    #[oai(
        rename = "currentIndex",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_current_index",
        validator(minimum(value = "0"))
    )]
    #[serde(rename = "currentIndex", skip_serializing_if = "Option::is_none")]
    pub current_index: Option<i32>,
    #[oai(
        rename = "positionMs",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_position_ms",
        validator(minimum(value = "0"))
    )]
    #[serde(rename = "positionMs", skip_serializing_if = "Option::is_none")]
    pub position_ms: Option<i64>,
    #[oai(
        rename = "state",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_state"
    )]
    #[serde(rename = "state", skip_serializing_if = "Option::is_none")]
    pub state: Option<PlaybackState>,
    #[oai(
        rename = "shuffle",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_shuffle"
    )]
    #[serde(rename = "shuffle", skip_serializing_if = "Option::is_none")]
    pub shuffle: Option<bool>,
    #[oai(
        rename = "repeat",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_repeat"
    )]
    #[serde(rename = "repeat", skip_serializing_if = "Option::is_none")]
    pub repeat: Option<RepeatMode>,
    #[oai(
        rename = "volume",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_volume",
        validator(minimum(value = "0"), maximum(value = "1"))
    )]
    #[serde(
        rename = "volume",
        skip_serializing_if = "crate::api::payload::absent_or_not_finite"
    )]
    pub volume: Option<f64>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaybackHistoryEntry")]
pub struct PlaybackHistoryEntry {
    #[oai(rename = "id", deserialize_with = "text_readers::read_id")]
    #[serde(rename = "id")]
    pub id: String,
    #[oai(rename = "track", deserialize_with = "field_readers::read_track")]
    #[serde(rename = "track")]
    pub track: Track,
    /// When playback of the track started.
    #[oai(
        rename = "playedAt",
        deserialize_with = "field_readers::read_played_at"
    )]
    #[serde(rename = "playedAt", serialize_with = "crate::api::payload::rfc3339")]
    pub played_at: chrono::DateTime<chrono::Utc>,
    /// How long it was played.
    #[oai(
        rename = "playedMs",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_played_ms"
    )]
    #[serde(rename = "playedMs", skip_serializing_if = "Option::is_none")]
    pub played_ms: Option<i64>,
    /// The device that played it; absent for local calls.
    #[oai(
        rename = "deviceId",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_device_id"
    )]
    #[serde(rename = "deviceId", skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    #[oai(
        rename = "deviceName",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_device_name"
    )]
    #[serde(rename = "deviceName", skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaybackHistoryPage")]
pub struct PlaybackHistoryPage {
    #[oai(rename = "items", deserialize_with = "field_readers::read_items")]
    #[serde(rename = "items")]
    pub items: Vec<PlaybackHistoryEntry>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(
        rename = "nextCursor",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_next_cursor"
    )]
    #[serde(rename = "nextCursor", skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    /// How many items match, over all pages.
    #[oai(rename = "total", deserialize_with = "field_readers::read_total")]
    #[serde(rename = "total")]
    pub total: i64,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "MediaSessionRequest", deny_unknown_fields)]
pub struct MediaSessionRequest {
    /// How long the media token should live, in seconds.
    #[oai(
        rename = "ttlSeconds",
        default = "defaults::default_i32_3600",
        validator(minimum(value = "60"), maximum(value = "86400"))
    )]
    #[serde(rename = "ttlSeconds")]
    pub ttl_seconds: i32,
    #[oai(
        rename = "profile",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_profile"
    )]
    #[serde(rename = "profile", skip_serializing_if = "Option::is_none")]
    pub profile: Option<TranscodeProfile>,
}

/// A named transcode: `mobile` Opus 96 kbit/s, `cellular` Opus 64, `web` Opus 128,
/// `legacy` MP3 192 (constant bit rate).
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "TranscodeProfile")]
pub enum TranscodeProfile {
    #[oai(rename = "mobile")]
    #[serde(rename = "mobile")]
    Mobile,
    #[oai(rename = "cellular")]
    #[serde(rename = "cellular")]
    Cellular,
    #[oai(rename = "web")]
    #[serde(rename = "web")]
    Web,
    #[oai(rename = "legacy")]
    #[serde(rename = "legacy")]
    Legacy,
}

/// What a stream is sent as; `original` is the file as it is.
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "StreamFormat")]
pub enum StreamFormat {
    #[oai(rename = "original")]
    #[serde(rename = "original")]
    Original,
    #[oai(rename = "opus")]
    #[serde(rename = "opus")]
    Opus,
    #[oai(rename = "mp3")]
    #[serde(rename = "mp3")]
    Mp3,
}

/// Which ReplayGain a transcode applies.
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "ReplayGainMode")]
pub enum ReplayGainMode {
    #[oai(rename = "off")]
    #[serde(rename = "off")]
    Off,
    #[oai(rename = "track")]
    #[serde(rename = "track")]
    Track,
    #[oai(rename = "album")]
    #[serde(rename = "album")]
    Album,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "MediaSession")]
pub struct MediaSession {
    /// Append as `?mediaToken=` to media URLs. Treat it as a secret.
    #[oai(
        rename = "mediaToken",
        deserialize_with = "text_readers::read_media_token"
    )]
    #[serde(rename = "mediaToken")]
    pub media_token: String,
    #[oai(
        rename = "expiresAt",
        deserialize_with = "field_readers::read_expires_at"
    )]
    #[serde(rename = "expiresAt", serialize_with = "crate::api::payload::rfc3339")]
    pub expires_at: chrono::DateTime<chrono::Utc>,
    /// A URL path for streams; replace `{trackId}`.
    #[oai(
        rename = "streamUrlTemplate",
        deserialize_with = "text_readers::read_stream_url_template"
    )]
    #[serde(rename = "streamUrlTemplate")]
    pub stream_url_template: String,
    /// A URL path for artwork; replace `{id}`.
    #[oai(
        rename = "artworkUrlTemplate",
        deserialize_with = "text_readers::read_artwork_url_template"
    )]
    #[serde(rename = "artworkUrlTemplate")]
    pub artwork_url_template: String,
    #[oai(
        rename = "profile",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_profile"
    )]
    #[serde(rename = "profile", skip_serializing_if = "Option::is_none")]
    pub profile: Option<TranscodeProfile>,
}

/// What can be saved.
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "SavedKind")]
pub enum SavedKind {
    #[oai(rename = "track")]
    #[serde(rename = "track")]
    Track,
    #[oai(rename = "album")]
    #[serde(rename = "album")]
    Album,
    #[oai(rename = "artist")]
    #[serde(rename = "artist")]
    Artist,
    #[oai(rename = "playlist")]
    #[serde(rename = "playlist")]
    Playlist,
}

/// The fields saved items can be sorted by.
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "SavedSort")]
pub enum SavedSort {
    #[oai(rename = "savedAt")]
    #[serde(rename = "savedAt")]
    SavedAt,
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    Name,
}

/// A saved item; the property named by `kind` (`track`, `album`, `artist` or `playlist`) holds it.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "SavedItem")]
pub struct SavedItem {
    #[oai(rename = "kind", deserialize_with = "field_readers::read_kind")]
    #[serde(rename = "kind")]
    pub kind: SavedKind,
    /// The saved item's id.
    #[oai(rename = "id", deserialize_with = "text_readers::read_id")]
    #[serde(rename = "id")]
    pub id: String,
    /// Its title or name.
    #[oai(rename = "name", deserialize_with = "text_readers::read_name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(rename = "savedAt", deserialize_with = "field_readers::read_saved_at")]
    #[serde(rename = "savedAt", serialize_with = "crate::api::payload::rfc3339")]
    pub saved_at: chrono::DateTime<chrono::Utc>,
    #[oai(
        rename = "track",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_track"
    )]
    #[serde(rename = "track", skip_serializing_if = "Option::is_none")]
    pub track: Option<Track>,
    #[oai(
        rename = "album",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_album"
    )]
    #[serde(rename = "album", skip_serializing_if = "Option::is_none")]
    pub album: Option<Album>,
    #[oai(
        rename = "artist",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_artist"
    )]
    #[serde(rename = "artist", skip_serializing_if = "Option::is_none")]
    pub artist: Option<Artist>,
    #[oai(
        rename = "playlist",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_playlist"
    )]
    #[serde(rename = "playlist", skip_serializing_if = "Option::is_none")]
    pub playlist: Option<Playlist>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "SavedItemPage")]
pub struct SavedItemPage {
    #[oai(rename = "items", deserialize_with = "field_readers::read_items")]
    #[serde(rename = "items")]
    pub items: Vec<SavedItem>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(
        rename = "nextCursor",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_next_cursor"
    )]
    #[serde(rename = "nextCursor", skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    /// How many items match, over all pages.
    #[oai(rename = "total", deserialize_with = "field_readers::read_total")]
    #[serde(rename = "total")]
    pub total: i64,
}

/// A metadata field that can be overridden.
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "TagField")]
pub enum TagField {
    #[oai(rename = "title")]
    #[serde(rename = "title")]
    Title,
    #[oai(rename = "artists")]
    #[serde(rename = "artists")]
    Artists,
    #[oai(rename = "album")]
    #[serde(rename = "album")]
    Album,
    #[oai(rename = "albumArtists")]
    #[serde(rename = "albumArtists")]
    AlbumArtists,
    #[oai(rename = "composers")]
    #[serde(rename = "composers")]
    Composers,
    #[oai(rename = "trackNumber")]
    #[serde(rename = "trackNumber")]
    TrackNumber,
    #[oai(rename = "trackTotal")]
    #[serde(rename = "trackTotal")]
    TrackTotal,
    #[oai(rename = "discNumber")]
    #[serde(rename = "discNumber")]
    DiscNumber,
    #[oai(rename = "discTotal")]
    #[serde(rename = "discTotal")]
    DiscTotal,
    #[oai(rename = "year")]
    #[serde(rename = "year")]
    Year,
    #[oai(rename = "genres")]
    #[serde(rename = "genres")]
    Genres,
    #[oai(rename = "compilation")]
    #[serde(rename = "compilation")]
    Compilation,
    #[oai(rename = "comment")]
    #[serde(rename = "comment")]
    Comment,
    #[oai(rename = "musicbrainzRecordingId")]
    #[serde(rename = "musicbrainzRecordingId")]
    MusicbrainzRecordingId,
    #[oai(rename = "musicbrainzReleaseId")]
    #[serde(rename = "musicbrainzReleaseId")]
    MusicbrainzReleaseId,
    #[oai(rename = "replayGainTrackDb")]
    #[serde(rename = "replayGainTrackDb")]
    ReplayGainTrackDb,
    #[oai(rename = "replayGainTrackPeak")]
    #[serde(rename = "replayGainTrackPeak")]
    ReplayGainTrackPeak,
    #[oai(rename = "replayGainAlbumDb")]
    #[serde(rename = "replayGainAlbumDb")]
    ReplayGainAlbumDb,
    #[oai(rename = "replayGainAlbumPeak")]
    #[serde(rename = "replayGainAlbumPeak")]
    ReplayGainAlbumPeak,
}

/// Metadata values; an absent field is not set (in overrides, not overridden).
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "TagValues", deny_unknown_fields)]
pub struct TagValues {
    #[oai(
        rename = "title",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_title",
        validator(max_length = 1000)
    )]
    #[serde(rename = "title", skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[oai(
        rename = "artists",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_artists",
        validator(max_items = 100)
    )]
    #[serde(rename = "artists", skip_serializing_if = "Option::is_none")]
    pub artists: Option<Vec<String>>,
    #[oai(
        rename = "album",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_album",
        validator(max_length = 1000)
    )]
    #[serde(rename = "album", skip_serializing_if = "Option::is_none")]
    pub album: Option<String>,
    #[oai(
        rename = "albumArtists",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_album_artists",
        validator(max_items = 100)
    )]
    #[serde(rename = "albumArtists", skip_serializing_if = "Option::is_none")]
    pub album_artists: Option<Vec<String>>,
    #[oai(
        rename = "composers",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_composers",
        validator(max_items = 100)
    )]
    #[serde(rename = "composers", skip_serializing_if = "Option::is_none")]
    pub composers: Option<Vec<String>>,
    #[oai(
        rename = "trackNumber",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_track_number",
        validator(minimum(value = "0"), maximum(value = "9999"))
    )]
    #[serde(rename = "trackNumber", skip_serializing_if = "Option::is_none")]
    pub track_number: Option<i32>,
    #[oai(
        rename = "trackTotal",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_track_total",
        validator(minimum(value = "0"), maximum(value = "9999"))
    )]
    #[serde(rename = "trackTotal", skip_serializing_if = "Option::is_none")]
    pub track_total: Option<i32>,
    #[oai(
        rename = "discNumber",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_disc_number",
        validator(minimum(value = "0"), maximum(value = "999"))
    )]
    #[serde(rename = "discNumber", skip_serializing_if = "Option::is_none")]
    pub disc_number: Option<i32>,
    #[oai(
        rename = "discTotal",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_disc_total",
        validator(minimum(value = "0"), maximum(value = "999"))
    )]
    #[serde(rename = "discTotal", skip_serializing_if = "Option::is_none")]
    pub disc_total: Option<i32>,
    #[oai(
        rename = "year",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_year",
        validator(minimum(value = "0"), maximum(value = "9999"))
    )]
    #[serde(rename = "year", skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    #[oai(
        rename = "genres",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_genres",
        validator(max_items = 100)
    )]
    #[serde(rename = "genres", skip_serializing_if = "Option::is_none")]
    pub genres: Option<Vec<String>>,
    #[oai(
        rename = "compilation",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_compilation"
    )]
    #[serde(rename = "compilation", skip_serializing_if = "Option::is_none")]
    pub compilation: Option<bool>,
    #[oai(
        rename = "comment",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_comment",
        validator(max_length = 10000)
    )]
    #[serde(rename = "comment", skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[oai(
        rename = "musicbrainzRecordingId",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_musicbrainz_recording_id",
        validator(max_length = 64)
    )]
    #[serde(
        rename = "musicbrainzRecordingId",
        skip_serializing_if = "Option::is_none"
    )]
    pub musicbrainz_recording_id: Option<String>,
    #[oai(
        rename = "musicbrainzReleaseId",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_musicbrainz_release_id",
        validator(max_length = 64)
    )]
    #[serde(
        rename = "musicbrainzReleaseId",
        skip_serializing_if = "Option::is_none"
    )]
    pub musicbrainz_release_id: Option<String>,
    /// ReplayGain 2.0 track gain in dB (reference -18 LUFS).
    #[oai(
        rename = "replayGainTrackDb",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_replay_gain_track_db",
        validator(minimum(value = "-100"), maximum(value = "100"))
    )]
    #[serde(
        rename = "replayGainTrackDb",
        skip_serializing_if = "crate::api::payload::absent_or_not_finite"
    )]
    pub replay_gain_track_db: Option<f64>,
    /// The track's peak sample, 1.0 being full scale.
    #[oai(
        rename = "replayGainTrackPeak",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_replay_gain_track_peak",
        validator(minimum(value = "0"), maximum(value = "100"))
    )]
    #[serde(
        rename = "replayGainTrackPeak",
        skip_serializing_if = "crate::api::payload::absent_or_not_finite"
    )]
    pub replay_gain_track_peak: Option<f64>,
    /// ReplayGain 2.0 album gain in dB.
    #[oai(
        rename = "replayGainAlbumDb",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_replay_gain_album_db",
        validator(minimum(value = "-100"), maximum(value = "100"))
    )]
    #[serde(
        rename = "replayGainAlbumDb",
        skip_serializing_if = "crate::api::payload::absent_or_not_finite"
    )]
    pub replay_gain_album_db: Option<f64>,
    /// The album's peak sample, 1.0 being full scale.
    #[oai(
        rename = "replayGainAlbumPeak",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_replay_gain_album_peak",
        validator(minimum(value = "0"), maximum(value = "100"))
    )]
    #[serde(
        rename = "replayGainAlbumPeak",
        skip_serializing_if = "crate::api::payload::absent_or_not_finite"
    )]
    pub replay_gain_album_peak: Option<f64>,
}

/// Who set one override, and when.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "TagOverride")]
pub struct TagOverride {
    #[oai(rename = "field", deserialize_with = "field_readers::read_field")]
    #[serde(rename = "field")]
    pub field: TagField,
    #[oai(rename = "setAt", deserialize_with = "field_readers::read_set_at")]
    #[serde(rename = "setAt", serialize_with = "crate::api::payload::rfc3339")]
    pub set_at: chrono::DateTime<chrono::Utc>,
    /// The paired device that set it; absent when set on the hub's own machine or with the API token.
    #[oai(
        rename = "deviceId",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_device_id"
    )]
    #[serde(rename = "deviceId", skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// `user` for a value someone typed, else the enrichment source it was applied from (`path`, `album`, `loudness`).
    #[oai(rename = "source", deserialize_with = "text_readers::read_source")]
    #[serde(rename = "source")]
    pub source: String,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "MetadataBatchRequest", deny_unknown_fields)]
pub struct MetadataBatchRequest {
    /// The tracks to change, each at most once.
    #[oai(
        rename = "trackIds",
        deserialize_with = "text_readers::read_track_ids",
        validator(min_items = 1, max_items = 5000)
    )]
    #[serde(rename = "trackIds")]
    pub track_ids: Vec<String>,
    #[oai(rename = "set", deserialize_with = "field_readers::read_set")]
    #[serde(rename = "set")]
    pub set: TagValues,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "MetadataBatchResult")]
pub struct MetadataBatchResult {
    /// The tracks changed, as given.
    #[oai(rename = "trackIds", deserialize_with = "text_readers::read_track_ids")]
    #[serde(rename = "trackIds")]
    pub track_ids: Vec<String>,
    /// The fields set on each of them.
    #[oai(
        rename = "overriddenFields",
        deserialize_with = "field_readers::read_overridden_fields"
    )]
    #[serde(rename = "overriddenFields")]
    pub overridden_fields: Vec<TagField>,
}

/// A track's metadata from its file, the user's overrides, and the result. `fileTags`
/// are read from the file when asked (empty when it cannot be read now); `effective`
/// is `fileTags` with each override in its place, the values the catalogue (its
/// payloads, grouping, search, sorting, filters and stats) is derived from. Where a
/// value is missing even there, the catalogue falls back to the path (title from the
/// file name, album from the folder), which `effective` does not repeat.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "TrackMetadata")]
pub struct TrackMetadata {
    #[oai(rename = "trackId", deserialize_with = "text_readers::read_track_id")]
    #[serde(rename = "trackId")]
    pub track_id: String,
    #[oai(
        rename = "fileTags",
        deserialize_with = "field_readers::read_file_tags"
    )]
    #[serde(rename = "fileTags")]
    pub file_tags: TagValues,
    #[oai(
        rename = "overrides",
        deserialize_with = "field_readers::read_overrides"
    )]
    #[serde(rename = "overrides")]
    pub overrides: TagValues,
    #[oai(
        rename = "effective",
        deserialize_with = "field_readers::read_effective"
    )]
    #[serde(rename = "effective")]
    pub effective: TagValues,
    /// The fields that `overrides` sets.
    #[oai(
        rename = "overriddenFields",
        deserialize_with = "field_readers::read_overridden_fields"
    )]
    #[serde(rename = "overriddenFields")]
    pub overridden_fields: Vec<TagField>,
    #[oai(
        rename = "hasEmbeddedArtwork",
        deserialize_with = "field_readers::read_has_embedded_artwork"
    )]
    #[serde(rename = "hasEmbeddedArtwork")]
    pub has_embedded_artwork: bool,
    #[oai(
        rename = "hasFolderArtwork",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_has_folder_artwork"
    )]
    #[serde(rename = "hasFolderArtwork", skip_serializing_if = "Option::is_none")]
    pub has_folder_artwork: Option<bool>,
    /// The file, relative to its root and prefixed with the root's id.
    #[oai(
        rename = "relativePath",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_relative_path"
    )]
    #[serde(rename = "relativePath", skip_serializing_if = "Option::is_none")]
    pub relative_path: Option<String>,
    #[oai(
        rename = "fileModifiedAt",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_file_modified_at"
    )]
    #[serde(
        rename = "fileModifiedAt",
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::api::payload::rfc3339_if_any"
    )]
    pub file_modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the overrides last changed; absent when there are none.
    #[oai(
        rename = "overridesUpdatedAt",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_overrides_updated_at"
    )]
    #[serde(
        rename = "overridesUpdatedAt",
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::api::payload::rfc3339_if_any"
    )]
    pub overrides_updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Who set each override and when, one per field of `overriddenFields`.
    #[oai(
        rename = "overrideDetails",
        deserialize_with = "field_readers::read_override_details"
    )]
    #[serde(rename = "overrideDetails")]
    pub override_details: Vec<TagOverride>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "EnrichmentSuggestion")]
pub struct EnrichmentSuggestion {
    #[oai(rename = "id", deserialize_with = "text_readers::read_id")]
    #[serde(rename = "id")]
    pub id: String,
    /// Where the suggestion comes from: `path` (artist, album, track number, disc
    /// and title read from the folder and file names, offered only for tags that
    /// are missing or generic such as "Track 01" or "Unknown Artist"), `album` (the
    /// value most of the album's other tracks share, offered to the few that differ),
    /// `musicbrainz` (when the hub runs with `--musicbrainz`: the recording found on
    /// MusicBrainz by the recording id in the tags, else by title, artist and album,
    /// with its first release's title, year and ids),
    /// and `loudness` (ReplayGain 2.0 track and album gain and peak measured from the
    /// audio: EBU R128 integrated loudness against -18 LUFS, true peak as a linear
    /// amplitude; the album's tracks are gated together; offered once the background
    /// analysis or `music-hub analyze` has measured the file as it is now).
    #[oai(rename = "source", deserialize_with = "text_readers::read_source")]
    #[serde(rename = "source")]
    pub source: String,
    /// How likely the values are right, from 0 to 1, with one meaning per source:
    /// for `album`, the fraction of the album's tracks that carry the value (only
    /// offered above one half, so a clear majority); for `path`, a fixed 0.6 when the
    /// file name matched one of the known patterns with a separator (`03 - Title`,
    /// `Artist - Album` folders), 0.4 when only a bare number and a title did; for
    /// `musicbrainz`, 1.0 for the recording the tags' MusicBrainz id names, else the
    /// search's match score divided by 100 (matches below 0.5 are not offered); for
    /// `loudness`, 1.0: the values are computed from the audio itself, not guessed.
    #[oai(
        rename = "confidence",
        deserialize_with = "field_readers::read_confidence",
        validator(minimum(value = "0"), maximum(value = "1"))
    )]
    #[serde(
        rename = "confidence",
        skip_serializing_if = "crate::api::payload::not_finite"
    )]
    pub confidence: f64,
    #[oai(rename = "values", deserialize_with = "field_readers::read_values")]
    #[serde(rename = "values")]
    pub values: TagValues,
    /// The fields whose value differs from the track's effective metadata.
    #[oai(
        rename = "changedFields",
        deserialize_with = "field_readers::read_changed_fields"
    )]
    #[serde(rename = "changedFields")]
    pub changed_fields: Vec<TagField>,
    #[oai(
        rename = "createdAt",
        deserialize_with = "field_readers::read_created_at"
    )]
    #[serde(rename = "createdAt", serialize_with = "crate::api::payload::rfc3339")]
    pub created_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "TrackEnrichment")]
pub struct TrackEnrichment {
    #[oai(rename = "trackId", deserialize_with = "text_readers::read_track_id")]
    #[serde(rename = "trackId")]
    pub track_id: String,
    /// Best first.
    #[oai(
        rename = "suggestions",
        deserialize_with = "field_readers::read_suggestions"
    )]
    #[serde(rename = "suggestions")]
    pub suggestions: Vec<EnrichmentSuggestion>,
    /// When suggestions were last looked for; absent when never.
    #[oai(
        rename = "checkedAt",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_checked_at"
    )]
    #[serde(
        rename = "checkedAt",
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::api::payload::rfc3339_if_any"
    )]
    pub checked_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "EnrichmentApplyRequest", deny_unknown_fields)]
pub struct EnrichmentApplyRequest {
    #[oai(
        rename = "suggestionId",
        deserialize_with = "text_readers::read_suggestion_id",
        validator(max_length = 128)
    )]
    #[serde(rename = "suggestionId")]
    pub suggestion_id: String,
    /// Only these fields of the suggestion; all its `changedFields` when absent.
    #[oai(
        rename = "fields",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_fields"
    )]
    #[serde(rename = "fields", skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<TagField>>,
}

/// A paired device.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "Device")]
pub struct Device {
    /// The `deviceId` the device sent when pairing.
    #[oai(rename = "id", deserialize_with = "text_readers::read_id")]
    #[serde(rename = "id")]
    pub id: String,
    #[oai(rename = "name", deserialize_with = "text_readers::read_name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(
        rename = "pairedAt",
        deserialize_with = "field_readers::read_paired_at"
    )]
    #[serde(rename = "pairedAt", serialize_with = "crate::api::payload::rfc3339")]
    pub paired_at: chrono::DateTime<chrono::Utc>,
    /// The device's last authenticated call; absent when none yet.
    #[oai(
        rename = "lastSeenAt",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_last_seen_at"
    )]
    #[serde(
        rename = "lastSeenAt",
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::api::payload::rfc3339_if_any"
    )]
    pub last_seen_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The client address of that call.
    #[oai(
        rename = "lastAddress",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_last_address"
    )]
    #[serde(rename = "lastAddress", skip_serializing_if = "Option::is_none")]
    pub last_address: Option<String>,
    /// When the device's current refresh token expires.
    #[oai(
        rename = "refreshExpiresAt",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_refresh_expires_at"
    )]
    #[serde(
        rename = "refreshExpiresAt",
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::api::payload::rfc3339_if_any"
    )]
    pub refresh_expires_at: Option<chrono::DateTime<chrono::Utc>>,
    #[oai(rename = "revoked", deserialize_with = "field_readers::read_revoked")]
    #[serde(rename = "revoked")]
    pub revoked: bool,
    #[oai(
        rename = "revokedAt",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_revoked_at"
    )]
    #[serde(
        rename = "revokedAt",
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::api::payload::rfc3339_if_any"
    )]
    pub revoked_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// The fields devices can be sorted by.
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "DeviceSort")]
pub enum DeviceSort {
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    Name,
    #[oai(rename = "pairedAt")]
    #[serde(rename = "pairedAt")]
    PairedAt,
    #[oai(rename = "lastSeenAt")]
    #[serde(rename = "lastSeenAt")]
    LastSeenAt,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "DevicePage")]
pub struct DevicePage {
    #[oai(rename = "items", deserialize_with = "field_readers::read_items")]
    #[serde(rename = "items")]
    pub items: Vec<Device>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(
        rename = "nextCursor",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_next_cursor"
    )]
    #[serde(rename = "nextCursor", skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    /// How many items match, over all pages.
    #[oai(rename = "total", deserialize_with = "field_readers::read_total")]
    #[serde(rename = "total")]
    pub total: i64,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "AuthStatus")]
pub struct AuthStatus {
    #[oai(rename = "hubId", deserialize_with = "text_readers::read_hub_id")]
    #[serde(rename = "hubId")]
    pub hub_id: String,
    #[oai(
        rename = "pairingArmed",
        deserialize_with = "field_readers::read_pairing_armed"
    )]
    #[serde(rename = "pairingArmed")]
    pub pairing_armed: bool,
    /// The current pairing code, while armed.
    #[oai(
        rename = "pairingCode",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_pairing_code"
    )]
    #[serde(rename = "pairingCode", skip_serializing_if = "Option::is_none")]
    pub pairing_code: Option<String>,
    /// When the pairing window closes, while armed.
    #[oai(
        rename = "pairingExpiresAt",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_pairing_expires_at"
    )]
    #[serde(
        rename = "pairingExpiresAt",
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::api::payload::rfc3339_if_any"
    )]
    pub pairing_expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The hub's URLs on its non-loopback addresses.
    #[oai(rename = "lanUrls", deserialize_with = "text_readers::read_lan_urls")]
    #[serde(rename = "lanUrls")]
    pub lan_urls: Vec<String>,
    /// The configured public tunnel URL, if any.
    #[oai(
        rename = "tunnelUrl",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_tunnel_url"
    )]
    #[serde(rename = "tunnelUrl", skip_serializing_if = "Option::is_none")]
    pub tunnel_url: Option<String>,
    /// `MUSIC_HUB_API_TOKEN` is set.
    #[oai(
        rename = "apiTokenConfigured",
        deserialize_with = "field_readers::read_api_token_configured"
    )]
    #[serde(rename = "apiTokenConfigured")]
    pub api_token_configured: bool,
    /// The paired devices that are not revoked, most recently seen first.
    #[oai(rename = "devices", deserialize_with = "field_readers::read_devices")]
    #[serde(rename = "devices")]
    pub devices: Vec<Device>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ArmRequest", deny_unknown_fields)]
pub struct ArmRequest {
    /// How long the pairing window stays open.
    #[oai(
        rename = "minutes",
        default = "defaults::default_i32_10",
        validator(minimum(value = "1"), maximum(value = "60"))
    )]
    #[serde(rename = "minutes")]
    pub minutes: i32,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PairingArmed")]
pub struct PairingArmed {
    /// Single-use; give it to the device that pairs.
    #[oai(
        rename = "pairingCode",
        deserialize_with = "text_readers::read_pairing_code"
    )]
    #[serde(rename = "pairingCode")]
    pub pairing_code: String,
    #[oai(
        rename = "expiresAt",
        deserialize_with = "field_readers::read_expires_at"
    )]
    #[serde(rename = "expiresAt", serialize_with = "crate::api::payload::rfc3339")]
    pub expires_at: chrono::DateTime<chrono::Utc>,
    #[oai(rename = "hubId", deserialize_with = "text_readers::read_hub_id")]
    #[serde(rename = "hubId")]
    pub hub_id: String,
    /// The URLs a device on the LAN can reach the hub on.
    #[oai(rename = "lanUrls", deserialize_with = "text_readers::read_lan_urls")]
    #[serde(rename = "lanUrls")]
    pub lan_urls: Vec<String>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PairRequest", deny_unknown_fields)]
pub struct PairRequest {
    #[oai(
        rename = "pairingCode",
        deserialize_with = "text_readers::read_pairing_code",
        validator(min_length = 1, max_length = 64)
    )]
    #[serde(rename = "pairingCode")]
    pub pairing_code: String,
    /// A stable id the device chooses for itself; its tokens are bound to it.
    #[oai(
        rename = "deviceId",
        deserialize_with = "text_readers::read_device_id",
        validator(min_length = 1, max_length = 128, pattern = "^[A-Za-z0-9._-]+$")
    )]
    #[serde(rename = "deviceId")]
    pub device_id: String,
    /// A name for people, shown in the device list.
    #[oai(
        rename = "deviceName",
        deserialize_with = "text_readers::read_device_name",
        validator(min_length = 1, max_length = 200)
    )]
    #[serde(rename = "deviceName")]
    pub device_name: String,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "RefreshRequest", deny_unknown_fields)]
pub struct RefreshRequest {
    #[oai(
        rename = "deviceId",
        deserialize_with = "text_readers::read_device_id",
        validator(min_length = 1, max_length = 128)
    )]
    #[serde(rename = "deviceId")]
    pub device_id: String,
    #[oai(
        rename = "refreshToken",
        deserialize_with = "text_readers::read_refresh_token",
        validator(min_length = 1, max_length = 4096)
    )]
    #[serde(rename = "refreshToken")]
    pub refresh_token: String,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "TokenPair")]
pub struct TokenPair {
    /// Send as `Authorization: Bearer <accessToken>`; lives minutes.
    #[oai(
        rename = "accessToken",
        deserialize_with = "text_readers::read_access_token"
    )]
    #[serde(rename = "accessToken")]
    pub access_token: String,
    /// Single-use; exchange it with `POST /api/auth/refresh`. Lives weeks. Store it as a secret.
    #[oai(
        rename = "refreshToken",
        deserialize_with = "text_readers::read_refresh_token"
    )]
    #[serde(rename = "refreshToken")]
    pub refresh_token: String,
    /// Always `Bearer`.
    #[oai(
        rename = "tokenType",
        deserialize_with = "text_readers::read_token_type"
    )]
    #[serde(rename = "tokenType")]
    pub token_type: String,
    #[oai(
        rename = "accessExpiresAt",
        deserialize_with = "field_readers::read_access_expires_at"
    )]
    #[serde(
        rename = "accessExpiresAt",
        serialize_with = "crate::api::payload::rfc3339"
    )]
    pub access_expires_at: chrono::DateTime<chrono::Utc>,
    #[oai(
        rename = "refreshExpiresAt",
        deserialize_with = "field_readers::read_refresh_expires_at"
    )]
    #[serde(
        rename = "refreshExpiresAt",
        serialize_with = "crate::api::payload::rfc3339"
    )]
    pub refresh_expires_at: chrono::DateTime<chrono::Utc>,
    #[oai(rename = "device", deserialize_with = "field_readers::read_device")]
    #[serde(rename = "device")]
    pub device: Device,
}

/// A QR code's image format; `svg` when absent.
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "QrFormat")]
pub enum QrFormat {
    #[oai(rename = "svg")]
    #[serde(rename = "svg")]
    Svg,
    #[oai(rename = "png")]
    #[serde(rename = "png")]
    Png,
}

/// What a share link opens.
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "ShareKind")]
pub enum ShareKind {
    #[oai(rename = "playlist")]
    #[serde(rename = "playlist")]
    Playlist,
    #[oai(rename = "album")]
    #[serde(rename = "album")]
    Album,
    #[oai(rename = "artist")]
    #[serde(rename = "artist")]
    Artist,
    #[oai(rename = "track")]
    #[serde(rename = "track")]
    Track,
}

/// The fields shares can be sorted by.
#[derive(Enum, serde::Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[oai(rename = "ShareSort")]
pub enum ShareSort {
    #[oai(rename = "createdAt")]
    #[serde(rename = "createdAt")]
    CreatedAt,
    #[oai(rename = "expiresAt")]
    #[serde(rename = "expiresAt")]
    ExpiresAt,
    #[oai(rename = "lastAccessedAt")]
    #[serde(rename = "lastAccessedAt")]
    LastAccessedAt,
    #[oai(rename = "accessCount")]
    #[serde(rename = "accessCount")]
    AccessCount,
}

/// A public share link.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "Share")]
pub struct Share {
    /// The share's id; anyone who has it can open the shared item. Unguessable.
    #[oai(rename = "id", deserialize_with = "text_readers::read_id")]
    #[serde(rename = "id")]
    pub id: String,
    #[oai(rename = "kind", deserialize_with = "field_readers::read_kind")]
    #[serde(rename = "kind")]
    pub kind: ShareKind,
    /// The shared playlist, album, artist or track.
    #[oai(rename = "itemId", deserialize_with = "text_readers::read_item_id")]
    #[serde(rename = "itemId")]
    pub item_id: String,
    /// The shared item's name.
    #[oai(rename = "title", deserialize_with = "text_readers::read_title")]
    #[serde(rename = "title")]
    pub title: String,
    /// The public route a share page calls first.
    #[oai(
        rename = "bootstrapPath",
        deserialize_with = "text_readers::read_bootstrap_path"
    )]
    #[serde(rename = "bootstrapPath")]
    pub bootstrap_path: String,
    /// The share page to send to people, `/share/{kind}/{id}`: absolute when the hub knows
    /// its public address (`--public-url`), else a path on the hub.
    #[oai(rename = "pageUrl", deserialize_with = "text_readers::read_page_url")]
    #[serde(rename = "pageUrl")]
    pub page_url: String,
    /// Whether opening the share needs a password (the password is never shown).
    #[oai(
        rename = "hasPassword",
        deserialize_with = "field_readers::read_has_password"
    )]
    #[serde(rename = "hasPassword")]
    pub has_password: bool,
    /// Whether visitors may save files (`?download=1`).
    #[oai(
        rename = "allowDownload",
        deserialize_with = "field_readers::read_allow_download"
    )]
    #[serde(rename = "allowDownload")]
    pub allow_download: bool,
    /// How many times the share may be opened in all; absent when unlimited.
    #[oai(
        rename = "maxSessions",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_max_sessions"
    )]
    #[serde(rename = "maxSessions", skip_serializing_if = "Option::is_none")]
    pub max_sessions: Option<i32>,
    #[oai(
        rename = "createdAt",
        deserialize_with = "field_readers::read_created_at"
    )]
    #[serde(rename = "createdAt", serialize_with = "crate::api::payload::rfc3339")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Absent when the share lasts until deleted.
    #[oai(
        rename = "expiresAt",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_expires_at"
    )]
    #[serde(
        rename = "expiresAt",
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::api::payload::rfc3339_if_any"
    )]
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    #[oai(
        rename = "lastAccessedAt",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_last_accessed_at"
    )]
    #[serde(
        rename = "lastAccessedAt",
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::api::payload::rfc3339_if_any"
    )]
    pub last_accessed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// How many times the share was opened.
    #[oai(
        rename = "accessCount",
        deserialize_with = "field_readers::read_access_count"
    )]
    #[serde(rename = "accessCount")]
    pub access_count: i64,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "SharePage")]
pub struct SharePage {
    #[oai(rename = "items", deserialize_with = "field_readers::read_items")]
    #[serde(rename = "items")]
    pub items: Vec<Share>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(
        rename = "nextCursor",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_next_cursor"
    )]
    #[serde(rename = "nextCursor", skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    /// How many items match, over all pages.
    #[oai(rename = "total", deserialize_with = "field_readers::read_total")]
    #[serde(rename = "total")]
    pub total: i64,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ShareCreate", deny_unknown_fields)]
pub struct ShareCreate {
    #[oai(rename = "kind", deserialize_with = "field_readers::read_kind")]
    #[serde(rename = "kind")]
    pub kind: ShareKind,
    #[oai(
        rename = "itemId",
        deserialize_with = "text_readers::read_item_id",
        validator(min_length = 1, max_length = 128)
    )]
    #[serde(rename = "itemId")]
    pub item_id: String,
    /// The share expires after this many hours; it lasts until deleted when absent.
    #[oai(
        rename = "expiresInHours",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_expires_in_hours",
        validator(minimum(value = "1"), maximum(value = "8760"))
    )]
    #[serde(rename = "expiresInHours", skip_serializing_if = "Option::is_none")]
    pub expires_in_hours: Option<i32>,
    /// Opening the share needs this password (`X-Share-Password`).
    #[oai(
        rename = "password",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_password",
        validator(min_length = 1, max_length = 256)
    )]
    #[serde(rename = "password", skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Whether visitors may save files; `false` when absent.
    #[oai(
        rename = "allowDownload",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_allow_download"
    )]
    #[serde(rename = "allowDownload", skip_serializing_if = "Option::is_none")]
    pub allow_download: Option<bool>,
    /// How many times the share may be opened in all; unlimited when absent.
    #[oai(
        rename = "maxSessions",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_max_sessions",
        validator(minimum(value = "1"), maximum(value = "1000000"))
    )]
    #[serde(rename = "maxSessions", skip_serializing_if = "Option::is_none")]
    pub max_sessions: Option<i32>,
}

/// What to change of a share; what is absent stays as it is.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "SharePatch", deny_unknown_fields)]
pub struct SharePatch {
    /// A new expiry this many hours from now; `0` for none.
    #[oai(
        rename = "expiresInHours",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_expires_in_hours",
        validator(minimum(value = "0"), maximum(value = "8760"))
    )]
    #[serde(rename = "expiresInHours", skip_serializing_if = "Option::is_none")]
    pub expires_in_hours: Option<i32>,
    /// A new password; `""` removes it.
    #[oai(
        rename = "password",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_password",
        validator(max_length = 256)
    )]
    #[serde(rename = "password", skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    #[oai(
        rename = "allowDownload",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_allow_download"
    )]
    #[serde(rename = "allowDownload", skip_serializing_if = "Option::is_none")]
    pub allow_download: Option<bool>,
    /// How many times the share may be opened in all; `0` for unlimited.
    #[oai(
        rename = "maxSessions",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_max_sessions",
        validator(minimum(value = "0"), maximum(value = "1000000"))
    )]
    #[serde(rename = "maxSessions", skip_serializing_if = "Option::is_none")]
    pub max_sessions: Option<i32>,
}

/// What a share page may know of its share.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ShareSummary")]
pub struct ShareSummary {
    #[oai(rename = "id", deserialize_with = "text_readers::read_id")]
    #[serde(rename = "id")]
    pub id: String,
    #[oai(rename = "kind", deserialize_with = "field_readers::read_kind")]
    #[serde(rename = "kind")]
    pub kind: ShareKind,
    #[oai(rename = "title", deserialize_with = "text_readers::read_title")]
    #[serde(rename = "title")]
    pub title: String,
    /// Whether the page may offer to save files (`?download=1`).
    #[oai(
        rename = "allowDownload",
        deserialize_with = "field_readers::read_allow_download"
    )]
    #[serde(rename = "allowDownload")]
    pub allow_download: bool,
    /// Absent when the share lasts until deleted.
    #[oai(
        rename = "expiresAt",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_expires_at"
    )]
    #[serde(
        rename = "expiresAt",
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::api::payload::rfc3339_if_any"
    )]
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// What a share page of a playlist needs to start; file paths are never included.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "PlaylistShareBootstrap")]
pub struct PlaylistShareBootstrap {
    /// Send to `POST /api/share/session/heartbeat` to keep the session alive.
    #[oai(
        rename = "shareSessionId",
        deserialize_with = "text_readers::read_share_session_id"
    )]
    #[serde(rename = "shareSessionId")]
    pub share_session_id: String,
    #[oai(
        rename = "shareSessionExpiresAt",
        deserialize_with = "field_readers::read_share_session_expires_at"
    )]
    #[serde(
        rename = "shareSessionExpiresAt",
        serialize_with = "crate::api::payload::rfc3339"
    )]
    pub share_session_expires_at: chrono::DateTime<chrono::Utc>,
    /// Append as `?mediaToken=` to stream and artwork URLs of the shared items.
    #[oai(
        rename = "mediaToken",
        deserialize_with = "text_readers::read_media_token"
    )]
    #[serde(rename = "mediaToken")]
    pub media_token: String,
    #[oai(
        rename = "mediaTokenExpiresAt",
        deserialize_with = "field_readers::read_media_token_expires_at"
    )]
    #[serde(
        rename = "mediaTokenExpiresAt",
        serialize_with = "crate::api::payload::rfc3339"
    )]
    pub media_token_expires_at: chrono::DateTime<chrono::Utc>,
    /// Send a heartbeat this often while the page is open.
    #[oai(
        rename = "heartbeatIntervalSeconds",
        deserialize_with = "field_readers::read_heartbeat_interval_seconds"
    )]
    #[serde(rename = "heartbeatIntervalSeconds")]
    pub heartbeat_interval_seconds: i32,
    #[oai(rename = "share", deserialize_with = "field_readers::read_share")]
    #[serde(rename = "share")]
    pub share: ShareSummary,
    #[oai(rename = "playlist", deserialize_with = "field_readers::read_playlist")]
    #[serde(rename = "playlist")]
    pub playlist: SharedPlaylist,
}

/// What a share page of a album needs to start; file paths are never included.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "AlbumShareBootstrap")]
pub struct AlbumShareBootstrap {
    /// Send to `POST /api/share/session/heartbeat` to keep the session alive.
    #[oai(
        rename = "shareSessionId",
        deserialize_with = "text_readers::read_share_session_id"
    )]
    #[serde(rename = "shareSessionId")]
    pub share_session_id: String,
    #[oai(
        rename = "shareSessionExpiresAt",
        deserialize_with = "field_readers::read_share_session_expires_at"
    )]
    #[serde(
        rename = "shareSessionExpiresAt",
        serialize_with = "crate::api::payload::rfc3339"
    )]
    pub share_session_expires_at: chrono::DateTime<chrono::Utc>,
    /// Append as `?mediaToken=` to stream and artwork URLs of the shared items.
    #[oai(
        rename = "mediaToken",
        deserialize_with = "text_readers::read_media_token"
    )]
    #[serde(rename = "mediaToken")]
    pub media_token: String,
    #[oai(
        rename = "mediaTokenExpiresAt",
        deserialize_with = "field_readers::read_media_token_expires_at"
    )]
    #[serde(
        rename = "mediaTokenExpiresAt",
        serialize_with = "crate::api::payload::rfc3339"
    )]
    pub media_token_expires_at: chrono::DateTime<chrono::Utc>,
    /// Send a heartbeat this often while the page is open.
    #[oai(
        rename = "heartbeatIntervalSeconds",
        deserialize_with = "field_readers::read_heartbeat_interval_seconds"
    )]
    #[serde(rename = "heartbeatIntervalSeconds")]
    pub heartbeat_interval_seconds: i32,
    #[oai(rename = "share", deserialize_with = "field_readers::read_share")]
    #[serde(rename = "share")]
    pub share: ShareSummary,
    #[oai(rename = "album", deserialize_with = "field_readers::read_album")]
    #[serde(rename = "album")]
    pub album: SharedAlbum,
}

/// What a share page of a artist needs to start; file paths are never included.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ArtistShareBootstrap")]
pub struct ArtistShareBootstrap {
    /// Send to `POST /api/share/session/heartbeat` to keep the session alive.
    #[oai(
        rename = "shareSessionId",
        deserialize_with = "text_readers::read_share_session_id"
    )]
    #[serde(rename = "shareSessionId")]
    pub share_session_id: String,
    #[oai(
        rename = "shareSessionExpiresAt",
        deserialize_with = "field_readers::read_share_session_expires_at"
    )]
    #[serde(
        rename = "shareSessionExpiresAt",
        serialize_with = "crate::api::payload::rfc3339"
    )]
    pub share_session_expires_at: chrono::DateTime<chrono::Utc>,
    /// Append as `?mediaToken=` to stream and artwork URLs of the shared items.
    #[oai(
        rename = "mediaToken",
        deserialize_with = "text_readers::read_media_token"
    )]
    #[serde(rename = "mediaToken")]
    pub media_token: String,
    #[oai(
        rename = "mediaTokenExpiresAt",
        deserialize_with = "field_readers::read_media_token_expires_at"
    )]
    #[serde(
        rename = "mediaTokenExpiresAt",
        serialize_with = "crate::api::payload::rfc3339"
    )]
    pub media_token_expires_at: chrono::DateTime<chrono::Utc>,
    /// Send a heartbeat this often while the page is open.
    #[oai(
        rename = "heartbeatIntervalSeconds",
        deserialize_with = "field_readers::read_heartbeat_interval_seconds"
    )]
    #[serde(rename = "heartbeatIntervalSeconds")]
    pub heartbeat_interval_seconds: i32,
    #[oai(rename = "share", deserialize_with = "field_readers::read_share")]
    #[serde(rename = "share")]
    pub share: ShareSummary,
    #[oai(rename = "artist", deserialize_with = "field_readers::read_artist")]
    #[serde(rename = "artist")]
    pub artist: SharedArtist,
}

/// What a share page of a track needs to start; file paths are never included.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "TrackShareBootstrap")]
pub struct TrackShareBootstrap {
    /// Send to `POST /api/share/session/heartbeat` to keep the session alive.
    #[oai(
        rename = "shareSessionId",
        deserialize_with = "text_readers::read_share_session_id"
    )]
    #[serde(rename = "shareSessionId")]
    pub share_session_id: String,
    #[oai(
        rename = "shareSessionExpiresAt",
        deserialize_with = "field_readers::read_share_session_expires_at"
    )]
    #[serde(
        rename = "shareSessionExpiresAt",
        serialize_with = "crate::api::payload::rfc3339"
    )]
    pub share_session_expires_at: chrono::DateTime<chrono::Utc>,
    /// Append as `?mediaToken=` to stream and artwork URLs of the shared items.
    #[oai(
        rename = "mediaToken",
        deserialize_with = "text_readers::read_media_token"
    )]
    #[serde(rename = "mediaToken")]
    pub media_token: String,
    #[oai(
        rename = "mediaTokenExpiresAt",
        deserialize_with = "field_readers::read_media_token_expires_at"
    )]
    #[serde(
        rename = "mediaTokenExpiresAt",
        serialize_with = "crate::api::payload::rfc3339"
    )]
    pub media_token_expires_at: chrono::DateTime<chrono::Utc>,
    /// Send a heartbeat this often while the page is open.
    #[oai(
        rename = "heartbeatIntervalSeconds",
        deserialize_with = "field_readers::read_heartbeat_interval_seconds"
    )]
    #[serde(rename = "heartbeatIntervalSeconds")]
    pub heartbeat_interval_seconds: i32,
    #[oai(rename = "share", deserialize_with = "field_readers::read_share")]
    #[serde(rename = "share")]
    pub share: ShareSummary,
    #[oai(rename = "track", deserialize_with = "field_readers::read_track")]
    #[serde(rename = "track")]
    pub track: SharedTrack,
}

/// A track as a share page shows it: what is printed on a sleeve, never its file, folder,
/// play count or saved mark.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "SharedTrack")]
pub struct SharedTrack {
    /// Stream it with `GET /api/media/stream/{id}?mediaToken=`.
    #[oai(rename = "id", deserialize_with = "text_readers::read_id")]
    #[serde(rename = "id")]
    pub id: String,
    #[oai(rename = "title", deserialize_with = "text_readers::read_title")]
    #[serde(rename = "title")]
    pub title: String,
    /// The track's artists' names.
    #[oai(rename = "artists", deserialize_with = "text_readers::read_artists")]
    #[serde(rename = "artists")]
    pub artists: Vec<String>,
    /// The album's title.
    #[oai(
        rename = "album",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_album"
    )]
    #[serde(rename = "album", skip_serializing_if = "Option::is_none")]
    pub album: Option<String>,
    #[oai(
        rename = "trackNumber",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_track_number"
    )]
    #[serde(rename = "trackNumber", skip_serializing_if = "Option::is_none")]
    pub track_number: Option<i32>,
    #[oai(
        rename = "discNumber",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_disc_number"
    )]
    #[serde(rename = "discNumber", skip_serializing_if = "Option::is_none")]
    pub disc_number: Option<i32>,
    #[oai(
        rename = "year",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_year"
    )]
    #[serde(rename = "year", skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    #[oai(
        rename = "durationMs",
        deserialize_with = "field_readers::read_duration_ms"
    )]
    #[serde(rename = "durationMs")]
    pub duration_ms: i64,
    /// Show it with `GET /api/media/artwork/{artworkId}?mediaToken=`.
    #[oai(
        rename = "artworkId",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_artwork_id"
    )]
    #[serde(rename = "artworkId", skip_serializing_if = "Option::is_none")]
    pub artwork_id: Option<String>,
}

/// A shared album and its tracks, in disc and track order.
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "SharedAlbum")]
pub struct SharedAlbum {
    #[oai(rename = "id", deserialize_with = "text_readers::read_id")]
    #[serde(rename = "id")]
    pub id: String,
    #[oai(rename = "title", deserialize_with = "text_readers::read_title")]
    #[serde(rename = "title")]
    pub title: String,
    /// The album artist's name.
    #[oai(
        rename = "artist",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_artist"
    )]
    #[serde(rename = "artist", skip_serializing_if = "Option::is_none")]
    pub artist: Option<String>,
    #[oai(
        rename = "year",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_year"
    )]
    #[serde(rename = "year", skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    #[oai(
        rename = "artworkId",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_artwork_id"
    )]
    #[serde(rename = "artworkId", skip_serializing_if = "Option::is_none")]
    pub artwork_id: Option<String>,
    #[oai(
        rename = "trackCount",
        deserialize_with = "field_readers::read_track_count"
    )]
    #[serde(rename = "trackCount")]
    pub track_count: i32,
    #[oai(
        rename = "durationMs",
        deserialize_with = "field_readers::read_duration_ms"
    )]
    #[serde(rename = "durationMs")]
    pub duration_ms: i64,
    #[oai(rename = "tracks", deserialize_with = "field_readers::read_tracks")]
    #[serde(rename = "tracks")]
    pub tracks: Vec<SharedTrack>,
}

/// A shared artist, their albums and their tracks (as album artist or track artist).
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "SharedArtist")]
pub struct SharedArtist {
    #[oai(rename = "id", deserialize_with = "text_readers::read_id")]
    #[serde(rename = "id")]
    pub id: String,
    #[oai(rename = "name", deserialize_with = "text_readers::read_name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(
        rename = "artworkId",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_artwork_id"
    )]
    #[serde(rename = "artworkId", skip_serializing_if = "Option::is_none")]
    pub artwork_id: Option<String>,
    #[oai(rename = "albums", deserialize_with = "field_readers::read_albums")]
    #[serde(rename = "albums")]
    pub albums: Vec<SharedAlbumSummary>,
    #[oai(rename = "tracks", deserialize_with = "field_readers::read_tracks")]
    #[serde(rename = "tracks")]
    pub tracks: Vec<SharedTrack>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "SharedAlbumSummary")]
pub struct SharedAlbumSummary {
    #[oai(rename = "id", deserialize_with = "text_readers::read_id")]
    #[serde(rename = "id")]
    pub id: String,
    #[oai(rename = "title", deserialize_with = "text_readers::read_title")]
    #[serde(rename = "title")]
    pub title: String,
    #[oai(
        rename = "year",
        skip_serializing_if_is_none,
        deserialize_with = "field_readers::read_year"
    )]
    #[serde(rename = "year", skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    #[oai(
        rename = "artworkId",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_artwork_id"
    )]
    #[serde(rename = "artworkId", skip_serializing_if = "Option::is_none")]
    pub artwork_id: Option<String>,
    #[oai(
        rename = "trackCount",
        deserialize_with = "field_readers::read_track_count"
    )]
    #[serde(rename = "trackCount")]
    pub track_count: i32,
}

/// A shared playlist and its tracks in playlist order (entries whose track left the library are left out).
#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "SharedPlaylist")]
pub struct SharedPlaylist {
    #[oai(rename = "id", deserialize_with = "text_readers::read_id")]
    #[serde(rename = "id")]
    pub id: String,
    #[oai(rename = "name", deserialize_with = "text_readers::read_name")]
    #[serde(rename = "name")]
    pub name: String,
    #[oai(
        rename = "description",
        skip_serializing_if_is_none,
        deserialize_with = "text_readers::read_description"
    )]
    #[serde(rename = "description", skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[oai(
        rename = "trackCount",
        deserialize_with = "field_readers::read_track_count"
    )]
    #[serde(rename = "trackCount")]
    pub track_count: i32,
    #[oai(
        rename = "durationMs",
        deserialize_with = "field_readers::read_duration_ms"
    )]
    #[serde(rename = "durationMs")]
    pub duration_ms: i64,
    #[oai(rename = "tracks", deserialize_with = "field_readers::read_tracks")]
    #[serde(rename = "tracks")]
    pub tracks: Vec<SharedTrack>,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ShareHeartbeatRequest", deny_unknown_fields)]
pub struct ShareHeartbeatRequest {
    #[oai(
        rename = "shareSessionId",
        deserialize_with = "text_readers::read_share_session_id",
        validator(min_length = 1, max_length = 128)
    )]
    #[serde(rename = "shareSessionId")]
    pub share_session_id: String,
}

#[derive(Object, serde::Serialize, Debug, Clone, PartialEq)]
#[oai(rename = "ShareHeartbeat")]
pub struct ShareHeartbeat {
    #[oai(
        rename = "shareSessionId",
        deserialize_with = "text_readers::read_share_session_id"
    )]
    #[serde(rename = "shareSessionId")]
    pub share_session_id: String,
    #[oai(
        rename = "shareSessionExpiresAt",
        deserialize_with = "field_readers::read_share_session_expires_at"
    )]
    #[serde(
        rename = "shareSessionExpiresAt",
        serialize_with = "crate::api::payload::rfc3339"
    )]
    pub share_session_expires_at: chrono::DateTime<chrono::Utc>,
    /// The media token to use from now on (may be unchanged).
    #[oai(
        rename = "mediaToken",
        deserialize_with = "text_readers::read_media_token"
    )]
    #[serde(rename = "mediaToken")]
    pub media_token: String,
    #[oai(
        rename = "mediaTokenExpiresAt",
        deserialize_with = "field_readers::read_media_token_expires_at"
    )]
    #[serde(
        rename = "mediaTokenExpiresAt",
        serialize_with = "crate::api::payload::rfc3339"
    )]
    pub media_token_expires_at: chrono::DateTime<chrono::Utc>,
}

/// Readers of string properties that refuse a number or a boolean given for one.
pub(crate) mod text_readers {
    use poem_openapi::types::{ParseFromJSON, ParseResult};

    pub fn read_absolute_path<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::text(value, "absolutePath")
    }

    pub fn read_access_token<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "accessToken")
    }

    pub fn read_active_device_id<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::text(value, "activeDeviceId")
    }

    pub fn read_active_device_name<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::text(value, "activeDeviceName")
    }

    pub fn read_album<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "album")
    }

    pub fn read_album_artists<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::text(value, "albumArtists")
    }

    pub fn read_api_version<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "apiVersion")
    }

    pub fn read_archived_files<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::text(value, "archivedFiles")
    }

    pub fn read_archived_to<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "archivedTo")
    }

    pub fn read_artist<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "artist")
    }

    pub fn read_artists<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "artists")
    }

    pub fn read_artwork_id<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "artworkId")
    }

    pub fn read_artwork_url_template<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::text(value, "artworkUrlTemplate")
    }

    pub fn read_bootstrap_path<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::text(value, "bootstrapPath")
    }

    pub fn read_comment<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "comment")
    }

    pub fn read_composers<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "composers")
    }

    pub fn read_current_path<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "currentPath")
    }

    pub fn read_description<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "description")
    }

    pub fn read_detail<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "detail")
    }

    pub fn read_device_id<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "deviceId")
    }

    pub fn read_device_name<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "deviceName")
    }

    pub fn read_entry_id<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "entryId")
    }

    pub fn read_entry_ids<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "entryIds")
    }

    pub fn read_error<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "error")
    }

    pub fn read_format<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "format")
    }

    pub fn read_genres<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "genres")
    }

    pub fn read_history_id<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "historyId")
    }

    pub fn read_hub_id<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "hubId")
    }

    pub fn read_id<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "id")
    }

    pub fn read_ids<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "ids")
    }

    pub fn read_item_id<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "itemId")
    }

    pub fn read_lan_urls<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "lanUrls")
    }

    pub fn read_last_address<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "lastAddress")
    }

    pub fn read_m3u<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "m3u")
    }

    pub fn read_media_token<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "mediaToken")
    }

    pub fn read_message<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "message")
    }

    pub fn read_musicbrainz_artist_id<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::text(value, "musicbrainzArtistId")
    }

    pub fn read_musicbrainz_recording_id<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::text(value, "musicbrainzRecordingId")
    }

    pub fn read_musicbrainz_release_id<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::text(value, "musicbrainzReleaseId")
    }

    pub fn read_name<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "name")
    }

    pub fn read_next_cursor<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "nextCursor")
    }

    pub fn read_page_url<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "pageUrl")
    }

    pub fn read_pairing_code<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "pairingCode")
    }

    pub fn read_parent_path<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "parentPath")
    }

    pub fn read_password<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "password")
    }

    pub fn read_path<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "path")
    }

    pub fn read_playlist_id<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "playlistId")
    }

    pub fn read_problem<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "problem")
    }

    pub fn read_query<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "query")
    }

    pub fn read_queue_track_ids<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::text(value, "queueTrackIds")
    }

    pub fn read_refresh_token<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::text(value, "refreshToken")
    }

    pub fn read_relative_path<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::text(value, "relativePath")
    }

    pub fn read_scan_id<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "scanId")
    }

    pub fn read_share_id<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "shareId")
    }

    pub fn read_share_session_id<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::text(value, "shareSessionId")
    }

    pub fn read_sort_name<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "sortName")
    }

    pub fn read_source<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "source")
    }

    pub fn read_stream_url_template<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::text(value, "streamUrlTemplate")
    }

    pub fn read_suggestion_id<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::text(value, "suggestionId")
    }

    pub fn read_table<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "table")
    }

    pub fn read_title<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "title")
    }

    pub fn read_token_type<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "tokenType")
    }

    pub fn read_track_id<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "trackId")
    }

    pub fn read_track_ids<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "trackIds")
    }

    pub fn read_tunnel_url<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "tunnelUrl")
    }

    pub fn read_value<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "value")
    }

    pub fn read_version<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::text(value, "version")
    }
}

/// Readers of the other properties, whose refusals name the field.
pub(crate) mod field_readers {
    use poem_openapi::types::{ParseFromJSON, ParseResult};

    pub fn read_access_count<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "accessCount")
    }

    pub fn read_access_expires_at<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "accessExpiresAt")
    }

    pub fn read_added<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "added")
    }

    pub fn read_added_at<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "addedAt")
    }

    pub fn read_album<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "album")
    }

    pub fn read_album_artists<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "albumArtists")
    }

    pub fn read_album_count<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "albumCount")
    }

    pub fn read_albums<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "albums")
    }

    pub fn read_allow_download<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "allowDownload")
    }

    pub fn read_analyzed<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "analyzed")
    }

    pub fn read_api_token_configured<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "apiTokenConfigured")
    }

    pub fn read_appearances<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "appearances")
    }

    pub fn read_approximate<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "approximate")
    }

    pub fn read_artist<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "artist")
    }

    pub fn read_artist_count<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "artistCount")
    }

    pub fn read_artists<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "artists")
    }

    pub fn read_at<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "at")
    }

    pub fn read_available<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "available")
    }

    pub fn read_base_revision<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "baseRevision")
    }

    pub fn read_bit_depth<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "bitDepth")
    }

    pub fn read_bitrate_kbps<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "bitrateKbps")
    }

    pub fn read_bytes<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "bytes")
    }

    pub fn read_cache_budget_bytes<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "cacheBudgetBytes")
    }

    pub fn read_carried_over<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "carriedOver")
    }

    pub fn read_changed_fields<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "changedFields")
    }

    pub fn read_channels<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "channels")
    }

    pub fn read_checked_at<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "checkedAt")
    }

    pub fn read_compilation<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "compilation")
    }

    pub fn read_confidence<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "confidence")
    }

    pub fn read_count<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "count")
    }

    pub fn read_created_at<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "createdAt")
    }

    pub fn read_current_index<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "currentIndex")
    }

    pub fn read_database_health<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "databaseHealth")
    }

    pub fn read_decade<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "decade")
    }

    pub fn read_decades<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "decades")
    }

    pub fn read_details<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "details")
    }

    pub fn read_device<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "device")
    }

    pub fn read_devices<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "devices")
    }

    pub fn read_disc_count<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "discCount")
    }

    pub fn read_disc_number<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "discNumber")
    }

    pub fn read_disc_total<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "discTotal")
    }

    pub fn read_duration_ms<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "durationMs")
    }

    pub fn read_effective<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "effective")
    }

    pub fn read_elapsed_ms<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "elapsedMs")
    }

    pub fn read_engines<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "engines")
    }

    pub fn read_entries<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "entries")
    }

    pub fn read_error<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "error")
    }

    pub fn read_error_count<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "errorCount")
    }

    pub fn read_errors<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "errors")
    }

    pub fn read_eta_seconds<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "etaSeconds")
    }

    pub fn read_expires_at<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "expiresAt")
    }

    pub fn read_expires_in_hours<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "expiresInHours")
    }

    pub fn read_failed<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "failed")
    }

    pub fn read_feed_ended<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "feedEnded")
    }

    pub fn read_field<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "field")
    }

    pub fn read_fields<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "fields")
    }

    pub fn read_file_modified_at<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "fileModifiedAt")
    }

    pub fn read_file_size_bytes<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "fileSizeBytes")
    }

    pub fn read_file_tags<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "fileTags")
    }

    pub fn read_files_processed<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "filesProcessed")
    }

    pub fn read_files_seen<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "filesSeen")
    }

    pub fn read_files_total<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "filesTotal")
    }

    pub fn read_files_unchanged<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "filesUnchanged")
    }

    pub fn read_finished_at<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "finishedAt")
    }

    pub fn read_folder_count<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "folderCount")
    }

    pub fn read_folders<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "folders")
    }

    pub fn read_format<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "format")
    }

    pub fn read_formats<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "formats")
    }

    pub fn read_full<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "full")
    }

    pub fn read_genres<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "genres")
    }

    pub fn read_has_embedded_artwork<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "hasEmbeddedArtwork")
    }

    pub fn read_has_folder_artwork<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "hasFolderArtwork")
    }

    pub fn read_has_password<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "hasPassword")
    }

    pub fn read_heartbeat_interval_seconds<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "heartbeatIntervalSeconds")
    }

    pub fn read_id<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "id")
    }

    pub fn read_items<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "items")
    }

    pub fn read_kind<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "kind")
    }

    pub fn read_last_accessed_at<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "lastAccessedAt")
    }

    pub fn read_last_played_at<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "lastPlayedAt")
    }

    pub fn read_last_scan<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "lastScan")
    }

    pub fn read_last_seen_at<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "lastSeenAt")
    }

    pub fn read_libraries<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "libraries")
    }

    pub fn read_line<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "line")
    }

    pub fn read_max_concurrent<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "maxConcurrent")
    }

    pub fn read_max_sessions<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "maxSessions")
    }

    pub fn read_media_token_expires_at<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "mediaTokenExpiresAt")
    }

    pub fn read_most_played<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "mostPlayed")
    }

    pub fn read_name<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "name")
    }

    pub fn read_ok<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "ok")
    }

    pub fn read_overridden_fields<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "overriddenFields")
    }

    pub fn read_override_details<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "overrideDetails")
    }

    pub fn read_overrides<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "overrides")
    }

    pub fn read_overrides_updated_at<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "overridesUpdatedAt")
    }

    pub fn read_paired_at<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "pairedAt")
    }

    pub fn read_pairing_armed<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "pairingArmed")
    }

    pub fn read_pairing_expires_at<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "pairingExpiresAt")
    }

    pub fn read_payload<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "payload")
    }

    pub fn read_percent<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "percent")
    }

    pub fn read_phase<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "phase")
    }

    pub fn read_play_count<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "playCount")
    }

    pub fn read_played_at<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "playedAt")
    }

    pub fn read_played_ms<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "playedMs")
    }

    pub fn read_playlist<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "playlist")
    }

    pub fn read_playlist_count<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "playlistCount")
    }

    pub fn read_playlists<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "playlists")
    }

    pub fn read_port<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "port")
    }

    pub fn read_position<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "position")
    }

    pub fn read_position_ms<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "positionMs")
    }

    pub fn read_profile<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "profile")
    }

    pub fn read_profiles<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "profiles")
    }

    pub fn read_queue<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "queue")
    }

    pub fn read_rate<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "rate")
    }

    pub fn read_read_only<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "readOnly")
    }

    pub fn read_reason<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "reason")
    }

    pub fn read_recently_added_albums<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "recentlyAddedAlbums")
    }

    pub fn read_recently_played<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "recentlyPlayed")
    }

    pub fn read_refresh_expires_at<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "refreshExpiresAt")
    }

    pub fn read_removed<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "removed")
    }

    pub fn read_repeat<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "repeat")
    }

    pub fn read_replay_gain_album_db<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "replayGainAlbumDb")
    }

    pub fn read_replay_gain_album_peak<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "replayGainAlbumPeak")
    }

    pub fn read_replay_gain_track_db<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "replayGainTrackDb")
    }

    pub fn read_replay_gain_track_peak<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "replayGainTrackPeak")
    }

    pub fn read_revision<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "revision")
    }

    pub fn read_revoked<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "revoked")
    }

    pub fn read_revoked_at<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "revokedAt")
    }

    pub fn read_roots<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "roots")
    }

    pub fn read_rows<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "rows")
    }

    pub fn read_sample_rate_hz<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "sampleRateHz")
    }

    pub fn read_saved<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "saved")
    }

    pub fn read_saved_at<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "savedAt")
    }

    pub fn read_searched_at<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "searchedAt")
    }

    pub fn read_set<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "set")
    }

    pub fn read_set_at<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "setAt")
    }

    pub fn read_share<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "share")
    }

    pub fn read_share_session_expires_at<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "shareSessionExpiresAt")
    }

    pub fn read_shuffle<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "shuffle")
    }

    pub fn read_started_at<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "startedAt")
    }

    pub fn read_state<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "state")
    }

    pub fn read_status<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "status")
    }

    pub fn read_suggestions<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "suggestions")
    }

    pub fn read_top_tracks<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "topTracks")
    }

    pub fn read_total<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "total")
    }

    pub fn read_total_bytes<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "totalBytes")
    }

    pub fn read_total_duration_ms<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "totalDurationMs")
    }

    pub fn read_track<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "track")
    }

    pub fn read_track_count<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "trackCount")
    }

    pub fn read_track_number<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "trackNumber")
    }

    pub fn read_track_total<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "trackTotal")
    }

    pub fn read_tracks<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "tracks")
    }

    pub fn read_transcoding<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "transcoding")
    }

    pub fn read_trigger<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "trigger")
    }

    pub fn read_unmatched<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "unmatched")
    }

    pub fn read_unreadable_rows<T: ParseFromJSON>(
        value: Option<serde_json::Value>,
    ) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "unreadableRows")
    }

    pub fn read_updated<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "updated")
    }

    pub fn read_updated_at<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "updatedAt")
    }

    pub fn read_values<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "values")
    }

    pub fn read_volume<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "volume")
    }

    pub fn read_year<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "year")
    }

    pub fn read_years<T: ParseFromJSON>(value: Option<serde_json::Value>) -> ParseResult<T> {
        crate::api::strict_json::field_value(value, "years")
    }
}

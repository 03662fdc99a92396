//! The one place where the errors of the layers below become HTTP errors: each domain's
//! error enum is given its status and stable `error` code here, so handlers only use `?` and
//! a service never knows about HTTP.
//!
//! What the caller reads is each error's own message; anything internal (SQL, paths, OS
//! errors) goes to `HandlerError::Internal`, whose text is logged and not sent.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::api::error::HandlerError;
use crate::api::generated::ErrorCode;
use crate::app::artwork::ArtworkError;
use crate::app::catalogue::CatalogueError;
use crate::app::media::MediaError;
use crate::app::metadata::MetadataError;
use crate::app::playback::rules::Refusal;
use crate::app::playback::PlaybackError;
use crate::app::playlists::PlaylistError;
use crate::app::saved::SavedError;
use crate::app::search::SearchError;
use crate::app::shares::ShareError;
use crate::auth::qr::QrError;
use crate::auth::AuthError;
use crate::db::DbError;
use crate::library::scanner::ScanError;

/// How long a caller is told to wait when the database is only briefly out of reach.
const RETRY_AFTER_SECS: i64 = 5;

impl From<DbError> for HandlerError {
    fn from(err: DbError) -> Self {
        match err {
            DbError::Unavailable { status, detail } => HandlerError::DatabaseUnavailable {
                detail: format!("{status}: {detail}"),
                retry_after_secs: status.is_transient().then_some(RETRY_AFTER_SECS),
            },
            DbError::Busy => HandlerError::DatabaseUnavailable {
                detail: "another program holds the database locked".into(),
                retry_after_secs: Some(RETRY_AFTER_SECS),
            },
            DbError::Healthy => HandlerError::conflict(
                ErrorCode::DatabaseHealthy,
                "The database is healthy; send {\"force\":true} to rebuild it anyway.",
            ),
            other => HandlerError::Internal(other.to_string()),
        }
    }
}

impl From<AuthError> for HandlerError {
    fn from(err: AuthError) -> Self {
        let message = err.to_string();
        let unauthorized = |code| HandlerError::Unauthorized {
            code,
            message: message.clone(),
        };
        match err {
            AuthError::InvalidPairingCode => unauthorized(ErrorCode::InvalidPairingCode),
            AuthError::TooManyAttempts { retry_after_secs } => HandlerError::TooManyRequests {
                code: ErrorCode::TooManyAttempts,
                message,
                retry_after_secs,
            },
            AuthError::InvalidToken => unauthorized(ErrorCode::InvalidToken),
            AuthError::TokenExpired => unauthorized(ErrorCode::TokenExpired),
            AuthError::DeviceRevoked => unauthorized(ErrorCode::DeviceRevoked),
            AuthError::RefreshTokenReused => unauthorized(ErrorCode::RefreshTokenReused),
            AuthError::NoSuchDevice(_) => HandlerError::not_found(message),
            AuthError::Db(db) => db.into(),
            AuthError::Internal(detail) => HandlerError::Internal(detail),
        }
    }
}

impl From<QrError> for HandlerError {
    fn from(err: QrError) -> Self {
        HandlerError::Internal(err.to_string())
    }
}

impl From<ScanError> for HandlerError {
    fn from(err: ScanError) -> Self {
        match err {
            ScanError::InProgress { scan_id } => HandlerError::ScanInProgress { scan_id },
            ScanError::NotRunning => {
                HandlerError::conflict(ErrorCode::ScanNotRunning, "No scan is running.")
            }
            ScanError::Paused => HandlerError::DatabaseUnavailable {
                detail: "rebuilding: scans start again when the rebuild is done".into(),
                retry_after_secs: Some(RETRY_AFTER_SECS),
            },
            ScanError::Database(err) => err.into(),
        }
    }
}

impl From<CatalogueError> for HandlerError {
    fn from(err: CatalogueError) -> Self {
        match err {
            CatalogueError::NoSuchTrack
            | CatalogueError::NoSuchAlbum
            | CatalogueError::NoSuchArtist
            | CatalogueError::NoSuchFolder => HandlerError::not_found(err.to_string()),
            CatalogueError::InvalidPath(_) => HandlerError::BadRequest {
                code: ErrorCode::InvalidPath,
                message: err.to_string(),
                parameter: Some("path".into()),
            },
            CatalogueError::Db(err) => err.into(),
        }
    }
}

impl From<SearchError> for HandlerError {
    fn from(err: SearchError) -> Self {
        match err {
            SearchError::Db(err) => err.into(),
        }
    }
}

/// A track id in the body that is not in the library: `422 unknown_track` naming it in
/// `details.trackId`. Not `404`, which would say the URL's playlist or session is missing.
fn unknown_track(message: String, track_id: &str) -> HandlerError {
    HandlerError::Unprocessable {
        code: ErrorCode::UnknownTrack,
        message,
        details: Some(BTreeMap::from([(
            "trackId".to_owned(),
            Value::from(track_id),
        )])),
    }
}

impl From<PlaybackError> for HandlerError {
    fn from(err: PlaybackError) -> Self {
        match err {
            PlaybackError::UnknownTrack { ref track_id } => {
                unknown_track(err.to_string(), track_id)
            }
            PlaybackError::Refused(refused) => refusal(refused),
            PlaybackError::DamagedQueue(damaged) => HandlerError::Internal(damaged.to_string()),
            PlaybackError::Db(err) => err.into(),
        }
    }
}

/// The playback rules' refusals, in the API's words.
fn refusal(refusal: Refusal) -> HandlerError {
    match refusal {
        Refusal::Conflict { revision } => HandlerError::Conflict {
            code: ErrorCode::SessionConflict,
            message: format!(
                "The playback session changed since baseRevision (it is at revision \
                 {revision}); fetch it and try again."
            ),
            details: Some(BTreeMap::from([(
                "revision".to_owned(),
                Value::from(revision),
            )])),
        },
        Refusal::IndexOutOfRange { len } => HandlerError::Conflict {
            code: ErrorCode::IndexOutOfRange,
            message: format!(
                "currentIndex is past the end of the queue, which has {len} tracks now; \
                 fetch the session and try again."
            ),
            details: Some(BTreeMap::from([(
                "queueLength".to_owned(),
                Value::from(len),
            )])),
        },
        Refusal::QueueEmpty => HandlerError::conflict(
            ErrorCode::QueueEmpty,
            "The queue is empty, so there is nothing to play or pause; send queueTrackIds.",
        ),
        Refusal::IndexPastNewQueue { len } => HandlerError::invalid_body(
            "currentIndex",
            format!("currentIndex is past the end of queueTrackIds, which has {len} tracks."),
        ),
        Refusal::NothingToPlay => HandlerError::invalid_body(
            "state",
            "queueTrackIds is empty, so there is nothing to play or pause.",
        ),
        Refusal::HistoryEmpty => HandlerError::conflict(
            ErrorCode::HistoryEmpty,
            "There is no earlier play of a track in the library to go back to.",
        ),
    }
}

impl From<PlaylistError> for HandlerError {
    fn from(err: PlaylistError) -> Self {
        match err {
            PlaylistError::BlankName => HandlerError::invalid_body("name", err.to_string()),
            PlaylistError::NoSuchPlaylist | PlaylistError::NoSuchEntry => {
                HandlerError::not_found(err.to_string())
            }
            PlaylistError::ReadOnly => {
                HandlerError::conflict(ErrorCode::PlaylistReadOnly, err.to_string())
            }
            PlaylistError::UnknownTrack { ref track_id } => {
                unknown_track(err.to_string(), track_id)
            }
            PlaylistError::OrderMismatch(ref mismatch) => {
                // Each list only when it has something in it, as the contract says.
                let details = [
                    ("missing", &mismatch.missing),
                    ("extra", &mismatch.extra),
                    ("duplicated", &mismatch.duplicated),
                ]
                .into_iter()
                .filter(|(_, ids)| !ids.is_empty())
                .map(|(key, ids)| (key.to_owned(), Value::from(ids.clone())))
                .collect();
                HandlerError::Conflict {
                    code: ErrorCode::OrderMismatch,
                    message: err.to_string(),
                    details: Some(details),
                }
            }
            PlaylistError::Db(err) => err.into(),
        }
    }
}

impl From<SavedError> for HandlerError {
    fn from(err: SavedError) -> Self {
        match err {
            SavedError::NoSuchItem { .. } => HandlerError::not_found(err.to_string()),
            SavedError::Db(err) => err.into(),
        }
    }
}

impl From<MediaError> for HandlerError {
    fn from(err: MediaError) -> Self {
        let message = err.to_string();
        let unauthorized = |code| HandlerError::Unauthorized {
            code,
            message: message.clone(),
        };
        match err {
            // A token that is not ours, altered, or of another purpose: told apart from
            // nothing else, so a prober learns nothing from the answer.
            MediaError::InvalidToken => unauthorized(ErrorCode::Unauthorized),
            MediaError::TokenExpired | MediaError::ShareEnded => {
                unauthorized(ErrorCode::MediaTokenExpired)
            }
            MediaError::DeviceRevoked => unauthorized(ErrorCode::DeviceRevoked),
            MediaError::OutOfScope => HandlerError::Forbidden {
                code: ErrorCode::Forbidden,
                message,
            },
            // The track is the URL's own resource here: a plain 404.
            MediaError::NoSuchTrack { ref track_id } => {
                HandlerError::not_found_naming(message, "trackId", track_id)
            }
            MediaError::FileMissing { ref track_id } => HandlerError::NotFound {
                code: ErrorCode::NotFound,
                details: Some(BTreeMap::from([
                    ("reason".to_owned(), Value::from("file_missing")),
                    ("trackId".to_owned(), Value::from(track_id.as_str())),
                ])),
                message,
            },
            MediaError::RangeNotSatisfiable { size } => {
                HandlerError::RangeNotSatisfiable { message, size }
            }
            MediaError::Ask(ref ask) => HandlerError::BadRequest {
                code: ErrorCode::InvalidParameter,
                parameter: Some(ask.parameter().to_owned()),
                message,
            },
            MediaError::TranscodeUnavailable { .. } | MediaError::EncoderMissing { .. } => {
                HandlerError::UnsupportedFormat {
                    code: ErrorCode::TranscodeUnavailable,
                    message,
                }
            }
            MediaError::TranscodeStalled {
                retry_after_secs, ..
            }
            | MediaError::TranscodeBehind {
                retry_after_secs, ..
            } => HandlerError::Unavailable {
                code: ErrorCode::TranscodeStalled,
                retry_after_secs: i64::try_from(retry_after_secs).unwrap_or(i64::MAX),
                message,
            },
            MediaError::Undecodable { ref track_id, .. } => HandlerError::Unprocessable {
                code: ErrorCode::Undecodable,
                details: Some(BTreeMap::from([(
                    "trackId".to_owned(),
                    Value::from(track_id.as_str()),
                )])),
                message,
            },
            MediaError::TranscodeBusy { retry_after_secs } => HandlerError::TooManyRequests {
                code: ErrorCode::TooManyTranscodes,
                retry_after_secs: i64::try_from(retry_after_secs).unwrap_or(i64::MAX),
                message,
            },
            MediaError::Db(err) => err.into(),
            MediaError::Internal(detail) => HandlerError::Internal(detail),
        }
    }
}

impl From<ShareError> for HandlerError {
    fn from(err: ShareError) -> Self {
        let message = err.to_string();
        match err {
            ShareError::NoSuchItem { .. }
            | ShareError::NotAvailable
            | ShareError::UsedUp
            | ShareError::NoSuchShare => HandlerError::not_found(message),
            ShareError::PasswordRequired { .. } => HandlerError::Unauthorized {
                code: ErrorCode::SharePasswordRequired,
                message,
            },
            ShareError::SessionExpired => HandlerError::NotFound {
                code: ErrorCode::ShareSessionExpired,
                message,
                details: None,
            },
            ShareError::Db(err) => err.into(),
            ShareError::Internal(detail) => HandlerError::Internal(detail),
        }
    }
}

impl From<ArtworkError> for HandlerError {
    fn from(err: ArtworkError) -> Self {
        match err {
            ArtworkError::NotFound => HandlerError::not_found(err.to_string()),
            ArtworkError::BadSize => HandlerError::BadRequest {
                code: ErrorCode::InvalidParameter,
                message: err.to_string(),
                parameter: Some("size".into()),
            },
            ArtworkError::Db(err) => err.into(),
        }
    }
}

impl From<MetadataError> for HandlerError {
    fn from(err: MetadataError) -> Self {
        match err {
            MetadataError::NoSuchTrack => HandlerError::not_found(err.to_string()),
            MetadataError::UnknownTrack { ref track_id } => {
                unknown_track(err.to_string(), track_id)
            }
            MetadataError::Invalid { field, message } => {
                HandlerError::invalid_body(&field, message)
            }
            MetadataError::NoSuchSuggestion => HandlerError::not_found(err.to_string()),
            MetadataError::StaleSuggestion => {
                HandlerError::conflict(ErrorCode::SuggestionStale, err.to_string())
            }
            MetadataError::Db(err) => err.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::HealthStatus;
    use poem::http::StatusCode;

    #[test]
    fn a_database_that_is_not_there_answers_503_through_every_conversion() {
        let unavailable = || DbError::Unavailable {
            status: HealthStatus::Rebuilding,
            detail: "archiving".into(),
        };
        let direct = HandlerError::from(unavailable());
        let via_auth = HandlerError::from(AuthError::Db(unavailable()));
        let via_scan = HandlerError::from(ScanError::Database(unavailable()));
        for err in [direct, via_auth, via_scan] {
            assert_eq!(err.status(), StatusCode::SERVICE_UNAVAILABLE, "{err}");
        }
    }

    #[test]
    fn the_read_services_pass_a_missing_database_on_as_503() {
        let unavailable = || DbError::Unavailable {
            status: HealthStatus::Faulted,
            detail: "damaged".into(),
        };
        let via_catalogue = HandlerError::from(CatalogueError::Db(unavailable()));
        let via_search = HandlerError::from(SearchError::Db(unavailable()));
        for err in [via_catalogue, via_search] {
            assert_eq!(err.status(), StatusCode::SERVICE_UNAVAILABLE, "{err}");
        }
    }

    /// A code has one status (the registry's `x-status`): every conversion here must build
    /// the variant whose status is its code's, or no operation could document the answer.
    #[test]
    fn every_conversion_answers_its_codes_own_status() {
        let errors = [
            HandlerError::from(DbError::Busy),
            HandlerError::from(DbError::Healthy),
            HandlerError::from(AuthError::InvalidPairingCode),
            HandlerError::from(AuthError::TooManyAttempts {
                retry_after_secs: 1,
            }),
            HandlerError::from(AuthError::InvalidToken),
            HandlerError::from(AuthError::TokenExpired),
            HandlerError::from(AuthError::DeviceRevoked),
            HandlerError::from(AuthError::RefreshTokenReused),
            HandlerError::from(AuthError::NoSuchDevice("d".into())),
            HandlerError::from(AuthError::Internal("x".into())),
            HandlerError::from(ScanError::InProgress {
                scan_id: "s".into(),
            }),
            HandlerError::from(ScanError::NotRunning),
            HandlerError::from(ScanError::Paused),
            HandlerError::from(CatalogueError::NoSuchTrack),
            HandlerError::from(CatalogueError::InvalidPath("is empty")),
            HandlerError::from(PlaybackError::UnknownTrack {
                track_id: "t".into(),
            }),
            HandlerError::from(PlaybackError::Refused(Refusal::Conflict { revision: 2 })),
            HandlerError::from(PlaybackError::Refused(Refusal::IndexOutOfRange { len: 1 })),
            HandlerError::from(PlaybackError::Refused(Refusal::QueueEmpty)),
            HandlerError::from(PlaybackError::Refused(Refusal::IndexPastNewQueue {
                len: 1,
            })),
            HandlerError::from(PlaybackError::Refused(Refusal::NothingToPlay)),
            HandlerError::from(PlaybackError::Refused(Refusal::HistoryEmpty)),
            HandlerError::from(PlaylistError::BlankName),
            HandlerError::from(PlaylistError::NoSuchPlaylist),
            HandlerError::from(PlaylistError::ReadOnly),
            HandlerError::from(PlaylistError::UnknownTrack {
                track_id: "t".into(),
            }),
            HandlerError::from(MediaError::InvalidToken),
            HandlerError::from(MediaError::TokenExpired),
            HandlerError::from(MediaError::OutOfScope),
            HandlerError::from(MediaError::FileMissing {
                track_id: "t".into(),
            }),
            HandlerError::from(MediaError::RangeNotSatisfiable { size: 3 }),
            HandlerError::from(MediaError::EncoderMissing {
                codec: "opus",
                ffmpeg: "ffmpeg version 0.0".into(),
            }),
            HandlerError::from(MediaError::TranscodeStalled {
                track_id: "t".into(),
                waited_secs: 15,
                retry_after_secs: 5,
            }),
            HandlerError::from(MediaError::TranscodeBehind {
                track_id: "t".into(),
                offset: 1,
                waited_secs: 15,
                retry_after_secs: 5,
            }),
            HandlerError::from(ShareError::NoSuchShare),
            HandlerError::from(ShareError::SessionExpired),
            HandlerError::from(ShareError::PasswordRequired { wrong: true }),
            HandlerError::from(ArtworkError::BadSize),
            HandlerError::from(MetadataError::StaleSuggestion),
            HandlerError::from(MetadataError::Invalid {
                field: "title".into(),
                message: "blank".into(),
            }),
            HandlerError::LocalOnly,
            HandlerError::ForbiddenOrigin,
            HandlerError::not_implemented("x"),
        ];
        for err in errors {
            assert_eq!(
                err.status().as_u16(),
                err.code().status(),
                "{err:?} answers `{}`",
                err.code().as_str()
            );
        }
    }

    #[test]
    fn browse_paths_are_refused_as_the_parameter_they_came_in() {
        let err = HandlerError::from(CatalogueError::InvalidPath("is empty"));
        assert_eq!(err.status(), StatusCode::BAD_REQUEST);
        assert_eq!(err.to_string(), "The parameter `path` is empty.");
    }
}

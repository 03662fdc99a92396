//! The one place where the errors of the layers below become HTTP errors: each domain's
//! error enum is given its status and stable `error` code here, so handlers only use `?` and
//! a service never knows about HTTP.
//!
//! What the caller reads is each error's own message; anything internal (SQL, paths, OS
//! errors) goes to `HandlerError::Internal`, whose text is logged and not sent.

use crate::api::error::HandlerError;
use crate::auth::AuthError;
use crate::db::DbError;
use crate::library::scanner::ScanError;

impl From<DbError> for HandlerError {
    fn from(err: DbError) -> Self {
        match err {
            DbError::Unavailable { status, detail } => {
                HandlerError::DatabaseUnavailable(format!("{status}: {detail}"))
            }
            DbError::Healthy => HandlerError::conflict(
                "database_healthy",
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
            AuthError::InvalidPairingCode => unauthorized("invalid_pairing_code"),
            AuthError::TooManyAttempts { retry_after_secs } => HandlerError::TooManyRequests {
                code: "too_many_attempts",
                message,
                retry_after_secs,
            },
            AuthError::InvalidToken => unauthorized("invalid_token"),
            AuthError::TokenExpired => unauthorized("token_expired"),
            AuthError::DeviceRevoked => unauthorized("device_revoked"),
            AuthError::RefreshTokenReused => unauthorized("refresh_token_reused"),
            AuthError::NoSuchDevice(_) => HandlerError::not_found(message),
            AuthError::Db(db) => db.into(),
            AuthError::Internal(detail) => HandlerError::Internal(detail),
        }
    }
}

impl From<ScanError> for HandlerError {
    fn from(err: ScanError) -> Self {
        match err {
            ScanError::InProgress { scan_id } => HandlerError::ScanInProgress { scan_id },
            ScanError::NotRunning => {
                HandlerError::conflict("scan_not_running", "No scan is running.")
            }
            ScanError::Paused => HandlerError::DatabaseUnavailable(
                "rebuilding: scans start again when the rebuild is done".into(),
            ),
            ScanError::Database(err) => err.into(),
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
}

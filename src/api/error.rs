//! The handler layer's one error type: each variant has one status and one stable `error`
//! code. How it (and every other error leaving the server) is written as JSON is `wire`'s;
//! how each domain's error becomes one is `boundary`'s.
//!
//! The `message` is for the caller; anything internal (paths, SQL, OS errors) goes to the log
//! only.

use std::collections::BTreeMap;

use poem::http::StatusCode;
use serde_json::Value;

use crate::api::explain::Expectation;
use crate::api::generated::{ApiError, ErrorCode};

/// Facts a client can act on, sent as the error's `details` (`trackId` of the missing
/// track, `revision` of the newer session, ...).
pub type Details = Option<BTreeMap<String, Value>>;

/// What a handler can fail with. Each variant has one status and one `error` code.
#[derive(Debug, thiserror::Error)]
pub enum HandlerError {
    #[error("{message}")]
    BadRequest {
        code: ErrorCode,
        message: String,
        parameter: Option<String>,
    },
    /// `400`: a parameter or the body could not be read as the contract describes it;
    /// `details` says which input, what it must be, and for an enum the values it takes.
    #[error("{message}")]
    Invalid {
        code: ErrorCode,
        message: String,
        parameter: Option<String>,
        expectation: Option<Expectation>,
    },
    #[error("{message}")]
    Unauthorized { code: ErrorCode, message: String },
    #[error("this operation may only be called from the hub's own machine")]
    LocalOnly,
    #[error("{message}")]
    Forbidden { code: ErrorCode, message: String },
    #[error("a web page from another origin may not change the hub through a local call")]
    ForbiddenOrigin,
    #[error("{message}")]
    NotFound {
        code: ErrorCode,
        message: String,
        details: Details,
    },
    /// `422`: the body is well formed but names something that does not exist (a track id
    /// in a playlist's new entries), so the URL's own resource is not what is missing.
    #[error("{message}")]
    Unprocessable {
        code: ErrorCode,
        message: String,
        details: Details,
    },
    /// `415` for what a request asks of a resource, not for its body: a transcode of a
    /// format the hub cannot decode with what it has.
    #[error("{message}")]
    UnsupportedFormat { code: ErrorCode, message: String },
    #[error("{message}")]
    Conflict {
        code: ErrorCode,
        message: String,
        details: Details,
    },
    #[error("A scan is already running.")]
    ScanInProgress { scan_id: String },
    #[error("{message}")]
    TooManyRequests {
        code: ErrorCode,
        message: String,
        retry_after_secs: i64,
    },
    /// `416`: the range starts past the end of a file of `size` bytes.
    #[error("{message}")]
    RangeNotSatisfiable { message: String, size: u64 },
    #[error("{operation_id} is not implemented yet")]
    NotImplemented { operation_id: &'static str },
    /// `retry_after_secs` when waiting is the cure (a lock another program holds, a
    /// rebuild under way); a faulted database needs a rebuild instead.
    #[error("{detail}")]
    DatabaseUnavailable {
        detail: String,
        retry_after_secs: Option<i64>,
    },
    /// `503` for what waiting cures, other than the database: a transcode that did not
    /// start, or reach the range asked for, in time.
    #[error("{message}")]
    Unavailable {
        code: ErrorCode,
        message: String,
        retry_after_secs: i64,
    },
    /// Something failed inside the hub. The text is logged, not sent.
    #[error("internal error: {0}")]
    Internal(String),
}

impl HandlerError {
    /// No such item: the common `not_found`.
    pub fn not_found(message: impl Into<String>) -> Self {
        HandlerError::NotFound {
            code: ErrorCode::NotFound,
            message: message.into(),
            details: None,
        }
    }

    /// `not_found` naming the missing item in `details` (`{"trackId": "trk_..."}`).
    pub fn not_found_naming(message: impl Into<String>, key: &str, id: &str) -> Self {
        HandlerError::NotFound {
            code: ErrorCode::NotFound,
            message: message.into(),
            details: Some(BTreeMap::from([(key.to_owned(), Value::from(id))])),
        }
    }

    pub fn conflict(code: ErrorCode, message: impl Into<String>) -> Self {
        HandlerError::Conflict {
            code,
            message: message.into(),
            details: None,
        }
    }

    /// `400 invalid_body` for a body that fits the schema but contradicts itself (an index
    /// past the end of the list sent with it); `field` goes to `details.parameter`.
    pub fn invalid_body(field: &str, message: impl Into<String>) -> Self {
        HandlerError::BadRequest {
            code: ErrorCode::InvalidBody,
            message: message.into(),
            parameter: Some(field.to_owned()),
        }
    }

    pub fn not_implemented(operation_id: &'static str) -> Self {
        HandlerError::NotImplemented { operation_id }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            HandlerError::BadRequest { .. } | HandlerError::Invalid { .. } => {
                StatusCode::BAD_REQUEST
            }
            HandlerError::Unauthorized { .. } => StatusCode::UNAUTHORIZED,
            HandlerError::LocalOnly
            | HandlerError::ForbiddenOrigin
            | HandlerError::Forbidden { .. } => StatusCode::FORBIDDEN,
            HandlerError::NotFound { .. } => StatusCode::NOT_FOUND,
            HandlerError::Unprocessable { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            HandlerError::UnsupportedFormat { .. } => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            HandlerError::Conflict { .. } | HandlerError::ScanInProgress { .. } => {
                StatusCode::CONFLICT
            }
            HandlerError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            HandlerError::RangeNotSatisfiable { .. } => StatusCode::RANGE_NOT_SATISFIABLE,
            HandlerError::NotImplemented { .. } => StatusCode::NOT_IMPLEMENTED,
            HandlerError::DatabaseUnavailable { .. } | HandlerError::Unavailable { .. } => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            HandlerError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            HandlerError::BadRequest { code, .. }
            | HandlerError::Invalid { code, .. }
            | HandlerError::Unauthorized { code, .. }
            | HandlerError::Conflict { code, .. }
            | HandlerError::NotFound { code, .. }
            | HandlerError::Unprocessable { code, .. }
            | HandlerError::UnsupportedFormat { code, .. }
            | HandlerError::Forbidden { code, .. }
            | HandlerError::TooManyRequests { code, .. }
            | HandlerError::Unavailable { code, .. } => *code,
            HandlerError::ScanInProgress { .. } => ErrorCode::ScanInProgress,
            HandlerError::LocalOnly => ErrorCode::LocalOnly,
            HandlerError::RangeNotSatisfiable { .. } => ErrorCode::RangeNotSatisfiable,
            HandlerError::ForbiddenOrigin => ErrorCode::ForbiddenOrigin,
            HandlerError::NotImplemented { .. } => ErrorCode::NotImplemented,
            HandlerError::DatabaseUnavailable { .. } => ErrorCode::DatabaseUnavailable,
            HandlerError::Internal(_) => ErrorCode::InternalError,
        }
    }

    /// The body the caller sees.
    pub fn to_api_error(&self) -> ApiError {
        let message = match self {
            HandlerError::Internal(_) => {
                "The hub failed to do this; the details are in its log. Nothing was lost.".into()
            }
            HandlerError::DatabaseUnavailable { detail, .. } => format!(
                "The database is not available ({detail}); see GET /api/info, and \
                 POST /api/database/rebuild from the hub's machine."
            ),
            other => other.to_string(),
        };
        let details = match self {
            HandlerError::BadRequest {
                parameter: Some(p), ..
            } => Some(BTreeMap::from([(
                "parameter".to_owned(),
                Value::from(p.clone()),
            )])),
            HandlerError::Invalid {
                parameter,
                expectation,
                ..
            } => {
                let mut details = BTreeMap::new();
                if let Some(p) = parameter {
                    details.insert("parameter".to_owned(), Value::from(p.clone()));
                }
                if let Some(e) = expectation {
                    details.insert("expected".to_owned(), Value::from(e.expected.clone()));
                    if !e.allowed.is_empty() {
                        details.insert("allowed".to_owned(), Value::from(e.allowed.clone()));
                    }
                }
                (!details.is_empty()).then_some(details)
            }
            HandlerError::ScanInProgress { scan_id } => Some(BTreeMap::from([(
                "scanId".to_owned(),
                Value::from(scan_id.clone()),
            )])),
            HandlerError::NotFound { details, .. }
            | HandlerError::Unprocessable { details, .. }
            | HandlerError::Conflict { details, .. } => details.clone(),
            HandlerError::RangeNotSatisfiable { size, .. } => {
                Some(BTreeMap::from([("size".to_owned(), Value::from(*size))]))
            }
            _ => None,
        };
        ApiError {
            error: self.code(),
            message,
            details,
        }
    }
}

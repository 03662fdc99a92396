//! The handler layer's one error type, and the boundary where every error leaving the server
//! (ours, poem's or poem-openapi's) becomes a JSON `ApiError` with a stable `error` code.
//!
//! The `message` is for the caller; anything internal (paths, SQL, OS errors) goes to the log
//! only.

use std::collections::BTreeMap;

use poem::http::{header, HeaderValue, StatusCode};
use poem::{IntoResponse, Response};
use serde_json::Value;

use crate::api::generated::ApiError;

/// Facts a client can act on, sent as the error's `details` (`trackId` of the missing
/// track, `revision` of the newer session, ...).
pub type Details = Option<BTreeMap<String, Value>>;

/// What a handler can fail with. Each variant has one status and one `error` code.
#[derive(Debug, thiserror::Error)]
pub enum HandlerError {
    #[error("{message}")]
    BadRequest {
        code: &'static str,
        message: String,
        parameter: Option<String>,
    },
    #[error("{message}")]
    Unauthorized { code: &'static str, message: String },
    #[error("this operation may only be called from the hub's own machine")]
    LocalOnly,
    #[error("{message}")]
    Forbidden { code: &'static str, message: String },
    #[error("a web page from another origin may not change the hub through a local call")]
    ForbiddenOrigin,
    #[error("{message}")]
    NotFound {
        code: &'static str,
        message: String,
        details: Details,
    },
    #[error("{message}")]
    Conflict {
        code: &'static str,
        message: String,
        details: Details,
    },
    #[error("A scan is already running.")]
    ScanInProgress { scan_id: String },
    #[error("{message}")]
    TooManyRequests {
        code: &'static str,
        message: String,
        retry_after_secs: i64,
    },
    #[error("{operation_id} is not implemented yet")]
    NotImplemented { operation_id: &'static str },
    /// `retry_after_secs` when waiting is the cure (a lock another program holds, a
    /// rebuild under way); a faulted database needs a rebuild instead.
    #[error("{detail}")]
    DatabaseUnavailable {
        detail: String,
        retry_after_secs: Option<i64>,
    },
    /// Something failed inside the hub. The text is logged, not sent.
    #[error("internal error: {0}")]
    Internal(String),
}

impl HandlerError {
    /// No such item: the common `not_found`.
    pub fn not_found(message: impl Into<String>) -> Self {
        HandlerError::NotFound {
            code: "not_found",
            message: message.into(),
            details: None,
        }
    }

    /// `not_found` naming the missing item in `details` (`{"trackId": "trk_..."}`).
    pub fn not_found_naming(message: impl Into<String>, key: &str, id: &str) -> Self {
        HandlerError::NotFound {
            code: "not_found",
            message: message.into(),
            details: Some(BTreeMap::from([(key.to_owned(), Value::from(id))])),
        }
    }

    pub fn conflict(code: &'static str, message: impl Into<String>) -> Self {
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
            code: "invalid_body",
            message: message.into(),
            parameter: Some(field.to_owned()),
        }
    }

    pub fn not_implemented(operation_id: &'static str) -> Self {
        HandlerError::NotImplemented { operation_id }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            HandlerError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            HandlerError::Unauthorized { .. } => StatusCode::UNAUTHORIZED,
            HandlerError::LocalOnly
            | HandlerError::ForbiddenOrigin
            | HandlerError::Forbidden { .. } => StatusCode::FORBIDDEN,
            HandlerError::NotFound { .. } => StatusCode::NOT_FOUND,
            HandlerError::Conflict { .. } | HandlerError::ScanInProgress { .. } => {
                StatusCode::CONFLICT
            }
            HandlerError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            HandlerError::NotImplemented { .. } => StatusCode::NOT_IMPLEMENTED,
            HandlerError::DatabaseUnavailable { .. } => StatusCode::SERVICE_UNAVAILABLE,
            HandlerError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            HandlerError::BadRequest { code, .. }
            | HandlerError::Unauthorized { code, .. }
            | HandlerError::Conflict { code, .. }
            | HandlerError::NotFound { code, .. }
            | HandlerError::Forbidden { code, .. }
            | HandlerError::TooManyRequests { code, .. } => code,
            HandlerError::ScanInProgress { .. } => "scan_in_progress",
            HandlerError::LocalOnly => "local_only",
            HandlerError::ForbiddenOrigin => "forbidden_origin",
            HandlerError::NotImplemented { .. } => "not_implemented",
            HandlerError::DatabaseUnavailable { .. } => "database_unavailable",
            HandlerError::Internal(_) => "internal_error",
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
            HandlerError::ScanInProgress { scan_id } => Some(BTreeMap::from([(
                "scanId".to_owned(),
                Value::from(scan_id.clone()),
            )])),
            HandlerError::NotFound { details, .. } | HandlerError::Conflict { details, .. } => {
                details.clone()
            }
            _ => None,
        };
        ApiError {
            error: self.code().to_owned(),
            message,
            details,
        }
    }
}

impl poem::error::ResponseError for HandlerError {
    fn status(&self) -> StatusCode {
        HandlerError::status(self)
    }

    fn as_response(&self) -> Response {
        if let HandlerError::Internal(detail) = self {
            tracing::error!(%detail, "request failed");
        }
        let mut response = json_response(self.status(), &self.to_api_error());
        match self {
            HandlerError::Unauthorized { code, .. } => {
                let challenge = format!("Bearer error=\"{code}\"");
                if let Ok(value) = HeaderValue::from_str(&challenge) {
                    response
                        .headers_mut()
                        .insert(header::WWW_AUTHENTICATE, value);
                }
            }
            HandlerError::TooManyRequests {
                retry_after_secs, ..
            }
            | HandlerError::DatabaseUnavailable {
                retry_after_secs: Some(retry_after_secs),
                ..
            } => {
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(*retry_after_secs));
            }
            _ => {}
        }
        response
    }
}

fn json_response(status: StatusCode, body: &ApiError) -> Response {
    let body = serde_json::json!({
        "error": body.error,
        "message": body.message,
        "details": body.details,
    });
    let mut body = body;
    if let Some(map) = body.as_object_mut() {
        map.retain(|_, v| !v.is_null());
    }
    poem::web::Json(body).with_status(status).into_response()
}

/// Converts any error that reached the server's edge into a JSON `ApiError`: our own errors
/// keep their code; poem's and poem-openapi's get one from their kind.
pub fn into_api_response(err: poem::Error) -> Response {
    if let Some(ours) = err.downcast_ref::<HandlerError>() {
        return poem::error::ResponseError::as_response(ours);
    }
    let status = err.status();
    let (code, parameter, message) = classify(&err, status);
    let ours = match status {
        StatusCode::BAD_REQUEST => HandlerError::BadRequest {
            code,
            message,
            parameter,
        },
        StatusCode::NOT_FOUND => HandlerError::not_found(message),
        StatusCode::UNAUTHORIZED => HandlerError::Unauthorized { code, message },
        StatusCode::INTERNAL_SERVER_ERROR => HandlerError::Internal(message),
        status => {
            // Statuses we have no variant for (405, 413, 415, 503 from a middleware, …) keep
            // their own status: a client retries a 503, and must not be told it was a 500.
            if status.is_server_error() {
                tracing::error!(%status, detail = %message, "request failed");
            }
            return json_response(
                status,
                &ApiError {
                    error: code.to_owned(),
                    message,
                    details: None,
                },
            );
        }
    };
    poem::error::ResponseError::as_response(&ours)
}

/// The stable code, the offending parameter if any, and a message for a framework error.
fn classify(err: &poem::Error, status: StatusCode) -> (&'static str, Option<String>, String) {
    use poem_openapi::error::{ContentTypeError, ParseParamError, ParseRequestPayloadError};
    if let Some(e) = err.downcast_ref::<ParseParamError>() {
        return (
            "invalid_parameter",
            Some(e.name.to_owned()),
            format!(
                "The parameter `{}` is invalid: {}",
                e.name,
                clip_echoed_input(&e.reason)
            ),
        );
    }
    if let Some(e) = err.downcast_ref::<ParseRequestPayloadError>() {
        return (
            "invalid_body",
            None,
            format!(
                "The request body is invalid: {}",
                clip_echoed_input(&e.reason)
            ),
        );
    }
    if let Some(e) = err.downcast_ref::<ContentTypeError>() {
        return ("unsupported_media_type", None, e.to_string());
    }
    let code = match status {
        StatusCode::BAD_REQUEST => "bad_request",
        StatusCode::UNAUTHORIZED => "unauthorized",
        StatusCode::NOT_FOUND => "not_found",
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        StatusCode::PAYLOAD_TOO_LARGE => "payload_too_large",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported_media_type",
        StatusCode::SERVICE_UNAVAILABLE => "service_unavailable",
        s if s.is_server_error() => "internal_error",
        _ => "request_failed",
    };
    let message = match status {
        StatusCode::NOT_FOUND => "There is no such route; see /openapi.json.".to_owned(),
        _ => clip_echoed_input(&err.to_string()),
    };
    (code, None, message)
}

/// The longest piece of the caller's input an error message repeats.
const MAX_ECHO_CHARS: usize = 40;
/// The longest framework message passed on.
const MAX_MESSAGE_CHARS: usize = 300;

/// Shortens what parsers quote back from the input (serde's `invalid type: string "…"`):
/// an error answer must not grow with the request, nor carry it whole into logs.
fn clip_echoed_input(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(MAX_MESSAGE_CHARS + 8));
    let mut quoted = false;
    let mut run = 0;
    let mut kept = 0;
    for c in message.chars() {
        if kept >= MAX_MESSAGE_CHARS {
            out.push('…');
            break;
        }
        if c == '"' {
            quoted = !quoted;
            run = 0;
        } else if quoted {
            run += 1;
            if run > MAX_ECHO_CHARS {
                if run == MAX_ECHO_CHARS + 1 {
                    out.push('…');
                }
                continue;
            }
        }
        out.push(c);
        kept += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn echoed_input_is_clipped() {
        let long = "x".repeat(10_000);
        let clipped = clip_echoed_input(&format!("invalid type: string \"{long}\", expected u32"));
        assert_eq!(
            clipped,
            format!("invalid type: string \"{}…\", expected u32", "x".repeat(40))
        );
        let unquoted = clip_echoed_input(&long);
        assert!(unquoted.chars().count() <= MAX_MESSAGE_CHARS + 1);
    }

    #[test]
    fn a_framework_503_stays_a_503() {
        let err = poem::Error::from_status(StatusCode::SERVICE_UNAVAILABLE);
        let response = into_api_response(err);
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    }

    #[test]
    fn too_many_requests_says_when_to_retry() {
        let err = HandlerError::TooManyRequests {
            code: "too_many_attempts",
            message: "wait".into(),
            retry_after_secs: 42,
        };
        let direct = poem::error::ResponseError::as_response(&err);
        assert_eq!(
            direct
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok()),
            Some("42")
        );
        let via_poem = into_api_response(poem::Error::from(err));
        assert_eq!(via_poem.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(
            via_poem
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok()),
            Some("42")
        );
    }
}

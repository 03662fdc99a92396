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
    #[error("a web page from another origin may not change the hub through a local call")]
    ForbiddenOrigin,
    #[error("{0}")]
    NotFound(String),
    #[error("{message}")]
    Conflict { code: &'static str, message: String },
    #[error("{operation_id} is not implemented yet")]
    NotImplemented { operation_id: &'static str },
    #[error("{0}")]
    DatabaseUnavailable(String),
    /// Something failed inside the hub. The text is logged, not sent.
    #[error("internal error: {0}")]
    Internal(String),
}

impl HandlerError {
    pub fn not_implemented(operation_id: &'static str) -> Self {
        HandlerError::NotImplemented { operation_id }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            HandlerError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            HandlerError::Unauthorized { .. } => StatusCode::UNAUTHORIZED,
            HandlerError::LocalOnly | HandlerError::ForbiddenOrigin => StatusCode::FORBIDDEN,
            HandlerError::NotFound(_) => StatusCode::NOT_FOUND,
            HandlerError::Conflict { .. } => StatusCode::CONFLICT,
            HandlerError::NotImplemented { .. } => StatusCode::NOT_IMPLEMENTED,
            HandlerError::DatabaseUnavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            HandlerError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            HandlerError::BadRequest { code, .. }
            | HandlerError::Unauthorized { code, .. }
            | HandlerError::Conflict { code, .. } => code,
            HandlerError::LocalOnly => "local_only",
            HandlerError::ForbiddenOrigin => "forbidden_origin",
            HandlerError::NotFound(_) => "not_found",
            HandlerError::NotImplemented { .. } => "not_implemented",
            HandlerError::DatabaseUnavailable(_) => "database_unavailable",
            HandlerError::Internal(_) => "internal_error",
        }
    }

    /// The body the caller sees.
    pub fn to_api_error(&self) -> ApiError {
        let message = match self {
            HandlerError::Internal(_) => {
                "The hub failed to do this; the details are in its log. Nothing was lost.".into()
            }
            HandlerError::DatabaseUnavailable(detail) => format!(
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
        if let HandlerError::Unauthorized { code, .. } = self {
            let challenge = format!("Bearer error=\"{code}\"");
            if let Ok(value) = HeaderValue::from_str(&challenge) {
                response
                    .headers_mut()
                    .insert(header::WWW_AUTHENTICATE, value);
            }
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
        StatusCode::NOT_FOUND => HandlerError::NotFound(message),
        StatusCode::UNAUTHORIZED => HandlerError::Unauthorized { code, message },
        status if status.is_server_error() => HandlerError::Internal(message),
        status => {
            // Statuses we have no variant for (405, 413, 415, …) keep their own status.
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
            format!("The parameter `{}` is invalid: {}", e.name, e.reason),
        );
    }
    if let Some(e) = err.downcast_ref::<ParseRequestPayloadError>() {
        return (
            "invalid_body",
            None,
            format!("The request body is invalid: {}", e.reason),
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
        s if s.is_server_error() => "internal_error",
        _ => "request_failed",
    };
    let message = match status {
        StatusCode::NOT_FOUND => "There is no such route; see /openapi.json.".to_owned(),
        _ => err.to_string(),
    };
    (code, None, message)
}

impl From<crate::db::DbError> for HandlerError {
    fn from(err: crate::db::DbError) -> Self {
        match err {
            crate::db::DbError::Unavailable { status, detail } => {
                HandlerError::DatabaseUnavailable(format!("{status}: {detail}"))
            }
            other => HandlerError::Internal(other.to_string()),
        }
    }
}

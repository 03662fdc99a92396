//! The wire form of errors: every error that leaves the server, ours (`HandlerError`),
//! poem's or poem-openapi's, is written here as a JSON `ApiError` with a stable `error`
//! code, the right status and its headers (`WWW-Authenticate`, `Retry-After`), quoting at
//! most a few dozen characters of the caller's input.

use poem::http::{header, HeaderValue, StatusCode};
use poem::{IntoResponse, Response};

use crate::api::error::HandlerError;
use crate::api::explain;
use crate::api::generated::{ApiError, ErrorCode};

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
                let challenge = format!("Bearer error=\"{}\"", code.as_str());
                if let Ok(value) = HeaderValue::from_str(&challenge) {
                    response
                        .headers_mut()
                        .insert(header::WWW_AUTHENTICATE, value);
                }
            }
            HandlerError::RangeNotSatisfiable { size, .. } => {
                // RFC 9110 §14.4: a 416 says how long the representation is.
                if let Ok(value) = HeaderValue::from_str(&format!("bytes */{size}")) {
                    response.headers_mut().insert(header::CONTENT_RANGE, value);
                }
            }
            HandlerError::TooManyRequests {
                retry_after_secs, ..
            }
            | HandlerError::Unavailable {
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
    let code = body.error;
    let body = serde_json::json!({
        "error": body.error.as_str(),
        "message": body.message,
        "details": body.details,
    });
    let mut body = body;
    if let Some(map) = body.as_object_mut() {
        map.retain(|_, v| !v.is_null());
    }
    let mut response = poem::web::Json(body).with_status(status).into_response();
    // The status rule reads the code from here rather than parsing the body again.
    response.set_data(code);
    response
}

/// Converts any error that reached the server's edge into a JSON `ApiError`: our own errors
/// keep their code; poem's and poem-openapi's get one from their kind.
pub fn into_api_response(err: poem::Error) -> Response {
    into_api_response_for(err, None)
}

/// As `into_api_response`, for an error of the operation `operation_id`: a parameter or body
/// it could not read is described from that operation's part of the contract.
pub fn into_api_response_for(err: poem::Error, operation_id: Option<&str>) -> Response {
    if let Some(ours) = err.downcast_ref::<HandlerError>() {
        return poem::error::ResponseError::as_response(ours);
    }
    if let Some(invalid) = operation_id.and_then(|op| unreadable_input(&err, op)) {
        return poem::error::ResponseError::as_response(&invalid);
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
                    error: code,
                    message,
                    details: None,
                },
            );
        }
    };
    poem::error::ResponseError::as_response(&ours)
}

/// A parameter or body poem-openapi could not read, in the hub's words: which input, what
/// the contract expects there and, for an enum, the values it takes.
fn unreadable_input(err: &poem::Error, operation_id: &str) -> Option<HandlerError> {
    use poem_openapi::error::{ParseParamError, ParseRequestPayloadError};
    if let Some(e) = err.downcast_ref::<ParseParamError>() {
        let expectation = explain::parameter(operation_id, e.name)?;
        let message = if e.reason.contains("expects an input value") {
            format!(
                "The parameter `{}` is required; it must be {}.",
                e.name, expectation.expected
            )
        } else {
            format!(
                "The parameter `{}` must be {}.",
                e.name, expectation.expected
            )
        };
        return Some(HandlerError::Invalid {
            code: ErrorCode::InvalidParameter,
            message,
            parameter: Some(e.name.to_owned()),
            expectation: Some(expectation),
        });
    }
    let reason = &err.downcast_ref::<ParseRequestPayloadError>()?.reason;
    let invalid = |message: String, parameter: Option<String>, expectation| HandlerError::Invalid {
        code: ErrorCode::InvalidBody,
        message,
        parameter,
        expectation,
    };
    if let Some(field) = quoted_after(reason, "unknown field `", '`') {
        let known: Vec<String> = explain::body_fields(operation_id)
            .iter()
            .map(|f| format!("`{f}`"))
            .collect();
        return Some(invalid(
            format!(
                "The body has a field `{}` that `{operation_id}` does not take; it takes {}.",
                clip_echoed_input(&field),
                known.join(", ")
            ),
            Some(field),
            None,
        ));
    }
    if let Some(field) = quoted_after(reason, "field `", '`') {
        let expectation = explain::body_field(operation_id, &field);
        let message = match (&expectation, reason.contains("is missing")) {
            (Some(e), true) => format!("The body lacks `{field}`, which must be {}.", e.expected),
            (Some(e), false) => format!("The body's `{field}` must be {}.", e.expected),
            (None, _) => format!("The body's `{field}` is invalid."),
        };
        return Some(invalid(message, Some(field), expectation));
    }
    if let Some(type_name) = quoted_after(reason, "Expected input type \"", '"') {
        let type_name = type_name.as_str();
        if explain::body_name(operation_id) == Some(type_name) {
            let expectation = explain::body(operation_id)?;
            return Some(invalid(
                format!("The body must be {}.", expectation.expected),
                None,
                Some(expectation),
            ));
        }
        let field = explain::defaulted_body_field(operation_id, type_name)?;
        let expectation = explain::body_field(operation_id, &field)?;
        return Some(invalid(
            format!("The body's `{field}` must be {}.", expectation.expected),
            Some(field),
            Some(expectation),
        ));
    }
    None
}

/// The text between `prefix` and the next `end` in `text`.
fn quoted_after(text: &str, prefix: &str, end: char) -> Option<String> {
    let start = text.find(prefix)? + prefix.len();
    let length = text[start..].find(end)?;
    Some(text[start..start + length].to_owned())
}

/// The stable code, the offending parameter if any, and a message for a framework error.
fn classify(err: &poem::Error, status: StatusCode) -> (ErrorCode, Option<String>, String) {
    use poem_openapi::error::{ContentTypeError, ParseParamError, ParseRequestPayloadError};
    if let Some(e) = err.downcast_ref::<ParseParamError>() {
        return (
            ErrorCode::InvalidParameter,
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
            ErrorCode::InvalidBody,
            None,
            format!(
                "The body is not JSON the hub can read: {}",
                clip_echoed_input(&e.reason)
            ),
        );
    }
    if let Some(e) = err.downcast_ref::<ContentTypeError>() {
        return (ErrorCode::UnsupportedMediaType, None, e.to_string());
    }
    let code = match status {
        StatusCode::UNAUTHORIZED => ErrorCode::Unauthorized,
        StatusCode::NOT_FOUND => ErrorCode::NotFound,
        StatusCode::METHOD_NOT_ALLOWED => ErrorCode::MethodNotAllowed,
        StatusCode::PAYLOAD_TOO_LARGE => ErrorCode::PayloadTooLarge,
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ErrorCode::UnsupportedMediaType,
        StatusCode::SERVICE_UNAVAILABLE => ErrorCode::ServiceUnavailable,
        // A status no layer of ours answers: the nearest code of its class (the status
        // rule still holds an operation that answers it to its document).
        s if s.is_server_error() => ErrorCode::InternalError,
        _ => ErrorCode::BadRequest,
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
            code: ErrorCode::TooManyAttempts,
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

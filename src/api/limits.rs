//! Limits enforced at the edge, before any handler or parser sees a request.
//!
//! A request body is read here, at most `limit + 1` bytes of it, before routing: the JSON
//! payloads poem-openapi parses are read whole into memory, so without this anyone who can
//! reach the port (the hub listens on every interface by default, and `POST /api/auth/pair`
//! is public) could make the hub hold gigabytes. A body whose declared `Content-Length` is
//! over the limit is refused without reading a byte of it; a chunked one is refused as soon
//! as it passes the limit. Either way the caller gets `413 payload_too_large`.

use futures_util::StreamExt;
use poem::http::{header, StatusCode};
use poem::{Body, Endpoint, IntoResponse, Middleware, Request, Response};

use poem::error::ResponseError;

use crate::api::error::HandlerError;
use crate::api::strict_json;
use crate::api::wire::into_api_response;

/// The body size every operation accepts unless it documents a larger one. 1 MiB holds a
/// 5,000-track playlist request (5,000 ids of ~25 bytes) forty times over.
pub const DEFAULT_BODY_LIMIT: usize = 1024 * 1024;

/// Refuses request bodies over a size limit with `413 payload_too_large`.
pub struct BodyLimit {
    limit: usize,
}

impl BodyLimit {
    pub fn new(limit: usize) -> Self {
        BodyLimit { limit }
    }
}

impl<E: Endpoint> Middleware<E> for BodyLimit {
    type Output = BodyLimitEndpoint<E>;

    fn transform(&self, inner: E) -> Self::Output {
        BodyLimitEndpoint {
            inner,
            limit: self.limit,
        }
    }
}

pub struct BodyLimitEndpoint<E> {
    inner: E,
    limit: usize,
}

impl<E: Endpoint> Endpoint for BodyLimitEndpoint<E> {
    type Output = Response;

    async fn call(&self, mut request: Request) -> poem::Result<Response> {
        if let Some(declared) = declared_length(&request) {
            if declared > self.limit as u64 {
                return Ok(too_large(self.limit));
            }
        }
        let body = request.take_body();
        if body.is_empty() && !request.headers().contains_key(header::CONTENT_TYPE) {
            // Most requests are GETs with no body (hyper knows it has none): nothing to read
            // or check, so neither a stream nor a buffer is made for it.
            request.set_body(body);
            return self
                .inner
                .call(request)
                .await
                .map(IntoResponse::into_response);
        }
        // Read whatever body there is, however it is framed: an HTTP/2 request carries its
        // body in DATA frames with neither `Content-Length` nor `Transfer-Encoding`.
        match read_bounded(body, self.limit).await {
            Ok(bytes) => {
                if let Some(refusal) = strict_json_refusal(&request, &bytes) {
                    return Ok(refusal);
                }
                request.set_body(Body::from(bytes));
            }
            Err(Refusal::TooLarge) => return Ok(too_large(self.limit)),
            Err(Refusal::Broken(reason)) => {
                return Ok(into_api_response(poem::Error::from_string(
                    format!("The request body could not be read: {reason}"),
                    StatusCode::BAD_REQUEST,
                )))
            }
        }
        self.inner
            .call(request)
            .await
            .map(IntoResponse::into_response)
    }
}

/// The `Content-Length` the caller declared, when it is a number. (hyper has already refused
/// a malformed one.)
fn declared_length(request: &Request) -> Option<u64> {
    request
        .headers()
        .get(header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
}

enum Refusal {
    TooLarge,
    Broken(String),
}

/// Reads the whole body, giving up as soon as it passes `limit` bytes.
async fn read_bounded(body: Body, limit: usize) -> Result<Vec<u8>, Refusal> {
    let mut stream = body.into_bytes_stream();
    let mut bytes = Vec::new();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|err| Refusal::Broken(err.to_string()))?;
        if bytes.len() + chunk.len() > limit {
            return Err(Refusal::TooLarge);
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}

/// The answer to a JSON body that `strict_json` refuses, if it does.
fn strict_json_refusal(request: &Request, body: &[u8]) -> Option<Response> {
    let content_type = request.headers().get(header::CONTENT_TYPE)?.to_str().ok()?;
    match strict_json::check(content_type, body) {
        Ok(()) => None,
        Err(strict_json::Refusal::Charset(charset)) => {
            Some(into_api_response(poem::Error::from_string(
                format!(
                    "The request body must be UTF-8 JSON; `{}` is not accepted.",
                    charset.chars().take(40).collect::<String>()
                ),
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
            )))
        }
        Err(strict_json::Refusal::DuplicateKey(key)) => Some(
            HandlerError::invalid_body(
                &key,
                format!("The request body gives the key `{key}` twice."),
            )
            .as_response(),
        ),
    }
}

fn too_large(limit: usize) -> Response {
    let mut response = into_api_response(poem::Error::from_string(
        format!(
            "The request body is larger than this operation accepts ({} KiB at most).",
            limit / 1024
        ),
        StatusCode::PAYLOAD_TOO_LARGE,
    ));
    // The rest of an oversized body is not read: the connection cannot carry another
    // request after it.
    response.headers_mut().insert(
        header::CONNECTION,
        header::HeaderValue::from_static("close"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_body_within_the_limit_is_read_whole() {
        let read = read_bounded(Body::from(vec![7u8; 100]), 100).await;
        assert!(matches!(read, Ok(bytes) if bytes.len() == 100));
    }

    #[tokio::test]
    async fn a_body_one_byte_over_is_refused() {
        let read = read_bounded(Body::from(vec![7u8; 101]), 100).await;
        assert!(matches!(read, Err(Refusal::TooLarge)));
    }
}

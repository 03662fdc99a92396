//! One tracing span per request (at DEBUG; the lines logged at INFO and above carry its
//! fields themselves), as poem's `Tracing` middleware makes it, except that the URI it
//! records has its secrets redacted: a `?mediaToken=` (or any other credential sent
//! in a query string, or a share id in a path) must never reach a log line, since logs are
//! read, kept and shared far more widely than the tokens are meant to travel.

use std::time::{Duration, Instant};

use poem::http::StatusCode;
use poem::{Endpoint, IntoResponse, Middleware, Request, Response, Result};
use tracing::{Instrument, Level};

/// Query parameters whose values are credentials. Compared without case, so `MediaToken`
/// or `TOKEN` are redacted too.
const SECRET_PARAMETERS: &[&str] = &[
    "mediatoken",
    "token",
    "access_token",
    "accesstoken",
    "refreshtoken",
    "apitoken",
    "pairingcode",
    "code",
];

/// What a secret's value is replaced with.
const REDACTED: &str = "REDACTED";

/// A share id in a path (`/share/album/shr_...`, `/api/share/album/shr_.../bootstrap`) is
/// a capability like a token: whoever reads it can open the share.
const SECRET_SEGMENT_PREFIX: &str = "shr_";

fn redacted_path(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            if segment.starts_with(SECRET_SEGMENT_PREFIX) {
                "shr_REDACTED"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The request's path and query as they may be logged.
pub fn redacted_uri(uri: &poem::http::Uri) -> String {
    let path = redacted_path(uri.path());
    let Some(query) = uri.query() else {
        return path;
    };
    let query: Vec<String> = query
        .split('&')
        .map(|pair| {
            let name = pair.split_once('=').map_or(pair, |(name, _)| name);
            let decoded = percent_encoding::percent_decode_str(name).decode_utf8_lossy();
            if SECRET_PARAMETERS
                .iter()
                .any(|secret| decoded.eq_ignore_ascii_case(secret))
            {
                format!("{name}={REDACTED}")
            } else {
                pair.to_owned()
            }
        })
        .collect();
    format!("{path}?{}", query.join("&"))
}

/// A request slower than this is logged at INFO whatever it was.
const SLOW: Duration = Duration::from_secs(1);

/// How loudly a finished request is logged. Every request at INFO filled 60 MB of log in
/// five minutes of load and cost a third of a ping's CPU: reads that went well are DEBUG;
/// what changed state, refusals, and slow requests are INFO; the hub's own failures WARN.
#[derive(Debug, PartialEq, Eq)]
enum Worth {
    Debug,
    Info,
    Warning,
}

fn worth(status: StatusCode, duration: Duration, changes_state: bool) -> Worth {
    if status.is_server_error() {
        Worth::Warning
    } else if status.is_client_error() || changes_state || duration >= SLOW {
        Worth::Info
    } else {
        Worth::Debug
    }
}

#[derive(Default)]
pub struct RequestSpan;

impl<E: Endpoint> Middleware<E> for RequestSpan {
    type Output = RequestSpanEndpoint<E>;

    fn transform(&self, inner: E) -> Self::Output {
        RequestSpanEndpoint { inner }
    }
}

/// A finished request's line at `$level`, naming its request itself: the span is DEBUG, so
/// at INFO it is not there to name it.
macro_rules! request_line {
    ($level:ident, $what:expr, $($rest:tt)*) => {
        tracing::$level!(
            method = %$what.method,
            uri = %$what.redacted_uri(),
            remote_addr = %$what.remote_addr,
            $($rest)*
        )
    };
}

pub struct RequestSpanEndpoint<E> {
    inner: E,
}

impl<E: Endpoint> Endpoint for RequestSpanEndpoint<E> {
    type Output = Response;

    async fn call(&self, req: Request) -> Result<Self::Output> {
        // The span is DEBUG: made at INFO, every request paid for formatting its fields
        // (the redacted URI built, the address written) although a quiet read logs
        // nothing (issue 17: see BENCHMARKS.md, "Requests and ping"). The response line
        // logged at INFO or WARN carries the same fields itself. Lines logged inside the
        // request (a 500's detail, a service's warning) name their request only with DEBUG
        // on (`RUST_LOG=music_hub::request=debug`); at INFO the response line that follows
        // says which request failed.
        let span = tracing::span!(
            target: "music_hub::request",
            Level::DEBUG,
            "request",
            remote_addr = %req.remote_addr(),
            version = ?req.version(),
            method = %req.method(),
            uri = %redacted_uri(req.original_uri()),
        );
        let changes_state = !req.method().is_safe();
        let what = Requested {
            method: req.method().clone(),
            uri: req.original_uri().clone(),
            remote_addr: req.remote_addr().clone(),
        };
        async move {
            let started = Instant::now();
            let result = self.inner.call(req).await;
            let duration = started.elapsed();
            match result {
                Ok(response) => {
                    let response = response.into_response();
                    let status = response.status();
                    match worth(status, duration, changes_state) {
                        Worth::Warning => request_line!(warn, what, %status, ?duration, "response"),
                        Worth::Info => request_line!(info, what, %status, ?duration, "response"),
                        Worth::Debug => tracing::debug!(%status, ?duration, "response"),
                    }
                    Ok(response)
                }
                Err(err) => {
                    let status = err.status();
                    match worth(status, duration, changes_state) {
                        Worth::Warning => {
                            request_line!(warn, what, %status, error = %err, ?duration, "error")
                        }
                        Worth::Info => {
                            request_line!(info, what, %status, error = %err, ?duration, "error")
                        }
                        Worth::Debug => tracing::debug!(%status, error = %err, ?duration, "error"),
                    }
                    Err(err)
                }
            }
        }
        .instrument(span)
        .await
    }
}

/// What a logged line says of its request (cheap to keep: the URI is shared bytes), its URI
/// redacted only when a line is written.
struct Requested {
    method: poem::http::Method,
    uri: poem::http::Uri,
    remote_addr: poem::web::RemoteAddr,
}

impl Requested {
    fn redacted_uri(&self) -> String {
        redacted_uri(&self.uri)
    }
}

#[cfg(test)]
mod tests {
    use super::{redacted_uri, worth, Worth, SLOW};
    use poem::http::StatusCode;
    use std::time::Duration;

    #[test]
    fn quiet_reads_are_debug_and_the_rest_louder() {
        let quick = Duration::from_millis(3);
        assert_eq!(worth(StatusCode::OK, quick, false), Worth::Debug);
        assert_eq!(
            worth(StatusCode::PARTIAL_CONTENT, quick, false),
            Worth::Debug
        );
        assert_eq!(worth(StatusCode::OK, SLOW, false), Worth::Info);
        assert_eq!(worth(StatusCode::CREATED, quick, true), Worth::Info);
        assert_eq!(worth(StatusCode::NOT_FOUND, quick, false), Worth::Info);
        assert_eq!(
            worth(StatusCode::SERVICE_UNAVAILABLE, quick, false),
            Worth::Warning
        );
    }

    fn redact(uri: &str) -> String {
        redacted_uri(&uri.parse().expect("uri"))
    }

    #[test]
    fn tokens_in_queries_are_redacted() {
        assert_eq!(
            redact("/api/media/stream/trk_1?mediaToken=v4.local.secret"),
            "/api/media/stream/trk_1?mediaToken=REDACTED"
        );
        assert_eq!(
            redact("/a?x=1&MEDIATOKEN=s&y=2&token=t&media%54oken=u"),
            "/a?x=1&MEDIATOKEN=REDACTED&y=2&token=REDACTED&media%54oken=REDACTED"
        );
        assert_eq!(redact("/api/ping"), "/api/ping");
        assert_eq!(redact("/a?mediaToken"), "/a?mediaToken=REDACTED");
        assert_eq!(
            redact("/api/tracks?limit=5&cursor=abc"),
            "/api/tracks?limit=5&cursor=abc"
        );
    }

    #[test]
    fn share_ids_in_paths_are_redacted() {
        assert_eq!(
            redact("/api/share/album/shr_Zk3qP9xW2mT7AAAAAAAAAA/bootstrap"),
            "/api/share/album/shr_REDACTED/bootstrap"
        );
        assert_eq!(
            redact("/share/track/shr_x?mediaToken=t"),
            "/share/track/shr_REDACTED?mediaToken=REDACTED"
        );
        assert_eq!(redact("/api/shares"), "/api/shares");
    }
}

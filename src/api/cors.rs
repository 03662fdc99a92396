//! Cross-origin calls from browser apps, off by default: `--cors-origin URL` names the
//! origins whose pages may call the API with a bearer token.
//!
//! Written here rather than taken from poem's `Cors`, which refuses every request from an
//! origin it does not list; the hub must still answer those as it always has (with
//! `403 forbidden_origin` for a foreign page's state-changing loopback call), only without
//! the headers that would let the page read the answer. A call from a listed origin is
//! marked (`CrossOrigin`) so that the access rules never treat it as a loopback call: a
//! web app, wherever it is served from, authenticates like any other remote client.

use poem::http::{header, HeaderValue, Method, StatusCode};
use poem::{Endpoint, IntoResponse, Middleware, Request, Response};

/// Marks a request sent by a page of an allowed origin.
#[derive(Debug, Clone, Copy)]
pub struct CrossOrigin;

const ALLOW_METHODS: &str = "GET, HEAD, POST, PUT, PATCH, DELETE";
const ALLOW_HEADERS: &str = "authorization, content-type, last-event-id";
const EXPOSE_HEADERS: &str = "location, retry-after, www-authenticate";
/// How long a browser may cache a preflight answer, in seconds.
const PREFLIGHT_MAX_AGE: &str = "600";

pub struct Cors {
    origins: Vec<String>,
}

impl Cors {
    pub fn new(origins: Vec<String>) -> Self {
        Cors { origins }
    }
}

impl<E: Endpoint> Middleware<E> for Cors {
    type Output = CorsEndpoint<E>;

    fn transform(&self, inner: E) -> Self::Output {
        CorsEndpoint {
            inner,
            origins: self.origins.clone(),
        }
    }
}

pub struct CorsEndpoint<E> {
    inner: E,
    origins: Vec<String>,
}

impl<E: Endpoint> Endpoint for CorsEndpoint<E> {
    type Output = Response;

    async fn call(&self, mut request: Request) -> poem::Result<Response> {
        let allowed = request
            .headers()
            .get(header::ORIGIN)
            .filter(|origin| {
                origin
                    .to_str()
                    .is_ok_and(|o| self.origins.iter().any(|a| a.eq_ignore_ascii_case(o)))
            })
            .cloned();
        let Some(origin) = allowed else {
            // The answer differs by origin when origins are named: caches must know.
            let mut response = self.inner.call(request).await?.into_response();
            if !self.origins.is_empty() {
                response
                    .headers_mut()
                    .append(header::VARY, HeaderValue::from_static("origin"));
            }
            return Ok(response);
        };
        let preflight = request.method() == Method::OPTIONS
            && request
                .headers()
                .contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
        let mut response = if preflight {
            let mut response = StatusCode::NO_CONTENT.into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::ACCESS_CONTROL_ALLOW_METHODS,
                HeaderValue::from_static(ALLOW_METHODS),
            );
            headers.insert(
                header::ACCESS_CONTROL_ALLOW_HEADERS,
                HeaderValue::from_static(ALLOW_HEADERS),
            );
            headers.insert(
                header::ACCESS_CONTROL_MAX_AGE,
                HeaderValue::from_static(PREFLIGHT_MAX_AGE),
            );
            response
        } else {
            request.extensions_mut().insert(CrossOrigin);
            let mut response = self.inner.call(request).await?.into_response();
            response.headers_mut().insert(
                header::ACCESS_CONTROL_EXPOSE_HEADERS,
                HeaderValue::from_static(EXPOSE_HEADERS),
            );
            response
        };
        let headers = response.headers_mut();
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        headers.append(header::VARY, HeaderValue::from_static("origin"));
        Ok(response)
    }
}

//! Assembles the HTTP application and serves it: the contract's routes, the contract itself,
//! Swagger UI, the error boundary, the body limit and a tracing span per request, behind the
//! bounded listener of `listener`.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use poem::endpoint::make_sync;
use poem::http::{header, HeaderValue, StatusCode};
use poem::middleware::Tracing;
use poem::web::{Path, Redirect};
use poem::{
    get, handler, Endpoint, EndpointExt, IntoResponse, Middleware, Request, Response, Route, Server,
};
use poem_openapi::OpenApiService;

use crate::api::access::SharedGatekeeper;
use crate::api::contract;
use crate::api::error::into_api_response;
use crate::api::generated::{api, OPERATIONS};
use crate::api::limits::{BodyLimit, DEFAULT_BODY_LIMIT};
use crate::hub::Hub;
use crate::listener::{raise_open_file_limit, BoundedAcceptor, ConnectionLimits};

/// Builds the whole application around a hub.
pub fn app(hub: Arc<Hub>) -> impl Endpoint<Output = Response> {
    let gatekeeper: SharedGatekeeper = hub.clone();
    let service = OpenApiService::new(api(hub), "Music Hub API", contract::api_version());
    Route::new()
        .at(
            "/openapi.json",
            make_sync(|_| {
                contract::document_json()
                    .to_owned()
                    .with_content_type("application/json")
            }),
        )
        .at(
            "/openapi.yaml",
            make_sync(|_| contract::DOCUMENT_YAML.with_content_type("application/yaml")),
        )
        .at("/docs", get(make_sync(|_| Redirect::permanent("/docs/"))))
        .at("/docs/*path", get(swagger_ui))
        .at("/docs/", get(swagger_ui_index))
        .nest("/", service)
        .data(gatekeeper)
        .with(ErrorBoundary)
        // Outside the boundary: an oversized body is refused at the edge, before routing,
        // whatever the operation.
        .with(BodyLimit::new(DEFAULT_BODY_LIMIT))
        .with(Tracing)
}

/// The error boundary: every error leaving the app becomes a JSON `ApiError`.
struct ErrorBoundary;

impl<E: Endpoint> Middleware<E> for ErrorBoundary {
    type Output = ErrorBoundaryEndpoint<E>;

    fn transform(&self, inner: E) -> Self::Output {
        ErrorBoundaryEndpoint(inner)
    }
}

struct ErrorBoundaryEndpoint<E>(E);

impl<E: Endpoint> Endpoint for ErrorBoundaryEndpoint<E> {
    type Output = Response;

    async fn call(&self, request: Request) -> poem::Result<Response> {
        let path = request.uri().path().to_owned();
        match self.0.call(request).await {
            Ok(output) => Ok(output.into_response()),
            Err(err) => Ok(error_response(err, &path)),
        }
    }
}

/// Converts an error to its JSON `ApiError`; a 405 also says which methods the path takes.
fn error_response(err: poem::Error, path: &str) -> Response {
    let mut response = into_api_response(err);
    if response.status() == StatusCode::METHOD_NOT_ALLOWED {
        let allowed: Vec<&str> = OPERATIONS
            .iter()
            .filter(|op| path_matches(op.path, path))
            .map(|op| op.method)
            .collect();
        if let Ok(value) = HeaderValue::from_str(&allowed.join(", ")) {
            response.headers_mut().insert(header::ALLOW, value);
        }
    }
    response
}

/// Whether a request path fits an OpenAPI path template such as `/api/track/{id}`.
fn path_matches(template: &str, path: &str) -> bool {
    let mut actual = path.split('/');
    template.split('/').all(|segment| match actual.next() {
        Some(value) => (segment.starts_with('{') && !value.is_empty()) || segment == value,
        None => false,
    }) && actual.next().is_none()
}

fn swagger_config() -> Arc<utoipa_swagger_ui::Config<'static>> {
    Arc::new(utoipa_swagger_ui::Config::from("/openapi.json"))
}

#[handler]
fn swagger_ui_index() -> Response {
    swagger_file("index.html")
}

#[handler]
fn swagger_ui(Path(path): Path<String>) -> Response {
    swagger_file(&path)
}

fn swagger_file(path: &str) -> Response {
    match utoipa_swagger_ui::serve(path, swagger_config()) {
        Ok(Some(file)) => {
            let mut response = file
                .bytes
                .to_vec()
                .with_content_type(file.content_type)
                .into_response();
            if file.gzpipped {
                response
                    .headers_mut()
                    .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            }
            response
        }
        Ok(None) => into_api_response(poem::Error::from_status(StatusCode::NOT_FOUND)),
        Err(err) => into_api_response(poem::Error::from_string(
            err.to_string(),
            StatusCode::INTERNAL_SERVER_ERROR,
        )),
    }
}

/// Serves the hub on `listener` until `shutdown` completes, then lets requests in flight
/// finish (for up to five seconds).
pub async fn run(
    listener: tokio::net::TcpListener,
    hub: Arc<Hub>,
    shutdown: impl Future<Output = ()> + Send,
) -> std::io::Result<()> {
    match raise_open_file_limit() {
        Ok(files) => tracing::debug!(files, "open-file limit"),
        Err(err) => tracing::warn!(error = %err, "the open-file limit could not be raised"),
    }
    let acceptor = BoundedAcceptor::new(listener, ConnectionLimits::for_this_process())?;
    let watcher = hub.start_library_work();
    let removals = hub.follow_removed_tracks();
    let stopping = hub.clone();
    let shutdown = async move {
        shutdown.await;
        stopping.begin_shutdown();
    };
    let served = Server::new_with_acceptor(acceptor)
        .run_with_graceful_shutdown(app(hub.clone()), shutdown, Some(Duration::from_secs(5)))
        .await;
    drop(watcher);
    removals.abort();
    // A scan stopped here keeps what it committed, and its run is recorded as cancelled
    // rather than left "running".
    hub.scanner.stop().await;
    served
}

#[cfg(test)]
mod tests {
    use super::path_matches;

    #[test]
    fn templates_match_paths() {
        assert!(path_matches("/api/track/{id}", "/api/track/abc"));
        assert!(!path_matches("/api/track/{id}", "/api/track/"));
        assert!(!path_matches("/api/track/{id}", "/api/track/abc/x"));
        assert!(path_matches("/api/ping", "/api/ping"));
        assert!(!path_matches("/api/ping", "/api/pong"));
    }
}

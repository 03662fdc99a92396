//! Assembles the HTTP application and serves it: the contract's routes, the contract itself,
//! the share page (`web`), Swagger UI, the error boundary, the body limit and a tracing span
//! per request, behind the bounded listener of `listener`.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use poem::endpoint::make_sync;
use poem::http::{header, HeaderValue, StatusCode};
use poem::web::{Path, Redirect};
use poem::{
    get, handler, Endpoint, EndpointExt, IntoResponse, Middleware, Request, Response, Route,
};
use poem_openapi::{OpenApiService, OperationId};

use crate::api::access::SharedGatekeeper;
use crate::api::contract;
use crate::api::cors::Cors;
use crate::api::generated::{api, documented_codes, documented_statuses, ErrorCode, OPERATIONS};
use crate::api::limits::{BodyLimit, DEFAULT_BODY_LIMIT};
use crate::api::request_span::RequestSpan;
use crate::api::single_host::SingleHost;
use crate::api::wire::{into_api_response, into_api_response_for};
use crate::hub::Hub;
use crate::listener::{raise_open_file_limit, serve, BoundedAcceptor, ConnectionLimits};

/// Builds the whole application around a hub.
pub fn app(hub: Arc<Hub>) -> impl Endpoint<Output = Response> {
    let gatekeeper: SharedGatekeeper = hub.clone();
    let cors_origins = hub.config.cors_origins.clone();
    let state = hub.clone();
    let service = OpenApiService::new(api(hub), "Music Hub API", contract::api_version());
    crate::web::mount(Route::new())
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
        // Every operation's path starts with `/api`; nested there (keeping the prefix), the
        // service leaves `/` to the home page, which a nest at `/` would catch first.
        .nest_no_strip("/api", service)
        .data(gatekeeper)
        .data(state)
        .with(ErrorBoundary)
        // Outside the boundary: an oversized body is refused at the edge, before routing,
        // whatever the operation.
        .with(BodyLimit::new(DEFAULT_BODY_LIMIT))
        .with(SingleHost)
        .with(Cors::new(cors_origins))
        // The request span records the URI with its secrets redacted (`?mediaToken=`).
        .with(RequestSpan)
}

/// The error boundary: every error leaving the app becomes a JSON `ApiError`, and every
/// answer of an operation is held to the statuses its document lists (`hold_to_contract`).
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
        // Kept for a 405's `Allow`; a clone of the URI shares its bytes, unlike the path as
        // a new string on every request.
        let uri = request.uri().clone();
        // poem-openapi marks what its routes answer, errors included, with the operation id;
        // answers without one (no such route, a 405) belong to no operation.
        let (operation, response) = match self.0.call(request).await {
            Ok(output) => {
                let response = output.into_response();
                (response.data::<OperationId>().map(|id| id.0), response)
            }
            Err(err) => {
                let operation = err.data::<OperationId>().map(|id| id.0);
                (operation, error_response(err, operation, uri.path()))
            }
        };
        Ok(match operation {
            Some(operation_id) => hold_to_contract(operation_id, response),
            None => response,
        })
    }
}

/// Whether the document lists `status` among `operation_id`'s responses.
fn documented(operation_id: &str, status: StatusCode) -> bool {
    documented_statuses(operation_id).is_some_and(|statuses| statuses.contains(&status.as_u16()))
}

/// What is wrong with an answer of `operation_id`, if anything: a status the document does
/// not list for it, or an error whose `error` code is not in the enum the document lists for
/// that status (an error answer without a code counts as an unlisted one).
fn undocumented(operation_id: &str, status: StatusCode, code: Option<ErrorCode>) -> Option<String> {
    if !documented(operation_id, status) {
        return Some(format!("answered {status}"));
    }
    if status.as_u16() < 400 {
        return None;
    }
    let listed = documented_codes(operation_id, status.as_u16()).unwrap_or_default();
    match code {
        Some(code) if listed.contains(&code) => None,
        Some(code) => Some(format!("answered {status} `{}`", code.as_str())),
        None => Some(format!("answered {status} without an error code")),
    }
}

/// The status rule: an operation answers only the statuses its document lists (the
/// generated `documented_statuses`, shared responses included), and an error only with a
/// code the document lists for that status (`documented_codes`, the enum of the response's
/// body). Any other answer is a bug in the hub or in the document: it is logged at error
/// level, and in debug builds (so in every test) the answer becomes a
/// `500 undocumented_status` naming the operation, the status and the code, so that the test
/// that provoked it fails. Release builds let the answer through.
fn hold_to_contract(operation_id: &'static str, response: Response) -> Response {
    let status = response.status();
    let code = response.data::<ErrorCode>().copied();
    let Some(what) = undocumented(operation_id, status, code) else {
        return response;
    };
    tracing::error!(
        operation_id,
        status = status.as_u16(),
        code = code.map(ErrorCode::as_str),
        "an operation answered what openapi/music-hub.yaml does not list for it"
    );
    if !cfg!(debug_assertions) {
        return response;
    }
    let body = serde_json::json!({
        "error": ErrorCode::UndocumentedStatus.as_str(),
        "message": format!(
            "`{operation_id}` {what}, which openapi/music-hub.yaml does not list for it: \
             document it or stop answering it."
        ),
        "details": {
            "operationId": operation_id,
            "status": status.as_u16(),
            "code": code.map(ErrorCode::as_str),
        },
    });
    poem::web::Json(body)
        .with_status(StatusCode::INTERNAL_SERVER_ERROR)
        .into_response()
}

/// Converts an error to its JSON `ApiError`; a 405 also says which methods the path takes.
fn error_response(err: poem::Error, operation_id: Option<&str>, path: &str) -> Response {
    let mut response = into_api_response_for(err, operation_id);
    if response.status() == StatusCode::METHOD_NOT_ALLOWED {
        // The router takes a literal segment before a parameter (`/api/playlists/import`
        // before `/api/playlists/{id}`), so only the most literal matching templates count.
        let matching: Vec<_> = OPERATIONS
            .iter()
            .filter(|op| path_matches(op.path, path))
            .collect();
        let parameters = |template: &str| template.matches('{').count();
        let fewest = matching.iter().map(|op| parameters(op.path)).min();
        let allowed: Vec<&str> = matching
            .iter()
            .filter(|op| Some(parameters(op.path)) == fewest)
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
    // Subscribed before the start-up scan starts, so its end starts the first run.
    let analysis = hub.follow_scans_with_analysis();
    let watcher = hub.start_library_work();
    let removals = hub.follow_removed_tracks();
    let stopping = hub.clone();
    let shutdown = async move {
        shutdown.await;
        stopping.begin_shutdown();
    };
    let served = serve(acceptor, app(hub.clone()), shutdown, Duration::from_secs(5)).await;
    drop(watcher);
    removals.abort();
    hub.loudness.cancel();
    if let Some(analysis) = analysis {
        analysis.abort();
    }
    // A scan stopped here keeps what it committed, and its run is recorded as cancelled
    // rather than left "running".
    hub.scanner.stop().await;
    served
}

#[cfg(test)]
mod tests {
    use poem::http::StatusCode;
    use poem::test::TestClient;
    use poem::{Endpoint, EndpointExt, IntoResponse, Request, Response, Route};
    use poem_openapi::payload::PlainText;
    use poem_openapi::OperationId;

    use super::{documented, hold_to_contract, path_matches, undocumented, ErrorBoundary};
    use crate::api::error::HandlerError;
    use crate::api::generated::{documented_statuses, ErrorCode, OPERATIONS};

    #[test]
    fn templates_match_paths() {
        assert!(path_matches("/api/track/{id}", "/api/track/abc"));
        assert!(!path_matches("/api/track/{id}", "/api/track/"));
        assert!(!path_matches("/api/track/{id}", "/api/track/abc/x"));
        assert!(path_matches("/api/ping", "/api/ping"));
        assert!(!path_matches("/api/ping", "/api/pong"));
    }

    #[test]
    fn every_operation_is_under_the_api_nest() {
        // `app` nests the service at `/api` (so that `/` is the home page's); an operation
        // elsewhere would never be reached.
        for op in OPERATIONS {
            assert!(
                op.path.starts_with("/api/"),
                "{}: {}",
                op.operation_id,
                op.path
            );
        }
    }

    #[test]
    fn every_operation_has_documented_statuses_with_a_success() {
        for op in OPERATIONS {
            let statuses = documented_statuses(op.operation_id)
                .unwrap_or_else(|| panic!("{} has no documented statuses", op.operation_id));
            assert!(
                statuses.iter().any(|s| (200..300).contains(s)),
                "{}: {statuses:?}",
                op.operation_id
            );
            // An operation still documenting 501 answers it; a built one never does.
            assert_eq!(
                statuses.contains(&501),
                !op.implemented,
                "{}",
                op.operation_id
            );
        }
        assert_eq!(documented_statuses("noSuchOperation"), None);
    }

    #[test]
    fn the_rule_reads_the_real_document() {
        // Listed through the shared responses (`$ref: '#/components/responses/…'`).
        assert!(documented("getTrack", StatusCode::NOT_FOUND));
        assert!(documented("getTrack", StatusCode::SERVICE_UNAVAILABLE));
        assert!(documented("pairDevice", StatusCode::TOO_MANY_REQUESTS));
        assert!(documented(
            "rebuildDatabase",
            StatusCode::INTERNAL_SERVER_ERROR
        ));
        // Not listed.
        assert!(!documented("ping", StatusCode::NOT_FOUND));
        assert!(!documented("getInfo", StatusCode::SERVICE_UNAVAILABLE));
        assert!(!documented("listTracks", StatusCode::NOT_FOUND));
        assert!(!documented("getTrack", StatusCode::INTERNAL_SERVER_ERROR));
        assert!(!documented("noSuchOperation", StatusCode::OK));
    }

    #[test]
    fn the_rule_reads_each_status_codes_from_the_real_document() {
        let not_found = StatusCode::NOT_FOUND;
        let conflict = StatusCode::CONFLICT;
        assert_eq!(
            undocumented("getTrack", not_found, Some(ErrorCode::NotFound)),
            None
        );
        // A shared response's enum, and an operation's own one.
        assert_eq!(
            undocumented(
                "getTunnelQr",
                not_found,
                Some(ErrorCode::TunnelNotConfigured)
            ),
            None
        );
        assert_eq!(
            undocumented(
                "updatePlaybackSession",
                conflict,
                Some(ErrorCode::QueueEmpty)
            ),
            None
        );
        // The right status with a code the operation does not list for it.
        assert!(
            undocumented("getTrack", not_found, Some(ErrorCode::TunnelNotConfigured))
                .is_some_and(|what| what.contains("`tunnel_not_configured`"))
        );
        assert!(undocumented("startScan", conflict, Some(ErrorCode::QueueEmpty)).is_some());
        // An error answer that carries no code at all.
        assert!(undocumented("getTrack", not_found, None).is_some());
        // Successes carry none.
        assert_eq!(undocumented("getTrack", StatusCode::OK, None), None);
    }

    fn answered_by(operation_id: &'static str, status: StatusCode) -> Response {
        let mut response = "answer".with_status(status).into_response();
        response.set_data(OperationId(operation_id));
        response
    }

    #[test]
    fn a_documented_answer_passes_untouched() {
        let mut answer = answered_by("getTrack", StatusCode::NOT_FOUND);
        answer.set_data(ErrorCode::NotFound);
        let response = hold_to_contract("getTrack", answer);
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
    }

    #[cfg(debug_assertions)]
    #[tokio::test]
    async fn an_undocumented_status_fails_in_tests() {
        // As a route of the app would answer: `ping` documents only 200.
        let app = poem::endpoint::make(|_| async { answered_by("ping", StatusCode::NOT_FOUND) })
            .with(ErrorBoundary);
        let response = app
            .call(Request::builder().uri_str("/api/ping").finish())
            .await
            .expect("the boundary answers");
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body: serde_json::Value =
            serde_json::from_slice(&response.into_body().into_vec().await.expect("body"))
                .expect("JSON");
        assert_eq!(body["error"], "undocumented_status");
        assert_eq!(body["details"]["operationId"], "ping");
        assert_eq!(body["details"]["status"], 404);
        assert!(body["message"]
            .as_str()
            .is_some_and(|m| m.contains("`ping` answered 404")));
    }

    #[cfg(debug_assertions)]
    #[tokio::test]
    async fn an_undocumented_error_fails_in_tests_too() {
        // Errors carry the operation id as well: `listTracks` documents no 404.
        let app = poem::endpoint::make(|_| async {
            let mut err = poem::Error::from_status(StatusCode::NOT_FOUND);
            err.set_data(OperationId("listTracks"));
            Err::<Response, _>(err)
        })
        .with(ErrorBoundary);
        let response = app
            .call(Request::builder().uri_str("/api/tracks").finish())
            .await
            .expect("the boundary answers");
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body: serde_json::Value =
            serde_json::from_slice(&response.into_body().into_vec().await.expect("body"))
                .expect("JSON");
        assert_eq!(body["error"], "undocumented_status");
        assert_eq!(body["details"]["operationId"], "listTracks");
    }

    /// Routes built the way the generated ones are (poem-openapi, nested in an
    /// `OpenApiService` under a `Route`, as `app` does), answering as the real operations
    /// `ping` and `getInfo` would not.
    struct Misbehaving;

    #[poem_openapi::OpenApi]
    impl Misbehaving {
        /// Fails with a status `ping` does not document.
        #[oai(path = "/api/ping", method = "get", operation_id = "ping")]
        async fn ping(&self) -> poem::Result<PlainText<&'static str>> {
            Err(poem::Error::from_status(StatusCode::CONFLICT))
        }

        /// Fails with a status `getTrack` documents, but a code it does not list for it.
        #[oai(path = "/api/tracks/x", method = "get", operation_id = "getTrack")]
        async fn track(&self) -> poem::Result<PlainText<&'static str>> {
            Err(HandlerError::NotFound {
                code: ErrorCode::TunnelNotConfigured,
                message: "no tunnel".into(),
                details: None,
            }
            .into())
        }

        /// Fails with a status and a code `getAlbum` documents.
        #[oai(path = "/api/albums/y", method = "get", operation_id = "getAlbum")]
        async fn missing_track(&self) -> poem::Result<PlainText<&'static str>> {
            Err(HandlerError::not_found("No track has the id 'y'.").into())
        }

        /// Answers its documented 200.
        #[oai(path = "/api/info", method = "get", operation_id = "getInfo")]
        async fn info(&self) -> PlainText<&'static str> {
            PlainText("fine")
        }
    }

    /// Through the app's own stack: poem-openapi marks its routes' answers with the
    /// operation id, the boundary holds them to the real document (in release builds it only
    /// logs, and the answer goes through).
    #[tokio::test]
    async fn routes_like_the_generated_ones_are_held_to_the_document() {
        let service = poem_openapi::OpenApiService::new(Misbehaving, "test", "1");
        let app = Route::new().nest("/", service).with(ErrorBoundary);
        let client = TestClient::new(app);

        let response = client.get("/api/ping").send().await;
        if cfg!(debug_assertions) {
            response.assert_status(StatusCode::INTERNAL_SERVER_ERROR);
            let body = response.json().await;
            body.value()
                .object()
                .get("error")
                .assert_string("undocumented_status");
            body.value()
                .object()
                .get("details")
                .object()
                .get("status")
                .assert_i64(409);
        } else {
            response.assert_status(StatusCode::CONFLICT);
        }

        let response = client.get("/api/tracks/x").send().await;
        if cfg!(debug_assertions) {
            response.assert_status(StatusCode::INTERNAL_SERVER_ERROR);
            let body = response.json().await;
            let body = body.value().object();
            body.get("error").assert_string("undocumented_status");
            body.get("details")
                .object()
                .get("code")
                .assert_string("tunnel_not_configured");
        } else {
            response.assert_status(StatusCode::NOT_FOUND);
        }

        let response = client.get("/api/albums/y").send().await;
        response.assert_status(StatusCode::NOT_FOUND);
        response
            .json()
            .await
            .value()
            .object()
            .get("error")
            .assert_string("not_found");

        let response = client.get("/api/info").send().await;
        response.assert_status_is_ok();
        response.assert_text("fine").await;
    }

    #[tokio::test]
    async fn answers_of_no_operation_are_not_held_to_one() {
        // No route matched: the boundary's own 404, which no operation answered.
        let app = poem::endpoint::make(|_| async {
            Err::<Response, _>(poem::Error::from_status(StatusCode::NOT_FOUND))
        })
        .with(ErrorBoundary);
        let response = app
            .call(Request::builder().uri_str("/nowhere").finish())
            .await
            .expect("the boundary answers");
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
    }
}

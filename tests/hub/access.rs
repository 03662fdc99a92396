//! Who may call what: loopback privilege, proxies, foreign hosts and origins, for every
//! operation of the contract.

use music_hub::api::access::{AccessLevel, OperationInfo};
use music_hub::api::generated::OPERATIONS;
use reqwest::Method;

use crate::common::{api_error, committed_document, TestHub};

/// Headers that each make a loopback call "relayed", and so remote.
const PROXY_HEADERS: &[(&str, &str)] = &[
    ("X-Forwarded-For", "203.0.113.7"),
    ("X-Real-IP", "203.0.113.7"),
    ("Forwarded", "for=203.0.113.7"),
    ("X-Forwarded-Host", "music.example.com"),
];

fn concrete_path(op: &OperationInfo) -> String {
    op.path
        .split('/')
        .map(|s| if s.starts_with('{') { "x1" } else { s })
        .collect::<Vec<_>>()
        .join("/")
}

fn request(hub: &TestHub, op: &OperationInfo) -> reqwest::RequestBuilder {
    let method = Method::from_bytes(op.method.as_bytes()).expect("method");
    hub.client.request(method, hub.url(&concrete_path(op)))
}

#[test]
fn the_operation_table_lists_every_operation_of_the_document() {
    let doc = committed_document();
    let mut documented = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("path item") {
            documented.push((
                op["operationId"].as_str().expect("id").to_owned(),
                method.to_uppercase(),
                path.clone(),
                op["x-access"].as_str().expect("x-access").to_owned(),
            ));
        }
    }
    let table: Vec<_> = OPERATIONS
        .iter()
        .map(|op| {
            let access = match op.access {
                AccessLevel::Public => "public",
                AccessLevel::Authenticated => "authenticated",
                AccessLevel::LocalOnly => "local-only",
                AccessLevel::Media => "media",
            };
            (
                op.operation_id.to_owned(),
                op.method.to_owned(),
                op.path.to_owned(),
                access.to_owned(),
            )
        })
        .collect();
    assert_eq!(table, documented);
}

/// Pairs a device through the API and returns its access token.
async fn device_token(hub: &TestHub, device_id: &str) -> String {
    let armed: serde_json::Value = hub
        .client
        .post(hub.url("/api/auth/arm"))
        .send()
        .await
        .expect("arm")
        .json()
        .await
        .expect("json");
    let pair: serde_json::Value = hub
        .client
        .post(hub.url("/api/auth/pair"))
        .header("X-Forwarded-For", "203.0.113.7")
        .json(&serde_json::json!({
            "pairingCode": armed["pairingCode"],
            "deviceId": device_id,
            "deviceName": "matrix",
        }))
        .send()
        .await
        .expect("pair")
        .json()
        .await
        .expect("json");
    pair["accessToken"]
        .as_str()
        .expect("access token")
        .to_owned()
}

/// Whether the access guard turned the call away (as opposed to the operation itself
/// refusing it, like `403 not_a_device` for a logout without a device): every 401, and the
/// guard's own 403 codes. Reads the body, so it returns it too.
async fn refused_by_guard(response: reqwest::Response) -> (bool, u16, String) {
    let status = response.status().as_u16();
    let streaming = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/event-stream"));
    if streaming {
        // An event stream never ends; that it started at all means the guard let it in.
        return (false, status, String::new());
    }
    let body = response.text().await.expect("body");
    let guard_code = body.contains("\"local_only\"") || body.contains("\"forbidden_origin\"");
    (status == 401 || (status == 403 && guard_code), status, body)
}

fn changes_state(op: &OperationInfo) -> bool {
    !matches!(op.method, "GET" | "HEAD" | "OPTIONS")
}

/// Every operation, called as the desktop host and as each kind of remote caller, answers as
/// its access level says. New operations are covered as soon as they are in the document.
#[tokio::test]
async fn access_matrix_over_every_operation() {
    let static_token = "matrix-static-token-0123456789";
    let hub = TestHub::start_with(
        |c| c.auth.api_token = Some(static_token.to_owned()),
        std::sync::Arc::new(music_hub::clock::SystemClock),
    )
    .await;
    let mut device = device_token(&hub, "matrix-phone").await;
    for op in OPERATIONS {
        let local = request(&hub, op).send().await.expect("local call");
        let (refused, status, body) = refused_by_guard(local).await;
        assert!(
            !refused,
            "{} as local answered {status}: {body}",
            op.operation_id
        );

        // A web page of another origin, through the user's browser on this machine.
        let foreign = request(&hub, op)
            .header("Origin", "http://evil.example")
            .send()
            .await
            .expect("foreign origin call");
        let status = foreign.status().as_u16();
        // Media reads too: a page could learn through `<audio src>` which tracks exist, so
        // on the media routes it needs a media token, never the loopback privilege.
        if changes_state(op) || op.access == AccessLevel::Media {
            let body = foreign.text().await.expect("body");
            assert_eq!(
                status, 403,
                "{} with a foreign Origin: {body}",
                op.operation_id
            );
            assert!(
                body.contains("\"forbidden_origin\""),
                "{}: {body}",
                op.operation_id
            );
        } else {
            let (refused, status, body) = refused_by_guard(foreign).await;
            assert!(
                !refused,
                "{} read with a foreign Origin answered {status}: {body}",
                op.operation_id
            );
        }

        // Remote callers that hold a valid token: a paired device, and the static token.
        for (how, token) in [
            ("a device token", device.clone()),
            ("the static token", static_token.to_owned()),
        ] {
            let response = request(&hub, op)
                .header("X-Forwarded-For", "203.0.113.7")
                .bearer_auth(&token)
                .send()
                .await
                .expect("remote call with a token");
            let context = format!("{} remote with {how}", op.operation_id);
            let (refused, status, body) = refused_by_guard(response).await;
            match op.access {
                AccessLevel::LocalOnly => {
                    assert_eq!(status, 403, "{context}");
                    assert!(body.contains("\"local_only\""), "{context}: {body}");
                }
                _ => assert!(!refused, "{context} answered {status}: {body}"),
            }
        }
        if op.operation_id == "logout" {
            // That call really logged the device out; the rest of the matrix needs a new one.
            device = device_token(&hub, "matrix-phone-2").await;
        }

        let mut remote_calls: Vec<(String, reqwest::RequestBuilder)> = PROXY_HEADERS
            .iter()
            .map(|(name, value)| {
                (
                    format!("proxied via {name}"),
                    request(&hub, op).header(*name, *value),
                )
            })
            .collect();
        remote_calls.push((
            "with a foreign Host".into(),
            request(&hub, op).header("Host", "music.example.com"),
        ));
        remote_calls.push((
            "with a bearer token that is not ours".into(),
            request(&hub, op)
                .header("X-Forwarded-For", "203.0.113.7")
                .bearer_auth("v4.local.not-a-real-token"),
        ));
        for (how, call) in remote_calls {
            let response = call.send().await.expect("remote call");
            let status = response.status().as_u16();
            let context = format!("{} {how}", op.operation_id);
            match op.access {
                AccessLevel::Public => {
                    let (refused, status, body) = refused_by_guard(response).await;
                    assert!(!refused, "{context} answered {status}: {body}");
                }
                AccessLevel::LocalOnly => {
                    let body = response.text().await.expect("body");
                    assert_eq!(status, 403, "{context}: {body}");
                    assert!(body.contains("\"local_only\""), "{context}: {body}");
                }
                AccessLevel::Authenticated | AccessLevel::Media => {
                    assert_eq!(status, 401, "{context}");
                    let challenge = response
                        .headers()
                        .get("www-authenticate")
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or_default()
                        .to_owned();
                    assert!(challenge.starts_with("Bearer"), "{context}: {challenge}");
                }
            }
        }
    }
}

#[tokio::test]
async fn access_is_decided_before_inputs_are_parsed() {
    let hub = TestHub::start().await;
    // A remote caller learns nothing about the parameters: 401, not 400.
    let response = hub
        .client
        .get(hub.url("/api/tracks?limit=not-a-number"))
        .header("X-Forwarded-For", "203.0.113.7")
        .send()
        .await
        .expect("request");
    api_error(response, 401, "unauthorized").await;
}

#[tokio::test]
async fn a_foreign_web_page_cannot_use_the_loopback_privilege_to_change_state() {
    let hub = TestHub::start().await;
    let rebuild = |origin: &str| {
        hub.client
            .post(hub.url("/api/database/rebuild"))
            .header("Origin", origin.to_owned())
            .json(&serde_json::json!({"force": true}))
    };
    for origin in [
        "http://evil.example",
        "null",
        "https://localhost:1",
        "http://localhost:1",
    ] {
        let response = rebuild(origin).send().await.expect("request");
        api_error(response, 403, "forbidden_origin").await;
    }
    // The hub's own pages may.
    let own = format!("http://localhost:{}", hub.addr.port());
    assert_eq!(rebuild(&own).send().await.expect("request").status(), 200);
    // Reading is not changing: a GET with a foreign Origin is fine.
    let response = hub
        .client
        .get(hub.url("/api/info"))
        .header("Origin", "http://evil.example")
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 200);
}

//! The error vocabulary as an agent meets it: a parameter or body the hub cannot read is a
//! `400` naming the field, saying what the contract expects there and, for an enum, listing
//! the values it takes, in the hub's words rather than the framework's.

use serde_json::{json, Value};

use crate::common::{api_error, TestHub};

/// What no refusal may show: poem-openapi's own phrasing and Rust type names.
fn in_the_hubs_words(body: &Value) {
    let message = body["message"].as_str().unwrap_or_default();
    for framework in [
        "failed to parse",
        "Expect a valid enumeration",
        "Expected input type",
        "occurred while parsing",
        "int32",
    ] {
        assert!(!message.contains(framework), "framework text in {body}");
    }
}

#[tokio::test]
async fn a_bad_enum_value_names_the_parameter_and_lists_the_values() {
    let hub = TestHub::start().await;
    let body = api_error(
        hub.get("/api/tracks?sort=loudness").await,
        400,
        "invalid_parameter",
    )
    .await;
    in_the_hubs_words(&body);
    assert_eq!(body["details"]["parameter"], "sort", "{body}");
    let allowed: Vec<&str> = body["details"]["allowed"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    assert!(
        allowed.contains(&"title") && allowed.contains(&"addedAt"),
        "{body}"
    );
    let message = body["message"].as_str().unwrap_or_default();
    assert!(
        message.starts_with("The parameter `sort` must be one of `title`, "),
        "{body}"
    );
}

#[tokio::test]
async fn a_limit_that_is_not_a_number_or_out_of_range_says_what_it_must_be() {
    let hub = TestHub::start().await;
    for query in ["limit=many", "limit=0", "limit=501"] {
        let body = api_error(
            hub.get(&format!("/api/tracks?{query}")).await,
            400,
            "invalid_parameter",
        )
        .await;
        in_the_hubs_words(&body);
        assert_eq!(body["details"]["parameter"], "limit", "{body}");
        assert_eq!(
            body["details"]["expected"], "an integer from 1 to 500",
            "{body}"
        );
        assert_eq!(
            body["message"], "The parameter `limit` must be an integer from 1 to 500.",
            "{query}: {body}"
        );
        assert!(body["details"].get("allowed").is_none(), "{body}");
    }
}

async fn send(
    hub: &TestHub,
    method: reqwest::Method,
    path: &str,
    body: Value,
) -> reqwest::Response {
    reqwest::Client::new()
        .request(method, hub.url(path))
        .json(&body)
        .send()
        .await
        .expect("request")
}

/// The `400 invalid_body` a request with this body gets, checked to be in the hub's words.
async fn body_refusal(hub: &TestHub, method: reqwest::Method, path: &str, body: Value) -> Value {
    let refusal = api_error(send(hub, method, path, body).await, 400, "invalid_body").await;
    in_the_hubs_words(&refusal);
    refusal
}

#[tokio::test]
async fn a_body_field_of_the_wrong_type_is_named_with_what_it_must_be() {
    let hub = TestHub::start().await;
    let post = reqwest::Method::POST;

    let body = body_refusal(&hub, post.clone(), "/api/playlists", json!({"name": 5})).await;
    assert_eq!(body["details"]["parameter"], "name", "{body}");
    let message = body["message"].as_str().unwrap_or_default();
    assert!(
        message.starts_with("The body's `name` must be a string"),
        "{body}"
    );

    let body = body_refusal(&hub, post.clone(), "/api/playlists", json!({})).await;
    assert_eq!(body["details"]["parameter"], "name", "{body}");
    let message = body["message"].as_str().unwrap_or_default();
    assert!(
        message.starts_with("The body lacks `name`, which must be a string"),
        "{body}"
    );

    let body = body_refusal(
        &hub,
        post.clone(),
        "/api/playlists",
        json!({"name": "a", "nmae": "b"}),
    )
    .await;
    assert_eq!(body["details"]["parameter"], "nmae", "{body}");
    let message = body["message"].as_str().unwrap_or_default();
    assert!(message.contains("it takes `"), "{body}");

    let body = body_refusal(&hub, post, "/api/playlists", json!(["a list"])).await;
    assert_eq!(
        body["message"], "The body must be an object (`PlaylistCreate`).",
        "{body}"
    );
}

#[tokio::test]
async fn a_bad_enum_in_a_body_lists_the_values() {
    let hub = TestHub::start().await;
    let put = reqwest::Method::PUT;
    let body = body_refusal(
        &hub,
        put.clone(),
        "/api/playback/session",
        json!({"baseRevision": 0, "state": "dancing"}),
    )
    .await;
    assert_eq!(body["details"]["parameter"], "state", "{body}");
    let allowed = body["details"]["allowed"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(allowed.contains(&json!("playing")), "{body}");

    let body = body_refusal(
        &hub,
        put,
        "/api/playback/session",
        json!({"baseRevision": "first"}),
    )
    .await;
    assert_eq!(body["details"]["parameter"], "baseRevision", "{body}");
    let expected = body["details"]["expected"].as_str().unwrap_or_default();
    assert!(expected.starts_with("an integer"), "{body}");
}

#[tokio::test]
async fn a_field_with_a_default_is_named_too() {
    // poem-openapi reads a property with a default itself, and its refusal names only the
    // type; the hub finds the one property of that type with a default.
    let hub = TestHub::start().await;
    let body = body_refusal(
        &hub,
        reqwest::Method::POST,
        "/api/database/rebuild",
        json!({"force": "yes"}),
    )
    .await;
    assert_eq!(body["details"]["parameter"], "force", "{body}");
    assert_eq!(
        body["message"], "The body's `force` must be `true` or `false`.",
        "{body}"
    );
}

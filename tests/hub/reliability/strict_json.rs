//! JSON bodies are held to the contract before they are parsed: a key given twice is
//! refused (it used to mean whichever came last), and a body declared in another character
//! set than UTF-8 is `415` (a `charset=utf-16` body used to be read as UTF-8).

use crate::common::{api_error, TestHub};

async fn post_raw(hub: &TestHub, content_type: &str, body: &'static [u8]) -> reqwest::Response {
    hub.client
        .post(hub.url("/api/playlists"))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .expect("post")
}

#[tokio::test]
async fn a_key_given_twice_is_refused_and_nothing_is_created() {
    let hub = TestHub::start().await;
    let refused = api_error(
        post_raw(
            &hub,
            "application/json",
            br#"{"name": "Road trip", "name": "Gym"}"#,
        )
        .await,
        400,
        "invalid_body",
    )
    .await;
    assert_eq!(refused["details"]["parameter"], "name", "{refused}");
    let search = hub.get("/api/search?q=gym&types=playlist").await;
    let found = crate::common::json_with_status(search, 200).await;
    assert!(!found.to_string().contains("Gym"), "{found}");
    hub.stop().await;
}

#[tokio::test]
async fn a_body_in_another_charset_is_415() {
    let hub = TestHub::start().await;
    api_error(
        post_raw(
            &hub,
            "application/json; charset=utf-16",
            br#"{"name": "x"}"#,
        )
        .await,
        415,
        "unsupported_media_type",
    )
    .await;
    // UTF-8 said out loud is fine.
    let created = post_raw(
        &hub,
        "application/json; charset=UTF-8",
        br#"{"name": "Said out loud"}"#,
    )
    .await;
    assert_eq!(created.status(), 201);
    hub.stop().await;
}

#[tokio::test]
async fn a_number_or_a_boolean_where_the_contract_says_string_is_refused() {
    let hub = TestHub::start().await;
    for (body, field) in [
        (&br#"{"name": 1}"#[..], "name"),
        (br#"{"name": true}"#, "name"),
        (br#"{"name": "Mix", "trackIds": [1]}"#, "trackIds"),
        (br#"{"name": "Mix", "description": 2.5}"#, "description"),
    ] {
        let refused = api_error(
            post_raw(&hub, "application/json", body).await,
            400,
            "invalid_body",
        )
        .await;
        // The field, and what it must be: a string, or a list whose items are strings.
        let message = refused["message"].as_str().unwrap_or_default();
        assert_eq!(refused["details"]["parameter"], field, "{refused}");
        assert!(
            message.contains(&format!("`{field}` must be a"))
                && (message.ends_with("must be a string.")
                    || message.contains("must be a string of")
                    || message.contains("each a string")),
            "{refused}"
        );
    }
    // Nothing was created: the text "1" would have made a playlist named "1".
    let found =
        crate::common::json_with_status(hub.get("/api/search?q=1&types=playlist").await, 200).await;
    assert!(!found.to_string().contains(r#""name":"1""#), "{found}");
    hub.stop().await;
}

//! Liveness, info, the served contract and Swagger UI.

use crate::common::{api_error, committed_document, json_with_status, TestHub};
use serde_json::json;

#[tokio::test]
async fn ping_answers_ok_with_the_version() {
    let hub = TestHub::start().await;
    let body = json_with_status(hub.get("/api/ping").await, 200).await;
    assert_eq!(body["ok"], true);
    assert_eq!(body["version"], env!("CARGO_PKG_VERSION"));
}

#[tokio::test]
async fn info_reports_a_healthy_database_and_a_stable_hub_id() {
    let hub = TestHub::start().await;
    let body = json_with_status(hub.get("/api/info").await, 200).await;
    assert_eq!(body["databaseHealth"]["status"], "healthy", "{body}");
    assert_eq!(body["port"], hub.addr.port());
    assert_eq!(body["apiVersion"], committed_document()["info"]["version"]);
    let hub_id = body["hubId"].as_str().expect("hubId").to_owned();
    assert!(!hub_id.is_empty());

    // The id survives a restart on the same data dir.
    let dir = hub.data_dir();
    let keep = tempfile::tempdir().expect("temp");
    let copy = keep.path().join("data");
    std::fs::create_dir(&copy).expect("mkdir");
    std::fs::copy(dir.join("hub-id"), copy.join("hub-id")).expect("copy id");
    let again = TestHub::start_in(&copy).await;
    let body = json_with_status(again.get("/api/info").await, 200).await;
    assert_eq!(body["hubId"], hub_id.as_str());
}

#[tokio::test]
async fn the_served_contract_is_the_committed_document() {
    let hub = TestHub::start().await;
    let served = json_with_status(hub.get("/openapi.json").await, 200).await;
    assert_eq!(served, committed_document());
    // One relative server: Swagger UI's "Try it out" then calls the hub the page came
    // from, on any address and port (an absolute localhost:38472 failed on every other).
    let servers = served["servers"].as_array().expect("servers");
    assert_eq!(servers.len(), 1, "{servers:?}");
    assert_eq!(servers[0]["url"], "/");

    let yaml = hub.get("/openapi.yaml").await;
    assert_eq!(yaml.status(), 200);
    let text = yaml.text().await.expect("yaml body");
    let parsed: serde_json::Value = serde_yaml::from_str(&text).expect("yaml");
    assert_eq!(parsed, committed_document());
}

#[tokio::test]
async fn docs_serve_swagger_ui_for_the_contract() {
    let hub = TestHub::start().await;
    let page = hub.get("/docs/").await;
    assert_eq!(page.status(), 200);
    assert!(page
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html")));
    let html = page.text().await.expect("html");
    assert!(html.contains("swagger-ui"), "{html}");

    // The initializer points Swagger UI at our document.
    let init = hub.get("/docs/swagger-initializer.js").await;
    assert_eq!(init.status(), 200);
    assert!(init.text().await.expect("js").contains("/openapi.json"));

    // /docs itself leads to the UI.
    let no_redirects = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let redirect = no_redirects
        .get(hub.url("/docs"))
        .send()
        .await
        .expect("request");
    assert_eq!(redirect.status(), 308);
}

#[tokio::test]
async fn an_operation_not_built_yet_answers_501_not_implemented() {
    // Any operation the document still lists with 501 will do; when none is left, every
    // operation is built and there is nothing to check here.
    let Some(op) = music_hub::api::generated::OPERATIONS
        .iter()
        .find(|op| !op.implemented && op.method == "GET" && !op.path.contains('{'))
    else {
        return;
    };
    let hub = TestHub::start().await;
    let body = api_error(hub.get(op.path).await, 501, "not_implemented").await;
    assert!(
        body["message"]
            .as_str()
            .unwrap_or_default()
            .contains(op.operation_id),
        "{body}"
    );
}

#[tokio::test]
async fn bad_input_gets_a_json_400_naming_the_parameter() {
    let hub = TestHub::start().await;
    for query in ["limit=0", "limit=501", "limit=ten"] {
        let body = api_error(
            hub.get(&format!("/api/tracks?{query}")).await,
            400,
            "invalid_parameter",
        )
        .await;
        assert_eq!(body["details"]["parameter"], "limit", "{query}: {body}");
    }
    let body = api_error(
        hub.get("/api/tracks?sort=loudness").await,
        400,
        "invalid_parameter",
    )
    .await;
    assert_eq!(body["details"]["parameter"], "sort");
}

#[tokio::test]
async fn unknown_routes_and_methods_get_json_errors() {
    let hub = TestHub::start().await;
    api_error(hub.get("/api/no-such-thing").await, 404, "not_found").await;
    let response = hub
        .client
        .delete(hub.url("/api/ping"))
        .send()
        .await
        .expect("request");
    assert_eq!(
        response
            .headers()
            .get("allow")
            .and_then(|v| v.to_str().ok()),
        Some("GET")
    );
    api_error(response, 405, "method_not_allowed").await;
}

#[cfg(unix)]
#[tokio::test]
async fn a_new_data_dir_is_private_to_its_owner() {
    use std::os::unix::fs::PermissionsExt;
    let parent = tempfile::tempdir().expect("temp");
    let data_dir = parent.path().join("new/data");
    let hub = crate::common::TestHub::start_in(&data_dir).await;
    let mode = std::fs::metadata(&data_dir)
        .expect("created")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o700, "mode {mode:o}");
    hub.stop().await;
}

#[tokio::test]
async fn info_lists_every_library_folder_with_its_state_for_the_desktop_only() {
    let music = tempfile::tempdir().expect("folder");
    let typo = music.path().with_file_name("no-such-music-folder");
    let file = music.path().join("a-file.txt");
    std::fs::write(&file, b"not a folder").expect("file");
    let (given, missing, not_a_folder) = (music.path().to_owned(), typo.clone(), file.clone());
    let hub = TestHub::start_with(
        move |config| config.libraries = vec![given, missing, not_a_folder],
        std::sync::Arc::new(music_hub::clock::SystemClock),
    )
    .await;
    let info = json_with_status(hub.get("/api/info").await, 200).await;
    let libraries = info["libraries"].as_array().expect("libraries");
    let state_of = |path: &std::path::Path| {
        libraries
            .iter()
            .find(|l| {
                l["absolutePath"].as_str().is_some_and(|p| {
                    std::path::Path::new(p).ends_with(path.file_name().expect("name"))
                })
            })
            .map(|l| (l["state"].clone(), l["problem"].is_string()))
    };
    assert_eq!(libraries.len(), 3, "{info}");
    assert_eq!(
        state_of(music.path()),
        Some((json!("available"), false)),
        "{info}"
    );
    assert_eq!(state_of(&typo), Some((json!("missing"), true)), "{info}");
    assert_eq!(state_of(&file), Some((json!("missing"), true)), "{info}");

    // An anonymous caller on the LAN learns nothing about the person's folders.
    let remote = crate::common::remote(&hub, reqwest::Method::GET, "/api/info")
        .send()
        .await
        .expect("info");
    let public = json_with_status(remote, 200).await;
    assert!(public.get("libraries").is_none(), "{public}");
    hub.stop().await;
}

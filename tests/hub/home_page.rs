//! The home page (`GET /`) over plain HTTP, as a browser without JavaScript reads it: the
//! desktop's own visitor sees the folders with their tracks, the last scan, the pairing
//! code, the devices and the shares with their current values; any other visitor (through
//! a relay, or by a name that is not a loopback name) sees the hub's name and how to pair,
//! and nothing private. The page's buttons are API calls under the API's origin rules.

use reqwest::Method;
use serde_json::{json, Value};

use crate::common::{
    all_tracks, arm, finished_scan, fixture_library, hub_on, json_with_status, pair, TestHub,
};

async fn page(response: reqwest::Response) -> String {
    assert_eq!(response.status(), 200);
    let content_type = response.headers()["content-type"]
        .to_str()
        .unwrap_or_default()
        .to_owned();
    assert!(content_type.starts_with("text/html"), "{content_type}");
    let csp = response.headers()["content-security-policy"]
        .to_str()
        .unwrap_or_default()
        .to_owned();
    assert!(csp.contains("script-src 'self'"), "{csp}");
    assert_eq!(response.headers()["cache-control"], "no-store");
    response.text().await.expect("html")
}

/// The text of the first element after `marker` (up to its closing tag).
fn text_after<'a>(html: &'a str, marker: &str) -> Option<&'a str> {
    let start = html.find(marker)? + marker.len();
    let open_end = html[start..].find('>')? + start + 1;
    let close = html[open_end..].find('<')? + open_end;
    Some(html[open_end..close].trim())
}

/// Text as the page's escaping writes it (minijinja escapes `/` too).
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
        .replace('/', "&#x2f;")
}

/// The `<li>` of a folder, by the folder's id.
fn folder_row<'a>(html: &'a str, id: &str) -> &'a str {
    let marker = format!("<li data-id=\"{id}\"");
    let start = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no folder {id} in {html}"));
    let end = html[start..].find("</li>").expect("end of row") + start;
    &html[start..end]
}

#[tokio::test]
async fn the_desktop_reads_folders_scan_pairing_devices_and_shares() {
    let library = fixture_library();
    let hub = hub_on(library.path(), false).await;
    let scan = finished_scan(&hub).await;

    let html = page(hub.get("/").await).await;
    let info = json_with_status(hub.get("/api/info").await, 200).await;
    let browse = json_with_status(hub.get("/api/browse").await, 200).await;
    assert!(html.contains(info["version"].as_str().expect("version")));
    assert_eq!(text_after(&html, "id=\"health-status\""), Some("healthy"));
    assert!(
        !html.contains("id=\"rebuild\""),
        "no recovery on a healthy database"
    );

    let libraries = info["libraries"].as_array().expect("libraries");
    assert!(!libraries.is_empty());
    for folder in libraries {
        let id = folder["id"].as_str().expect("id");
        let row = folder_row(&html, id);
        assert!(
            row.contains(&format!(
                "data-state=\"{}\"",
                folder["state"].as_str().unwrap_or_default()
            )),
            "{row}"
        );
        assert_eq!(text_after(row, "class=\"name\""), folder["name"].as_str());
        let path = folder["absolutePath"].as_str().expect("path");
        assert!(row.contains(&escaped(path)), "{row}");
        let root = browse["roots"]
            .as_array()
            .and_then(|roots| roots.iter().find(|r| r["id"] == id))
            .expect("the root in /api/browse");
        let shown: i64 = text_after(row, "class=\"tracks\"")
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no track count in {row}"));
        assert_eq!(Some(shown), root["trackCount"].as_i64());
        assert_eq!(shown as usize, all_tracks(&hub).await.len());
    }
    assert_eq!(text_after(&html, "id=\"scan-state\""), Some("completed"));
    assert!(html.contains(&format!(
        "data-scan=\"{}\"",
        scan["scanId"].as_str().expect("scan id")
    )));
    assert!(
        html.contains("value=\"100"),
        "a completed scan's bar is at its end"
    );
    assert!(html.contains("id=\"scan-now\""));
    assert!(html.contains("href=\"/docs/\""));

    // Not armed: no code. Armed: the code, and its QR code.
    assert_eq!(text_after(&html, "id=\"pairing-code\""), Some(""));
    let armed = arm(&hub, 10).await;
    let code = armed["pairingCode"].as_str().expect("code");
    let html = page(hub.get("/").await).await;
    assert_eq!(text_after(&html, "id=\"pairing-code\""), Some(code));
    assert!(html.contains("src=\"/api/connect/qr\""));
    let qr = hub.get("/api/connect/qr").await;
    assert_eq!(qr.status(), 200);

    // A device pairs: it is listed; a share is made: it is listed.
    json_with_status(pair(&hub, code, "home-phone").await, 200).await;
    let tracks = all_tracks(&hub).await;
    let track = &tracks[0];
    let shared = hub
        .client
        .post(hub.url("/api/shares"))
        .json(&json!({ "kind": "track", "itemId": track["id"] }))
        .send()
        .await
        .expect("share");
    let shared = json_with_status(shared, 201).await;
    let html = page(hub.get("/").await).await;
    assert!(html.contains("<li data-id=\"home-phone\">"), "{html}");
    assert!(html.contains(&format!(
        "href=\"{}\"",
        escaped(shared["pageUrl"].as_str().expect("page url"))
    )));
    assert!(html.contains(&escaped(track["title"].as_str().expect("title"))));
}

fn private_parts(html: &str, hub: &TestHub, code: &str, library: &std::path::Path) {
    assert!(html.contains("Music Hub"));
    assert!(html.contains("id=\"how-to-pair\""), "{html}");
    for private in [
        code,
        "home-phone",
        "id=\"folders\"",
        "id=\"pairing-code\"",
        "home.js",
        "/api/connect/qr",
        &library.to_string_lossy(),
        &hub.hub.hub_id,
    ] {
        assert!(
            !html.contains(private) && !html.contains(&escaped(private)),
            "{private:?} shown to a visitor: {html}"
        );
    }
}

#[tokio::test]
async fn other_visitors_see_how_to_pair_and_nothing_private() {
    let library = fixture_library();
    let hub = hub_on(library.path(), false).await;
    finished_scan(&hub).await;
    let code = arm(&hub, 10).await["pairingCode"]
        .as_str()
        .expect("code")
        .to_owned();
    json_with_status(pair(&hub, &code, "home-phone").await, 200).await;
    let code = arm(&hub, 10).await["pairingCode"]
        .as_str()
        .expect("code")
        .to_owned();

    let relayed = hub
        .client
        .get(hub.url("/"))
        .header("X-Forwarded-For", "192.0.2.10")
        .send()
        .await
        .expect("page");
    private_parts(&page(relayed).await, &hub, &code, library.path());

    for host in ["hub.test", "192.168.1.20", "evil.localhost.example"] {
        let by_name = hub
            .client
            .get(hub.url("/"))
            .header("Host", format!("{host}:{}", hub.addr.port()))
            .send()
            .await
            .expect("page");
        private_parts(&page(by_name).await, &hub, &code, library.path());
    }

    // The same hub still shows all of it to the desktop.
    let html = page(hub.get("/").await).await;
    assert_eq!(
        text_after(&html, "id=\"pairing-code\""),
        Some(code.as_str())
    );
}

#[tokio::test]
async fn the_page_scripts_and_styles_are_the_hubs_own() {
    let hub = TestHub::start().await;
    for (path, kind) in [
        ("/home-assets/home.js", "text/javascript"),
        ("/home-assets/home.css", "text/css"),
        ("/share-assets/player.css", "text/css"),
    ] {
        let response = hub.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        let content_type = response.headers()["content-type"]
            .to_str()
            .unwrap_or_default()
            .to_owned();
        assert!(content_type.starts_with(kind), "{path}: {content_type}");
    }
    let html = page(hub.get("/").await).await;
    assert!(
        !html.contains("src=\"http") && !html.contains("href=\"http"),
        "nothing from elsewhere: {html}"
    );
    assert!(
        !html.contains("<script>"),
        "no inline script under the CSP: {html}"
    );
    // No music folder: the page says how to add one.
    assert!(html.contains("id=\"no-folders\""));
}

#[tokio::test]
async fn the_page_buttons_follow_the_origin_rules_of_the_api() {
    let hub = TestHub::start().await;
    let port = hub.addr.port();
    let call = |origin: String| {
        hub.client
            .request(Method::POST, hub.url("/api/auth/arm"))
            .header("Origin", origin)
            .json(&json!({ "minutes": 10 }))
            .send()
    };
    // The page's own origin, by either loopback name, may arm.
    for origin in [
        format!("http://127.0.0.1:{port}"),
        format!("http://localhost:{port}"),
    ] {
        json_with_status(call(origin).await.expect("arm"), 200).await;
    }
    // Another site's page may not, nor the page when it was reached by another name.
    for origin in [
        "http://evil.example".to_owned(),
        format!("http://hub.test:{port}"),
    ] {
        let refused: Value = json_with_status(call(origin).await.expect("arm"), 403).await;
        assert_eq!(refused["error"], "forbidden_origin", "{refused}");
    }
}

#[tokio::test]
async fn a_faulted_database_shows_the_recovery_and_the_rest_of_the_page() {
    let dir = tempfile::tempdir().expect("temp");
    std::fs::write(
        dir.path().join("music-hub.db"),
        b"this is not a database, it is a shopping list".repeat(100),
    )
    .expect("write");
    let hub = TestHub::start_in(dir.path()).await;
    let html = page(hub.get("/").await).await;
    assert_eq!(text_after(&html, "id=\"health-status\""), Some("faulted"));
    assert!(html.contains("id=\"rebuild\""), "{html}");
    assert!(html.contains("The devices cannot be read"), "{html}");
    // The button's call: a rebuild from the page's origin, and the page is healthy after.
    let rebuilt = hub
        .client
        .post(hub.url("/api/database/rebuild"))
        .header("Origin", format!("http://127.0.0.1:{}", hub.addr.port()))
        .send()
        .await
        .expect("rebuild");
    json_with_status(rebuilt, 200).await;
    let html = page(hub.get("/").await).await;
    assert_eq!(text_after(&html, "id=\"health-status\""), Some("healthy"));
    assert!(!html.contains("id=\"rebuild\""));
    drop(hub);
}

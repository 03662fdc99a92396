//! The share page (`GET /share/{kind}/{id}`) as a link-preview bot and a browser fetch it:
//! Open Graph and Twitter tags from a plain HTTP fetch, the page's headers, the share's
//! cover without a token, escaping of catalogue values, and the same "no longer available"
//! page for unknown, deleted and protected-but-unknown shares.

use std::sync::Arc;

use lofty::config::WriteOptions;
use lofty::file::{AudioFile, TaggedFileExt};
use lofty::tag::Accessor;
use music_hub::clock::SystemClock;
use music_hub::library::generate;
use reqwest::Method;
use serde_json::{json, Value};

use crate::common::{
    all_tracks, by_title, finished_scan, fixture_library, json_with_status, TestHub,
};

const EVIL: &str = "\"><script>alert(1)</script>";

fn bot(hub: &TestHub, path: &str) -> reqwest::RequestBuilder {
    hub.client
        .request(Method::GET, hub.url(path))
        .header("X-Forwarded-For", "198.51.100.30")
        .header("User-Agent", "facebookexternalhit/1.1")
}

async fn share(hub: &TestHub, body: Value) -> String {
    let response = hub
        .client
        .post(hub.url("/api/shares"))
        .json(&body)
        .send()
        .await
        .expect("create");
    let share = json_with_status(response, 201).await;
    share["id"].as_str().expect("id").to_owned()
}

/// An attribute's text as an HTML parser reads it (the entities the page's escaping writes).
fn unescape(text: &str) -> String {
    text.replace("&#x2f;", "/")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The `content` of a `<meta>` with this `property` (or `name`), unescaped.
fn meta(html: &str, property: &str) -> Option<String> {
    let marker = format!("property=\"{property}\" content=\"");
    let marker_name = format!("name=\"{property}\" content=\"");
    let start = html
        .find(&marker)
        .map(|at| at + marker.len())
        .or_else(|| html.find(&marker_name).map(|at| at + marker_name.len()))?;
    let end = html[start..].find('"')? + start;
    Some(unescape(&html[start..end]))
}

async fn gone(hub: &TestHub, path: String) -> String {
    let response = bot(hub, &path).send().await.expect("page");
    assert_eq!(response.status(), 404, "{path}");
    response.text().await.expect("html")
}

#[tokio::test]
async fn bots_read_open_graph_tags_and_values_are_escaped() {
    let library = fixture_library();
    // A track whose tags try to break out of the page.
    let evil_dir = library.path().join("Music/Evil/Album");
    std::fs::create_dir_all(&evil_dir).expect("mkdir");
    let evil_file = evil_dir.join("01 evil.mp3");
    std::fs::copy(
        generate::fixtures_dir().join("Beyoncé/Dangerously in Love/01 Crazy in Love.mp3"),
        &evil_file,
    )
    .expect("copy");
    let mut file = lofty::read_from_path(&evil_file).expect("read");
    let tag = file.primary_tag_mut().expect("a tag");
    tag.set_title(EVIL.to_owned());
    tag.set_album(format!("Album {EVIL}"));
    tag.set_artist("A & B".to_owned());
    file.save_to_path(&evil_file, WriteOptions::default())
        .expect("save");

    let music = library.path().join("Music");
    let hub = TestHub::start_with(
        move |config| {
            config.libraries = vec![music];
            config.watch = false;
            config.public_url = Some("https://music.example.org/".into());
        },
        Arc::new(SystemClock),
    )
    .await;
    finished_scan(&hub).await;
    let tracks = by_title(&all_tracks(&hub).await);

    // The album with a cover: tags, headers and the cover a bot fetches without a token.
    let book = tracks["夜に駆ける"]["album"]["id"]
        .as_str()
        .expect("album")
        .to_owned();
    let id = share(&hub, json!({ "kind": "album", "itemId": book })).await;
    let response = bot(&hub, &format!("/share/album/{id}"))
        .send()
        .await
        .expect("page");
    assert_eq!(response.status(), 200);
    let headers = response.headers().clone();
    assert!(headers["content-type"]
        .to_str()
        .expect("ascii")
        .starts_with("text/html"));
    let csp = headers["content-security-policy"].to_str().expect("ascii");
    assert!(
        csp.contains("default-src 'self'") && csp.contains("script-src 'self'"),
        "{csp}"
    );
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["referrer-policy"], "no-referrer");
    let html = response.text().await.expect("html");
    assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"));
    assert!(html.contains("<title>THE BOOK</title>"), "{html}");
    assert_eq!(meta(&html, "og:title").as_deref(), Some("THE BOOK"));
    assert_eq!(meta(&html, "og:type").as_deref(), Some("music.album"));
    assert_eq!(
        meta(&html, "og:description").as_deref(),
        Some("Album by YOASOBI · 1 track · 0 min")
    );
    let page_url = format!("https://music.example.org/share/album/{id}");
    assert_eq!(meta(&html, "og:url"), Some(page_url.clone()));
    let image = meta(&html, "og:image").expect("an og:image");
    assert_eq!(image, format!("{page_url}/cover"));
    assert_eq!(
        meta(&html, "twitter:card").as_deref(),
        Some("summary_large_image")
    );
    assert!(html.contains("夜に駆ける"), "the track list is in the HTML");
    // No inline script: only the hub's own player.
    assert_eq!(html.matches("<script").count(), 1);
    assert!(html.contains("<script src=\"/share-assets/player.js\" defer></script>"));
    let cover = bot(&hub, &format!("/share/album/{id}/cover"))
        .send()
        .await
        .expect("cover");
    assert_eq!(cover.status(), 200);
    assert!(cover.headers()["content-type"]
        .to_str()
        .expect("ascii")
        .starts_with("image/"));
    assert!(!cover.bytes().await.expect("bytes").is_empty());
    let player = bot(&hub, "/share-assets/player.js")
        .send()
        .await
        .expect("js");
    assert_eq!(player.status(), 200);
    assert!(player.headers()["content-type"]
        .to_str()
        .expect("ascii")
        .starts_with("text/javascript"));

    // The hostile titles render as text, in the body and in attributes.
    let evil_track = tracks[EVIL]["id"].as_str().expect("id").to_owned();
    let id = share(&hub, json!({ "kind": "track", "itemId": evil_track })).await;
    let html = bot(&hub, &format!("/share/track/{id}"))
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("html");
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(!html.contains("\"><script"), "{html}");
    assert!(
        html.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"),
        "{html}"
    );
    assert!(html.contains("A &amp; B"), "{html}");
    assert_eq!(meta(&html, "og:type").as_deref(), Some("music.song"));
    assert_eq!(meta(&html, "og:title").as_deref(), Some(EVIL));

    // Unknown, deleted and wrong-kind shares get the same page, with 404.
    let unknown = gone(&hub, "/share/album/shr_AAAAAAAAAAAAAAAAAAAAAA".into()).await;
    assert!(unknown.contains("This link is no longer available"));
    assert!(!unknown.contains("og:title"));
    let wrong_kind = gone(&hub, format!("/share/album/{id}")).await;
    assert_eq!(wrong_kind, unknown);
    let deleted = hub
        .client
        .delete(hub.url(&format!("/api/shares/{id}")))
        .send()
        .await
        .expect("delete");
    assert_eq!(deleted.status(), 204);
    assert_eq!(gone(&hub, format!("/share/track/{id}")).await, unknown);
    assert_eq!(gone(&hub, format!("/share/nonsense/{id}")).await, unknown);

    // A protected share shows nothing of its item before the password.
    let protected = share(
        &hub,
        json!({ "kind": "album", "itemId": book, "password": "pw" }),
    )
    .await;
    let html = bot(&hub, &format!("/share/album/{protected}"))
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("html");
    assert!(
        !html.contains("THE BOOK") && !html.contains("夜に駆ける"),
        "{html}"
    );
    assert!(meta(&html, "og:image").is_none());
    let cover = bot(&hub, &format!("/share/album/{protected}/cover"))
        .send()
        .await
        .expect("cover");
    assert_eq!(cover.status(), 404);
}

//! A real browser on the home page: Debian's `chromium`, driven through `chromedriver`,
//! opens `/` at `127.0.0.1` on a hub with the fixture library, reads the folders and their
//! track counts from the page and compares them with the API, presses "Scan now" and
//! watches the progress bar reach its end for that scan, arms pairing and reads the code,
//! sees a device that pairs through the API appear in the list and revokes it from the
//! page. Then the same browser opens the page by a name that is not a loopback name and
//! finds no pairing code, no paths and no devices. The values read from the page are the
//! assertions.
//!
//! In CI (`CI=true`) a missing chromium or chromedriver fails the test; elsewhere it is
//! skipped with the reason.

use std::time::Duration;

use serde_json::{json, Value};

use crate::common::{
    arm, cannot_run, finished_scan, fixture_library, hub_on, json_with_status, pair,
};
use crate::webdriver::{browser_installed, Driver, Session, HUB_HOST};

const WAIT: Duration = Duration::from_secs(30);

/// Every folder row as the page shows it.
const READ_FOLDERS: &str =
    "return Array.from(document.querySelectorAll('#folders li')).map(li => ({
    id: li.dataset.id,
    state: li.dataset.state,
    name: li.querySelector('.name').textContent,
    path: li.querySelector('.path').textContent,
    tracks: Number(li.querySelector('.tracks').textContent),
}))";

async fn folders_match_the_api(session: &Session<'_>, hub: &crate::common::TestHub) {
    let info = json_with_status(hub.get("/api/info").await, 200).await;
    let browse = json_with_status(hub.get("/api/browse").await, 200).await;
    let expected: Vec<Value> = info["libraries"]
        .as_array()
        .expect("libraries")
        .iter()
        .map(|folder| {
            let tracks = browse["roots"]
                .as_array()
                .and_then(|roots| roots.iter().find(|r| r["id"] == folder["id"]))
                .map_or(json!(0), |root| root["trackCount"].clone());
            json!({
                "id": folder["id"],
                "state": folder["state"],
                "name": folder["name"],
                "path": folder["absolutePath"],
                "tracks": tracks,
            })
        })
        .collect();
    assert!(!expected.is_empty());
    assert!(expected.iter().all(|f| f["tracks"].as_i64() > Some(0)));
    assert_eq!(session.run(READ_FOLDERS).await, json!(expected));
}

#[tokio::test]
async fn chromium_reads_the_home_page_scans_and_pairs_a_device() {
    const TEST: &str = "chromium_reads_the_home_page_scans_and_pairs_a_device";
    if !browser_installed() {
        return cannot_run(
            TEST,
            "chromium and chromedriver are needed (apt-get install chromium chromium-driver)",
        );
    }
    let library = fixture_library();
    let music = library.path().join("Music");
    let hub = hub_on(library.path(), false).await;
    let startup = finished_scan(&hub).await;
    let startup_id = startup["scanId"].as_str().expect("scan id").to_owned();

    let driver = Driver::start().expect("start chromedriver");
    let session = Session::open(&driver).await;
    session
        .go(&format!("http://127.0.0.1:{}/", hub.addr.port()))
        .await;
    session
        .until(
            "return document.readyState === 'complete' \
             && document.querySelectorAll('#folders li').length > 0",
            WAIT,
            "the folder list",
        )
        .await;
    folders_match_the_api(&session, &hub).await;
    assert_eq!(
        session
            .run("return document.getElementById('scan-progress').dataset.scan")
            .await,
        json!(startup_id)
    );

    // "Scan now": the bar follows the new scan to its end.
    session
        .run("document.getElementById('scan-now').click(); return true")
        .await;
    session
        .until(
            &format!(
                "const bar = document.getElementById('scan-progress'); \
                 return bar.dataset.scan !== '' && bar.dataset.scan !== '{startup_id}' \
                 && bar.dataset.phase === 'completed' && bar.value === bar.max \
                 && document.getElementById('scan-state').textContent === 'completed'"
            ),
            WAIT,
            "the scan's end on the progress bar",
        )
        .await;
    let bar = session
        .run(
            "const bar = document.getElementById('scan-progress'); \
             return { value: bar.value, max: bar.max, scan: bar.dataset.scan }",
        )
        .await;
    let status = finished_scan(&hub).await;
    assert_eq!(bar["scan"], status["scanId"], "{bar} {status}");
    assert_eq!(bar["value"], bar["max"]);
    assert_eq!(bar["max"], json!(100));
    assert_eq!(status["state"], "completed");
    assert_ne!(status["scanId"], json!(startup_id));
    folders_match_the_api(&session, &hub).await;

    // Pairing: the page arms it and shows the code, its QR code and the countdown.
    session
        .run("document.getElementById('arm').click(); return true")
        .await;
    session
        .until(
            "return document.getElementById('pairing-code').textContent.length > 0 \
             && !document.getElementById('pairing-armed').hidden \
             && document.querySelector('#pairing-qr svg, #pairing-qr img') !== null",
            WAIT,
            "the pairing code",
        )
        .await;
    let code = session
        .run("return document.getElementById('pairing-code').textContent")
        .await;
    let code = code.as_str().expect("code text").to_owned();
    let auth = json_with_status(hub.get("/api/auth/status").await, 200).await;
    assert_eq!(auth["pairingCode"], json!(code));
    let countdown = session
        .run("return document.getElementById('pairing-countdown').textContent")
        .await;
    let countdown = countdown.as_str().unwrap_or_default().to_owned();
    let (minutes, seconds) = countdown
        .split_once(':')
        .unwrap_or_else(|| panic!("countdown {countdown:?}"));
    let minutes: i64 = minutes.parse().expect("minutes");
    assert!((9..=10).contains(&minutes), "{countdown}");
    assert_eq!(seconds.len(), 2, "{countdown}");

    // A device pairs through the API with the code read from the page: it shows up.
    json_with_status(pair(&hub, &code, "browser-phone").await, 200).await;
    session
        .until(
            "return document.querySelector('#devices li[data-id=\"browser-phone\"]') !== null",
            WAIT,
            "the paired device in the list",
        )
        .await;
    let name = session
        .run("return document.querySelector('#devices li[data-id=\"browser-phone\"] .name').textContent")
        .await;
    assert_eq!(name, "automation");

    // Revoking from the page asks twice, then the device is gone from the list and the API.
    let revoke = "document.querySelector('#devices li[data-id=\"browser-phone\"] button.revoke').click(); return true";
    session.run(revoke).await;
    session.run(revoke).await;
    session
        .until(
            "return document.querySelector('#devices li[data-id=\"browser-phone\"]') === null",
            WAIT,
            "the revoked device leaving the list",
        )
        .await;
    let devices =
        json_with_status(hub.get("/api/auth/devices?includeRevoked=true").await, 200).await;
    assert_eq!(devices["items"][0]["id"], "browser-phone");
    assert_eq!(devices["items"][0]["revoked"], true);

    // The same browser, by a name that is not a loopback name: how to pair, nothing private.
    let code = arm(&hub, 10).await["pairingCode"]
        .as_str()
        .expect("code")
        .to_owned();
    session
        .go(&format!("http://{HUB_HOST}:{}/", hub.addr.port()))
        .await;
    session
        .until(
            "return document.readyState === 'complete' \
             && document.getElementById('how-to-pair') !== null",
            WAIT,
            "the visitor's page",
        )
        .await;
    let seen = session
        .run(
            "return { text: document.body.innerText, html: document.documentElement.outerHTML, \
             private: document.querySelectorAll('#folders, #pairing-code, #devices, #pairing-qr, #scan-now').length, \
             scripts: document.scripts.length, title: document.getElementById('hub-name').textContent }",
        )
        .await;
    assert_eq!(seen["title"], "Music Hub");
    assert_eq!(seen["private"], 0, "{seen}");
    assert_eq!(seen["scripts"], 0, "{seen}");
    let html = seen["html"].as_str().unwrap_or_default();
    let text = seen["text"].as_str().unwrap_or_default();
    assert!(text.contains("Arm pairing"), "{text}");
    for private in [
        code.as_str(),
        "automation",
        "browser-phone",
        &music.to_string_lossy(),
    ] {
        assert!(
            !html.contains(private),
            "{private:?} shown to a visitor: {html}"
        );
    }
    session.close().await;
}

//! Trust: the pairing flow from the reference, tokens (expiry, rotation, reuse, revocation,
//! logout), the static API token, devices and the pairing QR codes, on a real hub.

use std::sync::Arc;
use std::time::Duration;

use music_hub::clock::{ManualClock, SystemClock};
use serde_json::{json, Value};

use crate::common::{
    api_error, arm, arm_code, json_with_status, pair, pair_refused, paired, remote, TestHub,
};

/// Any authenticated operation: the tests only care whether the guard lets the call in.
const AUTHENTICATED: &str = "/api/tracks?limit=5";

async fn refresh(hub: &TestHub, device_id: &str, refresh_token: &str) -> reqwest::Response {
    remote(hub, reqwest::Method::POST, "/api/auth/refresh")
        .json(&json!({"deviceId": device_id, "refreshToken": refresh_token}))
        .send()
        .await
        .expect("refresh")
}

async fn call_with(hub: &TestHub, token: &str) -> reqwest::Response {
    remote(hub, reqwest::Method::GET, AUTHENTICATED)
        .bearer_auth(token)
        .send()
        .await
        .expect("call")
}

/// The guard let the call through (what the operation then answers is its own business).
fn assert_admitted(response: &reqwest::Response, context: &str) {
    let status = response.status().as_u16();
    assert!(
        status != 401 && status != 403,
        "{context}: answered {status}"
    );
}

/// A refresh that must fail with `code`.
async fn refresh_refused(hub: &TestHub, device_id: &str, refresh_token: &str, code: &str) -> Value {
    api_error(refresh(hub, device_id, refresh_token).await, 401, code).await
}

/// A call with `access_token` that must fail with `code`.
async fn call_refused(hub: &TestHub, access_token: &str, code: &str) -> Value {
    api_error(call_with(hub, access_token).await, 401, code).await
}

/// Neither of the device's tokens works any more: both answer `device_revoked`.
async fn assert_device_locked_out(hub: &TestHub, device_id: &str, pair: &Value) {
    call_refused(hub, &token(pair, "accessToken"), "device_revoked").await;
    refresh_refused(
        hub,
        device_id,
        &token(pair, "refreshToken"),
        "device_revoked",
    )
    .await;
}

fn token(pair: &Value, name: &str) -> String {
    pair[name]
        .as_str()
        .unwrap_or_else(|| panic!("{name} in {pair}"))
        .to_owned()
}

#[tokio::test]
async fn the_pairing_flow_from_the_reference() {
    let hub = TestHub::start().await;
    // Without a token a remote caller is refused.
    api_error(
        remote(&hub, reqwest::Method::GET, AUTHENTICATED)
            .send()
            .await
            .expect("call"),
        401,
        "unauthorized",
    )
    .await;

    // 1. Arm pairing locally.
    let armed = arm(&hub, 30).await;
    let code = armed["pairingCode"].as_str().expect("code").to_owned();
    assert_eq!(armed["hubId"], hub.hub.hub_id.as_str());
    // 2. Exchange the code for tokens.
    let pair = json_with_status(pair(&hub, &code, "agent-1").await, 200).await;
    assert_eq!(pair["tokenType"], "Bearer");
    assert_eq!(pair["device"]["id"], "agent-1");
    assert_eq!(pair["device"]["name"], "automation");
    let access = token(&pair, "accessToken");
    assert!(access.starts_with("v4.local."), "{access}");
    // 3. Use the access token.
    assert_admitted(&call_with(&hub, &access).await, "with the access token");
    // 4. Refresh, and call again with the new access token.
    let renewed = json_with_status(
        refresh(&hub, "agent-1", &token(&pair, "refreshToken")).await,
        200,
    )
    .await;
    assert_ne!(renewed["accessToken"], pair["accessToken"]);
    assert_ne!(renewed["refreshToken"], pair["refreshToken"]);
    assert_admitted(
        &call_with(&hub, &token(&renewed, "accessToken")).await,
        "after refresh",
    );
}

#[tokio::test]
async fn a_pairing_code_is_single_use_and_dies_with_its_window() {
    let clock = ManualClock::starting_now();
    let hub = TestHub::start_with(|_| {}, clock.clone()).await;

    let code = arm_code(&hub, 30).await;
    json_with_status(pair(&hub, &code, "phone").await, 200).await;
    pair_refused(&hub, &code, "another").await;

    // Re-arming replaces the code.
    let old = arm_code(&hub, 5).await;
    let new = arm_code(&hub, 1).await;
    pair_refused(&hub, &old, "tablet").await;
    // The window closes after its minutes.
    clock.advance(Duration::from_secs(61));
    pair_refused(&hub, &new, "tablet").await;

    // Disarming ends it at once.
    let code = arm_code(&hub, 10).await;
    let disarm = hub
        .client
        .post(hub.url("/api/auth/disarm"))
        .send()
        .await
        .expect("disarm");
    assert_eq!(disarm.status(), 204);
    pair_refused(&hub, &code, "tablet").await;
    // And with nothing armed, any code is simply invalid.
    pair_refused(&hub, "abcdefgh", "tablet").await;
}

#[tokio::test]
async fn the_arm_window_is_validated() {
    let hub = TestHub::start().await;
    for minutes in [0, 61, -1] {
        let response = hub
            .client
            .post(hub.url("/api/auth/arm"))
            .json(&json!({ "minutes": minutes }))
            .send()
            .await
            .expect("arm");
        api_error(response, 400, "invalid_body").await;
    }
    // No body arms for the default ten minutes.
    let response = hub
        .client
        .post(hub.url("/api/auth/arm"))
        .send()
        .await
        .expect("arm");
    let armed = json_with_status(response, 200).await;
    let expires: chrono::DateTime<chrono::Utc> = armed["expiresAt"]
        .as_str()
        .expect("expiry")
        .parse()
        .expect("date");
    let minutes = (expires - chrono::Utc::now()).num_seconds() as f64 / 60.0;
    assert!((9.5..=10.0).contains(&minutes), "{minutes}");
}

#[tokio::test]
async fn wrong_codes_are_limited_per_address_and_per_window() {
    let hub = TestHub::start().await;
    let code = arm_code(&hub, 10).await;
    for _ in 0..5 {
        pair_refused(&hub, "wrongcod", "x").await;
    }
    // This address has used its tries: even the right code is refused, with a delay.
    let refused = pair(&hub, &code, "x").await;
    let retry_after: i64 = refused
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .expect("Retry-After");
    assert!((1..=600).contains(&retry_after), "{retry_after}");
    api_error(refused, 429, "too_many_attempts").await;

    // Another address still may, until the window's total is used up too.
    let other = reqwest::Client::builder()
        .local_address(std::net::IpAddr::from([127, 0, 0, 2]))
        .build()
        .expect("client");
    let from_other = |code: &str| {
        other
            .post(hub.url("/api/auth/pair"))
            .json(&json!({"pairingCode": code, "deviceId": "y", "deviceName": "y"}))
            .send()
    };
    for _ in 0..5 {
        api_error(
            from_other("wrongcod").await.expect("pair"),
            401,
            "invalid_pairing_code",
        )
        .await;
    }
    api_error(
        from_other(&code).await.expect("pair"),
        429,
        "too_many_attempts",
    )
    .await;
    // Re-arming starts a fresh window with fresh limits.
    let code = arm_code(&hub, 10).await;
    json_with_status(pair(&hub, &code, "x").await, 200).await;
}

#[tokio::test]
async fn refresh_rotates_and_a_reused_refresh_token_revokes_the_family() {
    let hub = TestHub::start().await;
    let first = paired(&hub, "phone").await;
    let second = json_with_status(
        refresh(&hub, "phone", &token(&first, "refreshToken")).await,
        200,
    )
    .await;

    // The retired token comes back: theft is assumed and the whole family dies.
    refresh_refused(
        &hub,
        "phone",
        &token(&first, "refreshToken"),
        "refresh_token_reused",
    )
    .await;
    refresh_refused(
        &hub,
        "phone",
        &token(&second, "refreshToken"),
        "refresh_token_reused",
    )
    .await;
    call_refused(&hub, &token(&second, "accessToken"), "device_revoked").await;

    // Pairing again starts a new family.
    let again = paired(&hub, "phone").await;
    assert_admitted(
        &call_with(&hub, &token(&again, "accessToken")).await,
        "after pairing again",
    );
}

#[tokio::test]
async fn a_refresh_for_another_device_or_with_a_bad_token_fails() {
    let hub = TestHub::start().await;
    let phone = paired(&hub, "phone").await;
    refresh_refused(
        &hub,
        "tablet",
        &token(&phone, "refreshToken"),
        "invalid_token",
    )
    .await;
    // An access token is not a refresh token, and garbage is garbage.
    refresh_refused(
        &hub,
        "phone",
        &token(&phone, "accessToken"),
        "invalid_token",
    )
    .await;
    refresh_refused(&hub, "phone", "v4.local.garbage", "invalid_token").await;
    // None of that hurt the real token.
    json_with_status(
        refresh(&hub, "phone", &token(&phone, "refreshToken")).await,
        200,
    )
    .await;
    // A refresh token is not an access token either.
    let body = call_refused(&hub, &token(&phone, "refreshToken"), "invalid_token").await;
    assert!(
        !body.to_string().contains("v4.local"),
        "errors never echo tokens: {body}"
    );
}

#[tokio::test]
async fn access_tokens_expire_and_refresh_renews_them() {
    let clock = ManualClock::starting_now();
    let hub = TestHub::start_with(|_| {}, clock.clone()).await;
    let pair = paired(&hub, "phone").await;
    let access = token(&pair, "accessToken");
    assert_admitted(&call_with(&hub, &access).await, "fresh token");
    let issued: chrono::DateTime<chrono::Utc> = pair["accessExpiresAt"]
        .as_str()
        .expect("exp")
        .parse()
        .expect("date");
    let refresh_expiry: chrono::DateTime<chrono::Utc> = pair["refreshExpiresAt"]
        .as_str()
        .expect("exp")
        .parse()
        .expect("date");
    assert_eq!((issued - clock_now(&clock)).num_minutes(), 15);
    assert_eq!((refresh_expiry - clock_now(&clock)).num_days(), 30);

    clock.advance(Duration::from_secs(15 * 60 + 1));
    let expired = call_with(&hub, &access).await;
    assert!(expired
        .headers()
        .get("www-authenticate")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("token_expired")));
    api_error(expired, 401, "token_expired").await;
    let renewed = json_with_status(
        refresh(&hub, "phone", &token(&pair, "refreshToken")).await,
        200,
    )
    .await;
    assert_admitted(
        &call_with(&hub, &token(&renewed, "accessToken")).await,
        "renewed token",
    );

    // A refresh token past its 30 days is expired too.
    clock.advance(Duration::from_secs(31 * 24 * 3600));
    refresh_refused(
        &hub,
        "phone",
        &token(&renewed, "refreshToken"),
        "token_expired",
    )
    .await;
}

fn clock_now(clock: &ManualClock) -> chrono::DateTime<chrono::Utc> {
    use music_hub::clock::Clock;
    clock.now()
}

#[tokio::test]
async fn revoking_a_device_takes_effect_at_its_next_call() {
    let hub = TestHub::start().await;
    let phone = paired(&hub, "phone").await;
    let tablet = paired(&hub, "tablet").await;
    let revoke = hub
        .client
        .delete(hub.url("/api/auth/devices/phone"))
        .send()
        .await
        .expect("revoke");
    assert_eq!(revoke.status(), 204);
    assert_device_locked_out(&hub, "phone", &phone).await;
    assert_admitted(
        &call_with(&hub, &token(&tablet, "accessToken")).await,
        "the other device",
    );
    let unknown = hub
        .client
        .delete(hub.url("/api/auth/devices/nobody"))
        .send()
        .await
        .expect("revoke");
    api_error(unknown, 404, "not_found").await;
    // Only the desktop host may revoke.
    let remote_revoke = remote(&hub, reqwest::Method::DELETE, "/api/auth/devices/tablet")
        .bearer_auth(token(&tablet, "accessToken"))
        .send()
        .await
        .expect("revoke");
    api_error(remote_revoke, 403, "local_only").await;
}

#[tokio::test]
async fn logout_revokes_the_calling_device() {
    let hub = TestHub::start().await;
    let phone = paired(&hub, "phone").await;
    let logout = remote(&hub, reqwest::Method::POST, "/api/auth/logout")
        .bearer_auth(token(&phone, "accessToken"))
        .send()
        .await
        .expect("logout");
    assert_eq!(logout.status(), 204);
    assert_device_locked_out(&hub, "phone", &phone).await;
    // The desktop host is not a device.
    let local = hub
        .client
        .post(hub.url("/api/auth/logout"))
        .send()
        .await
        .expect("logout");
    api_error(local, 403, "not_a_device").await;
}

#[tokio::test]
async fn the_static_api_token_works_for_authenticated_operations_only() {
    let secret = "a-long-static-token-for-automation";
    let hub = TestHub::start_with(
        |c| c.auth.api_token = Some(secret.to_owned()),
        Arc::new(SystemClock),
    )
    .await;
    assert_admitted(&call_with(&hub, secret).await, "static token");
    call_refused(&hub, "a-long-static-token-for-automatioN", "invalid_token").await;
    let local_only = remote(&hub, reqwest::Method::GET, "/api/auth/status")
        .bearer_auth(secret)
        .send()
        .await
        .expect("status");
    api_error(local_only, 403, "local_only").await;
    let status = json_with_status(hub.get("/api/auth/status").await, 200).await;
    assert_eq!(status["apiTokenConfigured"], true);

    // Without the variable, the same string is just an invalid token.
    let plain = TestHub::start().await;
    api_error(call_with(&plain, secret).await, 401, "invalid_token").await;
}

#[tokio::test]
async fn tokens_of_another_hub_are_refused() {
    let a = TestHub::start().await;
    let b = TestHub::start().await;
    let pair = paired(&a, "phone").await;
    api_error(
        call_with(&b, &token(&pair, "accessToken")).await,
        401,
        "invalid_token",
    )
    .await;
    api_error(
        refresh(&b, "phone", &token(&pair, "refreshToken")).await,
        401,
        "invalid_token",
    )
    .await;
}

#[tokio::test]
async fn status_and_devices_list_the_paired_devices() {
    let hub = TestHub::start().await;
    let status = json_with_status(hub.get("/api/auth/status").await, 200).await;
    assert_eq!(status["pairingArmed"], false);
    assert_eq!(status["devices"], json!([]));

    for id in ["d1", "d2", "d3"] {
        paired(&hub, id).await;
    }
    let armed = arm(&hub, 10).await;
    let status = json_with_status(hub.get("/api/auth/status").await, 200).await;
    assert_eq!(status["pairingArmed"], true);
    assert_eq!(status["pairingCode"], armed["pairingCode"]);
    assert_eq!(status["devices"].as_array().map(Vec::len), Some(3));
    assert_eq!(status["hubId"], hub.hub.hub_id.as_str());

    // Walking the pages returns each device once.
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            Some(c) => format!("/api/auth/devices?limit=2&sort=name&cursor={c}"),
            None => "/api/auth/devices?limit=2&sort=name".to_owned(),
        };
        let page = json_with_status(hub.get(&path).await, 200).await;
        assert_eq!(page["total"], 3);
        for item in page["items"].as_array().expect("items") {
            seen.push(item["id"].as_str().expect("id").to_owned());
            assert!(item["refreshExpiresAt"].is_string(), "{item}");
            // Paired through a local relay (`remote`): the address it names, not loopback.
            assert_eq!(item["lastAddress"], "192.0.2.10");
        }
        match page["nextCursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
    }
    assert_eq!(seen, ["d1", "d2", "d3"]);

    // Revoked devices are listed only on request.
    hub.client
        .delete(hub.url("/api/auth/devices/d2"))
        .send()
        .await
        .expect("revoke");
    let page = json_with_status(hub.get("/api/auth/devices").await, 200).await;
    assert_eq!(page["total"], 2);
    let page = json_with_status(
        hub.get("/api/auth/devices?includeRevoked=true&sort=name&order=asc")
            .await,
        200,
    )
    .await;
    assert_eq!(page["total"], 3);
    assert_eq!(page["items"][1]["revoked"], true);
    api_error(
        hub.get("/api/auth/devices?cursor=abc").await,
        400,
        "invalid_parameter",
    )
    .await;
}

/// Decodes the QR code in a PNG and returns what it says.
fn decode_png_qr(bytes: &[u8]) -> String {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("png header");
    let mut pixels = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut pixels).expect("png frame");
    let (width, height) = (info.width as usize, info.height as usize);
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| pixels[y * width + x]);
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code in the image");
    grids[0].decode().expect("decodes").1
}

#[tokio::test]
async fn the_connect_qr_code_carries_the_hub_and_the_code() {
    let hub = TestHub::start().await;
    api_error(hub.get("/api/connect/qr").await, 409, "pairing_not_armed").await;
    let code = arm_code(&hub, 10).await;

    let svg = hub.get("/api/connect/qr").await;
    assert_eq!(svg.status(), 200);
    assert_eq!(svg.headers()["content-type"], "image/svg+xml");
    assert!(svg.text().await.expect("svg").contains("<svg"));

    let png = hub.get("/api/connect/qr?format=png").await;
    assert_eq!(png.status(), 200);
    assert_eq!(png.headers()["content-type"], "image/png");
    let said = decode_png_qr(&png.bytes().await.expect("png"));
    assert!(said.starts_with("musichub://pair?"), "{said}");
    assert!(said.contains(&format!("hub={}", hub.hub.hub_id)), "{said}");
    assert!(said.contains(&format!("code={code}")), "{said}");
    api_error(
        hub.get("/api/connect/qr?format=gif").await,
        400,
        "invalid_parameter",
    )
    .await;
}

#[tokio::test]
async fn the_tunnel_qr_code_needs_a_tunnel() {
    let hub = TestHub::start().await;
    api_error(
        hub.get("/api/tunnel/qr").await,
        404,
        "tunnel_not_configured",
    )
    .await;

    let tunneled = TestHub::start_with(
        |c| c.tunnel_url = Some("https://music.example.net".to_owned()),
        Arc::new(SystemClock),
    )
    .await;
    let png = tunneled.get("/api/tunnel/qr?format=png").await;
    assert_eq!(png.status(), 200);
    let said = decode_png_qr(&png.bytes().await.expect("png"));
    assert!(
        said.contains("url=https%3A%2F%2Fmusic.example.net"),
        "{said}"
    );
    assert!(!said.contains("code="), "not armed, so no code: {said}");
}

#[cfg(unix)]
#[tokio::test]
async fn the_token_key_is_kept_private() {
    use std::os::unix::fs::PermissionsExt;
    let hub = TestHub::start().await;
    let mode = std::fs::metadata(hub.data_dir().join("token-key"))
        .expect("key file")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "mode {mode:o}");
}

#[tokio::test]
async fn bodies_are_checked_before_anything_happens() {
    let hub = TestHub::start().await;
    let post = |body: Option<(&'static str, &'static str)>| {
        let call = hub.client.post(hub.url("/api/auth/pair"));
        match body {
            Some((content_type, text)) => call.header("Content-Type", content_type).body(text),
            None => call,
        }
        .send()
    };
    // No body where one is required.
    let body = api_error(post(None).await.expect("pair"), 400, "invalid_body").await;
    assert!(
        body["message"]
            .as_str()
            .unwrap_or_default()
            .contains("needs a JSON body"),
        "{body}"
    );
    // A body that is not JSON by its type.
    api_error(
        post(Some(("text/plain", "code"))).await.expect("pair"),
        415,
        "unsupported_media_type",
    )
    .await;
    // null is never a value in this API: the pointer says where.
    let body = api_error(
        post(Some((
            "application/json",
            r#"{"pairingCode": "abc", "deviceId": null, "deviceName": "x"}"#,
        )))
        .await
        .expect("pair"),
        400,
        "invalid_body",
    )
    .await;
    assert!(
        body["message"]
            .as_str()
            .unwrap_or_default()
            .contains("/deviceId"),
        "{body}"
    );
    // An optional field sent as null is refused too, not read as "absent".
    let arm = hub
        .client
        .post(hub.url("/api/auth/arm"))
        .json(&json!({ "minutes": null }))
        .send()
        .await
        .expect("arm");
    api_error(arm, 400, "invalid_body").await;
    // An unknown field is a typo to report, not something to ignore.
    let typo = hub
        .client
        .post(hub.url("/api/auth/arm"))
        .json(&json!({ "minute": 5 }))
        .send()
        .await
        .expect("arm");
    let body = api_error(typo, 400, "invalid_body").await;
    assert!(
        body["message"]
            .as_str()
            .unwrap_or_default()
            .contains("minute"),
        "{body}"
    );
    // A device id outside the contract's pattern.
    let bad_id = post(Some((
        "application/json",
        r#"{"pairingCode": "abc", "deviceId": "a b/c", "deviceName": "x"}"#,
    )))
    .await
    .expect("pair");
    api_error(bad_id, 400, "invalid_body").await;
}

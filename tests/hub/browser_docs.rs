//! Swagger UI works wherever the hub is: Debian's `chromium`, driven through
//! `chromedriver`, opens `/docs` at `127.0.0.1` on a random port (not the hub's default),
//! runs "Try it out" and "Execute" for `GET /api/ping`, and reads the `200` and the body
//! from the page. The call goes to the hub the page came from, because the document's
//! server URL is relative.
//!
//! In CI (`CI=true`) a missing chromium or chromedriver fails the test; elsewhere it is
//! skipped with the reason.

use std::time::Duration;

use crate::common::{cannot_run, TestHub};
use crate::webdriver::{browser_installed, Driver, Session};

const WAIT: Duration = Duration::from_secs(40);

/// Clicks the first element matching `selector` inside the ping operation, once it exists.
async fn click(session: &Session<'_>, selector: &str, what: &str) {
    let script = format!(
        "const op = document.getElementById('operations-system-ping'); \
         const target = op && op.querySelector('{selector}'); \
         if (!target) return false; target.click(); return true"
    );
    session.until(&script, WAIT, what).await;
}

#[tokio::test]
async fn swagger_ui_tries_out_ping_on_a_random_port() {
    const TEST: &str = "swagger_ui_tries_out_ping_on_a_random_port";
    if !browser_installed() {
        return cannot_run(
            TEST,
            "chromium and chromedriver are needed (apt-get install chromium chromium-driver)",
        );
    }
    let hub = TestHub::start().await;
    let port = hub.addr.port();
    assert_ne!(port, 38472);

    let driver = Driver::start().expect("start chromedriver");
    let session = Session::open(&driver).await;
    session.go(&format!("http://127.0.0.1:{port}/docs")).await;
    click(&session, ".opblock-summary-control", "the ping operation").await;
    click(&session, ".try-out__btn", "the \"Try it out\" button").await;
    click(&session, ".execute", "the \"Execute\" button").await;
    session
        .until(
            "const op = document.getElementById('operations-system-ping'); \
             const cell = op && op.querySelector('.live-responses-table tbody .response-col_status'); \
             return cell !== null && cell.textContent.trim().length > 0",
            WAIT,
            "the live response",
        )
        .await;
    let seen = session
        .run(
            "const op = document.getElementById('operations-system-ping'); \
             const live = op.querySelector('.live-responses-table tbody'); \
             return { status: live.querySelector('.response-col_status').textContent.trim(), \
                      body: live.querySelector('.response-col_description').textContent, \
                      url: (op.querySelector('.request-url pre') || {}).textContent || '' }",
        )
        .await;
    assert_eq!(seen["status"], "200", "{seen}");
    let body = seen["body"].as_str().unwrap_or_default();
    assert!(body.contains("\"ok\": true"), "{seen}");
    assert!(body.contains(env!("CARGO_PKG_VERSION")), "{seen}");
    let url = seen["url"].as_str().unwrap_or_default();
    assert!(
        url.starts_with(&format!("http://127.0.0.1:{port}/api/ping")),
        "{seen}"
    );
    session.close().await;
}

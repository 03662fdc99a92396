//! A GET changes nothing when another site triggers it: `GET /api/search` used to record
//! the query in the search history even when a page of another origin sent it (an
//! `<img src>`, or with a foreign `Origin`), so any page could write or flush the history.
//! And a NUL in the query is a 400, not a 500.

use crate::common::{api_error, json_with_status, TestHub};

async fn history(hub: &TestHub) -> String {
    json_with_status(hub.get("/api/search/history").await, 200)
        .await
        .to_string()
}

#[tokio::test]
async fn a_cross_site_search_records_nothing() {
    let hub = TestHub::start().await;
    for (header, value) in [
        ("Sec-Fetch-Site", "cross-site"),
        ("Sec-Fetch-Site", "same-site"),
        ("Origin", "https://evil.example"),
    ] {
        let response = hub
            .client
            .get(hub.url("/api/search?q=planted"))
            .header(header, value)
            .send()
            .await
            .expect("search");
        assert_eq!(response.status(), 200, "{header}");
    }
    assert!(!history(&hub).await.contains("planted"));

    // The hub's own pages and clients that are not browsers are recorded as before.
    let own = hub
        .client
        .get(hub.url("/api/search?q=mine"))
        .header("Sec-Fetch-Site", "same-origin")
        .send()
        .await
        .expect("search");
    assert_eq!(own.status(), 200);
    json_with_status(hub.get("/api/search?q=agent").await, 200).await;
    let kept = history(&hub).await;
    assert!(kept.contains("mine") && kept.contains("agent"), "{kept}");
    hub.stop().await;
}

#[tokio::test]
async fn a_nul_in_the_query_is_a_400() {
    let hub = TestHub::start().await;
    let refused = api_error(
        hub.get("/api/search?q=a%00b").await,
        400,
        "invalid_parameter",
    )
    .await;
    assert_eq!(refused["details"]["parameter"], "q");
    hub.stop().await;
}

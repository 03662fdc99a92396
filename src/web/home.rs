//! The hub's home page, `GET /`: what the hub is doing, for the person at its desktop.
//!
//! A loopback visitor (judged as the API judges a loopback caller, `is_local_call`) sees
//! the hub's version, the database's health with the recovery action when it is faulted,
//! the music folders with their state and tracks, the last scan with a live progress bar,
//! pairing (the code, its QR code and countdown) with the paired devices, the shares, and
//! where the API guide and the SDKs are. Everything is rendered here with its current
//! values, so the page reads without JavaScript; `home.js` then follows the scan feed and
//! the pairing state, and its buttons call the same API routes, under the same origin
//! rules, as any loopback caller: the page holds no privilege of its own.
//!
//! Any other visitor (through a relay, or by a name that is not a loopback name) gets the
//! hub's name and how to pair, and nothing from the database: no paths, no code, no
//! devices. That page is rendered without reading anything.

use std::sync::Arc;

use chrono::{DateTime, Local, Utc};
use poem::http::StatusCode;
use poem::web::Data;
use poem::{handler, Request, Response};
use poem_openapi::types::ToJSON;
use serde::Serialize;

use crate::api::access::is_local_call;
use crate::api::generated::{ScanState, ScanStatus};
use crate::app::home::{Folder, Overview};
use crate::app::scanning::RootProblem;
use crate::app::shares::ListedShare;
use crate::app::HealthStatus;
use crate::auth::pairing::Window;
use crate::auth::DeviceRow;
use crate::clock::from_ms;
use crate::handlers::views;
use crate::hub::Hub;

pub const TEMPLATE: &str = include_str!("assets/home.html");
const HOME_JS: &str = include_str!("assets/home.js");
const HOME_CSS: &str = include_str!("assets/home.css");

/// The hub's name, as `GET /api/info` gives it.
const NAME: &str = "Music Hub";

#[derive(Serialize, Default)]
struct HomePage {
    local: bool,
    name: &'static str,
    version: &'static str,
    port: u16,
    health: Option<HealthView>,
    folders: Vec<FolderView>,
    /// `None` while the scan records cannot be read.
    scan: Option<ScanView>,
    pairing: Option<PairingView>,
    devices: Option<Vec<DeviceView>>,
    shares: Option<Vec<ShareView>>,
}

#[derive(Serialize)]
struct HealthView {
    status: String,
    detail: String,
    /// What the person can do about it, when anything.
    advice: &'static str,
    /// The rebuild is the recovery action only for a faulted file: for the other states
    /// it would not help (locked, read-only) or is already under way.
    faulted: bool,
}

#[derive(Serialize)]
struct FolderView {
    id: String,
    name: String,
    path: String,
    state: &'static str,
    problem: Option<String>,
    tracks: Option<i64>,
    tracks_word: &'static str,
}

#[derive(Serialize)]
struct ScanView {
    id: Option<String>,
    state: String,
    phase: String,
    running: bool,
    /// Where the progress bar stands, 0 to 100: a completed scan is at the end.
    percent: f64,
    /// When it finished, or started while it runs.
    when: Option<Stamp>,
    counts: String,
}

#[derive(Serialize)]
struct PairingView {
    code: String,
    expires: Stamp,
    /// Minutes and seconds left, as the countdown starts from.
    remaining: String,
}

#[derive(Serialize)]
struct DeviceView {
    id: String,
    name: String,
    paired: Stamp,
    last_seen: Option<Stamp>,
}

#[derive(Serialize)]
struct ShareView {
    title: String,
    kind: String,
    url: String,
    expires: Option<Stamp>,
}

/// A time as the page writes it: machine-readable for `<time datetime>`, and in the
/// desktop's local time for the person (`home.js` rewrites it in the browser's).
#[derive(Serialize)]
struct Stamp {
    iso: String,
    text: String,
}

fn stamp(at: DateTime<Utc>) -> Stamp {
    Stamp {
        iso: at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        text: at
            .with_timezone(&Local)
            .format("%Y-%m-%d %H:%M")
            .to_string(),
    }
}

/// An API enum's wire name (`readOnly`, `completed`).
fn wire_name<T: ToJSON>(value: &T) -> String {
    match value.to_json() {
        Some(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

fn health(overview: &Overview) -> HealthView {
    let health = &overview.health;
    let advice = match health.status {
        HealthStatus::Healthy => "",
        HealthStatus::Unavailable => {
            "Another program holds the database file locked. The hub checks again by itself: \
             close that program and wait; do not rebuild."
        }
        HealthStatus::Faulted => {
            "The database file is damaged or cannot be used. Rebuilding moves it, byte for \
             byte, into the archive in the data dir (nothing is deleted), starts a fresh one, \
             carries over your playlists, saved items, history, devices and shares, and scans \
             the music folders again."
        }
        HealthStatus::Rebuilding => "The database is being rebuilt; this page will follow.",
        HealthStatus::ReadOnly => {
            "The data dir may not be written: music plays, but nothing can be changed. The hub \
             becomes healthy by itself once it may write there again."
        }
    };
    let api: crate::api::generated::DatabaseHealth = health.clone().into();
    HealthView {
        status: wire_name(&api.status),
        detail: health.detail.clone(),
        advice,
        faulted: health.status == HealthStatus::Faulted,
    }
}

fn folder(entry: &Folder) -> FolderView {
    let folder = &entry.folder;
    let (state, problem) = match &folder.state {
        Ok(()) => ("available", None),
        Err((RootProblem::Missing, reason)) => ("missing", Some(reason.clone())),
        Err((RootProblem::Unreadable, reason)) => ("unreadable", Some(reason.clone())),
    };
    FolderView {
        id: folder.id.clone(),
        name: folder.name.clone(),
        path: folder.path.to_string_lossy().into_owned(),
        state,
        problem,
        tracks: entry.track_count,
        tracks_word: if entry.track_count == Some(1) {
            "track"
        } else {
            "tracks"
        },
    }
}

fn scan(status: ScanStatus) -> ScanView {
    let running = matches!(status.state, ScanState::Running | ScanState::Cancelling);
    let percent = match status.state {
        ScanState::Completed => 100.0,
        _ => status.percent.unwrap_or(0.0),
    };
    let counts = match status.state {
        ScanState::Idle => "The folders have never been scanned.".to_owned(),
        _ => {
            let files = match (status.files_processed, status.files_total) {
                (Some(done), Some(total)) if running => format!("{done} of {total} files"),
                (Some(done), _) => format!("{done} files"),
                _ => "counting files".to_owned(),
            };
            format!(
                "{files}, {} added, {} updated, {} removed, {} errors",
                status.added.unwrap_or(0),
                status.updated.unwrap_or(0),
                status.removed.unwrap_or(0),
                status.error_count.unwrap_or(0)
            )
        }
    };
    ScanView {
        id: status.scan_id.clone(),
        state: wire_name(&status.state),
        phase: wire_name(&status.phase),
        running,
        percent,
        when: status.finished_at.or(status.started_at).map(stamp),
        counts,
    }
}

fn pairing(window: &Window, now: DateTime<Utc>) -> PairingView {
    let left = (window.expires_at - now).num_seconds().max(0);
    PairingView {
        code: window.code.clone(),
        expires: stamp(window.expires_at),
        remaining: format!("{}:{:02}", left / 60, left % 60),
    }
}

fn device(row: &DeviceRow) -> DeviceView {
    DeviceView {
        id: row.id.clone(),
        name: row.name.clone(),
        paired: stamp(from_ms(row.created_at)),
        last_seen: row.last_seen_at.map(|at| stamp(from_ms(at))),
    }
}

fn share(listed: &ListedShare, public_url: Option<&str>) -> ShareView {
    let share = views::share::share(listed.clone(), public_url);
    ShareView {
        title: share.title,
        kind: wire_name(&share.kind),
        url: share.page_url,
        expires: share.expires_at.map(stamp),
    }
}

fn desktop_page(hub: &Hub, overview: Overview) -> HomePage {
    let public_url = hub.public_url();
    HomePage {
        local: true,
        name: NAME,
        version: env!("CARGO_PKG_VERSION"),
        port: hub.config.port,
        health: Some(health(&overview)),
        folders: overview.folders.iter().map(folder).collect(),
        scan: overview.scan.map(|report| scan(views::scan_status(report))),
        pairing: overview
            .pairing
            .as_ref()
            .map(|window| pairing(window, hub.clock.now())),
        devices: overview
            .devices
            .as_ref()
            .map(|rows| rows.iter().map(device).collect()),
        shares: overview
            .shares
            .as_ref()
            .map(|rows| rows.iter().map(|s| share(s, public_url)).collect()),
    }
}

#[handler]
pub async fn home_page(req: &Request, hub: Data<&Arc<Hub>>) -> Response {
    let page = if is_local_call(req) {
        desktop_page(&hub, hub.home_overview().await)
    } else {
        HomePage {
            name: NAME,
            port: hub.config.port,
            ..HomePage::default()
        }
    };
    super::render("home.html", StatusCode::OK, &page)
}

#[handler]
pub fn home_js() -> Response {
    super::asset(HOME_JS, "text/javascript; charset=utf-8")
}

#[handler]
pub fn home_css() -> Response {
    super::asset(HOME_CSS, "text/css; charset=utf-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rendered(page: &HomePage) -> String {
        super::super::environment()
            .get_template("home.html")
            .and_then(|t| t.render(minijinja::value::Serde(page)))
            .expect("renders")
    }

    #[test]
    fn a_visitor_page_has_no_private_sections() {
        let html = rendered(&HomePage {
            name: NAME,
            port: 38472,
            ..HomePage::default()
        });
        assert!(html.contains("Music Hub"));
        assert!(html.contains("localhost:38472"));
        for private in [
            "id=\"folders\"",
            "id=\"pairing-code\"",
            "id=\"devices\"",
            "home.js",
        ] {
            assert!(!html.contains(private), "{private} in {html}");
        }
    }

    #[test]
    fn the_desktop_page_escapes_what_it_shows() {
        let evil = "\"><script>alert(1)</script>";
        let html = rendered(&HomePage {
            local: true,
            name: NAME,
            version: "0.1.0",
            port: 38472,
            health: Some(HealthView {
                status: "faulted".into(),
                detail: evil.into(),
                advice: "rebuild",
                faulted: true,
            }),
            folders: vec![FolderView {
                id: "music".into(),
                name: evil.into(),
                path: evil.into(),
                state: "available",
                problem: None,
                tracks: Some(1),
                tracks_word: "track",
            }],
            devices: Some(vec![DeviceView {
                id: evil.into(),
                name: evil.into(),
                paired: stamp(Utc::now()),
                last_seen: None,
            }]),
            shares: Some(Vec::new()),
            ..HomePage::default()
        });
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(html.contains("id=\"folders\""));
        assert!(html.contains("id=\"rebuild\""));
        assert!(html.contains("home.js"));
    }
}

//! The hub's own pages, outside the contract, beside it: the home page (`GET /`, in
//! `home`), and the share page, `GET /share/{kind}/{id}`: HTML rendered on the hub for people and for
//! link-preview bots (Open Graph and Twitter tags, readable without JavaScript), the share's
//! own cover for those bots (`/share/{kind}/{id}/cover`, no token: it is the one image a
//! share shows anyway), and the page's small player (`/share-assets/`), all served by the
//! hub with no outside script, font or CDN. The page is not an API operation, so it lives
//! outside the contract, beside it.
//!
//! Both pages use the same stylesheet and headers. Every value from the catalogue reaches
//! the HTML through minijinja with auto-escaping on
//! (the template's name ends in `.html`), in text and attributes alike. The headers allow
//! only the hub's own scripts (no inline script), and send no referrer.

mod home;

use std::sync::{Arc, OnceLock};

use minijinja::Environment;
use poem::http::{header, StatusCode};
use poem::web::{Data, Path};
use poem::{handler, IntoResponse, Request, Response, Route};
use serde::Serialize;

use crate::api::access::caller_address;
use crate::app::artwork::Artwork;
use crate::app::shares::limits::ShareRoute;
use crate::app::shares::public::PublicItem;
use crate::app::shares::{Preview, ShareError, ShareKind};
use crate::handlers::views::share::page_url;
use crate::hub::Hub;

const TEMPLATE: &str = include_str!("assets/share.html");
const PLAYER_JS: &str = include_str!("assets/player.js");
const PLAYER_CSS: &str = include_str!("assets/player.css");

/// The only sources the page may use: its own origin, no inline script or style, no
/// plugins, no framing, and forms only back to the hub.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; \
    media-src 'self'; connect-src 'self'; font-src 'none'; object-src 'none'; \
    base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The cover's width for link previews: at least 600 px, as the Open Graph consumers ask,
/// when the image is that large.
const COVER_SIZE: u32 = 1200;

/// Adds the share page's routes to the application's.
pub fn mount(route: Route) -> Route {
    route
        .at("/share/:kind/:id", poem::get(share_page))
        .at("/share/:kind/:id/cover", poem::get(share_cover))
        .at("/share-assets/player.js", poem::get(player_js))
        .at("/share-assets/player.css", poem::get(player_css))
        .at("/", poem::get(home::home_page))
        .at("/home-assets/home.js", poem::get(home::home_js))
        .at("/home-assets/home.css", poem::get(home::home_css))
}

fn environment() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        // The templates are part of the binary and are checked by tests; they cannot fail
        // here unless one was edited into an invalid one, which those tests catch.
        for (name, source) in [("share.html", TEMPLATE), ("home.html", home::TEMPLATE)] {
            if let Err(err) = env.add_template(name, source) {
                tracing::error!(error = %err, name, "a page template does not parse");
            }
        }
        env
    })
}

#[derive(Serialize, Default)]
struct PageTrack {
    title: String,
    artists: String,
    duration: String,
}

#[derive(Serialize, Default)]
struct Page {
    found: bool,
    title: String,
    heading: String,
    description: String,
    kind: String,
    kind_label: String,
    share_id: String,
    og_type: String,
    page_url: String,
    image_url: Option<String>,
    image_size: u32,
    tracks: Vec<PageTrack>,
}

fn minutes(ms: i64) -> i64 {
    (ms + 30_000) / 60_000
}

fn clock(ms: i64) -> String {
    let seconds = ms.max(0) / 1000;
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The line under the title and in previews, e.g. "Album by Sigur Rós · 9 tracks · 71 min".
fn description(item: &PublicItem) -> String {
    let tracks = item.tracks();
    let total: i64 = tracks.iter().map(|t| t.duration_ms).sum();
    match item {
        PublicItem::Track(t) => {
            let mut parts = vec![format!("Song by {}", t.artists.join(", "))];
            if !t.album.is_empty() {
                parts.push(t.album.clone());
            }
            parts.push(clock(t.duration_ms));
            parts.join(" · ")
        }
        PublicItem::Album(a) => format!(
            "Album by {} · {} · {} min",
            a.artist,
            plural(tracks.len(), "track", "tracks"),
            minutes(total)
        ),
        PublicItem::Artist(a) => format!(
            "Artist · {} · {}",
            plural(a.albums.len(), "album", "albums"),
            plural(tracks.len(), "track", "tracks")
        ),
        PublicItem::Playlist(_) => format!(
            "Playlist · {} · {} min",
            plural(tracks.len(), "track", "tracks"),
            minutes(total)
        ),
    }
}

fn og_type(kind: ShareKind) -> &'static str {
    match kind {
        ShareKind::Track => "music.song",
        ShareKind::Album => "music.album",
        ShareKind::Playlist => "music.playlist",
        ShareKind::Artist => "profile",
    }
}

fn kind_label(kind: ShareKind) -> &'static str {
    match kind {
        ShareKind::Track => "Song",
        ShareKind::Album => "Album",
        ShareKind::Playlist => "Playlist",
        ShareKind::Artist => "Artist",
    }
}

fn page(hub: &Hub, kind: ShareKind, preview: Preview) -> Page {
    let public_url = hub.public_url();
    let id = preview.share.id.clone();
    let url = page_url(public_url, kind, &id);
    let mut page = Page {
        found: true,
        kind: kind.to_string(),
        kind_label: kind_label(kind).to_owned(),
        og_type: og_type(kind).to_owned(),
        image_size: COVER_SIZE,
        share_id: id,
        ..Page::default()
    };
    match preview.item {
        Some(item) => {
            page.title = item.title().to_owned();
            page.heading = page.title.clone();
            page.description = description(&item);
            page.image_url = item.artwork_id().map(|_| format!("{url}/cover"));
            page.tracks = item
                .tracks()
                .iter()
                .map(|t| PageTrack {
                    title: t.title.clone(),
                    artists: t.artists.join(", "),
                    duration: clock(t.duration_ms),
                })
                .collect();
        }
        // A password guards the item: not even its name shows before it is given.
        None => {
            page.title = "A shared link on Music Hub".to_owned();
            page.heading = "Protected share".to_owned();
            page.description = "This share needs a password.".to_owned();
        }
    }
    page.page_url = url;
    page
}

fn with_page_headers(response: Response) -> Response {
    let mut response = response;
    let headers = response.headers_mut();
    for (name, value) in [
        ("content-security-policy", CSP),
        ("x-content-type-options", "nosniff"),
        ("referrer-policy", "no-referrer"),
        ("x-robots-tag", "noindex"),
        ("cache-control", "no-store"),
        ("x-frame-options", "DENY"),
    ] {
        if let Ok(value) = header::HeaderValue::from_str(value) {
            headers.insert(name, value);
        }
    }
    response
}

fn html(status: StatusCode, page: &Page) -> Response {
    render("share.html", status, page)
}

/// A page from its template, with the pages' headers.
fn render<T: Serialize>(template: &str, status: StatusCode, page: &T) -> Response {
    let body = environment()
        .get_template(template)
        .and_then(|template| template.render(minijinja::value::Serde(page)));
    match body {
        Ok(body) => with_page_headers(
            body.with_content_type("text/html; charset=utf-8")
                .with_status(status)
                .into_response(),
        ),
        Err(err) => {
            tracing::error!(error = %err, template, "a page could not be rendered");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

fn not_available() -> Response {
    html(
        StatusCode::NOT_FOUND,
        &Page {
            title: "This link is no longer available".to_owned(),
            ..Page::default()
        },
    )
}

/// The share behind a page or cover request, with the per-address limits of every share
/// route; `Err` is the answer to send instead.
async fn preview_for(
    hub: &Hub,
    req: &Request,
    kind: &str,
    id: String,
) -> Result<(ShareKind, Preview), Response> {
    let address = caller_address(req);
    if let Err(wait) = hub.shares.limits.admit(address, ShareRoute::Bootstrap) {
        let mut response = html(
            StatusCode::TOO_MANY_REQUESTS,
            &Page {
                title: "Too many requests; try again in a few minutes".to_owned(),
                ..Page::default()
            },
        );
        if let Ok(value) = header::HeaderValue::from_str(&wait.0.to_string()) {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        return Err(response);
    }
    let previewed = match ShareKind::parse(kind) {
        Some(kind) => hub.shares.preview(kind, id).await.map(|p| (kind, p)),
        None => Err(ShareError::NotAvailable),
    };
    if let Err(refusal) = &previewed {
        hub.shares.limits.refused(address, refusal);
    }
    match previewed {
        Ok(found) => Ok(found),
        Err(ShareError::NotAvailable) => Err(not_available()),
        Err(err) => {
            tracing::warn!(error = %err, "a share page could not be read");
            Err(with_page_headers(
                StatusCode::SERVICE_UNAVAILABLE.into_response(),
            ))
        }
    }
}

#[handler]
async fn share_page(
    req: &Request,
    Path((kind, id)): Path<(String, String)>,
    hub: Data<&Arc<Hub>>,
) -> Response {
    match preview_for(&hub, req, &kind, id).await {
        Ok((kind, preview)) => html(StatusCode::OK, &page(&hub, kind, preview)),
        Err(response) => response,
    }
}

#[handler]
async fn share_cover(
    req: &Request,
    Path((kind, id)): Path<(String, String)>,
    hub: Data<&Arc<Hub>>,
) -> Response {
    let preview = match preview_for(&hub, req, &kind, id).await {
        Ok((_, preview)) => preview,
        Err(response) => return response,
    };
    let Some(artwork_id) = preview
        .item
        .as_ref()
        .and_then(|item| item.artwork_id().map(str::to_owned))
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match hub.artwork.get(&artwork_id, Some(COVER_SIZE), None).await {
        Ok(Artwork::Image { image, etag }) => image
            .bytes
            .with_content_type(image.content_type)
            .with_header(header::ETAG, etag)
            // Previews are fetched by bots that cache on their own; a browser keeps the
            // cover only minutes, so that a revoked share's cover does not linger.
            .with_header(header::CACHE_CONTROL, "public, max-age=300")
            .with_header("x-content-type-options", "nosniff")
            .into_response(),
        Ok(Artwork::NotModified { .. }) => StatusCode::NOT_MODIFIED.into_response(),
        Err(err) => {
            tracing::warn!(error = %err, "a share's cover could not be read");
            StatusCode::NOT_FOUND.into_response()
        }
    }
}

fn asset(body: &'static str, content_type: &'static str) -> Response {
    body.with_content_type(content_type)
        .with_header(header::CACHE_CONTROL, "public, max-age=300")
        .with_header("x-content-type-options", "nosniff")
        .into_response()
}

#[handler]
fn player_js() -> Response {
    asset(PLAYER_JS, "text/javascript; charset=utf-8")
}

#[handler]
fn player_css() -> Response {
    asset(PLAYER_CSS, "text/css; charset=utf-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_parses_and_escapes() {
        let page = Page {
            found: true,
            title: "\"><script>alert(1)</script>".into(),
            heading: "\"><script>alert(1)</script>".into(),
            description: "a & b".into(),
            kind: "track".into(),
            share_id: "shr_x".into(),
            tracks: vec![PageTrack {
                title: "<b>".into(),
                ..PageTrack::default()
            }],
            ..Page::default()
        };
        let html = environment()
            .get_template("share.html")
            .and_then(|t| t.render(minijinja::value::Serde(&page)))
            .expect("renders");
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"),
            "{html}"
        );
        assert!(html.contains("a &amp; b"));
        assert!(!html.contains("<b>"));
    }
}

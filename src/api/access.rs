//! Who is calling, and whether they may: the guards that the generated routes take as their
//! first argument, one per access level of the contract (`x-access`).
//!
//! A guard runs before any parameter or body is parsed, so a caller without access learns
//! nothing about the operation's inputs. Each guard also applies the database gate: while the
//! database is not healthy, operations that need it answer `503 database_unavailable`.

use crate::api::cors::CrossOrigin;
use std::net::IpAddr;
use std::sync::Arc;

use poem::http::{header, Method};
use poem::web::RemoteAddr;
use poem::{FromRequest, Request, RequestBody};
use poem_openapi::registry::{MetaSecurityScheme, Registry};
use poem_openapi::{ApiExtractor, ApiExtractorType, ExtractParamOptions};

use futures_util::future::BoxFuture;

use crate::api::client_address::client_address;
use crate::api::error::HandlerError;
use crate::api::generated::ErrorCode;
use crate::app::media::{MediaGrant, MediaScope};
use crate::auth::Identity;

/// The access level an operation declares in the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccessLevel {
    Public,
    Authenticated,
    LocalOnly,
    Media,
}

/// One operation of the contract, as the generated `OPERATIONS` table lists it.
#[derive(Debug, Clone, Copy)]
pub struct OperationInfo {
    pub operation_id: &'static str,
    pub method: &'static str,
    /// The OpenAPI path template, e.g. `/api/track/{id}`.
    pub path: &'static str,
    pub tag: &'static str,
    pub access: AccessLevel,
    pub requires_healthy_database: bool,
    /// False while the document still lists `501` for it.
    pub implemented: bool,
}

/// What the guards need from the running hub. Kept as a trait so that the access rules do
/// not depend on how the hub stores its state.
pub trait Gatekeeper: Send + Sync + 'static {
    /// `Err` with the reason while the database cannot serve requests.
    fn database_gate(&self) -> Result<(), HandlerError>;

    /// Checks a bearer token sent by a remote caller.
    fn verify_bearer<'a>(
        &'a self,
        token: &'a str,
        peer: Option<IpAddr>,
    ) -> BoxFuture<'a, Result<Identity, HandlerError>>;

    /// Checks a `?mediaToken=` sent to a media operation.
    fn verify_media_token<'a>(
        &'a self,
        token: &'a str,
    ) -> BoxFuture<'a, Result<MediaGrant, HandlerError>>;

    /// The port the hub serves on, to recognise its own `Origin`.
    fn port(&self) -> u16;
}

/// The gatekeeper as it is stored in poem's request data.
pub type SharedGatekeeper = Arc<dyn Gatekeeper>;

/// The caller of an operation, handed to every handler.
#[derive(Debug, Clone)]
pub struct Caller {
    pub identity: Identity,
    /// The caller's address, for per-client limits: the peer's, or the one a local relay
    /// names (`api::client_address`); `None` on non-TCP transports.
    pub peer: Option<IpAddr>,
    /// A page of another site made the browser send this call (an `<img src>`, a form):
    /// it must not change anything, even where a GET would otherwise remember something.
    pub cross_site: bool,
    /// The media token the call was let in by, when that is how (media operations only).
    pub media: Option<MediaGrant>,
}

impl Caller {
    pub fn is_local(&self) -> bool {
        self.identity == Identity::Local
    }

    /// What this caller may stream and see: its media token's scope, or the whole library
    /// for a loopback or bearer caller.
    pub fn media_scope(&self) -> MediaScope {
        self.media
            .as_ref()
            .map_or(MediaScope::Library, |grant| grant.scope.clone())
    }

    /// Whether `?download=1` may ask for `attachment`: a bearer or loopback caller may, a
    /// media token as it says.
    pub fn may_download(&self) -> bool {
        self.media.as_ref().is_none_or(|grant| grant.downloads)
    }
}

/// Headers that proxies, tunnels and CDNs add, so that a call bearing one was relayed and
/// its loopback peer is not the real caller. Matched by family rather than listed one by
/// one: a deny-list of names missed `Via`, `CF-Connecting-IP` and nine more.
const RELAY_HEADERS: &[&str] = &[
    "forwarded",
    "forwarded-for",
    "via",
    "true-client-ip",
    "x-client-ip",
    "x-cluster-client-ip",
    "x-real-ip",
    "fastly-client-ip",
];
/// Header families, by prefix: `X-Forwarded-For`, `-Proto`, `-Host`, `-Port`, `-Server`;
/// `X-Original-Forwarded-For`; Cloudflare's `CF-*`; Tailscale's `Tailscale-*`.
const RELAY_HEADER_PREFIXES: &[&str] = &["x-forwarded", "x-original-", "cf-", "tailscale-"];

/// Whether any header says another program relayed the call.
fn relayed(headers: &poem::http::HeaderMap) -> bool {
    headers.keys().any(|name| {
        let name = name.as_str();
        RELAY_HEADERS.contains(&name) || RELAY_HEADER_PREFIXES.iter().any(|p| name.starts_with(p))
    })
}

/// The authority the call was sent to: its single `Host` header, or for HTTP/2 (which has
/// none) the `:authority` in the request target. `None` when there is none, or more than
/// one `Host`.
fn called_authority(req: &Request) -> Option<String> {
    let mut hosts = req.headers().get_all(header::HOST).iter();
    match (hosts.next(), hosts.next()) {
        (Some(host), None) => host.to_str().ok().map(str::to_owned),
        (None, None) => req.uri().authority().map(|a| a.as_str().to_owned()),
        _ => None,
    }
}

fn peer_ip(req: &Request) -> Option<IpAddr> {
    match req.remote_addr() {
        RemoteAddr(poem::Addr::SocketAddr(addr)) => Some(addr.ip()),
        _ => None,
    }
}

fn is_loopback(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_loopback(),
        // A dual-stack listener reports IPv4 peers as ::ffff:127.0.0.1.
        IpAddr::V6(v6) => {
            v6.is_loopback() || v6.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
    }
}

/// Whether a `Host` header names this machine's loopback interface. Any other name on a
/// loopback connection is a DNS-rebinding page or a local proxy, not the desktop host.
fn is_loopback_host(host: &str) -> bool {
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or_default()
    } else {
        host.rsplit_once(':').map_or(host, |(name, _port)| name)
    };
    name.eq_ignore_ascii_case("localhost") || name.parse::<IpAddr>().is_ok_and(is_loopback)
}

/// A call is local only when everything about it says so: its peer is loopback, nothing
/// relayed it, the one authority it was sent to is a loopback name, and a request target
/// in absolute form (`GET http://host/...`) names loopback too. A web app's call through
/// CORS (`api::cors`) is never local, wherever the app is served from.
pub fn is_local_call(req: &Request) -> bool {
    req.extensions().get::<CrossOrigin>().is_none()
        && peer_ip(req).is_some_and(is_loopback)
        && !relayed(req.headers())
        && called_authority(req).is_some_and(|host| is_loopback_host(&host))
        && req
            .uri()
            .authority()
            .is_none_or(|target| is_loopback_host(target.as_str()))
}

/// A web page in the user's browser can send loopback requests too; only the hub's own pages
/// (or clients that send no `Origin`) may change state through the loopback privilege.
fn foreign_origin(req: &Request, port: u16) -> bool {
    !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS)
        && origin_is_foreign(req, port)
}

/// Whether a page of another site made the browser send this call: the browser says so
/// (`Sec-Fetch-Site`), or the `Origin` is not one of the hub's own pages. A web app named
/// with `--cors-origin` is trusted with its token and does not count.
fn sent_by_another_site(req: &Request, port: u16) -> bool {
    if req.extensions().get::<CrossOrigin>().is_some() {
        return false;
    }
    let fetch_site = req
        .headers()
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok());
    matches!(fetch_site, Some("cross-site" | "same-site")) || origin_is_foreign(req, port)
}

/// Whether the call carries an `Origin` that is not the hub's own loopback pages.
fn origin_is_foreign(req: &Request, port: u16) -> bool {
    let Some(origin) = req.headers().get(header::ORIGIN) else {
        return false;
    };
    let Ok(origin) = origin.to_str() else {
        return true;
    };
    let Some(authority) = origin.strip_prefix("http://") else {
        return true;
    };
    let own_port = port.to_string();
    match authority.rsplit_once(':') {
        Some((host, p)) if p == own_port => !is_loopback_host(host),
        _ => true,
    }
}

fn gatekeeper(req: &Request) -> Result<&SharedGatekeeper, HandlerError> {
    req.data::<SharedGatekeeper>()
        .ok_or_else(|| HandlerError::Internal("the access gate is not configured".into()))
}

/// The `mediaToken` query parameter (its first occurrence), percent-decoded. Read by the
/// media guard only: on any other route it is not looked at, as if it were absent.
fn media_token(req: &Request) -> Option<String> {
    req.uri().query()?.split('&').find_map(|pair| {
        let (name, value) = pair.split_once('=')?;
        (name == "mediaToken").then(|| {
            percent_encoding::percent_decode_str(value)
                .decode_utf8_lossy()
                .into_owned()
        })
    })
}

fn bearer_token(req: &Request) -> Option<&str> {
    let value = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

/// The address a call counts as from (`api::client_address`), for routes outside the
/// contract that keep per-address limits (the share page).
pub fn caller_address(req: &Request) -> Option<IpAddr> {
    let loopback_relay = peer_ip(req).is_some_and(is_loopback) && relayed(req.headers());
    client_address(peer_ip(req), loopback_relay, req.headers())
}

/// Decides who the caller is for `level`, or why it may not call.
async fn admit(
    req: &Request,
    level: AccessLevel,
    requires_database: bool,
) -> Result<Caller, HandlerError> {
    let gate = gatekeeper(req)?;
    let peer = caller_address(req);
    let local = is_local_call(req);
    let cross_site = sent_by_another_site(req, gate.port());
    // Another site's page may point `<audio src>` at the desktop's loopback address: it
    // cannot read the bytes, but could learn which tracks exist. On the media routes such a
    // call is judged by its media token, never by the loopback privilege.
    let page_through_loopback = local && level == AccessLevel::Media && cross_site;
    let mut media = None;
    let identity = match level {
        AccessLevel::Public => {
            if local {
                Identity::Local
            } else {
                Identity::Anonymous
            }
        }
        AccessLevel::LocalOnly if !local => return Err(HandlerError::LocalOnly),
        AccessLevel::LocalOnly => Identity::Local,
        AccessLevel::Authenticated | AccessLevel::Media => {
            if local && !page_through_loopback {
                Identity::Local
            } else if let Some(token) = bearer_token(req) {
                // Token checks read the database, so a faulted one answers 503 first.
                gate.database_gate()?;
                gate.verify_bearer(token, peer).await?
            } else if let Some(token) = (level == AccessLevel::Media)
                .then(|| media_token(req))
                .flatten()
            {
                gate.database_gate()?;
                let grant = gate.verify_media_token(&token).await?;
                let identity = grant.holder.identity();
                media = Some(grant);
                identity
            } else if page_through_loopback {
                return Err(HandlerError::ForbiddenOrigin);
            } else {
                let media = if level == AccessLevel::Media {
                    ", or a `?mediaToken=` from POST /api/media/session"
                } else {
                    ""
                };
                return Err(HandlerError::Unauthorized {
                    code: ErrorCode::Unauthorized,
                    message: format!(
                        "This call does not come from the hub's own machine, so it needs \
                         an `Authorization: Bearer` token from pairing or \
                         MUSIC_HUB_API_TOKEN{media}."
                    ),
                });
            }
        }
    };
    if identity == Identity::Local && foreign_origin(req, gate.port()) {
        return Err(HandlerError::ForbiddenOrigin);
    }
    if requires_database {
        gate.database_gate()?;
    }
    Ok(Caller {
        identity,
        peer,
        cross_site,
        media,
    })
}

macro_rules! guard {
    ($(#[$doc:meta])* $name:ident, $level:expr) => {
        $(#[$doc])*
        ///
        /// `REQUIRES_DATABASE` is the operation's `x-requires-healthy-database`.
        pub struct $name<const REQUIRES_DATABASE: bool>(Caller);

        impl<const REQUIRES_DATABASE: bool> $name<REQUIRES_DATABASE> {
            pub fn into_caller(self) -> Caller {
                self.0
            }
        }
    };
}

guard!(
    /// Anyone may call; the caller is still classified as local or anonymous.
    Public,
    AccessLevel::Public
);
guard!(
    /// Only the desktop host: a loopback, unproxied call, whatever token it carries.
    LocalOnly,
    AccessLevel::LocalOnly
);
guard!(
    /// A local call, or a remote one with a valid bearer token.
    Authenticated,
    AccessLevel::Authenticated
);
guard!(
    /// Like `Authenticated`, or a `mediaToken` query parameter for media elements.
    Media,
    AccessLevel::Media
);

/// Public and local-only guards declare no security scheme, so plain poem extractors do.
macro_rules! plain_extractor {
    ($name:ident, $level:expr) => {
        impl<'a, const REQUIRES_DATABASE: bool> FromRequest<'a> for $name<REQUIRES_DATABASE> {
            async fn from_request(req: &'a Request, _body: &mut RequestBody) -> poem::Result<Self> {
                Ok(Self(admit(req, $level, REQUIRES_DATABASE).await?))
            }
        }
    };
}
plain_extractor!(Public, AccessLevel::Public);
plain_extractor!(LocalOnly, AccessLevel::LocalOnly);

fn register_bearer(registry: &mut Registry) {
    registry.create_security_scheme(
        "bearerAuth",
        MetaSecurityScheme {
            ty: "http",
            description: None,
            name: None,
            key_in: None,
            scheme: Some("bearer"),
            bearer_format: Some("PASETO"),
            flows: None,
            openid_connect_url: None,
        },
    );
}

/// Authenticated and media guards are security schemes, so the derived spec lists their
/// credentials, with the empty alternative (`{}`) for the privileged loopback call.
macro_rules! security_extractor {
    ($name:ident, $level:expr, [$($scheme:literal),*], $register:expr) => {
        impl<'a, const REQUIRES_DATABASE: bool> ApiExtractor<'a> for $name<REQUIRES_DATABASE> {
            const TYPES: &'static [ApiExtractorType] = &[ApiExtractorType::SecurityScheme];
            type ParamType = ();
            type ParamRawType = ();

            fn register(registry: &mut Registry) {
                ($register)(registry);
            }

            fn security_schemes() -> Vec<&'static str> {
                vec![$($scheme),*]
            }

            fn has_security_fallback() -> bool {
                true
            }

            async fn from_request(
                req: &'a Request,
                _body: &mut RequestBody,
                _param_opts: ExtractParamOptions<Self::ParamType>,
            ) -> poem::Result<Self> {
                Ok(Self(admit(req, $level, REQUIRES_DATABASE).await?))
            }
        }
    };
}
security_extractor!(
    Authenticated,
    AccessLevel::Authenticated,
    ["bearerAuth"],
    register_bearer
);
security_extractor!(
    Media,
    AccessLevel::Media,
    ["mediaToken", "bearerAuth"],
    |registry: &mut Registry| {
        register_bearer(registry);
        registry.create_security_scheme(
            "mediaToken",
            MetaSecurityScheme {
                ty: "apiKey",
                description: None,
                name: Some("mediaToken"),
                key_in: Some("query"),
                scheme: None,
                bearer_format: None,
                flows: None,
                openid_connect_url: None,
            },
        );
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts() {
        for host in [
            "localhost",
            "localhost:38472",
            "127.0.0.1:1",
            "127.9.9.9",
            "[::1]:38472",
            "[::1]",
            "LOCALHOST",
        ] {
            assert!(is_loopback_host(host), "{host}");
        }
        for host in [
            "example.com",
            "evil.localhost.example:38472",
            "192.168.1.2:38472",
            "[fe80::1]:1",
            "",
        ] {
            assert!(!is_loopback_host(host), "{host}");
        }
    }

    #[test]
    fn relay_headers_are_matched_by_family() {
        use poem::http::{HeaderMap, HeaderName, HeaderValue};
        for name in [
            "via",
            "cf-connecting-ip",
            "true-client-ip",
            "x-client-ip",
            "x-forwarded-proto",
            "x-forwarded-port",
            "x-forwarded-server",
            "x-original-forwarded-for",
            "x-cluster-client-ip",
            "forwarded-for",
            "tailscale-user-login",
            "forwarded",
            "x-real-ip",
        ] {
            let mut headers = HeaderMap::new();
            headers.insert(
                HeaderName::from_static(name),
                HeaderValue::from_static("1.2.3.4"),
            );
            assert!(relayed(&headers), "{name}");
        }
        let mut plain = HeaderMap::new();
        plain.insert(header::ACCEPT, HeaderValue::from_static("*/*"));
        plain.insert(header::USER_AGENT, HeaderValue::from_static("curl"));
        assert!(!relayed(&plain));
    }

    #[test]
    fn the_authority_is_the_one_host_or_the_http2_target() {
        let h2 = Request::builder()
            .uri("http://127.0.0.1:38472/api/ping".parse().unwrap())
            .finish();
        assert_eq!(called_authority(&h2).as_deref(), Some("127.0.0.1:38472"));
        let two = Request::builder()
            .header(header::HOST, "127.0.0.1")
            .header(header::HOST, "evil.example")
            .finish();
        assert_eq!(called_authority(&two), None);
    }

    #[test]
    fn mapped_loopback_is_loopback() {
        assert!(is_loopback("::ffff:127.0.0.1".parse().unwrap()));
        assert!(!is_loopback("::ffff:10.0.0.1".parse().unwrap()));
    }
}

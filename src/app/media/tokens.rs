//! Media tokens: what `?mediaToken=` carries, for `<audio>` and `<img>` elements that cannot
//! send an `Authorization` header.
//!
//! A media token is a PASETO v4.local token sealed under its own purpose
//! (`TokenKind::Media`, see `auth::tokens`), so it never opens as an access or refresh
//! token, nor the reverse. It names who asked for it (`MediaHolder`) and what it reaches
//! (`MediaScope`); the hub keeps no row per token, so a token dies by its expiry, or when its
//! device is revoked, or its share session ends (checked at every use).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::plan::ProfileName;
use crate::auth::tokens::TokenKind;
use crate::auth::Identity;

/// Who a media token was issued to. A token never carries the loopback privilege: one
/// issued to the hub's own machine is only what its scope says, wherever it is used from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum MediaHolder {
    /// The desktop host (a loopback call asked for it).
    Local,
    /// A caller holding the hub's static `MUSIC_HUB_API_TOKEN`, by a fingerprint of it
    /// (the token is encrypted, so the fingerprint never shows): a hub restarted with
    /// another API token, or none, refuses the media tokens the old one got.
    ApiToken { fingerprint: String },
    /// A paired device: revoking it, or replacing the tokens it asked with (a new pairing,
    /// a reused refresh token), kills the token.
    Device {
        id: String,
        /// The refresh-token family of the access token it asked with.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        family: Option<String>,
    },
    /// Whoever opened a share link: nobody the hub knows. What the token reaches, and for
    /// how long, is its `MediaScope::Share`'s.
    Visitor,
}

impl MediaHolder {
    /// The holder for a caller that the access guard let in, given the fingerprint of the
    /// hub's API token; `None` for an anonymous caller, which has nothing to bind a token
    /// to (and for an API-token caller on a hub with no API token, which cannot happen).
    pub fn of(identity: &Identity, api_token: Option<&str>) -> Option<MediaHolder> {
        match identity {
            Identity::Local => Some(MediaHolder::Local),
            Identity::ApiToken => api_token.map(|fingerprint| MediaHolder::ApiToken {
                fingerprint: fingerprint.to_owned(),
            }),
            Identity::Device { device_id, grant } => Some(MediaHolder::Device {
                id: device_id.clone(),
                family: grant.as_ref().map(|g| g.family.clone()),
            }),
            Identity::Anonymous => None,
        }
    }

    /// Who the call is from, once the token is accepted. `Local` becomes `Anonymous`: the
    /// loopback privilege never travels in a URL.
    pub fn identity(&self) -> Identity {
        match self {
            MediaHolder::Local => Identity::Anonymous,
            MediaHolder::ApiToken { .. } => Identity::ApiToken,
            MediaHolder::Device { id, .. } => Identity::Device {
                device_id: id.clone(),
                grant: None,
            },
            MediaHolder::Visitor => Identity::Anonymous,
        }
    }
}

/// What a media token reaches. Every media route asks one question of it, in
/// `MediaService::admit`, before it reads anything: a kind of token is a variant here and
/// an arm there, not a second path through the routes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum MediaScope {
    /// The whole library: what `POST /api/media/session` issues, and what a bearer or
    /// loopback caller has.
    Library,
    /// The tracks and images of one share, for one visitor's session on it: issued by a
    /// share bootstrap or heartbeat. What the share reaches is asked of the database at
    /// each use, so an album share reaches a track added to the album later, and a token
    /// of a share that was deleted or expired, or of an ended session, reaches nothing.
    #[serde(rename_all = "camelCase")]
    Share {
        share_id: String,
        session_id: String,
    },
}

/// Something a media route is about to send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaItem<'a> {
    /// A track's audio.
    Track { id: &'a str },
    /// An image, by its `artworkId`.
    Artwork { id: &'a str },
}

/// What a media token says. Times are Unix milliseconds, as in access tokens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MediaClaims {
    /// Always `media`; the purpose-bound assertion already guarantees it, and this says it
    /// in the payload too.
    pub kind: TokenKind,
    pub holder: MediaHolder,
    pub scope: MediaScope,
    pub jti: String,
    pub iat: i64,
    pub exp: i64,
    /// The transcode every stream with this token gets unless it asks for another
    /// (`POST /api/media/session`'s `profile`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<ProfileName>,
}

/// A media token the guard accepted: who holds it and what it reaches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaGrant {
    pub holder: MediaHolder,
    pub scope: MediaScope,
    pub expires_at: DateTime<Utc>,
    /// Whether `?download=1` may ask for `attachment`: always for the library, and for a
    /// share as it says now.
    pub downloads: bool,
    /// The token's default transcode.
    pub profile: Option<ProfileName>,
}

/// A freshly issued token.
#[derive(Debug, Clone)]
pub struct IssuedMediaToken {
    pub token: String,
    pub expires_at: DateTime<Utc>,
}

/// How long a token lives when the caller does not say, and the bounds of what it may ask
/// (the contract's `ttlSeconds`: the generated parser enforces them, and the service again,
/// so no other caller can mint a token that lives for ever).
pub const DEFAULT_TTL_SECS: i64 = 3600;
pub const MIN_TTL_SECS: i64 = 60;
pub const MAX_TTL_SECS: i64 = 86_400;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_scope_names_its_share_and_session() {
        let share = MediaScope::Share {
            share_id: "shr_a".into(),
            session_id: "shs_b".into(),
        };
        let json = serde_json::to_value(&share).expect("json");
        assert_eq!(json["type"], "share");
        assert_eq!(json["shareId"], "shr_a");
        assert_eq!(json["sessionId"], "shs_b");
        assert_eq!(MediaHolder::Visitor.identity(), Identity::Anonymous);
    }

    #[test]
    fn a_local_token_carries_no_loopback_privilege() {
        assert_eq!(MediaHolder::Local.identity(), Identity::Anonymous);
        let device = MediaHolder::of(
            &Identity::Device {
                device_id: "phone".into(),
                grant: None,
            },
            None,
        )
        .expect("a holder");
        assert_eq!(
            device.identity(),
            Identity::Device {
                device_id: "phone".into(),
                grant: None,
            }
        );
        assert_eq!(MediaHolder::of(&Identity::Anonymous, Some("f")), None);
        assert_eq!(
            MediaHolder::of(&Identity::ApiToken, Some("f")),
            Some(MediaHolder::ApiToken {
                fingerprint: "f".into()
            })
        );
    }

    #[test]
    fn claims_have_a_stable_wire_form() {
        let claims = MediaClaims {
            kind: TokenKind::Media,
            holder: MediaHolder::Device {
                id: "p".into(),
                family: None,
            },
            scope: MediaScope::Library,
            jti: "j".into(),
            iat: 1,
            exp: 2,
            profile: None,
        };
        let json = serde_json::to_value(&claims).expect("json");
        assert_eq!(json["kind"], "media");
        assert_eq!(json["holder"]["type"], "device");
        assert_eq!(json["scope"]["type"], "library");
    }
}

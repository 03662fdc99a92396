//! The shares service: share links (create, list, change, delete) for their owner, and the
//! public side a share link opens (`open`: bootstraps, visitors' sessions, heartbeats).
//!
//! - `secret`: share and session ids from the OS random generator, Argon2id passwords.
//! - `public`: the shared item as visitors see it, in values with no private field.
//! - `open`: opening a share (password, `maxSessions`, a session and its media token) and
//!   keeping a session alive.
//! - `limits`: the per-address token buckets in front of the public routes.
//!
//! A share's media token is the media service's (`MediaScope::Share`); this service only
//! asks for one per session and keeps the session it is bound to.

pub mod limits;
pub mod open;
pub mod public;
pub mod secret;

use std::sync::Arc;

use chrono::Duration;

use crate::app::media::{MediaError, MediaService};
use crate::clock::SharedClock;
use crate::db::page::{Page, PageSpec};
use crate::db::shares::{self as store, NewShare};
pub use crate::db::shares::{ListedShare, ShareOrder, ShareRow};
use crate::db::{Database, DbError};
use crate::events::{Change, EventBus, ShareChange};
pub use open::{Heartbeat, OpenedShare, Preview};

/// What a share opens: `shares.kind`, and the path segment of the share routes.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, strum::Display, strum::IntoStaticStr, strum::EnumString,
)]
#[strum(serialize_all = "camelCase")]
pub enum ShareKind {
    Playlist,
    Album,
    Artist,
    Track,
}

impl ShareKind {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(name: &str) -> Option<ShareKind> {
        name.parse().ok()
    }
}

/// Why the shares service did not do what it was asked.
#[derive(Debug, thiserror::Error)]
pub enum ShareError {
    #[error("No {kind} has the id '{item_id}'.")]
    NoSuchItem { kind: ShareKind, item_id: String },
    /// Unknown, deleted, expired, of another kind: told apart from nothing else, so that a
    /// guesser learns nothing.
    #[error("This share link does not exist or is no longer available.")]
    NotAvailable,
    /// Every session `maxSessions` allows was taken. Answered exactly as `NotAvailable`,
    /// but not a miss: reloading a real link is not guessing one.
    #[error("This share link does not exist or is no longer available.")]
    UsedUp,
    /// The owner's routes name a share that does not exist.
    #[error("No share has this id.")]
    NoSuchShare,
    #[error("This share needs its password.")]
    PasswordRequired {
        /// A password was sent, and it was wrong (a miss, for the rate limit).
        wrong: bool,
    },
    #[error("This share session has expired; reload the share page.")]
    SessionExpired,
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("{0}")]
    Internal(String),
}

impl super::ServiceError for ShareError {
    fn into_db(self) -> Result<DbError, Self> {
        match self {
            ShareError::Db(err) => Ok(err),
            other => Err(other),
        }
    }
}

impl From<diesel::result::Error> for ShareError {
    fn from(err: diesel::result::Error) -> Self {
        ShareError::Db(DbError::Query(err))
    }
}

impl From<MediaError> for ShareError {
    fn from(err: MediaError) -> Self {
        match err {
            MediaError::Db(db) => ShareError::Db(db),
            other => ShareError::Internal(other.to_string()),
        }
    }
}

/// What a new share is asked with.
pub struct ShareRequest {
    pub kind: ShareKind,
    pub item_id: String,
    pub expires_in_hours: Option<i64>,
    pub password: Option<String>,
    pub allow_download: bool,
    pub max_sessions: Option<i32>,
    /// The paired device that asked, if one did.
    pub device_id: Option<String>,
}

/// The changes to a share; `None` keeps a setting.
#[derive(Debug, Default)]
pub struct ShareEdit {
    /// Hours from now; `0` for no expiry.
    pub expires_in_hours: Option<i64>,
    /// A new password; empty removes it.
    pub password: Option<String>,
    pub allow_download: Option<bool>,
    /// `0` for unlimited.
    pub max_sessions: Option<i32>,
}

pub struct ShareService {
    db: Arc<Database>,
    events: Arc<EventBus>,
    clock: SharedClock,
    media: Arc<MediaService>,
    /// The per-address limits the public routes pass first.
    pub limits: limits::ShareLimits,
    /// How often a share page sends heartbeats, in seconds.
    pub heartbeat_interval_secs: i32,
}

/// Hashes a password off the async workers: Argon2id takes a noticeable moment on purpose.
async fn hash(password: String) -> Result<String, ShareError> {
    tokio::task::spawn_blocking(move || secret::hash_password(&password))
        .await
        .map_err(|err| ShareError::Internal(format!("hashing a password failed: {err}")))?
        .map_err(ShareError::Internal)
}

impl ShareService {
    pub fn new(
        db: Arc<Database>,
        events: Arc<EventBus>,
        clock: SharedClock,
        media: Arc<MediaService>,
        heartbeat_interval_secs: i32,
    ) -> Self {
        ShareService {
            // A session outlives many missed heartbeats, whatever the interval.
            heartbeat_interval_secs: heartbeat_interval_secs
                .clamp(1, (open::SESSION_TTL_SECS / 4) as i32),
            limits: limits::ShareLimits::new(limits::LimitSettings::default(), clock.clone()),
            db,
            events,
            clock,
            media,
        }
    }

    fn changed(&self, change: fn(ShareChange) -> Change, id: &str) {
        self.events.publish(change(ShareChange {
            share_id: id.to_owned(),
        }));
    }

    fn hours_from_now(&self, hours: i64) -> i64 {
        (self.clock.now() + Duration::hours(hours)).timestamp_millis()
    }

    /// Creates a share of an item that is in the library now.
    pub async fn create(&self, request: ShareRequest) -> Result<ListedShare, ShareError> {
        let password_hash = match request.password.filter(|p| !p.is_empty()) {
            Some(password) => Some(hash(password).await?),
            None => None,
        };
        let id = secret::capability_id("shr").map_err(ShareError::Internal)?;
        let now = self.clock.now_ms();
        let expires_at = request.expires_in_hours.map(|h| self.hours_from_now(h));
        let share_id = id.clone();
        let listed = super::write(&self.db, move |conn| {
            let kind = request.kind;
            if !public::item_exists(conn, kind, &request.item_id)? {
                return Err(ShareError::NoSuchItem {
                    kind,
                    item_id: request.item_id,
                });
            }
            store::share_insert(
                conn,
                &NewShare {
                    id: &share_id,
                    kind: kind.as_str(),
                    item_id: &request.item_id,
                    created_at: now,
                    expires_at,
                    password_hash: password_hash.as_deref(),
                    allow_download: request.allow_download,
                    max_sessions: request.max_sessions,
                    device_id: request.device_id.as_deref(),
                },
            )?;
            store::share_listed(conn, &share_id)?
                .ok_or_else(|| ShareError::Internal("a new share could not be read back".into()))
        })
        .await?;
        self.changed(Change::ShareCreated, &id);
        Ok(listed)
    }

    /// One page of shares, expired ones included.
    pub async fn list(
        &self,
        kind: Option<ShareKind>,
        spec: PageSpec<ShareOrder>,
    ) -> Result<Page<ListedShare>, ShareError> {
        super::read(&self.db, move |conn| {
            Ok(store::share_list(conn, kind.map(ShareKind::as_str), &spec)?)
        })
        .await
    }

    /// Changes a share's settings; the sessions open on it follow them from their next use.
    /// A new password ends them: whoever opened the share without it (or with the old one,
    /// perhaps leaked) must open it again with the new one.
    pub async fn update(&self, id: String, edit: ShareEdit) -> Result<ListedShare, ShareError> {
        let new_hash = match edit.password.as_deref() {
            Some("") => Some(None),
            Some(password) => Some(Some(hash(password.to_owned()).await?)),
            None => None,
        };
        let expires_at = edit
            .expires_in_hours
            .map(|h| (h > 0).then(|| self.hours_from_now(h)));
        super::write(&self.db, move |conn| {
            let mut row = store::share_get(conn, &id)?.ok_or(ShareError::NoSuchShare)?;
            if let Some(expires_at) = expires_at {
                row.expires_at = expires_at;
            }
            if let Some(hash) = new_hash {
                if hash.is_some() {
                    store::sessions_end(conn, &id)?;
                }
                row.password_hash = hash;
            }
            if let Some(allow) = edit.allow_download {
                row.allow_download = allow;
            }
            if let Some(max) = edit.max_sessions {
                row.max_sessions = (max > 0).then_some(max);
            }
            store::share_update(conn, &row)?;
            store::share_listed(conn, &id)?.ok_or(ShareError::NoSuchShare)
        })
        .await
    }

    /// Deletes a share: its bootstrap, sessions and media tokens stop working at once.
    pub async fn delete(&self, id: String) -> Result<(), ShareError> {
        let share_id = id.clone();
        let deleted = super::write(&self.db, move |conn| {
            Ok::<_, ShareError>(store::share_delete(conn, &share_id)?)
        })
        .await?;
        if !deleted {
            return Err(ShareError::NoSuchShare);
        }
        self.changed(Change::ShareDeleted, &id);
        Ok(())
    }
}

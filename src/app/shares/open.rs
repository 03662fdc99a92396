//! The public side of a share: a visitor opens it (bootstrap) and keeps the page's session
//! alive (heartbeat). Sessions live on the server, so deleting or expiring a share, or a
//! session running out, ends its media tokens at their next use, whatever their own expiry.

use chrono::Duration;

use crate::app::media::IssuedMediaToken;
use crate::db::shares::{self as store, ShareRow};

use super::public::{self, PublicItem};
use super::{secret, ShareError, ShareKind, ShareService};

/// How long a visitor's session lives without a heartbeat.
pub const SESSION_TTL_SECS: i64 = 30 * 60;
/// Password checks (Argon2id) that run at once, across the hub: one per core.
static PASSWORD_CHECKS: std::sync::LazyLock<tokio::sync::Semaphore> =
    std::sync::LazyLock::new(|| {
        tokio::sync::Semaphore::new(std::thread::available_parallelism().map_or(2, usize::from))
    });

/// Sessions that ended longer ago than this are forgotten when another one opens.
const FORGET_SESSIONS_AFTER_MS: i64 = 24 * 3600 * 1000;

/// A share a visitor opened: the share, what it shows, and the visitor's session.
pub struct OpenedShare {
    pub share: ShareRow,
    pub item: PublicItem,
    pub session_id: String,
    pub session_expires_at: i64,
    pub media_token: IssuedMediaToken,
}

/// A session kept alive, with the media token to use from now on.
pub struct Heartbeat {
    pub session_id: String,
    pub session_expires_at: i64,
    pub media_token: IssuedMediaToken,
}

/// The share behind `id` if a visitor may open it as `kind` at `now`.
fn openable(share: Option<ShareRow>, kind: ShareKind, now: i64) -> Result<ShareRow, ShareError> {
    share
        .filter(|share| share.kind == kind.as_str() && share.live(now))
        .ok_or(ShareError::NotAvailable)
}

impl ShareService {
    /// Opens a share for a visitor: checks its kind, expiry, password and `maxSessions`,
    /// starts a session and issues its media token. The access is counted afterwards, in a
    /// write of its own that the answer does not wait for.
    #[tracing::instrument(skip_all, fields(kind = %kind))]
    pub async fn open(
        &self,
        kind: ShareKind,
        id: String,
        password: Option<String>,
    ) -> Result<OpenedShare, ShareError> {
        let now = self.clock.now_ms();
        let share_id = id.clone();
        let share = crate::app::read(&self.db, move |conn| {
            Ok::<_, ShareError>(store::share_get(conn, &share_id)?)
        })
        .await?;
        let share = openable(share, kind, now)?;
        if let Some(hash) = share.password_hash.clone() {
            let Some(password) = password else {
                return Err(ShareError::PasswordRequired { wrong: false });
            };
            // Each check holds about 19 MiB for a few milliseconds: a burst of wrong
            // passwords (before the miss limit shuts its address out) waits its turn rather
            // than holding a gigabyte at once.
            let _turn = PASSWORD_CHECKS
                .acquire()
                .await
                .map_err(|err| ShareError::Internal(format!("checking a password: {err}")))?;
            let matches =
                tokio::task::spawn_blocking(move || secret::password_matches(&hash, &password))
                    .await
                    .map_err(|err| ShareError::Internal(format!("checking a password: {err}")))?;
            if !matches {
                return Err(ShareError::PasswordRequired { wrong: true });
            }
        }
        let session_id = secret::capability_id("shs").map_err(ShareError::Internal)?;
        let media_token = self.media.issue_for_share(&share.id, &session_id)?;
        let session_expires_at = now + SESSION_TTL_SECS * 1000;
        let session = session_id.clone();
        let share = crate::app::write(&self.db, move |conn| {
            // Read again inside the transaction: the share may have changed meanwhile.
            let share = openable(store::share_get(conn, &id)?, kind, now)?;
            if !store::share_take_session(conn, &id)? {
                return Err(ShareError::UsedUp);
            }
            store::sessions_prune(conn, now - FORGET_SESSIONS_AFTER_MS)?;
            store::session_insert(conn, &session, &id, now, session_expires_at)?;
            Ok(share)
        })
        .await?;
        let (item_kind, item_id) = (kind, share.item_id.clone());
        let item = crate::app::read(&self.db, move |conn| {
            Ok::<_, ShareError>(public::read_item(conn, item_kind, &item_id)?)
        })
        .await?
        .ok_or(ShareError::NotAvailable)?;
        self.count_access(share.id.clone(), now);
        Ok(OpenedShare {
            share,
            item,
            session_id,
            session_expires_at,
            media_token,
        })
    }

    /// Counts an opening in the background: a busy database delays the count, never the
    /// visitor. A count that fails is logged and lost (it is a statistic).
    fn count_access(&self, share_id: String, now: i64) {
        let db = self.db.clone();
        tokio::spawn(async move {
            let counted = crate::app::write(&db, move |conn| {
                Ok::<_, ShareError>(store::share_count_access(conn, &share_id, now)?)
            })
            .await;
            if let Err(err) = counted {
                tracing::warn!(error = %err, "a share's access could not be counted");
            }
        });
    }

    /// Extends a live session and gives it a fresh media token. A session that ended, or
    /// whose share was deleted or expired, is `SessionExpired`.
    pub async fn heartbeat(&self, session_id: String) -> Result<Heartbeat, ShareError> {
        let now = self.clock.now_ms();
        let id = session_id.clone();
        let session = crate::app::read(&self.db, move |conn| {
            Ok::<_, ShareError>(store::session_get(conn, &id)?)
        })
        .await?
        .ok_or(ShareError::SessionExpired)?;
        let media_token = self.media.issue_for_share(&session.share_id, &session_id)?;
        let session_expires_at = (self.clock.now() + Duration::seconds(SESSION_TTL_SECS))
            .timestamp_millis()
            .max(now);
        let id = session_id.clone();
        crate::app::write(&self.db, move |conn| {
            if store::session_live(conn, &id, &session.share_id, now)?.is_none() {
                return Err(ShareError::SessionExpired);
            }
            store::session_extend(conn, &id, now, session_expires_at)?;
            Ok(())
        })
        .await?;
        Ok(Heartbeat {
            session_id,
            session_expires_at,
            media_token,
        })
    }
}

/// What a share page shows before any session: the share and, unless a password guards
/// it, its item. Reading it opens no session and counts no access: link-preview bots read
/// it too.
pub struct Preview {
    pub share: ShareRow,
    pub item: Option<PublicItem>,
}

impl ShareService {
    /// The share behind a page, as `open` would judge it (without the password and the
    /// session count): `NotAvailable` for the same shares.
    pub async fn preview(&self, kind: ShareKind, id: String) -> Result<Preview, ShareError> {
        let now = self.clock.now_ms();
        crate::app::read(&self.db, move |conn| {
            let share = openable(store::share_get(conn, &id)?, kind, now)?;
            if share.password_hash.is_some() {
                return Ok(Preview { share, item: None });
            }
            let item =
                public::read_item(conn, kind, &share.item_id)?.ok_or(ShareError::NotAvailable)?;
            Ok(Preview {
                share,
                item: Some(item),
            })
        })
        .await
    }
}

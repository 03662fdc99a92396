//! Trust: pairing devices, their PASETO access and refresh tokens, the static API token, and
//! revocation.
//!
//! - `pairing`: the armed window and its single-use code, with limits on wrong guesses.
//! - `tokens`: the hub's key and the token format.
//! - `qr`: what the pairing QR codes say, and drawing them.
//!
//! Access tokens are short-lived and checked against the database on every remote call, so
//! revoking a device (or a token family) takes effect at the next call.

pub mod pairing;
pub mod qr;
pub mod tokens;

/// The devices' rows and orders, as the service answers them.
pub use crate::db::devices::{DeviceOrder, DeviceRow, RevokeReason};

use std::collections::HashMap;
use std::future::Future;
use std::net::IpAddr;
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use parking_lot::Mutex;
use subtle::ConstantTimeEq;
use tokio::sync::broadcast;

use crate::clock::{from_ms, SharedClock};
use crate::db::devices::{self, RefreshTokenRow};
use crate::db::page::{Page, PageSpec};
use crate::db::{Database, DbError};
use pairing::{Pairing, Refusal, Window};
use tokens::{refresh_token_hash, Claims, TokenError, TokenKey, TokenKind};

/// How long tokens live, and the optional static token.
#[derive(Debug, Clone)]
pub struct AuthSettings {
    pub access_ttl: Duration,
    pub refresh_ttl: Duration,
    /// `MUSIC_HUB_API_TOKEN`: accepted as a bearer token for authenticated operations.
    pub api_token: Option<String>,
}

impl Default for AuthSettings {
    fn default() -> Self {
        AuthSettings {
            access_ttl: Duration::minutes(15),
            refresh_ttl: Duration::days(30),
            api_token: None,
        }
    }
}

/// Who a caller is, once an access guard has let it in. Auth decides it (a bearer token
/// names a device or the static token); the guards in `api::access` only carry it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Identity {
    /// A loopback call that is not proxied: the desktop host itself.
    Local,
    /// A paired device, by its bearer access token.
    Device {
        device_id: String,
        /// The access token's grant, which an open feed ends with; `None` when the device
        /// called with a media token, which opens no feed.
        grant: Option<Grant>,
    },
    /// The hub's static `MUSIC_HUB_API_TOKEN`.
    ApiToken,
    /// A remote caller of a public operation.
    Anonymous,
}

/// The access token a device called with: its refresh-token family (replaced or revoked
/// together) and when it expires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    pub family: String,
    pub expires_at_ms: i64,
}

/// Why a device's grant ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrantEnd {
    Expired,
    /// The device was revoked, or the grant's tokens revoked or replaced.
    Revoked,
}

/// Whether a device's grant still holds: the device is not revoked and the grant's family
/// not revoked (a reuse, a new pairing).
async fn still_trusted(db: &Database, device_id: &str, grant: &Grant) -> Result<bool, DbError> {
    device_trusted(db, device_id, Some(&grant.family)).await
}

/// Whether a device is still trusted: not revoked, and, when given, its token family not
/// revoked either (a reuse, a new pairing). The one check behind bearer tokens, open feeds
/// and media tokens.
pub async fn device_trusted(
    db: &Database,
    device_id: &str,
    family: Option<&str>,
) -> Result<bool, DbError> {
    let (device_id, family) = (device_id.to_owned(), family.map(str::to_owned));
    // A device by its key and one probe of its family's revoked tokens (migration
    // `refresh_family_revoked`), on every call of a paired device: a brief read.
    db.run_brief(move |conn| {
        let device = devices::device_get(conn, &device_id)?;
        let family_revoked = match &family {
            Some(family) => devices::refresh_family_is_revoked(conn, family)?,
            None => false,
        };
        Ok(device.is_some_and(|d| d.revoked_at.is_none()) && !family_revoked)
    })
    .await
}

/// The auth layer's errors; the API boundary gives each its status and code.
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("this pairing code is not valid; arm pairing on the hub and use the new code")]
    InvalidPairingCode,
    #[error("too many wrong pairing codes; try again later")]
    TooManyAttempts { retry_after_secs: i64 },
    #[error("the token is not valid for this hub")]
    InvalidToken,
    #[error("the token has expired")]
    TokenExpired,
    #[error("this device's access was revoked; pair again")]
    DeviceRevoked,
    #[error("this refresh token was already used, so the device's tokens are revoked; pair again")]
    RefreshTokenReused,
    #[error("no device has the id '{0}'")]
    NoSuchDevice(String),
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("{0}")]
    Internal(String),
}

impl From<diesel::result::Error> for AuthError {
    fn from(err: diesel::result::Error) -> Self {
        AuthError::Db(DbError::Query(err))
    }
}

/// A fresh token pair for a device.
#[derive(Debug, Clone)]
pub struct IssuedTokens {
    pub access_token: String,
    pub refresh_token: String,
    pub access_expires_at: DateTime<Utc>,
    pub refresh_expires_at: DateTime<Utc>,
    pub device: DeviceRow,
}

/// How often a device's last-seen time and address are written, at most.
const TOUCH_INTERVAL_MS: i64 = 5 * 60 * 1000;

pub struct Auth {
    /// Shared with the media service, which seals its tokens with the same key under
    /// their own purpose.
    key: Arc<TokenKey>,
    settings: AuthSettings,
    clock: SharedClock,
    pairing: Mutex<Pairing>,
    /// When each device's last-seen time was last written, to keep reads from writing.
    touched: Mutex<HashMap<String, i64>>,
    /// The ids of devices whose tokens were just revoked or replaced, for the open feeds
    /// to check theirs (`credentials_changed`).
    changed: broadcast::Sender<String>,
}

impl Auth {
    pub fn new(key: Arc<TokenKey>, settings: AuthSettings, clock: SharedClock) -> Auth {
        Auth {
            key,
            settings,
            clock,
            pairing: Mutex::new(Pairing::default()),
            touched: Mutex::new(HashMap::new()),
            changed: broadcast::channel(64).0,
        }
    }

    /// Ids of devices whose tokens were revoked or replaced from now on. A receiver that
    /// lags should check its credentials anyway.
    pub fn credentials_changed(&self) -> broadcast::Receiver<String> {
        self.changed.subscribe()
    }

    /// Tells the open feeds that `device_id`'s tokens changed. No feed is not an error.
    fn announce_change(&self, device_id: &str) {
        let _ = self.changed.send(device_id.to_owned());
    }

    /// Resolves when a device's grant ends: its access token expires, or the device's tokens
    /// are revoked or replaced (checked when `credentials_changed` names the device). Expiry
    /// is read from the hub's clock at least every two seconds, so a clock moved by a test
    /// is noticed too. A database that cannot be read keeps the grant: a feed is not the
    /// place to fail closed on a lock that will clear.
    pub fn grant_ends(
        &self,
        db: Arc<Database>,
        device_id: String,
        grant: Grant,
    ) -> impl Future<Output = GrantEnd> + Send + 'static {
        let mut changes = self.credentials_changed();
        let clock = self.clock.clone();
        async move {
            // A revocation between the guard's check and this subscription sent its notice
            // before anyone listened: look once now.
            if !still_trusted(&db, &device_id, &grant).await.unwrap_or(true) {
                return GrantEnd::Revoked;
            }
            loop {
                let left = grant.expires_at_ms.saturating_sub(clock.now_ms());
                if left <= 0 {
                    return GrantEnd::Expired;
                }
                let wait = std::time::Duration::from_millis(left.clamp(1, 2_000).unsigned_abs());
                let check = tokio::select! {
                    () = tokio::time::sleep(wait) => false,
                    changed = changes.recv() => match changed {
                        Ok(id) => id == device_id,
                        Err(broadcast::error::RecvError::Lagged(_)) => true,
                        // The hub is going away; its own shutdown ends the feed.
                        Err(broadcast::error::RecvError::Closed) => {
                            std::future::pending::<()>().await;
                            false
                        }
                    },
                };
                if check && !still_trusted(&db, &device_id, &grant).await.unwrap_or(true) {
                    return GrantEnd::Revoked;
                }
            }
        }
    }

    pub fn api_token_configured(&self) -> bool {
        self.settings.api_token.is_some()
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    pub fn arm(&self, minutes: i64) -> Window {
        self.pairing.lock().arm(self.clock.now(), minutes)
    }

    pub fn disarm(&self) {
        self.pairing.lock().disarm();
    }

    pub fn pairing_window(&self) -> Option<Window> {
        self.pairing.lock().current(self.clock.now()).cloned()
    }

    /// Exchanges a pairing code for a device's first token pair.
    #[tracing::instrument(skip(self, db, code), fields(device_id = %device_id))]
    pub async fn pair(
        &self,
        db: &Database,
        code: &str,
        device_id: &str,
        device_name: &str,
        peer: Option<IpAddr>,
    ) -> Result<IssuedTokens, AuthError> {
        let now = self.clock.now();
        self.pairing
            .lock()
            .redeem(now, code, peer)
            .map_err(|refusal| match refusal {
                Refusal::InvalidCode => AuthError::InvalidPairingCode,
                Refusal::TooManyAttempts { retry_after_secs } => {
                    AuthError::TooManyAttempts { retry_after_secs }
                }
            })?;
        let family = uuid::Uuid::new_v4().to_string();
        let (refresh, row) = self.new_refresh_token(device_id, &family, now)?;
        let access = self.new_access_token(device_id, &family, now)?;
        let (device_id, device_name) = (device_id.to_owned(), device_name.to_owned());
        let address = peer.map(|p| p.to_string());
        let device = db
            .run(move |conn| {
                conn.immediate_transaction(|conn| {
                    let now = now.timestamp_millis();
                    // A device pairing again (a reinstall) starts over: its old tokens go.
                    devices::refresh_tokens_revoke_device(
                        conn,
                        &device_id,
                        now,
                        RevokeReason::PairedAgain,
                    )?;
                    let device = devices::device_upsert_paired(
                        conn,
                        &device_id,
                        &device_name,
                        now,
                        address.as_deref(),
                    )?;
                    devices::refresh_token_insert(conn, &row)?;
                    Ok(device)
                })
                .map_err(DbError::Query)
            })
            .await?;
        tracing::info!("device paired");
        self.announce_change(&device.id);
        Ok(self.issued(access, refresh, now, device))
    }

    /// Rotates a refresh token: the presented one is retired and a new pair issued. A
    /// retired token presented again means it was copied: its whole family is revoked.
    #[tracing::instrument(skip(self, db, refresh_token), fields(device_id = %device_id))]
    pub async fn refresh(
        &self,
        db: &Database,
        device_id: &str,
        refresh_token: &str,
        peer: Option<IpAddr>,
    ) -> Result<IssuedTokens, AuthError> {
        let claims = self.open(refresh_token, TokenKind::Refresh)?;
        if claims.sub != device_id {
            return Err(AuthError::InvalidToken);
        }
        let now = self.clock.now();
        let (new_refresh, new_row) = self.new_refresh_token(device_id, &claims.fam, now)?;
        let access = self.new_access_token(device_id, &claims.fam, now)?;
        let presented_hash = refresh_token_hash(refresh_token);
        let address = peer.map(|p| p.to_string());
        let outcome = db
            .run(move |conn| {
                conn.immediate_transaction(
                    |conn| -> Result<Result<DeviceRow, AuthError>, diesel::result::Error> {
                        let now = now.timestamp_millis();
                        let Some(row) = devices::refresh_token_get(conn, &claims.jti)? else {
                            return Ok(Err(AuthError::InvalidToken));
                        };
                        if !bool::from(row.token_hash.as_bytes().ct_eq(presented_hash.as_bytes())) {
                            return Ok(Err(AuthError::InvalidToken));
                        }
                        let device = devices::device_get(conn, &row.device_id)?;
                        let Some(device) = device.filter(|d| d.revoked_at.is_none()) else {
                            return Ok(Err(AuthError::DeviceRevoked));
                        };
                        if let Some(reason) = row.revoked_reason.as_deref() {
                            return Ok(Err(if reason == "reuse_detected" {
                                AuthError::RefreshTokenReused
                            } else {
                                AuthError::DeviceRevoked
                            }));
                        }
                        if row.retired_at.is_some() {
                            devices::refresh_tokens_revoke_family(
                                conn,
                                &row.family_id,
                                now,
                                RevokeReason::ReuseDetected,
                            )?;
                            return Ok(Err(AuthError::RefreshTokenReused));
                        }
                        devices::refresh_token_rotate(conn, &row.id, &new_row, now)?;
                        devices::device_touch(conn, &device.id, now, address.as_deref())?;
                        Ok(Ok(device))
                    },
                )
                .map_err(DbError::Query)
            })
            .await?;
        let device = outcome.inspect_err(|err| {
            if matches!(err, AuthError::RefreshTokenReused) {
                tracing::warn!(
                    "a retired refresh token was presented again; its family is revoked"
                );
                self.announce_change(device_id);
            }
        })?;
        Ok(self.issued(access, new_refresh, now, device))
    }

    /// Checks a bearer token from a remote caller: the static API token, or an access token
    /// of a device that is still trusted.
    pub async fn verify_bearer(
        &self,
        db: &Database,
        token: &str,
        peer: Option<IpAddr>,
    ) -> Result<Identity, AuthError> {
        if let Some(expected) = &self.settings.api_token {
            // Hashing first makes the comparison's time independent of both lengths.
            let given = refresh_token_hash(token);
            if bool::from(
                given
                    .as_bytes()
                    .ct_eq(refresh_token_hash(expected).as_bytes()),
            ) {
                return Ok(Identity::ApiToken);
            }
        }
        let claims = self.open(token, TokenKind::Access)?;
        let grant = Grant {
            family: claims.fam,
            expires_at_ms: claims.exp,
        };
        if !still_trusted(db, &claims.sub, &grant).await? {
            return Err(AuthError::DeviceRevoked);
        }
        self.touch(db, &claims.sub, peer).await;
        Ok(Identity::Device {
            device_id: claims.sub,
            grant: Some(grant),
        })
    }

    /// One page of devices, each with when its live refresh token expires (`None` when it
    /// has none), the next page's start and how many devices match in all.
    pub async fn device_page(
        &self,
        db: &Database,
        include_revoked: bool,
        spec: PageSpec<DeviceOrder>,
    ) -> Result<Page<(DeviceRow, Option<i64>)>, AuthError> {
        Ok(db
            .run(move |conn| {
                let page = devices::device_list(conn, include_revoked, &spec)?;
                let ids: Vec<String> = page.rows.iter().map(|r| r.id.clone()).collect();
                let expiries = devices::device_refresh_expiries(conn, &ids)?;
                let rows = page
                    .rows
                    .into_iter()
                    .map(|row| {
                        let expiry = expiries.get(&row.id).copied();
                        (row, expiry)
                    })
                    .collect();
                Ok(Page {
                    rows,
                    next: page.next,
                    total: page.total,
                })
            })
            .await?)
    }

    /// Revokes a device: its tokens stop working at its next call.
    pub async fn revoke_device(
        &self,
        db: &Database,
        device_id: &str,
        reason: RevokeReason,
    ) -> Result<(), AuthError> {
        let now = self.clock.now_ms();
        let id = device_id.to_owned();
        let found = db
            .run(move |conn| {
                conn.immediate_transaction(|conn| devices::device_revoke(conn, &id, now, reason))
                    .map_err(DbError::Query)
            })
            .await?;
        if !found {
            return Err(AuthError::NoSuchDevice(device_id.to_owned()));
        }
        self.touched.lock().remove(device_id);
        self.announce_change(device_id);
        tracing::info!(%device_id, ?reason, "device revoked");
        Ok(())
    }

    /// Opens a token and checks its kind and expiry against the hub's clock.
    fn open(&self, token: &str, kind: TokenKind) -> Result<Claims, AuthError> {
        let claims = self.key.open(token).map_err(|_| AuthError::InvalidToken)?;
        if claims.kind != kind {
            return Err(AuthError::InvalidToken);
        }
        if claims.exp <= self.clock.now_ms() {
            return Err(AuthError::TokenExpired);
        }
        Ok(claims)
    }

    fn seal(&self, claims: &Claims) -> Result<String, AuthError> {
        self.key.seal(claims).map_err(|err: TokenError| {
            AuthError::Internal(format!("sealing a token failed: {err}"))
        })
    }

    fn new_access_token(
        &self,
        device_id: &str,
        family: &str,
        now: DateTime<Utc>,
    ) -> Result<String, AuthError> {
        self.seal(&Claims {
            kind: TokenKind::Access,
            sub: device_id.to_owned(),
            jti: uuid::Uuid::new_v4().to_string(),
            fam: family.to_owned(),
            iat: now.timestamp_millis(),
            exp: (now + self.settings.access_ttl).timestamp_millis(),
        })
    }

    fn new_refresh_token(
        &self,
        device_id: &str,
        family: &str,
        now: DateTime<Utc>,
    ) -> Result<(String, RefreshTokenRow), AuthError> {
        let claims = Claims {
            kind: TokenKind::Refresh,
            sub: device_id.to_owned(),
            jti: uuid::Uuid::new_v4().to_string(),
            fam: family.to_owned(),
            iat: now.timestamp_millis(),
            exp: (now + self.settings.refresh_ttl).timestamp_millis(),
        };
        let token = self.seal(&claims)?;
        let row = RefreshTokenRow {
            id: claims.jti,
            device_id: claims.sub,
            family_id: claims.fam,
            token_hash: refresh_token_hash(&token),
            issued_at: claims.iat,
            expires_at: claims.exp,
            retired_at: None,
            replaced_by_id: None,
            revoked_at: None,
            revoked_reason: None,
        };
        Ok((token, row))
    }

    fn issued(
        &self,
        access: String,
        refresh: String,
        now: DateTime<Utc>,
        device: DeviceRow,
    ) -> IssuedTokens {
        IssuedTokens {
            access_token: access,
            refresh_token: refresh,
            access_expires_at: from_ms((now + self.settings.access_ttl).timestamp_millis()),
            refresh_expires_at: from_ms((now + self.settings.refresh_ttl).timestamp_millis()),
            device,
        }
    }

    /// Records that a device called, at most every few minutes per device.
    async fn touch(&self, db: &Database, device_id: &str, peer: Option<IpAddr>) {
        let now = self.clock.now_ms();
        {
            let mut touched = self.touched.lock();
            if touched
                .get(device_id)
                .is_some_and(|t| now - t < TOUCH_INTERVAL_MS)
            {
                return;
            }
            touched.insert(device_id.to_owned(), now);
        }
        let id = device_id.to_owned();
        let address = peer.map(|p| p.to_string());
        if let Err(err) = db
            .run(move |conn| {
                devices::device_touch(conn, &id, now, address.as_deref()).map_err(DbError::Query)
            })
            .await
        {
            tracing::warn!(%err, "could not record a device's last call");
        }
    }
}

//! Media: the tokens `<audio>` and `<img>` elements carry, and the audio files they stream.
//!
//! - `tokens`: media tokens' claims, their holder and their scope (`MediaScope`).
//! - `range`: `Range` headers judged against a file's size.
//! - `stream`: locating a file safely, its headers, and the conditional-request rules.
//!
//! - `chunks`: a file's bytes as a stream of positioned reads.
//! - `located`: a short memory of where tracks' files are.
//! - `transcode`: the encoding engine: a file made into Ogg Opus or MP3 in the hub, one
//!   chunk at a time (libopus and LAME built in).
//!
//! `MediaService` issues and checks tokens and opens tracks' files; the handler sends the
//! bytes in chunks, so a file is never held in memory whole.

pub mod chunks;
mod located;
pub mod range;
pub mod stream;
pub mod tokens;
pub mod transcode;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::Duration;

use crate::auth::tokens::{TokenKey, TokenKind};
use crate::auth::Identity;
use crate::clock::{from_ms, SharedClock};
use crate::db::{media as media_db, shares as shares_db, Database, DbError};
pub use range::ByteRange;
pub use stream::{Conditions, Decision, Validators};
pub use tokens::{IssuedMediaToken, MediaGrant, MediaHolder, MediaItem, MediaScope};
use tokens::{MediaClaims, DEFAULT_TTL_SECS, MAX_TTL_SECS, MIN_TTL_SECS};

/// The media service's refusals; `api::boundary` gives each its status and code.
#[derive(Debug, thiserror::Error)]
pub enum MediaError {
    #[error(
        "This media token is not valid for this hub; get a new one with POST /api/media/session."
    )]
    InvalidToken,
    #[error("This media token has expired; get a new one with POST /api/media/session.")]
    TokenExpired,
    #[error("This device's access was revoked, and its media tokens with it; pair again.")]
    DeviceRevoked,
    #[error("This media token does not reach this item.")]
    OutOfScope,
    #[error("This share link has ended or its session expired; open the share again.")]
    ShareEnded,
    #[error("No track has the id '{track_id}'.")]
    NoSuchTrack { track_id: String },
    #[error("The file of track '{track_id}' is not in the library folders any more; rescan the library.")]
    FileMissing { track_id: String },
    #[error("The file has {size} bytes; the range starts past its end.")]
    RangeNotSatisfiable { size: u64 },
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("{0}")]
    Internal(String),
}

impl crate::app::ServiceError for MediaError {
    fn into_db(self) -> Result<DbError, Self> {
        match self {
            MediaError::Db(db) => Ok(db),
            other => Err(other),
        }
    }
}

impl From<diesel::result::Error> for MediaError {
    fn from(err: diesel::result::Error) -> Self {
        MediaError::Db(DbError::Query(err))
    }
}

/// A track's file, open and described, with what to send of it.
pub struct OpenedTrack {
    pub decision: Decision,
    pub size: u64,
    pub content_type: String,
    pub validators: Validators,
    pub content_disposition: String,
    /// The open file; send `length` bytes of it from `start` (see `chunks`).
    pub file: std::fs::File,
    pub start: u64,
    pub length: u64,
}

pub struct MediaService {
    db: Arc<Database>,
    key: Arc<TokenKey>,
    clock: SharedClock,
    /// The configured library folders, as given: they are resolved at each request, so a
    /// disk mounted later, or a folder renamed, is judged as it is now.
    libraries: Vec<PathBuf>,
    /// A fingerprint of `MUSIC_HUB_API_TOKEN`, when one is set (`MediaHolder::ApiToken`).
    api_token: Option<String>,
    /// Where tracks' files are, for a moment (`located`).
    locations: located::Locations,
    /// How long a share's media token lives (`Config::share_media_token_secs`).
    share_ttl_secs: i64,
}

/// A fingerprint of the API token: enough of its SHA-256 to tell two tokens apart.
fn fingerprint(api_token: &str) -> String {
    crate::auth::tokens::refresh_token_hash(api_token)[..16].to_owned()
}

impl MediaService {
    pub fn new(
        db: Arc<Database>,
        key: Arc<TokenKey>,
        clock: SharedClock,
        libraries: Vec<PathBuf>,
        api_token: Option<&str>,
        share_ttl_secs: i64,
    ) -> MediaService {
        MediaService {
            db,
            key,
            clock,
            libraries,
            api_token: api_token.map(fingerprint),
            locations: located::Locations::default(),
            share_ttl_secs: share_ttl_secs.max(1),
        }
    }

    /// Issues a library-wide media token to the caller, for `ttl_secs` (default one hour;
    /// clamped to the contract's bounds).
    pub fn issue(
        &self,
        identity: &Identity,
        ttl_secs: Option<i64>,
    ) -> Result<IssuedMediaToken, MediaError> {
        let holder = MediaHolder::of(identity, self.api_token.as_deref()).ok_or_else(|| {
            MediaError::Internal("a media token was asked for by an anonymous caller".into())
        })?;
        let ttl = ttl_secs
            .unwrap_or(DEFAULT_TTL_SECS)
            .clamp(MIN_TTL_SECS, MAX_TTL_SECS);
        self.seal(holder, MediaScope::Library, ttl)
    }

    /// Issues a token that reaches one share, for one visitor's session on it.
    pub fn issue_for_share(
        &self,
        share_id: &str,
        session_id: &str,
    ) -> Result<IssuedMediaToken, MediaError> {
        let scope = MediaScope::Share {
            share_id: share_id.to_owned(),
            session_id: session_id.to_owned(),
        };
        self.seal(MediaHolder::Visitor, scope, self.share_ttl_secs)
    }

    fn seal(
        &self,
        holder: MediaHolder,
        scope: MediaScope,
        ttl: i64,
    ) -> Result<IssuedMediaToken, MediaError> {
        let now = self.clock.now();
        let expires_at = from_ms((now + Duration::seconds(ttl)).timestamp_millis());
        let claims = MediaClaims {
            kind: TokenKind::Media,
            holder,
            scope,
            jti: uuid::Uuid::new_v4().to_string(),
            iat: now.timestamp_millis(),
            exp: expires_at.timestamp_millis(),
        };
        let token = self
            .key
            .seal_as(TokenKind::Media, &claims)
            .map_err(|err| MediaError::Internal(format!("sealing a media token failed: {err}")))?;
        Ok(IssuedMediaToken { token, expires_at })
    }

    /// Checks a `?mediaToken=`: ours, of the media purpose, not expired, and its device
    /// still trusted.
    pub async fn verify(&self, token: &str) -> Result<MediaGrant, MediaError> {
        let claims: MediaClaims = self
            .key
            .open_as(TokenKind::Media, token)
            .map_err(|_| MediaError::InvalidToken)?;
        if claims.kind != TokenKind::Media {
            return Err(MediaError::InvalidToken);
        }
        if claims.exp <= self.clock.now_ms() {
            return Err(MediaError::TokenExpired);
        }
        match &claims.holder {
            MediaHolder::Local => {}
            MediaHolder::ApiToken { fingerprint } => {
                if self.api_token.as_ref() != Some(fingerprint) {
                    return Err(MediaError::InvalidToken);
                }
            }
            MediaHolder::Device { id, family } => {
                if !crate::auth::device_trusted(&self.db, id, family.as_deref()).await? {
                    return Err(MediaError::DeviceRevoked);
                }
            }
            MediaHolder::Visitor => {}
        }
        let downloads = match &claims.scope {
            MediaScope::Library => true,
            MediaScope::Share {
                share_id,
                session_id,
            } => {
                let (share_id, session_id) = (share_id.clone(), session_id.clone());
                let now = self.clock.now_ms();
                crate::app::read(&self.db, move |conn| {
                    Ok::<_, MediaError>(shares_db::session_live(conn, &session_id, &share_id, now)?)
                })
                .await?
                .ok_or(MediaError::ShareEnded)?
            }
        };
        Ok(MediaGrant {
            holder: claims.holder,
            scope: claims.scope,
            expires_at: from_ms(claims.exp),
            downloads,
        })
    }

    /// The one place a scope is asked whether it reaches an item, before the item is read:
    /// a share's token learns nothing of what is outside the share, not even whether it
    /// exists.
    pub async fn admit(&self, scope: &MediaScope, item: MediaItem<'_>) -> Result<(), MediaError> {
        let MediaScope::Share { share_id, .. } = scope else {
            return Ok(());
        };
        let share_id = share_id.clone();
        let (is_track, id) = match item {
            MediaItem::Track { id } => (true, id.to_owned()),
            MediaItem::Artwork { id } => (false, id.to_owned()),
        };
        let admitted = crate::app::read(&self.db, move |conn| {
            let Some(share) = shares_db::share_get(conn, &share_id)? else {
                return Ok::<_, MediaError>(false);
            };
            Ok(if is_track {
                shares_db::share_has_track(conn, &share.kind, &share.item_id, &id)?
            } else {
                shares_db::share_has_artwork(conn, &share.kind, &share.item_id, &id)?
            })
        })
        .await?;
        if admitted {
            Ok(())
        } else {
            Err(MediaError::OutOfScope)
        }
    }

    /// Opens a track's file for streaming, as the scope and the request's headers allow.
    pub async fn open_track(
        &self,
        track_id: &str,
        scope: &MediaScope,
        conditions: Conditions<'_>,
        attachment: bool,
    ) -> Result<OpenedTrack, MediaError> {
        self.admit(scope, MediaItem::Track { id: track_id }).await?;
        let row = match self.locations.get(track_id) {
            Some(row) => row,
            None => {
                let id = track_id.to_owned();
                let row = crate::app::read(&self.db, move |conn| {
                    Ok::<_, MediaError>(media_db::track_file_get(conn, &id)?)
                })
                .await?
                .ok_or_else(|| MediaError::NoSuchTrack {
                    track_id: track_id.to_owned(),
                })?;
                let row = Arc::new(row);
                self.locations.put(track_id, row.clone());
                row
            }
        };
        let missing = || MediaError::FileMissing {
            track_id: track_id.to_owned(),
        };
        let path =
            stream::path_in_root(Path::new(&row.root_path), &row.rel_path).ok_or_else(missing)?;
        let libraries = self.libraries.clone();
        let opened = tokio::task::spawn_blocking(move || open_inside(&path, &libraries))
            .await
            .map_err(|err| MediaError::Internal(format!("opening a file failed: {err}")))?;
        let (file, meta) = match opened {
            Ok(Some(opened)) => opened,
            Ok(None) => return Err(missing()),
            Err(err) => {
                tracing::warn!(track_id, error = %err, "a track's file could not be opened");
                return Err(missing());
            }
        };
        let size = meta.len();
        let validators = Validators::of(&meta);
        let decision = validators.decide(size, conditions);
        let (start, length) = match decision {
            Decision::Whole => (0, size),
            Decision::Part(part) => (part.start, part.len()),
            Decision::NotModified => (0, 0),
            Decision::Unsatisfiable => return Err(MediaError::RangeNotSatisfiable { size }),
        };
        // A share's visitors learn the track's title, which the page shows anyway, and
        // nothing of how the person names and files their music.
        let file_name = match scope {
            MediaScope::Share { .. } => stream::titled_file_name(&row.title, &row.extension),
            MediaScope::Library => row
                .rel_path
                .rsplit('/')
                .next()
                .unwrap_or(&row.rel_path)
                .to_owned(),
        };
        Ok(OpenedTrack {
            decision,
            size,
            content_type: stream::content_type(
                &row.format,
                row.mime_type.as_deref(),
                &row.extension,
            ),
            content_disposition: stream::content_disposition(&file_name, attachment),
            validators,
            file,
            start,
            length,
        })
    }
}

/// Resolves `path` (symbolic links included) and opens it, only when it is a regular file
/// inside one of the library folders (resolved too). `Ok(None)` when it is gone or outside.
fn open_inside(
    path: &Path,
    libraries: &[PathBuf],
) -> std::io::Result<Option<(std::fs::File, std::fs::Metadata)>> {
    let canonical = match std::fs::canonicalize(path) {
        Ok(canonical) => canonical,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(err) => return Err(err),
    };
    let roots: Vec<PathBuf> = libraries
        .iter()
        .filter_map(|root| std::fs::canonicalize(root).ok())
        .collect();
    if !stream::inside_roots(&canonical, &roots) {
        tracing::warn!(
            path = %path.display(),
            "a track's file resolves outside the library folders; it is not served"
        );
        return Ok(None);
    }
    let file = std::fs::File::open(&canonical)?;
    // The metadata of the open handle, not of the path: the validators describe exactly
    // the bytes that will be read, even if the file is replaced meanwhile.
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Ok(None);
    }
    Ok(Some((file, meta)))
}
